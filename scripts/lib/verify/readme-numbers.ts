// Every number an exercise README prints (four or more decimals) that is not the article's own, worked
// out again here: decimal.js for exact arithmetic, plain doubles where the README shows what a double
// gives (a difference quotient), and the optimizer positions from spec/support/generated/optimizer-cases.ts
// (decimal.js, an implementation independent of the solutions). check-readme-numbers.ts compares each
// with the README at its printed precision. A README number with no entry here, and not in the
// article, fails verify: write down how it is computed before printing it.
// Over 300 lines: one derivation per README number, a table that grows with the READMEs.
import { Decimal } from 'decimal.js';
import type { OptimizerCase } from '../../../spec/support/generated/optimizer-cases.ts';

/** The optimizer cases by optimizer and case name (spec/support/generated/optimizer-cases.ts, loaded by the check). */
export type Cases = Record<string, Record<string, OptimizerCase>>;

Decimal.set({ precision: 60 });
const D = (x: number | string) => new Decimal(x);
const exp = (x: number | string | Decimal) => Decimal.exp(x);
const sigma = (z: Decimal) => D(1).div(D(1).plus(exp(z.neg())));

/** One claim: in exercise `id`'s README (both languages), `printed` is `value` rounded to its decimals. */
export interface Claim {
  id: string;
  printed: string;
  value: () => Decimal | number;
  what: string;
}

// ── The article's 2-2-2 network, from its inputs, weights and targets (no biases) ─────────────────
const x = [D('0.1'), D('0.2')];
const W1 = [
  [D('0.3'), D('0.25')],
  [D('0.4'), D('0.35')],
];
const W2 = [
  [D('0.45'), D('0.4')],
  [D('0.7'), D('0.6')],
];
const target = [D('0.4'), D('0.6')];
const dot = (w: Decimal[], v: Decimal[]) => w.reduce((s, wi, i) => s.plus(wi.times(v[i]!)), D(0));
const h = W1.map((row) => sigma(dot(row, x)));
const z2 = W2.map((row) => dot(row, h));
const o = z2.map(sigma);
const dEdo = o.map((oi, k) => oi.minus(target[k]!));
const sigmaPrimeOut = o.map((oi) => oi.times(D(1).minus(oi)));
const delta = dEdo.map((d, k) => d.times(sigmaPrimeOut[k]!));
const deltaHidden = h.map((hj, j) =>
  delta
    .reduce((s, dk, k) => s.plus(dk.times(W2[k]![j]!)), D(0))
    .times(hj)
    .times(D(1).minus(hj)),
);

/** w1⁺ when the hidden layer's gradients come from backprop run again, forward pass and all, on the net with w5⁺ … w8⁺. */
function w1FromUpdatedNetwork(): Decimal {
  const W2next = W2.map((row, k) => row.map((w, j) => w.minus(D('0.5').times(delta[k]!).times(h[j]!))));
  const oNext = W2next.map((row) => sigma(dot(row, h)));
  const deltaNext = oNext.map((ok, k) => ok.minus(target[k]!).times(ok).times(D(1).minus(ok)));
  const hidden0 = deltaNext
    .reduce((s, dk, k) => s.plus(dk.times(W2next[k]![0]!)), D(0))
    .times(h[0]!)
    .times(D(1).minus(h[0]!));
  return D('0.3').minus(D('0.5').times(hidden0).times(x[0]!));
}

