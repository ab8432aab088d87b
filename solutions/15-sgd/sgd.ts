/**
 * What every optimizer of chapter 4 offers: one step from the parameters θ and the gradient g of
 * the loss at θ to the next parameters. `step` returns a new array and leaves both arguments alone;
 * whatever an optimizer remembers between steps (a velocity, running averages, the step count t)
 * lives in the instance, so each instance serves one set of parameters.
 */
export interface Optimizer {
  step(params: readonly number[], grads: readonly number[]): number[];
}

/**
 * Stochastic gradient descent as torch.optim.SGD does it without momentum:
 *   θ ← θ − lr · g
 * It remembers nothing, so any number of parameters may come in each call.
 */
export class SGD implements Optimizer {
  /** The learning rate γ: how far to move against the gradient. It has no default. */
  readonly lr: number;

  constructor({ lr }: { lr: number }) {
    this.lr = checkOption('lr', lr, 'a number above 0', (x) => x > 0);
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    checkArguments(params, grads);
    const next: number[] = [];
    for (let i = 0; i < params.length; i++) {
      next.push(params[i]! - this.lr * grads[i]!);
    }
    return next;
  }
}

function checkOption(name: string, value: unknown, rule: string, ok: (x: number) => boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new RangeError(`SGD: ${name} must be ${rule}, got ${String(value)}`);
  }
  return value;
}

/** params and grads: non-empty, equally long arrays of finite numbers. */
function checkArguments(params: readonly number[], grads: readonly number[]): void {
  if (!Array.isArray(params) || params.length === 0) throw new RangeError('SGD.step: params must be a non-empty array of numbers');
  if (!Array.isArray(grads) || grads.length !== params.length) {
    throw new RangeError(`SGD.step: grads must have one entry per parameter (${params.length}), got ${Array.isArray(grads) ? grads.length : typeof grads}`);
  }
  for (let i = 0; i < params.length; i++) {
    if (!Number.isFinite(params[i])) throw new TypeError(`SGD.step: params[${i}] is ${params[i]}, not a finite number`);
    if (!Number.isFinite(grads[i])) throw new TypeError(`SGD.step: grads[${i}] is ${grads[i]}, not a finite number`);
  }
}
