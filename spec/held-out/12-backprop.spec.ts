// 12 backprop — held-out checks (never given to students; see spec/held-out/support/cases.ts).
import { describe, expect, it } from 'vitest';
import { backprop } from '@kata/12-backprop/backprop';
import { t } from '../support';
import { heldOut } from './support/cases';

const n = heldOut.network;

describe('12 backprop (held-out)', () => {
  it(t('every gradient of a 3-2-2 network', '3-2-2 네트워크의 모든 기울기'), () => {
    expect(backprop({ weights: structuredClone(n.weights) }, [...n.input], [...n.target])).toMatchValue(n.gradients, { name: 'backprop(3-2-2)', tol: 1e-10 });
  });

  it(t('every gradient of a 2-3-2-2 network: two hidden layers', '2-3-2-2 네트워크의 모든 기울기: 은닉층 둘'), () => {
    const d = heldOut.deep;
    expect(backprop({ weights: structuredClone(d.weights) }, [...d.input], [...d.target])).toMatchValue(d.gradients, { name: 'backprop(2-3-2-2)', tol: 1e-10 });
  });
});
