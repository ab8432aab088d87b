// 05 dense — four iris features to three class scores with 3 × 4 = 12 weights ([Output / Loss function]).
// Expected scores: the products worked out by hand in exact decimals, written here as literals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dense, predict } from '@kata/05-dense/dense';
import { explainThrow, expectRejects, expectUnchanged, josa, oneArrayKept, shaped, t, type Mistake } from './support';

/** One row per class (setosa, versicolor, virginica), one column per feature. */
const W = [
  [0.2, 0.5, -0.6, -0.3],
  [0.1, -0.4, 0.3, 0.2],
  [-0.3, -0.2, 0.6, 0.5],
];
/** Sepal length, sepal width, petal length, petal width (cm) of three flowers from the iris data. */
const flowers = [
  { name: 'setosa', x: [5.1, 3.5, 1.4, 0.2], z: [1.87, -0.43, -1.29], cls: 0 },
  { name: 'versicolor', x: [5.9, 3.0, 4.2, 1.5], z: [-0.29, 0.95, 0.9], cls: 1 },
  { name: 'virginica', x: [6.3, 3.3, 6.0, 2.5], z: [-1.44, 1.61, 2.3], cls: 2 },
];

/** A fresh copy of W for every call: code that changes its arguments must not spoil the next test (the test of inputs names that). */
const copyW = () => W.map((row) => [...row]);

const transposed: Mistake = {
  id: 'rows-columns-swapped',
  en: 'rows and columns are swapped: weights[j] is the row of output j, so z_j = Σ_i weights[j][i] · input[i] (not weights[i][j]).',
  ko: '행과 열이 바뀌었습니다. weights[j]가 출력 j의 행이므로 z_j = Σ_i weights[j][i] · input[i] 입니다 (weights[i][j]가 아님).',
};

/**
 * What a loop over the columns gives, z_i = Σ_j weights[j][i] · input[j] (input read up to the number of
 * rows): the transposed product, one score per input instead of one per output.
 */
function transposedProduct(weights: readonly (readonly number[])[], input: readonly number[]): number[] {
  return weights[0]!.map((_, i) => weights.reduce((sum, row, j) => sum + row[i]! * input[j]!, 0));
}

/** Your dense throws where the rows are not as many as the inputs, while square weights of the same width work. */
const rowCountChecked: Mistake = {
  when: (e) =>
    e instanceof Error &&
    (() => {
      try {
        return [dense([[1, 2, 3], [1, 1, 1], [0, 0, 1]], [1, 1, 1]), dense([[1, 0], [0, 1]], [0.5, -1])].every((z) => Array.isArray(z) && z.length > 0);
      } catch {
        return false;
      }
    })(),
  id: 'row-count-checked',
  en: 'your dense throws when the number of rows differs from the number of inputs, while square weights of the same width work: weights may have any number of rows (one per output). It is each row that must be as long as input: compare weights[j].length with input.length, not weights.length.',
  ko: 'dense가 행의 수와 입력의 수가 다를 때 오류를 던지는데, 같은 폭의 정사각 가중치에서는 동작합니다. weights의 행은 몇 개여도 됩니다(출력마다 하나). input과 길이가 같아야 하는 것은 각 행입니다: weights.length가 아니라 weights[j].length를 input.length와 비교하세요.',
};

