// 13 backprop step — all gradients first, then w⁺ = w − α · ∂E/∂w, into a new network ([역전파 계산]).
// Expected values: spec/support/network.ts (60-digit decimals). The second forward pass is run with the
// learner's own forward (09) and mse (10) on the learner's new network, as the article does.
// w1⁺ … w4⁺ from already-updated w5 … w8 (0.29960429 …) were worked out the same way, to recognise that mistake.
import { describe, expect, it } from 'vitest';
import { backpropStep } from '@kata/13-backprop-step/backprop-step';
import { backprop } from '@kata/12-backprop/backprop';
import { forward } from '@kata/09-forward/forward';
import { mse } from '@kata/10-mse/mse';
import { expectRejects, expectShape, expectUnchanged, shaped, near, t, type Mistake } from './support';
import { article, deepExample, deepStepped, type NetworkData } from './support/network';
import { expectReady, knownValue } from './support/prerequisites';

const step1 = t('backprop step 1, 역전파 1단계', '역전파 1단계');
const step2 = t('backprop step 2, 역전파 2단계', '역전파 2단계');
const after = t('Backpropagation, worked out [역전파 계산]: the forward pass after the update', '[역전파 계산] 갱신 뒤의 순전파');
const rate = article.learningRate;

/** w1⁺ … w4⁺ when the hidden layer is back-propagated through the already-updated w5⁺ … w8⁺. */
const fromUpdatedWeights = [0.29960428505583075, 0.24920857011166153, 0.39965379267766865, 0.34930758535533735];
/** … and when backprop runs again, forward pass included, on the network with w5⁺ … w8⁺ already in it (60-digit decimals). */
const fromUpdatedNetwork = [0.299609262699151, 0.249218525398302, 0.3996581481805914, 0.3493162963611829];

/** The four weights of layer l in the article's order (w1 … w4 or w5 … w8). */
function four(network: NetworkData, l: number): number[] {
  return network.weights[l]!.flat();
}

const lrTwice = {
  id: 'lr-twice',
  en: 'the learning rate was applied twice: every weight moved by α² · ∂E/∂w. Multiply by α once: w⁺ = w − α · ∂E/∂w (backprop gives ∂E/∂w itself, not α · ∂E/∂w).',
  ko: '학습률을 두 번 곱했습니다. 모든 가중치가 α² · ∂E/∂w만큼 움직였습니다. α는 한 번만 곱하세요: w⁺ = w − α · ∂E/∂w (backprop은 α · ∂E/∂w가 아니라 ∂E/∂w 자체를 줍니다).',
};
const onlyLastLayer = {
  id: 'only-last-layer',
  en: 'only the last layer of weights was updated; the others came back unchanged. Every layer moves: w⁺ = w − α · ∂E/∂w for all of backprop\'s gradients, gradients[l] for weights[l].',
  ko: '마지막 층의 가중치만 갱신했고 나머지는 그대로입니다. 모든 층이 움직여야 합니다: backprop이 준 모든 기울기에 대해 w⁺ = w − α · ∂E/∂w, weights[l]에는 gradients[l]을 씁니다.',
};

/**
 * At the article's α = 0.5 some slips agree (α² = α/2, and 2α = 1): a slip of the rate is named only when your
 * backpropStep with α = 0.1 also moves every weight by `by(0.1)` times its gradient.
 */
