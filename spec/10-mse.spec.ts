// 10 mse — the article's error E_total = Σ ½(t − o)² and its derivative o − t ([역전파 계산]).
// Expected values: the article's outputs o1, o2 from 60-digit decimals (spec/support/network.ts);
// the small examples worked out by hand. The wrong answers a mistake gives are derived from the right ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mse, msePrime } from '@kata/10-mse/mse';
import { fivePointDerivative, expectRejects, expectShape, expectUnchanged, near, shaped, t, type Mistake } from './support';
import { article } from './support/network';

const step = t('Backpropagation, worked out [역전파 계산]: the error', '[역전파 계산] 오차 계산');
const [o1, o2] = article.pass().a[2]! as [number, number];
const [t1, t2] = article.target() as [number, number];

/** The values the usual slips give, from the right value E of n outputs (and, given them, from the target and output). */
function mseMistakes(e: number, n: number, io?: { target: readonly number[]; output: readonly number[] }): Mistake[] {
  return [
    ...(io ? codeSlips(io.target, io.output) : []),
    {
      value: 2 * e,
      // With one output the textbook mean gives this too: three outputs tell them apart.
      ...(n === 1 ? { also: () => !onThree((e3) => (2 * e3) / 3) } : {}),
      id: 'no-half',
      en: 'twice too large: the article puts ½ in front of every square, E = Σ ½(t − o)².',
      ko: '두 배 큽니다. 글은 제곱마다 앞에 ½을 곱합니다: E = Σ ½(t − o)².',
    },
    ...(io
      ? [
          {
            value: io.target.reduce((sum, tk, k) => sum + 0.5 * Math.abs(tk - io.output[k]!), 0),
            id: 'no-square',
            en: 'the errors were not squared: Σ ½|t − o| is half the absolute error. E = Σ ½(t − o)², each error squared: (t − o) ** 2.',
            ko: '오차를 제곱하지 않았습니다. Σ ½|t − o|는 절대 오차의 절반입니다. E = Σ ½(t − o)², 오차마다 제곱합니다: (t − o) ** 2.',
          },
        ]
      : []),
    ...(io && n > 1
      ? [
          {
            value: 0.5 * io.target.reduce((sum, tk, k) => sum + tk - io.output[k]!, 0) ** 2,
            id: 'square-of-sum',
            en: 'the errors were added up first and the sum squared, ½(Σ(t − o))²: errors of opposite signs cancel there. Square each error on its own, then add: E = Σ ½(t − o)².',
            ko: '오차를 먼저 더한 뒤 그 합을 제곱했습니다: ½(Σ(t − o))². 이렇게 하면 부호가 다른 오차끼리 상쇄됩니다. 오차를 하나씩 제곱한 뒤 더하세요: E = Σ ½(t − o)².',
          },
        ]
      : []),
    {
      value: e / 2,
      also: () => onThree((e3) => e3 / 2),
      id: 'half-twice',
      en: 'half the right value: the ½ is applied twice (½ in every term and the total halved again, say). E = Σ ½(t − o)², one ½.',
      ko: '맞는 값의 절반입니다. ½을 두 번 곱했습니다 (예를 들어 항마다 ½을 곱하고 합을 다시 반으로). E = Σ ½(t − o)², ½은 한 번입니다.',
    },
    {
      when: (r) => Number.isNaN(r),
      id: 'nan-from-finite',
      symptom: true,
      en: 'NaN from finite targets and outputs: usually an index outside the arrays (a loop to k <= length reads undefined, and a number minus undefined is NaN), or a field read under a name it does not have.',
      ko: '유한한 목표와 출력에서 NaN이 나왔습니다. 보통 배열 밖의 인덱스입니다 (k <= length까지 도는 반복문은 undefined를 읽고, 숫자에서 undefined를 빼면 NaN입니다). 아니면 없는 이름으로 읽은 값입니다.',
    },
    ...(n > 1
      ? [
          {
            value: e / n,
            also: () => onThree((e3) => e3 / 3),
            id: 'divides-by-n',
            en: `you divided by the number of outputs (${n}): the article's E_total is a sum over the outputs, E_o1 + E_o2 + …, not a mean.`,
            ko: `출력 수(${n})로 나눴습니다. 글의 E_total은 출력에 대한 합 E_o1 + E_o2 + … 이지 평균이 아닙니다.`,
          },
        ]
      : []),
    ...(n !== 2
      ? [
          {
            value: (2 * e) / n,
            ...(n === 1 ? { also: () => onThree((e3) => (2 * e3) / 3) } : {}),
            id: 'textbook-mse',
            en: 'this is the textbook mean squared error (1/n)·Σ(t − o)². The article\'s E_total is Σ ½(t − o)²: a ½ in front and a plain sum. (With two outputs the two happen to agree.)',
            ko: '교과서의 평균 제곱 오차 (1/n)·Σ(t − o)² 입니다. 글의 E_total은 Σ ½(t − o)²로, ½을 곱하고 그냥 더합니다. (출력이 두 개면 둘이 우연히 같습니다.)',
          },
        ]
      : []),
  ];
}