/** The usual slips in the two loops of dense, each with the scores it gives for this input. */
function loopSlips(weights: readonly (readonly number[])[], input: readonly number[]): Mistake[] {
  const over = (from: number, to: number) => weights.map((row) => row.slice(from, to).reduce((sum, w, k) => sum + w * input[from + k]!, 0));
  const right = over(0, input.length);
  const runningSums = (z: readonly number[]) => z.map((_, j) => z.slice(0, j + 1).reduce((a, b) => a + b, 0));
  return [
    { ...transposed, value: transposedProduct(weights, input) },
    {
      value: right.map((z) => z + 1),
      id: 'sum-starts-at-one',
      en: 'every score is exactly 1 too large: the sum starts at 1, not 0. Start each row\'s sum at 0 (a bias is not part of this layer).',
      ko: '모든 점수가 정확히 1씩 큽니다. 합을 0이 아니라 1에서 시작했습니다. 행마다 합을 0에서 시작하세요 (이 층에는 편향이 없습니다).',
    },
    {
      value: runningSums(transposedProduct(weights, input)),
      id: 'rows-columns-swapped',
      en: 'two slips: rows and columns are swapped (z_j = Σ_i weights[j][i] · input[i], not weights[i][j]), and each score adds up all those before it because the sum starts at 0 only once, before the outer loop. Read row j for output j, and start a new sum for every row.',
      ko: '실수가 두 가지입니다: 행과 열이 바뀌었고 (z_j = Σ_i weights[j][i] · input[i], weights[i][j]가 아님), 합을 바깥 반복문 밖에서 한 번만 0으로 시작해서 점수마다 앞의 것들이 모두 더해졌습니다. 출력 j에는 j번째 행을 읽고, 행마다 새 합을 시작하세요.',
    },
    {
      value: right.map((_, j) => right.slice(0, j + 1).reduce((a, b) => a + b, 0)),
      id: 'sum-not-reset',
      en: 'each score adds up all the rows before it: the sum starts at 0 only once, before the loop over the rows. Start a new sum for every row (let sum = 0 inside the outer loop).',
      ko: '점수마다 앞의 행들이 모두 더해졌습니다. 합을 행 반복문 밖에서 한 번만 0으로 시작했습니다. 행마다 새 합을 시작하세요 (바깥 반복문 안에서 let sum = 0).',
    },
    {
      value: weights.map((row) => row.reduce((sum, w, i) => sum + w + input[i]!, 0)),
      id: 'plus-not-times',
      en: 'each weight was added to its input, w + x, instead of multiplied: z_j = Σ_i weights[j][i] · input[i] (an input of all zeros must give all-zero scores).',
      ko: '가중치를 입력과 곱하지 않고 더했습니다 (w + x). z_j = Σ_i weights[j][i] · input[i] 입니다 (입력이 모두 0이면 점수도 모두 0이어야 합니다).',
    },
    {
      value: weights.map((row, j) => row.reduce((sum, w) => sum + w * input[j]!, 0)),
      id: 'input-indexed-by-row',
      en: 'each weight was multiplied by input[j], the input with the row\'s index, instead of input[i], the input its column belongs to: z_j = Σ_i weights[j][i] · input[i].',
      ko: '가중치마다 열에 맞는 input[i]가 아니라 행의 인덱스를 쓴 input[j]를 곱했습니다. z_j = Σ_i weights[j][i] · input[i] 입니다.',
    },
    {
      value: over(1, input.length),
      id: 'first-input-skipped',
      en: 'input[0] is never counted: the inner loop starts at 1. Indices start at 0: for (let i = 0; i < input.length; i++).',
      ko: 'input[0]이 한 번도 더해지지 않았습니다. 안쪽 반복문이 1에서 시작합니다. 인덱스는 0부터입니다: for (let i = 0; i < input.length; i++).',
    },
    ...(weights.length > 1
      ? [
          {
            value: right.slice(0, -1),
            id: 'last-row-skipped',
            en: 'the last row of weights never became a score: the outer loop stops one early (j < weights.length − 1). One score per row: j < weights.length.',
            ko: '가중치의 마지막 행이 점수가 되지 않았습니다. 바깥 반복문이 하나 일찍 멈춥니다 (j < weights.length − 1). 행마다 점수가 하나입니다: j < weights.length.',
          },
          {
            value: right.slice(1),
            id: 'first-row-skipped',
            en: 'the first row of weights never became a score: the outer loop starts at 1. One score per row, from j = 0.',
            ko: '가중치의 첫 행이 점수가 되지 않았습니다. 바깥 반복문이 1에서 시작합니다. j = 0부터 행마다 점수가 하나입니다.',
          },
        ]
      : []),
    {
      value: over(0, input.length - 1),
      id: 'last-input-skipped',
      en: 'the last input is never counted: the inner loop stops one early (i < input.length − 1). It runs over every input: i < input.length.',
      ko: '마지막 입력이 한 번도 더해지지 않았습니다. 안쪽 반복문이 하나 일찍 멈춥니다 (i < input.length − 1). 모든 입력을 돌아야 합니다: i < input.length.',
    },
  ];
}

