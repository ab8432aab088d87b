import { sigmoidPrime } from '../06-sigmoid/sigmoid';
import type { Network } from '../09-forward/forward';
import { msePrime } from '../10-mse/mse';

/**
 * 역전파 1단계 (backprop step 1): the gradients of the last layer of weights, L = network.weights.length,
 * from a forward pass `pass` = forward(network, input) and the target:
 *   delta[j]        = (o_j − t_j) · σ′(z_j)        with o = pass.a[L], z = pass.z[L]
 *   gradients[j][i] = delta[j] · pass.a[L − 1][i]  (∂E/∂weights[L − 1][j][i])
 * In the article, gradients[0][0] is ∂E/∂w5 = 0.02592286. Throw a RangeError or TypeError naming
 * `target` or `pass` when they do not fit the network.
 *
 * 역전파 1단계: 순전파 결과 `pass` = forward(network, input)와 target으로 구하는 마지막 층
 * (L = network.weights.length) 가중치의 기울기:
 *   delta[j]        = (o_j − t_j) · σ′(z_j)        o = pass.a[L], z = pass.z[L]
 *   gradients[j][i] = delta[j] · pass.a[L − 1][i]  (∂E/∂weights[L − 1][j][i])
 * 글에서 gradients[0][0]은 ∂E/∂w5 = 0.02592286 입니다. `target`이나 `pass`가 네트워크와 맞지 않으면
 * 그 이름을 언급하는 RangeError나 TypeError를 던지세요.
 *
 * Instructions / 설명: exercises/11-output-layer/README.md, README.ko.md
 */
export function outputLayerGradients(
  network: Network,
  pass: { z: number[][]; a: number[][] },
  target: readonly number[],
): { delta: number[]; gradients: number[][] } {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: outputLayerGradients');
}
