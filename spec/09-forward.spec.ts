// 09 forward — the forward pass of the article's 2-2-2 network and of deeper ones ([역전파 계산]).
// Expected values: spec/support/network.ts (60-digit decimal arithmetic, independent of the solutions).
import { describe, expect, it } from 'vitest';
import { forward } from '@kata/09-forward/forward';
import { expectRejects, expectShape, expectUnchanged, shaped, near, t, type Mistake } from './support';
import { article, deepExample, passOf, singleLayerExample, wideExample, type Example } from './support/network';

const step = t('Backpropagation, worked out [역전파 계산]: forward pass', '[역전파 계산] 순전파');
const exact = article.pass();
const [h1, h2] = exact.a[1]!;

/** a[l] equal to z[l] on some layer: the sigmoid was left out there. */
function activationMistakes(z: readonly (readonly number[])[]): Mistake[] {
  return [
    {
      when: (r) => Array.isArray(r) && z.some((zl, l) => l > 0 && near(r[l], zl as number[], 1e-9)),
      id: 'no-activation',
      en: 'on at least one layer a equals z: apply σ to every unit of every layer, a[l][j] = sigmoid(z[l][j]), the output layer included.',
      ko: '적어도 한 층에서 a가 z와 같습니다. 출력층을 포함한 모든 층의 모든 유닛에 σ를 적용하세요: a[l][j] = sigmoid(z[l][j]).',
    },
  ];
}

const sigma = (x: number) => 1 / (1 + Math.exp(-x));

type Slip = 'sigmoid-on-input' | 'fed-z-not-a' | 'hidden-no-sigmoid' | 'sum-not-reset' | 'sum-starts-at-one' | 'first-input-skipped' | 'sign-of-exponent' | 'rounded-activations' | 'rounded-sums' | 'layers-reversed' | 'sigmoid-prime' | 'softmax-output';

/**
 * The forward pass as a slip computes it: σ applied to the input first, z fed on where a belongs, no σ on the
 * hidden layers, the sum not reset for each unit, σ(−z) for σ(z), or every activation rounded to 8 decimals.
 */
function slipPass(example: Example, slip: Slip): { z: number[][]; a: number[][] } {
  const L = example.network.weights.length;
  const z: number[][] = [[]];
  const a: number[][] = [slip === 'sigmoid-on-input' ? example.input.map(sigma) : [...example.input]];
  const activate = (x: number) =>
    slip === 'sign-of-exponent' ? sigma(-x) : slip === 'rounded-activations' ? Number(sigma(x).toFixed(8)) : slip === 'sigmoid-prime' ? sigma(x) * (1 - sigma(x)) : sigma(x);
  const weights = slip === 'layers-reversed' ? [...example.network.weights].reverse() : example.network.weights;
  weights.forEach((layer, l) => {
    const feed = slip === 'fed-z-not-a' && l > 0 ? z[l]! : a[l]!;
    const sums = layer.map((row) => row.reduce((sum, w, i) => (slip === 'first-input-skipped' && i === 0 ? sum : sum + w * feed[i]!), slip === 'sum-starts-at-one' ? 1 : 0));
    z.push(
      slip === 'sum-not-reset'
        ? sums.map((_, j) => sums.slice(0, j + 1).reduce((s, x) => s + x, 0))
        : slip === 'rounded-sums'
          ? sums.map((x) => Number(x.toFixed(8)))
          : sums,
    );
    const zl = z[l + 1]!;
    const top = Math.max(...zl);
    const softmax = zl.map((x) => Math.exp(x - top) / zl.reduce((total, y) => total + Math.exp(y - top), 0));
    a.push(slip === 'hidden-no-sigmoid' && l + 1 < L ? [...zl] : slip === 'softmax-output' && l + 1 === L ? softmax : zl.map(activate));
  });
  return { z, a };
}