function movesBy(by: (alpha: number) => number): () => boolean {
  return movesLayersBy(() => by(0.1));
}
/** Your backpropStep on the article with α = 0.1: layer l must move by `by(l, last)` times its gradient. */
function movesLayersBy(by: (l: number, last: number) => number): () => boolean {
  return () => {
    const next = backpropStep(article.network(), article.input(), article.target(), 0.1);
    const w = article.network().weights;
    const last = w.length - 1;
    return near(next.weights, w.map((layer, l) => layer.map((row, j) => row.map((wi, i) => wi - by(l, last) * article.gradients()[l]![j]![i]!))), 1e-9);
  };
}
/** Every layer but the output moved (a loop over the layers that stops one early): checked on the article with α = 0.1. */
const lastLayerNotUpdated = {
  id: 'last-layer-not-updated',
  en: 'the last layer of weights (w5 … w8) came back unchanged while the layers below moved: the loop over the layers stops one early (l < weights.length − 1). Every layer moves: w⁺ = w − α · ∂E/∂w for each l.',
  ko: '아래 층은 움직였는데 마지막 가중치 층(w5 … w8)은 그대로입니다. 층 반복문이 하나 일찍 멈춥니다 (l < weights.length − 1). 모든 층이 움직입니다: l마다 w⁺ = w − α · ∂E/∂w.',
  also: movesLayersBy((l, last) => (l === last ? 0 : 0.1)),
};
/** The rate applied twice below the output layer only: w1 … w4 by α², the output right. Checked with α = 0.1. */
const lrTwiceBelowOutput = {
  id: 'lr-twice-below-output',
  en: 'the learning rate was applied twice below the output layer: w1 … w4 moved by α² · ∂E/∂w, while w5 … w8 are right. Multiply by α once on every layer: w⁺ = w − α · ∂E/∂w.',
  ko: '출력층 아래에서 학습률을 두 번 곱했습니다. w5 … w8은 맞는데 w1 … w4는 α² · ∂E/∂w만큼 움직였습니다. 모든 층에서 α를 한 번만 곱하세요: w⁺ = w − α · ∂E/∂w.',
  also: movesLayersBy((l, last) => (l === last ? 0.1 : 0.01)),
};

/** The learning rate only on the output layer: the layers below move by the whole gradient. Checked with α = 0.1 on every layer. */
const rateOnLastOnly = {
  id: 'rate-on-last-layer-only',
  en: 'the learning rate is missing below the output layer: w1 … w4 moved by ∂E/∂w itself, while w5 … w8 are right. Every layer moves by the same rule: w⁺ = w − α · ∂E/∂w.',
  ko: '출력층 아래에서 학습률이 빠졌습니다. w5 … w8은 맞는데 w1 … w4는 ∂E/∂w 자체만큼 움직였습니다. 모든 층이 같은 규칙으로 움직입니다: w⁺ = w − α · ∂E/∂w.',
  also: movesLayersBy((l, last) => (l === last ? 0.1 : 1)),
};
const rateSlips = [
  { ...lrTwice, by: (a: number) => a * a },
  {
    id: 'half-rate',
    en: 'every weight moved by α/2 · ∂E/∂w, half the step: the ½ of E = Σ ½(t − o)² is already inside ∂E/∂w. w⁺ = w − α · ∂E/∂w.',
    ko: '모든 가중치가 α/2 · ∂E/∂w만큼, 즉 절반만 움직였습니다. E = Σ ½(t − o)²의 ½은 이미 ∂E/∂w 안에 있습니다. w⁺ = w − α · ∂E/∂w.',
    by: (a: number) => a / 2,
  },
  {
    id: 'double-rate',
    en: 'every weight moved by 2α · ∂E/∂w, twice the step: the 2 from the square has already cancelled the ½ of E inside ∂E/∂w. w⁺ = w − α · ∂E/∂w.',
    ko: '모든 가중치가 2α · ∂E/∂w만큼, 즉 두 배 움직였습니다. 제곱에서 내려온 2는 ∂E/∂w 안에서 이미 E의 ½과 약분됐습니다. w⁺ = w − α · ∂E/∂w.',
    by: (a: number) => 2 * a,
  },
  {
    id: 'article-rate-written-in',
    en: 'every weight moved by 0.5 · ∂E/∂w whatever the learning rate: the article\'s α = 0.5 is written in. Use the learningRate argument: w⁺ = w − learningRate · ∂E/∂w.',
    ko: '학습률과 상관없이 모든 가중치가 0.5 · ∂E/∂w만큼 움직였습니다. 글의 α = 0.5를 그대로 적었습니다. 인자 learningRate를 쓰세요: w⁺ = w − learningRate · ∂E/∂w.',
    by: () => 0.5,
  },
  {
    id: 'no-learning-rate',
    en: 'the learning rate is missing: w⁺ = w − α · ∂E/∂w with α = learningRate (0.5 in the article).',
    ko: '학습률이 빠졌습니다. w⁺ = w − α · ∂E/∂w 이고 α = learningRate (글에서는 0.5) 입니다.',
    by: () => 1,
  },
];

