// 03 oneHot — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { oneHot } from '@kata/03-one-hot/one-hot';
import { contract, expectRejects, t } from '../support';
import { heldOut } from './support/generated/cases';

describe('03 oneHot (held-out)', () => {
  for (const [i, c] of heldOut.oneHot.entries()) {
    it(t(`held-out case ${i + 1}`, `비공개 사례 ${i + 1}`), () => {
      expect(oneHot(c.classIndex, c.numClasses)).toMatchValue(c.vector, { name: `oneHot(${c.classIndex}, ${c.numClasses})`, tol: 0 });
    });
  }

  it(t('every call builds its own array: earlier results stay as they were', '호출마다 새 배열을 만듭니다: 이전 결과는 그대로입니다'), () => {
    const c = heldOut.oneHot[0]!;
    const vectors = Array.from({ length: c.numClasses }, (_, k) => oneHot(k, c.numClasses));
    const units = vectors.map((_, k) => Array.from({ length: c.numClasses }, (_, i) => (i === k ? 1 : 0)));
    expect(vectors).toMatchValue(units, { name: `[0 … ${c.numClasses - 1}].map((k) => oneHot(k, ${c.numClasses}))`, tol: 0 });
  });

  it(t('rejects a class index out of range or not whole', '범위를 벗어나거나 정수가 아닌 클래스 인덱스를 거부합니다'), contract(() => {
    expectRejects(() => oneHot(4, 4), 'classIndex', t('classIndex = 4 with 4 classes (1-based counting)', '클래스 4개에 1부터 센 classIndex = 4'), 'RangeError');
    expectRejects(() => oneHot(0.5, 2), 'classIndex', 'classIndex = 0.5', 'RangeError');
    expectRejects(() => oneHot(1, 1.5), 'numClasses', 'numClasses = 1.5', 'RangeError');
  }));
});
