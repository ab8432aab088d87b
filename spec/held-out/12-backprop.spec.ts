// 12 backprop — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { backprop } from '@kata/12-backprop/backprop';
import { t } from '../support';
import { heldOut } from './support/generated/cases';

const n = heldOut.network;

describe('12 backprop (held-out)', () => {
  it(t('every gradient of a 3-2-2 network', '3-2-2 네트워크의 모든 기울기'), () => {
    expect(backprop({ weights: structuredClone(n.weights) }, [...n.input], [...n.target])).toMatchValue(n.gradients, { name: 'backprop(3-2-2)', tol: 1e-10 });
  });

  it(t('every gradient of a 2-3-2-3 network: two hidden layers, three outputs', '2-3-2-3 네트워크의 모든 기울기: 은닉층 둘, 출력 셋'), () => {
    const d = heldOut.deep;
    expect(backprop({ weights: structuredClone(d.weights) }, [...d.input], [...d.target])).toMatchValue(d.gradients, { name: 'backprop(2-3-2-3)', tol: 1e-10 });
  });

  it(t('a saturated hidden unit (z ≈ −40): gradients near 1e−19 exact to 1e−9 relative, which differences of the loss round to 0', '포화된 은닉 유닛(z ≈ −40): 1e−19 근처의 기울기도 상대 오차 1e−9 안에서 정확합니다 (손실의 차분으로는 0)'), () => {
    const s = heldOut.saturated;
    // Scaled by 1e18: the tolerance (absolute below 1) is then relative for these tiny values too.
    const scaled = (g: readonly (readonly (readonly number[])[])[]) => g.map((layer) => layer.map((row) => row.map((x) => x * 1e18)));
    expect(scaled(backprop({ weights: structuredClone(s.weights) }, [...s.input], [...s.target]))).toMatchValue(scaled(s.gradients), { name: 'backprop(2-2-1, saturated) × 1e18', tol: 1e-9 });
  });
});
