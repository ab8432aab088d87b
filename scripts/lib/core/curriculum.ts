// The one ordered manifest, curriculum.json, and the paths every script derives from it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..', '..', '..');

export interface Bilingual {
  en: string;
  ko: string;
}

export interface Exercise {
  id: string;
  chapter: number;
  title: Bilingual;
  section: string;
  file: string;
  exports: string[];
  points: number;
  dependsOn: string[];
  hints: { en: string[]; ko: string[] };
}

export interface Chapter {
  number: number;
  title: Bilingual;
}

/** The source article, named so that it can be found (its address is not known here). */
export interface Article {
  title: string;
  titleEn: string;
  author: string;
  date: string;
  series: string;
  part: string;
  /** Its section headings, as printed (some Korean), with an English name each. */
  sections: { heading: string; en: string }[];
}

export interface Curriculum {
  chapters: Chapter[];
  article?: Article;
  exercises: Exercise[];
}

/** How a section of the article is named in `lang`: English readers get an English name, the heading after it. */
export function sectionName(curriculum: Curriculum, heading: string, lang: 'en' | 'ko'): string {
  return heading
    .split(/,\s*/)
    .map((h) => {
      const en = curriculum.article?.sections.find((s) => s.heading === h)?.en;
      return lang === 'en' && en && en !== h.replace(/^\[|\]$/g, '') ? `${en} ${h}` : h;
    })
    .join(', ');
}

export function loadCurriculum(dir = root): Curriculum {
  return JSON.parse(readFileSync(join(dir, 'curriculum.json'), 'utf8')) as Curriculum;
}

/** The two-digit number of an exercise id: '04-cross-entropy' → '04'. */
export function numberOf(id: string): string {
  return id.slice(0, 2);
}

/** Paths of one exercise, relative to the repository root. */
export function pathsOf(exercise: Exercise) {
  return {
    stub: join('exercises', exercise.file),
    solution: join('solutions', exercise.file),
    spec: join('spec', `${exercise.id}.spec.ts`),
    readme: join('exercises', exercise.id, 'README.md'),
    readmeKo: join('exercises', exercise.id, 'README.ko.md'),
  };
}

/** An exercise is "present" once its spec exists; later chapters may still be planned only. */
export function isPresent(exercise: Exercise, dir = root): boolean {
  return existsSync(join(dir, pathsOf(exercise).spec));
}

/** Find an exercise by '4', '04' or '04-cross-entropy'. */
export function findExercise(curriculum: Curriculum, query: string): Exercise | undefined {
  const q = query.trim();
  const padded = /^\d$/.test(q) ? `0${q}` : q;
  return curriculum.exercises.find((e) => e.id === q || numberOf(e.id) === padded);
}
