import { forward, type Network } from '../09-forward/forward';
import { mse } from '../10-mse/mse';
import { backpropStep } from '../13-backprop-step/backprop-step';

/**
 * Training on one example: `epochs` calls of backpropStep (13), recording E_total as it goes.
 * losses[0] is the loss of `network` before any step, losses[k] the loss after k steps
 * (epochs + 1 losses in all). Returns the trained network; `network` itself is not changed.
 * In the article: losses[0] = 0.02397190, losses[1] = 0.02323634. Throw a RangeError naming
 * `epochs` unless it is a whole number, 0 or more, and naming `learningRate` unless it is positive.
 *
 * 예제 하나로 학습하기: backpropStep(13)을 `epochs`번 호출하며 E_total을 기록합니다.
 * losses[0]은 한 번도 갱신하기 전 `network`의 손실, losses[k]는 k번 갱신한 뒤의 손실입니다
 * (모두 epochs + 1개). 학습된 네트워크를 반환하고 `network` 자체는 바꾸지 않습니다.
 * 글에서 losses[0] = 0.02397190, losses[1] = 0.02323634 입니다. `epochs`가 0 이상의 정수가 아니면
 * `epochs`를, `learningRate`가 양수가 아니면 `learningRate`를 언급하는 RangeError를 던지세요.
 *
 * Instructions / 설명: exercises/14-train/README.md, README.ko.md
 */
export function train(
  network: Network,
  input: readonly number[],
  target: readonly number[],
  learningRate: number,
  epochs: number,
): { network: Network; losses: number[] } {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: train');
}
