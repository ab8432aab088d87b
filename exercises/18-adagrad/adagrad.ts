import type { Optimizer } from '../15-sgd/sgd';

/**
 * Adagrad, exactly as torch.optim.Adagrad does it:
 *   s starts at initialAccumulatorValue;  s ← s + g²;  θ ← θ − lr · g / (√s + ε)   (ε outside the root)
 * Options: lr (default 0.01, above 0), eps (default 1e-10, 0 or more), initialAccumulatorValue (default 0,
 * 0 or more); anything else throws a RangeError naming the option.
 * step returns a new array and changes neither argument. It throws a RangeError or TypeError naming
 * `grads` when grads is not as long as params, naming `params` for an empty params and, once there is
 * state, for a different number of parameters than the first step had; and either one for an entry that
 * is not a finite number.
 *
 * Adagrad. torch.optim.Adagrad와 똑같이:
 *   s는 initialAccumulatorValue에서 시작, s ← s + g², θ ← θ − lr · g / (√s + ε)   (ε는 제곱근 밖)
 * 옵션: lr(기본 0.01, 0보다 큼), eps(기본 1e-10, 0 이상), initialAccumulatorValue(기본 0, 0 이상).
 * 벗어나면 그 옵션 이름을 언급하는 RangeError를 던집니다.
 * step은 새 배열을 반환하고 두 인자를 바꾸지 않습니다. grads의 길이가 params와 다르면 `grads`를,
 * params가 비어 있거나, 상태가 생긴 뒤 파라미터 수가 첫 단계와 다르면 `params`를 언급하는 RangeError나
 * TypeError를 던집니다. 유한한 숫자가 아닌 항목이 있으면 해당 인자를 언급합니다.
 *
 * Instructions / 설명: exercises/18-adagrad/README.md, README.ko.md
 */
export class Adagrad implements Optimizer {
  readonly lr: number;
  readonly eps: number;
  readonly initialAccumulatorValue: number;
  // TODO: the state: the sum s of squared gradients, one entry per parameter / 상태: 기울기 제곱의 합 s, 파라미터마다 하나

  constructor({ lr = 0.01, eps = 1e-10, initialAccumulatorValue = 0 }: { lr?: number; eps?: number; initialAccumulatorValue?: number } = {}) {
    // TODO: reject bad options with a RangeError that names the option / 잘못된 옵션은 옵션 이름을 언급하는 RangeError로 거부하세요
    this.lr = lr;
    this.eps = eps;
    this.initialAccumulatorValue = initialAccumulatorValue;
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    // TODO: your code here / 여기에 코드를 작성하세요
    throw new Error('not implemented: Adagrad.step');
  }
}
