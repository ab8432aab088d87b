// The expected values of the optimizer exercises 15–22 (spec/support/generated/optimizer-cases.ts, npm run generate:optimizers),
// chapter 4.
//
// This is an independent implementation of the eight algorithms exactly as the torch.optim
// documentation writes them (SGD with momentum and nesterov, Adagrad, RMSprop, Adadelta, Adam, NAdam;
// see ../shared/notes/optimizers.md), in decimal.js with 60 significant digits. It is written from the
// documented pseudo-code, shares no code with solutions/ (closures over Decimal vectors, not classes
// over doubles), and is never run by the specs: they read the literals it writes.
//
// For every case it records the position after each step, and for each known mistake that applies
// (the same algorithm with one line written wrong, the way a learner would) the positions after
// steps 1–3, where those differ clearly from the right ones and from every other mistake, so that a
// spec can name the mistake from the value.
//
// Cross-check: before writing anything the script recomputes the table of real torch.optim values in
// ../shared/notes/optimizers.md (torch 1.13, float64, 10 decimals: steps 1, 2 and 30 of eight
// optimizers on f(x, y) = x²/20 + y² from (−7, 2)) and stops unless every coordinate agrees within
// 1e-9. It does: the largest absolute difference is 5.0e-11, which is the table's own rounding (Adam,
// lr 0.3, step 1: y = 1.70000000075 exactly, printed as 1.7000000008); `--verbose` prints every pair.
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { root } from '../core/curriculum.ts';
import { writeGenerated } from './generated.ts';
import { seeded, uniform } from '../core/random.ts';

Decimal.set({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });

type Vec = Decimal[];
/** One optimizer instance: its state lives in the closure, like an object's fields. */
type Step = (params: Vec, grads: Vec) => Vec;
type Options = Record<string, number>;
type Settings = Record<string, Decimal>;

const D = (x: number | string) => new Decimal(x);
const zero = D(0);
const one = D(1);
const zeros = (n: number): Vec => Array.from({ length: n }, () => zero);

// ---------------------------------------------------------------------------------------------
// The known mistakes. Each is one wrong line of an otherwise correct optimizer.
// ---------------------------------------------------------------------------------------------
const MISTAKES = [
  // every optimizer
  'ascent', //             θ + update instead of θ − update
  'notKept', //            the state is rebuilt on every call: each call behaves like the first
  // SGD, Momentum, Nesterov
  'lrTwice', //            the gradient is scaled by lr before a rule that multiplies by lr again
  // Momentum
  'dampeningAtStep1', //   b₁ = (1 − τ)·g instead of b₁ = g
  'dampeningIgnored', //   b ← μ·b + g, the (1 − τ) forgotten
  // Nesterov
  'oldVelocity', //        θ ← θ − lr·(g + μ·b) with b from before this step's update
  'bookOrder', //          "from scratch" (Korean edition): v updated before θ ← θ + μ²·v − (1 + μ)·lr·g
  // Adagrad, RMSprop, Adam, NAdam
  'epsInsideRoot', //      √(s + ε) instead of √s + ε
  'eps1e7', //             the default ε of Keras and the "from scratch" books, 1e-7
  // Adadelta
  'epsOutsideRoots', //    (√u + ε) / (√v + ε) instead of √(u + ε) / √(v + ε)
  'staleAverage', //       Δ computed with v from before this step's update
  'lrIgnored', //          Δ applied without lr (the paper's Adadelta has none)
  'rhoSwapped', //         v ← (1 − ρ)·v + ρ·g² and u ← (1 − ρ)·u + ρ·Δ²
  'uBeforeDelta', //       u updated with this step's Δ first, and the step then taken with a Δ from that new u
  // Adagrad
  'initialAccumulatorIgnored', // s starts at 0 whatever initialAccumulatorValue says
  // RMSprop
  'rmspropBiasCorrected', // v divided by (1 − αᵗ) as Adam does
  'alphaSwapped', //       v ← (1 − α)·v + α·g²
  // the adaptive ones
  'gNotSquared', //        the second moment / accumulator collects g instead of g²
  // Adam, NAdam
  'noBiasCorrection', //   neither m nor v divided by (1 − βᵗ)
  'mOnlyCorrected', //     m̂ corrected, v̂ = v
  'vOnlyCorrected', //     v̂ corrected, m̂ = m
  'hatForm', //            Adam paper's / Keras's ε̂ form: lr·√(1 − β2ᵗ)/(1 − β1ᵗ) · m / (√v + ε)
  'tFromZero', //          the step counter is 0 during the first step
  'tPerParameter', //      the step counter goes up once per parameter instead of once per call
  'beta1ForV', //          v ← β1·v + (1 − β1)·g²
  'betasSwapped', //       β1 and β2 swapped everywhere: m with β2, v with β1 (and their corrections)
  // NAdam
  'psiIgnored', //         μₜ = β1·(1 − ½·0.96ᵗ) (Keras 3) instead of 0.96^(t·ψ)
  'muProductNotKept', //   the product ∏μᵢ restarts every step instead of running over all steps
  'muNowForNext', //       μₜ where μₜ₊₁ belongs: the first term of m̂ does not look ahead
  'productToT', //         the first term of m̂ divided by 1 − ∏ᵢ₌₁ᵗ μᵢ instead of 1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ
  'scheduleNoHalf', //     μₜ = β1·(1 − 0.96^(t·ψ)), the ½ left out
] as const;
type Mistake = (typeof MISTAKES)[number];

