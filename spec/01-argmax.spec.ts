// 01 argmax — the index of the largest score ([Output / Loss function]).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argmax } from '@kata/01-argmax/argmax';
import { expectRejects, expectUnchanged, shaped, t, type Mistake } from './support';

/**
 * One index tells little: many slips give the same one. So a mistake is named only when its model also gives
 * what your argmax returns on each of these probes, chosen so that no two models (and no string sort) agree on all.
 */
const probes = [[10, 9, 2], [-4, -1, -3], [5, 1, 5], [0.5, 3, 3, 1], [-2, 4]];
function behavesLike(model: (scores: readonly number[]) => number): boolean {
  return probes.every((p) => {
    try {
      return argmax([...p]) === model(p); // a copy: code that sorts its input in place must not spoil the probe
    } catch {
      return false;
    }
  });
}
const firstOfMax = (s: readonly number[]) => s.indexOf(Math.max(...s));
const firstOfMin = (s: readonly number[]) => s.indexOf(Math.min(...s));
/** The index of the maximum in a sorted copy (up, down, or default string order): what an argmax that sorts its input finds. */
const sortedInPlace = (s: readonly number[], order: 'up' | 'down' | 'text') => {
  const c = order === 'up' ? [...s].sort((a, b) => a - b) : order === 'down' ? [...s].sort((a, b) => b - a) : [...s].sort();
  return c.indexOf(Math.max(...c));
};
/** Does your argmax leave [3, 1, 2] sorted, up or down? */
function sortsItsInput(): boolean {
  const probe = [3, 1, 2];
  try {
    argmax(probe);
  } catch {
    return false;
  }
  return (probe[0] === 1 && probe[1] === 2 && probe[2] === 3) || (probe[0] === 3 && probe[1] === 2 && probe[2] === 1);
}
/** A loop from index 1 with the best so far at −Infinity: scores[0] never counts (its index, or the score it keeps). */
const fromOne = (s: readonly number[]) => (s.length > 1 ? 1 + firstOfMax(s.slice(1)) : 0);
const largestFromOne = (s: readonly number[]) => Math.max(-Infinity, ...s.slice(1));
/** `if (score > best) best = i`: each score compared with the best index so far, not with the best score. */
const againstIndex = (s: readonly number[]) => s.reduce((best, score, i) => (score > best ? i : best), 0);
/** The maximum taken once as scores[0] and never updated: the last index whose score beats the first. */
const againstFirst = (s: readonly number[]) => s.reduce((best, score, i) => (score > s[0]! ? i : best), 0);
/** `if (scores[i] > scores[i − 1]) best = i`: each score compared with its left neighbour, not with the best so far. */
const againstPrevious = (s: readonly number[]) => s.reduce((best, score, i) => (i > 0 && score > s[i - 1]! ? i : best), 0);
/** The best starts at index 0 and the loop at 2: scores[1] is never looked at. */
const skipsIndexOne = (s: readonly number[]) => s.reduce((best, score, i) => (i > 1 && score > s[best]! ? i : best), 0);
/** The index of the last entry after sort() without a comparator: string order. */
const stringSorted = (s: readonly number[]) => s.indexOf([...s].sort().at(-1)!);

