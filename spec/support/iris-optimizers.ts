// The optimizers exercise 24's specs hand to the learner's trainer (options.optimizer): the spec's own,
// so that most checks do not depend on the learner's 15–22, and a recorder that sees every step.
// They run in the grader even in grading mode: the learner's code calls them back.

/** The Optimizer interface of exercise 15, as the specs see it. */
export interface Stepper {
  step(params: readonly number[], grads: readonly number[]): number[];
}

/** Plain gradient descent θ ← θ − lr·g, as an optimizer factory. */
export function sgd(lr: number): () => Stepper {
  return () => ({ step: (params, grads) => params.map((p, i) => p - lr * grads[i]!) });
}

/** Records every call of step and answers with `reply(call number from 1, params)`. */
export class Recorder {
  readonly calls: { params: number[]; grads: number[] }[] = [];
  made = 0;
  constructor(private readonly reply: (call: number, params: readonly number[]) => number[]) {}
  readonly optimizer = (): Stepper => {
    this.made += 1;
    return {
      step: (params, grads) => {
        this.calls.push({ params: [...params], grads: [...grads] });
        return this.reply(this.calls.length, params);
      },
    };
  };
}

/**
 * Made-up examples whose features are already standardised (so x̃ = x), for watching what a trainer
 * hands its optimizer: at all-zero parameters, a batch of one example n gives that example's own
 * gradient, which tells which example the batch held.
 */
export function tinyExamples(features: number[][], labels: number[]) {
  /** The gradient of example n alone at all-zero parameters: (1/3 − oneHot(y))_j · x_i, then 1/3 − oneHot(y). */
  const zeroGradient = (n: number): number[] => {
    const x = features[n]!;
    const d = [0, 1, 2].map((j) => 1 / 3 - (j === labels[n] ? 1 : 0));
    return [...d.flatMap((dj) => x.map((xi) => dj * xi)), ...d];
  };
  return {
    /** A fresh copy of the examples. */
    data: () => ({ features: structuredClone(features), labels: [...labels] }),
    zeroGradient,
    /** Which example a recorded batch-of-one gradient belongs to (−1 if none). */
    whichExample: (grads: readonly number[]) => features.findIndex((_, n) => zeroGradient(n).every((g, i) => Math.abs(g - grads[i]!) < 1e-9)),
  };
}
