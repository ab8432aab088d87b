// The eight optimizers exactly as torch.optim's documentation writes them, in decimal.js (60 digits),
// and each known mistake as one wrong line of them: the independent side of the optimizer cases
// (optimizers.ts runs them along the cases, cross-checks them with real torch values and writes the tables).
// Over 300 lines: the eight algorithms and their mistakes side by side, so each wrong line sits next to the right one.
import { Decimal } from 'decimal.js';

export type Vec = Decimal[];
/** One optimizer instance: its state lives in the closure, like an object's fields. */
export type Step = (params: Vec, grads: Vec) => Vec;
export type Options = Record<string, number>;
export type Settings = Record<string, Decimal>;

export const D = (x: number | string) => new Decimal(x);
export const zero = D(0);
export const one = D(1);
export const zeros = (n: number): Vec => Array.from({ length: n }, () => zero);

// ---------------------------------------------------------------------------------------------
// The known mistakes. Each is one wrong line of an otherwise correct optimizer.
// ---------------------------------------------------------------------------------------------
export const MISTAKES = [
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
  'vStartsAtG2', //        v₁ = g₁², then v ← α·v + (1 − α)·g²
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
  'muProductTwice', //     the kept product takes μₜ₊₁ in as well (*= where * belongs): ∏ grows by μₜ·μₜ₊₁ each step
  // Adagrad, RMSprop
  'noSqrt', //             g / (s + ε): the square root forgotten
  // Adadelta
  'rhoSwappedInV', //      v ← (1 − ρ)·v + ρ·g², u right
  'rhoSwappedInU', //      u ← (1 − ρ)·u + ρ·Δ², v right
  'lrInU', //              u ← ρ·u + (1 − ρ)·(lr·Δ)²: the step taken, not Δ, averaged
  // Adam, NAdam
  'beta1Swapped', //       m ← (1 − β1)·m + β1·g
  'vHatWithBeta1', //      v̂ = v / (1 − β1ᵗ)
  'correctedIntoState', // m ← m̂ and v ← v̂ kept: the correction compounds
  'tOneAhead', //          the corrections use β^(t+1): the step counter (or the kept powers) one ahead
  'doubleCorrection', //   m̂ and v̂ corrected and the folded lr·√(1 − β2ᵗ)/(1 − β1ᵗ) used as well
  'kerasForm', //          the ε̂ form with Keras's ε = 1e-7 when none is given
  'epsIgnored', //         the eps option ignored: always 1e-8
  // SGD
  'lastParamSkipped', //   the loop stops one early: the last parameter never moves (every optimizer)
  // Momentum
  'dampeningAsEma', //     b ← μ·b + (1 − μ)·g from step 2 (Adam's average), dampening unused (Nesterov too)
  // Nesterov
  'oldVelocityAfterFirst', // b₁ = g₁ set first, later steps use b from before this step's update
  'noMuInLookAhead', //    θ ← θ − lr·(g + b), the μ of the look-ahead left out
  // Adagrad
  'sharedAccumulator', //  one sum for all parameters: s += Σ g²
  // Adagrad, RMSprop: Keras's defaults where none is given
  'kerasLr', //            lr 0.001 by default
  'kerasAlpha', //         RMSprop's α (Keras's rho) 0.9 by default
  'kerasDefaults', //      both: RMSprop's lr 0.001 and α 0.9
  // RMSprop
  'staleV', //             the step divides by v from before this step's update
  // Adadelta
  'epsOnlyBelow', //       √u / √(v + ε): ε only under the denominator, so u = 0 keeps Δ = 0
  'uOfG2', //              u averages g² (the v line copied) instead of Δ²
  'rhoDefault095', //      ρ = 0.95 by default (Zeiler's paper, Keras) where PyTorch has 0.9
  // NAdam
  'secondTermM', //        the fresh-gradient term takes m instead of g: (1 − μₜ)·m / (1 − ∏ᵗ)
  'constantMu', //         μ = β1 at every step: β1·m/(1 − β1ᵗ⁺¹) + (1 − β1)·g/(1 − β1ᵗ)
  'denominatorsSwapped', // the m term over 1 − ∏ᵗ, the g term over 1 − ∏ᵗ⁺¹
  'psiPrecedence', //      0.96 ** t * ψ = 0.96ᵗ · ψ where 0.96^(t·ψ) belongs
  // Momentum, Nesterov, RMSprop, Adadelta, Adam, NAdam
  'skipsZeroGradient', //  a parameter whose gradient is exactly 0 is skipped: no step, its state not decayed
  // Adam, NAdam
  'mNotKept', //           m starts afresh each call, m = (1 − β1)·g, while v and t are kept
  'tNotKept', //           t = this.t + 1 never stored: t is 1 in every call, m and v kept
  // Nesterov
  'firstStepPlain', //     step 1 without the look-ahead, θ − lr·g; right from step 2
  'velocityNeverStored', // b₁ = g₁ kept, each later b = μ·b₁ + g computed but never stored
  // Momentum, Nesterov
  'velocityNoMu', //       b ← b + g: the μ of the velocity dropped (a sum of every gradient so far)
  'emaFromStart', //       b ← μ·b + (1 − μ)·g from the first step, b₀ = 0 (the deeplearning.ai form)
  'lrInVelocity', //       b₁ = g₁, then b ← μ·b + lr·(1 − τ)·g, and θ − lr·b: lr in the velocity too from step 2
  // SGD
  'lrOverN', //            θ − lr·g / n: the step divided by the number of parameters
  'paramsGradsSwapped', // g − lr·θ: the two arguments read in each other's places
  // Momentum
  'dampeningOnWholeUpdate', // b ← (1 − τ)·(μ·b + g) from step 2: 1 − τ on the whole new velocity
  // Adagrad
  'initialAddedEachStep', // s starts at 0 and takes initialAccumulatorValue in again at every step: s ← s + s₀ + g²
  // Momentum
  'velocityOneStepLate', // θ stepped with the velocity before this step's update (g₁ at step 1), b updated after
  // Nesterov
  'velocityForG', //       θ ← θ − lr·(b + μ·b): the velocity where the gradient belongs
  'lookAheadSubtracted', // θ ← θ − lr·(g − μ·b): the look-ahead term subtracted
  // Adadelta
  'lrOnceInU', //          u ← ρ·u + (1 − ρ)·lr·Δ²: lr once in u, not squared as in (lr·Δ)²
  // NAdam
  'beta1ForMuNext', //     the first term of m̂ takes β1·m where μₜ₊₁·m belongs
  // Adam
  'correctionsSwapped', // m̂ = m / (1 − β2ᵗ) and v̂ = v / (1 − β1ᵗ)
  // Momentum
  'dampeningOnOld', //     b ← (1 − τ)·μ·b + g: 1 − τ on the old velocity instead of the gradient
  // Nesterov
  'lookAheadOnly', //      θ ← θ − lr·μ·b: the g of g + μ·b dropped
  // SGD
  'dividesByLr', //        θ − g / lr
  // NAdam
  'muOneBehind', //        the schedule one step behind: μₜ₋₁ and μₜ where μₜ and μₜ₊₁ belong (μ₀ in the first step)
  // Momentum
  'muTauSwapped', //       b ← τ·b + (1 − μ)·g: momentum and dampening in each other's places
  'dampeningNotComplemented', // b ← μ·b + τ·g: τ where 1 − τ belongs (with τ = 0 no new gradient enters b)
  // Adagrad
  'staleSum', //           the step divides by s from before this step's g² is added (the first step: g / ε)
  // RMSprop
  'vStartsAtOne', //       v starts at 1 instead of 0
  // Adam, NAdam
  'powOfOneMinus', //      (1 − β)ᵗ where 1 − βᵗ belongs in the corrections (the same at t = 1)
  // NAdam
  'productPerParameter', // ∏ μ multiplied once per parameter (inside the loop over parameters), t counted once per call
  'noLookAhead', //        the first term of m̂ is μₜ·m / (1 − ∏ᵗ): neither μₜ₊₁ nor the factor more in the product
  // SGD
  'firstGradientOnly', //  every parameter steps by grads[0]: θᵢ − lr·g₀
  // NAdam
  'gTermOverNext', //      both terms of m̂ over 1 − ∏ᵗ⁺¹: the g term's 1 − ∏ᵗ copied from the m term
  // every optimizer
  'firstParamSkipped', //  the loop starts at 1: the first parameter never moves
  // Adagrad
  'kerasAccumulator', //   initialAccumulatorValue 0.1 by default (Keras's initial_accumulator_value)
  // Adadelta
  'ratioInverted', //      Δ = √(v + ε) / √(u + ε) · g: the ratio upside down
  'epsOnlyAbove', //       √(u + ε) / √v: ε missing under the denominator's root
  // Momentum
  'nesterovStep', //       θ ← θ − lr·(g + μ·b): Nesterov's look-ahead step in plain Momentum
  // Adam
  'momentsStartAtG', //    m₁ = g₁ and v₁ = g₁² (the first gradient itself), later steps right, corrections as usual
  // Momentum
  'oneMinusMomentumAsLr', // θ ← θ − (1 − μ)·b: 1 − μ where lr belongs (right wherever lr = 1 − μ)
  // Adam
  'lrForOneMinusBeta2', // v ← β2·v + lr·g²: lr where 1 − β2 belongs (right wherever lr = 1 − β2, as at the defaults)
  // Nesterov
  'lrOnlyOnG', //          θ ← θ − lr·g − μ·b: lr on the gradient only, the look-ahead term without it
  // the adaptive ones
  'updateTimesLr', //      the whole update multiplied by lr once more: θ − lr·lr·m̂ / (√v̂ + ε)
  // NAdam
  'vHatOneAhead', //       v̂ = v / (1 − β2ᵗ⁺¹): the t + 1 of μₜ₊₁ carried into v's correction
  // Momentum, Nesterov, RMSprop, Adadelta, Adam, NAdam
  'zeroCallSkipped', //    a call whose gradients are all 0 returns θ unchanged and leaves the state alone (an early return)
  // Adam
  'betasSwappedInAverages', // m ← β2·m + (1 − β2)·g and v ← β1·v + (1 − β1)·g², the corrections right
  // RMSprop
  'lrAlphaSwapped', //     this.lr = alpha and this.alpha = lr in the constructor
  // Adagrad
  'absNoRoot', //          s ← s + |g| and θ ← θ − lr·g / (s + ε): the sizes of g summed, no root (agrees at step 1)
  'muProductKeptTwice', // ∏ *= μₜ, this step right, then ∏ *= μₜ₊₁ kept: μₜ₊₁ counted again from the next step on
] as const;

