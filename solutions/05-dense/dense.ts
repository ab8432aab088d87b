import { argmax } from '../01-argmax/argmax';
import { softmax } from '../02-softmax/softmax';

/**
 * dense(W, x) = W · x: one score per output, z_j = Σ_i W[j][i] · x_i.
 * W has one row per output and one column per input: 3 × 4 is the article's 12 arrows.
 */
export function dense(weights: readonly (readonly number[])[], input: readonly number[]): number[] {
  if (!Array.isArray(input) || input.length === 0) throw new RangeError('dense: input must be a non-empty array');
  if (!Array.isArray(weights) || weights.length === 0) throw new RangeError('dense: weights must be a non-empty matrix');
  input.forEach((x, i) => {
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new TypeError(`dense: input[${i}] is ${x}, not a finite number`);
  });

  const z: number[] = [];
  for (let j = 0; j < weights.length; j++) {
    const row = weights[j]!;
    if (!Array.isArray(row) || row.length !== input.length) {
      throw new RangeError(`dense: weights[${j}] must have ${input.length} entries (one per input), got ${Array.isArray(row) ? row.length : typeof row}`);
    }
    let sum = 0;
    for (let i = 0; i < input.length; i++) {
      if (!Number.isFinite(row[i])) throw new TypeError(`dense: weights[${j}][${i}] is ${row[i]}, not a finite number`);
      sum += row[i]! * input[i]!;
    }
    z.push(sum);
  }
  return z;
}

/** predict(W, x) = argmax(softmax(W · x)): the index of the most probable class. */
export function predict(weights: readonly (readonly number[])[], input: readonly number[]): number {
  return argmax(softmax(dense(weights, input)));
}
