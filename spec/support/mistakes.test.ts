// The mistake tables' lookup, diagnose(): a mistake is named only when its model alone gives the value.
// The tests of one file share what diagnose() remembers (the mistakes named earlier in the file), so
// each case uses mistake ids of its own; the follow-on cases depend on the order of the tests.
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.KATA_LANG = 'en'; // i18n.ts reads it once, when it is first imported
});

import { currentExercise, diagnose, type Mistake } from './mistakes';
import { showApart } from './nested';

const HINT = '\nStuck? npm run hint -- ??'; // a unit test is no exercise's spec: its number is ??
const mistake = (id: string, value: number | number[], en = `explanation of ${id}`): Mistake => ({ id, en, ko: `${id} 설명`, value });

describe('currentExercise', () => {
  it('is the two digits of the running spec file, on any platform, held-out specs too', () => {
    expect(currentExercise('/home/k/spec/04-cross-entropy.spec.ts')).toBe('04');
    expect(currentExercise('C:\\k\\spec\\12-backprop.spec.ts')).toBe('12');
    expect(currentExercise('spec/held-out/24-iris.spec.ts')).toBe('24');
    expect(currentExercise('spec/support/mistakes.test.ts')).toBe('??');
  });
});

describe('diagnose', () => {
  it('names the one mistake whose value the learner got, with the hint command, and notes it for the report', ({ task }) => {
    const table = [mistake('no-shift', 3, 'You forgot to shift.'), mistake('other', 4)];
    expect(diagnose(3, table, 2)).toBe(`\n\nLooks like a known mistake: You forgot to shift.${HINT}`);
    expect(task.meta.mistakes).toEqual([{ id: 'no-shift', text: 'You forgot to shift.' }]);
  });

  it('compares with a relative tolerance of 1e-6, entry by entry', () => {
    const table = [mistake('tolerance', [3, 1000])];
    expect(diagnose([3.000002, 1000.0009], table, [0, 0])).toBe(`\n\nLooks like a known mistake: explanation of tolerance${HINT}`);
    expect(diagnose([3.00001, 1000], table, [0, 0])).toBe('');
    expect(diagnose([3], table, [0, 0])).toBe('');
  });

  it('tells small values apart: a model of 1e-10 is not matched by 0 or 3e-10, only by itself', () => {
    const table = [mistake('tiny', [1e-10, 2])];
    expect(diagnose([0, 2], table, [5, 5])).toBe('');
    expect(diagnose([3e-10, 2], table, [5, 5])).toBe('');
    expect(diagnose([1.0000001e-10, 2], table, [5, 5])).toBe(`\n\nLooks like a known mistake: explanation of tiny${HINT}`);
  });

  it('matches a model of Infinity only with Infinity', () => {
    expect(diagnose(0, [mistake('infinite', Number.POSITIVE_INFINITY)], 5)).toBe('');
    expect(diagnose(Number.POSITIVE_INFINITY, [mistake('infinite-too', Number.POSITIVE_INFINITY)], 5)).toBe(`\n\nLooks like a known mistake: explanation of infinite-too${HINT}`);
  });

  it('names nobody when two mistakes give the same value', ({ task }) => {
    expect(diagnose(5, [mistake('twin-a', 5), mistake('twin-b', 5)], 1)).toBe('');
    expect(task.meta.mistakes).toBeUndefined();
  });

  it('names a mistake with `also` only when that further run of the code agrees, and a throwing `also` as false', () => {
    expect(diagnose(6, [{ ...mistake('probe-yes', 6), also: () => true }], 1)).toBe(`\n\nLooks like a known mistake: explanation of probe-yes${HINT}`);
    expect(diagnose(6, [{ ...mistake('probe-no', 6), also: () => false }], 1)).toBe('');
    const throwing = () => {
      throw new Error('the learner code crashed');
    };
    expect(diagnose(6, [{ ...mistake('probe-throws', 6), also: throwing }], 1)).toBe('');
  });

  it('never names a mistake whose value is also the right answer', () => {
    expect(diagnose(7, [mistake('right-anyway', 7)], 7)).toBe('');
  });

  it('recognises with `when`, and a `when` that throws recognises nothing', () => {
    const negative: Mistake = {
      id: 'negative',
      en: 'The sign is flipped.',
      ko: '부호가 반대입니다.',
      when: (v) => typeof v === 'number' && v < 0,
    };
    const broken: Mistake = {
      id: 'broken',
      en: 'never',
      ko: '없음',
      when: () => {
        throw new Error('model failed');
      },
    };
    expect(diagnose(-1, [negative, broken])).toBe(`\n\nLooks like a known mistake: The sign is flipped.${HINT}`);
    expect(diagnose(1, [negative, broken])).toBe('');
  });

  it('says what a symptom shows and names nobody; a cause beside it is named instead', ({ task }) => {
    const nan: Mistake = { id: 'nan', en: 'NaN: a 0/0 or a log of 0.', ko: 'NaN입니다.', when: Number.isNaN, symptom: true };
    expect(diagnose(Number.NaN, [nan])).toBe('\n\nWhat this value shows: NaN: a 0/0 or a log of 0.');
    expect(task.meta.mistakes).toBeUndefined();
    const cause: Mistake = { id: 'nan-cause', en: 'log(0): clip the probabilities.', ko: 'log(0)입니다.', when: Number.isNaN };
    expect(diagnose(Number.NaN, [nan, cause])).toBe(`\n\nLooks like a known mistake: log(0): clip the probabilities.${HINT}`);
  });

  it('names a mistake in full, first', () => {
    expect(diagnose(11, [mistake('repeated', 11, 'Off by one.')], 10)).toBe(`\n\nLooks like a known mistake: Off by one.${HINT}`);
  });

  it('then, in a later test of the same file, points back to that test instead of explaining again', ({ task }) => {
    expect(diagnose(21, [mistake('repeated', 21, 'Off by one.')], 20)).toBe(
      '\n\nSame cause as in the test "names a mistake in full, first" above: «Off by one.»',
    );
    expect(task.meta.mistakes).toEqual([{ id: 'repeated', text: 'Off by one.' }]);
  });

  it('and when two mistakes give a value, one of them named above, says this failure follows from it', ({ task }) => {
    expect(diagnose(30, [mistake('unnamed', 30), mistake('repeated', 30, 'Off by one.')], 31)).toBe(
      '\n\nThe test "names a mistake in full, first" above named a mistake: «Off by one.» Applied to this test\'s input, that mistake gives exactly this value, so this failure likely follows from it. Fix that one first, then run again.',
    );
    expect(task.meta.followsFrom).toBe('repeated');
    expect(task.meta.mistakes).toBeUndefined();
  });

  it('forgets what an earlier run of a test named when its last run named nothing (a property test shows only its shrunk run)', () => {
    expect(diagnose(41, [mistake('shrunk-away', 41, 'Seen on the way.')], 40)).toBe(`\n\nLooks like a known mistake: Seen on the way.${HINT}`);
    expect(diagnose(99, [mistake('shrunk-away', 41, 'Seen on the way.')], 40)).toBe('');
  });

  it('so a later test explains that mistake in full instead of pointing at a test that never showed it', () => {
    expect(diagnose(51, [mistake('shrunk-away', 51, 'Seen on the way.')], 50)).toBe(`\n\nLooks like a known mistake: Seen on the way.${HINT}`);
  });
});

describe('the quote of an earlier explanation', () => {
  const long = 'Only the path through o1 was counted. h1 feeds both outputs, so ∂E/∂h1 = δ1·w5 + δ2·w7 = 0.03240681 (both paths). Sum over every unit that h1 feeds, not just the first one you meet.';

  it('is named in full where it first shows', () => {
    expect(diagnose(61, [mistake('decimal-inside', 61, long)], 60)).toBe(`\n\nLooks like a known mistake: ${long}${HINT}`);
  });

  it('keeps whole sentences, never cut at the point of a decimal number', () => {
    expect(diagnose(71, [mistake('decimal-inside', 71, long)], 70)).toBe(
      '\n\nSame cause as in the test "is named in full where it first shows" above: «Only the path through o1 was counted. h1 feeds both outputs, so ∂E/∂h1 = δ1·w5 + δ2·w7 = 0.03240681 (both paths).»',
    );
  });
});

describe('showApart', () => {
  it('prints two different numbers with as many digits as it takes to tell them apart', () => {
    expect(showApart(0.5000000000000001, 0.5)).toEqual(['0.5000000000000001', '0.5']);
    expect(showApart(0.123456789012, 0.1234)).toEqual(['0.123456789', '0.1234']);
  });
});
