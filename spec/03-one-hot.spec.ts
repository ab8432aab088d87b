// 03 one-hot — the true class as a probability vector ([Output / Loss function]).
import { describe, expect, it } from 'vitest';
import { oneHot } from '@kata/03-one-hot/one-hot';
import { explainThrow, expectRejects, t, type Mistake } from './support';

/** The vector written out by hand: n zeros with a 1 at k. */
/** Whether your `call` gives exactly `expected` (a probe: a throw is a no). */
function sameVector(call: () => unknown, expected: readonly number[]): boolean {
  try {
    const r = call();
    return Array.isArray(r) && r.length === expected.length && expected.every((x, i) => r[i] === x);
  } catch {
    return false;
  }
}

/** Whether your oneHot hands back the very same array object for the same call twice. */
function sameArrayTwice(k: number, n: number): boolean {
  const first = oneHot(k, n);
  return first === oneHot(k, n);
}

function unit(k: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === k ? 1 : 0));
}

function mistakes(k: number, n: number): Mistake[] {
  return [
    {
      when: (r) => k >= 1 && Array.isArray(r) && r.length === n && r[k - 1] === 1 && r.filter((x) => x !== 0).length === 1,
      // With two classes, a 1 counted from the end (n − 1 − k) or moved round (k + 1 mod n) lands there too: three tell.
      ...(n === 2 ? { also: () => sameVector(() => oneHot(2, 3), [0, 1, 0]) } : {}),
      id: 'one-based-class',
      en: 'the 1 sits one place too early, as if classes were counted from 1. Indices start at 0: put the 1 at position classIndex itself.',
      ko: '1이 한 칸 앞에 있습니다. 클래스를 1부터 센 것처럼요. 인덱스는 0부터 시작하니 classIndex 자리에 그대로 1을 넣으세요.',
    },
    {
      // new Array(n) has empty slots: map skips them and nothing fills them, so they read as undefined.
      when: (r) => Array.isArray(r) && r.length === n && Object.keys(r).length < n && (r[k] === 1 || r[k] === undefined),
      id: 'empty-slots',
      en: 'your vector has empty slots (they read as undefined): new Array(n) makes n holes, which stay holes until something is written there (map skips them too). Fill it first, new Array(n).fill(0), or build it with Array.from({ length: n }, …).',
      ko: '벡터에 빈 칸이 있습니다 (undefined로 읽힙니다). new Array(n)은 구멍 n개를 만들고, 무언가를 써넣기 전까지 구멍으로 남습니다 (map도 구멍을 건너뜁니다). 먼저 채우거나(new Array(n).fill(0)) Array.from({ length: n }, …)으로 만드세요.',
    },
    {
      // 0 is falsy: `if (classIndex) …` never sets class 0's 1, while every other class comes out right.
      when: (r) => k === 0 && Array.isArray(r) && r.length === n && r.every((x) => x === 0),
      also: () => [1, 2].every((j) => sameVector(() => oneHot(j, 3), unit(j, 3))),
      id: 'class-zero-falsy',
      en: 'class 0 has no 1, while other classes are right: 0 is falsy in JavaScript, so a test like `if (classIndex)` skips it. Set vector[classIndex] = 1 without a condition (the checks above already ruled out bad indices).',
      ko: '다른 클래스는 맞는데 클래스 0에만 1이 없습니다. 자바스크립트에서 0은 거짓으로 취급되어 `if (classIndex)` 같은 조건이 건너뜁니다. 조건 없이 vector[classIndex] = 1로 두세요 (잘못된 인덱스는 앞의 검사가 이미 걸렀습니다).',
    },
    {
      // vector[classIndex] = classIndex: right for class 1 only; class 0 then has no 1 at all.
      when: (r) => Array.isArray(r) && r.length === n && k !== 1 && r.every((x, i) => x === (i === k ? k : 0)),
      also: () => sameVector(() => oneHot(2, 3), [0, 0, 2]),
      id: 'sets-the-index',
      en: `the entry at classIndex holds the index itself (${k}), not 1: vector[classIndex] = 1. (For class 1 the two agree, so it looked right there.)`,
      ko: `classIndex 자리에 1이 아니라 인덱스 자체(${k})가 들어 있습니다: vector[classIndex] = 1. (클래스 1에서는 둘이 같아서 맞아 보였습니다.)`,
    },
    {
      // fill(1, classIndex) fills from there to the end: right for the last class only.
      when: (r) => k < n - 1 && Array.isArray(r) && r.length === n && r.every((x, i) => x === (i >= k ? 1 : 0)),
      also: () => sameVector(() => oneHot(0, 3), [1, 1, 1]),
      id: 'filled-to-the-end',
      en: 'every entry from classIndex to the end is 1: fill(1, start) fills up to the end of the array. Give it an end as well, fill(1, classIndex, classIndex + 1), or simply set vector[classIndex] = 1.',
      ko: 'classIndex부터 끝까지 모든 항목이 1입니다. fill(1, start)는 배열 끝까지 채웁니다. 끝도 주거나(fill(1, classIndex, classIndex + 1)) 그냥 vector[classIndex] = 1로 두세요.',
    },
    {
      // new Array(classIndex) with the 1 at [numClasses]: the two arguments swapped inside the body (holes in between).
      when: (r) => Array.isArray(r) && k < n && r.length === n + 1 && r[n] === 1 && Object.keys(r).length === k + 1,
      id: 'arguments-swapped-in-body',
      en: 'classIndex and numClasses are swapped in your code: the array was made classIndex long and the 1 put at numClasses (the gaps in between are empty slots). Make numClasses zeros, new Array(numClasses).fill(0), and set [classIndex] = 1.',
      ko: '코드 안에서 classIndex와 numClasses가 바뀌었습니다. 배열을 classIndex 길이로 만들고 1을 numClasses 자리에 넣었습니다 (그 사이는 빈 칸). numClasses개의 0을 만들고(new Array(numClasses).fill(0)) [classIndex] = 1로 두세요.',
    },
    {
      when: (r) => Array.isArray(r) && r.length === n + 1 && !(r[n] === 1 && Object.keys(r).length === k + 1),
      id: 'one-entry-too-many',
      en: 'the vector has one entry too many; it needs exactly numClasses entries (positions 0 … numClasses − 1).',
      ko: '벡터 항목이 하나 더 많습니다. 정확히 numClasses개(위치 0 … numClasses − 1)여야 합니다.',
    },
    ...(n > 1
      ? [
          {
            value: unit(k, n).map((x) => 1 - x),
            // With two classes, a single 1 in the wrong place looks the same: three classes tell.
            ...(n === 2 ? { also: () => sameVector(() => oneHot(0, 3), [0, 1, 1]) } : {}),
            id: 'inverted',
            en: 'the vector is turned inside out: 1 everywhere and 0 at the class. A one-hot vector is 0 everywhere except a single 1 at position classIndex: fill with 0, then set that one entry to 1.',
            ko: '벡터가 뒤집혔습니다: 모든 곳이 1이고 클래스 자리만 0입니다. 원-핫 벡터는 classIndex 자리의 1 하나를 빼면 모두 0입니다. 0으로 채운 뒤 그 항목 하나만 1로 바꾸세요.',
          },
        ]
      : []),
    {
      // One array kept between calls (a module-level cache): the 1s of earlier calls stay set.
      when: (r) => Array.isArray(r) && r.length === n && r[k] === 1 && r.some((x, i) => i !== k && x === 1) && sameArrayTwice(k, n),
      id: 'fresh-array',
      en: 'an earlier call\'s 1 is still in your vector: your oneHot hands out the same array on every call (kept between calls), so each call adds its 1 to those before. Build a new array inside every call.',
      ko: '이전 호출의 1이 벡터에 남아 있습니다. oneHot이 호출마다 같은 배열을 돌려주어 (호출 사이에 보관) 호출할 때마다 앞의 1들에 새 1이 더해집니다. 호출할 때마다 새 배열을 만드세요.',
    },
    {
      when: (r) => Array.isArray(r) && r.some((x) => typeof x === 'boolean'),
      id: 'booleans',
      en: 'use the numbers 0 and 1, not true and false: the vector is a probability distribution.',
      ko: 'true/false가 아니라 숫자 0과 1을 쓰세요. 이 벡터는 확률 분포입니다.',
    },
  ];
}

