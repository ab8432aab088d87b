// 12 backprop — 역전파 2단계 and beyond: the gradients of every layer, for a network of any depth
// ([역전파 계산], [미분의 연쇄법칙]).
// Expected values: spec/support/network.ts (60-digit decimals), and for deeper nets the learner's own
// numericalGradient from 08 (the curriculum's dependency), checked first on a known function.
// The wrong answers a mistake gives are modelled below from the article's exact values, to recognise them.
import { describe, expect, it } from 'vitest';
import { backprop as yourBackprop } from '@kata/12-backprop/backprop';
import { numericalGradient } from '@kata/08-numerical-gradient/numerical-gradient';
import { outputLayerGradients } from '@kata/11-output-layer/output-layer';
import { matchesModel } from './support/nested';
import { josa, explainThrow, expectGradientCheck, slopeOfUndefined, expectRejects, expectShape, expectUnchanged, shaped, near, t, type Mistake, type Nested } from './support';
import { article, deepExample, deeperExample, flatten, lossOf, lossSlopes, saturatedExample, singleLayerExample, unflatten, wideExample, type Example } from './support/network';
import { expectReady, knownValue } from './support/prerequisites';

/** σ′ handed undefined (your 06 says so): an index into pass.z where there is nothing. A symptom, with where it usually comes from. */
const undefinedSlope: Mistake = {
  when: slopeOfUndefined,
  id: 'slope-of-undefined',
  symptom: true,
  en: 'σ′ was handed undefined: an index into pass.z where there is no entry. pass.z[0] is [] (the input layer has no z), so a loop over the layers that reaches l = 0, or a read of z[l − 1], finds nothing there; the hidden layers run from L − 1 down to 1, each with its own z[l].',
  ko: 'σ′에 undefined가 들어갔습니다. pass.z에서 항목이 없는 인덱스를 읽었습니다. pass.z[0]은 [](입력층에는 z가 없음)이므로 l = 0까지 가는 층 반복문이나 z[l − 1]을 읽는 코드는 아무것도 찾지 못합니다. 은닉층은 L − 1부터 1까지이고 각자 자기 z[l]을 씁니다.',
};
/** Your backprop, with a crash inside σ′ explained. */
const backprop = (...args: Parameters<typeof yourBackprop>) => explainThrow(() => yourBackprop(...args), [undefinedSlope]);

const step2 = t('backprop step 2, 역전파 2단계', '역전파 2단계');
const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const exact = article.pass();
const [x1] = article.input() as [number, number];
const [o1, o2] = exact.a[2]! as [number, number];
/** ∂h1/∂z1 · ∂z1/∂w1 = σ′(z1) · x1: dividing ∂E/∂w1 by it gives ∂E/∂h1. */
const h1ToW1 = article.hiddenSlopes[0]! * x1;

/**
 * The first layer's gradients as a given (possibly wrong) recipe computes them from the article's
 * exact output deltas: ∂E/∂w[i][k] = (Σ_{j in paths} W[j][i]·δ_j) · slope(z_i, h_i) · feed_k.
 */
interface HiddenOptions {
  slope?: (z: number, h: number, i: number) => number;
  paths?: number[];
  transposed?: boolean;
  feed?: readonly number[];
  sent?: readonly number[];
  outputWeights?: readonly (readonly number[])[];
  ownDelta?: boolean;
}

function hiddenModel(options: HiddenOptions = {}): number[][] {
  const W = options.outputWeights ?? article.network().weights[1]!;
  const { slope = (z: number) => sigma(z) * (1 - sigma(z)), paths = [0, 1], transposed = false, feed = exact.a[0]!, sent: delta = article.outputDelta } = options;
  return [0, 1].map((i) => {
    const dEdh = paths.reduce((sum, j) => sum + (transposed ? W[i]![j]! : W[j]![i]!) * delta[options.ownDelta ? i : j]!, 0);
    const d = dEdh * slope(exact.z[1]![i]!, exact.a[1]![i]!, i);
    return feed.map((x) => d * x);
  });
}

interface Slip {
  options?: HiddenOptions;
  model?: number[][];
  id: string;
  en: string;
  ko: string;
}

