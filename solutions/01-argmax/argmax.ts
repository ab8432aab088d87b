/**
 * argmax(scores): the index of the largest score — the class a network picks.
 * When several scores share the maximum, the first of them wins.
 */
export function argmax(scores: readonly number[]): number {
  if (!Array.isArray(scores)) throw new TypeError(`argmax: scores must be an array of numbers, got ${typeof scores}`);
  if (scores.length === 0) throw new RangeError('argmax: scores must not be empty');

  let best = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (typeof score !== 'number' || Number.isNaN(score)) throw new TypeError(`argmax: scores[${i}] is ${score}, not a number`);
    if (score > scores[best]!) best = i;
  }
  return best;
}
