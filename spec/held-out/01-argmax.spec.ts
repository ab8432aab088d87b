// 01 argmax — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { argmax } from '@kata/01-argmax/argmax';
import { contract, expectRejects, expectUnchanged, shaped, t } from '../support';
import { heldOut } from './support/generated/cases';

describe('01 argmax (held-out)', () => {
  for (const [i, c] of heldOut.argmax.entries()) {
    it(t(`held-out case ${i + 1}`, `비공개 사례 ${i + 1}`), () => {
      expect(argmax([...c.scores])).toMatchValue(c.index, { name: `argmax([${c.scores.join(', ')}])`, tol: 0 });
    });
  }

  it(t('−Infinity is a score like any other: the first of equal ones, and any finite one beats it', '−Infinity도 다른 점수와 같습니다: 같으면 첫 번째, 유한한 점수는 그보다 큽니다'), () => {
    expect(argmax([-Infinity, -Infinity, -Infinity])).toMatchValue(0, { name: 'argmax([-Infinity, -Infinity, -Infinity])', tol: 0 });
    expect(argmax([-Infinity, -1e300, -Infinity])).toMatchValue(1, { name: 'argmax([-Infinity, -1e300, -Infinity])', tol: 0 });
  });

  it(t('the largest score wins, not the last rise after a dip', '마지막으로 올라간 곳이 아니라 가장 큰 점수가 뽑힙니다'), () => {
    expect(argmax([4, 1, 2])).toMatchValue(0, { name: 'argmax([4, 1, 2])', tol: 0 });
    expect(argmax([0, 7, -3, -1])).toMatchValue(1, { name: 'argmax([0, 7, -3, -1])', tol: 0 });
  });

  it(t('one array changed between two calls: the answer for what it holds then', '두 호출 사이에 바뀐 같은 배열: 그때 담긴 값에 대한 답'), () => {
    const scores = [4, -1, 2];
    argmax(scores);
    scores[1] = 7;
    expect(argmax(scores)).toMatchValue(1, { name: t('argmax([4, -1, 2] changed to [4, 7, 2])', '[4, 7, 2]로 바뀐 argmax([4, -1, 2])'), tol: 0 });
  });

  it(t('rejects NaN and non-numbers anywhere, and leaves its input alone', '어디에 있든 NaN과 숫자가 아닌 것을 거부하고, 입력을 그대로 둡니다'), contract(() => {
    expectRejects(() => argmax([3, Number.NaN, 1]), 'scores', 'NaN', 'TypeError');
    expectRejects(() => argmax(['4' as unknown as number, 2]), 'scores', t('a string first', '맨 앞의 문자열'), 'TypeError');
    expectRejects(() => argmax([null as unknown as number]), 'scores', 'null', 'TypeError');
    expectUnchanged([[0.5, -2, 0.75]] as const, ['scores'], (scores) => argmax(scores), shaped('argmax([0.5, -2, 0.75])', 0));
  }));
});
