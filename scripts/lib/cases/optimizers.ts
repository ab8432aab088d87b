// The expected values of the optimizer exercises 15–22 (spec/support/generated/optimizer-cases.ts, npm run generate:optimizers),
// chapter 4.
//
// optimizer-algorithms.ts is an independent implementation of the eight algorithms exactly as the torch.optim
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
// Over 300 lines: the case tables are data; the cross-check and the writing are short.
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { root } from '../core/curriculum.ts';
import { writeGenerated } from './generated.ts';
import { seeded, uniform } from '../core/random.ts';
import {
  type Vec,
  type Step,
  type Options,
  D,
  zero,
  MISTAKES,
  type Mistake,
  type Slip,
  algorithms,
  type Name,
  build,
} from './optimizer-algorithms.ts';

Decimal.set({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });

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
const tiny: CaseSpec = {
  options: {},
  start: [0, 0],
  gradients: [
    [1e-6, -3e-6],
    [2e-6, -1e-6],
    [1e-6, 1e-6],
  ],
};
/** One push, then nothing: only a remembered velocity or moment can keep it moving. */
const push = (options: Options): CaseSpec => ({
  options,
  start: [1, -1],
  gradients: [
    [1, -2],
    [0, 0],
    [0, 0],
  ],
});
/** The same gradient three times: a remembered accumulator makes each step smaller. */
const repeat = (options: Options): CaseSpec => ({
  options,
  start: [0, 0],
  gradients: [
    [1, -2],
    [1, -2],
    [1, -2],
  ],
});

/**
 * Push, pause, push: one gradient of 0 in between (`paused`, 0 by default for every parameter), which must still
 * update the state, so the third step is not the first one again.
 */
const pause = (options: Options, paused: number[] = [0, 0]): CaseSpec => ({
  options,
  start: [0, 0],
  gradients: [[1, -2], paused, [1, -2]],
});

const CASES: Record<Name, Record<string, CaseSpec>> = {
  sgd: {
    figure: onF({ lr: 0.95 }),
    slow: onF({ lr: 0.1 }),
    vector: {
      options: { lr: 0.5 },
      start: [1, -2, 0.5, 0],
      gradients: [
        [0.2, -0.4, 3, 0],
        [1, 1, -1, -2],
      ],
    },
  },
  momentum: {
    figure: onF({ lr: 0.1 }),
    custom: onF({ lr: 0.05, momentum: 0.8, dampening: 0.3 }), // μ, τ and 1 − τ all different: each slip shows
    memory: push({ lr: 0.1 }),
    pause: pause({ lr: 0.1 }, [0, 0.5]), // one parameter paused: tells a skipped zero gradient from state not kept
  },
  nesterov: {
    figure: onF({ lr: 0.1 }),
    custom: onF({ lr: 0.05, momentum: 0.5 }),
    memory: push({ lr: 0.1 }),
    pause: pause({ lr: 0.1 }, [0, 0.5]), // one parameter paused: tells a skipped zero gradient from a skipped call
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
    pause: pause({ lr: 0.1 }),
    pauseOne: pause({ lr: 0.1 }, [0, 0.5]), // one parameter paused: tells a skipped zero gradient from a skipped call
  },
  adadelta: {
    defaults: onF({}),
    custom: onF({ lr: 0.5, rho: 0.95, eps: 1e-4 }),
    memory: repeat({}),
    pause: pause({}),
    pauseOne: pause({}, [0, 0.5]), // one parameter paused: tells a skipped zero gradient from a skipped call
  },
  adam: {
    figure: onF({ lr: 0.3 }),
    defaults: onF({}),
    custom: onF({ lr: 0.1, beta1: 0.5, beta2: 0.9, eps: 1e-3 }),
    tiny,
    memory: push({ lr: 0.1 }),
    pause: pause({ lr: 0.1 }, [0, 0.5]), // one parameter paused: tells a skipped zero gradient from state not kept
  },
  nadam: {
    figure: onF({ lr: 0.3 }),
    defaults: onF({}),
    custom: onF({ lr: 0.1, beta1: 0.8, beta2: 0.99, eps: 1e-3, momentumDecay: 0.1 }),
    tiny,
    memory: push({ lr: 0.1 }),
    pause: pause({ lr: 0.1 }, [0, 0.5]), // one parameter paused: tells a skipped zero gradient from state not kept
  },
};

/**
 * The held-out cases (spec/held-out/, never given to students): the same optimizers from another
 * start, with other options, and on other gradients than any public case.
 */
