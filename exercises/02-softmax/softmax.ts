/**
 * softmax(z)_i = exp(z_i) / Σ_j exp(z_j): turn scores (logits) into probabilities that sum to 1.
 * It must stay finite for logits like (1000, 1001, 1002): subtract the largest logit first.
 * Throw a RangeError for an empty array and a TypeError for an entry that is not a finite number,
 * with `logits` in the message. Return a new array; do not change `logits`.
 *
 * softmax(z)_i = exp(z_i) / Σ_j exp(z_j): 점수(로짓)를 합이 1인 확률로 바꿉니다.
 * (1000, 1001, 1002) 같은 로짓에서도 유한한 값이 나와야 합니다. 먼저 가장 큰 로짓을 빼세요.
 * 빈 배열이면 RangeError, 유한한 숫자가 아닌 항목이 있으면 TypeError를 던지고, 메시지에 `logits`를 넣으세요.
 * 새 배열을 반환하고 `logits`는 바꾸지 마세요.
 *
 * Instructions / 설명: exercises/02-softmax/README.md, README.ko.md
 */
export function softmax(logits: readonly number[]): number[] {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: softmax');
}
