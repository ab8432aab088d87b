// 11 output layer — 역전파 1단계: δ = (o − t)·σ′(z) and ∂E/∂w = δ·h for the last layer of weights ([역전파 계산]).
// Expected values: spec/support/network.ts (60-digit decimals) and a made-up pass worked out by hand.
// The wrong answers a mistake gives are modelled below from the same pass, to recognise them.
import { describe, expect, it } from 'vitest';
import { outputLayerGradients } from '@kata/11-output-layer/output-layer';
import { explainThrow, expectRejects, slopeOfUndefined, expectShape, expectUnchanged, shaped, near, t, type Mistake } from './support';
import { article, deepExample, lossSlopes, passOf, type Example, type PassData } from './support/network';

const step = t('backprop step 1, 역전파 1단계', '역전파 1단계');
const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const sigmaPrime = (z: number) => sigma(z) * (1 - sigma(z));

/** δ and ∂E/∂w of the output layer as a given (possibly wrong) recipe computes them. */
function model(pass: PassData, target: readonly number[], slope: (z: number, o: number) => number, sign = 1, feed?: readonly number[], zs?: readonly number[]) {
  const L = pass.a.length - 1;
  const before = feed ?? pass.a[L - 1]!;
  const z = zs ?? pass.z[L]!;
  const delta = pass.a[L]!.map((o, j) => sign * (o - target[j]!) * slope(z[j]!, o));
  return { delta, gradients: delta.map((d) => before.map((x) => d * x)) };
}

