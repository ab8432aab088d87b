// 06 sigmoid — σ(z) and its slope σ′(z), both on the pre-activation z ([역전파 계산]).
// Expected values: worked out with 60-digit decimals (Python's decimal module), written here as literals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sigmoid, sigmoidPrime } from '@kata/06-sigmoid/sigmoid';
import { fivePointDerivative, expectRejects, near, t, type Mistake } from './support';
import { article } from './support/network';

const forwardStep = t('Backpropagation, worked out [역전파 계산]: forward pass', '[역전파 계산] 순전파');
const z3 = article.pass().z[2]![0]!;
const z4 = article.pass().z[2]![1]!;

/** z, σ(z), σ′(z) */
const table: readonly [number, number, number][] = [
  [-5, 0.0066928509242848554, 0.006648056670790155],
  [-2, 0.11920292202211756, 0.10499358540350652],
  [-0.5, 0.37754066879814546, 0.2350037122015945],
  [0, 0.5, 0.25],
  [1, 0.7310585786300049, 0.19661193324148185],
  [3, 0.9525741268224333, 0.04517665973091213],
  [20, 0.9999999979388464, 2.061153613941849e-9],
];

/**
 * One value can fit a slip by chance (at z = 0 many formulas agree): a σ or σ′ slip is named only when the
 * learner's function also gives the slip's value at these probes.
 */
const probes = [1.5, -0.7, 2.3];
const behaves = (yours: (z: number) => number, model: (z: number) => number) => probes.every((z) => near(yours(z), model(z), 1e-9));
const slip = (yours: (z: number) => number, model: (z: number) => number, z: number) => (r: unknown) => near(r, model(z), 1e-9) && behaves(yours, model);

/** Wrong values of σ(z) that give themselves away; `s` is the right one (and `z`, when known, for the slips that need it). */
function sigmoidMistakes(s: number, z?: number): Mistake[] {
  const slips: Mistake[] =
    z === undefined
      ? []
      : [
          {
            when: slip(sigmoid, (x) => 1 / (1 + (Math.E ^ -x)), z),
            id: 'xor-not-power',
            en: '`^` is not a power in JavaScript: it is bitwise XOR on whole numbers, so Math.E ^ −z is no e^(−z). Use Math.exp(-z): σ(z) = 1 / (1 + Math.exp(-z)).',
            ko: '자바스크립트에서 `^`는 거듭제곱이 아니라 정수의 비트 XOR이므로 Math.E ^ −z는 e^(−z)가 아닙니다. Math.exp(-z)를 쓰세요: σ(z) = 1 / (1 + Math.exp(-z)).',
          },
          {
            when: slip(sigmoid, (x) => 1 / 1 + Math.exp(-x), z),
            id: 'precedence-one-over-one',
            en: '1 / 1 + Math.exp(-z) is 1 + e^(−z): division goes first. Put the denominator in parentheses: 1 / (1 + Math.exp(-z)).',
            ko: '1 / 1 + Math.exp(-z)는 1 + e^(−z)입니다. 나눗셈이 먼저 계산됩니다. 분모를 괄호로 묶으세요: 1 / (1 + Math.exp(-z)).',
          },
        ];
  return [
    ...slips,
    {
      when: (r) => Number.isNaN(r),
      id: 'overflow-nan',
      symptom: true,
      en: 'NaN, most often because e^z / (1 + e^z) overflows to Infinity / Infinity for a large z. Write σ(z) = 1 / (1 + e^(−z)): for a very negative z that is 1 / Infinity = 0, which is right.',
      ko: 'NaN이 나왔습니다. 가장 흔한 원인: e^z / (1 + e^z)는 z가 크면 Infinity / Infinity가 됩니다. σ(z) = 1 / (1 + e^(−z))로 쓰세요. z가 아주 작으면 1 / Infinity = 0이 되어 올바른 값입니다.',
    },
    {
      when: (r) => s !== 0.5 && near(r, 1 - s, 1e-9),
      id: 'sign-of-exponent',
      en: 'you computed σ(−z) = 1 − σ(z): the exponent needs its minus sign, σ(z) = 1 / (1 + e^(−z)), so that σ grows with z.',
      ko: 'σ(−z) = 1 − σ(z)를 계산했습니다. 지수에 마이너스가 있어야 σ가 z와 함께 커집니다: σ(z) = 1 / (1 + e^(−z)).',
    },
  ];
}

