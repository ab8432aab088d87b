// 08 numerical gradient — central differences and the relative error of a gradient check ([미분의 연쇄법칙]).
// Expected values: derivatives worked out by hand (e, 1/2, −0.64, 12.01 = (2.1³ − 1.9³)/0.2 …), written as literals.
// The wrong answers a mistake gives are computed here from the same f, to recognise them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numericalDerivative, numericalGradient, relativeError } from '@kata/08-numerical-gradient/numerical-gradient';
import { expectRejects, expectRelative, expectUnchanged, josa, shaped, t, type Mistake } from './support';

const E = 2.718281828459045;

/** What the usual slips give for f′(x) with step h. */
function derivativeMistakes(f: (x: number) => number, x: number, h = 1e-5, given = h): Mistake[] {
  return [
    {
      value: (f(x + h) - f(x)) / h,
      id: 'forward-difference',
      en: 'this is the one-sided difference (f(x + h) − f(x)) / h: its error shrinks only like h. Use the central difference (f(x + h) − f(x − h)) / 2h, whose error shrinks like h².',
      ko: '전진 차분 (f(x + h) − f(x)) / h 입니다. 오차가 h에 비례해서만 줄어듭니다. 오차가 h²에 비례해 줄어드는 중앙 차분 (f(x + h) − f(x − h)) / 2h를 쓰세요.',
    },
    {
      value: (f(x) - f(x - h)) / h,
      id: 'backward-difference',
      en: 'this is the one-sided (backward) difference (f(x) − f(x − h)) / h. Use the central difference (f(x + h) − f(x − h)) / 2h.',
      ko: '한쪽(뒤쪽) 차분 (f(x) − f(x − h)) / h 입니다. 중앙 차분 (f(x + h) − f(x − h)) / 2h를 쓰세요.',
    },
    {
      value: (f(x + h) - f(x - h)) / h,
      id: 'divides-by-h',
      en: 'twice the slope: x + h and x − h are 2h apart, so divide the difference by 2h, not by h.',
      ko: '기울기의 두 배입니다. x + h와 x − h는 2h만큼 떨어져 있으니 차이를 h가 아니라 2h로 나누세요.',
    },
    {
      value: (f(x + h / 2) - f(x - h / 2)) / h,
      id: 'half-steps',
      en: 'this is (f(x + h/2) − f(x − h/2)) / h: a central difference over half steps, h apart in all. This exercise nudges by the whole h each way: (f(x + h) − f(x − h)) / 2h.',
      ko: '(f(x + h/2) − f(x − h/2)) / h 입니다. 반걸음씩 양쪽으로 가서 모두 h만큼 떨어진 중앙 차분입니다. 이 연습은 양쪽으로 h만큼 움직입니다: (f(x + h) − f(x − h)) / 2h.',
    },
    {
      value: (f(x - 2 * h) - 8 * f(x - h) + 8 * f(x + h) - f(x + 2 * h)) / (12 * h),
      id: 'five-point-stencil',
      en: 'this is the five-point stencil (f(x − 2h) − 8f(x − h) + 8f(x + h) − f(x + 2h)) / 12h — more accurate, but not what this exercise asks for (the specs of 06 and 10 use it for their own checks). Write the central difference (f(x + h) − f(x − h)) / 2h.',
      ko: '5점 공식 (f(x − 2h) − 8f(x − h) + 8f(x + h) − f(x + 2h)) / 12h 입니다. 더 정확하지만 이 연습이 요구하는 것이 아닙니다(06과 10의 스펙이 자체 검사에 씁니다). 중앙 차분 (f(x + h) − f(x − h)) / 2h를 쓰세요.',
    },
    {
      value: ((f(x + h) - f(x - h)) / 2) * h,
      id: 'divides-then-multiplies-by-h',
      en: '`/ 2 * h` divides by 2 and then multiplies by h: JavaScript reads a / 2 * h as (a / 2) · h, so your slope is h² times too small. Put the denominator in parentheses: / (2 * h).',
      ko: '`/ 2 * h`는 2로 나눈 다음 h를 곱합니다. 자바스크립트는 a / 2 * h를 (a / 2) · h로 읽으므로 기울기가 h²배 작아집니다. 분모를 괄호로 묶으세요: / (2 * h).',
    },
    ...(given !== 1e-5
      ? [
          {
            value: (f(x + 1e-5) - f(x - 1e-5)) / 2e-5,
            id: 'ignores-h',
            en: `you ignored the h you were given (${given}) and used 1e-5. Use the parameter h; 1e-5 is only its default.`,
            ko: `전달받은 h(${given})를 무시하고 1e-5를 썼습니다. 매개변수 h를 쓰세요. 1e-5는 기본값일 뿐입니다.`,
          },
        ]
      : []),
  ];
}

