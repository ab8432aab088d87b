// 07 gradient descent — x_{i+1} = x_i − α · f′(x_i), one step and a whole descent ([경사하강법]).
// Expected values: exact decimal arithmetic done by hand (every sequence here is a short decimal,
// e.g. 3 − 3 · 0.8^k), written as literals.
import { describe, expect, it } from 'vitest';
import { gradientDescent, gradientDescentStep } from '@kata/07-gradient-descent/gradient-descent';
import { josa, explainThrow, expectRejects, t, type Mistake } from './support';
import { matchesModel } from './support/nested';

/** Wrong steps, each as what it computes from (x, slope, α). */
const stepSlips: { step: (x: number, slope: number, alpha: number) => number; id: string; en: string; ko: string }[] = [
  {
    step: (x, slope, alpha) => x + alpha * slope,
    id: 'adds-step',
    en: 'you added the step, which climbs uphill. Gradient descent subtracts it: x − α · slope, so a positive slope moves x to the left.',
    ko: '이동량을 더했습니다. 그러면 언덕을 올라갑니다. 경사하강법은 빼야 합니다: x − α · slope. 그래서 기울기가 양수면 x가 왼쪽으로 움직입니다.',
  },
  {
    step: (x, slope, alpha) => x - alpha * Math.sign(slope),
    id: 'sign-of-slope-only',
    en: 'you moved by α in the direction of the slope\'s sign, whatever its size: the step is α · slope, so a steeper slope moves further (2 → 0.2, 4 → 0.4 with α = 0.1).',
    ko: '기울기의 크기와 상관없이 부호 방향으로 α만큼 움직였습니다. 이동량은 α · slope라서 기울기가 가파를수록 더 멀리 갑니다 (α = 0.1이면 2 → 0.2, 4 → 0.4).',
  },
  {
    step: (x, slope, alpha) => x - slope / alpha,
    id: 'divides-by-learning-rate',
    en: 'you divided by the learning rate: the step is α · slope, a small α making a small step. x − α · slope.',
    ko: '학습률로 나눴습니다. 이동량은 α · slope라서 α가 작으면 조금만 움직입니다. x − α · slope.',
  },
  {
    step: (x, slope) => x - slope,
    id: 'no-learning-rate',
    en: 'the learning rate is missing: the step is α · slope, not the slope itself.',
    ko: '학습률이 빠졌습니다. 이동량은 기울기 자체가 아니라 α · slope 입니다.',
  },
  {
    step: (x, slope, alpha) => x - 2 * alpha * slope,
    id: 'doubled-step',
    en: 'every step is twice α · slope: the step is x − α · slope, with no factor 2 (the 2 of a derivative such as 2(x − 3) is already in the slope).',
    ko: '모든 이동이 α · slope의 두 배입니다. 한 단계는 2 없이 x − α · slope입니다 (2(x − 3) 같은 도함수의 2는 이미 기울기 안에 있습니다).',
  },
  {
    step: (x, slope, alpha) => x - alpha * alpha * slope,
    id: 'learning-rate-twice',
    en: 'each step is α² · slope: the learning rate is applied twice. The step is x − α · slope.',
    ko: '한 단계가 α² · slope입니다. 학습률을 두 번 곱했습니다. 한 단계는 x − α · slope입니다.',
  },
  {
    step: (x, slope) => x - 0.1 * slope,
    id: 'learning-rate-written-in',
    en: 'every step moves by 0.1 · slope whatever the learning rate: a rate of 0.1 is written in. Use the learningRate argument: x − learningRate · slope.',
    ko: '학습률과 상관없이 모든 이동이 0.1 · slope입니다. 학습률 0.1을 그대로 적었습니다. 인자 learningRate를 쓰세요: x − learningRate · slope.',
  },
];
/** Where the slips above part (at α = 0.5, x − slope is also x − 2α · slope): a slip is named only when your step agrees on these too. */
const stepProbes: [number, number, number][] = [
  [3, 2, 0.25],
  [1, -4, 0.5],
  [-2, 3, 0.2],
];

