// 23 softmax + cross-entropy — the gradient of crossEntropy(oneHot(k), softmax(z)) with respect to z
// is softmax(z) − oneHot(k) ([Output / Loss function]).
// Expected values: exp(z_i) / Σ exp(z_j) − [i = k] worked out with 50-digit decimals (mpmath), then
// rounded to doubles; the article's Q = (0.2, 0.7, 0.1) and (0.4, 0.4, 0.2) come from the logits
// (ln 2, ln 7, 0) and (ln 2, ln 2, 0), whose softmax is exactly those fractions.
// The gradient is also checked against the numerical gradient of the loss, computed with the
// learner's own softmax (02), oneHot (03), crossEntropy (04) and numericalGradient (08), each checked
// first on a known value, so that an unfinished earlier exercise is named instead of this one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softmaxCrossEntropyGradient } from '@kata/23-softmax-cross-entropy/softmax-cross-entropy';
import { softmax } from '@kata/02-softmax/softmax';
import { oneHot } from '@kata/03-one-hot/one-hot';
import { crossEntropy } from '@kata/04-cross-entropy/cross-entropy';
import { numericalGradient } from '@kata/08-numerical-gradient/numerical-gradient';
import { josa, expectFiniteVector, near, expectRejects, expectUnchanged, shaped, show, t, type Mistake } from './support';
import { expectReady, knownValue } from './support/prerequisites';
import { noteMistake } from './support/evidence';
import { matchesModel } from './support/nested';

const third = 1 / 3;
const softmax123 = [0.09003057317038046, 0.24472847105479764, 0.6652409557748219];

// ── The learner's earlier exercises, checked before they are trusted ──────────────────────────────
function within(received: unknown, expected: readonly number[], tol: number): boolean {
  return Array.isArray(received) && received.length === expected.length && expected.every((e, i) => Math.abs((received[i] as number) - e) <= tol);
}

const softmaxReady = [
  knownValue('02', 'softmax', 'softmax([1, 2, 3])', () => softmax([1, 2, 3]), softmax123, 1e-12),
  knownValue('02', 'softmax', 'softmax([1000, 1001, 1002])', () => softmax([1000, 1001, 1002]), softmax123, 1e-12),
];
const oneHotReady = [
  knownValue('03', 'oneHot', 'oneHot(1, 3)', () => oneHot(1, 3), [0, 1, 0], 0),
  knownValue('03', 'oneHot', 'oneHot(0, 2)', () => oneHot(0, 2), [1, 0], 0),
];
const crossEntropyReady = [knownValue('04', 'crossEntropy', 'crossEntropy([0, 1, 0], [0.2, 0.7, 0.1])', () => crossEntropy([0, 1, 0], [0.2, 0.7, 0.1]), 0.35667494393873245, 1e-12)];
const numericalGradientReady = [
  knownValue('08', 'numericalGradient', 'numericalGradient(([x, y]) => Math.exp(x) + y ** 3, [1, 2])', () => numericalGradient(([x, y]) => Math.exp(x!) + y! ** 3, [1, 2]), [Math.E, 12], 1e-7),
];

const yours = { en: 'your softmaxCrossEntropyGradient', ko: '직접 만든 softmaxCrossEntropyGradient는' };

/** Your gradient rejects class 0 and takes classes 1 and 2 (of three): it counts classes from 1, or treats 0 as false. */
function rejectsOnlyClassZero(): boolean {
  const takes = (k: number) => {
    try {
      softmaxCrossEntropyGradient([0, 0, 0], k);
      return true;
    } catch {
      return false;
    }
  };
  return !takes(0) && takes(1) && takes(2);
}
const classZeroRejected = {
  en: 'class 0 is valid (class indices start at 0), and your code rejects it, while with three logits it takes classes 1 and 2: a check counting classes from 1, or `!classIndex` (0 is falsy in JavaScript). Check `Number.isInteger(classIndex) && classIndex >= 0 && classIndex < logits.length`.',
  ko: '클래스 0은 올바른 값입니다(클래스 인덱스는 0부터). 그런데 코드가 0을 거부합니다. 로짓이 셋이면 클래스 1과 2는 받습니다. 클래스를 1부터 세는 검사이거나 `!classIndex`입니다(자바스크립트에서 0은 거짓). `Number.isInteger(classIndex) && classIndex >= 0 && classIndex < logits.length`로 검사하세요.',
};

