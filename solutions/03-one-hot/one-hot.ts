/**
 * oneHot(k, n): the vector of length n that is 1 at position k and 0 elsewhere —
 * the "true" probability distribution when the answer is class k (0-based).
 */
export function oneHot(classIndex: number, numClasses: number): number[] {
  if (!Number.isInteger(numClasses) || numClasses < 1) {
    throw new RangeError(`oneHot: numClasses must be a positive integer, got ${numClasses}`);
  }
  if (!Number.isInteger(classIndex) || classIndex < 0 || classIndex >= numClasses) {
    throw new RangeError(`oneHot: classIndex must be an integer from 0 to ${numClasses - 1}, got ${classIndex}`);
  }

  const vector = new Array<number>(numClasses).fill(0);
  vector[classIndex] = 1;
  return vector;
}