/** Wrong answers for one step that give themselves away. */
function stepMistakes(x: number, slope: number, learningRate: number): Mistake[] {
  return stepSlips.map(({ step, ...words }) => ({
    ...words,
    value: step(x, slope, learningRate),
    also: () =>
      stepProbes.every(([px, ps, pa]) => {
        try {
          return Math.abs(gradientDescentStep(px, ps, pa) - step(px, ps, pa)) <= 1e-12;
        } catch {
          return false;
        }
      }),
  }));
}

function expectStep(x: number, slope: number, learningRate: number, expected: number): void {
  expect(gradientDescentStep(x, slope, learningRate)).toMatchValue(expected, {
    name: `gradientDescentStep(${x}, ${slope}, ${learningRate})`,
    tol: 1e-12,
    mistakes: stepMistakes(x, slope, learningRate),
  });
}

/** f(x) = (x − 3)², f′(x) = 2(x − 3): a parabola with its minimum at 3. */
const parabolaSlope = (x: number) => 2 * (x - 3);

/**
 * Wrong descents on the parabola from `x0` (0 unless given) with learning rate `alpha` and `steps` steps, and what they mean.
 * Each wrong list is worked out here by doing the mistake (the expected lists in the tests are written out).
 */
function descentMistakes(alpha: number, steps: number, x0 = 0): Mistake[] {
  // With α = 1 on this parabola several slips walk alike (a swap of x and the slope is x − 6, like a slope kept at x0 = 0
  // with the sign flipped): each is named only when your descent also walks its walk with α = 0.1 over 5 steps.
  // A list one value short or long says what it is by its length.
  const byLength = ['missing-x0', 'one-step-too-many'];
  return descentSlips(alpha, steps, x0).map((m) => (byLength.includes(m.id) ? m : { ...m, also: m.also ?? (() => sameWalk(m.id)) }));
}

function sameWalk(id: string): boolean {
  // From 0 every slope is negative, so −α·|slope| walks like +α·slope there: from 6, on the other side of the minimum, it does not.
  return [0, 6].every((x0) => {
    const model = descentSlips(0.1, 5, x0).find((m) => m.id === id)?.value;
    return model !== undefined && matchesModel(gradientDescent(parabolaSlope, x0, 0.1, 5), model);
  });
}

function descentSlips(alpha: number, steps: number, x0: number): Mistake[] {
  const singles = singleDescentSlips(alpha, steps, x0);
  const missing = singles.find((m) => m.id === 'missing-x0')!;
  // x0 left out of the list together with a slip of the steps: both named.
  const withoutX0 = singles
    .filter((m) => !['missing-x0', 'one-step-too-many', 'one-step-ahead', 'pushed-before-step', 'pushed-before-step-no-x0'].includes(m.id))
    .map((m) => ({
      value: (m.value as number[]).slice(1),
      id: `missing-x0+${m.id}`,
      en: `two slips. First, ${m.en} Second, ${missing.en}`,
      ko: `실수가 두 가지입니다. 첫째, ${m.ko} 둘째, ${missing.ko}`,
    }));
  return [...singles, ...withoutX0];
}

const roundedSteps = {
  id: 'rounded-steps',
  en: 'every position was rounded (to 8 decimals, toFixed(8)?), so the later ones drift from the exact values. Keep full precision; round only when you print.',
  ko: '위치마다 (소수점 8자리로, toFixed(8)?) 반올림해서 뒤로 갈수록 정확한 값에서 벗어납니다. 계산은 전체 정밀도로 하고 반올림은 출력할 때만 하세요.',
};

/** One step from 0.123456789 on the parabola with α = 0.1 lands on 0.6987654312, or 0.69876543 when rounded. */
function roundsPositions(): boolean {
  try {
    return gradientDescent(parabolaSlope, 0.123456789, 0.1, 1)[1] === 0.69876543;
  } catch {
    return false;
  }
}

