import type { Network } from '../09-forward/forward';
import { backprop } from '../12-backprop/backprop';

/**
 * One training step: all gradients first, from the weights as they are, then every weight moves
 * against its gradient, w⁺ = w − α · ∂E/∂w. Returns a new network; the one given is not changed.
 * In the article (α = 0.5): w5⁺ = 0.43703857 and w1⁺ = 0.29959556.
 */
export function backpropStep(network: Network, input: readonly number[], target: readonly number[], learningRate: number): Network {
  if (typeof learningRate !== 'number' || !Number.isFinite(learningRate) || learningRate <= 0) {
    throw new RangeError(`backpropStep: learningRate must be a positive number, got ${String(learningRate)}`);
  }
  const gradients = backprop(network, input, target);
  const weights = network.weights.map((layer, l) =>
    layer.map((row, j) => row.map((w, i) => w - learningRate * gradients[l]![j]![i]!)),
  );
  return { weights };
}