const sigma = (x: number) => 1 / (1 + Math.exp(-x));

/** Wrong values of σ′(z) that give themselves away — told only when your σ is right: a σ′ built on a wrong σ can look like another slip. */
function primeMistakes(z: number): Mistake[] {
  // z · (1 − z) uses no σ at all: it is told whatever your σ does.
  const zTimesOneMinusZ: Mistake = {
    when: slip(sigmoidPrime, (x) => x * (1 - x), z),
    id: 'z-times-one-minus-z',
    en: 'you computed z · (1 − z). sigmoidPrime receives the pre-activation z, not σ(z): compute s = σ(z) first, then s · (1 − s). (The article writes h1 · (1 − h1) because h1 is σ(z1) already.)',
    ko: 'z · (1 − z)를 계산했습니다. sigmoidPrime은 σ(z)가 아니라 활성화 이전 값 z를 받습니다. 먼저 s = σ(z)를 구한 뒤 s · (1 − s)를 계산하세요. (글이 h1 · (1 − h1)로 쓰는 것은 h1이 이미 σ(z1)이기 때문입니다.)',
  };
  if (!behaves(sigmoid, sigma)) {
    return [
      zTimesOneMinusZ,
      {
        when: () => true,
        id: 'sigmoid-not-right-yet',
        symptom: true,
        en: 'your sigmoid is not right yet (see the σ tests), and a sigmoidPrime built on it cannot be either: fix sigmoid first, then look at σ′ again.',
        ko: 'sigmoid가 아직 맞지 않습니다 (σ 테스트를 보세요). 그것으로 만든 sigmoidPrime도 맞을 수 없습니다. 먼저 sigmoid를 고친 뒤 σ′를 다시 보세요.',
      },
    ];
  }
  return [
    {
      when: slip(sigmoidPrime, (x) => 1 - sigma(x), z),
      id: 'one-minus-sigma',
      en: 'you computed 1 − σ(z): the factor σ(z) is missing. σ′(z) = σ(z) · (1 − σ(z)).',
      ko: '1 − σ(z)를 계산했습니다. σ(z) 인수가 빠졌습니다. σ′(z) = σ(z) · (1 − σ(z)).',
    },
    {
      when: slip(sigmoidPrime, (x) => {
        const sx = 1 / (1 + Math.exp(-(1 / (1 + Math.exp(-x)))));
        return sx * (1 - sx);
      }, z),
      id: 'sigma-applied-twice',
      en: 'you computed σ(σ(z)) · (1 − σ(σ(z))): σ was applied twice, probably by passing σ(z) into a sigmoidPrime that applies σ again. sigmoidPrime takes the pre-activation z; apply σ to it once, s = σ(z), then s · (1 − s).',
      ko: 'σ(σ(z)) · (1 − σ(σ(z)))를 계산했습니다. σ를 두 번 적용했습니다. 아마 σ(z)를, 다시 σ를 적용하는 sigmoidPrime에 넘긴 것 같습니다. sigmoidPrime은 활성화 이전 값 z를 받습니다. 거기에 σ를 한 번만 적용해 s = σ(z), 그다음 s · (1 − s).',
    },
    zTimesOneMinusZ,
    {
      when: slip(sigmoidPrime, (x) => (1 / (1 + Math.exp(-x))) * (1 - x), z),
      id: 'sigma-times-one-minus-z',
      en: 'you computed σ(z) · (1 − z): both factors need σ(z), so σ′(z) = σ(z) · (1 − σ(z)).',
      ko: 'σ(z) · (1 − z)를 계산했습니다. 두 인수 모두 σ(z)를 써야 합니다: σ′(z) = σ(z) · (1 − σ(z)).',
    },
    {
      when: slip(sigmoidPrime, (x) => 1 / (1 + Math.exp(-x)), z),
      id: 'sigma-not-slope',
      en: 'that is σ(z) itself, not its slope: σ′(z) = σ(z) · (1 − σ(z)).',
      ko: '그것은 기울기가 아니라 σ(z) 자체입니다. σ′(z) = σ(z) · (1 − σ(z)).',
    },
    {
      when: (r) => Number.isNaN(r) && Math.abs(z) > 700 && behaves(sigmoidPrime, (x) => Math.exp(-x) / (1 + Math.exp(-x)) ** 2),
      id: 'slope-form-overflows',
      en: 'NaN far from 0: e^(−z) / (1 + e^(−z))² is right on paper, but for a very negative z it is Infinity / Infinity. Use σ′(z) = σ(z) · (1 − σ(z)), which stays finite.',
      ko: '0에서 먼 곳에서 NaN이 나왔습니다. e^(−z) / (1 + e^(−z))²는 식으로는 맞지만 z가 아주 작으면 Infinity / Infinity가 됩니다. 유한한 값으로 남는 σ′(z) = σ(z) · (1 − σ(z))를 쓰세요.',
    },
    ...finiteDifferences(z),
    {
      when: slip(sigmoidPrime, () => 0, z),
      id: 'precedence-s-times-one-minus-s',
      en: 'σ′ is 0 everywhere: s * 1 - s is (s · 1) − s = 0, multiplication goes first. Write s * (1 - s).',
      ko: 'σ′가 어디서나 0입니다. s * 1 - s는 (s · 1) − s = 0입니다. 곱셈이 먼저 계산됩니다. s * (1 - s)로 쓰세요.',
    },
  ];
}