function singleDescentSlips(alpha: number, steps: number, x0: number): Mistake[] {
  const walk = (n: number, next: (x: number, x0: number) => number) => {
    const xs = [x0];
    for (let k = 0; k < n; k++) xs.push(next(xs[k]!, x0));
    return xs;
  };
  const right = (x: number) => x - alpha * parabolaSlope(x);
  return [
    { value: walk(steps, right).slice(1), id: 'missing-x0', en: 'the list must start with x0 itself, then one value per step: steps + 1 values in all.', ko: '목록은 x0 자체로 시작하고, 그다음 한 단계마다 값이 하나씩 와야 합니다. 모두 steps + 1개입니다.' },
    { value: walk(steps + 1, right), id: 'one-step-too-many', en: 'one step too many: `steps` steps give steps + 1 values (x0 and one per step).', ko: '한 단계를 더 갔습니다. `steps`번 이동하면 값은 steps + 1개입니다 (x0과 단계마다 하나).' },
    ...(steps > 0
      ? [
          {
            value: walk(steps + 1, right).slice(1),
            id: 'one-step-ahead',
            en: 'every value is one step ahead: x0 is missing and the list runs one step past the last (x1 … x_{steps+1}). Put x0 in first, before the loop; then take exactly `steps` steps, pushing x after each.',
            ko: '값이 모두 한 단계씩 앞서 있습니다. x0이 빠지고 목록이 마지막 단계를 하나 넘어갑니다 (x1 … x_{steps+1}). 반복문 전에 x0을 먼저 넣고, 정확히 `steps`번 이동하며 이동할 때마다 x를 넣으세요.',
          },
        ]
      : []),
    {
      value: (() => {
        const xs = [x0];
        for (let k = 0; k < steps; k++) xs.push(xs[k]! - (alpha / (k + 1)) * parabolaSlope(xs[k]!));
        return xs;
      })(),
      id: 'rate-decayed',
      en: 'the learning rate shrinks from step to step (α / (i + 1)): gradient descent here keeps the same α for every step.',
      ko: '학습률이 단계마다 줄어듭니다 (α / (i + 1)). 여기서 경사하강법은 모든 단계에 같은 α를 씁니다.',
    },
    // Only where rounding changes something: elsewhere its list is the right one (or another slip's).
    ...(walk(steps, (x) => Number(right(x).toFixed(8))).some((x, k) => x !== walk(steps, right)[k])
      ? [{ ...roundedSteps, value: walk(steps, (x) => Number(right(x).toFixed(8))), also: roundsPositions }]
      : []),
    { value: walk(steps, (x, x0) => x - alpha * parabolaSlope(x0)), id: 'slope-at-x0', en: 'every step uses the slope at x0. Ask `derivative` for the slope at the current x in each step.', ko: '모든 단계에서 x0의 기울기를 썼습니다. 단계마다 현재 x에서의 기울기를 `derivative`에 물어보세요.' },
    { value: walk(steps, (x) => x + alpha * parabolaSlope(x)), id: 'adds-step', en: 'x runs away from the minimum at 3: each step adds α · slope. Subtract it: x − α · f′(x).', ko: 'x가 최솟값 3에서 멀어집니다. 단계마다 α · slope를 더했기 때문입니다. 빼야 합니다: x − α · f′(x).' },
    ...(steps > 0
      ? [
          {
            value: walk(steps, right).slice(0, steps),
            id: 'pushed-before-step-no-x0',
            en: 'your list ends one step early (x0 … the position before the last step): the loop takes steps − 1 steps, or each x is pushed before it is updated with x0 not put in first. Put x0 in once before the loop, then take `steps` steps, each updating x first and pushing it.',
            ko: '목록이 한 단계 일찍 끝납니다 (x0부터 마지막 단계 전 위치까지). 반복문이 steps − 1번만 돌았거나, x0을 먼저 넣지 않은 채 갱신하기 전에 x를 넣었습니다. 반복문 전에 x0을 한 번 넣고, `steps`번 돌면서 단계마다 먼저 x를 갱신한 다음 넣으세요.',
          },
          {
            value: [x0, ...walk(steps, right).slice(0, steps)],
            id: 'pushed-before-step',
            en: 'your list is shifted by one: x0 is in it twice and the last step is missing, so every value pushed is one update behind. Usually x is pushed before it is updated; or the first step moves nothing (a slope that starts at 0 and is read only after each update). Put x0 in once before the loop; then in each step take the slope at the current x, update x, and push it.',
            ko: '목록이 한 칸 밀렸습니다. x0이 두 번 들어가고 마지막 단계가 빠져서, 넣은 값마다 갱신이 하나씩 늦습니다. 보통은 x를 갱신하기 전에 넣은 것이고, 아니면 첫 단계가 아무것도 움직이지 않은 것입니다 (0에서 시작해 갱신 뒤에야 읽는 기울기). 반복문 전에 x0을 한 번 넣고, 단계마다 현재 x의 기울기를 구해 x를 갱신한 다음 넣으세요.',
          },
        ]
      : []),
    ...(steps > 1
      ? [
          {
            // Step i takes the slope at xs[i − 1], the position before the current one (x0 for the first two steps).
            value: (() => {
              const xs = [x0];
              for (let k = 0; k < steps; k++) xs.push(xs[k]! - alpha * parabolaSlope(xs[Math.max(0, k - 1)]!));
              return xs;
            })(),
            id: 'slope-one-step-late',
            en: 'each step uses the slope of the position before the current one (xs[i − 1], not xs[i]): an index one behind. Ask derivative for the slope at the x you are about to move.',
            ko: '각 단계가 현재 위치가 아니라 그 앞 위치의 기울기를 썼습니다 (xs[i]가 아니라 xs[i − 1]). 인덱스가 하나 뒤처졌습니다. 지금 움직일 x에서의 기울기를 derivative에 물어보세요.',
          },
          {
            value: [x0, ...new Array<number>(steps).fill(right(x0))],
            id: 'restarts-from-x0',
            en: 'every step starts again from x0, so every position after it is the first step\'s: carry each new x into the next step (x = step(x, …), then push x).',
            ko: '모든 단계가 x0에서 다시 시작해서 그 뒤의 위치가 모두 첫 단계의 위치입니다. 새 x를 다음 단계로 넘기세요 (x = step(x, …) 한 뒤 x를 넣기).',
          },
        ]
      : []),
    {
      value: walk(steps, (x) => parabolaSlope(x) - alpha * x),
      id: 'step-arguments-swapped',
      en: 'the arguments of gradientDescentStep are swapped: it takes (x, slope, learningRate), and your descent passed the slope as x. Call gradientDescentStep(x, derivative(x), learningRate).',
      ko: 'gradientDescentStep의 인자 순서가 바뀌었습니다. (x, slope, learningRate) 순서인데 기울기를 x 자리에 넘겼습니다. gradientDescentStep(x, derivative(x), learningRate)로 부르세요.',
    },
    { value: walk(steps, (x) => x - parabolaSlope(x) / alpha), id: 'divides-by-learning-rate', en: 'you divided by the learning rate: each step is α · f′(x), not f′(x) / α.', ko: '학습률로 나눴습니다. 한 단계의 이동량은 f′(x) / α가 아니라 α · f′(x) 입니다.' },
    {
      value: walk(steps, (x) => x - alpha * alpha * parabolaSlope(x)),
      id: 'learning-rate-twice',
      en: 'each step is α² · f′(x): the learning rate is applied twice (say, the slope scaled by α before gradientDescentStep multiplies by α again). Pass the slope itself: gradientDescentStep(x, derivative(x), learningRate).',
      ko: '한 단계가 α² · f′(x)입니다. 학습률을 두 번 곱했습니다 (예를 들어 기울기에 α를 곱해 넘기고 gradientDescentStep이 다시 α를 곱하는 경우). 기울기 그대로 넘기세요: gradientDescentStep(x, derivative(x), learningRate).',
    },
    { value: walk(steps, (x) => x - parabolaSlope(x)), id: 'no-learning-rate-in-steps', en: 'the learning rate is missing: each step must be α · f′(x), not f′(x).', ko: '학습률이 빠졌습니다. 한 단계의 이동량은 f′(x)가 아니라 α · f′(x) 입니다.' },
  ];
}