/**
 * The learner's gradient. An earlier exercise that is still a stub, called from inside it, is named
 * as such (the stub of 23 itself goes straight through, so an untouched stub says "not implemented").
 */
function gradient(logits: readonly number[], classIndex: number): number[] {
  try {
    return softmaxCrossEntropyGradient(logits, classIndex);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const earlier = /^not implemented: (softmax|oneHot)$/.exec(message);
    // oneHot(classIndex − 1) throws for class 0, oneHot(classIndex + 1) for the last: say so rather than show a bare RangeError.
    const stack = error instanceof Error ? (error.stack ?? '') : '';
    const fromOneHot = logits.length > 0 && (/^oneHot\b/.test(message) || /at oneHot\b/.test(stack)) && !/softmaxCrossEntropyGradient/.test(message);
    const shifted = fromOneHot && classIndex === 0 && /(^|[^\d.])-1\b/.test(message) ? -1 : fromOneHot && classIndex === logits.length - 1 && new RegExp(`\\b${logits.length}\\b`).test(message) ? 1 : 0;
    // Confirmed where the class is in the middle of three, so the shifted 1 lands inside: swapped arguments throw there.
    const third = 1 / 3;
    const confirmed = () => {
      try {
        return near(softmaxCrossEntropyGradient([0, 0, 0], shifted < 0 ? 2 : 0), [third, third - 1, third], 1e-9);
      } catch {
        return false;
      }
    };
    if (shifted !== 0 && error instanceof RangeError && confirmed()) {
      const words = t(
        `your code asked oneHot for class ${classIndex + shifted}, not ${classIndex}. classIndex is already 0-based (the article's 2nd class is index 1): pass it to oneHot as it is, without ${shifted < 0 ? 'subtracting' : 'adding'} 1.`,
        `oneHot에 클래스 ${josa(classIndex, '이/가')} 아니라 ${josa(classIndex + shifted, '을/를')} 요청했습니다. classIndex는 이미 0부터 셉니다(글의 2번째 클래스가 인덱스 1). 1을 ${shifted < 0 ? '빼지' : '더하지'} 말고 그대로 oneHot에 넘기세요.`,
      );
      noteMistake(shifted < 0 ? 'one-hot-too-early' : 'one-hot-too-late', words);
      expect.fail(t(`${name(logits, classIndex)} threw "${message}": ${words}`, `${josa(name(logits, classIndex), '이/가')} "${message}" 오류를 던졌습니다. ${words}`));
    }
    // Only where nothing else is wrong with the call (valid logits), so a rejected NaN stays a rejected NaN.
    if (classIndex === 0 && logits.length > 1 && logits.every(Number.isFinite) && !fromOneHot && (error instanceof RangeError || error instanceof TypeError) && rejectsOnlyClassZero()) {
      noteMistake('rejects-class-zero', t(classZeroRejected.en, classZeroRejected.ko));
      expect.fail(t(`${name(logits, classIndex)} threw "${message}": ${classZeroRejected.en}`, `${josa(name(logits, classIndex), '이/가')} "${message}" 오류를 던졌습니다. ${classZeroRejected.ko}`));
    }
    // Any other error your oneHot raised: it was handed arguments it rejects (a symptom: the call, not a cause, is known).
    // Only for a valid call: where the input is wrong, oneHot's own check may well be the rejection the test wants.
    const valid = logits.length > 0 && logits.every(Number.isFinite) && Number.isInteger(classIndex) && classIndex >= 0 && classIndex < logits.length;
    if (valid && fromOneHot && (error instanceof RangeError || error instanceof TypeError) && !earlier) {
      noteMistake('one-hot-rejected-its-arguments', t('oneHot was called with arguments it rejects', 'oneHot이 거부하는 인자로 불렸습니다'));
      expect.fail(t(
        `${name(logits, classIndex)} threw "${message}" from your oneHot (03): it was called with arguments it rejects. oneHot takes (classIndex, numClasses): the right call here is oneHot(${classIndex}, ${logits.length}).`,
        `${josa(name(logits, classIndex), '이/가')} 직접 만든 oneHot(03)에서 "${message}" 오류를 던졌습니다. oneHot이 거부하는 인자로 불렸습니다. oneHot은 (classIndex, numClasses)를 받습니다: 여기서 맞는 호출은 oneHot(${classIndex}, ${logits.length})입니다.`,
      ));
    }
    if (earlier) {
      const id = earlier[1] === 'softmax' ? '02' : '03';
      expect.fail(t(
        `your softmaxCrossEntropyGradient calls ${earlier[1]} from exercise ${id}, which says "${message}". Finish ${id} first (npm test -- ${id}), then come back to 23.`,
        `직접 만든 softmaxCrossEntropyGradient가 ${id}번 연습의 ${josa(earlier[1], '을/를')} 부르는데, "${message}" 상태입니다. 먼저 ${josa(id, '을/를')} 끝내고(npm test -- ${id}) 23으로 돌아오세요.`,
      ));
    }
    throw error;
  }
}

