import { softmax } from '../02-softmax/softmax';
import { oneHot } from '../03-one-hot/one-hot';

/**
 * The gradient of L(z) = crossEntropy(oneHot(k), softmax(z)) with respect to the logits z:
 * softmax(z) − oneHot(k), one entry per logit ("prediction minus truth"). Class indices are 0-based.
 * Use your own softmax (02) and oneHot (03), imported above. Throw a RangeError or TypeError naming
 * `logits` (empty, NaN, ±Infinity) or `classIndex` (not an integer from 0 to logits.length − 1).
 * Return a new array; do not change `logits`.
 *
 * L(z) = crossEntropy(oneHot(k), softmax(z))를 로짓 z로 미분한 기울기: softmax(z) − oneHot(k),
 * 로짓마다 한 항목("예측 빼기 정답")입니다. 클래스 인덱스는 0부터 셉니다.
 * 위에서 import 한 직접 만든 softmax(02)와 oneHot(03)을 쓰세요. `logits`(빈 배열, NaN, ±Infinity)나
 * `classIndex`(0부터 logits.length − 1까지의 정수가 아님)가 잘못되면 그 이름을 넣은 RangeError나
 * TypeError를 던지세요. 새 배열을 반환하고 `logits`는 바꾸지 마세요.
 *
 * Instructions / 설명: exercises/23-softmax-cross-entropy/README.md, README.ko.md
 */
export function softmaxCrossEntropyGradient(logits: readonly number[], classIndex: number): number[] {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: softmaxCrossEntropyGradient');
}
