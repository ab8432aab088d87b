// The expected values of the held-out checks (spec/held-out/support/generated/cases.ts, npm run generate:held-out)
// of exercises 01–14 and 23 (the optimizers' are written by generate:optimizers, iris's by
// generate:iris): the same contracts as the public specs, on inputs the public specs never show, so
// that an answer written for the public inputs earns nothing. Held-out checks are a teacher's: an export
// never gives them to students (scripts/export.ts), the regrade and the platform bundles run them.
//
// Every value is worked out here in decimal.js with 50 significant digits, by formulas written from the
// definitions (DESIGN.md), sharing no code with solutions/ or with the specs, then rounded to doubles.
// Over 300 lines: the held-out inputs are data; each exercise's computation is a few lines.
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { root } from '../core/curriculum.ts';
import { writeGenerated } from './generated.ts';
import { seeded, uniform } from '../core/random.ts';

Decimal.set({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN });

type Vec = Decimal[];
type Matrix = Decimal[][];
const D = (x: number | string) => new Decimal(x);
const vec = (xs: readonly number[]): Vec => xs.map((x) => D(x));
const mat = (rows: readonly (readonly number[])[]): Matrix => rows.map(vec);
const sum = (v: Vec) => v.reduce((s, x) => s.plus(x), D(0));
const toDouble = (d: Decimal) => {
  const x = d.toNumber();
  return Object.is(x, -0) ? 0 : x;
};
const doubles = (v: Vec) => v.map(toDouble);

// ── Chapter 1 ─────────────────────────────────────────────────────────────────────────────────────
function argmax(v: Vec): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]!.gt(v[best]!)) best = i;
  return best;
}
function softmax(z: Vec): Vec {
  const exps = z.map((x) => x.exp());
  const total = sum(exps);
  return exps.map((e) => e.div(total));
}
function crossEntropy(p: Vec, q: Vec): Decimal {
  let total = D(0);
  for (let i = 0; i < p.length; i++) {
    if (p[i]!.isZero()) continue;
    if (q[i]!.isZero()) return D(Infinity);
    total = total.minus(p[i]!.times(q[i]!.ln()));
  }
  return total;
}
const dense = (w: Matrix, x: Vec): Vec => w.map((row) => sum(row.map((wi, i) => wi.times(x[i]!))));

// ── Chapter 2 ─────────────────────────────────────────────────────────────────────────────────────
const sigmoid = (z: Decimal) => D(1).div(D(1).plus(z.neg().exp()));
const sigmoidPrime = (z: Decimal) => sigmoid(z).times(D(1).minus(sigmoid(z)));

// ── Chapter 3: the network of DESIGN.md (weights[l][j][i], sigmoid everywhere, E = Σ ½(t − o)²) ──────
type Net = Matrix[];
function forward(net: Net, input: Vec): { z: Vec[]; a: Vec[] } {
  const z: Vec[] = [[]];
  const a: Vec[] = [input];
  for (const w of net) {
    const zl = dense(w, a[a.length - 1]!);
    z.push(zl);
    a.push(zl.map(sigmoid));
  }
  return { z, a };
}
const loss = (t: Vec, o: Vec) => sum(t.map((ti, i) => ti.minus(o[i]!).pow(2).div(2)));
function backprop(net: Net, input: Vec, target: Vec): Matrix[] {
  const { z, a } = forward(net, input);
  const L = net.length;
  const grads: Matrix[] = new Array<Matrix>(L);
  let delta = a[L]!.map((o, j) => o.minus(target[j]!).times(sigmoidPrime(z[L]![j]!)));
  for (let l = L - 1; l >= 0; l--) {
    grads[l] = delta.map((d) => a[l]!.map((x) => d.times(x)));
    if (l > 0) {
      const next = delta;
      delta = a[l]!.map((_, i) => sum(next.map((d, j) => d.times(net[l]![j]![i]!))).times(sigmoidPrime(z[l]![i]!)));
    }
  }
  return grads;
}
const step = (net: Net, grads: Matrix[], rate: Decimal): Net =>
  net.map((w, l) => w.map((row, j) => row.map((x, i) => x.minus(rate.times(grads[l]![j]![i]!)))));