/**
 * predict(weights, input) = argmax(softmax(input)): the weights never used. Named only where that is this
 * input's value and swapping the rows of the weights changes nothing in the learner's predict.
 */
function ignoresWeights(input: readonly number[]): Mistake {
  const largest = input.indexOf(Math.max(...input));
  return {
    when: (r) => r === largest && predict([[0, 1], [1, 0]], [5, 1]) === 0 && predict([[0, 1], [1, 0]], [1, 5]) === 1,
    id: 'predict-ignores-weights',
    en: `you returned ${largest}, the index of the largest input, and swapping the rows of the weights changes nothing: predict never uses the weights. The class scores are dense(weights, input) (your own, from above): argmax(softmax(dense(weights, input))).`,
    ko: `입력 중 가장 큰 값의 인덱스인 ${josa(String(largest), '을/를')} 반환했고, 가중치의 행을 바꿔도 결과가 같습니다. predict가 가중치를 쓰지 않습니다. 클래스 점수는 dense(weights, input)입니다 (위에서 만든 함수): argmax(softmax(dense(weights, input))).`,
  };
}

describe('05 dense and predict', () => {
  // The small square case first: whichever way the rows and columns are swapped, it gives numbers
  // (the 3 × 4 case may crash or give 4 scores), so the first failure a learner sees names the mistake.
  it(t('row j of weights makes output j', 'weights의 j번째 행이 출력 j를 만듭니다'), () => {
    // [2, 1] first: every slip of loopSlips gives its own numbers there (on [1, 0] skipping input[0] gives all zeros).
    expect(dense([[1, 2], [3, 4]], [2, 1])).toMatchValue([4, 10], { name: 'dense([[1, 2], [3, 4]], [2, 1])', mistakes: loopSlips([[1, 2], [3, 4]], [2, 1]) });
    expect(dense([[1, 2], [3, 4]], [1, 0])).toMatchValue([1, 3], { name: 'dense([[1, 2], [3, 4]], [1, 0])', mistakes: loopSlips([[1, 2], [3, 4]], [1, 0]) });
    expect(explainThrow(() => dense([[1, 2, 3]], [1, 1, 1]), [rowCountChecked])).toMatchValue([6], { name: 'dense([[1, 2, 3]], [1, 1, 1])' });
    expect(explainThrow(() => dense([[1, 0], [0, 1], [2, 2]], [0.5, -1]), [rowCountChecked])).toMatchValue([0.5, -1, -1], { name: 'dense([[1, 0], [0, 1], [2, 2]], [0.5, -1])' });
  });

  it(t('the article\'s picture: 12 weights map 4 features to 3 class scores', '글의 그림: 가중치 12개가 특징 4개를 클래스 점수 3개로 바꿉니다'), () => {
    expect(W.flat().length).toBe(12);
    for (const f of flowers) expect(dense(copyW(), [...f.x])).toMatchValue(f.z, { name: `dense(W, ${f.name})`, mistakes: loopSlips(W, f.x) });
  });

  it(t('is linear: dense(W, x + y) = dense(W, x) + dense(W, y) (property)', '선형입니다: dense(W, x + y) = dense(W, x) + dense(W, y) (속성 기반 테스트)'), () => {
    const vec = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(vec, vec, (x, y) => {
        const sum = dense(copyW(), x.map((xi, i) => xi + y[i]!));
        const separate = dense(copyW(), [...x]).map((zx, j) => zx + dense(copyW(), [...y])[j]!);
        expect(sum).toMatchValue(separate, { name: t(`dense(W, x + y) with x = [${x}], y = [${y}], against your dense(W, x) + dense(W, y) as the expected value (the two must be equal)`, `x = [${x}], y = [${y}]일 때 dense(W, x + y), 직접 만든 dense(W, x) + dense(W, y)를 정답 자리에 두고 비교 (둘이 같아야 합니다)`), tol: 1e-9, mistakes: [oneArrayKept(() => dense(copyW(), [1, 2, 3, 4]))] });
      }),
    );
  });

  it(t('predict picks the class with the largest probability', 'predict는 확률이 가장 큰 클래스를 고릅니다'), () => {
    for (const f of flowers) {
      expect(predict(copyW(), [...f.x])).toMatchValue(f.cls, {
        name: `predict(W, ${f.name})`,
        tol: 0,
        mistakes: [
          { when: (r) => Array.isArray(r), id: 'predict-returns-vector', en: 'predict returns one class index, not the vector of probabilities: take argmax of the softmax.', ko: 'predict는 확률 벡터가 아니라 클래스 인덱스 하나를 반환합니다. softmax에 argmax를 적용하세요.' },
          { when: (r) => typeof r === 'number' && !Number.isInteger(r), id: 'predict-returns-probability', en: 'predict returns the index of the most probable class, not its probability.', ko: 'predict는 가장 확률이 큰 클래스의 확률이 아니라 인덱스를 반환합니다.' },
          ignoresWeights(f.x),
          {
            // One flower's class + 1 could be anything: every flower must come out one too high.
            when: (r) => r === f.cls + 1 && flowers.every((g) => predict(copyW(), [...g.x]) === g.cls + 1),
            id: 'predict-one-based',
            en: 'every class comes out one too high: classes are counted from 0, like the indices argmax (01) returns. Return argmax itself, without + 1.',
            ko: '모든 클래스가 1씩 큽니다. 클래스는 argmax(01)가 반환하는 인덱스처럼 0부터 셉니다. + 1 없이 argmax 그대로 반환하세요.',
          },
        ],
      });
    }
    // One weights object for every flower, as a trained model is used: each call answers for its own input.
    const shared = copyW();
    expect(flowers.map((f) => predict(shared, [...f.x]))).toMatchValue(flowers.map((f) => f.cls), { name: t('predict(W, …) for each flower in turn, with one and the same W object', '같은 W 객체 하나로 꽃마다 차례로 predict(W, …)'), tol: 0 });
    // Before training every class ties; argmax (01) takes the first of equal maxima, and so must predict.
    expect(predict([[0, 0], [0, 0], [0, 0]], [1, 2])).toMatchValue(0, {
      name: t('predict(all-zero weights, [1, 2]): three equal probabilities', 'predict(모두 0인 가중치, [1, 2]): 세 확률이 같음'),
      tol: 0,
      mistakes: [ignoresWeights([1, 2]), { value: 2, id: 'predict-last-of-ties', en: 'on a tie predict returned the last class: it must return the first of equal maxima, as argmax from 01 does. Use your argmax: argmax(softmax(dense(weights, input))).', ko: '동점에서 predict가 마지막 클래스를 반환했습니다. 01의 argmax처럼 같은 최댓값 중 첫 번째를 반환해야 합니다. 직접 만든 argmax를 쓰세요: argmax(softmax(dense(weights, input))).' }],
    });
  });

  it(t('does not change its inputs', '입력을 바꾸지 않습니다'), () => {
    expectUnchanged([W, flowers[0]!.x] as const, ['weights', 'input'], (w, x) => dense(w, x), shaped('dense(weights, input)', W.map(() => 0)));
    expectUnchanged([W, flowers[0]!.x] as const, ['weights', 'input'], (w, x) => predict(w, x), shaped('predict(weights, input)', 0));
  });

  it(t('rejects empty arrays, rows of the wrong length and entries that are not finite', '빈 배열, 길이가 틀린 행, 유한하지 않은 항목을 거부합니다'), () => {
    expectRejects(() => dense(W, []), 'input', t('an empty input', '빈 input'));
    expectRejects(() => dense([], [1, 2]), 'weights', t('empty weights', '빈 weights'));
    expectRejects(() => dense(W, [1, 2, 3]), 'weights', t('3 inputs for rows of 4 weights', '가중치 4개짜리 행에 입력 3개'));
    expectRejects(() => dense([[1, 2], [3]], [1, 1]), 'weights', t('a short row', '짧은 행'));
    expectRejects(() => dense([[1, 2], [3, 4, 5]], [1, 1]), 'weights', t('a second row longer than the input', '입력보다 긴 두 번째 행'));
    expectRejects(() => dense([[1, 2]], [1, Number.NaN]), 'input', t('NaN in input', 'input 안의 NaN'));
    expectRejects(() => dense([[1, Number.NaN]], [1, 1]), 'weights', t('NaN in weights', 'weights 안의 NaN'));
  });
});