/** The article's network trained `epochs` times with α = 0.5, in doubles (as train does): E_total and o after each. */
function trainArticle(epochs: number): { loss: number; o: number[] } {
  const w1 = [
    [0.3, 0.25],
    [0.4, 0.35],
  ];
  const w2 = [
    [0.45, 0.4],
    [0.7, 0.6],
  ];
  const xs = [0.1, 0.2];
  const t = [0.4, 0.6];
  const s = (z: number) => 1 / (1 + Math.exp(-z));
  const forward = () => {
    const hid = w1.map((r) => s(r[0]! * xs[0]! + r[1]! * xs[1]!));
    const out = w2.map((r) => s(r[0]! * hid[0]! + r[1]! * hid[1]!));
    return { hid, out };
  };
  for (let e = 0; e < epochs; e++) {
    const { hid, out } = forward();
    const d2 = out.map((ok, k) => (ok - t[k]!) * ok * (1 - ok));
    const d1 = hid.map((hj, j) => (d2[0]! * w2[0]![j]! + d2[1]! * w2[1]![j]!) * hj * (1 - hj));
    for (let k = 0; k < 2; k++) for (let j = 0; j < 2; j++) w2[k]![j] = w2[k]![j]! - 0.5 * d2[k]! * hid[j]!;
    for (let j = 0; j < 2; j++) for (let i = 0; i < 2; i++) w1[j]![i] = w1[j]![i]! - 0.5 * d1[j]! * xs[i]!;
  }
  const { out } = forward();
  return { loss: out.reduce((sum, ok, k) => sum + 0.5 * (t[k]! - ok) ** 2, 0), o: out };
}

// ── Difference quotients of eˣ at 1, as doubles give them (08's table) ────────────────────────────
const central = (hh: number) => (Math.exp(1 + hh) - Math.exp(1 - hh)) / (2 * hh);
const oneSided = (hh: number) => (Math.exp(1 + hh) - Math.exp(1)) / hh;

/** ∂E/∂w1 of the article by a central difference in doubles, h = 1e-5 (08's README). */
function numericalW1(): number {
  const loss = (w: number) => {
    const s = (z: number) => 1 / (1 + Math.exp(-z));
    const h1 = s(w * 0.1 + 0.25 * 0.2);
    const h2 = s(0.4 * 0.1 + 0.35 * 0.2);
    const o1 = s(0.45 * h1 + 0.4 * h2);
    const o2 = s(0.7 * h1 + 0.6 * h2);
    return 0.5 * (0.4 - o1) ** 2 + 0.5 * (0.6 - o2) ** 2;
  };
  return (loss(0.3 + 1e-5) - loss(0.3 - 1e-5)) / 2e-5;
}

// ── The first step of an optimizer for a single tiny gradient g = 1e-6 (defaults), exactly ─────────
const g = D('1e-6');
const adamFirst = (eps: string, inside = false) => {
  // m̂ = g, v̂ = g² after bias correction; lr 0.001
  const denominator = inside ? g.times(g).plus(eps).sqrt() : g.abs().plus(eps);
  return D('0.001').times(g).div(denominator);
};
const adamHatForm = (epsHat: string) => {
  const m = D('0.1').times(g);
  const v = D('0.001').times(g).times(g);
  return D('0.001').times(D('0.001').sqrt()).div(D('0.1')).times(m).div(v.sqrt().plus(epsHat));
};
const adagradFirst = (eps: string, inside = false) =>
  D('0.01')
    .times(g)
    .div(inside ? g.times(g).plus(eps).sqrt() : g.abs().plus(eps));
const rmspropFirst = (eps: string, inside = false) => {
  const v = D('0.01').times(g).times(g);
  return D('0.01')
    .times(g)
    .div(inside ? v.plus(eps).sqrt() : v.sqrt().plus(eps));
};

// ── NAdam's schedule μₜ = β1 (1 − ½ · 0.96^(tψ)) ─────────────────────────────────────────────────
const mu = (t: number, psi = '0.004') => D('0.9').times(D(1).minus(D('0.5').times(D('0.96').pow(D(t).times(psi)))));
const muKeras = (t: number) => D('0.9').times(D(1).minus(D('0.5').times(D('0.96').pow(t))));
const nadamFactor = (m1: Decimal, m2: Decimal) =>
  m2
    .times('0.1')
    .div(D(1).minus(m1.times(m2)))
    .plus(D(1).minus(m1).div(D(1).minus(m1)));

const at = (path: readonly (readonly number[])[], step: number, coordinate: number) => () => Math.abs(path[step - 1]![coordinate]!);

