// Which exercises a teacher assigns: `--chapters 1,3` or `1-3`, and/or `--exercises 04,12`
// (numbers or ids). Shared by grade, classroom and export, so the three agree on what a list means.
import { type Curriculum, type Exercise, findExercise } from '../core/curriculum.ts';
import { particleFor } from '../core/josa.ts';

export interface Selection {
  chapters?: number[];
  exercises?: string[];
}

/** "1,3" → [1, 3]; "1-3,5" → [1, 2, 3, 5]. Throws on anything else, naming the bad part. */
export function parseChapters(text: string, curriculum: Curriculum): number[] {
  const known = new Set(curriculum.chapters.map((c) => c.number));
  const out = new Set<number>();
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const range = /^(\d+)\s*-\s*(\d+)$/.exec(part);
    const [from, to] = range ? [Number(range[1]), Number(range[2])] : [Number(part), Number(part)];
    if (!Number.isInteger(from) || !Number.isInteger(to) || from > to)
      throw new SelectionError(
        `"${part}" is not a chapter number or a range like 1-3`,
        `"${part}"${particleFor(part, '은/는')} 장 번호나 1-3 같은 범위가 아닙니다`,
      );
    for (let n = from; n <= to; n++) {
      if (!known.has(n))
        throw new SelectionError(
          `there is no chapter ${n} (chapters: ${[...known].join(', ')})`,
          `${n}장은 없습니다 (장: ${[...known].join(', ')})`,
        );
      out.add(n);
    }
  }
  if (out.size === 0) throw new SelectionError('no chapter given, e.g. --chapters 1,3', '장이 없습니다. 예: --chapters 1,3');
  return [...out].sort((a, b) => a - b);
}

/** "04,12" or "04-cross-entropy,12" → ids in curriculum order. */
export function parseExercises(text: string, curriculum: Curriculum): string[] {
  const ids = new Set<string>();
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const exercise = findExercise(curriculum, part);
    if (!exercise) throw new SelectionError(`there is no exercise "${part}"`, `"${part}" 연습은 없습니다`);
    ids.add(exercise.id);
  }
  if (ids.size === 0) throw new SelectionError('no exercise given, e.g. --exercises 04,12', '연습이 없습니다. 예: --exercises 04,12');
  return curriculum.exercises.filter((e) => ids.has(e.id)).map((e) => e.id);
}

/** The exercises a selection names, in curriculum order (chapters and single exercises together). */
export function selected(curriculum: Curriculum, selection: Selection): Exercise[] {
  const chapters = new Set(selection.chapters ?? []);
  const ids = new Set(selection.exercises ?? []);
  return curriculum.exercises.filter((e) => chapters.has(e.chapter) || ids.has(e.id));
}

/** The command-line form of a selection, e.g. ['--chapters', '1,3']. */
export function selectionArgs(selection: Selection): string[] {
  return [
    ...(selection.chapters?.length ? ['--chapters', compactChapters(selection.chapters)] : []),
    ...(selection.exercises?.length ? ['--exercises', selection.exercises.map((id) => id.slice(0, 2)).join(',')] : []),
  ];
}

/** [1, 2, 3, 5] → "1-3,5" */
export function compactChapters(chapters: readonly number[]): string {
  const parts: string[] = [];
  const sorted = [...chapters].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}-${sorted[j]}` : sorted.slice(i, j + 1).join(','));
    i = j + 1;
  }
  return parts.join(',');
}

/** How a selection reads in a sentence: "chapters 1, 3 and exercise 14". */
export function describeSelection(selection: Selection, lang: 'en' | 'ko'): string {
  const parts: string[] = [];
  const chapters = compactChapters(selection.chapters ?? [])
    .replace(/-/g, '–')
    .replace(/,/g, ', ');
  if (selection.chapters?.length)
    parts.push(lang === 'ko' ? `${chapters}장` : `${selection.chapters.length > 1 ? 'chapters' : 'chapter'} ${chapters}`);
  if (selection.exercises?.length)
    parts.push(
      lang === 'ko'
        ? `연습 ${selection.exercises.join(', ')}`
        : `${selection.exercises.length > 1 ? 'exercises' : 'exercise'} ${selection.exercises.join(', ')}`,
    );
  return parts.join(lang === 'ko' ? ', ' : ' and ');
}

/** Every exercise the given ones import, directly or through others (curriculum order). */
export function dependenciesOf(curriculum: Curriculum, exercises: readonly Exercise[]): Exercise[] {
  const byId = new Map(curriculum.exercises.map((e) => [e.id, e]));
  const seen = new Set<string>();
  const visit = (id: string) => {
    for (const dep of byId.get(id)?.dependsOn ?? []) {
      if (!seen.has(dep)) {
        seen.add(dep);
        visit(dep);
      }
    }
  };
  exercises.forEach((e) => visit(e.id));
  return curriculum.exercises.filter((e) => seen.has(e.id));
}

/** A usage mistake, said in both languages; the scripts print the one the user reads and exit 2. */
export class SelectionError extends Error {
  constructor(
    readonly en: string,
    readonly ko: string,
  ) {
    super(en);
  }
}

/** Run a command's main and exit with its code; a SelectionError is a usage error (exit 2) in the learner's language. */
export function runCommand(main: () => number | Promise<number>, lang: 'en' | 'ko'): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => process.exit(code),
      (error: unknown) => {
        console.error(error instanceof SelectionError ? (lang === 'ko' ? error.ko : error.en) : error);
        process.exit(2);
      },
    );
}

/** `--name value` or `--name=value`; undefined when absent. */
export function optionValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === name) return args[i + 1];
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
  }
  return undefined;
}

/** Whether a flag is present, as `--name` or `--name=…`. */
export function hasOption(args: readonly string[], name: string): boolean {
  return args.some((a) => a === name || a.startsWith(`${name}=`));
}

/** The selection named by --chapters / --exercises, or undefined when neither is given. */
export function selectionFrom(args: readonly string[], curriculum: Curriculum): Selection | undefined {
  const chapters = optionValue(args, '--chapters');
  const exercises = optionValue(args, '--exercises');
  if (hasOption(args, '--chapters') && !chapters)
    throw new SelectionError('--chapters needs a list, e.g. --chapters 1,3', '--chapters 뒤에 목록이 필요합니다. 예: --chapters 1,3');
  if (hasOption(args, '--exercises') && !exercises)
    throw new SelectionError(
      '--exercises needs a list, e.g. --exercises 04,12',
      '--exercises 뒤에 목록이 필요합니다. 예: --exercises 04,12',
    );
  if (chapters === undefined && exercises === undefined) return undefined;
  return {
    ...(chapters !== undefined ? { chapters: parseChapters(chapters, curriculum) } : {}),
    ...(exercises !== undefined ? { exercises: parseExercises(exercises, curriculum) } : {}),
  };
}

/**
 * Refuse options a command does not know (a typo like --chapter would otherwise be ignored and
 * grade or export something else). `valued` take a value (`--name v` or `--name=v`); `flags` do not.
 */
export function checkOptions(
  args: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
  usage: { en: string; ko: string },
): void {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const name = arg.split('=')[0]!;
    if (valued.includes(name)) {
      if (!arg.includes('=')) i++;
    } else if (!flags.includes(name)) {
      throw new SelectionError(`unknown option "${arg}"\n${usage.en}`, `알 수 없는 옵션 "${arg}"\n${usage.ko}`);
    }
  }
}
