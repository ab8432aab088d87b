import { sigmoidPrime } from '../06-sigmoid/sigmoid';
import type { Network } from '../09-forward/forward';
import { msePrime } from '../10-mse/mse';

/**
 * 역전파 1단계, the output layer (the last layer of weights, L = network.weights.length).
 * By the chain rule, for output unit j and unit i of the layer before it:
 *   δ_j = ∂E/∂o_j · ∂o_j/∂z_j = (o_j − t_j) · σ′(z_j)        (∂E/∂z_j)
 *   ∂E/∂w_ji = δ_j · ∂z_j/∂w_ji = δ_j · a_i                   (a = the layer before the output)
 * In the article: ∂E/∂w5 = 0.20944600 × 0.23802157 × 0.51998934 = 0.02592286.
 */
export function outputLayerGradients(
  network: Network,
  pass: { z: number[][]; a: number[][] },
  target: readonly number[],
): { delta: number[]; gradients: number[][] } {
  if (typeof network !== 'object' || network === null || !Array.isArray(network.weights) || network.weights.length === 0) {
    throw new TypeError('outputLayerGradients: network must be { weights: [...] } with at least one layer');
  }
  const L = network.weights.length;
  if (typeof pass !== 'object' || pass === null || !Array.isArray(pass.z) || !Array.isArray(pass.a) || pass.z.length !== L + 1 || pass.a.length !== L + 1) {
    throw new RangeError(`outputLayerGradients: pass must be forward(network, input) of this network: z and a with ${L + 1} layers each`);
  }
  const output = pass.a[L]!;
  const z = pass.z[L]!;
  const before = pass.a[L - 1]!;
  if (!Array.isArray(z) || !Array.isArray(output) || !Array.isArray(before) || z.length !== output.length || output.length !== network.weights[L - 1]!.length) {
    throw new RangeError(`outputLayerGradients: pass does not fit the network: its last layer must have ${network.weights[L - 1]!.length} units`);
  }

  const dEdo = msePrime(target, output); // ∂E/∂o_j = o_j − t_j
  const delta: number[] = [];
  for (let j = 0; j < output.length; j++) delta.push(dEdo[j]! * sigmoidPrime(z[j]!));

  const gradients: number[][] = [];
  for (let j = 0; j < delta.length; j++) {
    const row: number[] = [];
    for (let i = 0; i < before.length; i++) row.push(delta[j]! * before[i]!);
    gradients.push(row);
  }
  return { delta, gradients };
}
