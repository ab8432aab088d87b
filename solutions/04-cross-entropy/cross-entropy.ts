/**
 * H(P, Q) = −Σ_i p_i · ln q_i: the cross-entropy of a predicted distribution q
 * against the true distribution p. A term with p_i = 0 adds nothing (0 · ln 0 counts as 0);
 * q_i = 0 where p_i > 0 gives Infinity.
 */
export function crossEntropy(p: readonly number[], q: readonly number[]): number {
  checkProbabilities(p, 'p');
  checkProbabilities(q, 'q');
  if (p.length !== q.length) throw new RangeError(`crossEntropy: p has ${p.length} entries but q has ${q.length}`);

  // Subtract each term from 0 rather than negate a sum at the end: a perfect prediction (−ln 1 = −0)
  // then gives 0, not the −0 that prints as "-0".
  let loss = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    loss -= p[i]! * Math.log(q[i]!);
  }
  return loss;
}

function checkProbabilities(v: readonly number[], name: string): void {
  if (!Array.isArray(v)) throw new TypeError(`crossEntropy: ${name} must be an array of numbers, got ${typeof v}`);
  if (v.length === 0) throw new RangeError(`crossEntropy: ${name} must not be empty`);
  v.forEach((x, i) => {
    if (typeof x !== 'number' || Number.isNaN(x)) throw new TypeError(`crossEntropy: ${name}[${i}] is ${x}, not a number`);
    if (x < 0 || x > 1) throw new RangeError(`crossEntropy: ${name}[${i}] = ${x} is not a probability (0 to 1)`);
  });
}