// ── Known mistakes, recognised from the value they give ──────────────────────────────────────────
/** The article's logits with class 1 (the predicted one) and class 0: between them every slip below gives its own value. */
const articleLogits = [Math.log(2), Math.log(7), 0];
const articleCases = [
  { k: 1, g: [0.2, -0.3, 0.1] },
  { k: 0, g: [-0.8, 0.7, 0.1] },
];

/**
 * A value can agree with a slip by chance (with one class −q, ln q − p and −p/q all give −1): the same slip must
 * give your values on the article's logits too, wherever it is told apart there.
 */
function alsoOnArticle(id: string): () => boolean {
  return () => {
    const models = articleCases.map(({ k, g }) => ({ k, model: mistakes(articleLogits, k, g, false).find((m) => m.id === id)?.value }));
    const known = models.filter((m) => m.model !== undefined);
    return known.length > 0 && known.every(({ k, model }) => matchesModel(softmaxCrossEntropyGradient([...articleLogits], k), model!));
  };
}

/** Wrong answers that give themselves away, derived from the right answer `g` for class k (`confirm`: on the article too). */
function mistakes(logits: readonly number[], k: number, g: readonly number[], confirm = true): Mistake[] {
  const q = g.map((x, i) => (i === k ? x + 1 : x)); // softmax(z) itself
  const moved = (j: number) => q.map((x, i) => (i === j ? x - 1 : x));
  const list: Mistake[] = [
    {
      when: (r) => Array.isArray(r) && r.length === g.length + 1 && Number.isNaN(r[g.length]) && g.every((x, i) => Math.abs((r[i] as number) - x) <= 1e-12),
      id: 'loop-past-the-end',
      en: `one entry too many, and it is NaN: the loop runs one past the end (i <= ${g.length} reads undefined, and undefined − undefined is NaN). Loop while i < length.`,
      ko: `항목이 하나 더 있고 그것이 NaN입니다. 반복문이 끝을 하나 넘어갑니다 (${josa(`i <= ${g.length}`, '은/는')} undefined를 읽고, undefined − undefined는 NaN입니다). i < length인 동안만 도세요.`,
    },
    {
      // Only a large logit can overflow: with small ones the NaN comes from somewhere else.
      when: (r) => Math.max(...logits.map(Math.abs)) > 700 && Array.isArray(r) && r.some((x) => typeof x === 'number' && !Number.isFinite(x)),
      id: 'unstable-softmax',
      symptom: true,
      en: `a value that is not finite; the usual cause is an unstable softmax: exp of a large logit overflows to Infinity (the largest logit here is ${Math.max(...logits)}), and Infinity / Infinity is NaN. Use your softmax from 02, which subtracts the largest logit first.`,
      ko: `유한하지 않은 값이 나왔습니다. 흔한 원인은 불안정한 softmax입니다. 큰 로짓의 exp는 Infinity로 넘치고(여기서 가장 큰 로짓은 ${Math.max(...logits)}), Infinity / Infinity는 NaN입니다. 가장 큰 로짓을 먼저 빼는 02의 softmax를 쓰세요.`,
    },
    {
      // The chain written out divides by q: NaN (0/0) where a probability underflowed to exactly 0, right elsewhere.
      value: q.map((qj, j) => q.reduce((sum, qi, i) => sum + (-(i === k ? 1 : 0) / qi) * qi * ((i === j ? 1 : 0) - qj), 0)),
      also: () => near(gradient([1, 2, 3], 0), [-0.9099694268296196, 0.24472847105479764, 0.6652409557748219], 1e-9),
      id: 'chain-divides-by-q',
      en: 'NaN where a probability underflows to 0 (e^(−800) is 0 in doubles): the chain written out, Σᵢ (−pᵢ / qᵢ) · qᵢ(δᵢⱼ − qⱼ), divides by qᵢ = 0, and 0 / 0 is NaN. On paper the qᵢ cancel: the gradient is q − p, with no division at all.',
      ko: '확률이 0으로 사라지는 곳(double에서 e^(−800)은 0)에서 NaN이 나왔습니다. 연쇄법칙을 그대로 쓴 Σᵢ (−pᵢ / qᵢ) · qᵢ(δᵢⱼ − qⱼ)가 qᵢ = 0으로 나누고, 0 / 0은 NaN입니다. 식으로는 qᵢ가 약분됩니다: 기울기는 나눗셈 없이 q − p입니다.',
    },
    {
      value: g.map((x) => -x),
      id: 'sign-flipped',
      en: 'the sign is flipped: the gradient is softmax − oneHot (prediction minus truth), not oneHot − softmax. Only the true class\'s entry is negative: raising its logit lowers the loss.',
      ko: '부호가 반대입니다. 기울기는 oneHot − softmax가 아니라 softmax − oneHot(예측 빼기 정답)입니다. 정답 클래스의 항목만 음수입니다. 그 로짓을 올리면 손실이 줄어들기 때문입니다.',
    },
    {
      value: q,
      id: 'no-one-hot-subtracted',
      en: `this is softmax(z) itself: you forgot to subtract the one-hot vector, that is 1 from the true class's entry (index ${k}).`,
      ko: `softmax(z) 그 자체입니다. 원-핫 벡터를 빼는 것, 즉 정답 클래스(인덱스 ${k}) 항목에서 1을 빼는 것을 잊었습니다.`,
    },
  ];
  if (k === 0) {
    list.push({
      value: q,
      id: 'one-hot-too-early',
      en: 'classIndex was read as counting from 1: for class 0 the 1 went to index −1, which is no entry at all, so nothing was subtracted. classIndex is already 0-based (the article\'s 2nd class is index 1): use it as it is.',
      ko: 'classIndex를 1부터 세는 것으로 읽었습니다. 클래스 0이면 1이 인덱스 −1, 즉 없는 자리로 가서 아무것도 빼지 않았습니다. classIndex는 이미 0부터 셉니다(글의 2번째 클래스가 인덱스 1). 그대로 쓰세요.',
    });
  }
  if (k >= 1) {
    list.push({
      value: moved(k - 1),
      id: 'one-hot-too-early',
      en: `the 1 of the one-hot sits one place too early (at ${k - 1}, not ${k}): classIndex is already 0-based (the article's 2nd class is index 1), so use it as it is, without subtracting 1.`,
      ko: `원-핫의 1이 한 칸 앞(${josa(k, '이/가')} 아니라 ${k - 1})에 있습니다. classIndex는 이미 0부터 셉니다(글의 2번째 클래스가 인덱스 1). 1을 빼지 말고 그대로 쓰세요.`,
    });
  }
  // Two slips at once: oneHot − softmax with the 1 one place early (for class 0 it falls off the front).
  list.push({
    value: (k >= 1 ? moved(k - 1) : q).map((x) => -x),
    id: 'sign-and-one-hot-too-early',
    en: `two slips: the sign is flipped (oneHot − softmax, where the gradient is softmax − oneHot), and classIndex was read as counting from 1, so the 1 of the one-hot went to index ${k - 1}${k === 0 ? ', no entry at all' : ''} instead of ${k}. Use classIndex as it is (it is already 0-based), and subtract the one-hot from softmax(z).`,
    ko: `실수가 두 가지입니다: 부호가 반대이고(기울기는 softmax − oneHot인데 oneHot − softmax를 계산했습니다), classIndex를 1부터 세는 것으로 읽어서 원-핫의 1이 ${k}번이 아니라 ${k - 1}번${k === 0 ? ', 즉 없는 자리로' : '으로'} 갔습니다. classIndex는 이미 0부터 세므로 그대로 쓰고, softmax(z)에서 원-핫을 빼세요.`,
  });
  if (k + 1 < g.length) {
    list.push({
      value: moved(k + 1),
      id: 'one-hot-too-late',
      en: `the 1 of the one-hot sits one place too late (at ${k + 1}, not ${k}): classIndex is 0-based, so the true class is entry ${k}, without adding 1.`,
      ko: `원-핫의 1이 한 칸 뒤(${josa(k, '이/가')} 아니라 ${k + 1})에 있습니다. classIndex는 0부터 세므로 정답 클래스는 ${k}번 항목입니다. 1을 더하지 마세요.`,
    });
  }
  // The first largest probability, ties within rounding included (q is g plus the one-hot, recomputed).
  const predicted = q.findIndex((x) => x >= Math.max(...q) - 1e-12);
  if (predicted !== k) {
    list.push({
      value: moved(predicted),
      id: 'one-hot-of-prediction',
      en: `the one-hot marks the predicted class (${predicted}, the largest probability) instead of the true class classIndex = ${k}: the gradient compares the prediction with the truth, so subtract oneHot(classIndex).`,
      ko: `원-핫이 정답 클래스 classIndex = ${josa(k, '이/가')} 아니라 예측한 클래스(${predicted}, 확률이 가장 큰 것)를 표시합니다. 기울기는 예측을 정답과 비교하므로 oneHot(classIndex)를 빼세요.`,
    });
  }
  if (g.length > 1) {
    list.push({
      value: g.map((x) => x / g.length),
      id: 'divided-by-classes',
      en: `every entry is 1/${g.length} of the right one: the gradient was divided by the number of classes. For one example it is softmax(z) − oneHot(classIndex) itself; a mean over examples belongs to the batch, not to the classes.`,
      ko: `모든 항목이 맞는 값의 1/${g.length}입니다. 기울기를 클래스 수로 나눴습니다. 예제 하나의 기울기는 softmax(z) − oneHot(classIndex) 그 자체입니다. 평균은 클래스가 아니라 배치의 예제들에 대해 냅니다.`,
    });
  }
  list.push({
    value: logits.map((z, i) => (i === k ? z - 1 : z)),
    id: 'no-softmax',
    en: 'this is z − oneHot: the logits themselves, with the softmax left out. The gradient compares probabilities with the truth: softmax(z) − oneHot(classIndex).',
    ko: 'z − oneHot, 즉 softmax를 빼먹은 로짓 그 자체입니다. 기울기는 확률을 정답과 비교합니다: softmax(z) − oneHot(classIndex).',
  });
  const flipped = logits.map((z) => Math.exp(-z + Math.min(...logits))); // exp(−z), shifted so that none overflows
  const flippedSum = flipped.reduce((a, b) => a + b, 0);
  list.push({
    value: flipped.map((e, i) => e / flippedSum - (i === k ? 1 : 0)),
    id: 'softmax-of-negated-logits',
    en: 'this is softmax(−z) − oneHot: the softmax was taken of the negated logits (exp(−z_i), or the largest logit subtracted the wrong way round), so the smallest logit gets the largest probability. Use softmax(z) itself, your function from 02.',
    ko: 'softmax(−z) − oneHot입니다. 부호를 바꾼 로짓의 softmax를 구했습니다(exp(−z_i), 또는 가장 큰 로짓을 반대 방향으로 뺀 것). 그래서 가장 작은 로짓이 가장 큰 확률을 받습니다. 02에서 만든 함수로 softmax(z) 그대로를 쓰세요.',
  });
  list.push({
    value: q.map((x, i) => (i === k ? x - 1 : 0)),
    id: 'diagonal-jacobian',
    en: 'only the true class has a gradient; every other entry is 0. Every class needs one: raising a wrong class\'s logit raises the loss, so its entry is q_i. Each probability depends on every logit (∂q_j/∂z_i = −q_j q_i for i ≠ j: a chain rule through the diagonal of softmax\'s Jacobian alone misses them), and all together give q − p.',
    ko: '정답 클래스에만 기울기가 있고 나머지 항목은 모두 0입니다. 모든 클래스에 기울기가 있어야 합니다. 틀린 클래스의 로짓을 올리면 손실이 커지므로 그 항목은 q_i입니다. 각 확률은 모든 로짓에 달려 있어서(i ≠ j이면 ∂q_j/∂z_i = −q_j q_i: softmax 야코비안의 대각선만 거치는 연쇄법칙은 이것을 놓칩니다) 모두 합치면 q − p가 됩니다.',
  });
  list.push({
    value: q.map((x, i) => (x - (i === k ? 1 : 0)) * x * (1 - x)),
    id: 'sigmoid-slope-multiplied',
    en: 'every entry is (q − p) · q(1 − q): a factor q(1 − q), the slope of a sigmoid output, multiplied in. With softmax and cross-entropy together that factor cancels: ∂H/∂z = q − p, nothing more.',
    ko: '모든 항목이 (q − p) · q(1 − q)입니다. 시그모이드 출력의 기울기인 q(1 − q)를 곱했습니다. softmax와 교차 엔트로피를 함께 쓰면 이 인수는 약분됩니다: ∂H/∂z = q − p, 그것뿐입니다.',
  });
  list.push({
    value: q.map((x, i) => x * (1 - x) - (i === k ? 1 : 0)),
    id: 'sigmoid-slope-for-q',
    en: 'every entry is q(1 − q) − p: the slope of a sigmoid, q(1 − q), took the place of q. The gradient is the prediction itself minus the truth: ∂H/∂z = q − p.',
    ko: '모든 항목이 q(1 − q) − p입니다. q 자리에 시그모이드의 기울기 q(1 − q)를 썼습니다. 기울기는 예측 그 자체에서 정답을 뺀 것입니다: ∂H/∂z = q − p.',
  });
  list.push({
    value: q.map((x, i) => Math.log(x) - (i === k ? 1 : 0)),
    id: 'log-of-softmax',
    en: 'this is ln q − oneHot: the log of the probabilities minus the truth. The log belongs to the loss, H = −Σ p ln q; differentiating it through softmax leaves no log at all: ∂H/∂z = q − p.',
    ko: 'ln q − oneHot, 즉 확률의 로그에서 정답을 뺀 값입니다. 로그는 손실 H = −Σ p ln q에 있는 것이고, softmax를 거쳐 미분하면 로그가 전혀 남지 않습니다: ∂H/∂z = q − p.',
  });
  list.push({
    value: q.map((x, i) => (i === k ? -1 / x : 0)),
    id: 'gradient-wrt-probabilities',
    en: 'this is ∂H/∂q, the gradient with respect to the probabilities (−p/q). The logits are one step further back: through softmax, the chain rule turns it into q − p.',
    ko: '확률에 대한 기울기 ∂H/∂q(−p/q)입니다. 로짓은 한 단계 더 뒤에 있습니다. softmax를 거치며 연쇄법칙이 이것을 q − p로 바꿉니다.',
  });
  // Confirmed on the article's input; what only a large logit or a loop slip gives needs no second look.
  return confirm ? list.map((m) => (m.value !== undefined ? { ...m, also: alsoOnArticle(m.id) } : m)) : list;
}

