// 06 sigmoid and sigmoidPrime — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { sigmoid, sigmoidPrime } from '@kata/06-sigmoid/sigmoid';
import { expectRejects, t } from '../support';
import { heldOut } from './support/generated/cases';

describe('06 sigmoid and sigmoidPrime (held-out)', () => {
  for (const [i, c] of heldOut.sigmoid.entries()) {
    it(t(`held-out case ${i + 1}`, `비공개 사례 ${i + 1}`), () => {
      expect(sigmoid(c.z)).toMatchValue(c.value, { name: `sigmoid(${c.z})`, tol: 1e-12 });
      expect(sigmoidPrime(c.z)).toMatchValue(c.slope, { name: `sigmoidPrime(${c.z})`, tol: 1e-12 });
    });
  }

  it(t('stays finite far out (no overflow) and rejects NaN', '먼 곳에서도 유한하고(오버플로 없음) NaN을 거부합니다'), () => {
    expect(sigmoid(800)).toMatchValue(1, { name: 'sigmoid(800)', tol: 0 });
    expect(sigmoid(-800)).toMatchValue(0, { name: 'sigmoid(-800)', tol: 1e-300 });
    expect(sigmoidPrime(-800)).toMatchValue(0, { name: 'sigmoidPrime(-800)', tol: 1e-300 });
    expect([sigmoid(Infinity), sigmoid(-Infinity), sigmoidPrime(Infinity)]).toMatchValue([1, 0, 0], { name: '[sigmoid(Infinity), sigmoid(-Infinity), sigmoidPrime(Infinity)]', tol: 0 });
    expectRejects(() => sigmoid(Number.NaN), 'z', 'NaN', 'TypeError');
    expectRejects(() => sigmoidPrime(Number.NaN), 'z', 'NaN', 'TypeError');
  });
});
