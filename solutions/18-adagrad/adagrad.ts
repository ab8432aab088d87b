import type { Optimizer } from '../15-sgd/sgd';

/**
 * Adagrad, as torch.optim.Adagrad does it:
 *   s₀ = initialAccumulatorValue,   sₜ = sₜ₋₁ + gₜ²,   θ ← θ − lr · gₜ / (√sₜ + ε)
 * Each parameter gets its own step size: the more it has moved, the more slowly it moves now.
 * ε is added after the square root.
 */
export class Adagrad implements Optimizer {
  readonly lr: number;
  readonly eps: number;
  readonly initialAccumulatorValue: number;
  /** s, the sum of every squared gradient so far, one entry per parameter; undefined until the first step. */
  private sum: number[] | undefined;

  constructor({ lr = 0.01, eps = 1e-10, initialAccumulatorValue = 0 }: { lr?: number; eps?: number; initialAccumulatorValue?: number } = {}) {
    this.lr = checkOption('lr', lr, 'a number above 0', (x) => x > 0);
    this.eps = checkOption('eps', eps, 'a number from 0 up', (x) => x >= 0);
    this.initialAccumulatorValue = checkOption('initialAccumulatorValue', initialAccumulatorValue, 'a number from 0 up', (x) => x >= 0);
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    checkArguments(params, grads, this.sum?.length);
    if (this.sum === undefined) {
      this.sum = new Array<number>(params.length).fill(this.initialAccumulatorValue);
    }
    const next: number[] = [];
    for (let i = 0; i < params.length; i++) {
      const g = grads[i]!;
      this.sum[i] = this.sum[i]! + g * g;
      next.push(params[i]! - (this.lr * g) / (Math.sqrt(this.sum[i]!) + this.eps));
    }
    return next;
  }
}

function checkOption(name: string, value: unknown, rule: string, ok: (x: number) => boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new RangeError(`Adagrad: ${name} must be ${rule}, got ${String(value)}`);
  }
  return value;
}

/** params and grads: non-empty, equally long arrays of finite numbers, as many as the state holds. */
function checkArguments(params: readonly number[], grads: readonly number[], size: number | undefined): void {
  if (!Array.isArray(params) || params.length === 0) throw new RangeError('Adagrad.step: params must be a non-empty array of numbers');
  if (size !== undefined && params.length !== size) {
    throw new RangeError(`Adagrad.step: params has ${params.length} entries, but this optimizer keeps state for ${size} parameters; use a new optimizer for other parameters`);
  }
  if (!Array.isArray(grads) || grads.length !== params.length) {
    throw new RangeError(`Adagrad.step: grads must have one entry per parameter (${params.length}), got ${Array.isArray(grads) ? grads.length : typeof grads}`);
  }
  for (let i = 0; i < params.length; i++) {
    if (!Number.isFinite(params[i])) throw new TypeError(`Adagrad.step: params[${i}] is ${params[i]}, not a finite number`);
    if (!Number.isFinite(grads[i])) throw new TypeError(`Adagrad.step: grads[${i}] is ${grads[i]}, not a finite number`);
  }
}