/** Under 'skipsZeroGradient': entry i keeps its old value where g[i] is exactly 0. */
const lazily = (mistake: Slip | undefined, g: Vec, next: Vec, old: Vec): Vec =>
  is(mistake, 'skipsZeroGradient') ? next.map((x, i) => (g[i]!.isZero() ? old[i]! : x)) : next;
export type Mistake = (typeof MISTAKES)[number];
/** One slip, or two made together (each its own wrong line, as when alone). */
export type Slip = Mistake | readonly Mistake[];
const is = (slip: Slip | undefined, m: Mistake): boolean => slip === m || (Array.isArray(slip) && slip.includes(m));

export interface Algorithm {
  /** torch.optim's defaults, under this kata's option names. */
  defaults: Options;
  /** The mistakes that apply to this optimizer, in the order a spec should try them. */
  mistakes: readonly Mistake[];
  /** A fresh instance with the given settings; `mistake` makes one line of it wrong (or two lines, a pair). */
  make(o: Settings, mistake?: Slip): Step;
}

// ---------------------------------------------------------------------------------------------
// The algorithms, following torch.optim's documentation line by line (t counts calls from 1).
// ---------------------------------------------------------------------------------------------
export const algorithms = {
  // θ ← θ − γ·g
  sgd: {
    defaults: {},
    mistakes: [
      'ascent',
      'lrTwice',
      'lastParamSkipped',
      'dividesByLr',
      'firstGradientOnly',
      'firstParamSkipped',
      'lrOverN',
      'paramsGradsSwapped',
    ],
    make: (o, mistake) => (theta, g) =>
      theta.map((x, i) => {
        if (is(mistake, 'paramsGradsSwapped')) return g[i]!.minus(o.lr!.times(x));
        const gi = is(mistake, 'firstGradientOnly') ? g[0]! : g[i]!;
        const step = is(mistake, 'dividesByLr') ? gi.div(o.lr!) : o.lr!.times(gi);
        return x.minus(is(mistake, 'lrOverN') ? step.div(theta.length) : step);
      }),
  },

  // b₁ = g₁; bₜ = μ·bₜ₋₁ + (1 − τ)·gₜ; θ ← θ − γ·bₜ
  momentum: {
    defaults: { momentum: 0.9, dampening: 0 },
    mistakes: [
      'notKept',
      'ascent',
      'lrTwice',
      'dampeningAtStep1',
      'dampeningIgnored',
      'dampeningAsEma',
      'velocityNoMu',
      'emaFromStart',
      'lrInVelocity',
      'dampeningOnOld',
      'muTauSwapped',
      'dampeningNotComplemented',
      'nesterovStep',
      'velocityOneStepLate',
      'dampeningOnWholeUpdate',
      'oneMinusMomentumAsLr',
      'skipsZeroGradient',
      'lastParamSkipped',
      'firstParamSkipped',
      'zeroCallSkipped',
    ],
    make: (o, mistake) => {
      let b: Vec | undefined;
      return (theta, g) => {
        const late = b ?? g; // velocityOneStepLate: the step takes the velocity before this update (g₁ at step 1)
        if (b === undefined) {
          b = g.map((gi) =>
            is(mistake, 'dampeningAtStep1')
              ? one.minus(o.dampening!).times(gi)
              : is(mistake, 'emaFromStart')
                ? one.minus(o.momentum!).times(gi)
                : gi,
          );
        } else {
          const keep = is(mistake, 'dampeningIgnored')
            ? one
            : is(mistake, 'dampeningAsEma') || is(mistake, 'muTauSwapped') || is(mistake, 'emaFromStart')
              ? one.minus(o.momentum!)
              : is(mistake, 'dampeningNotComplemented')
                ? o.dampening!
                : is(mistake, 'dampeningOnOld')
                  ? one
                  : is(mistake, 'lrInVelocity')
                    ? o.lr!.times(one.minus(o.dampening!))
                    : one.minus(o.dampening!);
          const mu = is(mistake, 'velocityNoMu')
            ? one
            : is(mistake, 'muTauSwapped')
              ? o.dampening!
              : is(mistake, 'dampeningOnOld')
                ? one.minus(o.dampening!).times(o.momentum!)
                : o.momentum!;
          const old = b;
          b = lazily(
            mistake,
            g,
            g.map((gi, i) =>
              is(mistake, 'dampeningOnWholeUpdate')
                ? one.minus(o.dampening!).times(o.momentum!.times(old[i]!).plus(gi))
                : mu.times(old[i]!).plus(keep.times(gi)),
            ),
            old,
          );
        }
        const velocity = is(mistake, 'velocityOneStepLate') ? late : b;
        return lazily(
          mistake,
          g,
          theta.map((x, i) =>
            x.minus(
              (is(mistake, 'oneMinusMomentumAsLr') ? one.minus(o.momentum!) : o.lr!).times(
                is(mistake, 'nesterovStep') ? g[i]!.plus(o.momentum!.times(velocity[i]!)) : velocity[i]!,
              ),
            ),
          ),
          theta,
        );
      };
    },
  },

  // b as above with τ = 0; θ ← θ − γ·(gₜ + μ·bₜ), the new b
  nesterov: {
    defaults: { momentum: 0.9 },
    mistakes: [
      'oldVelocity',
      'oldVelocityAfterFirst',
      'firstStepPlain',
      'velocityNeverStored',
      'noMuInLookAhead',
      'velocityNoMu',
      'emaFromStart',
      'dampeningAsEma',
      'lookAheadOnly',
      'velocityForG',
      'lookAheadSubtracted',
      'lrOnlyOnG',
      'lrInVelocity',
      'bookOrder',
      'notKept',
      'ascent',
      'lrTwice',
      'lastParamSkipped',
      'firstParamSkipped',
      'zeroCallSkipped',
      'skipsZeroGradient',
    ],
    make: (o, mistake) => {
      let b: Vec | undefined;
      return (theta, g) => {
        const before = b ?? zeros(g.length);
        const b0 = b === undefined; // the first step
        const keep = is(mistake, 'velocityNoMu') ? one : o.momentum!;
        // the share of g that enters b (an Adam-style average from the first step, or from the second, b₁ = g₁)
        const fresh =
          is(mistake, 'emaFromStart') || is(mistake, 'dampeningAsEma') ? one.minus(o.momentum!) : is(mistake, 'lrInVelocity') ? o.lr! : one;
        const after =
          b === undefined && !is(mistake, 'emaFromStart') ? [...g] : g.map((gi, i) => keep.times(before[i]!).plus(fresh.times(gi)));
        b = lazily(mistake, g, is(mistake, 'velocityNeverStored') && !b0 ? before : after, before); // never stored: b stays b₁ = g₁
        const mu = o.momentum!;
        const next = theta.map((x, i) => {
          const gi = g[i]!;
          if (is(mistake, 'oldVelocity')) return x.minus(o.lr!.times(gi.plus(mu.times(before[i]!))));
          if (is(mistake, 'firstStepPlain') && b0) return x.minus(o.lr!.times(gi));
          if (is(mistake, 'oldVelocityAfterFirst')) return x.minus(o.lr!.times(gi.plus(mu.times((b0 ? after : before)[i]!))));
          if (is(mistake, 'noMuInLookAhead')) return x.minus(o.lr!.times(gi.plus(after[i]!)));
          if (is(mistake, 'lookAheadOnly')) return x.minus(o.lr!.times(mu.times(after[i]!)));
          if (is(mistake, 'velocityForG')) return x.minus(o.lr!.times(after[i]!.plus(mu.times(after[i]!))));
          if (is(mistake, 'lookAheadSubtracted')) return x.minus(o.lr!.times(gi.minus(mu.times(after[i]!))));
          if (is(mistake, 'lrOnlyOnG')) return x.minus(o.lr!.times(gi)).minus(mu.times(after[i]!));
          if (is(mistake, 'bookOrder')) return x.minus(o.lr!.times(one.plus(mu).times(gi).plus(mu.times(mu).times(after[i]!))));
          return x.minus(o.lr!.times(gi.plus(mu.times(after[i]!))));
        });
        return lazily(mistake, g, next, theta);
      };
    },
  },

  // state_sum₀ = initial_accumulator_value; state_sumₜ = state_sumₜ₋₁ + gₜ²; θ ← θ − γ·gₜ / (√state_sumₜ + ε)
  adagrad: {
    defaults: { lr: 0.01, eps: 1e-10, initialAccumulatorValue: 0 },
    mistakes: [
      'epsInsideRoot',
      'eps1e7',
      'gNotSquared',
      'notKept',
      'initialAccumulatorIgnored',
      'initialAddedEachStep',
      'noSqrt',
      'absNoRoot',
      'sharedAccumulator',
      'staleSum',
      'kerasLr',
      'kerasAccumulator',
      'ascent',
      'lastParamSkipped',
      'firstParamSkipped',
      'updateTimesLr',
    ],
    make: (o, mistake) => {
      let sum: Vec | undefined;
      return (theta, g) => {
        const again = is(mistake, 'initialAddedEachStep');
        const start = is(mistake, 'initialAccumulatorIgnored') || again ? zero : o.initialAccumulatorValue!;
        const old = sum ?? theta.map(() => start);
        const all = g.reduce((acc, gi) => acc.plus(gi.times(gi)), zero);
        sum = g.map((gi, i) =>
          is(mistake, 'sharedAccumulator')
            ? old[0]!.plus(all)
            : old[i]!.plus(is(mistake, 'gNotSquared') ? gi : is(mistake, 'absNoRoot') ? gi.abs() : gi.times(gi)).plus(
                again ? o.initialAccumulatorValue! : zero,
              ),
        );
        const s = is(mistake, 'staleSum') ? old : sum;
        return theta.map((x, i) => {
          const denominator = is(mistake, 'epsInsideRoot')
            ? s[i]!.plus(o.eps!).sqrt()
            : is(mistake, 'noSqrt') || is(mistake, 'absNoRoot')
              ? s[i]!.plus(o.eps!)
              : s[i]!.sqrt().plus(o.eps!);
          return x.minus(o.lr!.times(g[i]!).div(denominator));
        });
      };
    },
  },

  // vₜ = α·vₜ₋₁ + (1 − α)·gₜ²; θ ← θ − γ·gₜ / (√vₜ + ε)
  rmsprop: {
    defaults: { lr: 0.01, alpha: 0.99, eps: 1e-8 },
    mistakes: [
      'epsInsideRoot',
      'eps1e7',
      'gNotSquared',
      'notKept',
      'rmspropBiasCorrected',
      'alphaSwapped',
      'vStartsAtG2',
      'vStartsAtOne',
      'noSqrt',
      'staleV',
      'kerasLr',
      'kerasAlpha',
      'kerasDefaults',
      'skipsZeroGradient',
      'ascent',
      'lastParamSkipped',
      'firstParamSkipped',
      'updateTimesLr',
      'zeroCallSkipped',
      'lrAlphaSwapped',
    ],
    make: (o, mistake) => {
      let v: Vec | undefined;
      let t = 0;
      return (theta, g) => {
        t += 1;
        const old = v ?? (is(mistake, 'vStartsAtOne') ? g.map(() => one) : zeros(g.length));
        const a = o.alpha!;
        v = g.map((gi, i) => {
          const square = is(mistake, 'gNotSquared') ? gi : gi.times(gi);
          if (is(mistake, 'vStartsAtG2') && v === undefined) return square;
          return is(mistake, 'alphaSwapped')
            ? one.minus(a).times(old[i]!).plus(a.times(square))
            : a.times(old[i]!).plus(one.minus(a).times(square));
        });
        v = lazily(mistake, g, v, old);
        const avg = is(mistake, 'staleV') ? old : v;
        return theta.map((x, i) => {
          if (is(mistake, 'skipsZeroGradient') && g[i]!.isZero()) return x;
          const vi = is(mistake, 'rmspropBiasCorrected') ? avg[i]!.div(one.minus(a.pow(t))) : avg[i]!;
          const denominator = is(mistake, 'epsInsideRoot')
            ? vi.plus(o.eps!).sqrt()
            : is(mistake, 'noSqrt')
              ? vi.plus(o.eps!)
              : vi.sqrt().plus(o.eps!);
          return x.minus(o.lr!.times(g[i]!).div(denominator));
        });
      };
    },
  },

  // vₜ = ρ·vₜ₋₁ + (1 − ρ)·gₜ²; Δxₜ = √(uₜ₋₁ + ε) / √(vₜ + ε) · gₜ; uₜ = ρ·uₜ₋₁ + (1 − ρ)·Δxₜ²; θ ← θ − γ·Δxₜ
  adadelta: {
    defaults: { lr: 1, rho: 0.9, eps: 1e-6 },
    mistakes: [
      'epsOutsideRoots',
      'epsOnlyBelow',
      'staleAverage',
      'gNotSquared',
      'notKept',
      'lrIgnored',
      'rhoSwapped',
      'rhoSwappedInV',
      'rhoSwappedInU',
      'lrInU',
      'lrOnceInU',
      'uOfG2',
      'rhoDefault095',
      'ratioInverted',
      'epsOnlyAbove',
      'uBeforeDelta',
      'skipsZeroGradient',
      'ascent',
      'lastParamSkipped',
      'firstParamSkipped',
      'updateTimesLr',
      'zeroCallSkipped',
    ],
    make: (o, mistake) => {
      let v: Vec | undefined;
      let u: Vec | undefined;
      return (theta, g) => {
        // rhoSwapped: the averages keep 1 − ρ of their old value and take ρ of the new square.
        const rho = is(mistake, 'rhoSwapped') ? one.minus(o.rho!) : o.rho!;
        const eps = o.eps!;
        const vOld = v ?? zeros(g.length);
        const uOld = u ?? zeros(g.length);
        const rhoV = is(mistake, 'rhoSwappedInV') ? one.minus(o.rho!) : rho;
        const vNew = g.map((gi, i) => rhoV.times(vOld[i]!).plus(one.minus(rhoV).times(is(mistake, 'gNotSquared') ? gi : gi.times(gi))));
        const vUsed = is(mistake, 'staleAverage') ? vOld : vNew;
        const delta = g.map((gi, i) =>
          is(mistake, 'epsOutsideRoots')
            ? uOld[i]!.sqrt().plus(eps).div(vUsed[i]!.sqrt().plus(eps)).times(gi)
            : is(mistake, 'epsOnlyBelow')
              ? uOld[i]!.sqrt().div(vUsed[i]!.plus(eps).sqrt()).times(gi)
              : is(mistake, 'ratioInverted')
                ? vUsed[i]!.plus(eps).sqrt().div(uOld[i]!.plus(eps).sqrt()).times(gi)
                : is(mistake, 'epsOnlyAbove')
                  ? uOld[i]!.plus(eps).sqrt().div(vUsed[i]!.sqrt()).times(gi)
                  : uOld[i]!.plus(eps).sqrt().div(vUsed[i]!.plus(eps).sqrt()).times(gi),
        );
        v = lazily(mistake, g, vNew, vOld);
        const taken = is(mistake, 'lrInU') ? delta.map((d) => d.times(o.lr!)) : is(mistake, 'uOfG2') ? g : delta;
        u = lazily(
          mistake,
          g,
          taken.map((d, i) => {
            const rhoU = is(mistake, 'rhoSwappedInU') ? one.minus(o.rho!) : rho;
            return rhoU.times(uOld[i]!).plus(
              one
                .minus(rhoU)
                .times(d.times(d))
                .times(is(mistake, 'lrOnceInU') ? o.lr! : one),
            );
          }),
          uOld,
        );
        // uBeforeDelta: the step is taken with Δ recomputed from the u just updated.
        const step = is(mistake, 'uBeforeDelta')
          ? g.map((gi, i) => u![i]!.plus(eps).sqrt().div(vUsed[i]!.plus(eps).sqrt()).times(gi))
          : delta;
        const lr = is(mistake, 'lrIgnored') ? one : o.lr!;
        return lazily(
          mistake,
          g,
          theta.map((x, i) => x.minus(lr.times(step[i]!))),
          theta,
        );
      };
    },
  },

  // mₜ = β1·m + (1 − β1)·g; vₜ = β2·v + (1 − β2)·g²; m̂ = m/(1 − β1ᵗ); v̂ = v/(1 − β2ᵗ); θ ← θ − γ·m̂ / (√v̂ + ε)
  adam: {
    defaults: { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
    mistakes: [
      'noBiasCorrection',
      'mOnlyCorrected',
      'vOnlyCorrected',
      'tFromZero',
      'tPerParameter',
      'beta1ForV',
      'betasSwapped',
      'betasSwappedInAverages',
      'beta1Swapped',
      'vHatWithBeta1',
      'correctionsSwapped',
      'powOfOneMinus',
      'correctedIntoState',
      'tOneAhead',
      'doubleCorrection',
      'noSqrt',
      'kerasForm',
      'epsIgnored',
      'skipsZeroGradient',
      'mNotKept',
      'tNotKept',
      'gNotSquared',
      'epsInsideRoot',
      'hatForm',
      'eps1e7',
      'notKept',
      'ascent',
      'momentsStartAtG',
      'lrForOneMinusBeta2',
      'lastParamSkipped',
      'firstParamSkipped',
      'updateTimesLr',
      'zeroCallSkipped',
    ],
    make: (o, mistake) => {
      let m: Vec | undefined;
      let v: Vec | undefined;
      let calls = 0;
      return (theta, g) => {
        calls += 1;
        const b1 = is(mistake, 'betasSwapped') ? o.beta2! : o.beta1!;
        const b2 = is(mistake, 'betasSwapped') ? o.beta1! : o.beta2!;
        const mOld = is(mistake, 'mNotKept') ? zeros(g.length) : (m ?? zeros(g.length));
        const vOld = v ?? zeros(g.length);
        const bV = is(mistake, 'beta1ForV') ? b1 : is(mistake, 'betasSwappedInAverages') ? o.beta1! : b2;
        const bM = is(mistake, 'betasSwappedInAverages') ? o.beta2! : b1;
        const first = m === undefined;
        m = g.map((gi, i) =>
          is(mistake, 'momentsStartAtG') && first
            ? gi
            : is(mistake, 'beta1Swapped')
              ? one.minus(b1).times(mOld[i]!).plus(b1.times(gi))
              : bM.times(mOld[i]!).plus(one.minus(bM).times(gi)),
        );
        v = g.map((gi, i) =>
          is(mistake, 'momentsStartAtG') && first
            ? gi.times(gi)
            : bV
                .times(vOld[i]!)
                .plus((is(mistake, 'lrForOneMinusBeta2') ? o.lr! : one.minus(bV)).times(is(mistake, 'gNotSquared') ? gi : gi.times(gi))),
        );
        m = lazily(mistake, g, m, mOld);
        v = lazily(mistake, g, v, vOld);
        const mNew = m;
        const vNew = v;
        if (is(mistake, 'correctedIntoState')) {
          m = mNew.map((mi) => mi.div(one.minus(b1.pow(calls))));
          v = vNew.map((vi) => vi.div(one.minus(b2.pow(calls))));
        }
        return theta.map((x, i) => {
          if (is(mistake, 'skipsZeroGradient') && g[i]!.isZero()) return x;
          const t = is(mistake, 'tFromZero')
            ? calls - 1
            : is(mistake, 'tPerParameter')
              ? (calls - 1) * theta.length + i + 1
              : is(mistake, 'tOneAhead')
                ? calls + 1
                : is(mistake, 'tNotKept')
                  ? 1
                  : calls;
          const c1 = is(mistake, 'powOfOneMinus') ? one.minus(b1).pow(t) : one.minus((is(mistake, 'correctionsSwapped') ? b2 : b1).pow(t));
          const c2 = is(mistake, 'powOfOneMinus')
            ? one.minus(b2).pow(t)
            : one.minus((is(mistake, 'vHatWithBeta1') || is(mistake, 'correctionsSwapped') ? b1 : b2).pow(t));
          if (is(mistake, 'hatForm') || is(mistake, 'kerasForm')) {
            const lrT = o.lr!.times(c2.sqrt()).div(c1);
            return x.minus(lrT.times(mNew[i]!).div(vNew[i]!.sqrt().plus(o.eps!)));
          }
          const mHat = is(mistake, 'noBiasCorrection') || is(mistake, 'vOnlyCorrected') ? mNew[i]! : mNew[i]!.div(c1);
          const vHat = is(mistake, 'noBiasCorrection') || is(mistake, 'mOnlyCorrected') ? vNew[i]! : vNew[i]!.div(c2);
          const denominator = is(mistake, 'epsInsideRoot')
            ? vHat.plus(o.eps!).sqrt()
            : is(mistake, 'noSqrt')
              ? vHat.plus(o.eps!)
              : vHat.sqrt().plus(o.eps!);
          const lr = is(mistake, 'doubleCorrection') ? o.lr!.times(c2.sqrt()).div(c1) : o.lr!;
          return x.minus(lr.times(mHat).div(denominator));
        });
      };
    },
  },

  // μₜ = β1·(1 − ½·0.96^(tψ)); m, v as Adam;
  // m̂ = μₜ₊₁·m / (1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ) + (1 − μₜ)·g / (1 − ∏ᵢ₌₁ᵗ μᵢ); v̂ = v/(1 − β2ᵗ); θ ← θ − γ·m̂ / (√v̂ + ε)
  nadam: {
    defaults: { lr: 0.002, beta1: 0.9, beta2: 0.999, eps: 1e-8, momentumDecay: 0.004 },
    mistakes: [
      'psiIgnored',
      'scheduleNoHalf',
      'muProductNotKept',
      'muNowForNext',
      'beta1ForMuNext',
      'productToT',
      'muProductKeptTwice',
      'muProductTwice',
      'secondTermM',
      'constantMu',
      'denominatorsSwapped',
      'gTermOverNext',
      'psiPrecedence',
      'productPerParameter',
      'noLookAhead',
      'muOneBehind',
      'vHatOneAhead',
      'vHatWithBeta1',
      'powOfOneMinus',
      'skipsZeroGradient',
      'mNotKept',
      'tNotKept',
      'mOnlyCorrected',
      'tFromZero',
      'tPerParameter',
      'beta1ForV',
      'betasSwapped',
      'gNotSquared',
      'epsInsideRoot',
      'eps1e7',
      'notKept',
      'ascent',
      'lastParamSkipped',
      'firstParamSkipped',
      'updateTimesLr',
      'zeroCallSkipped',
    ],
    make: (o, mistake) => {
      let m: Vec | undefined;
      let v: Vec | undefined;
      let t = 0;
      let product = one; // ∏ μ₁ … μₜ
      const beta1 = is(mistake, 'betasSwapped') ? o.beta2! : o.beta1!;
      const beta2 = is(mistake, 'betasSwapped') ? o.beta1! : o.beta2!;
      const half = is(mistake, 'scheduleNoHalf') ? one : D(0.5);
      const schedule = (k: number) =>
        is(mistake, 'constantMu')
          ? beta1
          : is(mistake, 'psiPrecedence')
            ? beta1.times(one.minus(half.times(D(0.96).pow(k).times(o.momentumDecay!))))
            : beta1.times(one.minus(half.times(D(0.96).pow(is(mistake, 'psiIgnored') ? D(k) : D(k).times(o.momentumDecay!)))));
      // What one step's bookkeeping knows: μₜ, μₜ₊₁, ∏ᵗ, ∏ᵗ⁺¹ and 1 − β2ᵗ.
      let now = { mu: zero, muNext: zero, product: one, productNext: one, correction2: one };
      const advance = () => {
        t += 1;
        const k = is(mistake, 'tFromZero') ? t - 1 : is(mistake, 'tNotKept') ? 1 : t;
        const mu = schedule(is(mistake, 'muOneBehind') ? k - 1 : k);
        const muNext = is(mistake, 'muNowForNext') || is(mistake, 'noLookAhead') ? mu : schedule(is(mistake, 'muOneBehind') ? k : k + 1);
        product = is(mistake, 'muProductNotKept') ? mu : product.times(mu);
        now = {
          mu,
          muNext,
          product,
          productNext: is(mistake, 'productToT') || is(mistake, 'noLookAhead') ? product : product.times(muNext),
          correction2: is(mistake, 'powOfOneMinus')
            ? one.minus(beta2).pow(k)
            : one.minus((is(mistake, 'vHatWithBeta1') ? beta1 : beta2).pow(is(mistake, 'vHatOneAhead') ? k + 1 : k)),
        };
        // μₜ₊₁ kept in the product after this step used it rightly: from the next step on it counts twice
        if (is(mistake, 'muProductKeptTwice')) product = now.productNext;
        if (is(mistake, 'muProductTwice')) {
          // const next = (product *= μₜ₊₁): the kept product, and this step's second term with it, take μₜ₊₁ in too
          product = now.productNext;
          now.product = now.productNext;
        }
      };
      return (theta, g) => {
        if (!is(mistake, 'tPerParameter')) advance();
        const b1 = beta1;
        const bV = is(mistake, 'beta1ForV') ? b1 : beta2;
        const mOld = is(mistake, 'mNotKept') ? zeros(g.length) : (m ?? zeros(g.length));
        const vOld = v ?? zeros(g.length);
        m = lazily(
          mistake,
          g,
          g.map((gi, i) => b1.times(mOld[i]!).plus(one.minus(b1).times(gi))),
          mOld,
        );
        v = lazily(
          mistake,
          g,
          g.map((gi, i) => bV.times(vOld[i]!).plus(one.minus(bV).times(is(mistake, 'gNotSquared') ? gi : gi.times(gi)))),
          vOld,
        );
        const mNew = m;
        const vNew = v;
        return theta.map((x, i) => {
          if (is(mistake, 'tPerParameter')) advance();
          if (is(mistake, 'productPerParameter') && i > 0) {
            product = product.times(now.mu);
            now = { ...now, product, productNext: product.times(now.muNext) };
          }
          if (is(mistake, 'skipsZeroGradient') && g[i]!.isZero()) return x;
          const gi = g[i]!;
          const fresh = is(mistake, 'secondTermM') ? mNew[i]! : gi;
          const [first, second] = is(mistake, 'denominatorsSwapped')
            ? [now.product, now.productNext]
            : is(mistake, 'gTermOverNext')
              ? [now.productNext, now.productNext]
              : [now.productNext, now.product];
          const mHat = (is(mistake, 'beta1ForMuNext') ? beta1 : now.muNext)
            .times(mNew[i]!)
            .div(one.minus(first))
            .plus(one.minus(now.mu).times(fresh).div(one.minus(second)));
          const vHat = is(mistake, 'mOnlyCorrected') ? vNew[i]! : vNew[i]!.div(now.correction2);
          const denominator = is(mistake, 'epsInsideRoot') ? vHat.plus(o.eps!).sqrt() : vHat.sqrt().plus(o.eps!);
          return x.minus(o.lr!.times(mHat).div(denominator));
        });
      };
    },
  },
} satisfies Record<string, Algorithm>;
export type Name = keyof typeof algorithms;

/** One instance of `name` with `options` (torch's defaults for the rest), made wrong by `mistake` (one slip or a pair). */
export function build(name: Name, options: Options, mistake?: Slip): Step {
  const algorithm: Algorithm = algorithms[name];
  const all: Options = {
    ...algorithm.defaults,
    ...(is(mistake, 'kerasLr') ? { lr: 0.001 } : {}),
    ...(is(mistake, 'kerasAlpha') ? { alpha: 0.9 } : {}),
    ...(is(mistake, 'kerasDefaults') ? { lr: 0.001, alpha: 0.9 } : {}),
    ...(is(mistake, 'rhoDefault095') ? { rho: 0.95 } : {}),
    ...(is(mistake, 'kerasAccumulator') ? { initialAccumulatorValue: 0.1 } : {}),
    ...(is(mistake, 'kerasForm') ? { eps: 1e-7 } : {}),
    ...options,
    ...(is(mistake, 'eps1e7') ? { eps: 1e-7 } : {}),
    ...(is(mistake, 'epsIgnored') ? { eps: 1e-8 } : {}),
  };
  // lrAlphaSwapped: this.lr = alpha, this.alpha = lr, as stored by the constructor.
  if (is(mistake, 'lrAlphaSwapped')) Object.assign(all, { lr: all.alpha!, alpha: all.lr! });
  const o: Settings = Object.fromEntries(Object.entries(all).map(([k, x]) => [k, D(x)]));
  // notKept, ascent, lrTwice and a loop that skips a parameter wrap the optimizer; every other slip is a line inside it.
  // (A skipped parameter's state only ever moves that parameter, so restoring its position is the loop that skips it.)
  const wrappers: readonly Mistake[] = [
    'notKept',
    'ascent',
    'lrTwice',
    'updateTimesLr',
    'lastParamSkipped',
    'firstParamSkipped',
    'zeroCallSkipped',
  ];
  const inner = (typeof mistake === 'string' ? [mistake] : [...(mistake ?? [])]).filter((m) => !wrappers.includes(m));
  const make = () => algorithm.make(o, inner.length === 0 ? undefined : inner.length === 1 ? inner[0] : inner);
  let step: Step = is(mistake, 'notKept') ? (theta, g) => make()(theta, g) : make();
  if (is(mistake, 'lrTwice')) {
    const plain = step;
    step = (theta, g) =>
      plain(
        theta,
        g.map((gi) => gi.times(o.lr!)),
      );
  }
  if (is(mistake, 'updateTimesLr')) {
    const plain = step;
    step = (theta, g) => {
      const next = plain(theta, g);
      return theta.map((x, i) => x.minus(o.lr!.times(x.minus(next[i]!)))); // θ − lr·(θ − θ')
    };
  }
  for (const [skipped, at] of [
    ['firstParamSkipped', () => 0],
    ['lastParamSkipped', (n: number) => n - 1],
  ] as const) {
    if (!is(mistake, skipped)) continue;
    const plain = step;
    step = (theta, g) => {
      const next = plain(theta, g);
      return next.map((x, i) => (i === at(theta.length) ? theta[i]! : x));
    };
  }
  if (is(mistake, 'zeroCallSkipped')) {
    const plain = step;
    step = (theta, g) => (g.every((gi) => gi.isZero()) ? theta : plain(theta, g));
  }
  if (is(mistake, 'ascent')) {
    const plain = step;
    step = (theta, g) => {
      const next = plain(theta, g);
      return theta.map((x, i) => x.times(2).minus(next[i]!)); // θ + update
    };
  }
  return step;
}