/**
 * gradientDescentStep(x, learningRate, slope): the product is the same, so a positive slope goes through, but a
 * negative one arrives where the learning rate is checked and throws. Named from that: your descent with a slope
 * of 2 steps right, with −2 it throws, while your gradientDescentStep takes (0, −2, 0.1).
 */
const rateAndSlopeSwapped: Mistake = {
  when: (e) => {
    if (!(e instanceof RangeError) || !/learningRate/.test(e.message)) return false;
    // A positive slope goes through (the list's length may have a slip of its own), a negative one throws.
    const up = gradientDescent(() => 2, 0, 0.1, 1);
    if (gradientDescentStep(0, -2, 0.1) !== 0.2 || !Array.isArray(up) || !up.some((x) => Math.abs(x + 0.2) < 1e-12)) return false;
    try {
      gradientDescent(() => -2, 0, 0.1, 1);
      return false;
    } catch {
      return true;
    }
  },
  id: 'step-rate-and-slope-swapped',
  en: 'your gradientDescent hands gradientDescentStep the learning rate and the slope in each other\'s places, (x, learningRate, slope): the product is the same, but a negative slope then arrives where the learning rate is checked. Call gradientDescentStep(x, derivative(x), learningRate).',
  ko: 'gradientDescent가 gradientDescentStep에 학습률과 기울기를 서로 바꿔 넘겼습니다 (x, learningRate, slope). 곱은 같지만 음수 기울기가 학습률을 검사하는 자리로 들어갑니다. gradientDescentStep(x, derivative(x), learningRate)로 부르세요.',
};
/** Your gradientDescent, with the swap above named where it throws. */
const descend = (derivative: (x: number) => number, x0: number, learningRate: number, steps: number) =>
  explainThrow(() => gradientDescent(derivative, x0, learningRate, steps), [rateAndSlopeSwapped]);