/** train's losses: E_total before any step, then after each of `epochs` steps. */
function trainLosses(net: Net, input: Vec, target: Vec, rate: Decimal, epochs: number): Vec {
  const losses = [loss(target, forward(net, input).a[net.length]!)];
  for (let e = 1; e <= epochs; e++) losses.push(loss(target, forward(trainedNet(net, input, target, rate, e), input).a[net.length]!));
  return losses;
}
const trainedNet = (net: Net, input: Vec, target: Vec, rate: Decimal, epochs: number): Net =>
  epochs === 0 ? net : trainedNet(step(net, backprop(net, input, target), rate), input, target, rate, epochs - 1);

/** Every input of the held-out checks; the expected values are worked out from these. */
interface Inputs {
  net: number[][][];
  netInput: number[];
  netTarget: number[];
  netRate: number;
  deep: number[][][];
  deepInput: number[];
  deepTarget: number[];
  saturated: { weights: number[][][]; input: number[]; target: number[] };
  threeOut: { target: number[]; output: number[] };
  gd: { x0: number; learningRate: number; centre: number; step: { x: number; slope: number; learningRate: number } };
  quarticX: number;
  gradientXs: number[];
  relativeError: [number, number][];
  logits: number[][];
  dense: { weights: number[][]; input: number[] };
  zs: number[];
  scoreSets: number[][];
  oneHot: [number, number][];
  crossEntropy: { p: number[]; q: number[] }[];
  sceLogits: number[][];
}

/** The examples committed in this repository (a teacher's export draws its own: randomInputs). */
const FIXED: Inputs = {
  // a 3-2-2 network no public spec uses, and a deeper one, 2-3-2-3: two hidden layers, three outputs
  net: [
    [
      [0.15, -0.42, 0.33],
      [0.51, 0.07, -0.28],
    ],
    [
      [-0.36, 0.62],
      [0.44, -0.19],
    ],
  ],
  netInput: [0.9, -0.3, 0.45],
  netTarget: [0.05, 0.85],
  netRate: 0.7,
  deep: [
    [
      [0.2, -0.35],
      [-0.6, 0.4],
      [0.15, 0.55],
    ],
    [
      [0.3, -0.25, 0.45],
      [-0.5, 0.35, 0.1],
    ],
    [
      [0.65, -0.3],
      [-0.2, 0.75],
      [0.4, 0.5],
    ],
  ],
  deepInput: [-0.7, 0.35],
  deepTarget: [0.9, 0.2, 0.6],
  // 2-2-1 with the first hidden unit saturated (z = −42): gradients near 1e−19 that differences of the loss round to 0
  saturated: {
    weights: [
      [
        [-34, -16],
        [-0.35, 0.6],
      ],
      [[0.9, 0.45]],
    ],
    input: [1, 0.5],
    target: [0],
  },
  threeOut: { target: [0, 1, 0.5], output: [0.2, 0.7, 0.1] },
  gd: { x0: -2, learningRate: 0.3, centre: 1.5, step: { x: 3, slope: -2, learningRate: 0.05 } },
  quarticX: 1.5,
  gradientXs: [1.2, -0.5, 2],
  relativeError: [
    [3, 4],
    [-2, 2],
    [0, 0],
    [1e-8, 2e-8],
    [-4, -5],
    [5, -1], // |a| the larger: a denominator of |b| alone fails here
  ],
  logits: [
    [2.5, -1, 0.25, 4],
    [-1000, -999],
    [50, 50, 49],
    [-800, 0, 900],
    [720, 8, 1000, 3], // as strings "8" sorts last
  ],
  dense: {
    weights: [
      [0.2, -1.5, 0.7],
      [1.1, 0.3, -0.4],
    ],
    input: [2, -1, 0.5],
  },
  zs: [-2.5, 0.3, 40, -40],
  scoreSets: [[-0.5, 2.25, 2.25, 1], [7], [-2e-9, -1e-9], [3, 8, 8.0000001]],
  oneHot: [
    [2, 4],
    [0, 1],
  ],
  crossEntropy: [
    { p: [0, 0, 1], q: [0.2, 0.5, 0.3] },
    { p: [0.25, 0.75], q: [0.5, 0.5] },
    { p: [0, 1, 0], q: [0.6, 0, 0.4] },
    { p: [0, 0.5, 0.5], q: [0, 0.25, 0.75] },
  ],
  sceLogits: [
    [1.5, -0.5, 0.25],
    [0, 3],
    [1000, 998, -5],
  ],
};

