import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Curriculum, type Exercise, findExercise, isPresent, loadCurriculum, numberOf, pathsOf, sectionName } from './curriculum.ts';

const exercise = (id: string, chapter: number, file: string): Exercise => ({
  id,
  chapter,
  title: { en: id, ko: id },
  section: '',
  file,
  exports: [],
  points: 1,
  dependsOn: [],
  hints: { en: [], ko: [] },
});

const curriculum: Curriculum = {
  chapters: [
    { number: 1, title: { en: 'Output and loss', ko: '출력과 손실 함수' } },
    { number: 2, title: { en: 'Gradients', ko: '경사' } },
  ],
  article: {
    title: '글',
    titleEn: 'The article',
    author: 'someone',
    date: '2017',
    series: 's',
    part: '1',
    sections: [
      { heading: '소프트맥스', en: 'Softmax' },
      { heading: '[Adam]', en: 'Adam' },
    ],
  },
  exercises: [
    exercise('01-argmax', 1, '01-argmax/argmax.ts'),
    exercise('04-cross-entropy', 1, '04-cross-entropy/cross-entropy.ts'),
    exercise('12-backprop', 2, '12-backprop/backprop.ts'),
  ],
};

describe('findExercise', () => {
  it('finds an exercise by its number, with or without the leading zero, or by its id', () => {
    expect(findExercise(curriculum, '4')?.id).toBe('04-cross-entropy');
    expect(findExercise(curriculum, '04')?.id).toBe('04-cross-entropy');
    expect(findExercise(curriculum, '04-cross-entropy')?.id).toBe('04-cross-entropy');
    expect(findExercise(curriculum, ' 12 ')?.id).toBe('12-backprop');
    expect(findExercise(curriculum, '1')?.id).toBe('01-argmax');
  });

  it('finds nothing for a number not in the curriculum, a slug alone or a padded number', () => {
    expect(findExercise(curriculum, '2')).toBeUndefined();
    expect(findExercise(curriculum, 'cross-entropy')).toBeUndefined();
    expect(findExercise(curriculum, '004')).toBeUndefined();
    expect(findExercise(curriculum, '')).toBeUndefined();
  });
});

describe('numberOf and pathsOf', () => {
  it('numberOf is the two digits of an id', () => {
    expect(numberOf('04-cross-entropy')).toBe('04');
  });

  it('pathsOf gives the stub, the solution, the spec and both READMEs, relative to the root', () => {
    expect(pathsOf(curriculum.exercises[1]!)).toEqual({
      stub: 'exercises/04-cross-entropy/cross-entropy.ts',
      solution: 'solutions/04-cross-entropy/cross-entropy.ts',
      spec: 'spec/04-cross-entropy.spec.ts',
      readme: 'exercises/04-cross-entropy/README.md',
      readmeKo: 'exercises/04-cross-entropy/README.ko.md',
    });
  });
});

describe('sectionName', () => {
  it('puts the English name before a Korean heading for an English reader, and leaves it alone in Korean', () => {
    expect(sectionName(curriculum, '소프트맥스', 'en')).toBe('Softmax 소프트맥스');
    expect(sectionName(curriculum, '소프트맥스', 'ko')).toBe('소프트맥스');
  });

  it('adds nothing when the heading already is its English name, or is not in the article', () => {
    expect(sectionName(curriculum, '[Adam]', 'en')).toBe('[Adam]');
    expect(sectionName(curriculum, 'Intro', 'en')).toBe('Intro');
  });

  it('names each of several headings', () => {
    expect(sectionName(curriculum, '소프트맥스, [Adam]', 'en')).toBe('Softmax 소프트맥스, [Adam]');
  });
});

describe('loadCurriculum and isPresent', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-curriculum-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads curriculum.json of the folder it is given', () => {
    writeFileSync(join(dir, 'curriculum.json'), JSON.stringify(curriculum));
    expect(loadCurriculum(dir)).toEqual(curriculum);
  });

  it('an exercise is present once its spec exists', () => {
    mkdirSync(join(dir, 'spec'), { recursive: true });
    writeFileSync(join(dir, 'spec', '01-argmax.spec.ts'), '');
    expect(isPresent(curriculum.exercises[0]!, dir)).toBe(true);
    expect(isPresent(curriculum.exercises[1]!, dir)).toBe(false);
  });
});