const away = (options: Options): CaseSpec => ({ options, start: [4.5, -1.25], gradients: 'f', steps: 12 });
const bumps = (options: Options): CaseSpec => ({
  options,
  start: [0.5, 2, -1],
  gradients: [
    [0.3, -1.2, 2],
    [-0.7, 0.4, 0],
    [0.2, 0.2, -0.5],
    [1.5, -0.1, 0.05],
    [0, 0, 0],
    // A step after the zero one: a call skipped whole (no decay, no count) shows there.
    [0.4, -0.3, 0.1],
  ],
});
const HELD_OUT: Record<Name, Record<string, CaseSpec>> = {
  sgd: { away: away({ lr: 0.4 }), bumps: bumps({ lr: 0.25 }) },
  // plain: torch's defaults (lr aside, where it has none), from another start: a default copied from Keras, or none at all
  momentum: {
    away: away({ lr: 0.07, momentum: 0.8 }),
    bumps: bumps({ lr: 0.2, momentum: 0.6, dampening: 0.25 }),
    plain: away({ lr: 0.03 }),
  },
  nesterov: { away: away({ lr: 0.07, momentum: 0.8 }), bumps: bumps({ lr: 0.2, momentum: 0.6 }), plain: away({ lr: 0.03 }) },
  adagrad: { away: away({ lr: 0.8, initialAccumulatorValue: 0.05 }), bumps: bumps({ lr: 0.3, eps: 1e-6 }), plain: away({}) },
  rmsprop: { away: away({ lr: 0.05, alpha: 0.95 }), bumps: bumps({ lr: 0.02, alpha: 0.8, eps: 1e-6 }), plain: away({}) },
  adadelta: { away: away({ lr: 2, rho: 0.8 }), bumps: bumps({ lr: 0.7, rho: 0.7, eps: 1e-5 }), plain: away({}) },
  adam: {
    away: away({ lr: 0.2, beta1: 0.8, beta2: 0.99 }),
    bumps: bumps({ lr: 0.05, beta1: 0.7, beta2: 0.95, eps: 1e-6 }),
    plain: away({}),
  },
  nadam: {
    away: away({ lr: 0.2, beta1: 0.85, beta2: 0.99 }),
    bumps: bumps({ lr: 0.05, beta1: 0.7, beta2: 0.95, eps: 1e-6, momentumDecay: 0.02 }),
    plain: away({}),
  },
};

// ---------------------------------------------------------------------------------------------
// Two slips made together, as the learner corpora wrote them: ε inside the root (the Keras habit) along with any
// other line of the adaptive optimizers, and the pairs seen as written. Each is named as a pair where its path is
// its own; a pair that walks like one of its slips alone is dropped (a note says so).
// ---------------------------------------------------------------------------------------------
const EPS_INSIDE_WITH: Partial<Record<Name, true>> = { adagrad: true, rmsprop: true, adam: true, nadam: true };
/** Slips that are not a line beside √(v + ε): the root itself, the ε̂ form, or state and zero-gradient behaviour. */
const NOT_BESIDE_EPS: readonly Mistake[] = [
  'epsInsideRoot',
  'noSqrt',
  'absNoRoot',
  'zeroCallSkipped',
  'lrAlphaSwapped',
  'kerasForm',
  'hatForm',
  'notKept',
  'skipsZeroGradient',
  'mNotKept',
  'tNotKept',
  'eps1e7',
  'epsIgnored',
];
const SEEN_PAIRS: Partial<Record<Name, readonly (readonly [Mistake, Mistake])[]>> = {
  sgd: [
    ['ascent', 'lastParamSkipped'],
    ['ascent', 'dividesByLr'],
  ],
  momentum: [['dampeningAtStep1', 'lrTwice']],
  nesterov: [
    ['emaFromStart', 'oldVelocity'],
    ['oldVelocity', 'lrInVelocity'],
  ],
  adagrad: [
    ['staleSum', 'initialAccumulatorIgnored'],
    ['initialAccumulatorIgnored', 'eps1e7'],
  ],
  rmsprop: [['kerasAlpha', 'vStartsAtG2']],
  adadelta: [
    ['staleAverage', 'rhoSwappedInU'],
    ['epsOutsideRoots', 'lrInU'],
    ['uOfG2', 'rhoDefault095'],
    ['rhoSwapped', 'lrInU'],
    ['lrIgnored', 'rhoSwappedInU'],
    ['lrIgnored', 'staleAverage'],
    ['lrInU', 'updateTimesLr'],
  ],
  adam: [['tPerParameter', 'epsIgnored']],
  nadam: [
    ['psiPrecedence', 'mOnlyCorrected'],
    ['productPerParameter', 'denominatorsSwapped'],
    ['productPerParameter', 'gTermOverNext'],
  ],
};