function name(logits: readonly number[], k: number): string {
  return `softmaxCrossEntropyGradient([${logits.map((z) => show(z)).join(', ')}], ${k})`;
}

/** The learner's gradient must equal `expected`; if not, first rule out an unfinished 02 or 03. */
function expectGradient(logits: readonly number[], k: number, expected: readonly number[], tol = 1e-12): void {
  const received = gradient(logits, k);
  if (!within(received, expected, tol)) expectReady([...softmaxReady, ...oneHotReady], yours);
  expect(received).toMatchValue(expected, { name: name(logits, k), tol, mistakes: mistakes(logits, k, expected) });
}

/** The numerical gradient of crossEntropy(oneHot(k), softmax(z)) at `logits`, from the learner's 02, 03, 04 and 08. */
function numericalLossGradient(logits: readonly number[], k: number): number[] {
  return numericalGradient((z) => crossEntropy(oneHot(k, z.length), softmax(z)), logits);
}

function expectMatchesNumerical(logits: readonly number[], k: number): void {
  const received = gradient(logits, k);
  expectReady([...softmaxReady, ...oneHotReady, ...crossEntropyReady, ...numericalGradientReady], {
    en: 'this test compares your gradient with the numerical gradient of crossEntropy(oneHot(k), softmax(z)), which',
    ko: '이 테스트는 기울기를 crossEntropy(oneHot(k), softmax(z))의 수치 미분과 비교하며, 그 계산에',
  });
  const numeric = numericalLossGradient(logits, k);
  expect(received).toMatchValue(numeric, {
    name: t(`${name(logits, k)} against your numerical gradient of the loss`, `손실의 수치 미분과 비교한 ${name(logits, k)}`),
    tol: 1e-7,
    mistakes: mistakes(logits, k, numeric),
  });
}