/**
 * σ′ taken as a numerical slope of your own σ (08's way) instead of the closed form. The scheme is told, not
 * the step: central differences with h = 1e-4 and 1e-5 agree to 1e-9.
 */
function finiteDifferences(z: number): Mistake[] {
  const schemes = [
    ['(σ(z + h) − σ(z)) / h', (x: number, h: number) => (sigmoid(x + h) - sigmoid(x)) / h],
    ['(σ(z) − σ(z − h)) / h', (x: number, h: number) => (sigmoid(x) - sigmoid(x - h)) / h],
    ['(σ(z + h) − σ(z − h)) / 2h', (x: number, h: number) => (sigmoid(x + h) - sigmoid(x - h)) / (2 * h)],
  ] as const;
  return schemes.map(([formula, slope]) => ({
    // A numerical slope is within 1e-9 of the exact σ′ too: it is named only where your σ′ also misses the exact value at the probes.
    when: (r: unknown) =>
      probes.every((p) => Math.abs(sigmoidPrime(p) - sigma(p) * (1 - sigma(p))) > 1e-13) && [1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7].some((h) => slip(sigmoidPrime, (x) => slope(x, h), z)(r)),
    id: 'finite-difference',
    en: `this is a numerical slope of σ, ${formula} with a small h: close to σ′, but not exact. sigmoidPrime asks for the closed form σ′(z) = σ(z) · (1 − σ(z)), right to the last digit (08 computes numerical slopes to check such formulas, not to replace them).`,
    ko: `σ의 수치 기울기, 작은 h로 구한 ${formula}입니다. σ′에 가깝지만 정확하지 않습니다. sigmoidPrime은 닫힌 꼴 σ′(z) = σ(z) · (1 − σ(z))를 요구하며, 이것은 끝자리까지 맞습니다 (08의 수치 기울기는 이런 식을 검사하는 데 쓰지, 대신하는 데 쓰지 않습니다).`,
  }));
}

function expectSigmoid(z: number, expected: number, tol = 1e-12): void {
  expect(sigmoid(z)).toMatchValue(expected, { name: `sigmoid(${z})`, tol, mistakes: [...sigmoidMistakes(expected, z), clampedAt(z)] });
}

