// npm run generate:held-out — writes spec/held-out/support/cases.ts, the expected values of the held-out
// checks of exercises 01–14 and 23 (the optimizers' are written by generate:optimizers, iris's by
// generate:iris): the same contracts as the public specs, on inputs the public specs never show, so
// that an answer written for the public inputs earns nothing. Held-out checks are a teacher's: an export
// never gives them to students (scripts/export.ts), the regrade and the platform bundles run them.
//
// Every value is worked out here in decimal.js with 50 significant digits, by formulas written from the
// definitions (DESIGN.md), sharing no code with solutions/ or with the specs, then rounded to doubles.
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { writeGenerated } from './lib/generated';

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
const step = (net: Net, grads: Matrix[], rate: Decimal): Net => net.map((w, l) => w.map((row, j) => row.map((x, i) => x.minus(rate.times(grads[l]![j]![i]!)))));

/** A 3-2-2 network no public spec uses, weights drawn once and fixed. */
const NET = [
  [[0.15, -0.42, 0.33], [0.51, 0.07, -0.28]],
  [[-0.36, 0.62], [0.44, -0.19]],
];
const NET_INPUT = [0.9, -0.3, 0.45];
const NET_TARGET = [0.05, 0.85];
const NET_RATE = 0.7;
/** A deeper one, 2-3-2-2: two hidden layers. */
const DEEP = [
  [[0.2, -0.35], [-0.6, 0.4], [0.15, 0.55]],
  [[0.3, -0.25, 0.45], [-0.5, 0.35, 0.1]],
  [[0.65, -0.3], [-0.2, 0.75]],
];
const DEEP_INPUT = [-0.7, 0.35];
const DEEP_TARGET = [0.9, 0.2];