/** The usual slips, each with the δ and the gradients it produces for this pass. */
function recipes(pass: PassData, target: readonly number[]) {
  const right = sigmaPrime;
  const slips = [
    {
      ...model(pass, target, () => 1),
      id: 'no-sigma-prime',
      en: 'σ′ is missing: δ_j = ∂E/∂o_j · ∂o_j/∂z_j = (o_j − t_j) · σ′(z_j). Leaving out ∂o/∂z gives ∂E/∂w5 = 0.10891 instead of 0.02592286.',
      ko: 'σ′가 빠졌습니다. δ_j = ∂E/∂o_j · ∂o_j/∂z_j = (o_j − t_j) · σ′(z_j) 입니다. ∂o/∂z를 빼면 ∂E/∂w5가 0.02592286이 아니라 0.10891이 됩니다.',
    },
    {
      ...model(pass, target, (_z, o) => sigma(o) * (1 - sigma(o))),
      id: 'sigma-prime-of-output',
      en: 'σ′ was applied to the output o instead of the pre-activation z: sigmoidPrime takes z (pass.z[L]), or write o · (1 − o) directly, as the article does.',
      ko: 'σ′를 활성화 이전 값 z가 아니라 출력 o에 적용했습니다. sigmoidPrime에는 z(pass.z[L])를 넘기거나, 글처럼 o · (1 − o)를 직접 쓰세요.',
    },
    {
      ...model(pass, target, (z) => z * (1 - z)),
      id: 'sigma-prime-z-times-one-minus-z',
      en: 'σ′ was written as z · (1 − z). The slope of the sigmoid is σ(z) · (1 − σ(z)) = o · (1 − o).',
      ko: 'σ′를 z · (1 − z)로 썼습니다. 시그모이드의 기울기는 σ(z) · (1 − σ(z)) = o · (1 − o) 입니다.',
    },
    {
      ...model(pass, target, (z, o) => o * (1 - z)),
      id: 'sigma-prime-mixed',
      en: 'σ′ was written as σ(z) · (1 − z). Both factors need σ(z): σ′(z) = σ(z) · (1 − σ(z)) = o · (1 − o).',
      ko: 'σ′를 σ(z) · (1 − z)로 썼습니다. 두 인수 모두 σ(z)여야 합니다: σ′(z) = σ(z) · (1 − σ(z)) = o · (1 − o).',
    },
    {
      ...model(pass, target, right, -1),
      id: 'sign-flipped',
      en: 'the sign is flipped: ∂E/∂o = o − t (your msePrime(target, output) from 10), not t − o. With the wrong sign every step would climb uphill.',
      ko: '부호가 반대입니다. ∂E/∂o는 t − o가 아니라 o − t (10에서 만든 msePrime(target, output)) 입니다. 부호가 틀리면 매 단계가 언덕을 올라갑니다.',
    },
    {
      ...model(pass, target, right, 1, pass.a[0]),
      id: 'times-network-input',
      en: 'the gradients were multiplied by the network\'s input. ∂z3/∂w5 = h1: multiply δ by the activations of the layer just before the output, pass.a[L − 1].',
      ko: '기울기에 네트워크의 입력을 곱했습니다. ∂z3/∂w5 = h1 이므로 δ에 출력층 바로 앞 층의 활성화 값 pass.a[L − 1]을 곱하세요.',
    },
    {
      ...model(pass, target, right, 1, pass.a[pass.a.length - 1]),
      id: 'times-own-output',
      en: 'the gradients were multiplied by the output o, a[L], instead of the activations that feed the weight. ∂z3/∂w5 = h1: multiply δ by pass.a[L − 1], the layer before the output.',
      ko: '기울기에 그 가중치로 들어오는 활성화 값이 아니라 출력 o, 즉 a[L]을 곱했습니다. ∂z3/∂w5 = h1 이므로 δ에 출력층 바로 앞 층 pass.a[L − 1]을 곱하세요.',
    },
    {
      ...model(pass, target, right, 2),
      id: 'derivative-twice',
      en: 'every δ is twice too large: ∂E/∂o = o − t, not 2(o − t): the 2 from the square cancels the ½ of E = Σ ½(t − o)² (your msePrime from 10 gives o − t).',
      ko: '모든 δ가 두 배 큽니다. ∂E/∂o는 2(o − t)가 아니라 o − t 입니다. 제곱에서 내려온 2가 E = Σ ½(t − o)²의 ½과 약분됩니다 (10에서 만든 msePrime이 o − t를 줍니다).',
    },
    {
      ...model(pass, target, right, 1 / pass.a[pass.a.length - 1]!.length),
      id: 'mean-over-outputs',
      en: 'every δ is divided by the number of outputs: the article\'s E is the sum Σ ½(t − o)², not a mean, so ∂E/∂o = o − t (your msePrime from 10).',
      ko: '모든 δ가 출력 수로 나뉘었습니다. 글의 E는 평균이 아니라 합 Σ ½(t − o)²이므로 ∂E/∂o = o − t 입니다 (10에서 만든 msePrime).',
    },
    {
      ...model(pass, target, (_z, o) => o),
      id: 'sigma-prime-as-o',
      en: 'σ′ was taken as o alone: σ′(z) = σ(z) · (1 − σ(z)) = o · (1 − o), the (1 − o) is missing.',
      ko: 'σ′를 o 하나로 썼습니다. σ′(z) = σ(z) · (1 − σ(z)) = o · (1 − o)이고 (1 − o)가 빠졌습니다.',
    },
    {
      ...model(pass, target, right, 1, undefined, pass.z[pass.z.length - 2]),
      id: 'sigma-prime-of-previous-layer',
      en: 'σ′ was taken at the z of the layer before the output (pass.z[L − 1]), one layer too early. δ of output j needs σ′ of its own z: sigmoidPrime(pass.z[L][j]).',
      ko: 'σ′를 출력층 바로 앞 층의 z(pass.z[L − 1])에서 구했습니다. 한 층 앞입니다. 출력 j의 δ에는 그 출력 자신의 z에서의 σ′가 필요합니다: sigmoidPrime(pass.z[L][j]).',
    },
  ];
  // A slip of σ′ together with a wrong activation fed to the weights: both named, under the σ′ slip's id (its δ is that slip's alone).
  const feeds = [
    { feed: pass.a[0]!, en: 'the gradients were multiplied by the network\'s input, not by pass.a[L − 1], the layer just before the output.', ko: '기울기에 출력층 바로 앞 층 pass.a[L − 1]이 아니라 네트워크의 입력을 곱했습니다.' },
    { feed: pass.a[pass.a.length - 1]!, en: 'the gradients were multiplied by the output o, a[L], not by pass.a[L − 1], the layer just before the output.', ko: '기울기에 출력층 바로 앞 층 pass.a[L − 1]이 아니라 출력 o, 즉 a[L]을 곱했습니다.' },
  ];
  const slopes: [string, (z: number, o: number) => number][] = [
    ['no-sigma-prime', () => 1],
    ['sigma-prime-of-output', (_z, o) => sigma(o) * (1 - sigma(o))],
    ['sigma-prime-z-times-one-minus-z', (z) => z * (1 - z)],
    ['sigma-prime-as-o', (_z, o) => o],
  ];
  for (const [id, slope] of slopes) {
    const single = slips.find((s) => s.id === id)!;
    for (const { feed, en, ko } of feeds) {
      if (feed.length !== pass.a[pass.a.length - 2]!.length) continue;
      // Without the single slip's own value for ∂E/∂w5, which the pair does not give.
      const first = { en: single.en.replace(/ Leaving out ∂o\/∂z .*$/, ''), ko: single.ko.replace(/ ∂o\/∂z를 빼면 .*$/, '') };
      slips.push({ ...model(pass, target, slope, 1, feed), id, en: `two slips. First, ${first.en} Second, ${en}`, ko: `실수가 두 가지입니다. 첫째, ${first.ko} 둘째, ${ko}` });
    }
  }
  // The sign flipped together with one of the slips above: both are named, the sign first.
  for (const slip of slips.filter((s) => s.id !== 'sign-flipped')) {
    slips.push({
      delta: slip.delta.map((d) => -d),
      gradients: slip.gradients.map((row) => row.map((g) => -g)),
      id: 'sign-flipped',
      en: `two slips. The sign is flipped: ∂E/∂o = o − t (your msePrime(target, output) from 10), not t − o. And ${slip.en}`,
      ko: `실수가 두 가지입니다. 부호가 반대입니다: ∂E/∂o는 t − o가 아니라 o − t (10에서 만든 msePrime(target, output)) 입니다. 그리고 ${slip.ko}`,
    });
  }
  // Every layer index one too low (a[L − 1], z[L − 1], a[L − 2] with L = the number of weight layers): the layer below's.
  if (pass.a.length > 2) {
    slips.push({
      ...model({ z: pass.z.slice(0, -1), a: pass.a.slice(0, -1) }, target, right),
      id: 'one-layer-too-early',
      en: 'every layer index is one too low: with L = network.weights.length the output is pass.a[L] (its z is pass.z[L]) and the layer before it pass.a[L − 1]; you read a[L − 1], z[L − 1] and a[L − 2], one layer down (pass.a[0] is the input).',
      ko: '모든 층 인덱스가 하나씩 작습니다. L = network.weights.length이면 출력은 pass.a[L](z는 pass.z[L])이고 그 앞 층은 pass.a[L − 1]입니다. a[L − 1], z[L − 1], a[L − 2]를 읽어서 한 층 아래를 썼습니다 (pass.a[0]이 입력입니다).',
    });
  }
  // o read at the layer before the output (the h that multiplies δ), where the two layers are as wide.
  const before = pass.a[pass.a.length - 2]!;
  if (before.length === pass.a[pass.a.length - 1]!.length) {
    slips.push({
      ...model({ z: pass.z, a: [...pass.a.slice(0, -1), before] }, target, right),
      id: 'output-read-at-layer-before',
      en: 'o was read at pass.a[L − 1], the layer before the output, not at pass.a[L]: δ_j = (o_j − t_j) · σ′(z_j) takes the output o = pass.a[L] (pass.a[L − 1] is only the h that multiplies δ in the gradients).',
      ko: 'o를 pass.a[L]이 아니라 출력층 바로 앞 층 pass.a[L − 1]에서 읽었습니다. δ_j = (o_j − t_j) · σ′(z_j)에는 출력 o = pass.a[L]이 들어갑니다 (pass.a[L − 1]은 기울기에서 δ에 곱하는 h일 뿐입니다).',
    });
  }
  const rightModel = model(pass, target, right);
  slips.push({
    delta: rightModel.delta,
    gradients: rightModel.delta.map((d, j) => before.map(() => d * before[j]!)),
    id: 'activation-index-j',
    en: 'every row of gradients is one number repeated: δ_j was multiplied by a[L − 1][j], the activation with the output\'s index. gradients[j][i] = δ_j · a[L − 1][i], the activation of unit i that sends the weight.',
    ko: 'gradients의 각 행이 한 숫자의 반복입니다. δ_j에 출력의 인덱스를 쓴 활성화 값 a[L − 1][j]를 곱했습니다. gradients[j][i] = δ_j · a[L − 1][i], 즉 그 가중치를 보내는 유닛 i의 활성화 값입니다.',
  });
  slips.push({
    delta: rightModel.delta,
    gradients: rightModel.gradients[0]!.map((_, i) => rightModel.gradients.map((row) => row[i]!)),
    id: 'rows-columns-swapped',
    en: 'rows and columns are swapped: gradients[j][i] belongs to weights[L − 1][j][i], the weight from unit i into output j, so it is delta[j] · a[L − 1][i].',
    ko: '행과 열이 바뀌었습니다. gradients[j][i]는 i번 유닛에서 출력 j로 가는 가중치 weights[L − 1][j][i]의 기울기이므로 delta[j] · a[L − 1][i] 입니다.',
  });
  return slips;
}

