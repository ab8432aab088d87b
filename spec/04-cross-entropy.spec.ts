// 04 cross-entropy — H(P, Q) = −Σ p·ln q ([Output / Loss function]).
// Expected values: worked out with 40-digit decimals (−ln 0.7 = 0.35667494…), written here as literals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossEntropy } from '@kata/04-cross-entropy/cross-entropy';
import { expectRejects, expectUnchanged, josa, shaped, t, type Mistake } from './support';

const section = '[Output / Loss function]';
const article = { p: [0, 1, 0], q: [0.2, 0.7, 0.1] };

/** The wrong values that the usual slips give, derived from the right value `h` of H(p, q). */
function mistakes(h: number, n: number, pHasZero?: boolean): Mistake[] {
  return [
    {
      when: (r) => Number.isNaN(r) && pHasZero === false,
      id: 'nan-without-zero-p',
      symptom: true,
      en: 'NaN although p has no 0 here: an index outside p or q (undefined gives NaN), or the log of a negative number or of NaN. Check the loop bounds and which array each index reads.',
      ko: '여기의 p에는 0이 없는데 NaN이 나왔습니다. p나 q 밖의 인덱스(undefined는 NaN을 줍니다)이거나, 음수나 NaN의 로그입니다. 반복문의 범위와 각 인덱스가 어느 배열을 읽는지 확인하세요.',
    },
    { value: h / Math.LN10, id: 'log10', en: 'this is the base-10 logarithm (Math.log10). Cross-entropy uses the natural log: Math.log.', ko: '밑이 10인 로그(Math.log10)입니다. 교차 엔트로피는 자연로그 Math.log를 씁니다.' },
    { value: h / Math.LN2, id: 'log2', en: 'this is the base-2 logarithm (Math.log2). Cross-entropy here uses the natural log: Math.log.', ko: '밑이 2인 로그(Math.log2)입니다. 여기서 교차 엔트로피는 자연로그 Math.log를 씁니다.' },
    { value: -h, id: 'sign-flipped', en: 'the sign is flipped: H(P, Q) = −Σ p·ln q has a minus in front, because ln q ≤ 0 for a probability q.', ko: '부호가 반대입니다. H(P, Q) = −Σ p·ln q 앞에는 마이너스가 있습니다. 확률 q에서 ln q ≤ 0이기 때문입니다.' },
    { value: h / n, id: 'divides-by-n', en: `you divided by the number of classes (${n}). Cross-entropy sums over the classes; it does not average them.`, ko: `클래스 수(${n})로 나눴습니다. 교차 엔트로피는 클래스에 대해 더하기만 하고 평균 내지 않습니다.` },
    // Each of those three together with the division by n: both named, the first one's id.
    ...(n > 1
      ? [
          { k: 1 / Math.LN10, id: 'log10', en: 'the base-10 logarithm (Math.log10) where cross-entropy uses the natural log, Math.log', ko: '자연로그 Math.log 대신 밑이 10인 로그(Math.log10)를 썼습니다' },
          { k: 1 / Math.LN2, id: 'log2', en: 'the base-2 logarithm (Math.log2) where cross-entropy here uses the natural log, Math.log', ko: '자연로그 Math.log 대신 밑이 2인 로그(Math.log2)를 썼습니다' },
          { k: -1, id: 'sign-flipped', en: 'the sign is flipped: H(P, Q) = −Σ p·ln q has a minus in front', ko: '부호가 반대입니다. H(P, Q) = −Σ p·ln q 앞에는 마이너스가 있습니다' },
        ].map(({ k, id, en, ko }) => ({
          value: (k * h) / n,
          id,
          en: `two slips: ${en}; and you divided by the number of classes (${n}), while cross-entropy sums over the classes.`,
          ko: `실수가 두 가지입니다. ${ko}. 그리고 클래스 수(${n})로 나눴는데, 교차 엔트로피는 클래스에 대해 더하기만 합니다.`,
        }))
      : []),
    { when: (r) => Number.isNaN(r) && (pHasZero ?? true), id: 'zero-times-log-zero', symptom: true, en: 'NaN: usually 0 · ln 0 = 0 · (−Infinity), from a term with p = 0, which adds nothing and should be skipped; an index outside p or q (undefined) gives NaN too.', ko: 'NaN이 나왔습니다. 보통 p = 0인 항의 0 · ln 0 = 0 · (−Infinity)에서 나옵니다. 이 항은 아무것도 더하지 않으니 건너뛰어야 합니다. p나 q 밖의 인덱스(undefined)도 NaN을 줍니다.' },
    { when: (r) => r === Infinity && h !== Infinity, id: 'p-q-swapped', symptom: true, en: 'Infinity here usually means p and q were swapped: the first argument p is the true distribution (the one-hot vector), the second q the prediction.', ko: '여기서 Infinity가 나오면 보통 p와 q를 바꾼 것입니다. 첫 번째 인자 p가 실제 분포(원-핫 벡터), 두 번째 q가 예측입니다.' },
  ];
}