/** The pairs of `name`, each as its key 'a+b' (the order of the words: the first slip is told first). */
export function pairsOf(name: Name): [string, readonly [Mistake, Mistake]][] {
  const beside = EPS_INSIDE_WITH[name]
    ? algorithms[name].mistakes.filter((m) => !NOT_BESIDE_EPS.includes(m)).map((m) => [m, 'epsInsideRoot'] as const)
    : [];
  return [...(SEEN_PAIRS[name] ?? []), ...beside].map((pair) => [`${pair[0]}+${pair[1]}`, pair]);
}

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
/**
 * Specs recognise a mistake's position within 1e-9 of its own size (a learner's doubles reproduce a 60-digit
 * model far closer than that); ten times that keeps the mistakes apart from the right path and each other.
 */
const APART = 1e-8;
const MISTAKE_STEPS = 3;

function differ(a: Vec, b: Vec, within: (y: Decimal) => Decimal = (y) => Decimal.max(D(APART).times(y.abs()), 1e-12)): boolean {
  return a.some((x, i) => {
    const y = b[i]!;
    if (x.isNaN() || y.isNaN()) return x.isNaN() !== y.isNaN();
    if (!x.isFinite() || !y.isFinite()) return !x.eq(y);
    return x.minus(y).abs().gt(within(y));
  });
}

/** Whether the spec rejects position `a` where `right` is expected (toMatchValue: 1e-9 · max(1, |right|)): then it must be able to say why. */
const failsSpec = (a: Vec, right: Vec) => differ(a, right, (y) => D(1e-9).times(Decimal.max(1, y.abs())));

const notes: string[] = [];

