import type { Optimizer } from '../15-sgd/sgd';

/**
 * Adadelta, as torch.optim.Adadelta does it:
 *   vₜ = ρ · vₜ₋₁ + (1 − ρ) · gₜ²
 *   Δₜ = √(uₜ₋₁ + ε) / √(vₜ + ε) · gₜ
 *   uₜ = ρ · uₜ₋₁ + (1 − ρ) · Δₜ²
 *   θ ← θ − lr · Δₜ
 * The step size is the ratio of two running averages, of past steps (u) and of squared gradients
 * (v), so it needs no learning rate of its own; PyTorch still multiplies by lr (default 1).
 * ε sits inside both square roots.
 */
export class Adadelta implements Optimizer {
  readonly lr: number;
  /** ρ: how much of each average survives each step. */
  readonly rho: number;
  readonly eps: number;
  /** v, the moving average of g², one entry per parameter; undefined until the first step. */
  private squareAverage: number[] | undefined;
  /** u, the moving average of Δ², one entry per parameter. */
  private deltaAverage: number[] = [];

  constructor({ lr = 1, rho = 0.9, eps = 1e-6 }: { lr?: number; rho?: number; eps?: number } = {}) {
    this.lr = checkOption('lr', lr, 'a number above 0', (x) => x > 0);
    this.rho = checkOption('rho', rho, 'from 0 up to (not including) 1', (x) => x >= 0 && x < 1);
    this.eps = checkOption('eps', eps, 'a number from 0 up', (x) => x >= 0);
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    checkArguments(params, grads, this.squareAverage?.length);
    if (this.squareAverage === undefined) {
      this.squareAverage = new Array<number>(params.length).fill(0);
      this.deltaAverage = new Array<number>(params.length).fill(0);
    }
    const v = this.squareAverage;
    const u = this.deltaAverage;
    const next: number[] = [];
    for (let i = 0; i < params.length; i++) {
      const g = grads[i]!;
      v[i] = this.rho * v[i]! + (1 - this.rho) * g * g;
      const delta = (Math.sqrt(u[i]! + this.eps) / Math.sqrt(v[i]! + this.eps)) * g;
      u[i] = this.rho * u[i]! + (1 - this.rho) * delta * delta;
      next.push(params[i]! - this.lr * delta);
    }
    return next;
  }
}

function checkOption(name: string, value: unknown, rule: string, ok: (x: number) => boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new RangeError(`Adadelta: ${name} must be ${rule}, got ${String(value)}`);
  }
  return value;
}

/** params and grads: non-empty, equally long arrays of finite numbers, as many as the state holds. */
function checkArguments(params: readonly number[], grads: readonly number[], size: number | undefined): void {
  if (!Array.isArray(params) || params.length === 0) throw new RangeError('Adadelta.step: params must be a non-empty array of numbers');
  if (size !== undefined && params.length !== size) {
    throw new RangeError(`Adadelta.step: params has ${params.length} entries, but this optimizer keeps state for ${size} parameters; use a new optimizer for other parameters`);
  }
  if (!Array.isArray(grads) || grads.length !== params.length) {
    throw new RangeError(`Adadelta.step: grads must have one entry per parameter (${params.length}), got ${Array.isArray(grads) ? grads.length : typeof grads}`);
  }
  for (let i = 0; i < params.length; i++) {
    if (!Number.isFinite(params[i])) throw new TypeError(`Adadelta.step: params[${i}] is ${params[i]}, not a finite number`);
    if (!Number.isFinite(grads[i])) throw new TypeError(`Adadelta.step: grads[${i}] is ${grads[i]}, not a finite number`);
  }
}