/** Slips in the sum itself, each as what it computes from p and q. */
const sumSlips: { id: string; en: string; ko: string; model: (p: readonly number[], q: readonly number[]) => number; oneHot?: true }[] = [
  {
    id: 'q-log-p',
    model: (p, q) => -p.reduce((sum, pi, i) => (pi === 0 ? sum : sum + q[i]! * Math.log(pi)), 0),
    en: 'p and q are swapped inside the sum: you computed −Σ q·ln p. It is −Σ p·ln q, the log of the prediction q weighted by the truth p (for a one-hot p yours is always 0, since ln 1 = 0).',
    ko: '합 안에서 p와 q가 바뀌었습니다. −Σ q·ln p를 계산했습니다. 올바른 식은 −Σ p·ln q로, 예측 q의 로그에 정답 p를 곱합니다 (p가 원-핫이면 ln 1 = 0이라 늘 0이 나옵니다).',
  },
  {
    // The same swap, the skip on q = 0 now (where the prediction is 0): ln p of a p = 0 gives Infinity.
    id: 'q-log-p',
    model: (p, q) => -p.reduce((sum, pi, i) => (q[i] === 0 ? sum : sum + q[i]! * Math.log(pi)), 0),
    en: 'p and q are swapped inside the sum: you computed −Σ q·ln p, which is Infinity wherever the true p is 0 (ln 0). It is −Σ p·ln q, the log of the prediction q weighted by the truth p, skipping the terms with p = 0.',
    ko: '합 안에서 p와 q가 바뀌었습니다. −Σ q·ln p를 계산해서 정답 p가 0인 곳마다 Infinity가 나옵니다 (ln 0). 올바른 식은 −Σ p·ln q로, 예측 q의 로그에 정답 p를 곱하고 p = 0인 항은 건너뜁니다.',
  },
  {
    id: 'reduce-without-start',
    model: (p, q) => p[0]! - p.slice(1).reduce((sum, pi, k) => (pi === 0 ? sum : sum + pi * Math.log(q[k + 1]!)), 0),
    en: 'the sum starts from p[0] itself, not from 0: a `reduce` without its start value uses the first element as the running sum and takes its terms from index 1. Give it the start: `.reduce((sum, …) => …, 0)`.',
    ko: '합이 0이 아니라 p[0] 자체에서 시작했습니다. 시작값이 없는 `reduce`는 첫 원소를 누적값으로 쓰고 인덱스 1부터 항을 더합니다. 시작값을 주세요: `.reduce((sum, …) => …, 0)`.',
  },
  {
    id: 'p-factor-missing',
    model: (p, q) => -p.reduce((sum, pi, i) => (pi === 0 ? sum : sum + Math.log(q[i]!)), 0),
    en: 'each term is −ln q without its p: right for a one-hot p, where the one p that counts is 1, but a soft p weights each −ln q by its p. H(P, Q) = −Σ p·ln q.',
    ko: '각 항이 p 없이 −ln q입니다. p가 원-핫이면 남는 p가 1이라 맞지만, 부드러운 p에서는 −ln q마다 그 p를 곱해야 합니다. H(P, Q) = −Σ p·ln q.',
  },
  {
    id: 'binary-cross-entropy',
    // Checked on one-hot p only: written for one-hot p (−ln q at the class, −ln(1 − q) elsewhere) it is the same slip.
    oneHot: true,
    // Terms whose weight is 0 are left out (0 · ln 0 would be NaN).
    model: (p, q) => -p.reduce((sum, pi, i) => sum + (pi === 0 ? 0 : pi * Math.log(q[i]!)) + (pi === 1 ? 0 : (1 - pi) * Math.log(1 - q[i]!)), 0),
    en: 'this is the binary cross-entropy, −Σ [p·ln q + (1 − p)·ln(1 − q)], which treats every class as its own yes/no question. With several classes the loss is −Σ p·ln q alone: the wrong classes count only through the softmax that made q.',
    ko: '이진 교차 엔트로피 −Σ [p·ln q + (1 − p)·ln(1 − q)]입니다. 모든 클래스를 각각 예/아니오 문제로 다룹니다. 클래스가 여럿이면 손실은 −Σ p·ln q 하나뿐입니다. 틀린 클래스는 q를 만든 softmax를 통해서만 셈에 들어갑니다.',
  },
  ...[1e-7, 1e-8, 1e-10, 1e-12, 1e-15].map((eps) => ({
    id: 'log-with-epsilon',
    model: (p: readonly number[], q: readonly number[]) => -p.reduce((sum, pi, i) => (pi === 0 ? sum : sum + pi * Math.log(q[i]! + eps)), 0),
    en: `an ε (${eps}) was added inside the log, as libraries do to avoid −ln 0. This exercise wants the exact −Σ p·ln q: Infinity when q = 0 where p > 0, and 0 for a perfect prediction.`,
    ko: `라이브러리처럼 −ln 0을 피하려고 로그 안에 ε(${eps})를 더했습니다. 이 연습은 정확한 −Σ p·ln q를 원합니다: p > 0인 곳에서 q = 0이면 Infinity, 완벽한 예측이면 0.`,
  })),
  ...[1e-7, 1e-8, 1e-10, 1e-12, 1e-15].map((eps) => ({
    id: 'q-clamped',
    model: (p: readonly number[], q: readonly number[]) => -p.reduce((sum, pi, i) => (pi === 0 ? sum : sum + pi * Math.log(Math.max(q[i]!, eps))), 0),
    en: `q was clamped to at least ${eps} before the log, as libraries do to avoid −ln 0. This exercise wants the exact −Σ p·ln q: Infinity when q = 0 where p > 0.`,
    ko: `라이브러리처럼 −ln 0을 피하려고 로그 전에 q를 ${eps} 이상으로 잘랐습니다. 이 연습은 정확한 −Σ p·ln q를 원합니다: p > 0인 곳에서 q = 0이면 Infinity.`,
  })),
  {
    id: 'log-of-sum',
    model: (p, q) => -Math.log(p.reduce((sum, pi, i) => sum + pi * q[i]!, 0)),
    en: 'this is −ln Σ p·q, the log of the whole sum: right for a one-hot p, but the log belongs to each term. H(P, Q) = −Σ p·ln q.',
    ko: '−ln Σ p·q, 즉 합 전체의 로그입니다. p가 원-핫이면 맞지만, 로그는 항마다 붙습니다. H(P, Q) = −Σ p·ln q.',
  },
  ...(['last', 'first'] as const).map((which) => ({
    id: `${which}-class-skipped`,
    model: (p: readonly number[], q: readonly number[]) =>
      -p.reduce((sum, pi, i) => (pi === 0 || i === (which === 'last' ? p.length - 1 : 0) ? sum : sum + pi * Math.log(q[i]!)), 0),
    en: `the ${which} class is left out of the sum: the loop ${which === 'last' ? 'stops one early (i < p.length − 1)' : 'starts at 1'}. Go over every class: for (let i = 0; i < p.length; i++).`,
    ko: `${which === 'last' ? '마지막' : '첫'} 클래스가 합에서 빠졌습니다. 반복문이 ${which === 'last' ? '하나 일찍 멈춥니다 (i < p.length − 1)' : '1에서 시작합니다'}. 모든 클래스를 도세요: for (let i = 0; i < p.length; i++).`,
  })),
  {
    id: 'largest-p-only',
    model: (p, q) => -Math.log(q[p.indexOf(Math.max(...p))]!),
    en: 'only the class with the largest p was counted, −ln q there. That is the whole sum only for a one-hot p; when p spreads over several classes each adds p·(−ln q): H = −Σ p·ln q over every class.',
    ko: 'p가 가장 큰 클래스 하나만 세서 그곳의 −ln q를 구했습니다. 그것이 합 전체인 것은 p가 원-핫일 때뿐입니다. p가 여러 클래스에 퍼져 있으면 클래스마다 p·(−ln q)를 더합니다: 모든 클래스에 대해 H = −Σ p·ln q.',
  },
  {
    id: 'skips-q-zero',
    model: (p, q) => -p.reduce((sum, pi, i) => (q[i] === 0 ? sum : sum + pi * Math.log(q[i]!)), 0),
    en: 'terms with q = 0 were skipped: only terms with p = 0 add nothing. Where p > 0 and q = 0 the prediction gave the true class no chance at all, and the loss is −ln 0 = Infinity.',
    ko: 'q = 0인 항을 건너뛰었습니다. 아무것도 더하지 않는 것은 p = 0인 항뿐입니다. p > 0인데 q = 0이면 예측이 정답 클래스에 전혀 기회를 주지 않은 것이고, 손실은 −ln 0 = Infinity입니다.',
  },
];
/** Where the slips above give different values: one is named only when your crossEntropy agrees with it on all of these. */
// The last of each: a tiny q (1e-13) where an ε added and an ε clamped, and each size of ε, part.
const probes: [number[], number[]][] = [
  [[0.2, 0.8], [0.5, 0.5]],
  [[0.5, 0.5], [1, 0]],
  [[0, 0.3, 0.7], [0.6, 0.1, 0.3]],
  [[1, 0], [1e-13, 1]],
];
const oneHotProbes: [number[], number[]][] = [
  [[0, 1], [0.3, 0.7]],
  [[1, 0, 0], [0.5, 0.2, 0.3]],
  [[0, 0, 1], [0.1, 0.6, 0.3]],
  [[1, 0], [1e-13, 1]],
];
function sumMistakes(p: readonly number[], q: readonly number[]): Mistake[] {
  const agrees = (model: (p: readonly number[], q: readonly number[]) => number, oneHot?: true) =>
    (oneHot ? oneHotProbes : probes).every(([pp, qq]) => {
      const yours = crossEntropy([...pp], [...qq]);
      const theirs = model(pp, qq);
      return yours === theirs || Math.abs(yours - theirs) <= 1e-9 * Math.abs(theirs);
    });
  // Each slip of the sum also together with a division by the number of classes: both named, under the slip's id.
  const divided = sumSlips.map(({ model, en, ko, ...rest }) => ({
    ...rest,
    model: (pp: readonly number[], qq: readonly number[]) => model(pp, qq) / pp.length,
    en: `two slips: ${en} And you divided by the number of classes, while cross-entropy sums over them.`,
    ko: `실수가 두 가지입니다: ${ko} 그리고 클래스 수로 나눴는데, 교차 엔트로피는 클래스에 대해 더하기만 합니다.`,
  }));
  return [...sumSlips, ...divided].map(({ model, oneHot, ...words }) => ({ ...words, value: model(p, q), also: () => agrees(model, oneHot) }));
}