function expectDerivative(f: (x: number) => number, label: string, x: number, h: number | undefined, expected: number): void {
  const received = h === undefined ? numericalDerivative(f, x) : numericalDerivative(f, x, h);
  expect(received).toMatchValue(expected, {
    name: `numericalDerivative(${label}, ${x}${h === undefined ? '' : `, ${h}`})`,
    tol: 1e-9,
    mistakes: derivativeMistakes(f, x, h ?? 1e-5, h ?? 1e-5),
  });
}

/** What the usual slips give for the gradient of f at xs with step h. */
function gradientMistakes(f: (xs: readonly number[]) => number, xs: readonly number[], h = 1e-5): Mistake[] {
  const moved = (i: number, d: number) => xs.map((x, k) => (k === i ? x + d : x));
  const all = (d: number) => xs.map((x) => x + d);
  return [
    {
      value: xs.map((_, i) => (f(moved(i, h)) - f(xs)) / h),
      id: 'forward-difference-vector',
      en: 'this is the one-sided difference (f(x + h) − f(x)) / h in each coordinate. Use the central difference: nudge xs[i] by +h and by −h and divide by 2h.',
      ko: '좌표마다 전진 차분 (f(x + h) − f(x)) / h를 썼습니다. 중앙 차분을 쓰세요. xs[i]를 +h, −h만큼 움직이고 2h로 나눕니다.',
    },
    {
      value: xs.map((_, i) => (f(moved(i, h)) - f(xs)) / (2 * h)),
      id: 'minus-h-undoes-plus-h',
      en: 'half the one-sided difference, (f(x + h) − f(x)) / 2h: the second point is x itself, not x − h (a −h applied to the copy already moved by +h brings it back there too). Use f(x + h) and f(x − h), from two copies.',
      ko: '전진 차분의 절반, (f(x + h) − f(x)) / 2h 입니다. 두 번째 점이 x − h가 아니라 x 자체입니다 (+h만큼 움직인 복사본에 −h를 적용해도 그 자리로 돌아옵니다). 복사본 두 개로 f(x + h)와 f(x − h)를 쓰세요.',
    },
    {
      value: xs.map(() => 0),
      id: 'same-point-twice',
      en: 'every entry is 0: f was evaluated twice at the same point, so the difference is 0. The two points are xs[i] + h and xs[i] − h, in two arrays: a line copied from the one above keeps its + h, and `const minus = plus` names the same array twice (copy it: [...xs]).',
      ko: '모든 항목이 0입니다. f를 같은 점에서 두 번 계산해서 차이가 0입니다. 두 점은 서로 다른 배열의 xs[i] + h와 xs[i] − h입니다. 윗줄을 복사하면 + h가 그대로 남고, `const minus = plus`는 같은 배열에 이름만 둘 붙입니다 (복사하세요: [...xs]).',
    },
    {
      value: xs.map(() => (f(all(h)) - f(all(-h))) / (2 * h)),
      id: 'nudges-all-coordinates',
      en: 'every entry is the same: you nudged all coordinates at once. For entry i, move only xs[i] and keep every other coordinate where it is.',
      ko: '모든 항목이 같습니다. 모든 좌표를 한꺼번에 움직였습니다. i번째 항목은 xs[i]만 움직이고 나머지 좌표는 그대로 두세요.',
    },
    {
      value: xs.map((_, i) => ((f(moved(i, h)) - f(moved(i, -h))) / 2) * h),
      id: 'divides-then-multiplies-by-h',
      en: '`/ 2 * h` divides by 2 and then multiplies by h: JavaScript reads a / 2 * h as (a / 2) · h, so every entry is h² times too small. Put the denominator in parentheses: / (2 * h).',
      ko: '`/ 2 * h`는 2로 나눈 다음 h를 곱합니다. 자바스크립트는 a / 2 * h를 (a / 2) · h로 읽으므로 모든 항목이 h²배 작아집니다. 분모를 괄호로 묶으세요: / (2 * h).',
    },
    {
      value: copiesMadeOnce(f, xs, h),
      id: 'copies-made-once',
      en: 'only the first entry is right: the nudged copies were made once, before the loop, so when you move xs[i] the earlier coordinates are still moved too. Make fresh copies of xs for every i.',
      ko: '첫 항목만 맞습니다. 움직인 복사본을 반복문 전에 한 번만 만들어서, xs[i]를 움직일 때 앞 좌표들도 여전히 움직인 채로 남아 있습니다. i마다 xs의 새 복사본을 만드세요.',
    },
    ...(['+h last', '−h last'] as const).map((order) => ({
      value: nudgedInPlace(f, xs, h, order === '+h last' ? 1 : -1),
      id: 'nudges-xs-in-place',
      // Only when your numericalGradient really leaves the caller's xs moved.
      also: () => {
        const probe = [1, 2];
        numericalGradient(([a, b]) => a! * b!, probe);
        return probe[0] !== 1 || probe[1] !== 2;
      },
      en: `xs itself was nudged and never put back: after entry i, xs[i] stays at xs[i] ${order === '+h last' ? '+' : '−'} h, so every later entry is taken at a moved point (and the caller's xs is changed). Nudge a copy, or put xs[i] back before the next i.`,
      ko: `xs 자체를 움직이고 되돌리지 않았습니다. i번째 항목 뒤에 xs[i]가 xs[i] ${order === '+h last' ? '+' : '−'} h에 남아서, 그 뒤의 항목은 모두 움직인 점에서 구해집니다 (호출한 쪽의 xs도 바뀝니다). 복사본을 움직이거나, 다음 i 전에 xs[i]를 되돌리세요.`,
    })),
    ...(xs.length < 2 ? [] : skippedCoordinates(f, xs, h)),
    {
      value: xs.map((_, i) => (f(moved(i, h)) - f(moved(i, -h))) / h),
      id: 'divides-by-h-vector',
      en: 'twice the slope: the two points are 2h apart, so divide by 2h, not by h.',
      ko: '기울기의 두 배입니다. 두 점은 2h만큼 떨어져 있으니 h가 아니라 2h로 나누세요.',
    },
  ];
}

