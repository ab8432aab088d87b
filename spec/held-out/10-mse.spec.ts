// 10 mse and msePrime — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { mse, msePrime } from '@kata/10-mse/mse';
import { expectRejects, t } from '../support';
import { heldOut } from './support/generated/cases';

const n = heldOut.network;
const output = n.pass.a[n.pass.a.length - 1]!;

describe('10 mse and msePrime (held-out)', () => {
  it(t('the error of another output and its derivative', '다른 출력의 오차와 그 도함수'), () => {
    expect(mse([...n.target], [...output])).toMatchValue(n.loss, { name: 'mse(target, output)', tol: 1e-12 });
    expect(msePrime([...n.target], [...output])).toMatchValue(n.msePrime, { name: 'msePrime(target, output)', tol: 1e-12 });
  });

  it(t('three outputs: ½ Σ (t − o)², not the mean; different lengths are rejected', '출력 셋: 평균이 아니라 ½ Σ (t − o)². 길이가 다르면 거부합니다'), () => {
    const m = heldOut.mse3;
    expect(mse([...m.target], [...m.output])).toMatchValue(m.loss, { name: 'mse([0, 1, 0.5], [0.2, 0.7, 0.1])', tol: 1e-12 });
    expectRejects(() => mse([0, 1, 0.5], [0.2, 0.7]), 'output', t('output shorter than target', 'target보다 짧은 output'), 'RangeError');
    expectRejects(() => msePrime([0, 1], [0.2, 0.7, 0.1]), 'output', t('output longer than target', 'target보다 긴 output'), 'RangeError');
  });
});