export function claimsWith(cases: Cases): Claim[] {
  return [
    // 02 softmax
    { id: '02-softmax', printed: '0.7974', value: () => exp('1.37').div(exp('1.37').plus(1)), what: 'softmax(1.37, 0)₀' },
    { id: '02-softmax', printed: '0.2026', value: () => D(1).div(exp('1.37').plus(1)), what: 'softmax(1.37, 0)₁' },
    { id: '02-softmax', printed: '0.5025', value: () => exp('1.37').div(exp('1.37').plus(exp('1.36'))), what: 'softmax(1.37, 1.36)₀' },
    { id: '02-softmax', printed: '0.4975', value: () => exp('1.36').div(exp('1.37').plus(exp('1.36'))), what: 'softmax(1.37, 1.36)₁' },
    ...[1, 2, 3].map((k, i) => ({
      id: '02-softmax',
      printed: ['0.0900', '0.2447', '0.6652'][i]!,
      value: () => exp(k).div(exp(1).plus(exp(2)).plus(exp(3))),
      what: `softmax(1, 2, 3)_${i}`,
    })),
    { id: '02-softmax', printed: '3.9354', value: () => exp('1.37'), what: 'e^1.37' },
    { id: '02-softmax', printed: '4.9354', value: () => exp('1.37').plus(1), what: 'e^1.37 + 1' },
    // 04 cross-entropy
    { id: '04-cross-entropy', printed: '0.35667494', value: () => Decimal.ln('0.7').neg(), what: '−ln 0.7' },
    { id: '04-cross-entropy', printed: '0.91629073', value: () => Decimal.ln('0.4').neg(), what: '−ln 0.4' },
    // 06 sigmoid
    { id: '06-sigmoid', printed: '0.92311635', value: () => exp('-0.08'), what: 'e^−0.08' },
    // 07 gradient descent: x ← x − 0.1 · 2(x − 3) from 0
    { id: '07-gradient-descent', printed: '1.7712', value: () => D(3).minus(D(3).times(D('0.8').pow(4))), what: 'x₄ = 3 − 3 · 0.8⁴' },
    { id: '07-gradient-descent', printed: '2.01696', value: () => D(3).minus(D(3).times(D('0.8').pow(5))), what: 'x₅ = 3 − 3 · 0.8⁵' },
    // 08 numerical gradient
    {
      id: '08-numerical-gradient',
      printed: '0.000808875383626',
      value: () => deltaHidden[0]!.times(x[0]!),
      what: '∂E/∂w1 by the chain rule',
    },
    {
      id: '08-numerical-gradient',
      printed: '0.000808875383167',
      value: numericalW1,
      what: '∂E/∂w1 by a central difference in doubles, h = 1e-5',
    },
    { id: '08-numerical-gradient', printed: '2.718281828459', value: () => exp(1), what: 'e' },
    { id: '08-numerical-gradient', printed: '2.722814564', value: () => central(0.1), what: 'central difference of eˣ at 1, h = 0.1' },
    { id: '08-numerical-gradient', printed: '2.858841955', value: () => oneSided(0.1), what: 'forward difference, h = 0.1' },
    { id: '08-numerical-gradient', printed: '2.718282282', value: () => central(1e-3), what: 'central, h = 1e-3' },
    { id: '08-numerical-gradient', printed: '2.719641423', value: () => oneSided(1e-3), what: 'forward, h = 1e-3' },
    { id: '08-numerical-gradient', printed: '2.718281828518', value: () => central(1e-5), what: 'central, h = 1e-5 (doubles)' },
    { id: '08-numerical-gradient', printed: '2.718295420', value: () => oneSided(1e-5), what: 'forward, h = 1e-5 (doubles)' },
    // 10 mse
    { id: '10-mse', printed: '0.04386763', value: () => target[0]!.minus(o[0]!).pow(2), what: '(t1 − o1)²' },
    { id: '10-mse', printed: '0.00407617', value: () => target[1]!.minus(o[1]!).pow(2), what: '(t2 − o2)²' },
    { id: '10-mse', printed: '0.06384491', value: () => dEdo[1]!, what: '∂E/∂o2 = o2 − t2' },
    // 11 output layer
    { id: '11-output-layer', printed: '0.04985267', value: () => delta[0]!, what: 'δ1' },
    { id: '11-output-layer', printed: '0.01424730', value: () => delta[1]!, what: 'δ2' },
    { id: '11-output-layer', printed: '0.22315485', value: () => sigmaPrimeOut[1]!, what: 'σ′(z4)' },
    { id: '11-output-layer', printed: '0.06384491', value: () => dEdo[1]!, what: 'o2 − t2' },
    { id: '11-output-layer', printed: '0.02629590', value: () => delta[0]!.times(h[1]!), what: '∂E/∂w6 = δ1 h2' },
    { id: '11-output-layer', printed: '0.00740844', value: () => delta[1]!.times(h[0]!), what: '∂E/∂w7 = δ2 h1' },
    { id: '11-output-layer', printed: '0.00751506', value: () => delta[1]!.times(h[1]!), what: '∂E/∂w8 = δ2 h2' },
    {
      id: '11-output-layer',
      printed: '0.10891',
      value: () => D('0.20944600').times('0.51998934'),
      what: 'the slip without σ′: 0.20944600 × 0.51998934',
    },
    // 12 backprop
    { id: '12-backprop', printed: '0.00161775', value: () => deltaHidden[0]!.times(x[1]!), what: '∂E/∂w2' },
    { id: '12-backprop', printed: '0.00071009', value: () => deltaHidden[1]!.times(x[0]!), what: '∂E/∂w3' },
    { id: '12-backprop', printed: '0.00142017', value: () => deltaHidden[1]!.times(x[1]!), what: '∂E/∂w4' },
    // 13 backprop step: the article's erratum, worked from its printed w1⁺ and w2⁺
    { id: '13-backprop-step', printed: '0.02995956', value: () => D('0.29959556').times('0.1'), what: 'w1⁺ · x1' },
    { id: '13-backprop-step', printed: '0.04983822', value: () => D('0.24919112').times('0.2'), what: 'w2⁺ · x2' },
    { id: '13-backprop-step', printed: '0.6895', value: () => sigma(D('0.7979778')), what: 'σ(0.7979778), the misprint' },
    {
      id: '13-backprop-step',
      printed: '0.29960926',
      value: () => w1FromUpdatedNetwork(),
      what: 'w1⁺ when backprop runs again on the net with w5⁺ … w8⁺ in it',
    },
    // 14 train: E_total after k epochs (α = 0.5) and the outputs after 1000
    ...(
      [
        [2, '0.02251965'],
        [10, '0.01743673'],
        [50, '0.00454721'],
        [100, '0.00084897'],
        [200, '0.00003301'],
      ] as const
    ).map(([epochs, printed]) => ({
      id: '14-train',
      printed,
      value: () => trainArticle(epochs).loss,
      what: `E_total after ${epochs} epochs`,
    })),
    { id: '14-train', printed: '0.40000002', value: () => trainArticle(1000).o[0]!, what: 'o1 after 1000 epochs' },
    { id: '14-train', printed: '0.60000001', value: () => trainArticle(1000).o[1]!, what: 'o2 after 1000 epochs' },
    // 15 SGD, the figure (lr 0.95)
    { id: '15-sgd', printed: '5.733175', value: at(cases.sgd!.figure!.path, 2, 0), what: 'step 2, x' },
    { id: '15-sgd', printed: '0.35039', value: at(cases.sgd!.figure!.path, 30, 0), what: 'step 30, x' },
    { id: '15-sgd', printed: '0.08478', value: at(cases.sgd!.figure!.path, 30, 1), what: 'step 30, y' },
    // 16 Momentum, the figure (lr 0.1, momentum 0.9)
    { id: '16-momentum', printed: '6.7977', value: at(cases.momentum!.figure!.path, 2, 0), what: 'step 2, x' },
    { id: '16-momentum', printed: '0.1323', value: () => D('0.1').times('1.323'), what: 'the second x step, 0.1 · 1.323' },
    { id: '16-momentum', printed: '0.89641', value: at(cases.momentum!.figure!.path, 30, 0), what: 'step 30, x' },
    { id: '16-momentum', printed: '0.08809', value: at(cases.momentum!.figure!.path, 30, 1), what: 'step 30, y' },
    // 17 Nesterov, the figure
    { id: '17-nesterov', printed: '0.6867', value: () => D('-6.867').div(10).abs(), what: 'g2 = x/10 at x = −6.867' },
    { id: '17-nesterov', printed: '1.3167', value: () => D('0.9').times('0.7').plus('0.6867'), what: 'b2 = 0.9 · 0.7 + 0.6867' },
    { id: '17-nesterov', printed: '6.679827', value: at(cases.nesterov!.figure!.path, 2, 0), what: 'step 2, x' },
    { id: '17-nesterov', printed: '0.4448', value: at(cases.nesterov!.figure!.path, 2, 1), what: 'step 2, y' },
    { id: '17-nesterov', printed: '0.68961', value: at(cases.nesterov!.figure!.path, 30, 0), what: 'step 30, x' },
    { id: '17-nesterov', printed: '0.00068', value: at(cases.nesterov!.figure!.path, 30, 1), what: 'step 30, y' },
    { id: '17-nesterov', printed: '0.89641', value: at(cases.momentum!.figure!.path, 30, 0), what: "Momentum's step 30, x" },
    { id: '17-nesterov', printed: '0.08809', value: at(cases.momentum!.figure!.path, 30, 1), what: "Momentum's step 30, y" },
    {
      id: '17-nesterov',
      printed: '6.8103',
      value: () =>
        D(-7)
          .plus(D('0.1').times(D(1).plus('0.9').plus('0.81')).times('0.7'))
          .abs(),
      what: 'the μ² variant: −7 + 0.1 (1 + μ + μ²) · 0.7',
    },
    // 18 Adagrad, the figure (lr 1.5) and a tiny gradient
    { id: '18-adagrad', printed: '5.5000000002', value: at(cases.adagrad!.figure!.path, 1, 0), what: 'step 1, x' },
    { id: '18-adagrad', printed: '0.5000000000375', value: at(cases.adagrad!.figure!.path, 1, 1), what: 'step 1, y' },
    { id: '18-adagrad', printed: '0.7925', value: () => D('0.49').plus(D('0.55').pow(2)), what: 's2, x: 0.7² + 0.55²' },
    { id: '18-adagrad', printed: '0.89022', value: () => D('0.7925').sqrt(), what: '√0.7925' },
    { id: '18-adagrad', printed: '4.12311', value: () => D(17).sqrt(), what: '√17' },
    { id: '18-adagrad', printed: '4.57327', value: at(cases.adagrad!.figure!.path, 2, 0), what: 'step 2, x' },
    { id: '18-adagrad', printed: '0.13620', value: at(cases.adagrad!.figure!.path, 2, 1), what: 'step 2, y' },
    { id: '18-adagrad', printed: '0.12016', value: at(cases.adagrad!.figure!.path, 30, 0), what: 'step 30, x' },
    { id: '18-adagrad', printed: '0.00000', value: at(cases.adagrad!.figure!.path, 30, 1), what: 'step 30, y' },
    { id: '18-adagrad', printed: '0.0099990', value: () => adagradFirst('1e-10'), what: 'first step, g = 1e-6, ε = 1e-10' },
    { id: '18-adagrad', printed: '0.0090909', value: () => adagradFirst('1e-7'), what: 'ε = 1e-7 outside the root' },
    { id: '18-adagrad', printed: '0.00099504', value: () => adagradFirst('1e-10', true), what: 'ε inside the root' },
    // 19 RMSprop, the defaults (lr 0.01, α 0.99) and a tiny gradient
    { id: '19-rmsprop', printed: '0.0049', value: () => D('0.01').times('0.49'), what: 'v1, x' },
    { id: '19-rmsprop', printed: '6.9000000143', value: at(cases.rmsprop!.defaults!.path, 1, 0), what: 'step 1, x' },
    { id: '19-rmsprop', printed: '1.9000000025', value: at(cases.rmsprop!.defaults!.path, 1, 1), what: 'step 1, y' },
    {
      id: '19-rmsprop',
      printed: '0.009612',
      value: () =>
        D('0.99')
          .times('0.0049')
          .plus(D('0.01').times(D('0.69').pow(2))),
      what: 'v2, x',
    },
    {
      id: '19-rmsprop',
      printed: '0.3028',
      value: () =>
        D('0.99')
          .times('0.16')
          .plus(D('0.01').times(D('3.8').pow(2))),
      what: 'v2, y',
    },
    { id: '19-rmsprop', printed: '6.82962', value: at(cases.rmsprop!.defaults!.path, 2, 0), what: 'step 2, x' },
    { id: '19-rmsprop', printed: '1.83094', value: at(cases.rmsprop!.defaults!.path, 2, 1), what: 'step 2, y' },
    { id: '19-rmsprop', printed: '6.04250', value: at(cases.rmsprop!.defaults!.path, 30, 0), what: 'step 30, x' },
    { id: '19-rmsprop', printed: '1.11982', value: at(cases.rmsprop!.defaults!.path, 30, 1), what: 'step 30, y' },
    { id: '19-rmsprop', printed: '0.0909', value: () => rmspropFirst('1e-8'), what: 'first step, g = 1e-6, ε = 1e-8' },
    { id: '19-rmsprop', printed: '0.0001', value: () => rmspropFirst('1e-8', true), what: 'ε inside the root' },
    // 20 Adadelta, the defaults (lr 1, ρ 0.9, ε 1e-6)
    { id: '20-adadelta', printed: '0.049001', value: () => D('0.1').times('0.49').plus('1e-6'), what: 'v1 + ε, x' },
    { id: '20-adadelta', printed: '1.600001', value: () => D('0.1').times(16).plus('1e-6'), what: 'v1 + ε, y' },
    { id: '20-adadelta', printed: '0.0031622', value: () => D('1e-6').sqrt().div(D('0.049001').sqrt()).times('0.7'), what: 'Δ1, x' },
    { id: '20-adadelta', printed: '0.0031623', value: () => D('1e-6').sqrt().div(D('1.600001').sqrt()).times(4), what: 'Δ1, y' },
    { id: '20-adadelta', printed: '6.99684', value: at(cases.adadelta!.defaults!.path, 1, 0), what: 'step 1, x' },
    { id: '20-adadelta', printed: '1.99684', value: at(cases.adadelta!.defaults!.path, 1, 1), what: 'step 1, y' },
    { id: '20-adadelta', printed: '0.0032', value: () => D('1e-6').div('0.1').sqrt(), what: '√(ε / (1 − ρ))' },
    { id: '20-adadelta', printed: '6.99359', value: at(cases.adadelta!.defaults!.path, 2, 0), what: 'step 2, x' },
    { id: '20-adadelta', printed: '1.99360', value: at(cases.adadelta!.defaults!.path, 2, 1), what: 'step 2, y' },
    { id: '20-adadelta', printed: '6.89307', value: at(cases.adadelta!.defaults!.path, 30, 0), what: 'step 30, x' },
    { id: '20-adadelta', printed: '1.89459', value: at(cases.adadelta!.defaults!.path, 30, 1), what: 'step 30, y' },
    ...(['0.00316', '0.00324', '0.00330'] as const).map((printed, i) => ({
      id: '20-adadelta',
      printed,
      value: () =>
        D(cases.adadelta!.memory!.path[i]![0]!)
          .minus(i === 0 ? 0 : cases.adadelta!.memory!.path[i - 1]![0]!)
          .abs(),
      what: `step ${i + 1} of the same gradient three times`,
    })),
    // 21 Adam, the figure (lr 0.3) and a tiny gradient
    { id: '21-adam', printed: '6.7000000043', value: at(cases.adam!.figure!.path, 1, 0), what: 'step 1, x' },
    { id: '21-adam', printed: '1.7000000008', value: at(cases.adam!.figure!.path, 1, 1), what: 'step 1, y' },
    { id: '21-adam', printed: '0.68421', value: () => D('0.13').div('0.19'), what: 'm̂2, x' },
    { id: '21-adam', printed: '3.68421', value: () => D('0.7').div('0.19'), what: 'm̂2, y' },
    {
      id: '21-adam',
      printed: '0.00093841',
      value: () =>
        D('0.999')
          .times('0.001')
          .times('0.49')
          .plus(D('0.001').times(D('0.67').pow(2))),
      what: 'v2, x',
    },
    {
      id: '21-adam',
      printed: '0.027544',
      value: () =>
        D('0.999')
          .times('0.001')
          .times(16)
          .plus(D('0.001').times(D('3.4').pow(2))),
      what: 'v2, y',
    },
    { id: '21-adam', printed: '0.001999', value: () => D(1).minus(D('0.999').pow(2)), what: '1 − β2²' },
    { id: '21-adam', printed: '0.46944', value: () => D('0.00093841').div('0.001999'), what: 'v̂2, x (from the printed v2)' },
    { id: '21-adam', printed: '13.77889', value: () => D('0.027544').div('0.001999'), what: 'v̂2, y' },
    { id: '21-adam', printed: '6.40041', value: at(cases.adam!.figure!.path, 2, 0), what: 'step 2, x' },
    { id: '21-adam', printed: '1.40225', value: at(cases.adam!.figure!.path, 2, 1), what: 'step 2, y' },
    { id: '21-adam', printed: '0.13601', value: at(cases.adam!.figure!.path, 30, 0), what: 'step 30, x' },
    { id: '21-adam', printed: '0.31825', value: at(cases.adam!.figure!.path, 30, 1), what: 'step 30, y' },
    { id: '21-adam', printed: '0.00099010', value: () => adamFirst('1e-8'), what: 'first step, g = 1e-6' },
    { id: '21-adam', printed: '0.00024025', value: () => adamHatForm('1e-7'), what: 'the ε̂ form with ε̂ = 1e-7' },
    { id: '21-adam', printed: '0.00090909', value: () => adamFirst('1e-7'), what: "ε = 1e-7 in PyTorch's place" },
    { id: '21-adam', printed: '0.0000099995', value: () => adamFirst('1e-8', true), what: 'ε inside the root' },
    // 22 NAdam, the defaults (lr 0.002, ψ 0.004) and the figure's lr 0.3
    { id: '22-nadam', printed: '0.45007347', value: () => mu(1), what: 'μ1' },
    { id: '22-nadam', printed: '0.45014694', value: () => mu(2), what: 'μ2' },
    { id: '22-nadam', printed: '0.20259919', value: () => mu(1).times(mu(2)), what: 'μ1 μ2' },
    { id: '22-nadam', printed: '1.05645178', value: () => nadamFactor(mu(1), mu(2)), what: 'm̂1 / g1' },
    { id: '22-nadam', printed: '1.05645', value: () => nadamFactor(mu(1), mu(2)), what: 'm̂1 / g1, short' },
    { id: '22-nadam', printed: '6.99789', value: at(cases.nadam!.defaults!.path, 1, 0), what: 'step 1, x' },
    { id: '22-nadam', printed: '1.99789', value: at(cases.nadam!.defaults!.path, 1, 1), what: 'step 1, y' },
    { id: '22-nadam', printed: '6.94640', value: at(cases.nadam!.defaults!.path, 30, 0), what: 'step 30, x' },
    { id: '22-nadam', printed: '1.94659', value: at(cases.nadam!.defaults!.path, 30, 1), what: 'step 30, y' },
    { id: '22-nadam', printed: '1.07320', value: at(cases.nadam!.figure!.path, 30, 0), what: 'lr 0.3, step 30, x' },
    { id: '22-nadam', printed: '0.02739', value: at(cases.nadam!.figure!.path, 30, 1), what: 'lr 0.3, step 30, y' },
    { id: '22-nadam', printed: '0.13601', value: at(cases.adam!.figure!.path, 30, 0), what: "Adam's step 30, x" },
    { id: '22-nadam', printed: '0.31825', value: at(cases.adam!.figure!.path, 30, 1), what: "Adam's step 30, y" },
    { id: '22-nadam', printed: '0.48528', value: () => muKeras(2), what: "Keras's μ2 = 0.9 (1 − ½ · 0.96²)" },
    { id: '22-nadam', printed: '1.06279', value: () => nadamFactor(muKeras(1), muKeras(2)), what: "Keras's first-step factor" },
    // 24 iris
    { id: '24-iris', printed: '1.0986', value: () => Decimal.ln(3), what: 'ln 3' },
  ];
}