const singleSlips: Slip[] = [
  {
    options: { ownDelta: true },
    id: 'own-index-delta',
    en: 'the sum going back took δ of the unit\'s own index, delta[i], in every term: ∂E/∂h_i = Σ_j weights[l][j][i] · δ_j, with the δ of each unit j that h_i feeds.',
    ko: '거꾸로 더할 때 모든 항에 유닛 자신의 인덱스의 δ(delta[i])를 썼습니다. ∂E/∂h_i = Σ_j weights[l][j][i] · δ_j 이고, h_i가 이어지는 각 유닛 j의 δ를 씁니다.',
  },
  {
    model: article.outputDelta.map((d) => exact.a[0]!.map((x) => d * x)),
    id: 'gradients-from-output-delta',
    en: 'the first layer\'s gradients were built from the output layer\'s δ: each layer\'s gradients use its own δ, ∂E/∂w1 = δ_h1 · x1 with δ_h1 = ∂E/∂h1 · σ′(z1).',
    ko: '첫 층의 기울기를 출력층의 δ로 만들었습니다. 각 층의 기울기는 그 층의 δ를 씁니다: ∂E/∂w1 = δ_h1 · x1, 여기서 δ_h1 = ∂E/∂h1 · σ′(z1).',
  },
  {
    options: { outputWeights: article.updated().weights[1]! },
    id: 'updated-output-weights',
    en: 'the hidden layer was back-propagated through w5⁺ … w8⁺, the output weights after an update (w5⁺ = 0.43703857): backprop uses the weights as they are, w5 = 0.45 and w7 = 0.7. The update comes later, in backpropStep (13).',
    ko: '갱신한 뒤의 출력 가중치 w5⁺ … w8⁺(w5⁺ = 0.43703857)로 은닉층을 역전파했습니다. backprop은 지금 그대로의 가중치 w5 = 0.45, w7 = 0.7을 씁니다. 갱신은 나중에 backpropStep(13)에서 합니다.',
  },
  {
    options: { outputWeights: article.network().weights[0]! },
    id: 'weights-of-layer-below',
    en: 'the sum going back read the weights of the layer below, weights[l − 1] (w1 … w4). The paths out of h1 are the weights that h1 feeds, weights[l]: w5 to o1 and w7 to o2.',
    ko: '거꾸로 더할 때 아래층의 가중치 weights[l − 1](w1 … w4)을 읽었습니다. h1에서 나가는 경로는 h1이 이어지는 가중치 weights[l], 즉 o1로 가는 w5와 o2로 가는 w7입니다.',
  },
  {
    options: { paths: [0] },
    id: 'only-path-o1',
    en: 'only the path through o1 was counted. h1 feeds both outputs, so ∂E/∂h1 = ∂E_o1/∂h1 + ∂E_o2/∂h1 = δ1·w5 + δ2·w7 = 0.02243370 + 0.00997311 = 0.03240681: sum over every unit that h1 feeds.',
    ko: 'o1을 지나는 경로만 셌습니다. h1은 두 출력 모두로 이어지므로 ∂E/∂h1 = ∂E_o1/∂h1 + ∂E_o2/∂h1 = δ1·w5 + δ2·w7 = 0.02243370 + 0.00997311 = 0.03240681 입니다. h1이 이어지는 모든 유닛에 대해 더하세요.',
  },
  {
    options: { paths: [1] },
    id: 'only-path-o2',
    en: 'only the path through o2 was counted. h1 feeds both outputs, so ∂E/∂h1 = δ1·w5 + δ2·w7 = 0.03240681: sum over every unit that h1 feeds.',
    ko: 'o2를 지나는 경로만 셌습니다. h1은 두 출력 모두로 이어지므로 ∂E/∂h1 = δ1·w5 + δ2·w7 = 0.03240681 입니다. h1이 이어지는 모든 유닛에 대해 더하세요.',
  },
  {
    options: { slope: () => 1 },
    id: 'hidden-no-sigma-prime',
    en: 'σ′ is missing in the hidden layer: ∂E/∂w1 = ∂E/∂h1 · ∂h1/∂z1 · ∂z1/∂w1, and ∂h1/∂z1 = σ′(z1) = 0.24960043.',
    ko: '은닉층에서 σ′가 빠졌습니다. ∂E/∂w1 = ∂E/∂h1 · ∂h1/∂z1 · ∂z1/∂w1 이고 ∂h1/∂z1 = σ′(z1) = 0.24960043 입니다.',
  },
  {
    options: { slope: (_z, h) => sigma(h) * (1 - sigma(h)) },
    id: 'hidden-sigma-prime-of-h',
    en: 'σ′ was applied to the activation h instead of the pre-activation z: use sigmoidPrime(z[l][i]), or h · (1 − h) directly, as the article does.',
    ko: 'σ′를 활성화 이전 값 z가 아니라 활성화 값 h에 적용했습니다. sigmoidPrime(z[l][i])를 쓰거나, 글처럼 h · (1 − h)를 직접 쓰세요.',
  },
  {
    options: { slope: (z) => z * (1 - z) },
    id: 'hidden-z-times-one-minus-z',
    en: 'σ′ was written as z · (1 − z) in the hidden layer. The slope is σ(z) · (1 − σ(z)) = h · (1 − h).',
    ko: '은닉층에서 σ′를 z · (1 − z)로 썼습니다. 기울기는 σ(z) · (1 − σ(z)) = h · (1 − h) 입니다.',
  },
  {
    options: { slope: (z, h) => h * (1 - z) },
    id: 'hidden-sigma-prime-mixed',
    en: 'σ′ was written as σ(z) · (1 − z) in the hidden layer. Both factors need σ(z): h · (1 − h).',
    ko: '은닉층에서 σ′를 σ(z) · (1 − z)로 썼습니다. 두 인수 모두 σ(z)여야 합니다: h · (1 − h).',
  },
  {
    options: { transposed: true },
    id: 'weights-transposed-going-back',
    en: 'the weights were read the wrong way round going back. The paths out of h1 are w5 (to o1) and w7 (to o2): column i of weights[l], so ∂E/∂h_i = Σ_j weights[l][j][i] · δ_j, not Σ_j weights[l][i][j] · δ_j.',
    ko: '거꾸로 갈 때 가중치를 반대로 읽었습니다. h1에서 나가는 경로는 w5(o1로)와 w7(o2로), 즉 weights[l]의 i번째 열입니다. 따라서 ∂E/∂h_i = Σ_j weights[l][j][i] · δ_j 이고, Σ_j weights[l][i][j] · δ_j가 아닙니다.',
  },
  {
    options: { slope: (_z, _h, i) => sigma(exact.z[2]![i]!) * (1 - sigma(exact.z[2]![i]!)) },
    id: 'sigma-prime-of-next-layer',
    en: 'σ′ was taken at the wrong layer\'s z: the hidden δ_i = ∂E/∂h_i · σ′(z_i) needs the z of that hidden unit, z[l][i] (z1, z2 here), not the z of the layer after it (z3, z4).',
    ko: '다른 층의 z로 σ′를 구했습니다. 은닉층의 δ_i = ∂E/∂h_i · σ′(z_i)에는 그 은닉 유닛의 z, 즉 z[l][i](여기서는 z1, z2)가 필요합니다. 그다음 층의 z(z3, z4)가 아닙니다.',
  },
  {
    options: { sent: exact.a[2]!.map((o, j) => o - article.target()[j]!) },
    id: 'error-sent-back',
    en: 'the error o − t was sent back instead of δ: ∂E/∂h1 = Σ_j w_j1 · δ_j with δ_j = (o_j − t_j) · σ′(z_j), the output layer\'s δ from 11, which already includes σ′ of the output.',
    ko: 'δ 대신 오차 o − t를 거꾸로 보냈습니다. ∂E/∂h1 = Σ_j w_j1 · δ_j 이고 δ_j = (o_j − t_j) · σ′(z_j), 즉 11에서 구한 출력층의 δ입니다. 여기에는 출력의 σ′가 이미 들어 있습니다.',
  },
  {
    options: { feed: exact.a[1]! },
    id: 'first-layer-times-h',
    en: 'the first layer\'s gradients were multiplied by h. ∂z1/∂w1 = x1: multiply δ by the activations that feed the weight, a[l − 1] (for the first layer, the input).',
    ko: '첫 층의 기울기에 h를 곱했습니다. ∂z1/∂w1 = x1 이므로 δ에 그 가중치로 들어오는 활성화 값 a[l − 1](첫 층이면 입력)을 곱하세요.',
  },
];