/** Far out, your σ on a plateau short of 1 (or above 0): the same number at 100 and 1000 as here (a clamp of z before e^(−z)). */
const clampedAt = (z: number): Mistake => ({
  when: (r) => Math.abs(z) >= 30 && typeof r === 'number' && (() => {
    try {
      const sign = Math.sign(z);
      return r === sigmoid(sign * 100) && r === sigmoid(sign * 1000) && sigmoid(1000) < 1 && sigmoid(-1000) > 0;
    } catch {
      return false;
    }
  })(),
  id: 'z-clamped',
  en: 'far from 0 your σ stops short of 1 and of 0: sigmoid(100) and sigmoid(1000) are the same number below 1, so z is clamped before e^(−z). No clamp is needed: 1 / (1 + e^(−z)) is exactly 1 in double precision once z is large, and e^(−z) overflowing to Infinity for a very negative z gives 1 / Infinity = 0, which is right.',
  ko: '0에서 멀어지면 σ가 1과 0에 못 미친 채 멈춥니다. sigmoid(100)과 sigmoid(1000)이 1보다 작은 같은 수이니, e^(−z) 전에 z를 잘라 냈습니다. 자를 필요가 없습니다. z가 크면 1 / (1 + e^(−z))는 배정밀도에서 정확히 1이고, z가 아주 작아 e^(−z)가 Infinity로 넘치면 1 / Infinity = 0이 되는데 그것이 맞는 값입니다.',
});

function expectSigmoidPrime(z: number, expected: number): void {
  expect(sigmoidPrime(z)).toMatchValue(expected, { name: `sigmoidPrime(${z})`, tol: 1e-12, mistakes: primeMistakes(z) });
}