/** A loop that stops one coordinate early or starts at 1: that entry left at 0, or missing. */
function skippedCoordinates(f: (xs: readonly number[]) => number, xs: readonly number[], h: number): Mistake[] {
  const central = (i: number) => (f(xs.map((x, k) => (k === i ? x + h : x))) - f(xs.map((x, k) => (k === i ? x - h : x)))) / (2 * h);
  const right = xs.map((_, i) => central(i));
  return (['last', 'first'] as const).flatMap((end) => {
    const skipped = end === 'last' ? xs.length - 1 : 0;
    const words = {
      id: `${end}-coordinate-skipped`,
      // Confirmed on three coordinates, where "only the first entry" or "only the last entry" part from it.
      also: () => {
        const g = numericalGradient(([a, b, c]) => a! + 2 * b! + 3 * c!, [0, 0, 0]);
        const want = end === 'last' ? [1, 2] : [2, 3];
        const kept = g.length === 3 && g[end === 'last' ? 2 : 0] === 0 ? g.filter((_, i) => i !== (end === 'last' ? 2 : 0)) : g;
        return kept.length === 2 && kept.every((v, i) => Math.abs(v - want[i]!) <= 1e-6);
      },
      en: `the ${end} coordinate was never nudged: your loop ${end === 'last' ? 'stops one coordinate early (i < xs.length − 1)' : 'starts at 1'}, so the ${end} entry is missing or still 0. Loop over every i from 0 to xs.length − 1.`,
      ko: `${end === 'last' ? '마지막' : '첫'} 좌표를 한 번도 움직이지 않았습니다. 반복문이 ${end === 'last' ? '한 좌표 일찍 멈춰서 (i < xs.length − 1)' : '1부터 시작해서'} ${end === 'last' ? '마지막' : '첫'} 항목이 빠졌거나 0으로 남았습니다. i를 0부터 xs.length − 1까지 모두 도세요.`,
    };
    return [
      { ...words, value: right.map((v, i) => (i === skipped ? 0 : v)) },
      { ...words, value: right.filter((_, i) => i !== skipped) },
    ];
  });
}