/** Two of the slips above at once, where they touch different parts of the recipe: both named, the first one's id. */
const pairedSlips = singleSlips.flatMap((a, k) =>
  singleSlips.slice(k + 1).flatMap((b): Slip[] => {
    if (!a.options || !b.options || Object.keys(a.options).some((key) => key in b.options!)) return [];
    return [{ options: { ...a.options, ...b.options }, id: a.id, en: `two slips. First, ${a.en} Second, ${b.en}`, ko: `실수가 두 가지입니다. 첫째, ${a.ko} 둘째, ${b.ko}` }];
  }),
);
const hiddenSlips = [...singleSlips, ...pairedSlips].map((s: Slip) => ({ ...s, model: s.model ?? hiddenModel(s.options) }));

function hiddenMistakes(pick: (m: number[][]) => unknown = (m) => m): Mistake[] {
  // A pair whose value here is a single slip's (own index and one path agree for h1) says no more than that slip: left out.
  const singles = hiddenSlips.slice(0, singleSlips.length);
  const telling = hiddenSlips.filter((s, k) => k < singleSlips.length || !singles.some((one) => near(pick(one.model), pick(s.model) as number[], 1e-9)));
  return telling.map((s) => ({ when: (r: unknown) => near(r, pick(s.model) as number[], 1e-6), id: s.id, en: s.en, ko: s.ko }));
}

