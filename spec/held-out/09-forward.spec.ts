// 09 forward — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { forward } from '@kata/09-forward/forward';
import { contract, expectRejects, expectUnchanged, shaped, t } from '../support';
import { heldOut } from './support/generated/cases';

const n = heldOut.network;

describe('09 forward (held-out)', () => {
  it(t('a 3-2-2 network: every z and every activation', '3-2-2 네트워크: 모든 z와 활성값'), () => {
    const { z, a } = forward({ weights: structuredClone(n.weights) }, [...n.input]);
    expect(z).toMatchValue(n.pass.z, { name: 'forward(3-2-2).z', tol: 1e-12 });
    expect(a).toMatchValue(n.pass.a, { name: 'forward(3-2-2).a', tol: 1e-12 });
  });

  it(t('a[0] is a copy of the input, other inputs are rejected, and nothing is changed', 'a[0]은 입력의 복사본이고, 맞지 않는 입력은 거부하며, 아무것도 바꾸지 않습니다'), contract(() => {
    const input = [...n.input];
    const { a } = forward({ weights: structuredClone(n.weights) }, input);
    expect(a[0] !== input, t('a[0] should be a copy of the input, not the array that was passed in', 'a[0]은 전달받은 배열 자체가 아니라 그 복사본이어야 합니다')).toBe(true);
    expectRejects(() => forward({ weights: structuredClone(n.weights) }, [0.5, 0.5]), 'network', t('2 inputs for a net that takes 3', '입력 3개를 받는 네트워크에 입력 2개'));
    expectUnchanged([{ weights: structuredClone(n.weights) }, [...n.input]] as const, ['network', 'input'], (network, x) => forward(network, x), shaped('forward(3-2-2)', { ...n.pass }));
  }));
});
