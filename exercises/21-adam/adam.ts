import type { Optimizer } from '../15-sgd/sgd';

/**
 * Adam, as torch.optim.Adam does it:
 *   mₜ = β1 · mₜ₋₁ + (1 − β1) · gₜ          (the direction, as in Momentum)
 *   vₜ = β2 · vₜ₋₁ + (1 − β2) · gₜ²         (the step size, as in RMSprop)
 *   m̂ₜ = mₜ / (1 − β1ᵗ),   v̂ₜ = vₜ / (1 − β2ᵗ)   (both start at 0: undo that bias)
 *   θ ← θ − lr · m̂ₜ / (√v̂ₜ + ε)
 * t counts the calls to step, from 1. ε is added after the square root of the corrected v̂.
 */
export class Adam implements Optimizer {
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  /** m, the moving average of g, one entry per parameter. */
  private m: number[] = [];
  /** v, the moving average of g², one entry per parameter. */
  private v: number[] = [];
  /** The number of steps taken: 0 before the first, 1 during it. */
  private t = 0;

  constructor({ lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8 }: { lr?: number; beta1?: number; beta2?: number; eps?: number } = {}) {
    this.lr = checkOption('lr', lr, 'a number above 0', (x) => x > 0);
    this.beta1 = checkOption('beta1', beta1, 'from 0 up to (not including) 1', (x) => x >= 0 && x < 1);
    this.beta2 = checkOption('beta2', beta2, 'from 0 up to (not including) 1', (x) => x >= 0 && x < 1);
    this.eps = checkOption('eps', eps, 'a number from 0 up', (x) => x >= 0);
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    checkArguments(params, grads, this.t === 0 ? undefined : this.m.length);
    if (this.t === 0) {
      this.m = new Array<number>(params.length).fill(0);
      this.v = new Array<number>(params.length).fill(0);
    }
    this.t += 1;
    const next: number[] = [];
    for (let i = 0; i < params.length; i++) {
      const g = grads[i]!;
      this.m[i] = this.beta1 * this.m[i]! + (1 - this.beta1) * g;
      this.v[i] = this.beta2 * this.v[i]! + (1 - this.beta2) * g * g;
      const mHat = this.m[i]! / (1 - this.beta1 ** this.t);
      const vHat = this.v[i]! / (1 - this.beta2 ** this.t);
      next.push(params[i]! - (this.lr * mHat) / (Math.sqrt(vHat) + this.eps));
    }
    return next;
  }
}

function checkOption(name: string, value: unknown, rule: string, ok: (x: number) => boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new RangeError(`Adam: ${name} must be ${rule}, got ${String(value)}`);
  }
  return value;
}

/** params and grads: non-empty, equally long arrays of finite numbers, as many as the state holds. */
function checkArguments(params: readonly number[], grads: readonly number[], size: number | undefined): void {
  if (!Array.isArray(params) || params.length === 0) throw new RangeError('Adam.step: params must be a non-empty array of numbers');
  if (size !== undefined && params.length !== size) {
    throw new RangeError(`Adam.step: params has ${params.length} entries, but this optimizer keeps state for ${size} parameters; use a new optimizer for other parameters`);
  }
  if (!Array.isArray(grads) || grads.length !== params.length) {
    throw new RangeError(`Adam.step: grads must have one entry per parameter (${params.length}), got ${Array.isArray(grads) ? grads.length : typeof grads}`);
  }
  for (let i = 0; i < params.length; i++) {
    if (!Number.isFinite(params[i])) throw new TypeError(`Adam.step: params[${i}] is ${params[i]}, not a finite number`);
    if (!Number.isFinite(grads[i])) throw new TypeError(`Adam.step: grads[${i}] is ${grads[i]}, not a finite number`);
  }
}