const sumNotReset = {
  id: 'sum-not-reset',
  en: 'each z adds up the units before it in its layer (z2 = z1 + its own sum): the sum starts at 0 only once, before the loop over the units. Start a new sum for every unit.',
  ko: '각 z에 같은 층의 앞 유닛들이 더해졌습니다 (z2 = z1 + 자기 합). 합을 유닛 반복문 밖에서 한 번만 0으로 시작했습니다. 유닛마다 새 합을 시작하세요.',
};
const sumStartsAtOne = {
  id: 'sum-starts-at-one',
  en: 'every z is 1 too large: each weighted sum starts at 1 instead of 0 (a reduce started at 1, or a sum = 1 before the loop). Start every sum at 0: z_j = Σ_i w_ji · a_i.',
  ko: '모든 z가 1만큼 큽니다. 가중합을 0이 아니라 1에서 시작했습니다 (1에서 시작한 reduce나 반복문 전의 sum = 1). 모든 합을 0에서 시작하세요: z_j = Σ_i w_ji · a_i.',
};
const firstInputSkipped = {
  id: 'first-input-skipped',
  en: 'each weighted sum leaves out the first input of its layer: the loop over the inputs starts at 1. Go over every input, i = 0 … a[l].length − 1.',
  ko: '각 가중합에서 그 층의 첫 입력이 빠졌습니다. 입력 반복문이 1에서 시작합니다. 모든 입력을 도세요: i = 0 … a[l].length − 1.',
};
const signOfExponent = {
  id: 'sign-of-exponent',
  en: 'the activations are σ(−z) = 1 − σ(z): the minus sign in e^(−z) is missing. Use your sigmoid from 06: a = sigmoid(z).',
  ko: '활성화 값이 σ(−z) = 1 − σ(z)입니다. e^(−z)의 마이너스가 빠졌습니다. 06에서 만든 sigmoid를 쓰세요: a = sigmoid(z).',
};
const layersReversed = {
  id: 'layers-reversed',
  en: 'the weight matrices were taken from the last to the first (weights[L − 1 − l]): the forward pass goes from the input to the output, layer l through weights[l].',
  ko: '가중치 행렬을 마지막 것부터 거꾸로 썼습니다 (weights[L − 1 − l]). 순전파는 입력에서 출력으로 가며, l층은 weights[l]을 지납니다.',
};

/** Rounding changes the 9th digit only, too close to the right values to tell alone: a one-unit net shows it plainly. */
const roundsTo8 = () => forward({ weights: [[[1]]] }, [0.3]).a[1]?.[0] === Number(sigma(0.3).toFixed(8));
const roundedActivations = {
  id: 'rounded-activations',
  en: 'the first layer is exact but every later one is off in the 9th digit: the activations were rounded along the way (to the article\'s 8 decimals?). Keep full precision; only printing rounds.',
  ko: '첫 층은 정확한데 그 뒤 층이 모두 9번째 자리에서 어긋납니다. 중간에 활성화 값을 (글처럼 소수점 8자리로?) 반올림했습니다. 계산은 전체 정밀도로 하고 반올림은 출력할 때만 하세요.',
};

/** The same for the weighted sums: a one-unit net shows z rounded to 8 decimals plainly. */
const sumsRoundTo8 = () => forward({ weights: [[[1]]] }, [0.123456789]).z[1]?.[0] === 0.12345679;
const roundedSums = {
  id: 'rounded-sums',
  en: 'the first layer is right but later ones are off in the 9th digit: every weighted sum z was rounded (to the article\'s 8 decimals, toFixed(8)?). Keep full precision; only printing rounds.',
  ko: '첫 층은 맞는데 그 뒤 층이 9번째 자리에서 어긋납니다. 가중합 z를 모두 (글처럼 소수점 8자리로, toFixed(8)?) 반올림했습니다. 계산은 전체 정밀도로 하고 반올림은 출력할 때만 하세요.',
};