function expectCrossEntropy(p: number[], q: number[], expected: number): void {
  expect(crossEntropy([...p], [...q])).toMatchValue(expected, { name: `crossEntropy([${p.join(', ')}], [${q.join(', ')}])`, mistakes: [...mistakes(expected, p.length, p.includes(0)), ...sumMistakes(p, q)] });
}

/** A random probability distribution of length n. */
const distribution = (n: number) =>
  fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n }).map((w) => {
    const s = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / s);
  });

describe('04 crossEntropy', () => {
  it(t('the article: true class 2nd of three, Q = (0.2, 0.7, 0.1) gives −ln 0.7 ≈ 0.357', '글의 예: 정답이 세 클래스 중 2번째, Q = (0.2, 0.7, 0.1)이면 −ln 0.7 ≈ 0.357'), () => {
    const h = crossEntropy(article.p, article.q);
    const options = { name: 'H(P,Q)', step: section, mistakes: [...mistakes(0.3566749439387324, 3), ...sumMistakes(article.p, article.q)] };
    expect(h).toMatchArticle('0.357', options);
    expect(h).toMatchArticle('0.35667494', options);
  });

  it(t('the article: a less sure prediction Q = (0.4, 0.4, 0.2) costs more (0.91629073)', '글의 예: 덜 확신하는 예측 Q = (0.4, 0.4, 0.2)는 손실이 더 큽니다 (0.91629073)'), () => {
    const sure = crossEntropy(article.p, article.q);
    const unsure = crossEntropy(article.p, [0.4, 0.4, 0.2]);
    expect(unsure).toMatchArticle('0.91629073', { name: 'H(P,Q)', step: section, mistakes: [...mistakes(0.9162907318741551, 3), ...sumMistakes(article.p, [0.4, 0.4, 0.2])] });
    expect(unsure > sure, t(`H should grow when the prediction is less sure: ${unsure} vs ${sure}`, `예측이 덜 확실하면 H가 커져야 합니다: ${unsure} vs ${sure}`)).toBe(true);
  });

  it(t('a term with p = 0 adds 0, even when q = 0 there', 'p = 0인 항은 q = 0이어도 0을 더합니다'), () => {
    expectCrossEntropy([1, 0, 0], [1, 0, 0], 0); // 0 or −0 (a negated sum): both are right
    expectCrossEntropy([0, 1], [0, 1], 0);
  });

  it(t('q = 0 where p > 0 gives Infinity', 'p > 0인 곳에서 q = 0이면 Infinity'), () => {
    expectCrossEntropy([1, 0], [0, 1], Infinity);
  });

  it(t('takes q as it is, even when it does not sum to 1: (0, 1) against (0.5, 0.2) gives −ln 0.2', 'q의 합이 1이 아니어도 그대로 씁니다: (0.5, 0.2)에 대한 (0, 1)은 −ln 0.2'), () => {
    expectCrossEntropy([0, 1], [0.5, 0.2], 1.6094379124341003);
  });

  it(t('sums every class when p is not one-hot', 'p가 원-핫이 아닐 때도 모든 클래스를 더합니다'), () => {
    expectCrossEntropy([0.25, 0.75], [0.5, 0.5], 0.6931471805599453);
    expectCrossEntropy([0.1, 0.6, 0.3], [0.2, 0.5, 0.3], 0.938023940877158);
  });

  it(t('for a one-hot p it is −ln of the probability of the true class (property)', 'p가 원-핫이면 정답 클래스 확률의 −ln (속성 기반 테스트)'), () => {
    fc.assert(
      fc.property(distribution(4), fc.integer({ min: 0, max: 3 }), (q, k) => {
        const p = [0, 0, 0, 0];
        p[k] = 1;
        expectCrossEntropy(p, q, -Math.log(q[k]!));
      }),
    );
  });

  it(t('is never below the entropy H(P, P) (Gibbs\' inequality, property)', 'H(P, P)보다 작아지지 않습니다 (깁스 부등식, 속성 기반 테스트)'), () => {
    fc.assert(
      fc.property(distribution(3), distribution(3), (p, q) => {
        const cross = crossEntropy(p, q);
        const entropy = crossEntropy(p, p);
        // A value that is not a number compares false either way: say so instead of "NaN < NaN".
        expect(Number.isFinite(cross) && Number.isFinite(entropy), t(`crossEntropy gave ${cross} for H(P, Q) and ${entropy} for H(P, P), with P = [${p}], Q = [${q}]: finite numbers are needed here (no entry of P or Q is 0)`, `P = [${p}], Q = [${q}]에서 crossEntropy가 H(P, Q)로 ${cross}, H(P, P)로 ${josa(String(entropy), '을/를')} 주었습니다. 여기서는 유한한 숫자여야 합니다 (P와 Q에 0인 항목이 없습니다)`)).toBe(true);
        expect(cross >= entropy - 1e-12, t(`H(P, Q) = ${cross} < H(P, P) = ${entropy} for P = [${p}], Q = [${q}]`, `P = [${p}], Q = [${q}]에서 H(P, Q) = ${cross} < H(P, P) = ${entropy}`)).toBe(true);
      }),
    );
  });

  it(t('does not change its inputs', '입력을 바꾸지 않습니다'), () => {
    expectUnchanged([article.p, article.q] as const, ['p', 'q'], (p, q) => crossEntropy(p, q), shaped('crossEntropy(p, q)', 0, mistakes(-Math.log(0.7), 3, true)));
  });

  it(t('rejects empty or mismatched arrays and entries that are not probabilities', '빈 배열, 길이가 다른 배열, 확률이 아닌 항목을 거부합니다'), () => {
    expectRejects(() => crossEntropy([], []), ['p', 'q'], t('empty arrays', '빈 배열'));
    expectRejects(() => crossEntropy([0, 1, 0], [0.3, 0.7]), 'q', t('q shorter than p', 'p보다 짧은 q'), 'RangeError');
    expectRejects(() => crossEntropy([0, 1], [Number.NaN, 0.5]), 'q', t('NaN in q', 'q 안의 NaN'));
    expectRejects(() => crossEntropy([-0.5, 1.5], [0.5, 0.5]), 'p', t('a negative p', '음수 p'));
    expectRejects(() => crossEntropy([0, 1], [0.5, 1.5]), 'q', t('q above 1', '1보다 큰 q'));
  });
});
