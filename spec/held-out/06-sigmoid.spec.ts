// 06 sigmoid and sigmoidPrime — held-out checks (never given to students; see spec/held-out/support/cases.ts).
import { describe, expect, it } from 'vitest';
import { sigmoid, sigmoidPrime } from '@kata/06-sigmoid/sigmoid';
import { expectRejects, t } from '../support';
import { heldOut } from './support/cases';

describe('06 sigmoid and sigmoidPrime (held-out)', () => {
  it(t('σ(z) and σ′(z) at other z, far out on both sides included', '양쪽 먼 곳을 포함한 다른 z에서 σ(z)와 σ′(z)'), () => {
    for (const c of heldOut.sigmoid) {
      expect(sigmoid(c.z)).toMatchValue(c.value, { name: `sigmoid(${c.z})`, tol: 1e-12 });
      expect(sigmoidPrime(c.z)).toMatchValue(c.slope, { name: `sigmoidPrime(${c.z})`, tol: 1e-9 });
    }
  });

  it(t('stays finite far out (no overflow) and rejects NaN', '먼 곳에서도 유한하고(오버플로 없음) NaN을 거부합니다'), () => {
    expect(sigmoid(800)).toMatchValue(1, { name: 'sigmoid(800)', tol: 0 });
    expect(sigmoid(-800)).toMatchValue(0, { name: 'sigmoid(-800)', tol: 1e-300 });
    expect(sigmoidPrime(-800)).toMatchValue(0, { name: 'sigmoidPrime(-800)', tol: 1e-300 });
    expectRejects(() => sigmoid(Number.NaN), 'z', 'NaN');
    expectRejects(() => sigmoidPrime(Number.NaN), 'z', 'NaN');
  });
});
