// 05 dense and predict — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { dense, predict } from '@kata/05-dense/dense';
import { contract, expectRejects, expectUnchanged, shaped, t } from '../support';
import { heldOut } from './support/generated/cases';

const c = heldOut.dense;

describe('05 dense and predict (held-out)', () => {
  // Apart, as in the public spec: predict reaches the learner's softmax (02) and argmax (01), dense reaches nothing.
  it(t('a 2 × 3 layer: the weighted sums', '2 × 3 층: 가중합'), () => {
    expect(dense(structuredClone(c.weights), [...c.input])).toMatchValue(c.output, { name: `dense(2 × 3 weights, [${c.input.join(', ')}])`, tol: 1e-12 });
  });

  it(t('the same layer: the predicted class', '같은 층: 예측한 클래스'), () => {
    expect(predict(structuredClone(c.weights), [...c.input])).toMatchValue(c.predicted, { name: `predict(2 × 3 weights, [${c.input.join(', ')}])`, tol: 0 });
    // The rows swapped, the two class scores swap too: the other class.
    const swapped = [[...c.weights[1]!], [...c.weights[0]!]];
    // The same weights object for two inputs: the sign of the input flips both scores, so the class flips too.
    const same = structuredClone(c.weights);
    expect([predict(same, [...c.input]), predict(same, c.input.map((x) => -x))]).toMatchValue([c.predicted, 1 - c.predicted], { name: t('predict with one weights object, for the input and for its negative', '가중치 객체 하나로 입력과 그 부호를 바꾼 입력에 predict'), tol: 0 });
    expect(predict(swapped, [...c.input])).toMatchValue(1 - c.predicted, { name: t(`predict(the same weights, rows swapped, [${c.input.join(', ')}])`, `predict(행을 바꾼 같은 가중치, [${c.input.join(', ')}])`), tol: 0 });
  });

  it(t('a tie: the first of the equal classes', '동점: 같은 클래스 중 첫 번째'), () => {
    expect(predict([[0, 0, 0], [0, 0, 0]], [...c.input])).toMatchValue(0, { name: `predict(2 × 3 zeros, [${c.input.join(', ')}])`, tol: 0 });
  });

  it(t('rejects rows that do not fit the input and leaves its inputs alone', '입력과 맞지 않는 행을 거부하고 입력을 그대로 둡니다'), contract(() => {
    expectRejects(() => dense([[1, 2, 3], [4, 5]], [1, 0, 1]), 'weights', t('a short row', '짧은 행'));
    expectRejects(() => dense([[1, 2], [3, 4, 5]], [0, 1]), 'weights', t('a second row longer than the input', '입력보다 긴 두 번째 행'));
    expectRejects(() => dense([[1, 2, 3], [4, 5, 6]], [1, 2]), 'weights', t('2 inputs for rows of 3 weights', '가중치 3개짜리 행에 입력 2개'));
    expectUnchanged([structuredClone(c.weights), [...c.input]] as const, ['weights', 'input'], (w, x) => dense(w, x), shaped('dense(weights, input)', [0, 0]));
  }));
});
