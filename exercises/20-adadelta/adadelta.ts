import type { Optimizer } from '../15-sgd/sgd';

/**
 * Adadelta, exactly as torch.optim.Adadelta does it (ε inside both roots):
 *   v ← ρ · v + (1 − ρ) · g²;  Δ = √(u + ε) / √(v + ε) · g;  u ← ρ · u + (1 − ρ) · Δ²;  θ ← θ − lr · Δ
 * Options: lr (default 1, above 0), rho (default 0.9, from 0 up to but not including 1), eps (default
 * 1e-6, 0 or more); anything else throws a RangeError naming the option.
 * step returns a new array and changes neither argument. It throws a RangeError or TypeError naming
 * `grads` when grads is not as long as params, naming `params` for an empty params and, once there is
 * state, for a different number of parameters than the first step had; and either one for an entry that
 * is not a finite number.
 *
 * Adadelta. torch.optim.Adadelta와 똑같이 (ε는 두 제곱근 모두 안):
 *   v ← ρ · v + (1 − ρ) · g², Δ = √(u + ε) / √(v + ε) · g, u ← ρ · u + (1 − ρ) · Δ², θ ← θ − lr · Δ
 * 옵션: lr(기본 1, 0보다 큼), rho(기본 0.9, 0 이상 1 미만), eps(기본 1e-6, 0 이상).
 * 벗어나면 그 옵션 이름을 언급하는 RangeError를 던집니다.
 * step은 새 배열을 반환하고 두 인자를 바꾸지 않습니다. grads의 길이가 params와 다르면 `grads`를,
 * params가 비어 있거나, 상태가 생긴 뒤 파라미터 수가 첫 단계와 다르면 `params`를 언급하는 RangeError나
 * TypeError를 던집니다. 유한한 숫자가 아닌 항목이 있으면 해당 인자를 언급합니다.
 *
 * Instructions / 설명: exercises/20-adadelta/README.md, README.ko.md
 */
export class Adadelta implements Optimizer {
  readonly lr: number;
  readonly rho: number;
  readonly eps: number;
  // TODO: the state: the moving averages v (of g²) and u (of Δ²), one entry per parameter each / 상태: g²의 이동 평균 v와 Δ²의 이동 평균 u, 파라미터마다 하나씩

  constructor({ lr = 1, rho = 0.9, eps = 1e-6 }: { lr?: number; rho?: number; eps?: number } = {}) {
    // TODO: reject bad options with a RangeError that names the option / 잘못된 옵션은 옵션 이름을 언급하는 RangeError로 거부하세요
    this.lr = lr;
    this.rho = rho;
    this.eps = eps;
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    // TODO: your code here / 여기에 코드를 작성하세요
    throw new Error('not implemented: Adadelta.step');
  }
}
