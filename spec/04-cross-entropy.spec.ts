// 04 cross-entropy — H(P, Q) = −Σ p·ln q ([Output / Loss function]).
// Expected values: worked out with 40-digit decimals (−ln 0.7 = 0.35667494…), written here as literals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossEntropy } from '@kata/04-cross-entropy/cross-entropy';
import { expectRejects, expectUnchanged, shaped, t, type Mistake } from './support';

const section = '[Output / Loss function]';
const article = { p: [0, 1, 0], q: [0.2, 0.7, 0.1] };

/** The wrong values that the usual slips give, derived from the right value `h` of H(p, q). */
function mistakes(h: number, n: number): Mistake[] {
  return [
    { value: h / Math.LN10, id: 'log10', en: 'this is the base-10 logarithm (Math.log10). Cross-entropy uses the natural log: Math.log.', ko: '밑이 10인 로그(Math.log10)입니다. 교차 엔트로피는 자연로그 Math.log를 씁니다.' },
    { value: h / Math.LN2, id: 'log2', en: 'this is the base-2 logarithm (Math.log2). Cross-entropy here uses the natural log: Math.log.', ko: '밑이 2인 로그(Math.log2)입니다. 여기서 교차 엔트로피는 자연로그 Math.log를 씁니다.' },
    { value: -h, id: 'sign-flipped', en: 'the sign is flipped: H(P, Q) = −Σ p·ln q has a minus in front, because ln q ≤ 0 for a probability q.', ko: '부호가 반대입니다. H(P, Q) = −Σ p·ln q 앞에는 마이너스가 있습니다. 확률 q에서 ln q ≤ 0이기 때문입니다.' },
    { value: h / n, id: 'divides-by-n', en: `you divided by the number of classes (${n}). Cross-entropy sums over the classes; it does not average them.`, ko: `클래스 수(${n})로 나눴습니다. 교차 엔트로피는 클래스에 대해 더하기만 하고 평균 내지 않습니다.` },
    { when: (r) => Number.isNaN(r), id: 'zero-times-log-zero', symptom: true, en: 'NaN: usually 0 · ln 0 = 0 · (−Infinity), from a term with p = 0, which adds nothing and should be skipped; an index outside p or q (undefined) gives NaN too.', ko: 'NaN이 나왔습니다. 보통 p = 0인 항의 0 · ln 0 = 0 · (−Infinity)에서 나옵니다. 이 항은 아무것도 더하지 않으니 건너뛰어야 합니다. p나 q 밖의 인덱스(undefined)도 NaN을 줍니다.' },
    { when: (r) => r === Infinity && h !== Infinity, id: 'p-q-swapped', symptom: true, en: 'Infinity here usually means p and q were swapped: the first argument p is the true distribution (the one-hot vector), the second q the prediction.', ko: '여기서 Infinity가 나오면 보통 p와 q를 바꾼 것입니다. 첫 번째 인자 p가 실제 분포(원-핫 벡터), 두 번째 q가 예측입니다.' },
  ];
}

function expectCrossEntropy(p: number[], q: number[], expected: number): void {
  expect(crossEntropy(p, q)).toMatchValue(expected, { name: `crossEntropy([${p.join(', ')}], [${q.join(', ')}])`, mistakes: mistakes(expected, p.length) });
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
    const options = { name: 'H(P,Q)', step: section, mistakes: mistakes(0.3566749439387324, 3) };
    expect(h).toMatchArticle('0.357', options);
    expect(h).toMatchArticle('0.35667494', options);
  });

  it(t('the article: a less sure prediction Q = (0.4, 0.4, 0.2) costs more (0.91629073)', '글의 예: 덜 확신하는 예측 Q = (0.4, 0.4, 0.2)는 손실이 더 큽니다 (0.91629073)'), () => {
    const sure = crossEntropy(article.p, article.q);
    const unsure = crossEntropy(article.p, [0.4, 0.4, 0.2]);
    expect(unsure).toMatchArticle('0.91629073', { name: 'H(P,Q)', step: section, mistakes: mistakes(0.9162907318741551, 3) });
    expect(unsure > sure, t(`H should grow when the prediction is less sure: ${unsure} vs ${sure}`, `예측이 덜 확실하면 H가 커져야 합니다: ${unsure} vs ${sure}`)).toBe(true);
  });

  it(t('a term with p = 0 adds 0, even when q = 0 there', 'p = 0인 항은 q = 0이어도 0을 더합니다'), () => {
    expectCrossEntropy([1, 0, 0], [1, 0, 0], 0); // 0 or −0 (a negated sum): both are right
    expectCrossEntropy([0, 1], [0, 1], 0);
  });

  it(t('q = 0 where p > 0 gives Infinity', 'p > 0인 곳에서 q = 0이면 Infinity'), () => {
    expect(crossEntropy([1, 0], [0, 1]), t('crossEntropy([1, 0], [0, 1]) must be Infinity (−ln 0)', 'crossEntropy([1, 0], [0, 1])는 Infinity (−ln 0) 이어야 합니다')).toBe(Infinity);
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
        expect(cross >= entropy - 1e-12, t(`H(P, Q) = ${cross} < H(P, P) = ${entropy} for P = [${p}], Q = [${q}]`, `P = [${p}], Q = [${q}]에서 H(P, Q) = ${cross} < H(P, P) = ${entropy}`)).toBe(true);
      }),
    );
  });

  it(t('does not change its inputs', '입력을 바꾸지 않습니다'), () => {
    expectUnchanged([article.p, article.q] as const, ['p', 'q'], (p, q) => crossEntropy(p, q), shaped('crossEntropy(p, q)', 0));
  });

  it(t('rejects empty or mismatched arrays and entries that are not probabilities', '빈 배열, 길이가 다른 배열, 확률이 아닌 항목을 거부합니다'), () => {
    expectRejects(() => crossEntropy([], []), 'p', t('empty arrays', '빈 배열'));
    expectRejects(() => crossEntropy([0, 1, 0], [0.3, 0.7]), 'q', t('q shorter than p', 'p보다 짧은 q'));
    expectRejects(() => crossEntropy([0, 1], [Number.NaN, 0.5]), 'q', t('NaN in q', 'q 안의 NaN'));
    expectRejects(() => crossEntropy([-0.5, 1.5], [0.5, 0.5]), 'p', t('a negative p', '음수 p'));
    expectRejects(() => crossEntropy([0, 1], [0.5, 1.5]), 'q', t('q above 1', '1보다 큰 q'));
  });
});