/**
 * Inputs of the same shapes and kinds (ties, overflow, saturation, zeros where they matter) drawn from
 * `seed` (mulberry32), at two decimals: a course's own held-out checks, which no other course shares.
 */
export function randomInputs(seed: number): Inputs {
  const next = seeded(seed);
  const u = (lo: number, hi: number, places = 2) => uniform(next, lo, hi, places);
  const nonzero = (lo: number, hi: number) => {
    for (;;) {
      const x = u(lo, hi);
      if (Math.abs(x) >= 0.05) return x;
    }
  };
  const matrix = (rows: number, cols: number) => Array.from({ length: rows }, () => Array.from({ length: cols }, () => nonzero(-0.8, 0.8)));
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const distribution = (zeros: readonly boolean[]) => {
    const raw = zeros.map((z) => (z ? 0 : u(0.1, 1)));
    const total = raw.reduce((a, b) => a + b, 0);
    const q = raw.map((x) => Number((x / total).toFixed(3)));
    const last = q.length - 1; // never one of the zeros below
    q[last] = Number((1 - q.reduce((a, b, i) => (i === last ? a : a + b), 0)).toFixed(3));
    return q;
  };
  // Two class scores that differ clearly: an exact tie would make predict depend on rounding.
  const denseLayer = (): Inputs['dense'] => {
    for (;;) {
      const weights = [0, 1].map(() => [nonzero(-2, 2), nonzero(-2, 2), nonzero(-2, 2)]);
      const input = [nonzero(-2, 2), nonzero(-2, 2), nonzero(-2, 2)];
      const [a, b] = weights.map((row) => row.reduce((s, w, i) => s + w * input[i]!, 0));
      if (Math.abs(a! - b!) > 0.01) return { weights, input };
    }
  };
  const tie = u(0.5, 4);
  const big = u(700, 900, 0);
  const a = int(30, 36);
  const b = int(10, 20);
  return {
    net: [matrix(2, 3), matrix(2, 2)],
    netInput: [nonzero(-1, 1), nonzero(-1, 1), nonzero(-1, 1)],
    netTarget: [u(0.05, 0.45), u(0.55, 0.95)],
    netRate: u(0.2, 0.9, 1),
    deep: [matrix(3, 2), matrix(2, 3), matrix(3, 2)],
    deepInput: [nonzero(-1, 1), nonzero(-1, 1)],
    deepTarget: [u(0.55, 0.95), u(0.05, 0.45), u(0.3, 0.7)],
    saturated: {
      weights: [
        [
          [-a, -b],
          [nonzero(-0.6, 0.6), nonzero(-0.6, 0.6)],
        ],
        [[u(0.5, 1), u(0.2, 0.6)]],
      ],
      input: [1, 0.5],
      target: [0],
    },
    threeOut: { target: [0, 1, u(0.2, 0.8)], output: [u(0.05, 0.4), u(0.5, 0.9), u(0.05, 0.4)] },
    gd: {
      x0: u(-3, -1, 1),
      learningRate: u(0.1, 0.4, 2),
      centre: u(0.5, 2.5, 1),
      step: { x: u(1, 4, 1), slope: u(-3, -0.5, 1), learningRate: u(0.01, 0.1) },
    },
    quarticX: u(1, 2, 1),
    gradientXs: [u(0.5, 2, 1), u(-1, -0.2, 1), u(1, 3, 1)],
    relativeError: [
      [u(1, 5, 1), u(1, 5, 1)],
      [-u(1, 3, 1), u(1, 3, 1)],
      [0, 0],
      [u(1, 3, 1) * 1e-8, u(4, 6, 1) * 1e-8],
      [-u(1, 3, 1), -u(4, 6, 1)],
    ],
    logits: [
      [u(-2, 3), u(-2, 3), u(-2, 3), u(3.5, 5)],
      [-1000 - int(0, 50), -999 - int(0, 50)],
      [tie * 10, tie * 10, tie * 10 - 1],
      [-big, 0, big + int(50, 150)],
      [int(715, 760), int(8, 9), 1000, int(1, 4)], // as strings the single digit sorts last
    ],
    dense: denseLayer(),
    zs: [u(-3, -1.5, 1), u(0.1, 0.9, 1), int(35, 45), -int(35, 45)],
    scoreSets: [
      [tie - u(0.5, 2), tie, tie, tie - u(0.1, 0.4)],
      [int(-9, 9)],
      [-int(2, 5) * 1e-9, -1e-9],
      [tie - 3, tie + 5, Number((tie + 5.0000001).toFixed(7))],
    ],
    oneHot: [
      [int(1, 4), 5],
      [0, 1],
    ],
    crossEntropy: [
      { p: [0, 0, 1], q: distribution([false, false, false]) },
      { p: [0.25, 0.75], q: distribution([false, false]) },
      { p: [0, 1, 0], q: [0.6, 0, 0.4] },
      { p: [0, 0.5, 0.5], q: distribution([true, false, false]) },
    ],
    sceLogits: [
      [u(-2, 2), u(-2, 2), u(-2, 2)],
      [0, u(1, 4)],
      [1000 + int(0, 100), 998 + int(0, 100), -int(1, 9)],
    ],
  };
}