describe('07 gradientDescentStep and gradientDescent', () => {
  it(t('the sign rule: a positive slope moves x left, a negative slope right, zero not at all', '부호 규칙: 기울기가 양수면 왼쪽, 음수면 오른쪽, 0이면 제자리'), () => {
    expectStep(3, 2, 0.1, 2.8);
    expectStep(3, -2, 0.1, 3.2);
    expectStep(3, 0, 0.1, 3);
  });

  it(t('a steeper slope moves further, a larger learning rate too', '기울기가 가파를수록, 학습률이 클수록 더 멀리 움직입니다'), () => {
    expectStep(3, 4, 0.1, 2.6);
    expectStep(3, 2, 0.25, 2.5);
    expectStep(-1, -0.5, 2, 0);
  });

  it(t('the article: w5⁺ = 0.45 − 0.5 × 0.02592286 = 0.43703857 and w1⁺ = 0.3 − 0.5 × 0.00080888 = 0.29959556', '글의 예: w5⁺ = 0.45 − 0.5 × 0.02592286 = 0.43703857, w1⁺ = 0.3 − 0.5 × 0.00080888 = 0.29959556'), () => {
    expect(gradientDescentStep(0.45, 0.02592286, 0.5)).toMatchArticle('0.43703857', { name: 'w5⁺', step: t('backprop step 1, 역전파 1단계', '역전파 1단계'), mistakes: stepMistakes(0.45, 0.02592286, 0.5) });
    expect(gradientDescentStep(0.3, 0.00080888, 0.5)).toMatchArticle('0.29959556', { name: 'w1⁺', step: t('backprop step 2, 역전파 2단계', '역전파 2단계'), mistakes: stepMistakes(0.3, 0.00080888, 0.5) });
  });

  it(t('descends (x − 3)² from 0 with α = 0.1: 0, 0.6, 1.08, 1.464, 1.7712, 2.01696', '(x − 3)²를 0에서 α = 0.1로 내려갑니다: 0, 0.6, 1.08, 1.464, 1.7712, 2.01696'), () => {
    expect(descend(parabolaSlope, 0, 0.1, 5)).toMatchValue([0, 0.6, 1.08, 1.464, 1.7712, 2.01696], {
      name: 'gradientDescent(x => 2 * (x - 3), 0, 0.1, 5)',
      tol: 1e-12,
      mistakes: descentMistakes(0.1, 5),
    });
  });

  it(t('asks for the slope at the current x in every step', '단계마다 현재 x에서의 기울기를 구합니다'), () => {
    // f(x) = x⁴ / 4, f′(x) = x³: 1 → 1 − 0.5 · 1 = 0.5 → 0.5 − 0.5 · 0.125 = 0.4375 → …
    expect(descend((x) => x ** 3, 1, 0.5, 3)).toMatchValue([1, 0.5, 0.4375, 0.3956298828125], {
      name: 'gradientDescent(x => x ** 3, 1, 0.5, 3)',
      tol: 1e-12,
      mistakes: [
        {
          value: [1, 0.5, 0, -0.5],
          id: 'slope-at-x0-every-step',
          en: 'every step uses the slope at x0. Ask `derivative` for the slope at the current x in each step.',
          ko: '모든 단계에서 x0의 기울기를 썼습니다. 단계마다 현재 x에서의 기울기를 `derivative`에 물어보세요.',
        },
        { ...roundedSteps, value: [1, 0.5, 0.4375, 0.39562988], also: roundsPositions },
      ],
    });
  });

  it(t('a learning rate that fits converges: every step gets closer to the minimum', '알맞은 학습률은 수렴합니다: 단계마다 최솟값에 가까워집니다'), () => {
    const xs = descend(parabolaSlope, 0, 0.1, 100);
    expect(xs).toMatchValue(new Array<number>(101).fill(0), { name: 'gradientDescent(x => 2 * (x - 3), 0, 0.1, 100)', tol: Infinity, mistakes: descentMistakes(0.1, 100) });
    const k = xs.findIndex((x, i) => i > 0 && !(Math.abs(x - 3) < Math.abs(xs[i - 1]! - 3)));
    expect(k === -1, t(`step ${k} went from ${xs[k - 1]} to ${xs[k]}, not closer to the minimum 3`, `${k}번째 단계가 ${xs[k - 1]}에서 ${josa(xs[k], '으로/로')} 갔습니다. 최솟값 3에 가까워지지 않았습니다`)).toBe(true);
    expect(xs[100]).toMatchValue(3, { name: t('x after 100 steps (3 − 3 · 0.8¹⁰⁰)', '100단계 뒤의 x (3 − 3 · 0.8¹⁰⁰)'), tol: 1e-9 });
    expect(descend(parabolaSlope, 0, 0.5, 1)).toMatchValue([0, 3], { name: t('gradientDescent(x => 2 * (x - 3), 0, 0.5, 1): one step to the minimum', 'gradientDescent(x => 2 * (x - 3), 0, 0.5, 1): 한 번에 최솟값으로'), tol: 1e-12, mistakes: descentMistakes(0.5, 1) });
  });

  it(t('a learning rate that is too large bounces (α = 1) or diverges (α = 1.1)', '너무 큰 학습률은 진동하거나 (α = 1) 발산합니다 (α = 1.1)'), () => {
    expect(descend(parabolaSlope, 0, 1, 4)).toMatchValue([0, 6, 0, 6, 0], { name: 'gradientDescent(x => 2 * (x - 3), 0, 1, 4)', tol: 1e-12, mistakes: descentMistakes(1, 4) });
    const xs = descend(parabolaSlope, 0, 1.1, 10);
    expect(xs).toMatchValue(new Array<number>(11).fill(0), { name: 'gradientDescent(x => 2 * (x - 3), 0, 1.1, 10)', tol: Infinity });
    const k = xs.findIndex((x, i) => i > 0 && !(Math.abs(x - 3) > Math.abs(xs[i - 1]! - 3)));
    expect(k === -1, t(`with α = 1.1, step ${k} should overshoot further from 3; it went from ${xs[k - 1]} to ${xs[k]}`, `α = 1.1이면 ${k}번째 단계는 3에서 더 멀리 넘어가야 합니다. ${xs[k - 1]}에서 ${josa(xs[k], '으로/로')} 갔습니다`)).toBe(true);
    expect(xs[10]).toMatchValue(-15.5752092672, { name: t('x after 10 steps with α = 1.1 (3 − 3 · 1.2¹⁰)', 'α = 1.1로 10단계 뒤의 x (3 − 3 · 1.2¹⁰)'), tol: 1e-9 });
  });

  it(t('zero steps give just [x0]', '0단계면 [x0]만 반환합니다'), () => {
    expect(descend(parabolaSlope, 7, 0.1, 0)).toMatchValue([7], { name: 'gradientDescent(x => 2 * (x - 3), 7, 0.1, 0)', tol: 0, mistakes: descentMistakes(0.1, 0, 7) });
  });

  it(t('rejects a learning rate that is not positive, and values that are not finite numbers', '양수가 아닌 학습률과 유한한 숫자가 아닌 값을 거부합니다'), () => {
    expectRejects(() => gradientDescentStep(1, 1, 0), 'learningRate', t('a learning rate of 0', '학습률 0'), 'RangeError');
    expectRejects(() => gradientDescentStep(1, 1, -0.1), 'learningRate', t('a negative learning rate', '음수 학습률'), 'RangeError');
    expectRejects(() => gradientDescentStep(1, 1, Number.NaN), 'learningRate', t('a learning rate of NaN', '학습률 NaN'));
    expectRejects(() => gradientDescentStep(Number.NaN, 1, 0.1), 'x', 'x = NaN', 'TypeError');
    expectRejects(() => gradientDescentStep(1, Infinity, 0.1), 'slope', 'slope = Infinity', 'TypeError');
    // isFinite('0.45') is true: the global isFinite turns a string into a number first; Number.isFinite does not.
    expectRejects(() => gradientDescentStep('0.45' as unknown as number, 0.1, 0.5), 'x', t('x = "0.45", a string', 'x = "0.45" (문자열)'), 'TypeError');
    expectRejects(() => gradientDescentStep(1, null as unknown as number, 0.1), 'slope', 'slope = null', 'TypeError');
  });

  it(t('gradientDescent rejects a derivative that is not a function and a bad number of steps', 'gradientDescent는 함수가 아닌 derivative와 잘못된 단계 수를 거부합니다'), () => {
    expectRejects(() => gradientDescent(3 as unknown as (x: number) => number, 0, 0.1, 5), 'derivative', t('a number instead of a function', '함수 대신 숫자'), 'TypeError');
    expectRejects(() => gradientDescent(parabolaSlope, 0, 0.1, -1), 'steps', 'steps = −1', 'RangeError');
    expectRejects(() => gradientDescent(parabolaSlope, 0, 0.1, 2.5), 'steps', 'steps = 2.5', 'RangeError');
    expectRejects(() => gradientDescent(parabolaSlope, Number.NaN, 0.1, 5), 'x0', 'x0 = NaN', 'TypeError');
    expectRejects(() => gradientDescent(parabolaSlope, 0, 0, 5), 'learningRate', t('a learning rate of 0', '학습률 0'), 'RangeError');
  });
});