/**
 * The article's layer numbers written in (a[2], z[2], a[1] for a[L], z[L], a[L − 1]): right for two layers of
 * weights only. Confirmed on a made-up pass of three layers of one width, where such code runs and gives layer 2's.
 */
const articleLayerNumbers: Mistake = {
  when: () => {
    // Such code is right on the article itself.
    if (!near(outputLayerGradients(article.network(), article.pass(), article.target()).gradients, article.gradients()[1]!, 1e-9)) return false;
    const pass = { z: [[], [0.3, -0.2], [0.1, 0.4], [-0.5, 0.2]], a: [[7, 7], [1, 2], [0.6, 0.3], [0.5, 0.5]] };
    const zeros = [[0, 0], [0, 0]];
    const { gradients } = outputLayerGradients({ weights: [zeros, zeros, zeros] }, structuredClone(pass), [1, 0]);
    return near(gradients, model({ z: pass.z.slice(0, 3), a: pass.a.slice(0, 3) }, [1, 0], sigmaPrime).gradients, 1e-9);
  },
  id: 'article-layer-numbers',
  en: 'the article\'s layer numbers are written in: pass.a[2], pass.z[2] and pass.a[1] are the output and the layer before it only when the network has two layers of weights. Count from the end: with L = network.weights.length, use a[L], z[L] and a[L − 1].',
  ko: '글의 층 번호를 그대로 썼습니다. pass.a[2], pass.z[2], pass.a[1]이 출력과 그 앞 층인 것은 가중치 층이 두 개일 때뿐입니다. 끝에서 세세요: L = network.weights.length로 a[L], z[L], a[L − 1]을 쓰세요.',
};

