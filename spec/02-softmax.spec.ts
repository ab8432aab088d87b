// 02 softmax — scores to probabilities ([Output / Loss function]).
// Expected values: exp(z_i) / Σ exp(z_j) worked out with 40-digit decimals, then rounded to doubles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softmax } from '@kata/02-softmax/softmax';
import { computedFromChanged, expectFiniteVector, expectRejects, expectUnchanged, oneArrayKept, shaped, t, type Mistake } from './support';
import { matchesModel } from './support/nested';

const softmax123 = [0.09003057317038046, 0.24472847105479764, 0.6652409557748219];

/** exp(z − shift) / Σ exp(z − shift), computed the plain way: what a softmax with that shift gives. */
function shifted(logits: readonly number[], shift: number): number[] {
  const e = logits.map((z) => Math.exp(z - shift));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/**
 * The shift a slip subtracts before exp, and what it gives on these logits. Named only where its value
 * tells: some entries finite, some not, in its own pattern (all NaN is the symptom below).
 */
function shiftMistakes(logits: readonly number[]): Mistake[] {
  const slips: { rule: (l: readonly number[]) => number; id: string; en: string; ko: string }[] = [
    { rule: () => 0, id: 'overflow-no-shift', en: 'nothing was subtracted before exp (inside it), so exp of a large logit overflows to Infinity (exp(1000) = Infinity) and Infinity / Infinity is NaN. Subtract the largest logit from every logit first, inside exp: the result is mathematically the same.', ko: 'exp 전에(exp 안에서) 아무것도 빼지 않아서 큰 로짓의 exp가 Infinity로 넘치고 (exp(1000) = Infinity), Infinity / Infinity는 NaN이 됩니다. 먼저 exp 안에서 모든 로짓에서 가장 큰 로짓을 빼세요. 수학적으로 같은 값입니다.' },
    { rule: (l) => Math.min(...l), id: 'shift-by-smallest', en: 'the smallest logit was subtracted: then every exponent is ≥ 0 and the largest still overflows. Subtract the largest logit, so that every exponent is ≤ 0.', ko: '가장 작은 로짓을 뺐습니다. 그러면 모든 지수가 0 이상이라 가장 큰 것이 여전히 넘칩니다. 가장 큰 로짓을 빼서 모든 지수가 0 이하가 되게 하세요.' },
    { rule: (l) => l[0]!, id: 'shift-by-first', en: 'the first logit was subtracted: a later, larger one still overflows. Subtract the largest logit, so that every exponent is ≤ 0.', ko: '첫 번째 로짓을 뺐습니다. 뒤에 있는 더 큰 로짓은 여전히 넘칩니다. 가장 큰 로짓을 빼서 모든 지수가 0 이하가 되게 하세요.' },
    { rule: (l) => l[l.length - 1]!, id: 'shift-by-last', en: 'the last logit was subtracted: an earlier, larger one still overflows. Subtract the largest logit, so that every exponent is ≤ 0.', ko: '마지막 로짓을 뺐습니다. 그 앞의 더 큰 로짓은 여전히 넘칩니다. 가장 큰 로짓을 빼서 모든 지수가 0 이하가 되게 하세요.' },
    { rule: (l) => Number([...l].sort().at(-1)), id: 'max-by-string-sort', en: 'the number subtracted is not the largest logit: sort() without a comparator sorts as strings ("1000" before "9", "-5" before "-800"), so its last entry need not be the largest. Take the largest with Math.max(...logits) or a loop.', ko: '뺀 수가 가장 큰 로짓이 아닙니다. 비교 함수 없는 sort()는 문자열로 정렬하므로 ("1000"이 "9"보다 앞, "-5"가 "-800"보다 앞) 마지막 항목이 가장 크지 않을 수 있습니다. 가장 큰 값은 Math.max(...logits)나 반복문으로 구하세요.' },
    { rule: (l) => l.reduce((a, b) => a + b, 0) / l.length, id: 'shift-by-mean', en: 'the mean of the logits was subtracted: logits far above the mean still overflow. Subtract the largest logit, so that every exponent is ≤ 0.', ko: '로짓의 평균을 뺐습니다. 평균보다 훨씬 큰 로짓은 여전히 넘칩니다. 가장 큰 로짓을 빼서 모든 지수가 0 이하가 되게 하세요.' },
  ];
  return slips
    .map(({ rule, ...words }) => ({ ...words, value: shifted(logits, rule(logits)), also: () => shiftProbes.every((p) => matchesModel(softmax(p), shifted(p, rule(p)))) }))
    .filter((m) => m.value.some((x) => Number.isFinite(x)) && m.value.some((x) => !Number.isFinite(x)));
}

/**
 * One input can hide which number was subtracted (the last logit is 0 there, or the second is the smallest):
 * a shift is named only if your softmax overflows as that shift does on these too, where the shifts part.
 */
const shiftProbes = [[800, 790], [-800, 0, 0], [0, 0, -800], [1500, 100], [800, 800, -1600]];

/** Wrong answers that give themselves away, for the given logits. */
function mistakes(logits: readonly number[]): Mistake[] {
  const m = Math.max(...logits);
  const xor = logits.map((z) => Math.E ^ (z - m)); // the slip: `^` where a power belongs
  const xorSum = xor.reduce((a, b) => a + b, 0);
  return [
    ...shiftMistakes(logits),
    ...(xorSum !== 0 && new Set(logits).size > 1
      ? [
          {
            value: xor.map((x) => x / xorSum),
            id: 'xor-not-power',
            en: '`^` is not a power in JavaScript: it is bitwise XOR on whole numbers, so Math.E ^ (z − max) is no e^(z − max). Use Math.exp(z - max).',
            ko: '자바스크립트에서 `^`는 거듭제곱이 아니라 정수의 비트 XOR이므로 Math.E ^ (z − max)는 e^(z − max)가 아닙니다. Math.exp(z - max)를 쓰세요.',
          },
        ]
      : []),
    ...(() => {
      const e = logits.map((z) => Math.exp(z) - m); // the slip: Math.exp(z) - max, the shift outside exp
      const total = e.reduce((a, b) => a + b, 0);
      return Number.isFinite(total) && total !== 0 && e.every(Number.isFinite) && new Set(logits).size > 1
        ? [
            {
              value: e.map((x) => x / total),
              id: 'shift-outside-exp',
              en: 'the largest logit was subtracted after exp, Math.exp(z) - max: the shift belongs inside, Math.exp(z - max). (Outside, it can even make a "probability" negative.)',
              ko: '가장 큰 로짓을 exp 다음에 뺐습니다 (Math.exp(z) - max). 빼는 것은 exp 안에 있어야 합니다: Math.exp(z - max). (밖에서 빼면 "확률"이 음수가 되기도 합니다.)',
            },
          ]
        : [];
    })(),
    ...[0, m].flatMap((shift) => {
      // exp left out: each (shifted) logit over their sum; named only if your softmax of (1, 2, 4) does the same.
      const noExp = (zs: readonly number[], by: number) => {
        const total = zs.reduce((a, z) => a + (z - by), 0);
        return zs.map((z) => (z - by) / total);
      };
      const value = noExp(logits, shift);
      return new Set(logits).size > 1 && value.every(Number.isFinite)
        ? [
            {
              value,
              also: () => matchesModel(softmax([1, 2, 4]), noExp([1, 2, 4], shift === 0 ? 0 : 4)),
              id: 'no-exp',
              en: `exp is left out: each ${shift === 0 ? 'logit' : 'shifted logit z − max'} is divided by their sum. Softmax divides exponentials: e^(z_i − max) / Σ e^(z_j − max) (Math.exp).`,
              ko: `exp가 빠졌습니다. ${shift === 0 ? '각 로짓을' : '가장 큰 로짓을 뺀 각 로짓 z − max를'} 그 합으로 나눴습니다. softmax는 지수를 나눕니다: e^(z_i − max) / Σ e^(z_j − max) (Math.exp).`,
            },
          ]
        : [];
    }),
    ...(new Set(logits).size > 1
      ? [
          {
            value: shifted(logits.map((z) => -z), Math.max(...logits.map((z) => -z))),
            also: () => matchesModel(softmax([1, 2, 4]), shifted([-1, -2, -4], -1)),
            id: 'negated-logits',
            en: 'this is softmax(−z): the largest logit gets the smallest probability. The exponent was negated (e^(max − z), or e^(−z)); it is e^(z − max).',
            ko: 'softmax(−z)입니다. 가장 큰 로짓이 가장 작은 확률을 받습니다. 지수의 부호가 바뀌었습니다 (e^(max − z)나 e^(−z)). e^(z − max)가 맞습니다.',
          },
        ]
      : []),
    {
      // Every logit very negative and all NaN: a shift above the largest logit, like max(0, …), underflows every exp.
      // No shift at all does the same here; large logits handled right tell the two apart.
      when: (r) => Array.isArray(r) && r.every(Number.isNaN) && shifted(logits, Math.max(0, ...logits)).every(Number.isNaN),
      also: () => matchesModel(softmax([1000, 999]), shifted([1000, 999], 1000)) && softmax([-1000, -999]).every(Number.isNaN),
      id: 'max-from-zero',
      en: 'all NaN where every logit is very negative, while large logits come out right: the number you subtract is above the largest logit here, so every exp underflows to 0 and 0 / 0 is NaN. A running maximum that starts at 0 does this (it never goes below 0), and so does a shift made only for large logits (m > 700 ? m : 0). Always subtract the largest logit: start the maximum at the first logit or at −Infinity, or take Math.max(...logits).',
      ko: '로짓이 모두 아주 작은 음수일 때 값이 전부 NaN이고, 큰 로짓은 맞게 나옵니다. 여기서 뺀 수가 가장 큰 로짓보다 커서 모든 exp가 0으로 사라지고 0 / 0은 NaN이 됩니다. 0에서 시작한 최댓값 변수가 이렇게 되고 (0 아래로 내려가지 않습니다), 로짓이 클 때만 빼는 경우(m > 700 ? m : 0)도 마찬가지입니다. 언제나 가장 큰 로짓을 빼세요: 첫 번째 로짓이나 −Infinity에서 시작하거나 Math.max(...logits)를 쓰세요.',
    },
    {
      // Small logits cannot overflow: the NaN or Infinity comes from a NaN subtracted or summed, or a sum of 0.
      when: (r) => Array.isArray(r) && logits.every((z) => Math.abs(z) <= 50) && r.some((x) => Number.isNaN(x) || x === Infinity),
      id: 'nan-without-overflow',
      symptom: true,
      en: 'NaN or Infinity although these logits are small, so nothing overflowed: a NaN went into the sum or the subtraction, or the sum you divide by is 0 (a loop that left terms out). Math.max(logits) without the spread is NaN (Math.max takes numbers, not an array: Math.max(...logits)); an index outside the array gives NaN too.',
      ko: '로짓이 작아서 넘칠 수 없는데 NaN이나 Infinity가 나왔습니다. 합이나 뺄셈에 NaN이 들어갔거나, 나누는 합이 0입니다 (항을 빠뜨린 반복문). Math.max(logits)는 펼치지 않으면 NaN입니다 (Math.max는 배열이 아니라 숫자들을 받습니다: Math.max(...logits)). 배열 밖의 인덱스도 NaN을 줍니다.',
    },
    {
      when: (r) => Array.isArray(r) && logits.some((z) => Math.abs(z) > 50) && r.some((x) => Number.isNaN(x) || x === Infinity),
      id: 'not-finite',
      symptom: true,
      en: 'NaN or Infinity, which several slips give (an index outside the array gives NaN too). The usual ones: exp of a large logit overflows to Infinity (exp(1000) = Infinity), and Infinity / Infinity is NaN; exp of a very negative one is 0, so a sum of such exps is 0, and x / 0 is Infinity, 0 / 0 NaN. Subtract the largest logit from every logit before exp, in the numerator and in the sum alike (not the smallest, not the first: only the largest makes every exponent ≤ 0): the result is mathematically the same.',
      ko: 'NaN이나 Infinity가 나왔습니다. 여러 실수에서 나올 수 있습니다 (배열 밖의 인덱스도 NaN을 줍니다). 흔한 원인: 큰 로짓의 exp는 Infinity로 넘치고 (exp(1000) = Infinity) Infinity / Infinity는 NaN입니다. 아주 작은 로짓의 exp는 0이라 그런 exp의 합도 0이고, x / 0은 Infinity, 0 / 0은 NaN입니다. exp 전에 모든 로짓에서 가장 큰 로짓을 빼세요. 분자에서도 합에서도 똑같이 빼야 합니다 (가장 작은 것이나 첫 번째 것이 아니라, 가장 큰 것을 빼야 모든 지수가 0 이하가 됩니다). 수학적으로 같은 값입니다.',
    },
    {
      // Only where the ratios tell something: on equal logits any equal entries have "the right proportions".
      when: (r) => Array.isArray(r) && r.length === logits.length && new Set(logits).size > 1 && Math.abs(r.reduce((a, b) => a + b, 0) - 1) > 1e-6 && sameRatios(r, logits),
      id: 'not-normalised',
      en: 'your values have the right proportions but do not add up to 1: divide every exp by the sum of all of them, the very exps you divide (shifted by the largest logit in the sum too, if they are).',
      ko: '값의 비율은 맞지만 합이 1이 아닙니다. 각 exp를 전체 exp의 합으로 나누세요. 나누는 바로 그 exp들의 합입니다 (분자에서 가장 큰 로짓을 뺐다면 합에서도 빼야 합니다).',
    },
  ];
}

/** r_i / r_0 = exp(z_i − z_0) for every i: the right shape of answer, not yet normalised. */
function sameRatios(r: readonly number[], logits: readonly number[]): boolean {
  return r.every((x, i) => Math.abs(x / r[0]! - Math.exp(logits[i]! - logits[0]!)) < 1e-9 * Math.exp(logits[i]! - logits[0]!));
}

function expectSoftmax(logits: number[], expected: number[]): void {
  expect(softmax([...logits])).toMatchValue(expected, { name: `softmax([${logits.join(', ')}])`, mistakes: [...mistakes(logits), computedFromChanged(logits, 'logits', (copy) => softmax(copy), (changed) => shifted(changed, Math.max(...changed))), oneArrayKept(() => softmax([1, 2]))] });
}

const logitArrays = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 });

