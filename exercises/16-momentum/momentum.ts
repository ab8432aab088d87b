import type { Optimizer } from '../15-sgd/sgd';

/**
 * SGD with momentum, exactly as torch.optim.SGD(momentum = μ, dampening = τ) does it:
 *   first step b = g;  after that b ← μ · b + (1 − τ) · g;  then θ ← θ − lr · b
 * Options: lr (required, above 0), momentum (default 0.9, above 0 and below 1), dampening (default 0,
 * from 0 to 1); anything else throws a RangeError naming the option.
 * step returns a new array and changes neither argument. It throws a RangeError or TypeError naming
 * `grads` when grads is not as long as params, naming `params` for an empty params and, once there is
 * state, for a different number of parameters than the first step had; and either one for an entry that
 * is not a finite number.
 *
 * 모멘텀을 쓰는 SGD. torch.optim.SGD(momentum = μ, dampening = τ)와 똑같이:
 *   첫 단계에서 b = g, 그 뒤로 b ← μ · b + (1 − τ) · g, 그리고 θ ← θ − lr · b
 * 옵션: lr(필수, 0보다 큼), momentum(기본 0.9, 0보다 크고 1보다 작음), dampening(기본 0, 0 이상 1 이하).
 * 벗어나면 그 옵션 이름을 언급하는 RangeError를 던집니다.
 * step은 새 배열을 반환하고 두 인자를 바꾸지 않습니다. grads의 길이가 params와 다르면 `grads`를,
 * params가 비어 있거나, 상태가 생긴 뒤 파라미터 수가 첫 단계와 다르면 `params`를 언급하는 RangeError나
 * TypeError를 던집니다. 유한한 숫자가 아닌 항목이 있으면 해당 인자를 언급합니다.
 *
 * Instructions / 설명: exercises/16-momentum/README.md, README.ko.md
 */
export class Momentum implements Optimizer {
  readonly lr: number;
  readonly momentum: number;
  readonly dampening: number;
  // TODO: the state: the velocity b, one entry per parameter / 상태: 속도 b, 파라미터마다 하나

  constructor({ lr, momentum = 0.9, dampening = 0 }: { lr: number; momentum?: number; dampening?: number }) {
    // TODO: reject bad options with a RangeError that names the option / 잘못된 옵션은 옵션 이름을 언급하는 RangeError로 거부하세요
    this.lr = lr;
    this.momentum = momentum;
    this.dampening = dampening;
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    // TODO: your code here / 여기에 코드를 작성하세요
    throw new Error('not implemented: Momentum.step');
  }
}
