import type { Optimizer } from '../15-sgd/sgd';

/**
 * Nesterov momentum, as torch.optim.SGD(momentum = μ, nesterov = true) does it:
 *   b₁ = g₁,   bₜ = μ · bₜ₋₁ + gₜ  (t > 1),   θ ← θ − lr · (gₜ + μ · bₜ)
 * The velocity is updated exactly as in Momentum; the step then looks ahead, adding the part of
 * the new velocity that the next step will carry anyway. (PyTorch's nesterov needs dampening 0.)
 */
export class Nesterov implements Optimizer {
  readonly lr: number;
  /** μ: how much of the velocity survives each step. */
  readonly momentum: number;
  /** The velocity b, one entry per parameter; undefined until the first step. */
  private velocity: number[] | undefined;

  constructor({ lr, momentum = 0.9 }: { lr: number; momentum?: number }) {
    this.lr = checkOption('lr', lr, 'a number above 0', (x) => x > 0);
    this.momentum = checkOption('momentum', momentum, 'above 0 and below 1', (x) => x > 0 && x < 1);
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    checkArguments(params, grads, this.velocity?.length);
    if (this.velocity === undefined) {
      this.velocity = [...grads]; // b₁ = g₁
    } else {
      for (let i = 0; i < grads.length; i++) {
        this.velocity[i] = this.momentum * this.velocity[i]! + grads[i]!;
      }
    }
    const next: number[] = [];
    for (let i = 0; i < params.length; i++) {
      next.push(params[i]! - this.lr * (grads[i]! + this.momentum * this.velocity[i]!)); // the new b
    }
    return next;
  }
}

function checkOption(name: string, value: unknown, rule: string, ok: (x: number) => boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new RangeError(`Nesterov: ${name} must be ${rule}, got ${String(value)}`);
  }
  return value;
}

/** params and grads: non-empty, equally long arrays of finite numbers, as many as the state holds. */
function checkArguments(params: readonly number[], grads: readonly number[], size: number | undefined): void {
  if (!Array.isArray(params) || params.length === 0) throw new RangeError('Nesterov.step: params must be a non-empty array of numbers');
  if (size !== undefined && params.length !== size) {
    throw new RangeError(`Nesterov.step: params has ${params.length} entries, but this optimizer keeps state for ${size} parameters; use a new optimizer for other parameters`);
  }
  if (!Array.isArray(grads) || grads.length !== params.length) {
    throw new RangeError(`Nesterov.step: grads must have one entry per parameter (${params.length}), got ${Array.isArray(grads) ? grads.length : typeof grads}`);
  }
  for (let i = 0; i < params.length; i++) {
    if (!Number.isFinite(params[i])) throw new TypeError(`Nesterov.step: params[${i}] is ${params[i]}, not a finite number`);
    if (!Number.isFinite(grads[i])) throw new TypeError(`Nesterov.step: grads[${i}] is ${grads[i]}, not a finite number`);
  }
}