/** Nudged copies made once before the loop: every earlier coordinate stays moved by +h and −h. */
function copiesMadeOnce(f: (xs: readonly number[]) => number, xs: readonly number[], h: number): number[] {
  const plus = [...xs];
  const minus = [...xs];
  return xs.map((x, i) => {
    plus[i] = x + h;
    minus[i] = x - h;
    return (f(plus) - f(minus)) / (2 * h);
  });
}

/** xs nudged in place, first one way and then the other (`last`: the sign it is left at), and never put back. */
function nudgedInPlace(f: (xs: readonly number[]) => number, xs: readonly number[], h: number, last: 1 | -1): number[] {
  const point = [...xs];
  return xs.map((x, i) => {
    point[i] = x - last * h;
    const first = f(point);
    point[i] = x + last * h;
    return (last * (f(point) - first)) / (2 * h);
  });
}

function expectGradient(f: (xs: readonly number[]) => number, label: string, xs: number[], h: number | undefined, expected: number[]): void {
  // The learner's function gets a copy: if it changes xs, the message still shows the input as it was.
  const given = [...xs];
  const received = h === undefined ? numericalGradient(f, given) : numericalGradient(f, given, h);
  expect(received).toMatchValue(expected, {
    name: `numericalGradient(${label}, [${xs.join(', ')}]${h === undefined ? '' : `, ${h}`})`,
    tol: 1e-9,
    mistakes: gradientMistakes(f, xs, h ?? 1e-5),
  });
}

/** A denominator rule named only when your relativeError follows it on these too, where the rules differ (and in both orders). */
const denominatorProbes: [number, number][] = [
  [1, 3],
  [3, 1],
  [-2, 0.5],
];
function dividesBy(rule: (a: number, b: number) => number): () => boolean {
  return () => denominatorProbes.every(([a, b]) => Math.abs(relativeError(a, b) - Math.abs(a - b) / rule(a, b)) <= 1e-12);
}

