/**
 * argmax(scores): the index of the largest score — the class a network picks.
 * When several scores share the maximum, return the first of them.
 * Throw a RangeError for an empty array and a TypeError for an entry that is not a number (NaN too),
 * with `scores` in the message.
 *
 * argmax(scores): 가장 큰 점수의 인덱스 — 네트워크가 고르는 클래스.
 * 최댓값이 여러 개면 그중 첫 번째를 반환합니다.
 * 빈 배열이면 RangeError, 숫자가 아닌 항목(NaN 포함)이 있으면 TypeError를 던지고, 메시지에 `scores`를 넣으세요.
 *
 * Instructions / 설명: exercises/01-argmax/README.md, README.ko.md
 */
export function argmax(scores: readonly number[]): number {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: argmax');
}