/** Every entry of a number, a matrix, or the first layer of a list of matrices is exactly 0. */
function firstLayerZero(r: unknown): boolean {
  const zero = (x: unknown): boolean => (Array.isArray(x) ? x.length > 0 && x.every(zero) : x === 0);
  return Array.isArray(r) && Array.isArray(r[0]) && Array.isArray(r[0][0]) ? zero(r[0]) : zero(r);
}

/** The first layer's gradients never filled in (the loop back stops one layer early), confirmed on the article. */
const firstLayerLeftAtZero: Mistake = {
  when: (r) => {
    if (!firstLayerZero(r)) return false;
    const g = yourBackprop(article.network(), article.input(), article.target());
    return firstLayerZero(g) && near(g[1], article.gradients()[1]!, 1e-9);
  },
  id: 'first-layer-left-at-zero',
  en: 'the gradients of the first layer (w1 … w4) are all 0 while the output layer\'s are right: they were never filled in. Either the loop that goes back from the output stops one layer early (l > 1 where l >= 1 belongs, say) and must reach the first layer of weights, weights[0]; or the new layer\'s gradients went into a variable of their own (g = …) and not into the list you return (gradients[l − 1] = …).',
  ko: '출력층의 기울기는 맞는데 첫 층(w1 … w4)의 기울기가 모두 0입니다. 한 번도 채워지지 않았습니다. 출력에서 거꾸로 가는 반복문이 한 층 일찍 멈췄거나 (예: l >= 1 자리에 l > 1) — 첫 번째 가중치 층 weights[0]까지 가야 합니다 — 새 층의 기울기를 반환하는 목록이 아니라 따로 만든 변수(g = …)에 넣었습니다 (gradients[l − 1] = …).',
};

/** The gradients of every layer, but in the reverse order: the output layer's first. */
function reversedMistake(gradients: Nested): Mistake {
  return {
    value: gradients,
    // One entry can match by chance (a first layer stored where the last belongs): the whole list must be reversed.
    also: () => matchesModel(yourBackprop(article.network(), article.input(), article.target()), [...article.gradients()].reverse() as Nested),
    id: 'layers-reversed',
    en: 'the layers come back in reverse order: gradients[l] belongs to weights[l], so gradients[0] is the first layer (w1 … w4) and the last entry the output layer (w5 … w8). Going back from the output, put each new layer in front (unshift), or reverse the list at the end.',
    ko: '층의 순서가 거꾸로입니다. gradients[l]은 weights[l]의 기울기이므로 gradients[0]이 첫 층(w1 … w4)이고 마지막 항목이 출력층(w5 … w8)입니다. 출력에서 거꾸로 가면서 새 층을 앞에 넣거나(unshift), 끝에서 목록을 뒤집으세요.',
  };
}

/** The gradients of a net of L layers come back with fewer layers (the loop stopped too early), or reversed. */
function depthMistakes(layers: number, gradients?: readonly unknown[]): Mistake[] {
  return [
    ...(gradients ? [reversedMistake([...gradients].reverse() as Nested)] : []),
    {
      when: (r) => Array.isArray(r) && r.length < layers,
      id: 'too-few-layers',
      en: `your gradients have fewer layers than the network (${layers}): keep going back one layer at a time until the first layer of weights, as the article says you must when there are more hidden layers.`,
      ko: `기울기의 층 수가 네트워크(${layers}층)보다 적습니다. 글에서 말하듯 은닉층이 더 있으면 첫 번째 가중치 층에 닿을 때까지 한 층씩 계속 거슬러 올라가야 합니다.`,
    },
  ];
}

/**
 * What backprop gives on `example` with one slip of the way down, a model of it: δ not carried (`delta = hiddenDelta`
 * forgotten, so every hidden layer is fed the output δ), or every hidden layer's gradients fed by the input a[0]. With one
 * hidden layer (the article) both are still right.
 */