/** Wrong answers that give themselves away, for a given input. */
function mistakes(scores: readonly number[]): Mistake[] {
  const max = Math.max(...scores);
  const first = scores.indexOf(max);
  return [
    {
      // Only when the largest score cannot be read as an index: otherwise the value tells nothing.
      when: (r) => r === max && !(Number.isInteger(max) && max >= 0 && max < scores.length) && behavesLike((s) => Math.max(...s)),
      id: 'returns-max-value',
      en: 'you returned the largest score itself; argmax returns its index (the position in the array).',
      ko: '가장 큰 점수 자체를 반환했습니다. argmax는 그 점수의 인덱스(배열 안의 위치)를 반환합니다.',
    },
    {
      when: (r) => r !== first && r === scores.lastIndexOf(max) && behavesLike((s) => s.lastIndexOf(Math.max(...s))),
      id: 'last-maximum',
      en: 'when several scores share the maximum, return the first one. Yours returns the last: it replaces the best index on an equal score too (>= where > belongs), or runs from the end. Go through the scores from index 0 up and replace only on a strictly larger score.',
      ko: '최댓값이 여러 개면 첫 번째를 반환해야 합니다. 지금은 마지막 것을 반환합니다. 같은 점수에서도 최고 인덱스를 바꾸거나(> 자리에 >=) 끝에서부터 돌았습니다. 점수를 인덱스 0부터 차례로 보면서 더 큰 점수일 때만 바꾸세요.',
    },
    {
      when: (r) => r === fromZero(scores) && behavesLike(fromZero),
      id: 'running-max-from-zero',
      // A clamp, Math.max(0, s), before a right loop gives the same index on every input: both are told.
      en: 'every score below 0 counted as 0: your running maximum starts at 0, so when every score is below 0 nothing ever beats it (scores clamped with Math.max(0, s) first do the same). Start it at the first score, scores[0] (or at −Infinity), and compare the scores as they are.',
      ko: '0보다 작은 점수가 모두 0으로 취급됐습니다. 최댓값을 0에서 시작해서, 모든 점수가 0보다 작으면 아무것도 그것을 넘지 못합니다 (점수를 먼저 Math.max(0, s)로 자른 경우도 같습니다). scores[0](또는 −Infinity)에서 시작하고, 점수를 있는 그대로 비교하세요.',
    },
    {
      when: (r) => r === fromZero(scores, true) && behavesLike((s) => fromZero(s, true)),
      id: 'running-max-from-zero',
      en: 'two slips: the running maximum starts at 0, and >= replaces it on an equal score. Start it at scores[0] (or −Infinity), so that scores below 0 count too; and replace the best index only on a strictly larger score (> rather than >=), so that the first of equal maxima wins.',
      ko: '실수가 두 가지입니다: 최댓값을 0에서 시작했고, 같은 점수에서도 >=로 바꿉니다. scores[0](또는 −Infinity)에서 시작해야 0보다 작은 점수도 셉니다. 그리고 더 큰 점수일 때만 바꿔야(>= 대신 >) 같은 최댓값 중 첫 번째가 남습니다.',
    },
    {
      when: (r) => r === stringSorted(scores) && behavesLike(stringSorted),
      id: 'sorted-as-strings',
      en: 'sort() without a comparator sorts as strings ("10" before "9", "-1" before "-4"), so the "largest" it finds is not the largest number. You need no sort at all: go through the scores once and keep the index of the largest.',
      ko: '비교 함수 없는 sort()는 문자열로 정렬합니다 ("10"이 "9"보다 앞, "-1"이 "-4"보다 앞). 그래서 찾은 "가장 큰 값"이 가장 큰 숫자가 아닙니다. 정렬은 필요 없습니다. 점수를 한 번 훑으면서 가장 큰 점수의 인덱스를 기억하세요.',
    },
    {
      when: (r) => scores.length > 1 && r === firstOfMax(scores.slice(0, -1)) && behavesLike((s) => firstOfMax(s.slice(0, -1))),
      id: 'last-score-skipped',
      en: 'the last score is never looked at: the loop stops one early. Go up to the last index: i < scores.length.',
      ko: '마지막 점수를 한 번도 보지 않았습니다. 반복문이 하나 일찍 멈춥니다. 마지막 인덱스까지 가야 합니다: i < scores.length.',
    },
    {
      when: (r) => (['up', 'down', 'text'] as const).some((order) => r === sortedInPlace(scores, order)) && r !== first && sortsItsInput(),
      id: 'sorts-its-input',
      en: 'your argmax sorts the scores it was given, in place (sort() changes the array), and then looks the maximum up in the sorted array, where its position is no longer the class. Never sort the input: go through it once and keep the index of the largest score.',
      ko: 'argmax가 받은 점수를 제자리에서 정렬하고(sort()는 배열 자체를 바꿉니다) 정렬된 배열에서 최댓값의 위치를 찾았습니다. 그 위치는 더 이상 클래스가 아닙니다. 입력을 정렬하지 말고 한 번 훑으면서 가장 큰 점수의 인덱스를 기억하세요.',
    },
    {
      // A loop that starts from index −1 and −Infinity with >: only a score above −Infinity ever replaces them.
      when: (r) => r === -1 && scores.every((s) => s === -Infinity) && behavesLike(firstOfMax),
      id: 'best-index-starts-at-minus-one',
      en: 'you got −1: your loop starts with the index −1 and the maximum −Infinity, and when every score is −Infinity none is larger, so −1 is never replaced. Start with the first score: best = 0 and the maximum scores[0].',
      ko: '−1이 나왔습니다. 반복문이 인덱스 −1, 최댓값 −Infinity에서 시작해서, 모든 점수가 −Infinity이면 더 큰 것이 없어 −1이 끝까지 바뀌지 않습니다. 첫 점수에서 시작하세요: best = 0, 최댓값은 scores[0].',
    },
    {
      when: (r) => r === -1 && behavesLike(() => -1),
      id: 'max-of-array',
      en: 'you got −1 for every input: nothing is ever found larger. Two usual ways: indexOf of Math.max(scores), which is NaN (Math.max takes numbers, not an array, so indexOf finds nothing); or a best index that starts at −1 and is compared through scores[best], which is undefined there. Start with best = 0 and compare with scores[best], or spread the array: Math.max(...scores).',
      ko: '모든 입력에서 −1을 받았습니다. 더 큰 것이 한 번도 발견되지 않았습니다. 흔한 경우는 둘입니다: Math.max(scores)의 indexOf(Math.max는 배열이 아니라 숫자들을 받으므로 NaN이 되고 indexOf가 아무것도 찾지 못합니다), 또는 −1에서 시작한 최고 인덱스를 scores[best]로 비교하기(그 자리는 undefined). best = 0에서 시작해 scores[best]와 비교하거나, 배열을 펼치세요: Math.max(...scores).',
    },
    {
      when: (r) => r === scores[0] && r !== first && behavesLike((s) => s[0]!),
      id: 'returns-first-score',
      en: 'you returned scores[0], the first score itself, not an index. (A reduce without a start value begins with scores[0] as its running value.) Keep the index of the largest score: a loop from 0, or reduce with a start value of 0 that compares scores[best].',
      ko: '인덱스가 아니라 첫 점수 scores[0] 자체를 반환했습니다. (시작값 없는 reduce는 scores[0]을 누적값으로 시작합니다.) 가장 큰 점수의 인덱스를 기억하세요: 0부터 도는 반복문이나, 시작값 0으로 scores[best]를 비교하는 reduce.',
    },
    {
      when: (r) => r === firstOfMin(scores) && r !== first && behavesLike(firstOfMin),
      id: 'smallest-score',
      en: 'you returned the index of the smallest score: the comparison is the wrong way round (< where > belongs). Replace the best index when a score is larger than the best so far.',
      ko: '가장 작은 점수의 인덱스를 반환했습니다. 비교가 거꾸로입니다 (> 자리에 <). 점수가 지금까지의 최고 점수보다 클 때 최고 인덱스를 바꾸세요.',
    },
    {
      when: (r) => r === againstIndex(scores) && behavesLike(againstIndex),
      id: 'compares-with-the-index',
      en: 'each score is compared with the best index so far (score > best), not with the best score: the index and the score are two variables. Compare with scores[best], or keep the best score apart.',
      ko: '각 점수를 지금까지의 최고 점수가 아니라 최고 인덱스와 비교했습니다(score > best). 인덱스와 점수는 서로 다른 변수입니다. scores[best]와 비교하거나 최고 점수를 따로 두세요.',
    },
    {
      when: (r) => r === againstFirst(scores) && behavesLike(againstFirst),
      id: 'maximum-never-updated',
      en: 'every score is compared with scores[0]: the running maximum is set once and never updated when a larger score is found, so the last score above the first one wins. Update the best score together with the best index.',
      ko: '모든 점수를 scores[0]과 비교했습니다. 지금까지의 최댓값을 한 번 정하고, 더 큰 점수를 찾아도 갱신하지 않아서 첫 점수보다 큰 마지막 점수가 뽑힙니다. 최고 인덱스와 함께 최고 점수도 갱신하세요.',
    },
    {
      when: (r) => r === againstPrevious(scores) && behavesLike(againstPrevious),
      id: 'compares-with-previous',
      en: 'each score is compared with the one before it (scores[i] > scores[i − 1]), so the last rise wins, not the largest score. Compare with the best score so far, and keep its index.',
      ko: '각 점수를 바로 앞 점수와 비교해서(scores[i] > scores[i − 1]) 가장 큰 점수가 아니라 마지막으로 올라간 곳이 뽑힙니다. 지금까지의 최고 점수와 비교하고 그 인덱스를 기억하세요.',
    },
    {
      when: (r) => r === skipsIndexOne(scores) && behavesLike(skipsIndexOne),
      id: 'index-1-skipped',
      en: 'scores[1] is never looked at: the best starts at index 0 and the loop at 2. Start the loop at 1 (or at 0).',
      ko: 'scores[1]을 한 번도 보지 않았습니다. 최고 인덱스는 0에서 시작하는데 반복문이 2에서 시작합니다. 반복문을 1(또는 0)에서 시작하세요.',
    },
    {
      when: (r) => r === fromOne(scores) && behavesLike(fromOne),
      id: 'index-0-skipped',
      en: 'scores[0] is never looked at: your loop starts at index 1 while the best so far starts at −Infinity, so the first score never counts (the first class cannot win). Start the loop at 0, or start the best at scores[0] with index 0.',
      ko: 'scores[0]을 한 번도 보지 않았습니다. 반복문은 인덱스 1에서 시작하는데 지금까지의 최댓값은 −Infinity에서 시작해서, 첫 점수가 한 번도 비교되지 않습니다(첫 클래스는 뽑힐 수 없습니다). 반복문을 0에서 시작하거나, 최댓값을 인덱스 0의 scores[0]에서 시작하세요.',
    },
    {
      when: (r) => r === largestFromOne(scores) && behavesLike(largestFromOne),
      id: 'index-0-skipped',
      en: 'two slips: you returned a score, not its index, and your loop starts at index 1 while the largest so far starts at −Infinity, so scores[0] is never looked at. argmax returns the position of the largest score, counting every score from index 0: keep the best index, not the best score.',
      ko: '실수가 두 가지입니다: 인덱스가 아니라 점수를 반환했고, 반복문은 인덱스 1에서 시작하는데 최댓값은 −Infinity에서 시작해서 scores[0]을 한 번도 보지 않았습니다. argmax는 인덱스 0부터 모든 점수를 보고 가장 큰 점수의 위치를 반환합니다. 최고 점수가 아니라 최고 인덱스를 기억하세요.',
    },
    {
      when: (r) => r === scores.lastIndexOf(max) + 1 && behavesLike((s) => s.lastIndexOf(Math.max(...s)) + 1),
      id: 'one-based-index',
      en: 'two slips: the index is one too high, and >= keeps the last of equal maxima. Indices start at 0; and replace the best index only on a strictly larger score (> rather than >=), so that the first of equal maxima wins.',
      ko: '실수가 두 가지입니다: 인덱스가 1 크고, >=가 같은 최댓값 중 마지막을 남깁니다. 인덱스는 0부터 시작합니다. 그리고 더 큰 점수일 때만 바꿔야(>= 대신 >) 같은 최댓값 중 첫 번째가 남습니다.',
    },
    {
      when: (r) => r === first + 1 && behavesLike((s) => firstOfMax(s) + 1),
      id: 'one-based-index',
      en: 'your index is one too high. Indices start at 0: the first class is 0.',
      ko: '인덱스가 1 큽니다. 인덱스는 0부터 시작합니다. 첫 번째 클래스는 0입니다.',
    },
  ];
}