function relativeMistakes(a: number, b: number): Mistake[] {
  const d = Math.abs(a - b);
  const list: Mistake[] = [
    {
      when: (r) => Number.isNaN(r),
      id: 'zero-over-zero',
      en: 'NaN comes from 0 / 0: when a and b are both 0 they agree perfectly, so return 0.',
      ko: 'NaN은 0 / 0에서 나옵니다. a와 b가 모두 0이면 완전히 같은 것이니 0을 반환하세요.',
    },
    {
      when: (r) => d > 0 && typeof r === 'number' && r < 0 && [a - b, b - a].some((top) => Math.abs(r - top / Math.max(Math.abs(a), Math.abs(b))) <= 1e-12 * Math.abs(r)),
      id: 'negative-relative-error',
      en: 'a relative error is never negative: take the absolute value |a − b|.',
      ko: '상대 오차는 음수가 될 수 없습니다. 절댓값 |a − b|를 쓰세요.',
    },
    {
      // Only one of the two is 0, and 0 came back: the "both are 0" case was written with || (either one).
      when: (r) => r === 0 && (a === 0) !== (b === 0) && (() => {
        try {
          return relativeError(0, 0.5) === 0 && relativeError(0.5, 0) === 0 && relativeError(0, 0) === 0;
        } catch {
          return false;
        }
      })(),
      id: 'zero-when-either-is-zero',
      en: 'you returned 0 although only one of the two is 0: the special case is for both being 0 (a === 0 && b === 0), where they agree perfectly. With one of them 0 they differ completely: |a − b| / max(|a|, |b|) = 1.',
      ko: '둘 중 하나만 0인데 0을 반환했습니다. 특별한 경우는 둘 다 0일 때(a === 0 && b === 0)이고, 그때 둘은 완전히 같습니다. 하나만 0이면 완전히 다릅니다: |a − b| / max(|a|, |b|) = 1.',
    },
  ];
  // Dividing by |a| + |b| or by the smaller one: only where that quotient exists (0 / 0 is the NaN mistake above).
  if (Math.abs(a) + Math.abs(b) > 0) {
    list.push({
      value: d / (Math.abs(a) + Math.abs(b)),
      also: dividesBy((x, y) => Math.abs(x) + Math.abs(y)),
      id: 'divides-by-sum',
      en: 'you divided by |a| + |b|. This gradient check divides by the larger of the two, max(|a|, |b|).',
      ko: '|a| + |b|로 나눴습니다. 이 기울기 검증은 둘 중 큰 값 max(|a|, |b|)로 나눕니다.',
    });
  }
  if (Math.max(a, b) !== 0 && Math.max(a, b) !== Math.max(Math.abs(a), Math.abs(b))) {
    list.push({
      value: d / Math.max(a, b),
      also: dividesBy((x, y) => Math.max(x, y)),
      id: 'max-without-abs',
      en: 'you divided by max(a, b), which is negative (or too small) when the values are negative, as gradients often are. Divide by the larger size: max(|a|, |b|).',
      ko: 'max(a, b)로 나눴습니다. 값이 음수면(기울기는 자주 음수입니다) 이것이 음수이거나 너무 작습니다. 크기가 큰 쪽으로 나누세요: max(|a|, |b|).',
    });
  }
  if (Math.min(Math.abs(a), Math.abs(b)) > 0) {
    list.push({
      value: d / Math.min(Math.abs(a), Math.abs(b)),
      also: dividesBy((x, y) => Math.min(Math.abs(x), Math.abs(y))),
      id: 'divides-by-smaller',
      en: 'you divided by the smaller of |a| and |b|; divide by the larger, max(|a|, |b|), so that the result does not depend on the order.',
      ko: '|a|와 |b| 중 작은 값으로 나눴습니다. 순서에 상관없는 결과가 되도록 큰 값 max(|a|, |b|)로 나누세요.',
    });
  }
  if (Math.abs(a) + Math.abs(b) > 0) {
    list.push({
      value: d / ((Math.abs(a) + Math.abs(b)) / 2),
      also: dividesBy((x, y) => (Math.abs(x) + Math.abs(y)) / 2),
      id: 'divides-by-mean-size',
      en: 'you divided by the mean size (|a| + |b|) / 2. This gradient check divides by the larger of the two, max(|a|, |b|).',
      ko: '크기의 평균 (|a| + |b|) / 2로 나눴습니다. 이 기울기 검증은 둘 중 큰 값 max(|a|, |b|)로 나눕니다.',
    });
  }
  // The sizes compared, ||a| − |b||: a sign difference vanishes (−2 against 2 gives 0). Confirmed where signs differ.
  if (Math.max(Math.abs(a), Math.abs(b)) > 0 && Math.sign(a) * Math.sign(b) < 0) {
    list.push({
      value: Math.abs(Math.abs(a) - Math.abs(b)) / Math.max(Math.abs(a), Math.abs(b)),
      also: () => relativeError(-2, 1) === 0.5 && relativeError(3, -3) === 0,
      id: 'sizes-compared',
      en: 'you compared the sizes, ||a| − |b||, so values of opposite sign look alike (−2 against 2 gives 0). The difference is |a − b|: a gradient with the wrong sign is as wrong as can be.',
      ko: '크기를 비교했습니다(||a| − |b||). 그래서 부호가 반대인 값이 같아 보입니다 (−2와 2는 0). 차이는 |a − b|입니다. 부호가 틀린 기울기는 가장 크게 틀린 것입니다.',
    });
  }
  for (const [which, rule] of [['b', (_x: number, y: number) => Math.abs(y)], ['a', (x: number) => Math.abs(x)]] as const) {
    const by = rule(a, b);
    if (by > 0)
      list.push({
        value: d / by,
        also: dividesBy(rule),
        id: 'divides-by-one-side',
        en: `you divided by |${which}| alone: then relativeError(a, b) and relativeError(b, a) differ. Divide by the larger of the two, max(|a|, |b|).`,
        ko: `|${which}| 하나로만 나눴습니다. 그러면 relativeError(a, b)와 relativeError(b, a)가 달라집니다. 둘 중 큰 값 max(|a|, |b|)로 나누세요.`,
      });
  }
  return list;
}