/** The text of spec/held-out/support/generated/cases.ts for these inputs. */
export function heldOutCasesText(inputs: Inputs = FIXED): string {
  Decimal.set({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN }); // another generator may have set its own
  const I = inputs;
  const net = I.net.map(mat);
  const input = vec(I.netInput);
  const target = vec(I.netTarget);
  const pass = forward(net, input);
  const grads = backprop(net, input, target);
  const rate = D(I.netRate);
  const stepped = step(net, grads, rate);
  // three epochs of train: losses[0] before any step, then after each
  const losses = trainLosses(net, input, target, rate, 3);
  const trained = trainedNet(net, input, target, rate, 3);
  const output = pass.a[2]!;
  const deep = I.deep.map(mat);
  const saturated = I.saturated.weights.map(mat);
  const threeOut = I.threeOut;

  // gradient descent on f(x) = (x − centre)², f′(x) = 2(x − centre), 4 steps
  const gd: Decimal[] = [D(I.gd.x0)];
  for (let k = 0; k < 4; k++) gd.push(gd[k]!.minus(D(I.gd.learningRate).times(D(2).times(gd[k]!.minus(I.gd.centre)))));

  const logits = I.logits.map(vec);
  const W = mat(I.dense.weights);
  const x = vec(I.dense.input);
  const zs = I.zs;
  const scoreSets = I.scoreSets;
  const ce = I.crossEntropy;
  const sceLogits = I.sceLogits;

  const data = {
    argmax: scoreSets.map((s) => ({ scores: s, index: argmax(vec(s)) })),
    softmax: logits.map((l) => ({ logits: doubles(l), probabilities: doubles(softmax(l)) })),
    oneHot: I.oneHot.map(([classIndex, numClasses]) => ({
      classIndex,
      numClasses,
      vector: Array.from({ length: numClasses }, (_, i) => (i === classIndex ? 1 : 0)),
    })),
    crossEntropy: ce.map((c) => ({ ...c, loss: toDouble(crossEntropy(vec(c.p), vec(c.q))) })),
    dense: { weights: NET_DENSE(W), input: doubles(x), output: doubles(dense(W, x)), predicted: argmax(softmax(dense(W, x))) },
    sigmoid: zs.map((z) => ({ z, value: toDouble(sigmoid(D(z))), slope: toDouble(sigmoidPrime(D(z))) })),
    gradientDescent: {
      x0: I.gd.x0,
      learningRate: I.gd.learningRate,
      steps: 4,
      centre: I.gd.centre,
      path: doubles(gd),
      step: { ...I.gd.step, next: toDouble(D(I.gd.step.x).minus(D(I.gd.step.learningRate).times(I.gd.step.slope))) },
    },
    numerical: {
      // ((x + h)⁴ − (x − h)⁴) / 2h = 4x³ + 4xh², with h = 1e-5 and h = 0.1
      quartic: [1e-5, 0.1].map((h) => ({
        x: I.quarticX,
        h,
        slope: toDouble(
          D(4)
            .times(D(I.quarticX).pow(3))
            .plus(D(4).times(I.quarticX).times(D(h).pow(2))),
        ),
      })),
      // ∇(a² b − 3c) = (2ab, a², −3), plus the central difference's h² error in a: ∂³/∂a³ = 0 for a²b, so exact
      gradient: {
        xs: I.gradientXs,
        value: [toDouble(D(2).times(I.gradientXs[0]!).times(I.gradientXs[1]!)), toDouble(D(I.gradientXs[0]!).pow(2)), -3],
      },
      relativeError: I.relativeError.map(([a, b]) => ({
        a: a!,
        b: b!,
        value:
          a === 0 && b === 0
            ? 0
            : toDouble(
                D(a!)
                  .minus(b!)
                  .abs()
                  .div(Decimal.max(D(a!).abs(), D(b!).abs())),
              ),
      })),
    },
    network: {
      weights: I.net,
      input: I.netInput,
      target: I.netTarget,
      learningRate: I.netRate,
      pass: { z: pass.z.map(doubles), a: pass.a.map(doubles) },
      loss: toDouble(loss(target, output)),
      msePrime: doubles(output.map((o, i) => o.minus(target[i]!))),
      outputDelta: doubles(output.map((o, j) => o.minus(target[j]!).times(sigmoidPrime(pass.z[2]![j]!)))),
      gradients: grads.map((g) => g.map(doubles)),
      stepped: stepped.map((w) => w.map(doubles)),
      losses: doubles(losses),
      trained: trained.map((w) => w.map(doubles)),
    },
    deep: {
      weights: I.deep,
      input: I.deepInput,
      target: I.deepTarget,
      gradients: backprop(deep, vec(I.deepInput), vec(I.deepTarget)).map((g) => g.map(doubles)),
      // two epochs of train at the 3-2-2 net's rate: three outputs, where the mean of (t − o)² is not E_total
      losses: doubles(trainLosses(deep, vec(I.deepInput), vec(I.deepTarget), D(I.netRate), 2)),
    },
    saturated: {
      ...I.saturated,
      gradients: backprop(saturated, vec(I.saturated.input), vec(I.saturated.target)).map((g) => g.map(doubles)),
    },
    mse3: { ...threeOut, loss: toDouble(loss(vec(threeOut.target), vec(threeOut.output))) },
    softmaxCrossEntropy: sceLogits.flatMap((l) =>
      l.map((_, k) => ({ logits: l, classIndex: k, gradient: doubles(softmax(vec(l)).map((p, j) => p.minus(j === k ? 1 : 0))) })),
    ),
  };

  return `// GENERATED by scripts/generate-held-out-cases.ts (npm run generate:held-out); do not edit by hand.
// The held-out checks' expected values for exercises 01–14 and 23, computed with decimal.js (50 digits)
// from the definitions, independently of solutions/, then rounded to doubles. Never given to students.
// These are examples: npm run export draws a course's own inputs (--held-out-seed).

export const heldOut = ${literal(data, '')};
`;
}

/** A value as TypeScript: arrays of numbers on one line, objects one key a line. */
function literal(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.every((x) => typeof x === 'number')) return `[${value.join(', ')}]`;
    return `[\n${value.map((x) => `${indent}  ${literal(x, `${indent}  `)},`).join('\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object')
    return `{\n${Object.entries(value)
      .map(([k, v]) => `${indent}  ${k}: ${literal(v, `${indent}  `)},`)
      .join('\n')}\n${indent}}`;
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** The dense weights as plain numbers, for the literal. */
function NET_DENSE(w: Matrix): number[][] {
  return w.map(doubles);
}

/** npm run generate:held-out: write the examples (or, with --check, compare them). */
export function writeHeldOutCases(): void {
  writeGenerated(join(root, 'spec', 'held-out', 'support', 'generated', 'cases.ts'), heldOutCasesText(), 'npm run generate:held-out');
}
