import type { Optimizer } from '../15-sgd/sgd';

/**
 * NAdam, exactly as torch.optim.NAdam does it, with t counting the calls to step from 1:
 *   μₜ = β1 · (1 − ½ · 0.96^(t · ψ)),  ψ = momentumDecay
 *   m ← β1 · m + (1 − β1) · g;  v ← β2 · v + (1 − β2) · g²
 *   m̂ = μₜ₊₁ · m / (1 − μ₁⋯μₜ₊₁) + (1 − μₜ) · g / (1 − μ₁⋯μₜ);  v̂ = v / (1 − β2ᵗ)
 *   θ ← θ − lr · m̂ / (√v̂ + ε)
 * Options: lr (default 2e-3, above 0), beta1 (default 0.9) and beta2 (default 0.999), each from 0 up to but
 * not including 1, eps (default 1e-8, 0 or more), momentumDecay (default 4e-3, 0 or more); anything else
 * throws a RangeError naming the option.
 * step returns a new array and changes neither argument. It throws a RangeError or TypeError naming
 * `grads` when grads is not as long as params, naming `params` for an empty params and, once there is
 * state, for a different number of parameters than the first step had; and either one for an entry that
 * is not a finite number.
 *
 * NAdam. torch.optim.NAdam과 똑같이, t는 step 호출 횟수이고 1부터 셉니다:
 *   μₜ = β1 · (1 − ½ · 0.96^(t · ψ)), ψ = momentumDecay
 *   m ← β1 · m + (1 − β1) · g, v ← β2 · v + (1 − β2) · g²
 *   m̂ = μₜ₊₁ · m / (1 − μ₁⋯μₜ₊₁) + (1 − μₜ) · g / (1 − μ₁⋯μₜ), v̂ = v / (1 − β2ᵗ)
 *   θ ← θ − lr · m̂ / (√v̂ + ε)
 * 옵션: lr(기본 2e-3, 0보다 큼), beta1(기본 0.9)과 beta2(기본 0.999)는 각각 0 이상 1 미만, eps(기본 1e-8,
 * 0 이상), momentumDecay(기본 4e-3, 0 이상). 벗어나면 그 옵션 이름을 언급하는 RangeError를 던집니다.
 * step은 새 배열을 반환하고 두 인자를 바꾸지 않습니다. grads의 길이가 params와 다르면 `grads`를,
 * params가 비어 있거나, 상태가 생긴 뒤 파라미터 수가 첫 단계와 다르면 `params`를 언급하는 RangeError나
 * TypeError를 던집니다. 유한한 숫자가 아닌 항목이 있으면 해당 인자를 언급합니다.
 *
 * Instructions / 설명: exercises/22-nadam/README.md, README.ko.md
 */
export class NAdam implements Optimizer {
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly momentumDecay: number;
  // TODO: the state: m and v (one entry per parameter each), the step count t and the running product μ₁⋯μₜ / 상태: m과 v(파라미터마다 하나씩), 단계 수 t, 누적 곱 μ₁⋯μₜ

  constructor({ lr = 2e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, momentumDecay = 4e-3 }: { lr?: number; beta1?: number; beta2?: number; eps?: number; momentumDecay?: number } = {}) {
    // TODO: reject bad options with a RangeError that names the option / 잘못된 옵션은 옵션 이름을 언급하는 RangeError로 거부하세요
    this.lr = lr;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.momentumDecay = momentumDecay;
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    // TODO: your code here / 여기에 코드를 작성하세요
    throw new Error('not implemented: NAdam.step');
  }
}