/** σ′ handed undefined (your 06 says so): an index outside the output layer's z. A symptom, with where it usually comes from. */
const undefinedSlope: Mistake = {
  when: slopeOfUndefined,
  id: 'slope-of-undefined',
  symptom: true,
  en: 'σ′ was handed undefined: an index outside the output layer\'s z. Usually a loop bound taken from another layer (before.length where the number of outputs belongs: the two differ when the last two layers differ in width), or a layer index one off.',
  ko: 'σ′에 undefined가 들어갔습니다. 출력층 z 밖의 인덱스입니다. 보통 다른 층에서 가져온 반복 범위(출력 수 자리에 before.length: 마지막 두 층의 너비가 다르면 둘이 다릅니다)이거나 하나 어긋난 층 인덱스입니다.',
};

/** forward run again from pass.a[0]: right only when the pass given is the network's own (this test's is made up). */
function passRecomputed(recomputed: { delta: number[]; gradients: number[][] }) {
  return {
    ...recomputed,
    id: 'pass-recomputed',
    en: 'these are the gradients of a new forward pass from pass.a[0], not of the pass you were given: use pass.z[L], pass.a[L] and pass.a[L − 1] as they are. (On a real pass the two agree; this test hands you a made-up one to check that the pass is what you read.)',
    ko: '받은 pass가 아니라 pass.a[0]에서 순전파를 새로 돌려 얻은 기울기입니다. pass.z[L], pass.a[L], pass.a[L − 1]을 받은 그대로 쓰세요. (실제 순전파 결과라면 둘이 같지만, 이 테스트는 받은 pass를 읽는지 확인하려고 지어낸 pass를 줍니다.)',
  };
}

