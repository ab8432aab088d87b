import { argmax } from '../01-argmax/argmax';
import { softmax } from '../02-softmax/softmax';

/**
 * dense(W, x) = W · x: one score per output, z_j = Σ_i W[j][i] · x_i.
 * W has one row per output and one column per input: 3 × 4 is the article's 12 arrows.
 * Throw a RangeError or TypeError naming `weights` or `input` for empty arrays, rows whose length
 * is not input.length, and entries that are not finite numbers.
 *
 * dense(W, x) = W · x: 출력마다 점수 하나, z_j = Σ_i W[j][i] · x_i.
 * W는 출력마다 한 행, 입력마다 한 열입니다. 3 × 4가 글의 화살표 12개입니다.
 * 빈 배열, 길이가 input.length가 아닌 행, 유한한 숫자가 아닌 항목이 있으면 `weights`나 `input`을
 * 언급하는 RangeError나 TypeError를 던지세요.
 *
 * Instructions / 설명: exercises/05-dense/README.md, README.ko.md
 */
export function dense(weights: readonly (readonly number[])[], input: readonly number[]): number[] {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: dense');
}

/**
 * predict(W, x) = argmax(softmax(W · x)): the index of the most probable class.
 * Use your own argmax (01) and softmax (02), imported above.
 *
 * predict(W, x) = argmax(softmax(W · x)): 확률이 가장 큰 클래스의 인덱스.
 * 위에서 import 한 직접 만든 argmax(01)와 softmax(02)를 쓰세요.
 */
export function predict(weights: readonly (readonly number[])[], input: readonly number[]): number {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: predict');
}