const sigmoidPrimeAsActivation = {
  id: 'sigmoid-prime-as-activation',
  en: 'the activations are σ′(z) = σ(z)(1 − σ(z)), the slope of the sigmoid (h1 = 0.24960043 is σ′(0.08)): the forward pass applies σ itself, a = sigmoid(z); sigmoidPrime is for going back.',
  ko: '활성화 값이 시그모이드의 기울기 σ′(z) = σ(z)(1 − σ(z))입니다 (h1 = 0.24960043은 σ′(0.08)). 순전파는 σ 자체를 적용합니다: a = sigmoid(z). sigmoidPrime은 거꾸로 갈 때 씁니다.',
};
const softmaxOutput = {
  id: 'softmax-on-output',
  en: 'the output layer went through softmax (the outputs add up to 1): this network has σ on every layer, the output included, a[L] = σ(z[L]); softmax belongs to the classifier of the first chapter.',
  ko: '출력층에 softmax를 적용했습니다 (출력의 합이 1입니다). 이 네트워크는 출력층을 포함한 모든 층에 σ를 씁니다: a[L] = σ(z[L]). softmax는 첫 장의 분류기에 쓰는 것입니다.',
};
const sigmoidOnInput = {
  id: 'sigmoid-on-input',
  en: 'σ was applied to the input: the input layer has no activation function, a[0] is the input as it is, and z[1] = weights[0] · input.',
  ko: '입력에 σ를 적용했습니다. 입력층에는 활성화 함수가 없습니다. a[0]은 입력 그대로이고 z[1] = weights[0] · input 입니다.',
};
const fedZ = {
  id: 'fed-z-not-a',
  en: 'the next layer was fed z instead of the activations: σ was applied to record a, but the weighted sum of layer l + 1 must read a[l] = σ(z[l]), not z[l].',
  ko: '다음 층에 활성화 값이 아니라 z를 넣었습니다. a를 기록할 때는 σ를 적용했지만, l + 1층의 가중합은 z[l]이 아니라 a[l] = σ(z[l])을 읽어야 합니다.',
};

/**
 * The whole z or a as the slips above compute it for `example`. Feeding z on and leaving σ out of the
 * hidden layers give the same z: on z alone neither is named (a tells them apart).
 */
function passSlips(example: Example, part: 'z' | 'a'): Mistake[] {
  const hiddenNoSigmoid = { id: 'hidden-no-sigmoid', en: 'the hidden layers have no σ: a[l] = σ(z[l]) on every layer.', ko: '은닉층에 σ가 없습니다. 모든 층에서 a[l] = σ(z[l]) 입니다.' };
  return [
    { ...sigmoidOnInput, value: slipPass(example, 'sigmoid-on-input')[part] },
    { ...sumNotReset, value: slipPass(example, 'sum-not-reset')[part] },
    { ...sumStartsAtOne, value: slipPass(example, 'sum-starts-at-one')[part] },
    { ...firstInputSkipped, value: slipPass(example, 'first-input-skipped')[part] },
    { ...signOfExponent, value: slipPass(example, 'sign-of-exponent')[part] },
    { ...roundedActivations, value: slipPass(example, 'rounded-activations')[part], also: roundsTo8 },
    { ...roundedSums, value: slipPass(example, 'rounded-sums')[part], also: sumsRoundTo8 },
    { ...layersReversed, value: slipPass(example, 'layers-reversed')[part] },
    { ...sigmoidPrimeAsActivation, value: slipPass(example, 'sigmoid-prime')[part] },
    ...(part === 'a' ? [{ ...softmaxOutput, value: slipPass(example, 'softmax-output').a }] : []),
    ...(example.network.weights.length > 1
      ? [{ ...fedZ, value: slipPass(example, 'fed-z-not-a')[part] }, { ...hiddenNoSigmoid, value: slipPass(example, 'hidden-no-sigmoid')[part] }]
      : []),
  ];
}

