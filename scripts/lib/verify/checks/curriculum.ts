// Does curriculum.json agree with the files? Each check is [ok, what, detail].
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { withChapterList } from '../../core/chapter-list.ts';
import { exportedNames } from '../../core/exports.ts';
import { type Curriculum, type Exercise, isPresent, loadCurriculum, pathsOf, root } from '../../core/curriculum.ts';
import { loadMutants } from '../mutants.ts';

import type { Check } from '../tally.ts';

export type { Check };

export function checkCurriculum(curriculum: Curriculum = loadCurriculum()): Check[] {
  const checks: Check[] = [];
  const add = (ok: boolean, what: string, detail = '') => checks.push([ok, what, detail]);
  const { chapters, exercises } = curriculum;

  const chapterProblems = chapters.flatMap((c, i) => [
    ...(c.number === i + 1 ? [] : [`chapter ${c.number} should be number ${i + 1}`]),
    ...(c.title?.en && c.title?.ko ? [] : [`chapter ${c.number} needs a title in en and ko`]),
  ]);
  add(
    chapterProblems.length === 0,
    `${chapters.length} chapters, numbered in order, titled in English and Korean`,
    chapterProblems.join('\n'),
  );

  const order = exercises.flatMap((e, i) => {
    const expected = String(i + 1).padStart(2, '0');
    return /^\d\d-[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id) && e.id.startsWith(expected) ? [] : [`${e.id}: expected an id like ${expected}-slug`];
  });
  add(
    order.length === 0,
    `${exercises.length} exercise ids, numbered 01 … ${String(exercises.length).padStart(2, '0')} in order`,
    order.join('\n'),
  );

  for (const e of exercises) {
    const problems = entryProblems(e, curriculum);
    if (isPresent(e)) {
      problems.push(...presentProblems(e));
      add(problems.length === 0, `${e.id}: entry, stub, solution, spec, README.md, README.ko.md and mutants agree`, problems.join('\n'));
    } else {
      const stray = Object.values(pathsOf(e)).filter((p) => existsSync(join(root, p)));
      if (stray.length) problems.push(`found ${stray.join(', ')} but no spec`);
      add(problems.length === 0, `${e.id}: entry complete; planned, no files yet`, problems.join('\n'));
    }
  }

  const known = new Set(exercises.map((e) => e.id));
  const unknown = [
    ...['exercises', 'solutions'].flatMap((tree) =>
      listDirs(join(root, tree))
        .filter((d) => !known.has(d))
        .map((d) => `${tree}/${d}`),
    ),
    ...readdirSync(join(root, 'spec'))
      .filter((f) => f.endsWith('.spec.ts') && !known.has(f.replace(/\.spec\.ts$/, '')))
      .map((f) => `spec/${f}`),
    ...readdirSync(join(root, 'mutants'))
      .filter((f) => f.endsWith('.json') && !known.has(f.replace(/\.json$/, '')))
      .map((f) => `mutants/${f}`),
  ];
  add(unknown.length === 0, 'every exercise folder, spec and mutants file is listed in curriculum.json', unknown.join('\n'));

  for (const lang of ['en', 'ko'] as const) {
    const r = withChapterList(curriculum, lang);
    const file = lang === 'ko' ? 'README.ko.md' : 'README.md';
    add(
      !!r && r.updated === r.current,
      `${file}: its chapter list matches curriculum.json`,
      r ? 'run `npm run readme` to regenerate it' : 'missing, or without <!-- chapters --> … <!-- /chapters -->',
    );
  }
  return checks;
}

function entryProblems(e: Exercise, { chapters, exercises }: Curriculum): string[] {
  const p: string[] = [];
  const earlier = new Set(exercises.slice(0, exercises.indexOf(e)).map((x) => x.id));
  if (!chapters.some((c) => c.number === e.chapter)) p.push(`chapter ${e.chapter} does not exist`);
  if (!e.title?.en || !e.title?.ko) p.push('title needs en and ko');
  if (!e.section) p.push('section (the article section it follows) is missing');
  if (!e.file?.startsWith(`${e.id}/`) || !e.file.endsWith('.ts')) p.push(`file should be ${e.id}/<name>.ts`);
  if (!Array.isArray(e.exports) || e.exports.length === 0) p.push('exports is empty');
  if (!Number.isInteger(e.points) || e.points <= 0) p.push('points must be a positive integer');
  for (const d of e.dependsOn ?? ['(missing)']) if (!earlier.has(d)) p.push(`depends on ${d}, which is not an earlier exercise`);
  for (const lang of ['en', 'ko'] as const) {
    const hints = e.hints?.[lang] ?? [];
    if (hints.length < 2 || hints.some((h) => typeof h !== 'string' || h.trim() === '')) p.push(`needs at least two ${lang} hints`);
  }
  if (e.hints?.en?.length !== e.hints?.ko?.length) p.push('en and ko hints should match one for one');
  return p;
}

function presentProblems(e: Exercise): string[] {
  const paths = pathsOf(e);
  const missing = Object.values(paths).filter((p) => !existsSync(join(root, p)));
  if (missing.length > 0) return missing.map((m) => `missing ${m}`);
  const p: string[] = [];
  const wanted = [...e.exports].sort().join(', ');
  for (const file of [paths.stub, paths.solution]) {
    const got = exportedNames(join(root, file)).join(', ');
    if (got !== wanted) p.push(`${file} exports ${got || 'nothing'}; curriculum.json says ${wanted}`);
  }
  if (loadMutants(e).length === 0) p.push(`mutants/${e.id}.json lists no known mistake for this exercise`);
  return p;
}

function listDirs(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
}
