import { describe, expect, it } from 'vitest';
import type { Curriculum, Exercise } from '../core/curriculum.ts';
import {
  checkOptions,
  compactChapters,
  dependenciesOf,
  describeSelection,
  parseChapters,
  parseExercises,
  SelectionError,
  selected,
  selectionArgs,
  selectionFrom,
} from './selection.ts';

const exercise = (id: string, chapter: number, dependsOn: string[] = []): Exercise => ({
  id,
  chapter,
  title: { en: id, ko: id },
  section: '',
  file: `${id}/x.ts`,
  exports: [],
  points: 1,
  dependsOn,
  hints: { en: [], ko: [] },
});

// Chapters 1, 2, 3 and 5: there is no chapter 4.
const curriculum: Curriculum = {
  chapters: [1, 2, 3, 5].map((number) => ({ number, title: { en: `c${number}`, ko: `c${number}` } })),
  exercises: [
    exercise('01-argmax', 1),
    exercise('03-one-hot', 1),
    exercise('04-cross-entropy', 1, ['03-one-hot']),
    exercise('06-sigmoid', 2),
    exercise('12-backprop', 3, ['06-sigmoid']),
    exercise('14-train', 3, ['12-backprop']),
    exercise('24-iris', 5, ['01-argmax', '04-cross-entropy']),
  ],
};

/** What `run` throws, in both languages. */
function thrown(run: () => unknown): { en: string; ko: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof SelectionError) return { en: error.en, ko: error.ko };
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('parseChapters (--chapters)', () => {
  it('reads single chapters and ranges, sorted, each once', () => {
    expect(parseChapters('1-3', curriculum)).toEqual([1, 2, 3]);
    expect(parseChapters('3,1', curriculum)).toEqual([1, 3]);
    expect(parseChapters(' 2 , 1-2 ', curriculum)).toEqual([1, 2]);
    expect(parseChapters('1 - 2,5', curriculum)).toEqual([1, 2, 5]);
    expect(parseChapters('5', curriculum)).toEqual([5]);
  });

  it('refuses a chapter that does not exist, listing those that do', () => {
    expect(thrown(() => parseChapters('1-4', curriculum))).toEqual({
      en: 'there is no chapter 4 (chapters: 1, 2, 3, 5)',
      ko: '4장은 없습니다 (장: 1, 2, 3, 5)',
    });
  });

  it('refuses what is not a number or a range, naming it', () => {
    expect(thrown(() => parseChapters('3-1', curriculum)).en).toBe('"3-1" is not a chapter number or a range like 1-3');
    expect(thrown(() => parseChapters('2-1', curriculum)).en).toBe('"2-1" is not a chapter number or a range like 1-3');
    expect(thrown(() => parseChapters('1.5', curriculum)).en).toBe('"1.5" is not a chapter number or a range like 1-3');
    expect(thrown(() => parseChapters('a', curriculum))).toEqual({
      en: '"a" is not a chapter number or a range like 1-3',
      ko: '"a"는 장 번호나 1-3 같은 범위가 아닙니다',
    });
  });

  it('refuses an empty list', () => {
    expect(thrown(() => parseChapters('', curriculum)).en).toBe('no chapter given, e.g. --chapters 1,3');
    expect(thrown(() => parseChapters(' , ', curriculum)).en).toBe('no chapter given, e.g. --chapters 1,3');
  });
});

describe('parseExercises (--exercises)', () => {
  it('takes numbers or ids and returns ids in curriculum order', () => {
    expect(parseExercises('12,4', curriculum)).toEqual(['04-cross-entropy', '12-backprop']);
    expect(parseExercises('04-cross-entropy,04', curriculum)).toEqual(['04-cross-entropy']);
  });

  it('refuses an exercise that does not exist', () => {
    expect(thrown(() => parseExercises('4,99', curriculum))).toEqual({ en: 'there is no exercise "99"', ko: '"99" 연습은 없습니다' });
  });
});

describe('a selection, both ways', () => {
  it('compactChapters writes runs of three or more as ranges', () => {
    expect(compactChapters([1, 2, 3, 5])).toBe('1-3,5');
    expect(compactChapters([5, 3, 1, 2])).toBe('1-3,5');
    expect(compactChapters([1, 2])).toBe('1,2');
    expect(compactChapters([])).toBe('');
  });

  it('selectionArgs is the command line that selects it again', () => {
    expect(selectionArgs({ chapters: [1, 2, 3, 5], exercises: ['04-cross-entropy', '12-backprop'] })).toEqual([
      '--chapters',
      '1-3,5',
      '--exercises',
      '04,12',
    ]);
    expect(selectionArgs({})).toEqual([]);
  });

  it('selectionFrom reads --chapters and --exercises, as `--name value` or `--name=value`', () => {
    expect(selectionFrom(['--chapters', '1-2'], curriculum)).toEqual({ chapters: [1, 2] });
    expect(selectionFrom(['--exercises=14', '--chapters=5'], curriculum)).toEqual({ chapters: [5], exercises: ['14-train'] });
    expect(selectionFrom(['--json'], curriculum)).toBeUndefined();
    expect(thrown(() => selectionFrom(['--chapters'], curriculum)).en).toBe('--chapters needs a list, e.g. --chapters 1,3');
  });

  it('selected lists the exercises of the chapters and the single ones, in curriculum order', () => {
    expect(selected(curriculum, { chapters: [3], exercises: ['01-argmax'] }).map((e) => e.id)).toEqual([
      '01-argmax',
      '12-backprop',
      '14-train',
    ]);
  });

  it('describeSelection says it in a sentence', () => {
    expect(describeSelection({ chapters: [1, 2, 3], exercises: ['14'] }, 'en')).toBe('chapters 1–3 and exercise 14');
    expect(describeSelection({ chapters: [2] }, 'en')).toBe('chapter 2');
    expect(describeSelection({ chapters: [1, 2, 3], exercises: ['14', '24'] }, 'ko')).toBe('1–3장, 연습 14, 24');
  });

  it('dependenciesOf follows imports through other exercises', () => {
    expect(dependenciesOf(curriculum, [curriculum.exercises[5]!]).map((e) => e.id)).toEqual(['06-sigmoid', '12-backprop']);
    expect(dependenciesOf(curriculum, [curriculum.exercises[6]!]).map((e) => e.id)).toEqual([
      '01-argmax',
      '03-one-hot',
      '04-cross-entropy',
    ]);
  });

  it('checkOptions refuses an option the command does not know (a typo)', () => {
    const usage = { en: 'usage: grade', ko: '사용법: grade' };
    expect(() => checkOptions(['--chapters', '1', '--json'], ['--chapters'], ['--json'], usage)).not.toThrow();
    expect(thrown(() => checkOptions(['--chapter', '1'], ['--chapters'], [], usage))).toEqual({
      en: 'unknown option "--chapter"\nusage: grade',
      ko: '알 수 없는 옵션 "--chapter"\n사용법: grade',
    });
  });
});
