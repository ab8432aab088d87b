import type { Optimizer } from '../15-sgd/sgd';

/**
 * SGD with momentum, as torch.optim.SGD(momentum = μ, dampening = τ) does it:
 *   b₁ = g₁,   bₜ = μ · bₜ₋₁ + (1 − τ) · gₜ  (t > 1),   θ ← θ − lr · bₜ
 * The velocity b remembers where the last steps were heading: along a steady slope it builds up
 * speed, across a zigzag the back-and-forth cancels out.
 */
export class Momentum implements Optimizer {
  readonly lr: number;
  /** μ: how much of the velocity survives each step. */
  readonly momentum: number;
  /** τ: how much of each new gradient is held back (not on the first step). */
  readonly dampening: number;
  /** The velocity b, one entry per parameter; undefined until the first step. */
  private velocity: number[] | undefined;

  constructor({ lr, momentum = 0.9, dampening = 0 }: { lr: number; momentum?: number; dampening?: number }) {
    this.lr = checkOption('lr', lr, 'a number above 0', (x) => x > 0);
    this.momentum = checkOption('momentum', momentum, 'above 0 and below 1 (for 0 use SGD)', (x) => x > 0 && x < 1);
    this.dampening = checkOption('dampening', dampening, 'from 0 to 1', (x) => x >= 0 && x <= 1);
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    checkArguments(params, grads, this.velocity?.length);
    if (this.velocity === undefined) {
      this.velocity = [...grads]; // b₁ = g₁
    } else {
      for (let i = 0; i < grads.length; i++) {
        this.velocity[i] = this.momentum * this.velocity[i]! + (1 - this.dampening) * grads[i]!;
      }
    }
    const next: number[] = [];
    for (let i = 0; i < params.length; i++) {
      next.push(params[i]! - this.lr * this.velocity[i]!);
    }
    return next;
  }
}

function checkOption(name: string, value: unknown, rule: string, ok: (x: number) => boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new RangeError(`Momentum: ${name} must be ${rule}, got ${String(value)}`);
  }
  return value;
}

/** params and grads: non-empty, equally long arrays of finite numbers, as many as the state holds. */
function checkArguments(params: readonly number[], grads: readonly number[], size: number | undefined): void {
  if (!Array.isArray(params) || params.length === 0) throw new RangeError('Momentum.step: params must be a non-empty array of numbers');
  if (size !== undefined && params.length !== size) {
    throw new RangeError(`Momentum.step: params has ${params.length} entries, but this optimizer keeps state for ${size} parameters; use a new optimizer for other parameters`);
  }
  if (!Array.isArray(grads) || grads.length !== params.length) {
    throw new RangeError(`Momentum.step: grads must have one entry per parameter (${params.length}), got ${Array.isArray(grads) ? grads.length : typeof grads}`);
  }
  for (let i = 0; i < params.length; i++) {
    if (!Number.isFinite(params[i])) throw new TypeError(`Momentum.step: params[${i}] is ${params[i]}, not a finite number`);
    if (!Number.isFinite(grads[i])) throw new TypeError(`Momentum.step: grads[${i}] is ${grads[i]}, not a finite number`);
  }
}