function mistakeValues(name: Name, caseName: string, c: CaseSpec, right: Vec[]): Record<string, (number[] | null)[]> {
  // A slip about a default shows only where the option is not given.
  const defaultOf: Partial<Record<Mistake, string>> = {
    eps1e7: 'eps',
    kerasForm: 'eps',
    kerasLr: 'lr',
    kerasAlpha: 'alpha',
    kerasDefaults: 'lr',
    rhoDefault095: 'rho',
    kerasAccumulator: 'initialAccumulatorValue',
  };
  const usable = (m: Mistake) => !(defaultOf[m] && defaultOf[m]! in c.options) && (m !== 'epsIgnored' || 'eps' in c.options);
  const slips: [string, Slip][] = [
    ...algorithms[name].mistakes.filter(usable).map((m): [string, Slip] => [m, m]),
    ...pairsOf(name).filter(([, pair]) => pair.every(usable)),
  ];
  const paths = new Map(
    slips.map(([key, slip]) => [key, run(build(name, c.options, slip), { ...c, steps: MISTAKE_STEPS }).slice(0, MISTAKE_STEPS)]),
  );
  const out: Record<string, (number[] | null)[]> = {};
  for (const [mistake, path] of paths) {
    // A pair that walks here like one of its slips alone says no more than that slip.
    const alone = mistake.split('+');
    // And at a step where it lands where one of its slips alone does, and the next step does not part them, that slip's
    // name is the one to give (it was made).
    const sameAt = (m: string, k: number) =>
      paths.has(m) && !differ(path[k]!, paths.get(m)![k]!, (y) => Decimal.max(D(1e-9).times(y.abs()), 1e-12));
    const pair = alone.length === 2;
    if (pair && alone.some((m) => path.every((_, k) => sameAt(m, k)))) continue;
    // Two mistakes giving the same position both keep it: the spec names one only where the learner's next step
    // confirms it and not the other (a match at step 1 always needs step 2), and neither where both fit.
    const values = path.map((p, k) => {
      // Where the next step parts them, the spec's confirmation by that step tells the pair from the slip: kept.
      if (!failsSpec(p, right[k]!) || (pair && alone.some((m) => sameAt(m, k) && (k + 1 >= path.length || sameAt(m, k + 1))))) return null;
      const twin = [...paths].find(([other, q]) => other !== mistake && !differ(p, q[k]!));
      if (twin) notes.push(`${name}.${caseName} step ${k + 1}: ${mistake} and ${twin[0]} give the same position; the next step decides`);
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
  {
    name: 'sgd',
    options: { lr: 0.95 },
    steps: { 1: ['-6.3350000000', '-1.8000000000'], 2: ['-5.7331750000', '1.6200000000'], 30: ['-0.3503929958', '0.0847823166'] },
  },
  {
    name: 'momentum',
    options: { lr: 0.1, momentum: 0.9 },
    steps: { 1: ['-6.9300000000', '1.6000000000'], 2: ['-6.7977000000', '0.9200000000'], 30: ['0.8964138585', '0.0880856017'] },
  },
  {
    name: 'nesterov',
    options: { lr: 0.1, momentum: 0.9 },
    steps: { 1: ['-6.8670000000', '1.2400000000'], 2: ['-6.6798270000', '0.4448000000'], 30: ['0.6896149017', '-0.0006799058'] },
  },
  {
    name: 'adagrad',
    options: { lr: 1.5 },
    steps: { 1: ['-5.5000000002', '0.5000000000'], 2: ['-4.5732676724', '0.1361965625'], 30: ['-0.1201622472', '0.0000000000'] },
  },
  {
    name: 'rmsprop',
    options: {},
    steps: { 1: ['-6.9000000143', '1.9000000025'], 2: ['-6.8296211643', '1.8309433291'], 30: ['-6.0424955718', '1.1198248418'] },
  },
  {
    name: 'adadelta',
    options: {},
    steps: { 1: ['-6.9968377546', '1.9968377233'], 2: ['-6.9935940547', '1.9935957289'], 30: ['-6.8930685075', '1.8945884328'] },
  },
  {
    name: 'adam',
    options: { lr: 0.3 },
    steps: { 1: ['-6.7000000043', '1.7000000008'], 2: ['-6.4004143017', '1.4022453286'], 30: ['0.1360146173', '0.3182453889'] },
  },
  {
    name: 'nadam',
    options: {},
    steps: { 1: ['-6.9978870965', '1.9978870964'], 2: ['-6.9963199373', '1.9963204616'], 30: ['-6.9464018344', '1.9465891799'] },
  },
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
        if (VERBOSE)
          console.log(
            `${row.name.padEnd(9)} step ${k.padStart(2)} [${i}]  ours ${ours[i]!.toFixed(13).padStart(17)}  torch ${value.padStart(14)}  |difference| ${difference.toExponential(2)}`,
          );
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
  // A pair's key ('a+b') is quoted; every other key is a name.
  const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`);
  if (flat) return `{ ${entries.map(([k, x]) => `${key(k)}: ${literal(x, inner)}`).join(', ')} }`;
  return `{\n${entries.map(([k, x]) => `${inner}${key(k)}: ${literal(x, inner)},`).join('\n')}\n${indent}}`;
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

/** The known mistakes a value can give away (explained in spec/support/optimizer-mistakes.ts). */
export type OptimizerSlip =
${MISTAKES.map((m) => `  | '${m}'`).join('\n')};

/** A slip, or two made together ('a+b', told in that order). */
export type OptimizerMistake =
  | OptimizerSlip
${[...new Set((Object.keys(algorithms) as Name[]).flatMap((name) => pairsOf(name).map(([key]) => key)))].map((key) => `  | '${key}'`).join('\n')};

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

/** torch.optim's default of each option, under this kata's names (an option not here has none: lr of SGD, Momentum, Nesterov). */
export const optimizerDefaults: Readonly<Record<string, Readonly<Record<string, number>>>> = ${literal(
    Object.fromEntries((Object.keys(algorithms) as Name[]).map((name) => [name, algorithms[name].defaults])),
    '',
  )};
`;
  console.log(`cross-check against torch.optim: max abs difference ${worst.toExponential(2)} (limit 1e-9)`);
  for (const note of notes) console.log(`note: ${note}`);
  writeGenerated(file, text, 'npm run generate:optimizers');

  writeGenerated(
    join(root, 'spec', 'held-out', 'support', 'generated', 'optimizer-cases.ts'),
    heldOutOptimizerText(),
    'npm run generate:optimizers',
  );
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
    const gradients = [
      ...Array.from({ length: 4 }, () => [u(0.05, 2), u(0.05, 2), u(0.05, 2)]),
      [0, 0, 0],
      [u(0.05, 2), u(0.05, 2), u(0.05, 2)],
    ];
    cases = Object.fromEntries(
      Object.entries(HELD_OUT).map(([name, c]) => [
        name,
        {
          away: { ...c.away!, start },
          bumps: { ...c.bumps!, start: bumpStart, gradients },
          ...(c.plain ? { plain: { ...c.plain, start } } : {}),
        },
      ]),
    ) as unknown as typeof HELD_OUT;
  }
  return `// GENERATED by scripts/generate-optimizer-cases.ts (npm run generate:optimizers); do not edit by hand.
// The held-out cases of the optimizer exercises 15–22 (never given to students), computed like
// spec/support/generated/optimizer-cases.ts: other starts, options and gradients than any public case.
// These are examples: npm run export draws a course's own starts and gradients (--held-out-seed).
import type { OptimizerCase } from '../../../support/generated/optimizer-cases';

export const heldOutOptimizerCases = ${literal(compute(cases), '')} satisfies Record<string, Record<string, OptimizerCase>>;
`;
}
