import { sigmoid } from '../06-sigmoid/sigmoid';

/**
 * A fully connected sigmoid network without biases: weights[l][j][i] joins unit i of layer l
 * to unit j of layer l + 1. The article's net is
 * { weights: [[[0.3, 0.25], [0.4, 0.35]], [[0.45, 0.4], [0.7, 0.6]]] } (w1 … w8).
 */
export type Network = { weights: number[][][] };

/**
 * The forward pass, keeping every layer: a[0] is the input; for l ≥ 1,
 * z[l] = weights[l − 1] · a[l − 1] (one weighted sum per unit) and a[l] = σ(z[l]).
 * z[0] is empty, so that z[l] and a[l] always belong to the same layer.
 */
export function forward(network: Network, input: readonly number[]): { z: number[][]; a: number[][] } {
  checkInput(input);
  checkNetwork(network, input.length);

  const z: number[][] = [[]];
  const a: number[][] = [[...input]];
  for (let l = 0; l < network.weights.length; l++) {
    const weights = network.weights[l]!;
    const previous = a[l]!;
    const zNext: number[] = [];
    for (let j = 0; j < weights.length; j++) {
      let sum = 0; // z_j = Σ_i w_ji · a_i
      for (let i = 0; i < previous.length; i++) sum += weights[j]![i]! * previous[i]!;
      zNext.push(sum);
    }
    z.push(zNext);
    a.push(zNext.map((zj) => sigmoid(zj)));
  }
  return { z, a };
}

function checkInput(input: readonly number[]): void {
  if (!Array.isArray(input) || input.length === 0) throw new RangeError('forward: input must be a non-empty array of numbers');
  input.forEach((x, i) => {
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new TypeError(`forward: input[${i}] is ${String(x)}, not a finite number`);
  });
}

/** Every layer a non-empty matrix whose rows have one weight per unit of the layer before. */
function checkNetwork(network: Network, inputSize: number): void {
  if (typeof network !== 'object' || network === null || !Array.isArray(network.weights) || network.weights.length === 0) {
    throw new TypeError('forward: network must be { weights: [...] } with at least one layer');
  }
  let units = inputSize;
  network.weights.forEach((layer, l) => {
    if (!Array.isArray(layer) || layer.length === 0) throw new RangeError(`forward: network.weights[${l}] must be a non-empty matrix`);
    layer.forEach((row, j) => {
      if (!Array.isArray(row) || row.length !== units) {
        throw new RangeError(`forward: network.weights[${l}][${j}] must have ${units} weights (one per unit of layer ${l}), got ${Array.isArray(row) ? row.length : typeof row}`);
      }
      row.forEach((w, i) => {
        if (typeof w !== 'number' || !Number.isFinite(w)) throw new TypeError(`forward: network.weights[${l}][${j}][${i}] is ${String(w)}, not a finite number`);
      });
    });
    units = layer.length;
  });
}