/** z[l] overwritten with σ(z[l]) (σ applied in place, or one array stored as both z[l] and a[l]). */
const zHoldsActivations = {
  id: 'z-holds-activations',
  en: 'z holds the activations σ(z): σ was applied to the array of z in place, or one array was stored as both z[l] and a[l]. Keep z[l] as the weighted sums and build a[l] = σ(z[l]) as a new array.',
  ko: 'z에 활성화 값 σ(z)가 들어 있습니다. z 배열에 σ를 제자리에서 적용했거나, 배열 하나를 z[l]과 a[l]에 함께 저장했습니다. z[l]은 가중합 그대로 두고 a[l] = σ(z[l])은 새 배열로 만드세요.',
};

/** a[1] … a[L] (or z's) one array, pushed once per layer and refilled: every layer shows the last one's values. */
function sharedArray(which: 'z' | 'a'): Mistake {
  return {
    when: (r) => Array.isArray(r) && r.length > 2 && r.slice(2).every((layer) => layer === r[1]),
    id: 'one-array-for-every-layer',
    en: `${which}[1], ${which}[2], … are one and the same array: it was pushed once per layer and then cleared and refilled, so every layer shows the values of the last one. Make a new array for each layer (const ${which}l = [] inside the loop over the layers).`,
    ko: `${which}[1], ${which}[2], …가 모두 같은 배열 하나입니다. 층마다 같은 배열을 넣고 비운 뒤 다시 채워서, 모든 층에 마지막 층의 값이 보입니다. 층마다 새 배열을 만드세요 (층 반복문 안에서 const ${which}l = []).`,
  };
}

/** One layer short, with layer 0 in place (the input in a, [] in z): the loop over the layers stopped one early. */
function lastLayerMissing(layers: number, first: readonly number[]): Mistake {
  return {
    when: (r) => Array.isArray(r) && r.length === layers - 1 && near(r[0], [...first], 0),
    id: 'last-layer-missing',
    en: 'the last layer is missing: the loop over the layers stopped one early. Go over every layer of weights, l < network.weights.length, so a ends with the output.',
    ko: '마지막 층이 빠졌습니다. 층 반복문이 하나 일찍 멈췄습니다. 모든 가중치 층을 도세요(l < network.weights.length). 그래야 a가 출력으로 끝납니다.',
  };
}

/** The input layer left out of a (or of z, said in z's words). */
function missingInputIn(which: 'z' | 'a'): Mistake {
  return {
    when: (r) => Array.isArray(r) && r.length === exact.a.length - 1 && !(Array.isArray(r[0]) && (r[0].length === 0 || near(r[0], exact.a[0]!, 0))),
    id: 'no-input-layer',
    ...(which === 'a'
      ? {
          en: 'a needs one entry per layer including the input: a[0] is (a copy of) the input, a[1] the hidden layer, a[2] the output. Likewise z[0] is [].',
          ko: 'a에는 입력을 포함해 층마다 항목이 하나씩 있어야 합니다. a[0]은 입력(의 복사본), a[1]은 은닉층, a[2]는 출력입니다. z[0]도 마찬가지로 [] 입니다.',
        }
      : {
          en: 'z needs one entry per layer including the input: z[0] is [] (the input layer has no z), z[1] the hidden layer, z[2] the output. Likewise a[0] is (a copy of) the input.',
          ko: 'z에는 입력층을 포함해 층마다 항목이 하나씩 있어야 합니다. z[0]은 [](입력층에는 z가 없습니다), z[1]은 은닉층, z[2]는 출력입니다. a[0]도 마찬가지로 입력(의 복사본)입니다.',
        }),
  };
}