/** Where ½ twice and a division by n part (with two outputs they agree): your mse on three outputs, E = 0.145 there. */
function onThree(slip: (e: number) => number): boolean {
  try {
    return Math.abs(mse([1, 0, 0.5], [0.8, 0.3, 0.9]) - slip(0.145)) <= 1e-12;
  } catch {
    return false;
  }
}

/** Two slips of JavaScript itself, each worked out on this target and output. */
function codeSlips(target: readonly number[], output: readonly number[]): Mistake[] {
  // A reduce without its start, on three outputs where every way of starting gives its own value: with one output
  // its value may be 0 or the first entry, which other slips (a loop that skips the last output) give too.
  const onThreeIs = (value: number) => {
    try {
      return Math.abs(mse([1, 0, 0.5], [0.8, 0.3, 0.9]) - value) <= 1e-12;
    } catch {
      return false;
    }
  };
  const onThree = (j: number) => onThreeIs(withoutStart([1, 0, 0.5], [0.8, 0.3, 0.9])[j]!);
  return [
    ...[0.5, 1].map((half) => ({
      value: target.reduce((sum, tk, k) => sum + half * ((tk - output[k]!) ^ 2), 0), // the slip: `^` where `**` belongs
      id: 'xor-not-power',
      en: '`^` is not a power in JavaScript: it is bitwise XOR, which turns (t − o) into a whole number first. Square with `** 2` or `d * d`: E = Σ ½(t − o) ** 2.',
      ko: '자바스크립트에서 `^`는 거듭제곱이 아니라 비트 XOR이고, (t − o)를 먼저 정수로 바꿉니다. 제곱은 `** 2`나 `d * d`로 쓰세요: E = Σ ½(t − o) ** 2.',
    })),
    ...(['last', 'first'] as const).map((which) => ({
      value: skipping(target, output, which),
      also: () => onThreeIs(skipping([1, 0, 0.5], [0.8, 0.3, 0.9], which)),
      id: `${which}-output-skipped`,
      en: `the ${which} output is left out of the sum: the loop ${which === 'last' ? 'stops one early (k < target.length − 1)' : 'starts at 1'}. Sum over every output: for (let k = 0; k < target.length; k++).`,
      ko: `${which === 'last' ? '마지막' : '첫'} 출력이 합에서 빠졌습니다. 반복문이 ${which === 'last' ? '하나 일찍 멈춥니다 (k < target.length − 1)' : '1에서 시작합니다'}. 모든 출력을 더하세요: for (let k = 0; k < target.length; k++).`,
    })),
    ...withoutStart(target, output).map((value, j) => ({
      value,
      also: () => onThree(j),
      id: 'reduce-without-start',
      en: 'the sum starts from the first entry itself, not from 0: a `reduce` without its start value uses the first element as the running sum and squares only the rest. Give it the start: `.reduce((sum, …) => …, 0)`.',
      ko: '합이 0이 아니라 첫 항목 자체에서 시작했습니다. 시작값이 없는 `reduce`는 첫 원소를 누적값으로 쓰고 나머지만 제곱합니다. 시작값을 주세요: `.reduce((sum, …) => …, 0)`.',
    })),
  ];
}