/** A check written 1-based (classIndex from 1 to numClasses): class 0 is rejected, and 1 still passes. */
const rejectsClassZero: Mistake = {
  when: (e) => e instanceof RangeError && /classIndex/.test(e.message) && sameVector(() => oneHot(1, 2), [0, 1]) && !sameVector(() => oneHot(0, 2), [1, 0]),
  id: 'check-counts-from-1',
  en: 'your check of classIndex counts from 1, so it rejects class 0: the classes are 0 … numClasses − 1 (accept 0, reject numClasses).',
  ko: 'classIndex 검사가 1부터 세어서 클래스 0을 거부합니다. 클래스는 0 … numClasses − 1입니다 (0은 받고 numClasses는 거부하세요).',
};

function expectOneHot(k: number, n: number): void {
  expect(explainThrow(() => oneHot(k, n), [rejectsClassZero])).toMatchValue(unit(k, n), { name: `oneHot(${k}, ${n})`, tol: 0, mistakes: mistakes(k, n) });
}

describe('03 oneHot', () => {
  it(t('the article: the 2nd of three classes (index 1) is (0, 1, 0)', '글의 예: 세 클래스 중 2번째(인덱스 1)는 (0, 1, 0)'), () => {
    expectOneHot(1, 3);
  });

  it(t('the article: setosa, class 0 of three, is (1, 0, 0)', '글의 예: 세 클래스 중 0번인 setosa는 (1, 0, 0)'), () => {
    expectOneHot(0, 3);
  });

  it(t('every class of every size from 1 to 6', '크기 1부터 6까지 모든 클래스'), () => {
    for (let n = 1; n <= 6; n++) for (let k = 0; k < n; k++) expectOneHot(k, n);
  });

  it(t('returns a fresh array on every call', '호출할 때마다 새 배열을 반환합니다'), () => {
    const first = oneHot(0, 3);
    first[1] = 5;
    expect(oneHot(0, 3)).toMatchValue([1, 0, 0], {
      name: t('oneHot(0, 3) after changing an earlier result', '이전 결과를 바꾼 뒤의 oneHot(0, 3)'),
      tol: 0,
      mistakes: [{ when: (r) => Array.isArray(r) && r[1] === 5, id: 'fresh-array', en: 'every call must build a new array; yours hands out the same one each time.', ko: '호출마다 새 배열을 만들어야 합니다. 지금은 같은 배열을 계속 돌려줍니다.' }],
    });
    // Refilled each time, one kept array still breaks a result held from before: [0, 1, 2].map((k) => oneHot(k, 3)).
    const vectors = [0, 1, 2].map((k) => oneHot(k, 3));
    expect(vectors).toMatchValue([unit(0, 3), unit(1, 3), unit(2, 3)], {
      name: '[0, 1, 2].map((k) => oneHot(k, 3))',
      tol: 0,
      mistakes: [{ when: () => vectors[0] === vectors[2], id: 'fresh-array', en: 'every call must build a new array; yours hands out the same one each time, so an earlier result changes with the next call.', ko: '호출마다 새 배열을 만들어야 합니다. 지금은 같은 배열을 계속 돌려줘서 이전 결과가 다음 호출 때 바뀝니다.' }],
    });
  });

  it(t('rejects a number of classes that is not a positive integer', '양의 정수가 아닌 클래스 수를 거부합니다'), () => {
    expectRejects(() => oneHot(0, 0), 'numClasses', 'numClasses = 0', 'RangeError');
    expectRejects(() => oneHot(0, -2), 'numClasses', 'numClasses = −2', 'RangeError');
    expectRejects(() => oneHot(0, 2.5), 'numClasses', 'numClasses = 2.5', 'RangeError');
    expectRejects(() => oneHot(0, Number.NaN), 'numClasses', 'numClasses = NaN');
  });

  it(t('rejects a class index outside 0 … numClasses − 1 or not an integer', '0 … numClasses − 1 밖이거나 정수가 아닌 클래스 인덱스를 거부합니다'), () => {
    expectRejects(() => oneHot(3, 3), 'classIndex', t('classIndex = 3 with 3 classes (1-based counting)', '클래스 3개에 1부터 센 classIndex = 3'), 'RangeError');
    expectRejects(() => oneHot(-1, 3), 'classIndex', 'classIndex = −1', 'RangeError');
    expectRejects(() => oneHot(1.5, 3), 'classIndex', 'classIndex = 1.5', 'RangeError');
    expectRejects(() => oneHot(Number.NaN, 3), 'classIndex', 'classIndex = NaN');
  });
});
