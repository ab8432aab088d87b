// 04 crossEntropy — held-out checks (never given to students; see spec/held-out/support/cases.ts).
import { describe, expect, it } from 'vitest';
import { crossEntropy } from '@kata/04-cross-entropy/cross-entropy';
import { expectRejects, expectUnchanged, shaped, t } from '../support';
import { heldOut } from './support/cases';

describe('04 crossEntropy (held-out)', () => {
  it(t('other distributions: one-hot and soft targets, a zero probability where the target is 0 or not', '다른 분포: one-hot과 부드러운 목표, 목표가 0인 곳과 아닌 곳의 확률 0'), () => {
    for (const c of heldOut.crossEntropy) {
      const received = crossEntropy([...c.p], [...c.q]);
      const name = `crossEntropy([${c.p.join(', ')}], [${c.q.join(', ')}])`;
      if (c.loss === Infinity) expect(received, `${name} = Infinity`).toBe(Infinity);
      else expect(received).toMatchValue(c.loss, { name, tol: 1e-12 });
    }
  });

  it(t('rejects mismatched or impossible distributions and leaves its inputs alone', '길이가 다르거나 불가능한 분포를 거부하고 입력을 그대로 둡니다'), () => {
    expectRejects(() => crossEntropy([1, 0], [0.5, 0.25, 0.25]), 'q', t('q longer than p', 'p보다 긴 q'));
    expectRejects(() => crossEntropy([0, 1], [-0.25, 1.25]), 'q', t('a negative q', '음수 q'));
    expectUnchanged([[0, 0, 1], [0.1, 0.2, 0.7]] as const, ['p', 'q'], (p, q) => crossEntropy(p, q), shaped('crossEntropy(p, q)', 0));
  });
});