/** E with the last or the first output left out of the sum. */
function skipping(target: readonly number[], output: readonly number[], which: 'last' | 'first'): number {
  const kept = which === 'last' ? target.slice(0, -1).map((_, k) => k) : target.slice(1).map((_, k) => k + 1);
  return kept.reduce((sum, k) => sum + 0.5 * (target[k]! - output[k]!) ** 2, 0);
}

/** What a reduce without its start value gives: the first entry as it comes (t, o, t − o or o − t), then the rest summed. */
function withoutStart(target: readonly number[], output: readonly number[]): number[] {
  const rest = target.slice(1).reduce((sum, tk, k) => sum + 0.5 * (tk - output[k + 1]!) ** 2, 0);
  return [target[0]!, output[0]!, target[0]! - output[0]!, output[0]! - target[0]!].map((first) => first + rest);
}

/** With two outputs ½ and 1/n agree: does your msePrime on three outputs give `slip` of the right o − t? */
function probe(slip: (d: number) => number): boolean {
  try {
    return near(msePrime([1, 0, 0.5], [0.8, 0.3, 0.9]), [-0.2, 0.3, 0.4].map(slip), 1e-9);
  } catch {
    return false;
  }
}

/** The values the usual slips give, from the right derivative o − t of n outputs (and, given them, the outputs o). */
function primeMistakes(right: readonly number[], output?: readonly number[]): Mistake[] {
  const n = right.length;
  return [
    ...(output
      ? [
          {
            value: right.map((d, k) => d * output[k]! * (1 - output[k]!)),
            also: () => near(msePrime([1, 0, 0.5], [0.8, 0.3, 0.9]), [-0.2 * 0.8 * 0.2, 0.3 * 0.3 * 0.7, 0.4 * 0.9 * 0.1], 1e-9),
            id: 'sigma-prime-multiplied-in',
            en: 'σ′ was multiplied in: (o − t) · o(1 − o) goes one link of the chain too far. msePrime is ∂E/∂o = o − t alone; ∂o/∂z = o(1 − o) comes in the output layer (11).',
            ko: 'σ′를 곱했습니다. (o − t) · o(1 − o)는 연쇄법칙의 고리 하나를 더 간 것입니다. msePrime은 ∂E/∂o = o − t 뿐입니다. ∂o/∂z = o(1 − o)는 출력층(11)에서 곱합니다.',
          },
        ]
      : []),
    {
      value: right.map((d) => -d),
      id: 'sign-flipped',
      en: 'the sign is flipped: ∂E/∂o = −(t − o) = o − t. The minus comes from the inner derivative of (t − o) with respect to o. (Also check the order of the arguments: target first, then output.)',
      ko: '부호가 반대입니다. ∂E/∂o = −(t − o) = o − t 입니다. 마이너스는 (t − o)를 o로 미분한 안쪽 미분에서 나옵니다. (인자 순서도 확인하세요: target이 먼저, 그다음 output.)',
    },
    {
      value: right.map((d) => 2 * d),
      id: 'derivative-twice-too-large',
      en: 'twice too large: the 2 that comes down from the square cancels the ½ in E, so ∂E/∂o = o − t.',
      ko: '두 배 큽니다. 제곱에서 내려온 2가 E의 ½과 약분되므로 ∂E/∂o = o − t 입니다.',
    },
    {
        value: right.map((d) => d / 2),
      also: () => probe((d) => d / 2),
      id: 'derivative-halved',
      en: 'half the right value: the ½ of E stays in front, ½(o − t), but the 2 that comes down from the square cancels it, so ∂E/∂o = o − t.',
      ko: '맞는 값의 절반입니다. E의 ½이 그대로 남아 ½(o − t)가 됐지만, 제곱에서 내려온 2가 그것과 약분되므로 ∂E/∂o = o − t 입니다.',
    },
    ...(n > 1
      ? [
          {
            value: right.map((d) => d / n),
            also: () => probe((d) => d / 3),
            id: 'derivative-divides-by-n',
            en: `you divided by the number of outputs (${n}): E_total is a sum, so each ∂E/∂o_k is just o_k − t_k.`,
            ko: `출력 수(${n})로 나눴습니다. E_total은 합이므로 각 ∂E/∂o_k는 그냥 o_k − t_k 입니다.`,
          },
        ]
      : []),
    ...(n > 2
      ? [
          {
            value: right.map((d) => (2 * d) / n),
            id: 'textbook-mse-derivative',
            en: 'this is the derivative of the textbook mean squared error (2/n)·(o − t). The article\'s E_total = Σ ½(t − o)² gives ∂E/∂o_k = o_k − t_k.',
            ko: '교과서 평균 제곱 오차의 도함수 (2/n)·(o − t) 입니다. 글의 E_total = Σ ½(t − o)²에서는 ∂E/∂o_k = o_k − t_k 입니다.',
          },
        ]
      : []),
  ];
}