describe('02 softmax', () => {
  it(t('the article: (1.37, 0) becomes clearly class 0, (1.37, 1.36) nearly a tie', '글의 예: (1.37, 0)은 확실히 0번, (1.37, 1.36)은 거의 동점'), () => {
    expectSoftmax([1.37, 0], [0.7973801535688696, 0.20261984643113043]);
    expectSoftmax([1.37, 1.36], [0.5024999791668749, 0.497500020833125]);
  });

  it(t('softmax(1, 2, 3) = (0.0900, 0.2447, 0.6652)', 'softmax(1, 2, 3) = (0.0900, 0.2447, 0.6652)'), () => {
    expectSoftmax([1, 2, 3], softmax123);
    expectSoftmax([5], [1]);
  });

  it(t('stays finite when the logits are far apart: (0, 1000) is (0, 1) — only the largest logit makes every exponent ≤ 0', '로짓끼리 멀리 떨어져 있어도 유한합니다: (0, 1000)은 (0, 1) — 가장 큰 로짓을 빼야만 모든 지수가 0 이하가 됩니다'), () => {
    // Where the shifts that are not the largest logit overflow in different entries, so the value tells
    // which one was subtracted. Here no shift overflows only at 800, the mean (−266.7) at 800 and 600,
    // the smallest (−1000) at 800, 600 and 0 (e^−200 ≈ 1.4e-87 counts as 0 at this tolerance) …
    expectSoftmax([800, -1000, -1000, -1000, 600, 0], [1, 0, 0, 0, 0, 0]);
    // … and here the first (−100) only at 650, the smallest (−800) at 0, 650 and 600.
    expectSoftmax([-100, -800, 0, 650, 600], [0, 0, 0, 1, 0]);
    // e^(0 − 1000) is about 5e-435, below the smallest double: exactly 0.
    expectSoftmax([0, 1000], [0, 1]);
    expectSoftmax([1000, 0, -1000], [1, 0, 0]);
    expectSoftmax([-1000, 1000], [0, 1]); // subtracting the mean (0) does not help either
    // Sorted as strings ("1000" < "2" < "715" < "9"; "-1000" < "-200" < "-5" < "-800") the last entry is 9 or −800,
    // which overflows in its own entries only: 1000 (not 715), and −5 (not −200, as the smallest, −1000, would).
    expectSoftmax([715, 9, 1000, 2], [0, 0, 1, 0]);
    expectSoftmax([-5, -800, -1000, -200], [1, 0, 0, 0]);
  });

  it(t('stays finite for huge logits: (1000, 1001, 1002) equals (1, 2, 3)', '아주 큰 로짓에서도 유한합니다: (1000, 1001, 1002)는 (1, 2, 3)과 같습니다'), () => {
    expectSoftmax([1000, 1001, 1002], softmax123);
  });

  it(t('stays finite for very negative logits: (−1000, −1000) is (0.5, 0.5)', '아주 작은 로짓에서도 유한합니다: (−1000, −1000)은 (0.5, 0.5)'), () => {
    expectSoftmax([-1000, -1000], [0.5, 0.5]);
  });

  it(t('sums to 1, every entry between 0 and 1 (property)', '합이 1이고 모든 항목이 0과 1 사이 (속성 기반 테스트)'), () => {
    fc.assert(
      fc.property(logitArrays, (logits) => {
        const p = softmax(logits);
        expectFiniteVector(p, logits.length, `softmax([${logits.join(', ')}])`, mistakes(logits));
        const sum = p.reduce((a, b) => a + b, 0);
        expect(sum).toMatchValue(1, { name: t(`the sum of softmax([${logits.join(', ')}])`, `softmax([${logits.join(', ')}])의 합`), tol: 1e-12, mistakes: [] });
        expect(p.every((x) => x >= 0 && x <= 1), t(`every entry of softmax([${logits.join(', ')}]) must be in [0, 1]`, `softmax([${logits.join(', ')}])의 모든 항목은 [0, 1] 안에 있어야 합니다`)).toBe(true);
      }),
    );
  });

  it(t('keeps the order: a larger logit never gets a smaller probability (property)', '순서를 지킵니다: 더 큰 로짓이 더 작은 확률을 받지 않습니다 (속성 기반 테스트)'), () => {
    fc.assert(
      fc.property(logitArrays, (logits) => {
        const p = softmax(logits);
        logits.forEach((zi, i) =>
          logits.forEach((zj, j) => {
            if (zi < zj) expect(p[i]! <= p[j]!, t(`logit ${zi} < ${zj} but probability ${p[i]} > ${p[j]}`, `로짓 ${zi} < ${zj} 인데 확률은 ${p[i]} > ${p[j]}`)).toBe(true);
          }),
        );
      }),
    );
  });

  it(t('adding the same number to every logit changes nothing (property)', '모든 로짓에 같은 수를 더해도 결과가 같습니다 (속성 기반 테스트)'), () => {
    fc.assert(
      fc.property(logitArrays, fc.double({ min: -500, max: 500, noNaN: true }), (logits, c) => {
        expect(softmax(logits.map((z) => z + c))).toMatchValue(softmax(logits), {
          name: t(`softmax of the logits shifted by ${c}`, `${c}만큼 옮긴 로짓의 softmax`),
          tol: 1e-9,
          mistakes: mistakes(logits),
        });
      }),
    );
  });

  it(t('returns a new array and does not change its input', '새 배열을 반환하고 입력을 바꾸지 않습니다'), () => {
    expectUnchanged([[3, 1, 2]] as const, ['logits'], (logits) => softmax(logits), shaped('softmax([3, 1, 2])', [0, 0, 0]));
    // One array that its owner changes between two calls: each call answers for what it holds then.
    const reused = [1, 2, 3];
    softmax(reused);
    reused.reverse();
    expect(softmax(reused)).toMatchValue([...softmax123].reverse(), { name: t('softmax of one array, reversed in place to [3, 2, 1] after a first call', '첫 호출 뒤 제자리에서 [3, 2, 1]로 뒤집힌 같은 배열의 softmax'), tol: 1e-12 });
    const logits = [0.5, 0.5];
    expect(softmax(logits) !== (logits as unknown), t('softmax returned the same array object it was given', 'softmax가 받은 배열 객체를 그대로 반환했습니다')).toBe(true);
  });

  it(t('rejects an empty array, NaN and infinite logits', '빈 배열, NaN, 무한대 로짓을 거부합니다'), () => {
    expectRejects(() => softmax([]), 'logits', t('an empty array', '빈 배열'), 'RangeError');
    expectRejects(() => softmax([1, Number.NaN]), 'logits', 'NaN', 'TypeError');
    expectRejects(() => softmax([1, Infinity]), 'logits', 'Infinity', 'TypeError');
  });
});