function gradientMistakes(pass: PassData, target: readonly number[]): Mistake[] {
  return recipes(pass, target).map((r) => ({ when: (x: unknown) => near(x, r.gradients, 1e-6), id: r.id, en: r.en, ko: r.ko }));
}

function deltaMistakes(pass: PassData, target: readonly number[]): Mistake[] {
  return recipes(pass, target).map((r) => ({ when: (x: unknown) => near(x, r.delta, 1e-6), id: r.id, en: r.en, ko: r.ko }));
}

function expectOutputLayer(example: Example, delta: number[], gradients: number[][]): void {
  // Copies: code that writes into the pass it is given must fail only the test that says so.
  const result = explainThrow(() => outputLayerGradients(structuredClone(example.network), structuredClone(example.pass), [...example.target]), [articleLayerNumbers, undefinedSlope]);
  const name = `outputLayerGradients(${example.name})`;
  expect(result, t(`${name} should return { delta, gradients }`, `${name}는 { delta, gradients }를 반환해야 합니다`)).toBeTypeOf('object');
  expect(result.delta).toMatchValue(delta, { name: `${name}.delta`, tol: 1e-12, mistakes: [...deltaMistakes(example.pass, example.target), articleLayerNumbers] });
  expect(result.gradients).toMatchValue(gradients, { name: `${name}.gradients`, tol: 1e-12, mistakes: [...gradientMistakes(example.pass, example.target), articleLayerNumbers] });
}