function expectMse(target: number[], output: number[], expected: number): void {
  expect(mse(target, output)).toMatchValue(expected, { name: `mse([${target}], [${output}])`, tol: 1e-12, mistakes: mseMistakes(expected, target.length, { target, output }) });
}

function expectMsePrime(target: number[], output: number[], expected: number[]): void {
  expect(msePrime(target, output)).toMatchValue(expected, { name: `msePrime([${target}], [${output}])`, tol: 1e-12, mistakes: primeMistakes(expected, output) });
}

describe('10 mse and msePrime', () => {
  it(t('the article: E_o1 = 0.02193381, E_o2 = 0.00203809, E_total = 0.02397190', '글의 예: E_o1 = 0.02193381, E_o2 = 0.00203809, E_total = 0.02397190'), () => {
    expect(mse([t1], [o1])).toMatchArticle('0.02193381', { name: 'E_o1 = ½(0.4 − o1)²', step, mistakes: mseMistakes(0.02193381450453867, 1, { target: [t1], output: [o1] }) });
    expect(mse([t2], [o2])).toMatchArticle('0.00203809', { name: 'E_o2 = ½(0.6 − o2)²', step, mistakes: mseMistakes(0.002038086247191358, 1, { target: [t2], output: [o2] }) });
    expect(mse([t1, t2], [o1, o2])).toMatchArticle('0.02397190', { name: 'E_total = E_o1 + E_o2', step, mistakes: mseMistakes(article.loss, 2, { target: [t1, t2], output: [o1, o2] }) });
  });

  it(t('the article: ∂E_total/∂o1 = −(0.4 − 0.60944600) = 0.20944600', '글의 예: ∂E_total/∂o1 = −(0.4 − 0.60944600) = 0.20944600'), () => {
    const right = [0.2094460049966992, 0.0638449096982894];
    const gradient = msePrime([t1, t2], [o1, o2]);
    expectShape(gradient, right, 'msePrime([0.4, 0.6], [o1, o2])', primeMistakes(right));
    expect(gradient[0]).toMatchArticle('0.20944600', { name: '∂E_total/∂o1', step: t('backprop step 1, 역전파 1단계', '역전파 1단계'), mistakes: primeMistakes(right, [o1, o2]).map((m) => ({ ...m, value: (m.value as number[])[0]! })) });
    expect(gradient).toMatchValue(right, { name: 'msePrime([0.4, 0.6], [o1, o2])', tol: 1e-12, mistakes: primeMistakes(right, [o1, o2]) });
  });

  it(t('three outputs: a sum with ½, not a mean (this is where it differs from the textbook MSE)', '출력 세 개: 평균이 아니라 ½을 곱한 합 (여기서 교과서의 MSE와 달라집니다)'), () => {
    expectMse([1, 0, 0.5], [0.8, 0.3, 0.5], 0.065);
    expectMsePrime([1, 0, 0.5], [0.8, 0.3, 0.5], [-0.2, 0.3, 0]);
  });

  it(t('no error when the output is the target; the derivative is 0 there', '출력이 목표와 같으면 오차가 없고 도함수도 0'), () => {
    expectMse([0.5], [0.5], 0);
    expectMsePrime([0.5, -1], [0.5, -1], [0, 0]);
  });

  it(t('msePrime is the numerical slope of your mse in every output (property)', 'msePrime은 직접 만든 mse의 출력별 수치 기울기와 같습니다 (속성 기반 테스트)'), () => {
    // Two decimals: a failing case shrinks to a readable one (0.01), not to a denormal.
    const value = fc.integer({ min: -200, max: 200 }).map((i) => i / 100);
    const pairs = fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(fc.array(value, { minLength: n, maxLength: n }), fc.array(value, { minLength: n, maxLength: n })));
    fc.assert(
      fc.property(pairs, ([target, output]) => {
        // Your mse first: if it is not Σ ½(t − o)² here, its slope cannot tell whether msePrime is right.
        // Relative to E itself (E is tiny near the target, where an absolute tolerance would let anything pass).
        const own = target.reduce((sum, tk, k) => sum + 0.5 * (tk - output[k]!) ** 2, 0);
        const yours = mse(target, output);
        if (!(Math.abs(yours - own) <= 1e-9 * Math.abs(own))) {
          expect(yours).toMatchValue(own, {
            name: `mse([${target}], [${output}]) [${t('checked first: msePrime is compared with its slope', '먼저 확인합니다: msePrime을 이 값의 기울기와 비교하므로')}]`,
            tol: 0,
            mistakes: mseMistakes(own, target.length, { target, output }),
          });
        }
        const slopes = output.map((_, k) => fivePointDerivative((v) => mse(target, output.map((o, i) => (i === k ? v : o))), output[k]!));
        expect(msePrime(target, output)).toMatchValue(slopes, {
          name: `msePrime([${target}], [${output}]) [${t('the numerical slope of your mse', '직접 만든 mse의 수치 기울기')}]`,
          tol: 1e-8,
          mistakes: [
            ...primeMistakes(output.map((o, k) => o - target[k]!), output),
            {
              // Right here, so the slope of your mse is what differs (an mse right at this point can still have another slope).
              when: (r) => near(r, output.map((o, k) => o - target[k]!), 1e-12),
              id: 'mse-slope-differs',
              symptom: true,
              en: 'your msePrime gives o − t here, which is right: it is the numerical slope of your mse that differs. Check mse: each error squared on its own, then added, Σ ½(t − o)².',
              ko: 'msePrime은 여기서 맞는 값 o − t를 줍니다. 다른 것은 직접 만든 mse의 수치 기울기입니다. mse를 확인하세요: 오차를 하나씩 제곱한 뒤 더합니다, Σ ½(t − o)².',
            },
          ],
        });
      }),
    );
  });

  it(t('does not change its inputs', '입력을 바꾸지 않습니다'), () => {
    expectUnchanged([[0.4, 0.6], [o1, o2]] as const, ['target', 'output'], (target, output) => mse(target, output), shaped('mse(target, output)', 0));
    expectUnchanged([[0.4, 0.6], [o1, o2]] as const, ['target', 'output'], (target, output) => msePrime(target, output), shaped('msePrime(target, output)', [0, 0]));
  });

  it(t('rejects empty or mismatched arrays and entries that are not finite', '빈 배열, 길이가 다른 배열, 유한하지 않은 항목을 거부합니다'), () => {
    expectRejects(() => mse([], []), ['target', 'output'], t('empty arrays', '빈 배열'));
    expectRejects(() => mse([0.4, 0.6], [0.5]), 'output', t('one output for two targets', '목표 두 개에 출력 하나'), 'RangeError');
    expectRejects(() => mse([0.4, Number.NaN], [0.5, 0.5]), 'target', t('NaN in target', 'target 안의 NaN'));
    expectRejects(() => msePrime([0.4], [Infinity]), 'output', t('Infinity in output', 'output 안의 Infinity'));
    expectRejects(() => msePrime([0.4, 0.6, 0.1], [0.5, 0.5]), 'output', t('two outputs for three targets', '목표 세 개에 출력 두 개'), 'RangeError');
  });
});
