// 04 crossEntropy — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { crossEntropy } from '@kata/04-cross-entropy/cross-entropy';
import { contract, expectRejects, expectUnchanged, shaped, t } from '../support';
import { heldOut } from './support/generated/cases';

describe('04 crossEntropy (held-out)', () => {
  for (const [i, c] of heldOut.crossEntropy.entries()) {
    const name = `crossEntropy([${c.p.join(', ')}], [${c.q.join(', ')}])`;
    it(t(`held-out case ${i + 1}`, `비공개 사례 ${i + 1}`), () => {
      const received = crossEntropy([...c.p], [...c.q]);
      expect(received).toMatchValue(c.loss, { name, tol: 1e-12 });
    });
  }

  it(t('rejects mismatched or impossible distributions and leaves its inputs alone', '길이가 다르거나 불가능한 분포를 거부하고 입력을 그대로 둡니다'), contract(() => {
    expectRejects(() => crossEntropy([1, 0], [0.5, 0.25, 0.25]), 'q', t('q longer than p', 'p보다 긴 q'), 'RangeError');
    expectRejects(() => crossEntropy([0, 1], [-0.25, 1.25]), 'q', t('a negative q', '음수 q'));
    expect(crossEntropy([1, 0, 0], [0.25, 0.1, 0.1])).toMatchValue(1.3862943611198906, { name: t('crossEntropy([1, 0, 0], [0.25, 0.1, 0.1]), a q that sums to 0.45', '합이 0.45인 q의 crossEntropy([1, 0, 0], [0.25, 0.1, 0.1])'), tol: 1e-12 });
    expectUnchanged([[0, 0, 1], [0.1, 0.2, 0.7]] as const, ['p', 'q'], (p, q) => crossEntropy(p, q), shaped('crossEntropy(p, q)', 0));
  }));
});