describe('06 sigmoid and sigmoidPrime', () => {
  it(t('the article: h1 = σ(0.08) = 0.51998934, h2 = σ(0.11) = 0.52747230, o1 = σ(z3), o2 = σ(z4)', '글의 예: h1 = σ(0.08) = 0.51998934, h2 = σ(0.11) = 0.52747230, o1 = σ(z3), o2 = σ(z4)'), () => {
    expect(sigmoid(0.08)).toMatchArticle('0.51998934', { name: 'h1 = σ(z1)', step: forwardStep, mistakes: sigmoidMistakes(0.5199893401555817, 0.08) });
    expect(sigmoid(0.11)).toMatchArticle('0.52747230', { name: 'h2 = σ(z2)', step: forwardStep, mistakes: sigmoidMistakes(0.5274723043445937, 0.11) });
    expect(sigmoid(z3)).toMatchArticle('0.60944600', { name: `o1 = σ(z3 = ${z3})`, step: forwardStep, mistakes: sigmoidMistakes(0.6094460049966992, z3) });
    expect(sigmoid(z4)).toMatchArticle('0.66384491', { name: `o2 = σ(z4 = ${z4})`, step: forwardStep, mistakes: sigmoidMistakes(0.6638449096982894, z4) });
  });

  it(t('the article: ∂h1/∂z1 = σ′(0.08) = 0.24960043 and ∂o1/∂z3 = σ′(z3) = 0.23802157', '글의 예: ∂h1/∂z1 = σ′(0.08) = 0.24960043, ∂o1/∂z3 = σ′(z3) = 0.23802157'), () => {
    expect(sigmoidPrime(0.08)).toMatchArticle('0.24960043', { name: '∂h1/∂z1 = σ′(z1)', step: t('backprop step 2, 역전파 2단계', '역전파 2단계'), mistakes: primeMistakes(0.08) });
    expect(sigmoidPrime(z3)).toMatchArticle('0.23802157', { name: `∂o1/∂z3 = σ′(z3 = ${z3})`, step: t('backprop step 1, 역전파 1단계', '역전파 1단계'), mistakes: primeMistakes(z3) });
  });

  it(t('σ at several points, negative and positive', '음수와 양수 여러 점에서의 σ'), () => {
    for (const [z, s] of table) expectSigmoid(z, s);
  });

  it(t('σ′ at several points: largest at 0 (0.25), small far from 0', '여러 점에서의 σ′: 0에서 가장 크고 (0.25) 0에서 멀수록 작습니다'), () => {
    for (const [z, , slope] of table) expectSigmoidPrime(z, slope);
  });

  it(t('σ′ matches a numerical derivative of your σ (property)', 'σ′가 직접 만든 σ의 수치 미분과 같습니다 (속성 기반 테스트)'), () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (z) => {
        expect(sigmoidPrime(z)).toMatchValue(fivePointDerivative(sigmoid, z), {
          name: t(
            `sigmoidPrime(${z}), against the numerical slope of your own sigmoid as the expected value, (σ(z − 2h) − 8σ(z − h) + 8σ(z + h) − σ(z + 2h)) / 12h (the two must agree; if your sigmoid is wrong, so is this expected value)`,
            `sigmoidPrime(${z}), 직접 만든 sigmoid의 수치 기울기 (σ(z − 2h) − 8σ(z − h) + 8σ(z + h) − σ(z + 2h)) / 12h를 정답 자리에 두고 비교 (둘이 같아야 합니다. sigmoid가 틀렸다면 이 정답도 틀립니다)`,
          ),
          tol: 1e-9,
          mistakes: primeMistakes(z),
        });
      }),
    );
  });

  it(t('σ(−z) = 1 − σ(z) and σ′(−z) = σ′(z) (property)', 'σ(−z) = 1 − σ(z), σ′(−z) = σ′(z) (속성 기반 테스트)'), () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (z) => {
        expect(sigmoid(-z)).toMatchValue(1 - sigmoid(z), { name: t(`sigmoid(${-z}), against 1 − your sigmoid(${z}) as the expected value (the two must be equal)`, `sigmoid(${-z}), 1 − 직접 만든 sigmoid(${z})를 정답 자리에 두고 비교 (둘이 같아야 합니다)`), tol: 1e-12 });
        expect(sigmoidPrime(-z)).toMatchValue(sigmoidPrime(z), { name: t(`sigmoidPrime(${-z}), against your sigmoidPrime(${z}) as the expected value (the two must be equal)`, `sigmoidPrime(${-z}), 직접 만든 sigmoidPrime(${z})를 정답 자리에 두고 비교 (둘이 같아야 합니다)`), tol: 1e-12, mistakes: primeMistakes(-z) });
      }),
    );
  });

  it(t('no overflow and no NaN for z = ±40 and z = ±1000', 'z = ±40, ±1000에서도 넘침이나 NaN이 없습니다'), () => {
    // Exactly: in double precision σ is 1 here and 0 at −1000 (a clamp of z shows as a number just short of them).
    expectSigmoid(1000, 1, 0);
    expectSigmoid(-1000, 0, 0);
    expectSigmoid(40, 1, 0);
    expectSigmoid(-40, 4.248354255291589e-18);
    expectSigmoidPrime(1000, 0);
    expectSigmoidPrime(-1000, 0);
    expectSigmoidPrime(-40, 4.248354255291589e-18);
  });

  it(t('±Infinity is a number too: σ(Infinity) = 1, σ(−Infinity) = 0, and σ′ is 0 at both', '±Infinity도 숫자입니다: σ(Infinity) = 1, σ(−Infinity) = 0, σ′는 둘 다 0'), () => {
    expectSigmoid(Infinity, 1, 0);
    expectSigmoid(-Infinity, 0, 0);
    expectSigmoidPrime(Infinity, 0);
    expectSigmoidPrime(-Infinity, 0);
  });

  it(t('rejects NaN and values that are not numbers', 'NaN과 숫자가 아닌 값을 거부합니다'), () => {
    expectRejects(() => sigmoid(Number.NaN), 'z', 'NaN', 'TypeError');
    expectRejects(() => sigmoid('1' as unknown as number), 'z', t('a string', '문자열'), 'TypeError');
    expectRejects(() => sigmoidPrime(Number.NaN), 'z', 'NaN', 'TypeError');
    expectRejects(() => sigmoidPrime(undefined as unknown as number), 'z', 'undefined', 'TypeError');
  });
});
