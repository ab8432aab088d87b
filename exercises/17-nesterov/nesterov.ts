import type { Optimizer } from '../15-sgd/sgd';

/**
 * Nesterov momentum, exactly as torch.optim.SGD(momentum = μ, nesterov = true) does it:
 *   first step b = g;  after that b ← μ · b + g;  then θ ← θ − lr · (g + μ · b), with the new b
 * Options: lr (required, above 0), momentum (default 0.9, above 0 and below 1); anything else throws a
 * RangeError naming the option.
 * step returns a new array and changes neither argument. It throws a RangeError or TypeError naming
 * `grads` when grads is not as long as params, naming `params` for an empty params and, once there is
 * state, for a different number of parameters than the first step had; and either one for an entry that
 * is not a finite number.
 *
 * 네스테로프 모멘텀. torch.optim.SGD(momentum = μ, nesterov = true)와 똑같이:
 *   첫 단계에서 b = g, 그 뒤로 b ← μ · b + g, 그리고 새 b로 θ ← θ − lr · (g + μ · b)
 * 옵션: lr(필수, 0보다 큼), momentum(기본 0.9, 0보다 크고 1보다 작음). 벗어나면 그 옵션 이름을 언급하는
 * RangeError를 던집니다.
 * step은 새 배열을 반환하고 두 인자를 바꾸지 않습니다. grads의 길이가 params와 다르면 `grads`를,
 * params가 비어 있거나, 상태가 생긴 뒤 파라미터 수가 첫 단계와 다르면 `params`를 언급하는 RangeError나
 * TypeError를 던집니다. 유한한 숫자가 아닌 항목이 있으면 해당 인자를 언급합니다.
 *
 * Instructions / 설명: exercises/17-nesterov/README.md, README.ko.md
 */
export class Nesterov implements Optimizer {
  readonly lr: number;
  readonly momentum: number;
  // TODO: the state: the velocity b, one entry per parameter / 상태: 속도 b, 파라미터마다 하나

  constructor({ lr, momentum = 0.9 }: { lr: number; momentum?: number }) {
    // TODO: reject bad options with a RangeError that names the option / 잘못된 옵션은 옵션 이름을 언급하는 RangeError로 거부하세요
    this.lr = lr;
    this.momentum = momentum;
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    // TODO: your code here / 여기에 코드를 작성하세요
    throw new Error('not implemented: Nesterov.step');
  }
}