/** The whole network after a step with rate α, as the two slips above give it. */
function networkMistakes(network: NetworkData, gradients: readonly (readonly (readonly number[])[])[], alpha: number): Mistake[] {
  const moved = (l: number, by: number) => network.weights[l]!.map((row, j) => row.map((w, i) => w - by * gradients[l]![j]![i]!));
  const last = network.weights.length - 1;
  return [
    ...rateSlips.map(({ by, ...words }) => ({ ...words, value: network.weights.map((_, l) => moved(l, by(alpha))), also: movesBy(by) })),
    { ...onlyLastLayer, value: network.weights.map((layer, l) => (l === last ? moved(l, alpha) : layer)) },
    { ...rateOnLastOnly, value: network.weights.map((_, l) => moved(l, l === last ? alpha : 1)) },
    { ...lastLayerNotUpdated, value: network.weights.map((layer, l) => (l === last ? layer : moved(l, alpha))) },
    { ...lrTwiceBelowOutput, value: network.weights.map((_, l) => moved(l, l === last ? alpha : alpha * alpha)) },
  ];
}

/** Wrong updates of layer l that give themselves away. */
function updateMistakes(l: number): Mistake[] {
  const w = four(article.network(), l);
  const g = article.gradients()[l]!.flat();
  const other = article.gradients()[1 - l]!.flat();
  const transposed = article.gradients()[l]!.flatMap((row, j) => row.map((_, i) => article.gradients()[l]![i]![j]!));
  return [
    {
      when: (r) => near(r, w.map((wi, k) => wi - rate * other[k]!), 1e-9),
      id: 'gradients-of-other-layer',
      en: `${l === 1 ? 'w5 … w8 moved by the gradients of w1 … w4' : 'w1 … w4 moved by the gradients of w5 … w8'}: gradients[l] belongs to weights[l], in the same order (backprop returns the first layer first). Update weights[l] with gradients[l].`,
      ko: `${l === 1 ? 'w5 … w8이 w1 … w4의 기울기로' : 'w1 … w4가 w5 … w8의 기울기로'} 움직였습니다. gradients[l]은 같은 순서의 weights[l]의 기울기입니다 (backprop은 첫 층부터 돌려줍니다). weights[l]은 gradients[l]로 갱신하세요.`,
    },
    {
      when: (r) => near(r, w.map((wi, k) => wi - rate * transposed[k]!), 1e-9),
      id: 'gradient-transposed',
      en: `${l === 1 ? 'w6 and w7' : 'w2 and w3'} took each other's gradients: the gradient was read as gradients[l][i][j]. It has the shape of the weights: weights[l][j][i] − α · gradients[l][j][i].`,
      ko: `${l === 1 ? 'w6과 w7이' : 'w2와 w3이'} 서로의 기울기를 가져갔습니다. 기울기를 gradients[l][i][j]로 읽었습니다. 기울기는 가중치와 모양이 같습니다: weights[l][j][i] − α · gradients[l][j][i].`,
    },
    {
      when: (r) => near(r, w.map((wi, k) => wi + rate * transposed[k]!), 1e-9),
      id: 'gradient-transposed',
      en: `two slips: every weight moved uphill (w⁺ = w − α · ∂E/∂w, with a minus), and ${l === 1 ? 'w6 and w7' : 'w2 and w3'} took each other's gradients (read as gradients[l][i][j]; the gradient has the shape of the weights, gradients[l][j][i]).`,
      ko: `실수가 두 가지입니다: 모든 가중치가 언덕 위로 움직였고(w⁺ = w − α · ∂E/∂w, 마이너스), ${l === 1 ? 'w6과 w7이' : 'w2와 w3이'} 서로의 기울기를 가져갔습니다 (gradients[l][i][j]로 읽었습니다. 기울기는 가중치와 모양이 같은 gradients[l][j][i]입니다).`,
    },
    {
      when: () => !near(backprop(article.network(), article.input(), article.target()), article.gradients(), 1e-9),
      id: 'backprop-wrong',
      en: 'your backprop (12) does not give the article\'s gradients yet, so no update can be right: finish 12 first (npm test -- 12).',
      ko: '직접 만든 backprop(12)이 아직 글의 기울기를 내지 못하므로 어떤 갱신도 맞을 수 없습니다. 먼저 12를 끝내세요 (npm test -- 12).',
    },
    {
      when: (r) => near(r, w.map((wi, k) => wi + rate * g[k]!), 1e-9),
      id: 'uphill',
      en: 'every weight moved uphill: w⁺ = w − α · ∂E/∂w, with a minus.',
      ko: '모든 가중치가 언덕 위로 움직였습니다. w⁺ = w − α · ∂E/∂w, 마이너스입니다.',
    },
    ...rateSlips.map(({ by, ...words }) => ({ ...words, when: (r: unknown) => near(r, w.map((wi, k) => wi - by(rate) * g[k]!), 1e-9), also: movesBy(by) })),
    ...(l === 1 ? [{ ...lastLayerNotUpdated, value: w }] : []),
    ...(l === 0
      ? [
          { ...onlyLastLayer, value: w },
          { ...rateOnLastOnly, when: (r: unknown) => near(r, w.map((wi, k) => wi - g[k]!), 1e-9) },
          { ...lrTwiceBelowOutput, when: (r: unknown) => near(r, w.map((wi, k) => wi - rate * rate * g[k]!), 1e-9) },
          {
            when: (r: unknown) => near(r, fromUpdatedNetwork, 1e-7),
            id: 'updated-weights-backpropagated',
            en: 'w1⁺ = 0.29960926 instead of 0.29959556: backprop ran a second time, on the network with w5⁺ … w8⁺ already updated, for the hidden layer. Every gradient must come from the network before the step: call backprop once, on the network you were given, then update every layer.',
            ko: 'w1⁺가 0.29959556이 아니라 0.29960926 입니다. w5⁺ … w8⁺를 이미 갱신한 네트워크로 backprop을 한 번 더 돌려 은닉층의 기울기를 구했습니다. 모든 기울기는 갱신 전의 네트워크에서 나와야 합니다. 받은 네트워크로 backprop을 한 번만 부르고, 그다음 모든 층을 갱신하세요.',
          },
          {
            when: (r: unknown) => near(r, fromUpdatedWeights, 1e-7),
            id: 'updated-weights-backpropagated',
            en: 'w1⁺ = 0.29960429 instead of 0.29959556: the hidden layer was back-propagated through w5⁺ … w8⁺, which were already updated. Every gradient must come from the weights before the step: compute all of them with backprop first, then update.',
            ko: 'w1⁺가 0.29959556이 아니라 0.29960429 입니다. 이미 갱신된 w5⁺ … w8⁺로 은닉층을 역전파했습니다. 모든 기울기는 갱신 전의 가중치로 구해야 합니다. 먼저 backprop으로 전부 구한 뒤에 갱신하세요.',
          },
        ]
      : []),
  ];
}

