/**
 * σ(z) = 1 / (1 + e^(−z)): the logistic sigmoid, which squashes a pre-activation z into (0, 1).
 * For a very negative z, e^(−z) overflows to Infinity and 1 / Infinity = 0, the right limit;
 * for a very positive z, e^(−z) = 0 and the result is 1. So this form never gives NaN.
 */
export function sigmoid(z: number): number {
  checkZ(z, 'sigmoid');
  return 1 / (1 + Math.exp(-z));
}

/**
 * σ′(z) = σ(z) · (1 − σ(z)): the slope of the sigmoid at the pre-activation z.
 * In the article this is ∂h1/∂z1 = h1 · (1 − h1) and ∂o1/∂z3 = o1 · (1 − o1).
 */
export function sigmoidPrime(z: number): number {
  checkZ(z, 'sigmoidPrime');
  const s = sigmoid(z);
  return s * (1 - s);
}

function checkZ(z: unknown, caller: string): void {
  if (typeof z !== 'number' || Number.isNaN(z)) throw new TypeError(`${caller}: z must be a number, got ${String(z)}`);
}
