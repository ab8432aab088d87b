// 07 gradient descent — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { gradientDescent, gradientDescentStep } from '@kata/07-gradient-descent/gradient-descent';
import { contract, expectRejects, t } from '../support';
import { heldOut } from './support/generated/cases';

const c = heldOut.gradientDescent;

describe('07 gradientDescentStep and gradientDescent (held-out)', () => {
  it(t('one step with a negative slope', '음의 기울기로 한 걸음'), () => {
    expect(gradientDescentStep(c.step.x, c.step.slope, c.step.learningRate)).toMatchValue(c.step.next, { name: `gradientDescentStep(${c.step.x}, ${c.step.slope}, ${c.step.learningRate})`, tol: 1e-12 });
  });

  it(t('the path on f(x) = (x − c)² from another start', '다른 출발점에서 f(x) = (x − c)²의 경로'), () => {
    expect(gradientDescent((x) => 2 * (x - c.centre), c.x0, c.learningRate, c.steps)).toMatchValue(c.path, { name: `gradientDescent(x => 2(x − ${c.centre}), ${c.x0}, ${c.learningRate}, ${c.steps})`, tol: 1e-12 });
  });

  it(t('every position in full precision (each x_k = 3 − (3 − x0) · 0.8^k, not rounded)', '모든 위치를 전체 정밀도로 (x_k = 3 − (3 − x0) · 0.8^k, 반올림 없이)'), () => {
    const x0 = 0.123456789;
    const path = [0, 1, 2, 3].map((k) => 3 - (3 - x0) * 0.8 ** k);
    expect(gradientDescent((x) => 2 * (x - 3), x0, 0.1, 3)).toMatchValue(path, { name: `gradientDescent(x => 2(x − 3), ${x0}, 0.1, 3)`, tol: 1e-12 });
  });

  it(t('rejects a learning rate that is 0 or negative, and a step count that is not whole', '0이거나 음수인 학습률과 정수가 아닌 단계 수를 거부합니다'), contract(() => {
    expectRejects(() => gradientDescentStep(2, -1, 0), 'learningRate', t('a learning rate of 0', '학습률 0'), 'RangeError');
    expectRejects(() => gradientDescentStep(2, '-1' as unknown as number, 0.1), 'slope', t('slope = "-1", a string', 'slope = "-1" (문자열)'), 'TypeError');
    expectRejects(() => gradientDescent((x) => x, 1, -0.5, 3), 'learningRate', t('a negative learning rate', '음수 학습률'), 'RangeError');
    expectRejects(() => gradientDescent((x) => x, 1, 0.5, 1.5), 'steps', 'steps = 1.5', 'RangeError');
  }));
});
