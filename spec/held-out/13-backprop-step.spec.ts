// 13 backpropStep — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { backpropStep } from '@kata/13-backprop-step/backprop-step';
import { contract, expectRejects, expectUnchanged, shaped, t } from '../support';
import { heldOut } from './support/generated/cases';

const n = heldOut.network;

describe('13 backpropStep (held-out)', () => {
  it(t('one step of a 3-2-2 network with another learning rate', '다른 학습률로 3-2-2 네트워크 한 걸음'), () => {
    const next = backpropStep({ weights: structuredClone(n.weights) }, [...n.input], [...n.target], n.learningRate);
    expect(next.weights).toMatchValue(n.stepped, { name: `backpropStep(3-2-2, ${n.learningRate}).weights`, tol: 1e-12 });
  });

  it(t('changes nothing it is given, and rejects a learning rate of 0', '받은 것을 바꾸지 않고, 학습률 0을 거부합니다'), contract(() => {
    expectUnchanged([{ weights: structuredClone(n.weights) }, [...n.input], [...n.target]] as const, ['network', 'input', 'target'], (network, x, y) => backpropStep(network, x, y, n.learningRate), shaped('backpropStep(3-2-2)', { weights: n.weights }));
    expectRejects(() => backpropStep({ weights: structuredClone(n.weights) }, [...n.input], [...n.target], 0), 'learningRate', t('a learning rate of 0', '학습률 0'), 'RangeError');
  }));
});
