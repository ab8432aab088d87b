import { sigmoidPrime } from '../06-sigmoid/sigmoid';
import { forward, type Network } from '../09-forward/forward';
import { outputLayerGradients } from '../11-output-layer/output-layer';

/**
 * Backpropagation for a network of any depth: ∂E/∂weights[l][j][i] for every layer l, in the shape
 * of network.weights. The last layer comes from outputLayerGradients (11); then, one layer back
 * at a time (역전파 2단계 and beyond), the delta of unit i of layer l is
 *   (Σ_j weights[l][j][i] · delta_j) · σ′(z[l][i])
 * with the weights as given: never update them here. In the article, ∂E/∂w1 = 0.00080888.
 * Throw a RangeError or TypeError naming `network`, `input` or `target` when they do not fit together.
 *
 * 깊이와 상관없이 동작하는 역전파: 모든 층 l에 대해 ∂E/∂weights[l][j][i]를 network.weights와 같은
 * 모양으로 반환합니다. 마지막 층은 outputLayerGradients(11)로 구하고, 그다음 한 층씩 거슬러 올라가며
 * (역전파 2단계와 그 이후) l층 i번 유닛의 delta는
 *   (Σ_j weights[l][j][i] · delta_j) · σ′(z[l][i])
 * 입니다. 주어진 가중치를 그대로 쓰고, 여기서 갱신하지 마세요. 글에서 ∂E/∂w1 = 0.00080888 입니다.
 * `network`, `input`, `target`이 서로 맞지 않으면 그 이름을 언급하는 RangeError나 TypeError를 던지세요.
 *
 * Instructions / 설명: exercises/12-backprop/README.md, README.ko.md
 */
export function backprop(network: Network, input: readonly number[], target: readonly number[]): number[][][] {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: backprop');
}