function deepSlip(example: Example, slip: 'delta-not-carried' | 'delta-sized-by-rows' | 'input-feeds-every-layer', over: 'delta' | 'rows' = 'delta'): number[][][] {
  const { weights } = example.network;
  const a: number[][] = [[...example.input]];
  for (const layer of weights) a.push(layer.map((row) => sigma(row.reduce((sum, w, i) => sum + w * a[a.length - 1]![i]!, 0))));
  const L = weights.length;
  const outputDelta = a[L]!.map((o, j) => (o - example.target[j]!) * o * (1 - o));
  const outer = (delta: number[], feed: number[]) => delta.map((d) => feed.map((x) => d * x));
  const feed = (l: number) => (slip === 'input-feeds-every-layer' ? a[0]! : a[l - 1]!);
  const gradients = [outer(outputDelta, a[L - 1]!)]; // the output layer is 11's, right
  let delta = outputDelta;
  // The sum over j walks δ's entries, or the rows of weights[l] (the same count unless δ is the wrong one).
  const sent = (l: number, i: number) =>
    over === 'delta' ? delta.reduce((sum, d, j) => sum + (weights[l]![j]?.[i] ?? Number.NaN) * d, 0) : weights[l]!.reduce((sum, row, j) => sum + (row[i] ?? Number.NaN) * (delta[j] ?? Number.NaN), 0);
  for (let l = L - 1; l >= 1; l--) {
    const units = slip === 'delta-sized-by-rows' ? weights[l]!.map((_, i) => a[l]![i] ?? Number.NaN) : a[l]!;
    const hidden = units.map((h, i) => sent(l, i) * h * (1 - h));
    if (slip !== 'delta-not-carried') delta = hidden;
    gradients.unshift(outer(hidden, feed(l)));
  }
  return gradients;
}

/** The slips of the way down that only a net deeper than the article's shows. */
function deepMistakes(example: Example): Mistake[] {
  return [
    ...(['delta', 'rows'] as const).flatMap((over) => {
      const notCarried = deepSlip(example, 'delta-not-carried', over);
      const nan = notCarried.flat(2).some(Number.isNaN);
      return [
        {
          value: notCarried,
          id: 'delta-not-carried',
          en: `every hidden layer was fed the output layer's δ: after a layer's δ is found, the layer below must send back that one (delta = hiddenDelta), not the output δ.${nan ? ' (Your sum runs over the rows of weights[l], more than the output δ has here: hence the NaN.)' : ''} With a single hidden layer, as in the article, the two are the same.`,
          ko: `모든 은닉층에 출력층의 δ를 보냈습니다. 한 층의 δ를 구한 뒤에는 그 아래 층이 이 δ를 거꾸로 보내야 합니다 (delta = hiddenDelta).${nan ? ' (합이 weights[l]의 행을 도는데, 여기서는 출력 δ의 항목이 그보다 적어서 NaN이 나옵니다.)' : ''} 글처럼 은닉층이 하나뿐이면 둘이 같습니다.`,
        },
        {
          value: deepSlip(example, 'delta-sized-by-rows', over),
          id: 'delta-sized-by-rows',
          en: 'the new δ has one entry per row of weights[l] (a unit of layer l + 1), not one per unit of layer l: δ_l[i] = Σ_j weights[l][j][i] · δ_{l+1}[j] · σ′(z_l[i]), with i over the units of layer l (a[l].length, the columns of weights[l]) and j over the rows. With square layers, as in the article, the two counts agree.',
          ko: '새 δ의 항목이 l번째 층의 유닛마다가 아니라 weights[l]의 행(l + 1번째 층의 유닛)마다 하나씩입니다. δ_l[i] = Σ_j weights[l][j][i] · δ_{l+1}[j] · σ′(z_l[i])에서 i는 l번째 층의 유닛(a[l].length, weights[l]의 열)을, j는 행을 돕니다. 글처럼 층의 너비가 같으면 두 개수가 같습니다.',
        },
      ];
    }),
    {
      value: deepSlip(example, 'input-feeds-every-layer'),
      id: 'input-feeds-every-layer',
      en: 'every hidden layer\'s gradients were multiplied by the input a[0]: the weights into layer l, weights[l − 1], get δ of layer l times the activations that feed them, a[l − 1]. Only the first layer of weights is fed by the input; with a single hidden layer, as in the article, the two are the same.',
      ko: '모든 은닉층의 기울기에 입력 a[0]을 곱했습니다. l번째 층으로 들어오는 가중치 weights[l − 1]의 기울기는 l번째 층의 δ에 그 가중치로 들어오는 활성화 a[l − 1]을 곱한 것입니다. 입력이 들어오는 가중치는 첫 층뿐이고, 글처럼 은닉층이 하나뿐이면 둘이 같습니다.',
    },
  ];
}

