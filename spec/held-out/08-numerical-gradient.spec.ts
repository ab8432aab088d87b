// 08 numerical gradient — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { numericalDerivative, numericalGradient, relativeError } from '@kata/08-numerical-gradient/numerical-gradient';
import { t } from '../support';
import { heldOut } from './support/generated/cases';

const c = heldOut.numerical;

describe('08 numericalDerivative, numericalGradient and relativeError (held-out)', () => {
  it(t('the central difference of x⁴ at another point, with the default h and with h = 0.1', '다른 점에서 x⁴의 중앙 차분: 기본 h와 h = 0.1'), () => {
    const [small, large] = c.quartic;
    expect(numericalDerivative((x) => x ** 4, small!.x)).toMatchValue(small!.slope, { name: `numericalDerivative(x => x⁴, ${small!.x})`, tol: 1e-8 });
    expect(numericalDerivative((x) => x ** 4, large!.x, large!.h)).toMatchValue(large!.slope, { name: `numericalDerivative(x => x⁴, ${large!.x}, 0.1)`, tol: 1e-10 });
  });

  it(t('any positive h, above 1 too: x² at 1 with h = 1.5 gives 2', '1보다 큰 h도 양수면 됩니다: h = 1.5로 1에서 x²는 2'), () => {
    expect(numericalDerivative((x) => x * x, 1, 1.5)).toMatchValue(2, { name: 'numericalDerivative(x => x², 1, 1.5)', tol: 1e-12 });
    const cube = (x: number) => x * x * x;
    expect([numericalDerivative(cube, 1, 0.5), numericalDerivative(cube, -2, 0.5)]).toMatchValue([3.25, 12.25], { name: t('one f (x³) at 1, then at −2, h = 0.5', '같은 f(x³) 하나로 1에서, 그다음 −2에서, h = 0.5'), tol: 1e-12 });
  });

  it(t('the gradient of a²b − 3c at another point', '다른 점에서 a²b − 3c의 기울기'), () => {
    const xs = [...c.gradient.xs];
    let handedXs = false;
    const f = (p: readonly number[]) => {
      handedXs ||= p === xs;
      return p[0]! * p[0]! * p[1]! - 3 * p[2]!;
    };
    expect(numericalGradient(f, xs)).toMatchValue(c.gradient.value, { name: `numericalGradient(a²b − 3c, [${c.gradient.xs.join(', ')}])`, tol: 1e-8 });
    expect(handedXs, t('f must get nudged copies, never xs itself', 'f는 xs 자체가 아니라 움직인 복사본을 받아야 합니다')).toBe(false);
  });

  it(t('one value 0 and the other not: they differ completely (1)', '하나만 0이고 다른 하나는 아니면 완전히 다릅니다 (1)'), () => {
    expect(relativeError(-0.25, 0)).toMatchValue(1, { name: 'relativeError(-0.25, 0)', tol: 1e-12 });
  });

  for (const [i, r] of c.relativeError.entries()) {
    it(t(`held-out case ${i + 1}`, `비공개 사례 ${i + 1}`), () => {
      expect(relativeError(r.a, r.b)).toMatchValue(r.value, { name: `relativeError(${r.a}, ${r.b})`, tol: 1e-12 });
    });
  }
});