function expectPass(example: Example): void {
  const pass = forward(example.network, example.input);
  const name = `forward(${example.name})`;
  expect(pass, t(`${name} should return { z, a }`, `${name}는 { z, a }를 반환해야 합니다`)).toBeTypeOf('object');
  const zAsA = { ...zHoldsActivations, value: example.pass.a.map((al, l) => (l === 0 ? [] : al)) };
  expect(pass.z).toMatchValue(example.pass.z, { name: `${name}.z`, tol: 1e-12, mistakes: [missingInputIn('z'), lastLayerMissing(example.pass.z.length, []), sharedArray('z'), zAsA, ...passSlips(example, 'z')] });
  expect(pass.a).toMatchValue(example.pass.a, { name: `${name}.a`, tol: 1e-12, mistakes: [missingInputIn('a'), lastLayerMissing(example.pass.a.length, example.input), sharedArray('a'), ...activationMistakes(example.pass.z), ...passSlips(example, 'a')] });
}

describe('09 forward', () => {
  it(t('the article: z1 = 0.08, z2 = 0.11, h1 = 0.51998934, h2 = 0.52747230', '글의 예: z1 = 0.08, z2 = 0.11, h1 = 0.51998934, h2 = 0.52747230'), () => {
    const { z, a } = forward(article.network(), article.input());
    expectShape(z, exact.z, 'forward(article).z', [missingInputIn('z'), lastLayerMissing(3, [])]);
    expectShape(a, exact.a, 'forward(article).a', [missingInputIn('a'), lastLayerMissing(3, exact.a[0]!)]);
    expect(z[1]).toMatchArticle(['0.08', '0.11'], {
      name: ['z1', 'z2'],
      step,
      mistakes: [
        { ...sharedArray('z'), when: (r) => r === z[2] },
        { ...sigmoidOnInput, value: slipPass(article.example(), 'sigmoid-on-input').z[1]! },
        { ...zHoldsActivations, value: [h1!, h2!] },
        { ...sumNotReset, value: slipPass(article.example(), 'sum-not-reset').z[1]! },
        { ...sumStartsAtOne, value: slipPass(article.example(), 'sum-starts-at-one').z[1]! },
        { ...firstInputSkipped, value: slipPass(article.example(), 'first-input-skipped').z[1]! },
        { ...layersReversed, value: slipPass(article.example(), 'layers-reversed').z[1]! },
        {
          value: [0.11, 0.095],
          id: 'rows-columns-swapped-hidden',
          en: 'rows and columns are swapped: weights[0][j] is the row of hidden unit j, so z1 = w1·x1 + w2·x2 = weights[0][0][0]·x1 + weights[0][0][1]·x2.',
          ko: '행과 열이 바뀌었습니다. weights[0][j]가 은닉 유닛 j의 행이므로 z1 = w1·x1 + w2·x2 = weights[0][0][0]·x1 + weights[0][0][1]·x2 입니다.',
        },
      ],
    });
    expect(a[1]).toMatchArticle(['0.51998934', '0.52747230'], {
      name: ['h1', 'h2'],
      step,
      mistakes: [
        { ...sharedArray('a'), when: (r) => r === a[2] },
        { ...signOfExponent, value: [1 - h1!, 1 - h2!] },
        { ...sigmoidPrimeAsActivation, value: [h1! * (1 - h1!), h2! * (1 - h2!)] },
        {
          when: (r) => near(r, z[1] as number[], 1e-9),
          id: 'hidden-no-sigmoid',
          en: 'h equals z in the hidden layer: apply the sigmoid, h1 = σ(z1).',
          ko: '은닉층에서 h가 z와 같습니다. 시그모이드를 적용하세요: h1 = σ(z1).',
        },
      ],
    });
  });

  it(t('the article: z3 = 0.44498412, z4 = 0.68047592, o1 = 0.60944600, o2 = 0.66384491', '글의 예: z3 = 0.44498412, z4 = 0.68047592, o1 = 0.60944600, o2 = 0.66384491'), () => {
    const { z, a } = forward(article.network(), article.input());
    const fedZValue = [0.45 * 0.08 + 0.4 * 0.11, 0.7 * 0.08 + 0.6 * 0.11];
    expectShape(z, exact.z, 'forward(article).z', [missingInputIn('z'), lastLayerMissing(3, [])]);
    expectShape(a, exact.a, 'forward(article).a', [missingInputIn('a'), lastLayerMissing(3, exact.a[0]!)]);
    expect(z[2]).toMatchArticle(['0.44498412', '0.68047592'], {
      name: ['z3', 'z4'],
      step,
      mistakes: [
        {
          when: (r) => near(r, [0.125, 0.19], 1e-6) && !near(a[2], r as number[], 1e-9),
          id: 'output-fed-inputs',
          en: 'the output layer was fed the inputs x1, x2. Each layer reads the activations of the layer before it: z3 = w5·h1 + w6·h2. (The article itself slips here once, in its second forward pass: it writes w5·x1 + w6·x2 but computes with h1, h2.)',
          ko: '출력층에 입력 x1, x2를 넣었습니다. 각 층은 바로 앞 층의 활성화 값을 읽습니다: z3 = w5·h1 + w6·h2. (글도 두 번째 순전파에서 w5·x1 + w6·x2로 잘못 적었지만 계산은 h1, h2로 했습니다.)',
        },
        {
          when: (r) => near(r, [0.125, 0.19], 1e-6) && near(a[2], r as number[], 1e-9),
          id: 'output-fed-inputs',
          en: 'two slips: the output layer was fed the inputs x1, x2, and it has no sigmoid (your o equals z there). Each layer reads the activations of the layer before it, z3 = w5·h1 + w6·h2, and the output layer applies σ too: o1 = σ(z3).',
          ko: '실수가 두 가지입니다: 출력층에 입력 x1, x2를 넣었고, 출력층에 시그모이드가 없습니다 (o가 z와 같습니다). 각 층은 바로 앞 층의 활성화 값을 읽고 (z3 = w5·h1 + w6·h2), 출력층에도 σ를 적용합니다: o1 = σ(z3).',
        },
        // z1, z2 fed on: either the hidden layer has no σ at all (then a[1] = z[1] too), or σ was applied to
        // record a[1] while the next layer read z[1]; the learner's own a[1] tells which.
        { ...fedZ, when: (r) => near(r, fedZValue, 1e-6) && near(a[1], exact.a[1]!, 1e-9) },
        {
          when: (r) => near(r, fedZValue, 1e-6) && near(a[1], exact.z[1]!, 1e-9),
          id: 'hidden-no-sigmoid',
          en: 'the output layer was fed z1, z2 instead of h1 = σ(z1), h2 = σ(z2): apply σ in the hidden layer too.',
          ko: '출력층에 h1 = σ(z1), h2 = σ(z2) 대신 z1, z2를 넣었습니다. 은닉층에서도 σ를 적용하세요.',
        },
        {
          value: [0.45 * h1! + 0.7 * h2!, 0.4 * h1! + 0.6 * h2!],
          id: 'rows-columns-swapped-output',
          en: 'rows and columns are swapped: weights[1][j] is the row of output unit j, so z3 = w5·h1 + w6·h2 = weights[1][0][0]·h1 + weights[1][0][1]·h2.',
          ko: '행과 열이 바뀌었습니다. weights[1][j]가 출력 유닛 j의 행이므로 z3 = w5·h1 + w6·h2 = weights[1][0][0]·h1 + weights[1][0][1]·h2 입니다.',
        },
      ],
    });
    expect(a[2]).toMatchArticle(['0.60944600', '0.66384491'], {
      name: ['o1', 'o2'],
      step,
      mistakes: [
        { ...softmaxOutput, value: slipPass(article.example(), 'softmax-output').a[2]! },
        {
          when: (r) => near(r, z[2] as number[], 1e-9),
          id: 'output-no-sigmoid',
          en: 'o equals z at the output: the output layer has a sigmoid too, o1 = σ(z3).',
          ko: '출력층에서 o가 z와 같습니다. 출력층에도 시그모이드가 있습니다: o1 = σ(z3).',
        },
      ],
    });
  });

  it(t('keeps every layer: z[0] is [], a[0] is a copy of the input', '모든 층을 기록합니다: z[0]은 [], a[0]은 입력의 복사본'), () => {
    const input = article.input();
    const { z, a } = forward(article.network(), input);
    expect(z).toMatchValue(exact.z, { name: 'forward(article).z', tol: 1e-12, mistakes: [missingInputIn('z'), lastLayerMissing(3, []), sharedArray('z'), ...passSlips(article.example(), 'z')] });
    expect(a).toMatchValue(exact.a, { name: 'forward(article).a', tol: 1e-12, mistakes: [missingInputIn('a'), lastLayerMissing(3, exact.a[0]!), sharedArray('a'), ...activationMistakes(exact.z), ...passSlips(article.example(), 'a')] });
    expect(a[0] !== (input as unknown), t('a[0] is the very array that was passed in as input; make it a new array (a copy), so that changing one cannot change the other', 'a[0]이 input으로 받은 배열 그 자체입니다. 새 배열(복사본)로 만들어서 한쪽을 바꿔도 다른 쪽이 바뀌지 않게 하세요')).toBe(true);
  });

  it(t('works for any depth and width: 2-3-2-1, 3-4-3-2, and a single layer 3-2', '어떤 깊이와 너비에서도 동작합니다: 2-3-2-1, 3-4-3-2, 층 하나뿐인 3-2'), () => {
    expectPass(deepExample());
    expectPass(wideExample());
    expectPass(singleLayerExample());
  });

  it(t('does not change the network or the input', '네트워크와 입력을 바꾸지 않습니다'), () => {
    // One network object for two inputs, as a trained net is used: each pass is its input's own.
    const network = article.network();
    forward(network, article.input());
    expect(forward(network, [0.5, -0.3]).a).toMatchValue(passOf(article.network().weights, [0.5, -0.3]).a, { name: t('forward(article network, [0.5, −0.3]).a, on the network object just used for [0.1, 0.2]', '방금 [0.1, 0.2]에 쓴 네트워크 객체로 forward(글의 네트워크, [0.5, −0.3]).a'), tol: 1e-12 });
    expectUnchanged([article.network(), article.input()] as const, ['network', 'input'], (network, input) => forward(network, input), shaped('forward(article)', { ...article.pass() }));
    expectUnchanged([deepExample().network, deepExample().input] as const, ['network', 'input'], (network, input) => forward(network, input), shaped(`forward(${deepExample().name})`, { ...deepExample().pass }));
  });

  it(t('rejects an empty input, a network without layers, rows of the wrong length and values that are not finite', '빈 입력, 층이 없는 네트워크, 길이가 틀린 행, 유한하지 않은 값을 거부합니다'), () => {
    expectRejects(() => forward(article.network(), []), 'input', t('an empty input', '빈 input'));
    expectRejects(() => forward(article.network(), [0.1, Number.NaN]), 'input', t('NaN in the input', 'input 안의 NaN'));
    expectRejects(() => forward(article.network(), [0.1, 0.2, 0.3]), 'network', t('3 inputs for a net that takes 2', '입력 2개짜리 네트워크에 입력 3개'));
    expectRejects(() => forward({ weights: [] }, [0.1, 0.2]), 'network', t('a network without layers', '층이 없는 네트워크'));
    expectRejects(() => forward({ weights: [[[0.3, 0.25], [0.4, 0.35]], [[0.45, 0.4, 0.1], [0.7, 0.6, 0.1]]] }, [0.1, 0.2]), 'network', t('output rows of 3 weights after a hidden layer of 2 units', '유닛 2개인 은닉층 뒤에 가중치 3개짜리 출력 행'));
    expectRejects(() => forward({ weights: [[[0.3, Number.NaN], [0.4, 0.35]]] }, [0.1, 0.2]), 'network', t('NaN in the weights', '가중치 안의 NaN'));
  });
});
