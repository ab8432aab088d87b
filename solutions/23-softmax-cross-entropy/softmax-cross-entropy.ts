import { softmax } from '../02-softmax/softmax';
import { oneHot } from '../03-one-hot/one-hot';

/**
 * The gradient of the loss L(z) = crossEntropy(oneHot(k), softmax(z)) with respect to the logits z:
 *   ∂L/∂z_i = softmax(z)_i − oneHot(k)_i,   that is  Q − P.
 * The chain rule through softmax and −ln collapses to "prediction minus truth", which is why the
 * two are almost always used together.
 */
export function softmaxCrossEntropyGradient(logits: readonly number[], classIndex: number): number[] {
  if (!Array.isArray(logits) || logits.length === 0) {
    throw new RangeError('softmaxCrossEntropyGradient: logits must be a non-empty array of numbers');
  }
  logits.forEach((z, i) => {
    if (typeof z !== 'number' || !Number.isFinite(z)) throw new TypeError(`softmaxCrossEntropyGradient: logits[${i}] is ${z}, not a finite number`);
  });
  if (!Number.isInteger(classIndex) || classIndex < 0 || classIndex >= logits.length) {
    throw new RangeError(`softmaxCrossEntropyGradient: classIndex must be an integer from 0 to ${logits.length - 1}, got ${classIndex}`);
  }

  const q = softmax(logits); // the prediction Q
  const p = oneHot(classIndex, logits.length); // the truth P
  const gradient: number[] = [];
  for (let i = 0; i < q.length; i++) {
    gradient.push(q[i]! - p[i]!);
  }
  return gradient;
}
