import type { Optimizer } from '../15-sgd/sgd';

/**
 * Adam, exactly as torch.optim.Adam does it, with t counting the calls to step from 1:
 *   m ← β1 · m + (1 − β1) · g          (the direction, as in Momentum)
 *   v ← β2 · v + (1 − β2) · g²         (the step size, as in RMSprop)
 *   m̂ = m / (1 − β1ᵗ),  v̂ = v / (1 − β2ᵗ)   (both start at 0: undo that bias)
 *   θ ← θ − lr · m̂ / (√v̂ + ε)          (ε after the square root of the corrected v̂)
 * Options: lr (default 1e-3, above 0), beta1 (default 0.9) and beta2 (default 0.999), each from 0 up to but
 * not including 1, eps (default 1e-8, 0 or more); anything else throws a RangeError naming the option.
 * step returns a new array and changes neither argument. It throws a RangeError or TypeError naming
 * `grads` when grads is not as long as params, naming `params` for an empty params and, once there is
 * state, for a different number of parameters than the first step had; and either one for an entry that
 * is not a finite number.
 *
 * Adam. torch.optim.Adam과 똑같이, t는 step 호출 횟수이고 1부터 셉니다:
 *   m ← β1 · m + (1 − β1) · g          (방향: 모멘텀처럼)
 *   v ← β2 · v + (1 − β2) · g²         (보폭: RMSprop처럼)
 *   m̂ = m / (1 − β1ᵗ), v̂ = v / (1 − β2ᵗ)    (둘 다 0에서 시작하므로 그 편향을 보정)
 *   θ ← θ − lr · m̂ / (√v̂ + ε)          (ε는 보정한 v̂의 제곱근 뒤에 더함)
 * 옵션: lr(기본 1e-3, 0보다 큼), beta1(기본 0.9)과 beta2(기본 0.999)는 각각 0 이상 1 미만, eps(기본 1e-8,
 * 0 이상). 벗어나면 그 옵션 이름을 언급하는 RangeError를 던집니다.
 * step은 새 배열을 반환하고 두 인자를 바꾸지 않습니다. grads의 길이가 params와 다르면 `grads`를,
 * params가 비어 있거나, 상태가 생긴 뒤 파라미터 수가 첫 단계와 다르면 `params`를 언급하는 RangeError나
 * TypeError를 던집니다. 유한한 숫자가 아닌 항목이 있으면 해당 인자를 언급합니다.
 *
 * Instructions / 설명: exercises/21-adam/README.md, README.ko.md
 */
export class Adam implements Optimizer {
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  // TODO: the state: m and v, one entry per parameter each, and the step count t / 상태: 파라미터마다 m과 v, 그리고 단계 수 t

  constructor({ lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8 }: { lr?: number; beta1?: number; beta2?: number; eps?: number } = {}) {
    // TODO: reject bad options with a RangeError that names the option / 잘못된 옵션은 옵션 이름을 언급하는 RangeError로 거부하세요
    this.lr = lr;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    // TODO: your code here / 여기에 코드를 작성하세요
    throw new Error('not implemented: Adam.step');
  }
}
