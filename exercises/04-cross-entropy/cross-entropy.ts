/**
 * H(P, Q) = −Σ_i p_i · ln q_i: how far the predicted distribution q is from the true one p.
 * A term with p_i = 0 adds 0 (even when q_i = 0); q_i = 0 where p_i > 0 gives Infinity.
 * Throw a RangeError or TypeError naming `p` or `q` for an empty array, entries that are not
 * probabilities (NaN, below 0, above 1), and a RangeError when their lengths differ.
 *
 * H(P, Q) = −Σ_i p_i · ln q_i: 예측 분포 q가 실제 분포 p에서 얼마나 먼지 나타냅니다.
 * p_i = 0인 항은 0을 더합니다 (q_i = 0이어도). p_i > 0인데 q_i = 0이면 Infinity입니다.
 * 빈 배열, 확률이 아닌 항목(NaN, 0 미만, 1 초과)이면 `p`나 `q`를 언급하는 RangeError나 TypeError를,
 * 길이가 다르면 RangeError를 던지세요.
 *
 * Instructions / 설명: exercises/04-cross-entropy/README.md, README.ko.md
 */
export function crossEntropy(p: readonly number[], q: readonly number[]): number {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: crossEntropy');
}