/** ∂E/∂h1 recovered from the learner's ∂E/∂w1 = ∂E/∂h1 · σ′(z1) · x1. */
function dEdh1(target: number[]): number {
  const gradients = backprop(article.network(), article.input(), target);
  expectShape(gradients, article.gradients(), `backprop(article, [${target}])`, depthMistakes(2));
  return gradients[0]![0]![0]! / h1ToW1;
}

/** Your numericalGradient from 08 must be right before it can judge backprop. */
const numericalGradientReady = [
  knownValue('08', 'numericalGradient', 'numericalGradient(([x, y]) => Math.exp(x) + y ** 3, [1, 2])', () => numericalGradient(([x, y]) => Math.exp(x!) + y! ** 3, [1, 2]), [2.718281828459045, 12], 1e-8),
];
const checkingBackprop = { en: 'this check of your backprop (your backprop may well be right)', ko: '이 backprop 검사는(backprop은 맞을 수도 있습니다)' };

/** backprop against your own numerical gradient of E, for any network. */
function expectMatchesNumericalGradient(example: Example): void {
  const analytic = backprop(example.network, example.input, example.target);
  expectShape(analytic, example.gradients, `backprop(${example.name})`, [...depthMistakes(example.network.weights.length, example.gradients), ...deepMistakes(example)]);
  expectReady(numericalGradientReady, checkingBackprop);
  const shape = example.network.weights;
  const numeric = unflatten(numericalGradient((flat) => lossOf(unflatten(flat, shape), example.input, example.target), flatten(shape)), shape);
  expectGradientCheck(analytic, numeric, t(`backprop(${example.name}) against numericalGradient (08)`, `backprop(${example.name})와 numericalGradient(08) 비교`), 1e-7, [...depthMistakes(shape.length), ...deepMistakes(example)]);
}

/** Central differences of the loss (h = 1e−5) instead of backpropagation: what they give on `example`. */
function finiteDifferences(example: Example, scaled: (g: number[][][]) => number[][][]): Mistake {
  return {
    value: scaled(lossSlopes(example.network.weights, example.input, example.target)),
    id: 'finite-differences',
    en: 'these are differences of the loss, not backpropagation: where a unit is saturated they round to 0. Send δ back through the weights with the chain rule, layer by layer.',
    ko: '역전파가 아니라 손실의 차분입니다. 유닛이 포화된 곳에서는 0으로 반올림됩니다. 연쇄법칙으로 δ를 가중치를 거쳐 한 층씩 뒤로 보내세요.',
  };
}

/**
 * Differences of the loss on `example`, close to the right gradients there: named only when your backprop also gives
 * the differences on the saturated net, where they round to 0 and backpropagation does not.
 */
function differencesHere(example: Example, pick: (g: number[][][]) => Nested): Mistake {
  const saturated = saturatedExample();
  const scaled = (g: number[][][]) => g.map((layer) => layer.map((row) => row.map((x) => x * 1e18)));
  const there = finiteDifferences(saturated, scaled);
  const here = finiteDifferences(example, (g) => g);
  return {
    ...there,
    value: pick(here.value as number[][][]),
    also: () => matchesModel(scaled(backprop(saturated.network, saturated.input, saturated.target)), there.value!),
  };
}

/** The last layer is what your outputLayerGradients (11) computes: if that is not right yet, say so. */
const outputLayerNotReady: Mistake = {
  when: () => !near(outputLayerGradients(article.network(), article.pass(), article.target()).gradients, article.gradients()[1]!, 1e-9),
  id: 'output-layer-gradients-wrong',
  en: 'your outputLayerGradients (11) does not give the article\'s ∂E/∂w5 … ∂E/∂w8 yet: finish 11 first (npm test -- 11).',
  ko: '직접 만든 outputLayerGradients(11)가 아직 글의 ∂E/∂w5 … ∂E/∂w8을 내지 못합니다. 먼저 11을 끝내세요 (npm test -- 11).',
};

