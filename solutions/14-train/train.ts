import { forward, type Network } from '../09-forward/forward';
import { mse } from '../10-mse/mse';
import { backpropStep } from '../13-backprop-step/backprop-step';

/**
 * Training: `epochs` backprop steps on one example, recording the loss as it goes.
 * losses[0] is E_total of the network as given, before any step; losses[k] is E_total after k steps,
 * so there are epochs + 1 losses. Returns the trained network; the one given is not changed.
 */
export function train(
  network: Network,
  input: readonly number[],
  target: readonly number[],
  learningRate: number,
  epochs: number,
): { network: Network; losses: number[] } {
  if (typeof learningRate !== 'number' || !Number.isFinite(learningRate) || learningRate <= 0) {
    throw new RangeError(`train: learningRate must be a positive number, got ${String(learningRate)}`);
  }
  if (!Number.isInteger(epochs) || epochs < 0) throw new RangeError(`train: epochs must be a whole number, 0 or more, got ${epochs}`);

  const lossOf = (net: Network): number => {
    const { a } = forward(net, input);
    return mse(target, a[a.length - 1]!);
  };

  const losses = [lossOf(network)]; // before any step
  let current: Network = { weights: network.weights.map((layer) => layer.map((row) => [...row])) };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    current = backpropStep(current, input, target, learningRate);
    losses.push(lossOf(current));
  }
  return { network: current, losses };
}
