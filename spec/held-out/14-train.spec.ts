// 14 train — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { train } from '@kata/14-train/train';
import { expectRejects, expectUnchanged, shaped, t } from '../support';
import { heldOut } from './support/generated/cases';

const n = heldOut.network;

describe('14 train (held-out)', () => {
  it(t('three epochs of a 3-2-2 network: the loss before and after each', '3-2-2 네트워크 세 에포크: 매번 전후의 손실'), () => {
    const { losses } = train({ weights: structuredClone(n.weights) }, [...n.input], [...n.target], n.learningRate, 3);
    expect(losses).toMatchValue(n.losses, { name: 'train(3-2-2, 0.7, 3).losses', tol: 1e-10 });
  });

  it(t('two epochs of a 2-3-2-3 network: E_total adds ½(t − o)² over all three outputs', '2-3-2-3 네트워크 두 에포크: E_total은 세 출력 모두의 ½(t − o)²를 더합니다'), () => {
    const d = heldOut.deep;
    const { losses } = train({ weights: structuredClone(d.weights) }, [...d.input], [...d.target], n.learningRate, 2);
    expect(losses).toMatchValue(d.losses, { name: 'train(2-3-2-3, 0.7, 2).losses', tol: 1e-10 });
  });

  it(t('returns the trained network, changes nothing it is given, and takes whole epochs only', '학습된 네트워크를 반환하고, 받은 것을 바꾸지 않으며, 에포크는 정수만 받습니다'), () => {
    const { network } = train({ weights: structuredClone(n.weights) }, [...n.input], [...n.target], n.learningRate, 3);
    expect(network.weights).toMatchValue(n.trained, { name: 'train(3-2-2, 0.7, 3).network.weights', tol: 1e-10 });
    expectUnchanged([{ weights: structuredClone(n.weights) }, [...n.input], [...n.target]] as const, ['network', 'input', 'target'], (network, x, y) => train(network, x, y, n.learningRate, 2), shaped('train(3-2-2, 0.7, 2)', { losses: [0, 0, 0] }));
    expectRejects(() => train({ weights: structuredClone(n.weights) }, [...n.input], [...n.target], n.learningRate, 2.5), 'epochs', 'epochs = 2.5', 'RangeError');
    expectRejects(() => train({ weights: structuredClone(n.weights) }, [...n.input], [...n.target], -0.5, 0), 'learningRate', 'learningRate = −0.5, epochs = 0', 'RangeError');
    const given = { weights: structuredClone(n.weights) };
    const untrained = train(given, [...n.input], [...n.target], n.learningRate, 0).network;
    const shares = untrained === given || untrained.weights === given.weights || untrained.weights.some((layer, l) => layer === given.weights[l] || layer.some((row, j) => row === given.weights[l]![j]));
    expect(shares, t('train(3-2-2, 0.7, 0) must return a copy of the network, not the one it was given or its arrays', 'train(3-2-2, 0.7, 0)은 받은 네트워크나 그 배열이 아니라 복사본을 반환해야 합니다')).toBe(false);
  });
});