describe('12 backprop', () => {
  it(t('backprop step 1 (역전파 1단계) again: the last layer is what outputLayerGradients (11) gives, ∂E/∂w5 = 0.02592286', '다시 역전파 1단계: 마지막 층은 outputLayerGradients(11)의 결과, ∂E/∂w5 = 0.02592286'), () => {
    const gradients = backprop(article.network(), article.input(), article.target());
    expectShape(gradients, article.gradients(), 'backprop(article)', depthMistakes(2));
    expect(gradients[1]![0]![0]).toMatchArticle('0.02592286', { name: '∂E_total/∂w5', step: t('backprop step 1, 역전파 1단계', '역전파 1단계'), mistakes: [outputLayerNotReady, reversedMistake(article.gradients()[0]![0]![0]!)] });
    expect(gradients[1]).toMatchValue(article.gradients()[1]!, { name: t('backprop(article)[1], the gradients of w5 … w8', 'backprop(article)[1], w5 … w8의 기울기'), tol: 1e-12, mistakes: [outputLayerNotReady, reversedMistake(article.gradients()[0]!)] });
  });

  it(t('∂E/∂h1 sums both paths out of h1: ∂E_o1/∂h1 + ∂E_o2/∂h1 = 0.02243370 + 0.00997311 = 0.03240681', '∂E/∂h1은 h1에서 나가는 두 경로의 합: ∂E_o1/∂h1 + ∂E_o2/∂h1 = 0.02243370 + 0.00997311 = 0.03240681'), () => {
    const pick = (m: number[][]) => m[0]![0]! / h1ToW1;
    expect(dEdh1(article.target())).toMatchArticle('0.03240681', { name: t('∂E_total/∂h1 (your ∂E/∂w1 ÷ (σ′(z1) · x1))', '∂E_total/∂h1 (∂E/∂w1 ÷ (σ′(z1) · x1))'), step: step2, mistakes: [...hiddenMistakes(pick), firstLayerLeftAtZero] });
    // With t2 = o2 the second output has no error, so only the path through o1 is left; and the other way round.
    const onlyOther = (path: string): Mistake[] => [
      firstLayerLeftAtZero,
      {
        when: (r) => typeof r === 'number' && Math.abs(r) < 1e-12,
        id: 'path-missing',
        en: `you got 0: here only the path through ${path} carries an error, and your ∂E/∂h1 leaves that path out. Sum over every unit that h1 feeds: ∂E/∂h1 = δ1·w5 + δ2·w7.`,
        ko: `0이 나왔습니다. 여기서는 ${josa(path, '을/를')} 지나는 경로에만 오차가 있는데, ∂E/∂h1이 그 경로를 빠뜨렸습니다. h1이 이어지는 모든 유닛에 대해 더하세요: ∂E/∂h1 = δ1·w5 + δ2·w7.`,
      },
    ];
    expect(dEdh1([0.4, o2])).toMatchArticle('0.02243370', { name: t('∂E_o1/∂h1 = δ1 · w5 (your ∂E/∂w1 ÷ (σ′(z1) · x1) with target (0.4, o2))', '∂E_o1/∂h1 = δ1 · w5 (목표 (0.4, o2)일 때 ∂E/∂w1 ÷ (σ′(z1) · x1))'), step: step2, mistakes: onlyOther('o1') });
    expect(dEdh1([o1, 0.6])).toMatchArticle('0.00997311', { name: t('∂E_o2/∂h1 = δ2 · w7 (your ∂E/∂w1 ÷ (σ′(z1) · x1) with target (o1, 0.6))', '∂E_o2/∂h1 = δ2 · w7 (목표 (o1, 0.6)일 때 ∂E/∂w1 ÷ (σ′(z1) · x1))'), step: step2, mistakes: onlyOther('o2') });
  });

  it(t('the article: ∂E/∂w1 = 0.03240681 × 0.24960043 × 0.1 = 0.00080888, and all four gradients w1 … w4', '글의 예: ∂E/∂w1 = 0.03240681 × 0.24960043 × 0.1 = 0.00080888, 그리고 w1 … w4의 기울기 네 개'), () => {
    const gradients = backprop(article.network(), article.input(), article.target());
    expectShape(gradients, article.gradients(), 'backprop(article)', depthMistakes(2));
    expect(gradients[0]![0]![0]).toMatchArticle('0.00080888', { name: '∂E_total/∂w1', step: step2, mistakes: [...hiddenMistakes((m) => m[0]![0]!), reversedMistake(article.gradients()[1]![0]![0]!), firstLayerLeftAtZero] });
    expect(gradients[0]).toMatchValue(article.gradients()[0]!, { name: t('backprop(article)[0], the gradients of w1 … w4', 'backprop(article)[0], w1 … w4의 기울기'), tol: 1e-12, mistakes: [...hiddenMistakes(), reversedMistake(article.gradients()[1]!), differencesHere(article.example(), (g) => g[0]!), firstLayerLeftAtZero] });
  });

  it(t('a deeper net, 2-3-2-1: every gradient exact', '더 깊은 2-3-2-1 네트워크: 모든 기울기가 정확합니다'), () => {
    const example = deepExample();
    const gradients = backprop(example.network, example.input, example.target);
    expect(gradients).toMatchValue(example.gradients, { name: 'backprop(2-3-2-1)', tol: 1e-12, mistakes: [...depthMistakes(3, example.gradients), ...deepMistakes(example), firstLayerLeftAtZero] });
  });

  it(t('any depth, any width: 2-3-2-1, 3-4-3-2, 2-3-3-2-1 and a single layer agree with your numericalGradient (08) to a relative error below 1e-7', '어떤 깊이와 너비든: 2-3-2-1, 3-4-3-2, 2-3-3-2-1, 층 하나짜리가 직접 만든 numericalGradient(08)와 상대 오차 1e-7 미만으로 같습니다'), () => {
    expectMatchesNumericalGradient(deepExample());
    expectMatchesNumericalGradient(wideExample());
    expectMatchesNumericalGradient(deeperExample());
    expectMatchesNumericalGradient(singleLayerExample());
  });

  it(t('a saturated hidden unit (z = −40): gradients near 1e−19 exact to 1e−9 relative, where differences of the loss round to 0', '포화된 은닉 유닛(z = −40): 1e−19 근처의 기울기도 상대 오차 1e−9 안에서 정확합니다. 손실의 차분으로는 0이 되는 곳입니다'), () => {
    const example = saturatedExample();
    const gradients = backprop(example.network, example.input, example.target);
    expectShape(gradients, example.gradients, `backprop(${example.name})`, depthMistakes(2));
    // Scaled by 1e18, so the tolerance (absolute below 1) is relative for these tiny values too.
    const scaled = (g: readonly (readonly (readonly number[])[])[]) => g.map((layer) => layer.map((row) => row.map((x) => x * 1e18)));
    expect(scaled(gradients)).toMatchValue(scaled(example.gradients), { name: t(`backprop(${example.name}) × 1e18`, `backprop(${example.name}) × 1e18`), tol: 1e-9, mistakes: [finiteDifferences(example, scaled)] });
  });

  it(t('uses the weights as given and changes nothing: network, input and target stay as they were', '주어진 가중치를 그대로 쓰고 아무것도 바꾸지 않습니다: 네트워크, 입력, 목표가 그대로입니다'), () => {
    expectUnchanged([article.network(), article.input(), article.target()] as const, ['network', 'input', 'target'], (network, input, target) => backprop(network, input, target), shaped('backprop(article)', article.gradients()));
    const deep = deepExample();
    expectUnchanged([deep.network, deep.input, deep.target] as const, ['network', 'input', 'target'], (network, input, target) => backprop(network, input, target), shaped(`backprop(${deep.name})`, deep.gradients, deepMistakes(deep)));
    // Twice in a row: the same gradients (nothing was updated in between).
    const network = article.network();
    const first = backprop(network, article.input(), article.target());
    // And on the same network object for another input and target: that example's own gradients (the spec's central differences of E).
    const [input, target] = [[0.6, -0.2], [0.9, 0.1]];
    expect(backprop(network, input, target)).toMatchValue(lossSlopes(network.weights, input, target), { name: t('backprop on the same network object for input (0.6, −0.2), target (0.9, 0.1)', '같은 네트워크 객체로 입력 (0.6, −0.2), 목표 (0.9, 0.1)의 backprop'), tol: 1e-7 });
    expect(backprop(network, article.input(), article.target())).toMatchValue(first, { name: t('backprop called a second time on the same network', '같은 네트워크로 두 번째 호출한 backprop'), tol: 0 });
  });

  it(t('rejects a target or an input that does not fit the network', '네트워크와 맞지 않는 target이나 input을 거부합니다'), () => {
    expectRejects(() => backprop(article.network(), article.input(), [0.4]), 'target', t('one target for two outputs', '출력 두 개에 목표 하나'));
    expectRejects(() => backprop(article.network(), article.input(), [0.4, Number.NaN]), 'target', t('NaN in the target', 'target 안의 NaN'));
    expectRejects(() => backprop(article.network(), [], article.target()), 'input', t('an empty input', '빈 input'));
    expectRejects(() => backprop({ weights: [] }, article.input(), article.target()), 'network', t('a network without layers', '층이 없는 네트워크'));
  });
});
