import type { Optimizer } from '../15-sgd/sgd';

/**
 * NAdam (Adam with Nesterov momentum), as torch.optim.NAdam does it:
 *   μₜ = β1 · (1 − ½ · 0.96^(t·ψ))          (the momentum schedule, ψ = momentumDecay)
 *   mₜ = β1 · mₜ₋₁ + (1 − β1) · gₜ,   vₜ = β2 · vₜ₋₁ + (1 − β2) · gₜ²
 *   m̂ₜ = μₜ₊₁ · mₜ / (1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ) + (1 − μₜ) · gₜ / (1 − ∏ᵢ₌₁ᵗ μᵢ)
 *   v̂ₜ = vₜ / (1 − β2ᵗ)
 *   θ ← θ − lr · m̂ₜ / (√v̂ₜ + ε)
 * The first term of m̂ looks ahead with next step's coefficient μₜ₊₁, as Nesterov does.
 */
export class NAdam implements Optimizer {
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  /** ψ: how fast μₜ climbs from β1/2 towards β1. */
  readonly momentumDecay: number;
  /** m, the moving average of g, one entry per parameter. */
  private m: number[] = [];
  /** v, the moving average of g², one entry per parameter. */
  private v: number[] = [];
  /** The number of steps taken: 0 before the first, 1 during it. */
  private t = 0;
  /** μ₁ · μ₂ · … · μₜ, the product of every momentum coefficient so far. */
  private muProduct = 1;

  constructor({ lr = 2e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, momentumDecay = 4e-3 }: { lr?: number; beta1?: number; beta2?: number; eps?: number; momentumDecay?: number } = {}) {
    this.lr = checkOption('lr', lr, 'a number above 0', (x) => x > 0);
    this.beta1 = checkOption('beta1', beta1, 'from 0 up to (not including) 1', (x) => x >= 0 && x < 1);
    this.beta2 = checkOption('beta2', beta2, 'from 0 up to (not including) 1', (x) => x >= 0 && x < 1);
    this.eps = checkOption('eps', eps, 'a number from 0 up', (x) => x >= 0);
    this.momentumDecay = checkOption('momentumDecay', momentumDecay, 'a number from 0 up', (x) => x >= 0);
  }

  /** μₜ = β1 · (1 − ½ · 0.96^(t·ψ)) */
  private mu(t: number): number {
    return this.beta1 * (1 - 0.5 * 0.96 ** (t * this.momentumDecay));
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    checkArguments(params, grads, this.t === 0 ? undefined : this.m.length);
    if (this.t === 0) {
      this.m = new Array<number>(params.length).fill(0);
      this.v = new Array<number>(params.length).fill(0);
    }
    this.t += 1;
    const mu = this.mu(this.t);
    const muNext = this.mu(this.t + 1);
    this.muProduct *= mu;
    const muProductNext = this.muProduct * muNext;
    const next: number[] = [];
    for (let i = 0; i < params.length; i++) {
      const g = grads[i]!;
      this.m[i] = this.beta1 * this.m[i]! + (1 - this.beta1) * g;
      this.v[i] = this.beta2 * this.v[i]! + (1 - this.beta2) * g * g;
      const mHat = (muNext * this.m[i]!) / (1 - muProductNext) + ((1 - mu) * g) / (1 - this.muProduct);
      const vHat = this.v[i]! / (1 - this.beta2 ** this.t);
      next.push(params[i]! - (this.lr * mHat) / (Math.sqrt(vHat) + this.eps));
    }
    return next;
  }
}

function checkOption(name: string, value: unknown, rule: string, ok: (x: number) => boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new RangeError(`NAdam: ${name} must be ${rule}, got ${String(value)}`);
  }
  return value;
}

/** params and grads: non-empty, equally long arrays of finite numbers, as many as the state holds. */
function checkArguments(params: readonly number[], grads: readonly number[], size: number | undefined): void {
  if (!Array.isArray(params) || params.length === 0) throw new RangeError('NAdam.step: params must be a non-empty array of numbers');
  if (size !== undefined && params.length !== size) {
    throw new RangeError(`NAdam.step: params has ${params.length} entries, but this optimizer keeps state for ${size} parameters; use a new optimizer for other parameters`);
  }
  if (!Array.isArray(grads) || grads.length !== params.length) {
    throw new RangeError(`NAdam.step: grads must have one entry per parameter (${params.length}), got ${Array.isArray(grads) ? grads.length : typeof grads}`);
  }
  for (let i = 0; i < params.length; i++) {
    if (!Number.isFinite(params[i])) throw new TypeError(`NAdam.step: params[${i}] is ${params[i]}, not a finite number`);
    if (!Number.isFinite(grads[i])) throw new TypeError(`NAdam.step: grads[${i}] is ${grads[i]}, not a finite number`);
  }
}
