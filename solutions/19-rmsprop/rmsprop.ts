import type { Optimizer } from '../15-sgd/sgd';

/**
 * RMSprop, as torch.optim.RMSprop does it (not centered, no momentum):
 *   vₜ = α · vₜ₋₁ + (1 − α) · gₜ²,   θ ← θ − lr · gₜ / (√vₜ + ε)
 * Adagrad's sum of squares becomes a moving average, so old gradients fade and the step size does
 * not shrink for ever. No bias correction; ε is added after the square root.
 */
export class RMSprop implements Optimizer {
  readonly lr: number;
  /** α: how much of the average survives each step. */
  readonly alpha: number;
  readonly eps: number;
  /** v, the moving average of g², one entry per parameter; undefined until the first step. */
  private squareAverage: number[] | undefined;

  constructor({ lr = 0.01, alpha = 0.99, eps = 1e-8 }: { lr?: number; alpha?: number; eps?: number } = {}) {
    this.lr = checkOption('lr', lr, 'a number above 0', (x) => x > 0);
    this.alpha = checkOption('alpha', alpha, 'from 0 up to (not including) 1', (x) => x >= 0 && x < 1);
    this.eps = checkOption('eps', eps, 'a number from 0 up', (x) => x >= 0);
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    checkArguments(params, grads, this.squareAverage?.length);
    if (this.squareAverage === undefined) {
      this.squareAverage = new Array<number>(params.length).fill(0);
    }
    const next: number[] = [];
    for (let i = 0; i < params.length; i++) {
      const g = grads[i]!;
      this.squareAverage[i] = this.alpha * this.squareAverage[i]! + (1 - this.alpha) * g * g;
      next.push(params[i]! - (this.lr * g) / (Math.sqrt(this.squareAverage[i]!) + this.eps));
    }
    return next;
  }
}

function checkOption(name: string, value: unknown, rule: string, ok: (x: number) => boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new RangeError(`RMSprop: ${name} must be ${rule}, got ${String(value)}`);
  }
  return value;
}

/** params and grads: non-empty, equally long arrays of finite numbers, as many as the state holds. */
function checkArguments(params: readonly number[], grads: readonly number[], size: number | undefined): void {
  if (!Array.isArray(params) || params.length === 0) throw new RangeError('RMSprop.step: params must be a non-empty array of numbers');
  if (size !== undefined && params.length !== size) {
    throw new RangeError(`RMSprop.step: params has ${params.length} entries, but this optimizer keeps state for ${size} parameters; use a new optimizer for other parameters`);
  }
  if (!Array.isArray(grads) || grads.length !== params.length) {
    throw new RangeError(`RMSprop.step: grads must have one entry per parameter (${params.length}), got ${Array.isArray(grads) ? grads.length : typeof grads}`);
  }
  for (let i = 0; i < params.length; i++) {
    if (!Number.isFinite(params[i])) throw new TypeError(`RMSprop.step: params[${i}] is ${params[i]}, not a finite number`);
    if (!Number.isFinite(grads[i])) throw new TypeError(`RMSprop.step: grads[${i}] is ${grads[i]}, not a finite number`);
  }
}