function main(): void {
  const net = NET.map(mat);
  const input = vec(NET_INPUT);
  const target = vec(NET_TARGET);
  const pass = forward(net, input);
  const grads = backprop(net, input, target);
  const rate = D(NET_RATE);
  const stepped = step(net, grads, rate);
  // three epochs of train: losses[0] before any step, then after each
  const losses: Decimal[] = [];
  let trained = net;
  for (let e = 0; e <= 3; e++) {
    losses.push(loss(target, forward(trained, input).a[trained.length]!));
    if (e < 3) trained = step(trained, backprop(trained, input, target), rate);
  }
  const output = pass.a[2]!;
  const deep = DEEP.map(mat);
  const threeOut = { target: [0, 1, 0.5], output: [0.2, 0.7, 0.1] };

  // gradient descent on f(x) = (x − 1.5)², f′(x) = 2(x − 1.5), from x0 = −2 with lr 0.3, 4 steps
  const gd: Decimal[] = [D(-2)];
  for (let k = 0; k < 4; k++) gd.push(gd[k]!.minus(D(0.3).times(D(2).times(gd[k]!.minus(1.5)))));

  const logits = [vec([2.5, -1, 0.25, 4]), vec([-1000, -999]), vec([50, 50, 49]), vec([-800, 0, 900])];
  const W = mat([[0.2, -1.5, 0.7], [1.1, 0.3, -0.4]]);
  const x = vec([2, -1, 0.5]);
  const zs = [-2.5, 0.3, 40, -40];
  const scoreSets = [[-0.5, 2.25, 2.25, 1], [7], [-2e-9, -1e-9], [3, 8, 8.0000001]];
  const ce = [
    { p: [0, 0, 1], q: [0.2, 0.5, 0.3] },
    { p: [0.25, 0.75], q: [0.5, 0.5] },
    { p: [0, 1, 0], q: [0.6, 0, 0.4] },
    { p: [0, 0.5, 0.5], q: [0, 0.25, 0.75] },
  ];
  const sceLogits = [[1.5, -0.5, 0.25], [0, 3], [1000, 998, -5]];

  const data = {
    argmax: scoreSets.map((s) => ({ scores: s, index: argmax(vec(s)) })),
    softmax: logits.map((l) => ({ logits: doubles(l), probabilities: doubles(softmax(l)) })),
    oneHot: [{ classIndex: 2, numClasses: 4, vector: [0, 0, 1, 0] }, { classIndex: 0, numClasses: 1, vector: [1] }],
    crossEntropy: ce.map((c) => ({ ...c, loss: toDouble(crossEntropy(vec(c.p), vec(c.q))) })),
    dense: { weights: NET_DENSE(W), input: doubles(x), output: doubles(dense(W, x)), predicted: argmax(softmax(dense(W, x))) },
    sigmoid: zs.map((z) => ({ z, value: toDouble(sigmoid(D(z))), slope: toDouble(sigmoidPrime(D(z))) })),
    gradientDescent: { x0: -2, learningRate: 0.3, steps: 4, centre: 1.5, path: doubles(gd), step: { x: 3, slope: -2, learningRate: 0.05, next: toDouble(D(3).minus(D(0.05).times(-2))) } },
    numerical: {
      // ((x + h)⁴ − (x − h)⁴) / 2h = 4x³ + 4xh², at x = 1.5, h = 1e-5 and h = 0.1
      quartic: [1e-5, 0.1].map((h) => ({ x: 1.5, h, slope: toDouble(D(4).times(D(1.5).pow(3)).plus(D(4).times(1.5).times(D(h).pow(2)))) })),
      // ∇(a² b − 3c) at (1.2, −0.5, 2) = (2ab, a², −3), plus the central difference's h² error in a: ∂³/∂a³ = 0 for a²b, so exact
      gradient: { xs: [1.2, -0.5, 2], value: [toDouble(D(2).times(1.2).times(-0.5)), toDouble(D(1.2).pow(2)), -3] },
      relativeError: [[3, 4], [-2, 2], [0, 0], [1e-8, 2e-8]].map(([a, b]) => ({ a: a!, b: b!, value: a === 0 && b === 0 ? 0 : toDouble(D(a!).minus(b!).abs().div(Decimal.max(D(a!).abs(), D(b!).abs()))) })),
    },
    network: {
      weights: NET,
      input: NET_INPUT,
      target: NET_TARGET,
      learningRate: NET_RATE,
      pass: { z: pass.z.map(doubles), a: pass.a.map(doubles) },
      loss: toDouble(loss(target, output)),
      msePrime: doubles(output.map((o, i) => o.minus(target[i]!))),
      outputDelta: doubles(output.map((o, j) => o.minus(target[j]!).times(sigmoidPrime(pass.z[2]![j]!)))),
      gradients: grads.map((g) => g.map(doubles)),
      stepped: stepped.map((w) => w.map(doubles)),
      losses: doubles(losses),
      trained: trained.map((w) => w.map(doubles)),
    },
    deep: { weights: DEEP, input: DEEP_INPUT, target: DEEP_TARGET, gradients: backprop(deep, vec(DEEP_INPUT), vec(DEEP_TARGET)).map((g) => g.map(doubles)) },
    mse3: { ...threeOut, loss: toDouble(loss(vec(threeOut.target), vec(threeOut.output))) },
    softmaxCrossEntropy: sceLogits.flatMap((l) => l.map((_, k) => ({ logits: l, classIndex: k, gradient: doubles(softmax(vec(l)).map((p, j) => p.minus(j === k ? 1 : 0))) }))),
  };

  const text = `// GENERATED by scripts/generate-held-out-cases.ts (npm run generate:held-out); do not edit by hand.
// The held-out checks' expected values for exercises 01–14 and 23, computed with decimal.js (50 digits)
// from the definitions, independently of solutions/, then rounded to doubles. Never given to students.

export const heldOut = ${literal(data, '')};
`;
  writeGenerated(join(__dirname, '..', 'spec', 'held-out', 'support', 'cases.ts'), text, 'npm run generate:held-out');
}

/** A value as TypeScript: arrays of numbers on one line, objects one key a line. */
function literal(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.every((x) => typeof x === 'number')) return `[${value.join(', ')}]`;
    return `[\n${value.map((x) => `${indent}  ${literal(x, `${indent}  `)},`).join('\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') return `{\n${Object.entries(value).map(([k, v]) => `${indent}  ${k}: ${literal(v, `${indent}  `)},`).join('\n')}\n${indent}}`;
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** The dense weights as plain numbers, for the literal. */
function NET_DENSE(w: Matrix): number[][] {
  return w.map(doubles);
}

main();
