import type { Network } from '../09-forward/forward';
import { backprop } from '../12-backprop/backprop';

/**
 * One training step: every gradient from backprop (12) first, then w⁺ = w − learningRate · ∂E/∂w
 * for every weight. Returns a new network and leaves `network` as it was. In the article
 * (learningRate 0.5): w5⁺ = 0.43703857, w1⁺ = 0.29959556. Throw a RangeError naming
 * `learningRate` unless it is a positive finite number.
 *
 * 학습 한 단계: 먼저 backprop(12)으로 모든 기울기를 구하고, 그다음 모든 가중치에 대해
 * w⁺ = w − learningRate · ∂E/∂w. 새 네트워크를 반환하고 `network`는 그대로 둡니다. 글에서
 * (learningRate 0.5) w5⁺ = 0.43703857, w1⁺ = 0.29959556 입니다. `learningRate`가 양의 유한한 숫자가
 * 아니면 `learningRate`를 언급하는 RangeError를 던지세요.
 *
 * Instructions / 설명: exercises/13-backprop-step/README.md, README.ko.md
 */
export function backpropStep(network: Network, input: readonly number[], target: readonly number[], learningRate: number): Network {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: backpropStep');
}
