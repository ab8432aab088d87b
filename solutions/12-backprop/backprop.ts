import { sigmoidPrime } from '../06-sigmoid/sigmoid';
import { forward, type Network } from '../09-forward/forward';
import { outputLayerGradients } from '../11-output-layer/output-layer';

/**
 * ∂E/∂weights[l][j][i] for every layer l, from the output back to the input.
 * The output layer is 역전파 1단계 (11). Then, one layer back at a time (역전파 2단계 and beyond):
 *   ∂E/∂a_i = Σ_j w_ji · δ_j                      every path out of unit i, with the weights as given
 *   δ_i     = ∂E/∂a_i · σ′(z_i)
 *   ∂E/∂w   = δ_i · (the activation feeding that weight)
 * The network is not changed: every gradient comes from the weights before any update.
 */
export function backprop(network: Network, input: readonly number[], target: readonly number[]): number[][][] {
  const pass = forward(network, input);
  const L = network.weights.length;
  const output = outputLayerGradients(network, pass, target);

  const gradients: number[][][] = [output.gradients];
  let delta = output.delta; // δ of layer l + 1, starting with the output layer
  for (let l = L - 1; l >= 1; l--) {
    const weights = network.weights[l]!; // joins layer l to layer l + 1
    const hiddenDelta: number[] = [];
    for (let i = 0; i < pass.a[l]!.length; i++) {
      let dEda = 0; // ∂E/∂a_i: sum over every unit j that unit i feeds
      for (let j = 0; j < delta.length; j++) dEda += weights[j]![i]! * delta[j]!;
      hiddenDelta.push(dEda * sigmoidPrime(pass.z[l]![i]!));
    }
    delta = hiddenDelta;

    const layerGradients: number[][] = [];
    for (let j = 0; j < delta.length; j++) {
      const row: number[] = [];
      for (let i = 0; i < pass.a[l - 1]!.length; i++) row.push(delta[j]! * pass.a[l - 1]![i]!);
      layerGradients.push(row);
    }
    gradients.unshift(layerGradients);
  }
  return gradients;
}
