// 02 softmax — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { softmax } from '@kata/02-softmax/softmax';
import { contract, expectRejects, expectUnchanged, shaped, t } from '../support';
import { heldOut } from './support/generated/cases';

describe('02 softmax (held-out)', () => {
  for (const [i, c] of heldOut.softmax.entries()) {
    it(t(`held-out case ${i + 1}`, `비공개 사례 ${i + 1}`), () => {
      expect(softmax([...c.logits])).toMatchValue(c.probabilities, { name: `softmax([${c.logits.join(', ')}])`, tol: 1e-12 });
    });
  }

  it(t('one array changed between two calls: the answer for what it holds then', '두 호출 사이에 바뀐 같은 배열: 그때 담긴 값에 대한 답'), () => {
    const logits = [0, 0];
    softmax(logits);
    logits[1] = Math.log(3);
    expect(softmax(logits)).toMatchValue([0.25, 0.75], { name: t('softmax([0, 0] changed to [0, ln 3])', '[0, ln 3]으로 바뀐 softmax([0, 0])'), tol: 1e-12 });
  });

  it(t('rejects bad logits and leaves its input alone', '잘못된 로짓을 거부하고 입력을 그대로 둡니다'), contract(() => {
    expectRejects(() => softmax([Number.NEGATIVE_INFINITY, 0]), 'logits', '-Infinity', 'TypeError');
    expectUnchanged([[-3, 0.5, 2]] as const, ['logits'], (logits) => softmax(logits), shaped('softmax([-3, 0.5, 2])', [0, 0, 0]));
  }));
});