/** Logits from −10 to 10 (2 to 6 classes) and a class among them. */
const logitsAndClass = fc
  .array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 2, maxLength: 6 })
  .chain((logits) => fc.tuple(fc.constant(logits), fc.integer({ min: 0, max: logits.length - 1 })));

describe('23 softmaxCrossEntropyGradient', () => {
  it(t('all-zero logits, class 0: (−2/3, 1/3, 1/3)', '로짓이 모두 0, 클래스 0: (−2/3, 1/3, 1/3)'), () => {
    expectGradient([0, 0, 0], 0, [-2 / 3, third, third]);
    expectGradient([0, 0, 0], 2, [third, third, -2 / 3]);
    expectGradient([0, 0], 1, [0.5, -0.5]);
  });

  it(t('the article\'s Q = (0.2, 0.7, 0.1), true class the 2nd (index 1): (0.2, −0.3, 0.1)', '글의 Q = (0.2, 0.7, 0.1), 정답이 2번째 클래스(인덱스 1): (0.2, −0.3, 0.1)'), () => {
    // softmax(ln 2, ln 7, 0) = (2, 7, 1) / 10
    expectGradient([Math.log(2), Math.log(7), 0], 1, [0.2, -0.3, 0.1]);
  });

  it(t('the article\'s worse prediction Q = (0.4, 0.4, 0.2) gets a stronger push: (0.4, −0.6, 0.2)', '글의 더 나쁜 예측 Q = (0.4, 0.4, 0.2)는 더 세게 밀립니다: (0.4, −0.6, 0.2)'), () => {
    // softmax(ln 2, ln 2, 0) = (2, 2, 1) / 5
    expectGradient([Math.log(2), Math.log(2), 0], 1, [0.4, -0.6, 0.2]);
  });

  it(t('softmax(1, 2, 3) minus the one-hot of each class, and four classes', 'softmax(1, 2, 3)에서 각 클래스의 원-핫을 뺀 값, 그리고 클래스 넷'), () => {
    expectGradient([1, 2, 3], 0, [-0.9099694268296196, 0.24472847105479764, 0.6652409557748219]);
    expectGradient([1, 2, 3], 2, [0.09003057317038046, 0.24472847105479764, -0.3347590442251781]);
    expectGradient([0.5, -1, 2, 0], 3, [0.15844470951497971, 0.03535379340874887, 0.7100999228861742, -0.9038984258099028]);
  });

  it(t('one class only: softmax is (1), so the gradient is (0)', '클래스가 하나뿐이면 softmax가 (1)이므로 기울기는 (0)'), () => {
    expectGradient([5], 0, [0]);
  });

  it(t('stays finite for huge logits: (1000, 1001, 1002) gives the same as (1, 2, 3)', '아주 큰 로짓에서도 유한합니다: (1000, 1001, 1002)는 (1, 2, 3)과 같습니다'), () => {
    expectGradient([1000, 1001, 1002], 0, [-0.9099694268296196, 0.24472847105479764, 0.6652409557748219]);
    expectGradient([-1000, -1000], 1, [0.5, -0.5]);
  });

  it(t('stays finite where a probability underflows to 0: (0, −800) gives q = (1, 0) in doubles, so class 1 gives (1, −1)', '확률이 0으로 사라지는 곳에서도 유한합니다: (0, −800)은 double에서 q = (1, 0)이므로 클래스 1이면 (1, −1)'), () => {
    expectGradient([0, -800], 1, [1, -1]);
  });

  it(t('agrees with the numerical gradient of crossEntropy(oneHot(k), softmax(z)), from your own 02, 03, 04 and 08', '직접 만든 02, 03, 04, 08로 구한 crossEntropy(oneHot(k), softmax(z))의 수치 미분과 같습니다'), () => {
    expectMatchesNumerical([0, 0, 0], 0);
    expectMatchesNumerical([Math.log(2), Math.log(7), 0], 1);
    expectMatchesNumerical([0.5, -1, 2, 0], 3);
    fc.assert(fc.property(logitsAndClass, ([logits, k]) => expectMatchesNumerical(logits, k)), { numRuns: 40 });
  });

  it(t('entries sum to 0, and only the true class\'s entry is negative (property)', '항목의 합은 0이고, 정답 클래스의 항목만 음수입니다 (속성 기반 테스트)'), () => {
    fc.assert(
      fc.property(logitsAndClass, ([logits, k]) => {
        const g = gradient(logits, k);
        expectFiniteVector(g, logits.length, name(logits, k));
        const sum = g.reduce((a, b) => a + b, 0);
        expect(Math.abs(sum) <= 1e-12, t(
          `the entries of ${name(logits, k)} = ${show(g)} add up to ${show(sum)}, not 0: softmax sums to 1 and so does the one-hot vector`,
          `${name(logits, k)} = ${show(g)}의 항목 합이 0이 아니라 ${show(sum)}입니다. softmax의 합도 1이고 원-핫 벡터의 합도 1입니다`,
        ) + (sum > 0.5 ? t(' (did you subtract the one-hot vector?)', ' (원-핫 벡터를 뺐나요?)') : '')).toBe(true);
        g.forEach((x, i) => {
          const ok = i === k ? x < 0 : x > 0;
          expect(ok, t(
            `${name(logits, k)} = ${show(g)}: entry ${i} is ${show(x)}; only the true class (${k}) may be negative, because q_k − 1 < 0 and q_i − 0 > 0 for the others${i === k ? ' (a positive true-class entry means the sign is flipped: softmax − oneHot, not oneHot − softmax)' : ''}`,
            `${name(logits, k)} = ${show(g)}: ${i}번 항목이 ${show(x)}입니다. q_k − 1 < 0 이고 나머지는 q_i − 0 > 0 이므로 정답 클래스(${k})만 음수여야 합니다${i === k ? ' (정답 항목이 양수라면 부호가 반대입니다: oneHot − softmax가 아니라 softmax − oneHot)' : ''}`,
          )).toBe(true);
        });
      }),
    );
  });

  it(t('classes are counted from 0: every class from 0 to n − 1 is accepted', '클래스는 0부터 셉니다: 0부터 n − 1까지 모든 클래스를 받습니다'), () => {
    const expected = [
      [-2 / 3, third, third],
      [third, -2 / 3, third],
      [third, third, -2 / 3],
    ];
    for (let k = 0; k < 3; k++) {
      let received: number[];
      try {
        received = gradient([0, 0, 0], k);
      } catch (error) {
        if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
        // Counting from 1 is named only when it is what the classes show: class 0 throws, 1 and 2 do not.
        if (k !== 0 || !rejectsOnlyClassZero()) throw error;
        expect.fail(t(
          `${name([0, 0, 0], k)} threw ${error.name}: ${error.message}. With 3 classes the indices are 0, 1 and 2 (0-based), so ${k} is valid; counting classes from 1 (classIndex − 1, or rejecting 0) is the mistake.`,
          `${josa(name([0, 0, 0], k), '이/가')} 오류를 던졌습니다(${error.name}: ${error.message}). 클래스가 3개면 인덱스는 0, 1, 2(0부터)이므로 ${josa(k, '은/는')} 올바른 값입니다. 클래스를 1부터 세는 것(classIndex − 1, 또는 0을 거부하기)이 실수입니다.`,
        ));
      }
      expect(received).toMatchValue(expected[k]!, { name: name([0, 0, 0], k), tol: 1e-12, mistakes: mistakes([0, 0, 0], k, expected[k]!) });
    }
  });

  it(t('returns a new array and does not change its input', '새 배열을 반환하고 입력을 바꾸지 않습니다'), () => {
    expectUnchanged([[3, 1, 2], 1] as const, ['logits', 'classIndex'], (logits, k) => gradient(logits, k), shaped('softmaxCrossEntropyGradient([3, 1, 2], 1)', [0, 0, 0]));
    const logits = [0.5, 0.5];
    expect(gradient(logits, 0) !== (logits as unknown), t('softmaxCrossEntropyGradient returned the array it was given', 'softmaxCrossEntropyGradient가 받은 배열을 그대로 반환했습니다')).toBe(true);
  });

  it(t('rejects empty or non-finite logits and a class index out of range', '빈 로짓, 유한하지 않은 로짓, 범위 밖의 클래스 인덱스를 거부합니다'), () => {
    expectRejects(() => gradient([], 0), ['logits', 'classIndex'], t('an empty logits array (class 0 does not exist either)', '빈 logits 배열 (클래스 0도 없음)'));
    expectRejects(() => gradient([1, Number.NaN], 0), 'logits', t('NaN in logits', 'logits 안의 NaN'));
    expectRejects(() => gradient([1, Infinity], 0), 'logits', t('Infinity in logits', 'logits 안의 Infinity'));
    expectRejects(() => gradient([0, 0, 0], 3), 'classIndex', t('classIndex = 3 with 3 classes', '클래스 3개에 classIndex = 3'));
    expectRejects(() => gradient([0, 0, 0], -1), 'classIndex', t('classIndex = −1', 'classIndex = −1'));
    expectRejects(() => gradient([0, 0, 0], 1.5), 'classIndex', t('classIndex = 1.5', 'classIndex = 1.5'));
    expectRejects(() => gradient([0, 0, 0], Number.NaN), 'classIndex', t('classIndex = NaN', 'classIndex = NaN'));
  });
});