function step(): NetworkData {
  const next = backpropStep(article.network(), article.input(), article.target(), rate);
  expect(next, t('backpropStep should return a network { weights }', 'backpropStep은 네트워크 { weights }를 반환해야 합니다')).toBeTypeOf('object');
  expectShape(next.weights, article.network().weights, 'backpropStep(article).weights');
  return next;
}

/** The second forward pass runs your forward (09) and mse (10): they must be right on the article's net first. */
const forwardAndMseReady = [
  knownValue('09', 'forward', 'forward(article.network, article.input).a[2]', () => forward(article.network(), article.input()).a[2], article.pass().a[2]!),
  knownValue('10', 'mse', 'mse(article.target, [0.609446005, 0.6638449097])', () => mse(article.target(), article.pass().a[2]!), article.loss),
];
const secondPass = { en: 'the second forward pass on your new network', ko: '새 네트워크로 하는 두 번째 순전파는' };

describe('13 backpropStep', () => {
  it(t('backprop step 1 (역전파 1단계): w5⁺ = 0.43703857, w6⁺ = 0.38685205, w7⁺ = 0.69629578, w8⁺ = 0.59624247', '역전파 1단계: w5⁺ = 0.43703857, w6⁺ = 0.38685205, w7⁺ = 0.69629578, w8⁺ = 0.59624247'), () => {
    expect(four(step(), 1)).toMatchArticle(['0.43703857', '0.38685205', '0.69629578', '0.59624247'], { name: ['w5⁺', 'w6⁺', 'w7⁺', 'w8⁺'], step: step1, mistakes: updateMistakes(1) });
  });

  it(t('backprop step 2 (역전파 2단계), from the old w5 … w8: w1⁺ = 0.29959556 (not 0.29960429), w2⁺, w3⁺, w4⁺', '역전파 2단계, 갱신 전의 w5 … w8로: w1⁺ = 0.29959556 (0.29960429가 아님), w2⁺, w3⁺, w4⁺'), () => {
    expect(four(step(), 0)).toMatchArticle(['0.29959556', '0.24919112', '0.39964496', '0.34928991'], { name: ['w1⁺', 'w2⁺', 'w3⁺', 'w4⁺'], step: step2, mistakes: updateMistakes(0) });
    expect(step().weights).toMatchValue(article.updated().weights, { name: 'backpropStep(article, 0.5).weights', tol: 1e-12, mistakes: networkMistakes(article.network(), article.gradients(), rate) });
  });

  it(t('the forward pass again with your forward (09): z1 = 0.07979778 (the article prints 0.7979778, a lost digit) … o1 = 0.60617688, o2 = 0.66295848', '다시 순전파 (09의 forward로): z1 = 0.07979778 (글에는 0.7979778, 숫자 하나가 빠진 오타) … o1 = 0.60617688, o2 = 0.66295848'), () => {
    const next = step();
    expectReady(forwardAndMseReady, secondPass);
    const { z, a } = forward(next, article.input());
    expectShape(z, article.secondPass().z, t('forward(your new network).z', 'forward(새 네트워크).z'));
    expectShape(a, article.secondPass().a, t('forward(your new network).a', 'forward(새 네트워크).a'));
    expect(z[1]![0]).toMatchArticle('0.07979778', {
      name: 'z1⁺',
      step: t(
        '[역전파 계산], after the update. The article prints 0.7979778, which lost the 0 after the point: 0.29959556 × 0.1 + 0.24919112 × 0.2 = 0.07979778',
        '[역전파 계산] 갱신 뒤. 글에 인쇄된 0.7979778은 소수점 뒤의 0이 빠진 값입니다: 0.29959556 × 0.1 + 0.24919112 × 0.2 = 0.07979778',
      ),
    });
    expect(z[1]![1]).toMatchArticle('0.10982248', { name: 'z2⁺', step: after });
    expect(a[1]).toMatchArticle(['0.51993887', '0.52742806'], { name: ['h1⁺', 'h2⁺'], step: after });
    expect(z[2]).toMatchArticle(['0.43126996', '0.67650625'], { name: ['z3⁺', 'z4⁺'], step: after });
    expect(a[2]).toMatchArticle(['0.60617688', '0.66295848'], { name: ['o1⁺', 'o2⁺'], step: after });
  });

  it(t('the error after one step: E_o1 = 0.02125445, E_o2 = 0.00198189, E_total = 0.02323634 (down from 0.02397190)', '한 단계 뒤의 오차: E_o1 = 0.02125445, E_o2 = 0.00198189, E_total = 0.02323634 (0.02397190에서 줄었습니다)'), () => {
    const next = step();
    expectReady(forwardAndMseReady, secondPass);
    const { a } = forward(next, article.input());
    const [o1, o2] = a[2] as [number, number];
    expect(mse([0.4], [o1])).toMatchArticle('0.02125445', { name: 'E_o1⁺', step: after });
    expect(mse([0.6], [o2])).toMatchArticle('0.00198189', { name: 'E_o2⁺', step: after });
    expect(mse(article.target(), [o1, o2])).toMatchArticle('0.02323634', { name: 'E_total⁺', step: after });
  });

  it(t('a deeper net, 2-3-2-1, with learning rate 0.1: every weight exact', '더 깊은 2-3-2-1 네트워크, 학습률 0.1: 모든 가중치가 정확합니다'), () => {
    const example = deepExample();
    const next = backpropStep(example.network, example.input, example.target, 0.1);
    expect(next.weights).toMatchValue(deepStepped().weights, { name: 'backpropStep(2-3-2-1, 0.1).weights', tol: 1e-12, mistakes: networkMistakes(deepExample().network, example.gradients, 0.1) }); // a fresh copy: code that steps in place changed example's
  });

  it(t('the learning rate scales the step: with α = 1 every weight moves by its whole gradient', '학습률이 이동량을 정합니다: α = 1이면 모든 가중치가 기울기만큼 움직입니다'), () => {
    const next = backpropStep(article.network(), article.input(), article.target(), 1);
    const expected = article.network().weights.map((layer, l) => layer.map((row, j) => row.map((w, i) => w - article.gradients()[l]![j]![i]!)));
    expect(next.weights).toMatchValue(expected, { name: 'backpropStep(article, 1).weights', tol: 1e-12, mistakes: networkMistakes(article.network(), article.gradients(), 1) });
  });

  it(t('returns a new network and leaves the one it was given as it was', '새 네트워크를 반환하고 받은 네트워크는 그대로 둡니다'), () => {
    expectUnchanged([article.network(), article.input(), article.target()] as const, ['network', 'input', 'target'], (network, input, target) => backpropStep(network, input, target, rate), shaped('backpropStep(article)', { weights: article.network().weights }));
    const network = article.network();
    const next = backpropStep(network, article.input(), article.target(), rate);
    const shared = next === network || next.weights === network.weights || next.weights.some((layer, l) => layer === network.weights[l] || layer.some((row, j) => row === network.weights[l]![j]));
    expect(shared, t('the network you returned shares arrays with the one you were given; build new arrays for the new weights (for example with map)', '반환한 네트워크가 받은 네트워크와 배열을 공유합니다. 새 가중치는 새 배열로 만드세요 (예: map 사용)')).toBe(false);
  });

  it(t('rejects a learning rate that is not positive', '양수가 아닌 학습률을 거부합니다'), () => {
    expectRejects(() => backpropStep(article.network(), article.input(), article.target(), 0), 'learningRate', t('a learning rate of 0', '학습률 0'), 'RangeError');
    expectRejects(() => backpropStep(article.network(), article.input(), article.target(), -0.5), 'learningRate', t('a negative learning rate', '음수 학습률'), 'RangeError');
    expectRejects(() => backpropStep(article.network(), article.input(), article.target(), Number.NaN), 'learningRate', t('a learning rate of NaN', '학습률 NaN'));
    expectRejects(() => backpropStep(article.network(), article.input(), article.target(), Infinity), 'learningRate', t('a learning rate of Infinity', '학습률 Infinity'), 'RangeError');
    expectRejects(() => backpropStep(article.network(), article.input(), [0.4], rate), 'target', t('one target for two outputs', '출력 두 개에 목표 하나'));
  });
});
