// The article's worked example, as it prints it (../shared/article/numbers.md): the 2-2-2 network, its
// input and target, and every number of its walk-through, in the article's order. Each number is
// computed on the page by the learner's own 06 and 09–13 and compared at the printed precision.

import { article } from '../spec/support/network';

export { roundLike } from '../spec/support/round';

// The example itself is the specs' own (spec/support/network.ts).
export const input = article.input();
export const target = article.target();
export const learningRate = article.learningRate;
/** weights[0][j][i]: x_i → h_j (w1 … w4); weights[1][k][j]: h_j → o_k (w5 … w8). */
export const network = (): { weights: number[][][] } => article.network();

/** The steps of the article's walk-through, in its order. */
export const STEPS = ['forward', 'error', 'step1', 'step2', 'update', 'again'] as const;
export type Step = (typeof STEPS)[number];

export interface Quantity {
  step: Step;
  /** The article's name for it. */
  name: string;
  /** As the article prints it (its precision is the comparison's). */
  printed: string;
  /** The value to compare with when the article misprints it (erratum), with what to say. */
  corrected?: { printed: string; en: string; ko: string };
  /** The exercise whose code computes it. */
  exercise: string;
  /** Which entry of the learner's results it is. */
  pick: (r: Results) => number | undefined;
}

/** What the learner's code gave for the article's example (undefined where it could not run). */
export interface Results {
  pass?: { z: number[][]; a: number[][] };
  errors?: number[];
  total?: number;
  dEdo?: number[];
  slopeOut?: number[];
  slopeHidden?: number[];
  output?: { delta: number[]; gradients: number[][] };
  gradients?: number[][][];
  updated?: { weights: number[][][] };
  again?: { z: number[][]; a: number[][] };
  againErrors?: number[];
  againTotal?: number;
}

/** w5 and w7 before the update (the weights out of h1): 역전파 2단계 uses them (erratum 4). */
const [[w5], [w7]] = network().weights[1] as [[number], [number]];

const q = (
  step: Step,
  name: string,
  printed: string,
  exercise: string,
  pick: Quantity['pick'],
  corrected?: Quantity['corrected'],
): Quantity => ({ step, name, printed, exercise, pick, ...(corrected ? { corrected } : {}) });

export const QUANTITIES: Quantity[] = [
  q('forward', 'z1', '0.08', '09', (r) => r.pass?.z[1]?.[0]),
  q('forward', 'z2', '0.11', '09', (r) => r.pass?.z[1]?.[1]),
  q('forward', 'h1', '0.51998934', '09', (r) => r.pass?.a[1]?.[0]),
  q('forward', 'h2', '0.52747230', '09', (r) => r.pass?.a[1]?.[1]),
  q('forward', 'z3', '0.44498412', '09', (r) => r.pass?.z[2]?.[0]),
  q('forward', 'z4', '0.68047592', '09', (r) => r.pass?.z[2]?.[1]),
  q('forward', 'o1', '0.60944600', '09', (r) => r.pass?.a[2]?.[0]),
  q('forward', 'o2', '0.66384491', '09', (r) => r.pass?.a[2]?.[1]),
  q('error', 'E_o1', '0.02193381', '10', (r) => r.errors?.[0]),
  q('error', 'E_o2', '0.00203809', '10', (r) => r.errors?.[1]),
  q('error', 'E_total', '0.02397190', '10', (r) => r.total),
  q('step1', '∂E/∂o1', '0.20944600', '10', (r) => r.dEdo?.[0]),
  q('step1', '∂o1/∂z3', '0.23802157', '06', (r) => r.slopeOut?.[0]),
  q('step1', '∂E/∂w5', '0.02592286', '11', (r) => r.output?.gradients[0]?.[0]),
  q('step1', 'w5⁺', '0.43703857', '13', (r) => r.updated?.weights[1]?.[0]?.[0]),
  q('step1', 'w6⁺', '0.38685205', '13', (r) => r.updated?.weights[1]?.[0]?.[1]),
  q('step1', 'w7⁺', '0.69629578', '13', (r) => r.updated?.weights[1]?.[1]?.[0]),
  q('step1', 'w8⁺', '0.59624247', '13', (r) => r.updated?.weights[1]?.[1]?.[1]),
  q('step2', '∂E_o1/∂h1', '0.02243370', '11', (r) => (r.output ? r.output.delta[0]! * w5 : undefined)),
  q('step2', '∂E_o2/∂h1', '0.00997311', '11', (r) => (r.output ? r.output.delta[1]! * w7 : undefined)),
  q('step2', '∂E/∂h1', '0.03240681', '11', (r) => (r.output ? r.output.delta[0]! * w5 + r.output.delta[1]! * w7 : undefined)),
  q('step2', '∂h1/∂z1', '0.24960043', '06', (r) => r.slopeHidden?.[0]),
  q('step2', '∂E/∂w1', '0.00080888', '12', (r) => r.gradients?.[0]?.[0]?.[0]),
  q('step2', 'w1⁺', '0.29959556', '13', (r) => r.updated?.weights[0]?.[0]?.[0]),
  q('step2', 'w2⁺', '0.24919112', '13', (r) => r.updated?.weights[0]?.[0]?.[1]),
  q('step2', 'w3⁺', '0.39964496', '13', (r) => r.updated?.weights[0]?.[1]?.[0]),
  q('step2', 'w4⁺', '0.34928991', '13', (r) => r.updated?.weights[0]?.[1]?.[1]),
  q('again', 'z1⁺', '0.7979778', '13', (r) => r.again?.z[1]?.[0], {
    printed: '0.07979778',
    en: 'the article prints 0.7979778, a digit lost (erratum 1): the value is 0.07979778',
    ko: '글은 0.7979778로 인쇄했지만 숫자 하나가 빠졌습니다(정오표 1). 값은 0.07979778입니다',
  }),
  q('again', 'z2⁺', '0.10982248', '13', (r) => r.again?.z[1]?.[1]),
  q('again', 'h1⁺', '0.51993887', '13', (r) => r.again?.a[1]?.[0]),
  q('again', 'h2⁺', '0.52742806', '13', (r) => r.again?.a[1]?.[1]),
  q('again', 'z3⁺', '0.43126996', '13', (r) => r.again?.z[2]?.[0]),
  q('again', 'z4⁺', '0.67650625', '13', (r) => r.again?.z[2]?.[1]),
  q('again', 'o1⁺', '0.60617688', '13', (r) => r.again?.a[2]?.[0]),
  q('again', 'o2⁺', '0.66295848', '13', (r) => r.again?.a[2]?.[1]),
  q('again', 'E_o1⁺', '0.02125445', '13', (r) => r.againErrors?.[0]),
  q('again', 'E_o2⁺', '0.00198189', '13', (r) => r.againErrors?.[1]),
  q('again', 'E_total⁺', '0.02323634', '13', (r) => r.againTotal),
];