function expectRelativeError(a: number, b: number, expected: number): void {
  expect(relativeError(a, b)).toMatchValue(expected, { name: `relativeError(${a}, ${b})`, tol: 1e-12, mistakes: relativeMistakes(a, b) });
}

describe('08 numericalDerivative, numericalGradient and relativeError', () => {
  it(t('the central difference of eˣ at 1 is e to 9 digits — a one-sided difference is off by 5e-6', 'eˣ의 1에서의 중앙 차분은 e와 9자리까지 같습니다 — 전진 차분은 5e-6만큼 틀립니다'), () => {
    expectDerivative(Math.exp, 'Math.exp', 1, undefined, E);
  });

  it(t('other derivatives: ln at 2, 1 / (1 + x²) at 0.5, eˣ at −3', '다른 도함수: 2에서의 ln, 0.5에서의 1 / (1 + x²), −3에서의 eˣ'), () => {
    expectDerivative(Math.log, 'Math.log', 2, undefined, 0.5);
    expectDerivative((x) => 1 / (1 + x * x), 'x => 1 / (1 + x * x)', 0.5, undefined, -0.64);
    expectDerivative(Math.exp, 'Math.exp', -3, undefined, 0.049787068367863944);
    // One function object at two points: each call answers for its own x.
    const square = (x: number) => x * x;
    expect([numericalDerivative(square, 1), numericalDerivative(square, 4)]).toMatchValue([2, 8], { name: t('numericalDerivative with one and the same f (x²) at 1, then at 4', '같은 f(x²) 하나로 1에서, 그다음 4에서 numericalDerivative'), tol: 1e-8 });
  });

  it(t('uses the h it is given: with h = 0.1, eˣ at 0 gives (e^0.1 − e^−0.1) / 0.2 = sinh(0.1) / 0.1 and x³ at 2 gives (2.1³ − 1.9³) / 0.2 = 12.01', '전달받은 h를 씁니다: h = 0.1이면 0에서 eˣ는 (e^0.1 − e^−0.1) / 0.2 = sinh(0.1) / 0.1, 2에서 x³는 (2.1³ − 1.9³) / 0.2 = 12.01'), () => {
    expectDerivative(Math.exp, 'Math.exp', 0, 0.1, 1.0016675001984403);
    expectDerivative((x) => x ** 3, 'x => x ** 3', 2, 0.1, 12.01);
  });

  it(t('any positive h, 1 or more too: with h = 2, x² at 3 gives ((3 + 2)² − (3 − 2)²) / 4 = 6', '양수면 1 이상의 h도 됩니다: h = 2이면 3에서 x²는 ((3 + 2)² − (3 − 2)²) / 4 = 6'), () => {
    expectDerivative((x) => x * x, 'x => x * x', 3, 2, 6);
  });

  it(t('uses h = 1e-5 when none is given: for x³ at 0 the central difference is exactly h² = 1e-10', 'h가 없으면 1e-5를 씁니다: 0에서 x³의 중앙 차분은 정확히 h² = 1e-10'), () => {
    expectRelative(numericalDerivative((x) => x ** 3, 0), 1e-10, 'numericalDerivative(x => x ** 3, 0)', 1e-6);
  });

  it(t('the gradient of x²·y + 3y at (1.5, −2) is (2xy, x² + 3) = (−6, 5.25)', '(1.5, −2)에서 x²·y + 3y의 기울기는 (2xy, x² + 3) = (−6, 5.25)'), () => {
    expectGradient(([x, y]) => x! ** 2 * y! + 3 * y!, '([x, y]) => x ** 2 * y + 3 * y', [1.5, -2], undefined, [-6, 5.25]);
  });

  it(t('more gradients: eˣ + e²ʸ at (1, 0.5), x·y·z at (2, 3, 4), x² at 3', '다른 기울기: (1, 0.5)에서 eˣ + e²ʸ, (2, 3, 4)에서 x·y·z, 3에서 x²'), () => {
    expectGradient(([x, y]) => Math.exp(x!) + Math.exp(2 * y!), '([x, y]) => Math.exp(x) + Math.exp(2 * y)', [1, 0.5], undefined, [E, 2 * E]);
    expectGradient(([x, y, z]) => x! * y! * z!, '([x, y, z]) => x * y * z', [2, 3, 4], undefined, [12, 8, 6]);
    expectGradient(([x]) => x! ** 2, '([x]) => x ** 2', [3], undefined, [6]);
  });

  it(t('the gradient uses the h it is given: x³ + y at (2, 0) with h = 0.1 gives (12.01, 1)', '기울기도 전달받은 h를 씁니다: (2, 0)에서 x³ + y, h = 0.1이면 (12.01, 1)'), () => {
    expectGradient(([x, y]) => x! ** 3 + y!, '([x, y]) => x ** 3 + y', [2, 0], 0.1, [12.01, 1]);
  });

  it(t('moves one coordinate at a time, by +h and by −h', '좌표를 하나씩 +h, −h만큼 움직입니다'), () => {
    const xs = [1.5, -2, 0.25];
    const given = [...xs];
    const seen: number[][] = [];
    let handedXs = false;
    numericalGradient((point) => {
      seen.push([...point]);
      // xs itself is fine to look at (f(xs) as a check, say); not moved in place.
      handedXs ||= point === given && point.some((p, k) => p !== xs[k]);
      return point[0]! * point[1]! - point[2]!;
    }, given);
    expect(seen.length > 0, t('numericalGradient never called f', 'numericalGradient가 f를 한 번도 호출하지 않았습니다')).toBe(true);
    expect(handedXs, t(
      'f was handed xs itself, nudged in place: f may keep the array it gets, so it must never be the caller\'s. Build each nudged point as a copy: const plus = [...xs]; plus[i] += h.',
      'f가 제자리에서 움직인 xs 자체를 받았습니다. f는 받은 배열을 간직할 수 있으므로 호출한 쪽의 배열을 넘기면 안 됩니다. 움직인 점은 복사본으로 만드세요: const plus = [...xs]; plus[i] += h.',
    )).toBe(false);
    for (const point of seen) {
      const moved = point.map((p, k) => Math.abs(p - xs[k]!)).filter((d) => d > 1e-12);
      expect(moved.length === 0 || (moved.length === 1 && Math.abs(moved[0]! - 1e-5) < 1e-9), t(
        `f was called at [${point.join(', ')}], but every call should move exactly one coordinate of [${xs.join(', ')}] by ±h (h = 1e-5)`,
        `f가 [${point.join(', ')}]에서 호출됐습니다. 호출마다 [${xs.join(', ')}]의 좌표 딱 하나만 ±h (h = 1e-5)만큼 움직여야 합니다`,
      )).toBe(true);
    }
    for (const [k, x] of xs.entries()) {
      for (const [sign, word] of [[1, '+h'], [-1, '−h']] as const) {
        const reached = seen.some((point) => Math.abs(point[k]! - (x + sign * 1e-5)) < 1e-9);
        expect(reached, t(
          `f was never called with coordinate ${k} moved by ${word}: the central difference needs both f(… x${k} + h …) and f(… x${k} − h …)`,
          `${josa(`좌표 ${k}`, '을/를')} ${word}만큼 움직여 f를 부른 적이 없습니다. 중앙 차분에는 f(… x${k} + h …)와 f(… x${k} − h …)가 모두 필요합니다`,
        )).toBe(true);
      }
    }
  });

  it(t('does not change xs', 'xs를 바꾸지 않습니다'), () => {
    // One function object at two points: each call answers for its own xs.
    const sum = ([a, b]: readonly number[]) => a! * a! + 3 * b!;
    numericalGradient(sum, [1, 1]);
    expect(numericalGradient(sum, [2, 5])).toMatchValue([4, 3], { name: t('numericalGradient with one and the same f (a² + 3b) at (1, 1), then at (2, 5)', '같은 f(a² + 3b) 하나로 (1, 1)에서, 그다음 (2, 5)에서 numericalGradient'), tol: 1e-8 });

    expectUnchanged([[1.5, -2, 0.25]] as const, ['xs'], (xs) => numericalGradient(([a, b, c]) => a! * b! - c!, xs), shaped('numericalGradient(f, [1.5, -2, 0.25])', [0, 0, 0]));
  });

  it(t('relativeError: |a − b| / max(|a|, |b|)', 'relativeError: |a − b| / max(|a|, |b|)'), () => {
    expectRelativeError(1, 1.5, 0.3333333333333333);
    expectRelativeError(1.5, 1, 0.3333333333333333);
    expectRelativeError(-6, -6.5, 0.07692307692307693);
    expectRelativeError(-2, 2, 2);
    expectRelativeError(3, 3, 0);
    expectRelativeError(0, 0.001, 1);
    expectRelativeError(1e-8, 1.1e-8, 0.09090909090909091);
  });

  it(t('relativeError is 0 when both values are 0', '두 값이 모두 0이면 relativeError는 0'), () => {
    expectRelativeError(0, 0, 0);
  });

  it(t('relativeError is symmetric and between 0 and 2 (property)', 'relativeError는 대칭이고 0과 2 사이 (속성 기반 테스트)'), () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(value, value, (a, b) => {
        const ab = relativeError(a, b);
        expect(ab).toMatchValue(relativeError(b, a), { name: t(`relativeError(${a}, ${b}), against your own relativeError(${b}, ${a}) as the expected value (the two must be equal)`, `relativeError(${a}, ${b}), 직접 만든 relativeError(${b}, ${a})를 정답 자리에 두고 비교 (둘이 같아야 합니다)`), tol: 0, mistakes: relativeMistakes(a, b) });
        expect(ab >= 0 && ab <= 2, t(`relativeError(${a}, ${b}) = ${ab} is not between 0 and 2`, `relativeError(${a}, ${b}) = ${josa(ab, '이/가')} 0과 2 사이가 아닙니다`)).toBe(true);
      }),
    );
  });

  it(t('rejects a missing function, values that are not finite and a step h that is not positive', '함수가 아닌 f, 유한하지 않은 값, 양수가 아닌 h를 거부합니다'), () => {
    expectRejects(() => numericalDerivative(undefined as unknown as (x: number) => number, 1), 'f', t('no function', '함수 없음'), 'TypeError');
    expectRejects(() => numericalDerivative(Math.exp, Number.NaN), 'x', 'x = NaN', 'TypeError');
    expectRejects(() => numericalDerivative(Math.exp, 1, 0), 'h', 'h = 0', 'RangeError');
    expectRejects(() => numericalDerivative(Math.exp, 1, -1e-5), 'h', 'h = −1e-5', 'RangeError');
    expectRejects(() => numericalGradient(() => 0, []), 'xs', t('an empty xs', '빈 xs'));
    expectRejects(() => numericalGradient(() => 0, [1, Number.NaN]), 'xs', t('NaN in xs', 'xs 안의 NaN'));
    expectRejects(() => numericalGradient(() => 0, [1], 0), 'h', 'h = 0', 'RangeError');
    expectRejects(() => relativeError(Number.NaN, 1), 'a', 'a = NaN', 'TypeError');
    expectRejects(() => relativeError(1, Infinity), 'b', 'b = Infinity', 'TypeError');
  });
});
