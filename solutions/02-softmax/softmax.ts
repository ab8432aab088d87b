/**
 * softmax(z)_i = exp(z_i) / Σ_j exp(z_j), computed as exp(z_i − m) / Σ_j exp(z_j − m)
 * with m = max z, which is the same value and cannot overflow.
 */
export function softmax(logits: readonly number[]): number[] {
  if (!Array.isArray(logits)) throw new TypeError(`softmax: logits must be an array of numbers, got ${typeof logits}`);
  if (logits.length === 0) throw new RangeError('softmax: logits must not be empty');
  logits.forEach((z, i) => {
    if (typeof z !== 'number' || !Number.isFinite(z)) throw new TypeError(`softmax: logits[${i}] is ${z}, not a finite number`);
  });

  const m = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - m));
  let sum = 0;
  for (const e of exps) sum += e;
  return exps.map((e) => e / sum);
}