/** What a loop whose running maximum starts at 0 (instead of scores[0]) returns; `orEqual`: with >= as well. */
function fromZero(scores: readonly number[], orEqual = false): number {
  let best = 0;
  let bestScore = 0;
  scores.forEach((score, i) => {
    if (score > bestScore || (orEqual && score === bestScore)) [best, bestScore] = [i, score];
  });
  return best;
}

function expectArgmax(scores: number[], expected: number): void {
  expect(argmax([...scores])).toMatchValue(expected, { name: `argmax([${scores.join(', ')}])`, tol: 0, mistakes: mistakes(scores) });
}

describe('01 argmax', () => {
  it(t('the article: (1.37, 0) is class 0', '글의 예: (1.37, 0)은 0번 클래스'), () => {
    expectArgmax([1.37, 0], 0);
  });

  it(t('the article: (1.37, 1.36) is class 0 too — argmax cannot tell how close it was', '글의 예: (1.37, 1.36)도 0번 클래스 — argmax는 얼마나 근소했는지 알려 주지 않습니다'), () => {
    expectArgmax([1.37, 1.36], 0);
  });

  it(t('finds the maximum anywhere, including negatives and a single entry', '음수나 항목 하나뿐인 경우를 포함해 어디에 있든 최댓값을 찾습니다'), () => {
    expectArgmax([0.1, 0.7, 0.2], 1);
    expectArgmax([-3, -2, -5], 1);
    expectArgmax([0.2, 0.3, 4.5], 2);
    expectArgmax([42], 0);
    expectArgmax([-Infinity], 0);
  });

  it(t('returns the first of equal maxima', '같은 최댓값이 여럿이면 첫 번째를 반환합니다'), () => {
    expectArgmax([3, 1, 3], 0);
    expectArgmax([0, 2, 2, 1], 1);
  });

  it(t('on any scores: an index whose score is the first maximum (property)', '어떤 점수든: 처음 나오는 최댓값의 인덱스 (속성 기반 테스트)'), () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 12 }), (scores) => {
        expectArgmax(scores, scores.indexOf(Math.max(...scores)));
      }),
    );
  });

  it(t('does not change its input', '입력을 바꾸지 않습니다'), () => {
    expectUnchanged([[2, 9, 4]] as const, ['scores'], (scores) => argmax(scores), shaped('argmax([2, 9, 4])', 0));
    // One array that its owner changes between two calls: each call answers for what it holds then.
    const scores = [1, 3, 2];
    argmax(scores);
    scores[2] = 5;
    expect(argmax(scores)).toMatchValue(2, { name: t('argmax of one array, changed from [1, 3, 2] to [1, 3, 5] after a first call', '첫 호출 뒤 [1, 3, 2]에서 [1, 3, 5]로 바뀐 같은 배열의 argmax'), tol: 0 });
  });

  it(t('rejects an empty array and entries that are not numbers', '빈 배열과 숫자가 아닌 항목을 거부합니다'), () => {
    expectRejects(() => argmax([]), 'scores', t('an empty array', '빈 배열'), 'RangeError');
    expectRejects(() => argmax([1, Number.NaN, 2]), 'scores', 'NaN', 'TypeError');
    expectRejects(() => argmax([Number.NaN, 1]), 'scores', t('NaN as the first score', '맨 앞의 NaN'), 'TypeError');
    expectRejects(() => argmax([1, '7' as unknown as number]), 'scores', t('a string entry', '문자열 항목'), 'TypeError');
  });
});