describe('11 outputLayerGradients', () => {
  it(t('the article: ∂E/∂w5 = 0.20944600 × 0.23802157 × 0.51998934 = 0.02592286', '글의 예: ∂E/∂w5 = 0.20944600 × 0.23802157 × 0.51998934 = 0.02592286'), () => {
    const pass = article.pass();
    const { gradients } = outputLayerGradients(article.network(), pass, article.target());
    expectShape(gradients, article.gradients()[1]!, 'gradients', gradientMistakes(pass, article.target()));
    expect(gradients[0]![0]).toMatchArticle('0.02592286', {
      name: '∂E_total/∂w5',
      step,
      mistakes: recipes(pass, article.target()).map((r) => ({ when: (x: unknown) => near(x, r.gradients[0]![0]!, 1e-6), id: r.id, en: r.en, ko: r.ko })),
    });
  });

  it(t('the article: δ1 = ∂E/∂o1 · ∂o1/∂z3 = 0.20944600 × 0.23802157, and all four gradients w5 … w8', '글의 예: δ1 = ∂E/∂o1 · ∂o1/∂z3 = 0.20944600 × 0.23802157, 그리고 w5 … w8의 기울기 네 개'), () => {
    const example = article.example();
    expectOutputLayer(example, article.outputDelta, article.gradients()[1]!);
    const { delta } = outputLayerGradients(article.network(), article.pass(), article.target());
    expect(delta[0]! / (example.pass.a[2]![0]! - example.target[0]!)).toMatchArticle('0.23802157', { name: 'δ1 / ∂E/∂o1 = ∂o1/∂z3', step, mistakes: [] });
  });

  it(t('works from the pass it is given: z = (0, 0), o = (0.5, 0.5), previous layer (1, 2), target (1, 0)', '주어진 순전파 결과로 계산합니다: z = (0, 0), o = (0.5, 0.5), 앞 층 (1, 2), 목표 (1, 0)'), () => {
    const pass = { z: [[], [0.3, -0.2], [0, 0]], a: [[7, 7], [1, 2], [0.5, 0.5]] };
    const result = outputLayerGradients(article.network(), pass, [1, 0]);
    // δ = (0.5 − 1)·0.25, (0.5 − 0)·0.25; gradients = δ ⊗ (1, 2)
    const recomputed = passRecomputed(model(passOf(article.network().weights, pass.a[0]!), [1, 0], sigmaPrime));
    expect(result.delta).toMatchValue([-0.125, 0.125], { name: 'delta', tol: 1e-12, mistakes: [...deltaMistakes(pass, [1, 0]), { ...recomputed, value: recomputed.delta }] });
    expect(result.gradients).toMatchValue([[-0.125, -0.25], [0.125, 0.25]], { name: 'gradients', tol: 1e-12, mistakes: [...gradientMistakes(pass, [1, 0]), { ...recomputed, value: recomputed.gradients }] });
    // A target outside (0, 1) is a finite number all the same: δ = (0.5 − 1.5)·0.25, (0.5 + 0.5)·0.25.
    expect(outputLayerGradients(article.network(), structuredClone(pass), [1.5, -0.5]).delta).toMatchValue([-0.25, 0.25], { name: t('delta for the target (1.5, −0.5)', '목표 (1.5, −0.5)의 delta'), tol: 1e-12 });
    // One network object, the article's pass first and then this one: each call reads the pass it is given.
    const network = article.network();
    outputLayerGradients(network, article.pass(), article.target());
    expect(outputLayerGradients(network, structuredClone(pass), [1, 0]).delta).toMatchValue([-0.125, 0.125], { name: t('delta for this pass, on the network object just used for the article\'s', '방금 글의 pass에 쓴 네트워크 객체로 이 pass의 delta'), tol: 1e-12 });
  });

  it(t('the last layer of a deeper net, 2-3-2-1, agrees with exact values and with a numerical gradient', '더 깊은 2-3-2-1 네트워크의 마지막 층: 정확한 값, 수치 미분과 같습니다'), () => {
    const example = deepExample();
    const last = example.gradients[2]!;
    expectOutputLayer(example, [0.06603404775366399], last);
    // The spec's own central differences of E with respect to each weight of the last layer.
    const numeric = lossSlopes(example.network.weights, example.input, example.target).at(-1)!;
    const { gradients } = outputLayerGradients(deepExample().network, deepExample().pass, deepExample().target);
    expect(gradients).toMatchValue(numeric, { name: t('gradients against a numerical gradient', '수치 미분과 비교한 gradients'), tol: 1e-9, mistakes: [...gradientMistakes(example.pass, example.target), articleLayerNumbers] });
  });

  it(t('does not change the network, the pass or the target', '네트워크, 순전파 결과, 목표를 바꾸지 않습니다'), () => {
    expectUnchanged([article.network(), article.pass(), article.target()] as const, ['network', 'pass', 'target'], (network, pass, target) => outputLayerGradients(network, pass, target), shaped('outputLayerGradients(article)', { delta: [0, 0], gradients: article.gradients()[1]! }));
  });

  it(t('rejects a target or a pass that does not fit the network', '네트워크와 맞지 않는 target이나 pass를 거부합니다'), () => {
    expectRejects(() => outputLayerGradients(article.network(), article.pass(), [0.4]), 'target', t('one target for two outputs', '출력 두 개에 목표 하나'));
    expectRejects(() => outputLayerGradients(article.network(), article.pass(), [0.4, Number.NaN]), 'target', t('NaN in the target', 'target 안의 NaN'));
    expectRejects(() => outputLayerGradients(article.network(), deepExample().pass, [0.2, 0.8]), 'pass', t('the pass of a 2-3-2-1 net for the 2-2-2 net', '2-2-2 네트워크에 2-3-2-1 네트워크의 순전파 결과'));
  });
});
