/**
 * E_total = Σ_k ½ (t_k − o_k)²: the article's squared error, summed over the outputs.
 * The ½ is there so that its derivative comes out clean; the sum is not divided by the number of outputs.
 */
export function mse(target: readonly number[], output: readonly number[]): number {
  checkPair(target, output, 'mse');
  let total = 0;
  for (let k = 0; k < target.length; k++) total += 0.5 * (target[k]! - output[k]!) ** 2;
  return total;
}

/**
 * ∂E_total/∂o_k = −(t_k − o_k) = o_k − t_k: the 2 of the square cancels the ½,
 * and the inner derivative of (t_k − o_k) with respect to o_k is −1.
 */
export function msePrime(target: readonly number[], output: readonly number[]): number[] {
  checkPair(target, output, 'msePrime');
  const gradient: number[] = [];
  for (let k = 0; k < target.length; k++) gradient.push(output[k]! - target[k]!);
  return gradient;
}

function checkPair(target: readonly number[], output: readonly number[], caller: string): void {
  for (const [v, name] of [[target, 'target'], [output, 'output']] as const) {
    if (!Array.isArray(v) || v.length === 0) throw new RangeError(`${caller}: ${name} must be a non-empty array of numbers`);
    v.forEach((x, k) => {
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new TypeError(`${caller}: ${name}[${k}] is ${String(x)}, not a finite number`);
    });
  }
  if (target.length !== output.length) throw new RangeError(`${caller}: target and output must be as long as each other, got ${target.length} and ${output.length}`);
}