interface Algorithm {
  /** torch.optim's defaults, under this kata's option names. */
  defaults: Options;
  /** The mistakes that apply to this optimizer, in the order a spec should try them. */
  mistakes: readonly Mistake[];
  /** A fresh instance with the given settings; `mistake` makes one line of it wrong. */
  make(o: Settings, mistake?: Mistake): Step;
}

// ---------------------------------------------------------------------------------------------
// The algorithms, following torch.optim's documentation line by line (t counts calls from 1).
// ---------------------------------------------------------------------------------------------
const algorithms = {
  // θ ← θ − γ·g
  sgd: {
    defaults: {},
    mistakes: ['ascent', 'lrTwice'],
    make: (o) => (theta, g) => theta.map((x, i) => x.minus(o.lr!.times(g[i]!))),
  },

  // b₁ = g₁; bₜ = μ·bₜ₋₁ + (1 − τ)·gₜ; θ ← θ − γ·bₜ
  momentum: {
    defaults: { momentum: 0.9, dampening: 0 },
    mistakes: ['notKept', 'ascent', 'lrTwice', 'dampeningAtStep1', 'dampeningIgnored'],
    make: (o, mistake) => {
      let b: Vec | undefined;
      return (theta, g) => {
        if (b === undefined) {
          b = g.map((gi) => (mistake === 'dampeningAtStep1' ? one.minus(o.dampening!).times(gi) : gi));
        } else {
          const keep = mistake === 'dampeningIgnored' ? one : one.minus(o.dampening!);
          const old = b;
          b = g.map((gi, i) => o.momentum!.times(old[i]!).plus(keep.times(gi)));
        }
        const velocity = b;
        return theta.map((x, i) => x.minus(o.lr!.times(velocity[i]!)));
      };
    },
  },

  // b as above with τ = 0; θ ← θ − γ·(gₜ + μ·bₜ), the new b
  nesterov: {
    defaults: { momentum: 0.9 },
    mistakes: ['oldVelocity', 'bookOrder', 'notKept', 'ascent', 'lrTwice'],
    make: (o, mistake) => {
      let b: Vec | undefined;
      return (theta, g) => {
        const before = b ?? zeros(g.length);
        const after = b === undefined ? [...g] : g.map((gi, i) => o.momentum!.times(before[i]!).plus(gi));
        b = after;
        const mu = o.momentum!;
        return theta.map((x, i) => {
          const gi = g[i]!;
          if (mistake === 'oldVelocity') return x.minus(o.lr!.times(gi.plus(mu.times(before[i]!))));
          if (mistake === 'bookOrder') return x.minus(o.lr!.times(one.plus(mu).times(gi).plus(mu.times(mu).times(after[i]!))));
          return x.minus(o.lr!.times(gi.plus(mu.times(after[i]!))));
        });
      };
    },
  },

  // state_sum₀ = initial_accumulator_value; state_sumₜ = state_sumₜ₋₁ + gₜ²; θ ← θ − γ·gₜ / (√state_sumₜ + ε)
  adagrad: {
    defaults: { lr: 0.01, eps: 1e-10, initialAccumulatorValue: 0 },
    mistakes: ['epsInsideRoot', 'eps1e7', 'gNotSquared', 'notKept', 'initialAccumulatorIgnored', 'ascent'],
    make: (o, mistake) => {
      let sum: Vec | undefined;
      return (theta, g) => {
        const start = mistake === 'initialAccumulatorIgnored' ? zero : o.initialAccumulatorValue!;
        const old = sum ?? theta.map(() => start);
        sum = g.map((gi, i) => old[i]!.plus(mistake === 'gNotSquared' ? gi : gi.times(gi)));
        const s = sum;
        return theta.map((x, i) => {
          const denominator = mistake === 'epsInsideRoot' ? s[i]!.plus(o.eps!).sqrt() : s[i]!.sqrt().plus(o.eps!);
          return x.minus(o.lr!.times(g[i]!).div(denominator));
        });
      };
    },
  },

  // vₜ = α·vₜ₋₁ + (1 − α)·gₜ²; θ ← θ − γ·gₜ / (√vₜ + ε)
  rmsprop: {
    defaults: { lr: 0.01, alpha: 0.99, eps: 1e-8 },
    mistakes: ['epsInsideRoot', 'eps1e7', 'gNotSquared', 'notKept', 'rmspropBiasCorrected', 'alphaSwapped', 'ascent'],
    make: (o, mistake) => {
      let v: Vec | undefined;
      let t = 0;
      return (theta, g) => {
        t += 1;
        const old = v ?? zeros(g.length);
        const a = o.alpha!;
        v = g.map((gi, i) => {
          const square = mistake === 'gNotSquared' ? gi : gi.times(gi);
          return mistake === 'alphaSwapped' ? one.minus(a).times(old[i]!).plus(a.times(square)) : a.times(old[i]!).plus(one.minus(a).times(square));
        });
        const avg = v;
        return theta.map((x, i) => {
          const vi = mistake === 'rmspropBiasCorrected' ? avg[i]!.div(one.minus(a.pow(t))) : avg[i]!;
          const denominator = mistake === 'epsInsideRoot' ? vi.plus(o.eps!).sqrt() : vi.sqrt().plus(o.eps!);
          return x.minus(o.lr!.times(g[i]!).div(denominator));
        });
      };
    },
  },

  // vₜ = ρ·vₜ₋₁ + (1 − ρ)·gₜ²; Δxₜ = √(uₜ₋₁ + ε) / √(vₜ + ε) · gₜ; uₜ = ρ·uₜ₋₁ + (1 − ρ)·Δxₜ²; θ ← θ − γ·Δxₜ
  adadelta: {
    defaults: { lr: 1, rho: 0.9, eps: 1e-6 },
    mistakes: ['epsOutsideRoots', 'staleAverage', 'gNotSquared', 'notKept', 'lrIgnored', 'rhoSwapped', 'uBeforeDelta', 'ascent'],
    make: (o, mistake) => {
      let v: Vec | undefined;
      let u: Vec | undefined;
      return (theta, g) => {
        // rhoSwapped: the averages keep 1 − ρ of their old value and take ρ of the new square.
        const rho = mistake === 'rhoSwapped' ? one.minus(o.rho!) : o.rho!;
        const eps = o.eps!;
        const vOld = v ?? zeros(g.length);
        const uOld = u ?? zeros(g.length);
        const vNew = g.map((gi, i) => rho.times(vOld[i]!).plus(one.minus(rho).times(mistake === 'gNotSquared' ? gi : gi.times(gi))));
        const vUsed = mistake === 'staleAverage' ? vOld : vNew;
        const delta = g.map((gi, i) =>
          mistake === 'epsOutsideRoots'
            ? uOld[i]!.sqrt().plus(eps).div(vUsed[i]!.sqrt().plus(eps)).times(gi)
            : uOld[i]!.plus(eps).sqrt().div(vUsed[i]!.plus(eps).sqrt()).times(gi),
        );
        v = vNew;
        u = delta.map((d, i) => rho.times(uOld[i]!).plus(one.minus(rho).times(d.times(d))));
        // uBeforeDelta: the step is taken with Δ recomputed from the u just updated.
        const step = mistake === 'uBeforeDelta' ? g.map((gi, i) => u![i]!.plus(eps).sqrt().div(vUsed[i]!.plus(eps).sqrt()).times(gi)) : delta;
        const lr = mistake === 'lrIgnored' ? one : o.lr!;
        return theta.map((x, i) => x.minus(lr.times(step[i]!)));
      };
    },
  },

  // mₜ = β1·m + (1 − β1)·g; vₜ = β2·v + (1 − β2)·g²; m̂ = m/(1 − β1ᵗ); v̂ = v/(1 − β2ᵗ); θ ← θ − γ·m̂ / (√v̂ + ε)
  adam: {
    defaults: { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
    mistakes: ['noBiasCorrection', 'mOnlyCorrected', 'vOnlyCorrected', 'tFromZero', 'tPerParameter', 'beta1ForV', 'betasSwapped', 'gNotSquared', 'epsInsideRoot', 'hatForm', 'eps1e7', 'notKept', 'ascent'],
    make: (o, mistake) => {
      let m: Vec | undefined;
      let v: Vec | undefined;
      let calls = 0;
      return (theta, g) => {
        calls += 1;
        const b1 = mistake === 'betasSwapped' ? o.beta2! : o.beta1!;
        const b2 = mistake === 'betasSwapped' ? o.beta1! : o.beta2!;
        const mOld = m ?? zeros(g.length);
        const vOld = v ?? zeros(g.length);
        const bV = mistake === 'beta1ForV' ? b1 : b2;
        m = g.map((gi, i) => b1.times(mOld[i]!).plus(one.minus(b1).times(gi)));
        v = g.map((gi, i) => bV.times(vOld[i]!).plus(one.minus(bV).times(mistake === 'gNotSquared' ? gi : gi.times(gi))));
        const mNew = m;
        const vNew = v;
        return theta.map((x, i) => {
          const t = mistake === 'tFromZero' ? calls - 1 : mistake === 'tPerParameter' ? (calls - 1) * theta.length + i + 1 : calls;
          const c1 = one.minus(b1.pow(t));
          const c2 = one.minus(b2.pow(t));
          if (mistake === 'hatForm') {
            const lrT = o.lr!.times(c2.sqrt()).div(c1);
            return x.minus(lrT.times(mNew[i]!).div(vNew[i]!.sqrt().plus(o.eps!)));
          }
          const mHat = mistake === 'noBiasCorrection' || mistake === 'vOnlyCorrected' ? mNew[i]! : mNew[i]!.div(c1);
          const vHat = mistake === 'noBiasCorrection' || mistake === 'mOnlyCorrected' ? vNew[i]! : vNew[i]!.div(c2);
          const denominator = mistake === 'epsInsideRoot' ? vHat.plus(o.eps!).sqrt() : vHat.sqrt().plus(o.eps!);
          return x.minus(o.lr!.times(mHat).div(denominator));
        });
      };
    },
  },

  // μₜ = β1·(1 − ½·0.96^(tψ)); m, v as Adam;
  // m̂ = μₜ₊₁·m / (1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ) + (1 − μₜ)·g / (1 − ∏ᵢ₌₁ᵗ μᵢ); v̂ = v/(1 − β2ᵗ); θ ← θ − γ·m̂ / (√v̂ + ε)
  nadam: {
    defaults: { lr: 0.002, beta1: 0.9, beta2: 0.999, eps: 1e-8, momentumDecay: 0.004 },
    mistakes: ['psiIgnored', 'scheduleNoHalf', 'muProductNotKept', 'muNowForNext', 'productToT', 'mOnlyCorrected', 'tFromZero', 'tPerParameter', 'beta1ForV', 'betasSwapped', 'gNotSquared', 'epsInsideRoot', 'eps1e7', 'notKept', 'ascent'],
    make: (o, mistake) => {
      let m: Vec | undefined;
      let v: Vec | undefined;
      let t = 0;
      let product = one; // ∏ μ₁ … μₜ
      const beta1 = mistake === 'betasSwapped' ? o.beta2! : o.beta1!;
      const beta2 = mistake === 'betasSwapped' ? o.beta1! : o.beta2!;
      const half = mistake === 'scheduleNoHalf' ? one : D(0.5);
      const schedule = (k: number) => beta1.times(one.minus(half.times(D(0.96).pow(mistake === 'psiIgnored' ? D(k) : D(k).times(o.momentumDecay!)))));
      // What one step's bookkeeping knows: μₜ, μₜ₊₁, ∏ᵗ, ∏ᵗ⁺¹ and 1 − β2ᵗ.
      let now = { mu: zero, muNext: zero, product: one, productNext: one, correction2: one };
      const advance = () => {
        t += 1;
        const k = mistake === 'tFromZero' ? t - 1 : t;
        const mu = schedule(k);
        const muNext = mistake === 'muNowForNext' ? mu : schedule(k + 1);
        product = mistake === 'muProductNotKept' ? mu : product.times(mu);
        now = { mu, muNext, product, productNext: mistake === 'productToT' ? product : product.times(muNext), correction2: one.minus(beta2.pow(k)) };
      };
      return (theta, g) => {
        if (mistake !== 'tPerParameter') advance();
        const b1 = beta1;
        const bV = mistake === 'beta1ForV' ? b1 : beta2;
        const mOld = m ?? zeros(g.length);
        const vOld = v ?? zeros(g.length);
        m = g.map((gi, i) => b1.times(mOld[i]!).plus(one.minus(b1).times(gi)));
        v = g.map((gi, i) => bV.times(vOld[i]!).plus(one.minus(bV).times(mistake === 'gNotSquared' ? gi : gi.times(gi))));
        const mNew = m;
        const vNew = v;
        return theta.map((x, i) => {
          if (mistake === 'tPerParameter') advance();
          const gi = g[i]!;
          const mHat = now.muNext.times(mNew[i]!).div(one.minus(now.productNext)).plus(one.minus(now.mu).times(gi).div(one.minus(now.product)));
          const vHat = mistake === 'mOnlyCorrected' ? vNew[i]! : vNew[i]!.div(now.correction2);
          const denominator = mistake === 'epsInsideRoot' ? vHat.plus(o.eps!).sqrt() : vHat.sqrt().plus(o.eps!);
          return x.minus(o.lr!.times(mHat).div(denominator));
        });
      };
    },
  },
} satisfies Record<string, Algorithm>;
type Name = keyof typeof algorithms;

/** One instance of `name` with `options` (torch's defaults for the rest), made wrong by `mistake`. */
function build(name: Name, options: Options, mistake?: Mistake): Step {
  const algorithm: Algorithm = algorithms[name];
  const all: Options = { ...algorithm.defaults, ...options, ...(mistake === 'eps1e7' ? { eps: 1e-7 } : {}) };
  const o: Settings = Object.fromEntries(Object.entries(all).map(([k, x]) => [k, D(x)]));
  switch (mistake) {
    case 'notKept':
      return (theta, g) => algorithm.make(o)(theta, g);
    case 'ascent': {
      const step = algorithm.make(o);
      return (theta, g) => {
        const next = step(theta, g);
        return theta.map((x, i) => x.times(2).minus(next[i]!)); // θ + update
      };
    }
    case 'lrTwice': {
      const step = algorithm.make(o);
      return (theta, g) => step(theta, g.map((gi) => gi.times(o.lr!)));
    }
    default:
      return algorithm.make(o, mistake);
  }
}

// ---------------------------------------------------------------------------------------------
// The cases: the classic comparison f(x, y) = x²/20 + y² from (−7, 2), and fixed gradients.
// ---------------------------------------------------------------------------------------------
/** ∇f for f(x, y) = x²/20 + y². */
const gradientOfF = ([x, y]: Vec): Vec => [x!.div(10), y!.times(2)];
const START = [-7, 2];

interface CaseSpec {
  /** Exactly what the spec passes to the constructor ({} = every default). */
  options: Options;
  start: number[];
  /** 'f' = ∇f at the current position, for `steps` steps; else the gradient of each step. */
  gradients: 'f' | number[][];
  steps?: number;
}

const onF = (options: Options, steps = 30): CaseSpec => ({ options, start: START, gradients: 'f', steps });
/** Gradients about 1e-6, where the place and the size of ε decide the step. */
const tiny: CaseSpec = { options: {}, start: [0, 0], gradients: [[1e-6, -3e-6], [2e-6, -1e-6], [1e-6, 1e-6]] };
/** One push, then nothing: only a remembered velocity or moment can keep it moving. */
const push = (options: Options): CaseSpec => ({ options, start: [1, -1], gradients: [[1, -2], [0, 0], [0, 0]] });
/** The same gradient three times: a remembered accumulator makes each step smaller. */
const repeat = (options: Options): CaseSpec => ({ options, start: [0, 0], gradients: [[1, -2], [1, -2], [1, -2]] });

const CASES: Record<Name, Record<string, CaseSpec>> = {
  sgd: {
    figure: onF({ lr: 0.95 }),
    slow: onF({ lr: 0.1 }),
    vector: { options: { lr: 0.5 }, start: [1, -2, 0.5, 0], gradients: [[0.2, -0.4, 3, 0], [1, 1, -1, -2]] },
  },
  momentum: {
    figure: onF({ lr: 0.1 }),
    custom: onF({ lr: 0.05, momentum: 0.5, dampening: 0.5 }),
    memory: push({ lr: 0.1 }),
  },
  nesterov: {
    figure: onF({ lr: 0.1 }),
    custom: onF({ lr: 0.05, momentum: 0.5 }),
    memory: push({ lr: 0.1 }),
  },
  adagrad: {
    figure: onF({ lr: 1.5 }),
    defaults: onF({}),
    custom: onF({ lr: 0.5, eps: 1e-3, initialAccumulatorValue: 0.1 }),
    tiny,
    memory: repeat({ lr: 0.1 }),
  },
  rmsprop: {
    defaults: onF({}),
    custom: onF({ lr: 0.1, alpha: 0.9, eps: 1e-4 }),
    tiny,
    memory: repeat({ lr: 0.1 }),
  },
  adadelta: {
    defaults: onF({}),
    custom: onF({ lr: 0.5, rho: 0.95, eps: 1e-4 }),
    memory: repeat({}),
  },
  adam: {
    figure: onF({ lr: 0.3 }),
    defaults: onF({}),
    custom: onF({ lr: 0.1, beta1: 0.5, beta2: 0.9, eps: 1e-3 }),
    tiny,
    memory: push({ lr: 0.1 }),
  },
  nadam: {
    figure: onF({ lr: 0.3 }),
    defaults: onF({}),
    custom: onF({ lr: 0.1, beta1: 0.8, beta2: 0.99, eps: 1e-3, momentumDecay: 0.1 }),
    tiny,
    memory: push({ lr: 0.1 }),
  },
};

/**
 * The held-out cases (spec/held-out/, never given to students): the same optimizers from another
 * start, with other options, and on other gradients than any public case.
 */
const away = (options: Options): CaseSpec => ({ options, start: [4.5, -1.25], gradients: 'f', steps: 12 });
const bumps = (options: Options): CaseSpec => ({ options, start: [0.5, 2, -1], gradients: [[0.3, -1.2, 2], [-0.7, 0.4, 0], [0.2, 0.2, -0.5], [1.5, -0.1, 0.05], [0, 0, 0]] });
const HELD_OUT: Record<Name, Record<string, CaseSpec>> = {
  sgd: { away: away({ lr: 0.4 }), bumps: bumps({ lr: 0.25 }) },
  momentum: { away: away({ lr: 0.07, momentum: 0.8 }), bumps: bumps({ lr: 0.2, momentum: 0.6, dampening: 0.25 }) },
  nesterov: { away: away({ lr: 0.07, momentum: 0.8 }), bumps: bumps({ lr: 0.2, momentum: 0.6 }) },
  adagrad: { away: away({ lr: 0.8, initialAccumulatorValue: 0.05 }), bumps: bumps({ lr: 0.3, eps: 1e-6 }) },
  rmsprop: { away: away({ lr: 0.05, alpha: 0.95 }), bumps: bumps({ lr: 0.02, alpha: 0.8, eps: 1e-6 }) },
  adadelta: { away: away({ lr: 2, rho: 0.8 }), bumps: bumps({ lr: 0.7, rho: 0.7, eps: 1e-5 }) },
  adam: { away: away({ lr: 0.2, beta1: 0.8, beta2: 0.99 }), bumps: bumps({ lr: 0.05, beta1: 0.7, beta2: 0.95, eps: 1e-6 }) },
  nadam: { away: away({ lr: 0.2, beta1: 0.85, beta2: 0.99 }), bumps: bumps({ lr: 0.05, beta1: 0.7, beta2: 0.95, eps: 1e-6, momentumDecay: 0.02 }) },
};

/** Positions after steps 1 … n of one instance. */
function run(step: Step, c: CaseSpec): Vec[] {
  let theta = c.start.map(D);
  const path: Vec[] = [];
  const n = c.gradients === 'f' ? (c.steps ?? 30) : c.gradients.length;
  for (let k = 0; k < n; k++) {
    const g = c.gradients === 'f' ? gradientOfF(theta) : c.gradients[k]!.map(D);
    theta = step(theta, g);
    path.push(theta);
  }
  return path;
}

// ---------------------------------------------------------------------------------------------
// Which mistakes a value can name: clearly away from the right value and from each other.
// ---------------------------------------------------------------------------------------------
/** Specs recognise a mistake within 1e-6 (relative, absolute below 1); ten times that keeps them apart. */
const APART = 1e-5;
const MISTAKE_STEPS = 3;

function differ(a: Vec, b: Vec): boolean {
  return a.some((x, i) => {
    const y = b[i]!;
    if (x.isNaN() || y.isNaN()) return x.isNaN() !== y.isNaN();
    if (!x.isFinite() || !y.isFinite()) return !x.eq(y);
    return x.minus(y).abs().gt(D(APART).times(Decimal.max(1, y.abs())));
  });
}

const notes: string[] = [];

function mistakeValues(name: Name, caseName: string, c: CaseSpec, right: Vec[]): Partial<Record<Mistake, (number[] | null)[]>> {
  const applicable = algorithms[name].mistakes.filter((m) => m !== 'eps1e7' || !('eps' in c.options));
  const paths = new Map(applicable.map((m) => [m, run(build(name, c.options, m), { ...c, steps: MISTAKE_STEPS }).slice(0, MISTAKE_STEPS)]));
  const out: Partial<Record<Mistake, (number[] | null)[]>> = {};
  for (const [mistake, path] of paths) {
    const values = path.map((p, k) => {
      if (!differ(p, right[k]!)) return null;
      const twin = [...paths].find(([other, q]) => other !== mistake && !differ(p, q[k]!));
      if (twin) {
        notes.push(`${name}.${caseName} step ${k + 1}: ${mistake} and ${twin[0]} give the same position; neither is named there`);
        return null;
      }
      return p.map(toDouble);
    });
    if (values.some((x) => x !== null)) out[mistake] = values;
    else notes.push(`${name}.${caseName}: ${mistake} is not visible in the first ${MISTAKE_STEPS} steps`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The cross-check against real torch.optim (../shared/notes/optimizers.md).
// ---------------------------------------------------------------------------------------------
const TORCH: { name: Name; options: Options; steps: Record<number, [string, string]> }[] = [
  { name: 'sgd', options: { lr: 0.95 }, steps: { 1: ['-6.3350000000', '-1.8000000000'], 2: ['-5.7331750000', '1.6200000000'], 30: ['-0.3503929958', '0.0847823166'] } },
  { name: 'momentum', options: { lr: 0.1, momentum: 0.9 }, steps: { 1: ['-6.9300000000', '1.6000000000'], 2: ['-6.7977000000', '0.9200000000'], 30: ['0.8964138585', '0.0880856017'] } },
  { name: 'nesterov', options: { lr: 0.1, momentum: 0.9 }, steps: { 1: ['-6.8670000000', '1.2400000000'], 2: ['-6.6798270000', '0.4448000000'], 30: ['0.6896149017', '-0.0006799058'] } },
  { name: 'adagrad', options: { lr: 1.5 }, steps: { 1: ['-5.5000000002', '0.5000000000'], 2: ['-4.5732676724', '0.1361965625'], 30: ['-0.1201622472', '0.0000000000'] } },
  { name: 'rmsprop', options: {}, steps: { 1: ['-6.9000000143', '1.9000000025'], 2: ['-6.8296211643', '1.8309433291'], 30: ['-6.0424955718', '1.1198248418'] } },
  { name: 'adadelta', options: {}, steps: { 1: ['-6.9968377546', '1.9968377233'], 2: ['-6.9935940547', '1.9935957289'], 30: ['-6.8930685075', '1.8945884328'] } },
  { name: 'adam', options: { lr: 0.3 }, steps: { 1: ['-6.7000000043', '1.7000000008'], 2: ['-6.4004143017', '1.4022453286'], 30: ['0.1360146173', '0.3182453889'] } },
  { name: 'nadam', options: {}, steps: { 1: ['-6.9978870965', '1.9978870964'], 2: ['-6.9963199373', '1.9963204616'], 30: ['-6.9464018344', '1.9465891799'] } },
];

const VERBOSE = process.argv.includes('--verbose');

function crossCheck(): Decimal {
  let worst = zero;
  for (const row of TORCH) {
    const path = run(build(row.name, row.options), onF(row.options));
    for (const [k, torch] of Object.entries(row.steps)) {
      const ours = path[Number(k) - 1]!;
      torch.forEach((value, i) => {
        const difference = ours[i]!.minus(value).abs();
        if (VERBOSE) console.log(`${row.name.padEnd(9)} step ${k.padStart(2)} [${i}]  ours ${ours[i]!.toFixed(13).padStart(17)}  torch ${value.padStart(14)}  |difference| ${difference.toExponential(2)}`);
        if (difference.gt(worst)) worst = difference;
        if (difference.gt(1e-9)) throw new Error(`${row.name} step ${k}: ours ${ours[i]!.toFixed(12)}, torch ${value}`);
      });
    }
  }
  return worst;
}

// ---------------------------------------------------------------------------------------------
// Writing spec/support/generated/optimizer-cases.ts
// ---------------------------------------------------------------------------------------------
function toDouble(x: Decimal): number {
  return x.isNaN() ? Number.NaN : x.toNumber();
}

function literal(value: unknown, indent: string): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'string') return `'${value}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    if (value.every((x) => typeof x === 'number' || x === null)) return `[${value.map((x) => literal(x, indent)).join(', ')}]`;
    const inner = `${indent}  `;
    return `[\n${value.map((x) => `${inner}${literal(x, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const inner = `${indent}  `;
  const flat = entries.every(([, x]) => typeof x === 'number');
  if (flat) return `{ ${entries.map(([k, x]) => `${k}: ${literal(x, inner)}`).join(', ')} }`;
  return `{\n${entries.map(([k, x]) => `${inner}${k}: ${literal(x, inner)},`).join('\n')}\n${indent}}`;
}

/** Every case of `cases`, worked out: its path and what each known mistake gives. */
function compute(cases: Record<Name, Record<string, CaseSpec>>): Record<string, Record<string, unknown>> {
  const data: Record<string, Record<string, unknown>> = {};
  for (const name of Object.keys(cases) as Name[]) {
    data[name] = {};
    for (const [caseName, c] of Object.entries(cases[name])) {
      const right = run(build(name, c.options), c);
      data[name]![caseName] = {
        options: c.options,
        start: c.start,
        gradients: c.gradients,
        path: right.map((p) => p.map(toDouble)),
        mistakes: mistakeValues(name, caseName, c, right),
      };
    }
  }
  return data;
}

/** npm run generate:optimizers: write both files (or, with --check, compare them). */
export function writeOptimizerCases(): void {
  const worst = crossCheck();
  const data = compute(CASES);
  const file = join(root, 'spec', 'support', 'generated', 'optimizer-cases.ts');
  const text = `// GENERATED by scripts/generate-optimizer-cases.ts (npm run generate:optimizers); do not edit by hand.
// Expected positions for the optimizer exercises 15–22, computed with decimal.js (60 digits) by an
// independent implementation of torch.optim's documented algorithms, then rounded to doubles.
// Cross-checked against real torch.optim (../shared/notes/optimizers.md): max abs difference ${worst.toExponential(1)}.

/** The known mistakes a value can give away (explained in spec/support/optimizers.ts). */
export type OptimizerMistake =
${MISTAKES.map((m) => `  | '${m}'`).join('\n')};

export interface OptimizerCase {
  /** Exactly what the spec passes to the constructor ({} = every default). */
  readonly options: Readonly<Record<string, number>>;
  readonly start: readonly number[];
  /** 'f': the gradient of f(x, y) = x²/20 + y² at the current position; else the gradient of each step. */
  readonly gradients: 'f' | readonly (readonly number[])[];
  /** The position after step 1, 2, … */
  readonly path: readonly (readonly number[])[];
  /** For each known mistake, the position after steps 1–3 it gives (null where it cannot be told apart). */
  readonly mistakes: Readonly<Partial<Record<OptimizerMistake, readonly (readonly number[] | null)[]>>>;
}

export const optimizerCases = ${literal(data, '')} satisfies Record<string, Record<string, OptimizerCase>>;
`;
  console.log(`cross-check against torch.optim: max abs difference ${worst.toExponential(2)} (limit 1e-9)`);
  for (const note of notes) console.log(`note: ${note}`);
  writeGenerated(file, text, 'npm run generate:optimizers');

  writeGenerated(join(root, 'spec', 'held-out', 'support', 'generated', 'optimizer-cases.ts'), heldOutOptimizerText(), 'npm run generate:optimizers');
}

/**
 * spec/held-out/support/generated/optimizer-cases.ts: the examples above, or (a teacher's export) the same
 * options from other starts and on other gradients drawn from `seed`, so no two courses share them.
 */
export function heldOutOptimizerText(seed?: number): string {
  Decimal.set({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN }); // another generator may have set its own
  let cases = HELD_OUT;
  if (seed !== undefined) {
    const next = seeded(seed);
    const u = (lo: number, hi: number) => uniform(next, lo, hi) * (next() < 0.5 ? -1 : 1);
    const start = [u(2, 6), u(0.5, 2)];
    const bumpStart = [u(0.2, 2), u(0.2, 2), u(0.2, 2)];
    const gradients = [...Array.from({ length: 4 }, () => [u(0.05, 2), u(0.05, 2), u(0.05, 2)]), [0, 0, 0]];
    cases = Object.fromEntries(Object.entries(HELD_OUT).map(([name, c]) => [name, { away: { ...c.away!, start }, bumps: { ...c.bumps!, start: bumpStart, gradients } }])) as unknown as typeof HELD_OUT;
  }
  return `// GENERATED by scripts/generate-optimizer-cases.ts (npm run generate:optimizers); do not edit by hand.
// The held-out cases of the optimizer exercises 15–22 (never given to students), computed like
// spec/support/generated/optimizer-cases.ts: other starts, options and gradients than any public case.
// These are examples: npm run export draws a course's own starts and gradients (--held-out-seed).
import type { OptimizerCase } from '../../../support/generated/optimizer-cases';

export const heldOutOptimizerCases = ${literal(compute(cases), '')} satisfies Record<string, Record<string, OptimizerCase>>;
`;
}

