// verify's check of the class report (npm run grade -- --each, lib/class-report/): a class of seven
// made by lib/sample-class.ts, regraded from a teacher's kit (check-platforms.ts passes one in), then
// the report read as a teacher would — in headless Chromium and as Markdown. The class: one student
// solved everything, one did nothing, two made known mistakes (mutants/), two hand in the same wrong
// softmax that no named mistake describes, one looked answers up. What must show: every named mistake
// by an id its exercise's spec declares, never one for the solved or untouched work; the two identical
// wrong answers as one group, first; distributions and pass rates for every exercise; JUnit per student.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Check } from './check-curriculum';
import { chromiumPath, inChromium } from './check-plot';
import { type Exercise, pathsOf, root } from './curriculum';
import { execute } from './exec';
import { type Work, writeClass } from './sample-class';

const tsNode = join(root, 'node_modules', '.bin', 'ts-node');

interface Seen {
  sections: string[];
  bins: number;
  mistakes: { exercise: string; id: string; count: number; students: string }[];
  groups: { exercise: string; count: number; students: string }[];
}

export async function checkClassReport(kata: string, template: string, assigned: readonly Exercise[], tmp: string): Promise<Check[]> {
  const checks: Check[] = [];
  const add = (ok: boolean, what: string, detail = '') => checks.push([ok, what, detail]);
  const softmax = assigned.find((e) => e.id === '02-softmax');
  const plan: [string, (e: Exercise, j: number) => Work][] = [
    ['a-solved', () => 'solved'],
    ['b-nothing', () => 'stub'],
    ['c-mistakes', (_e, j) => ({ mutant: j })],
    ['d-mistakes', (_e, j) => ({ mutant: j + 1 })],
    ['e-wrong', (e) => (e === softmax ? 'wrong' : 'solved')],
    ['f-wrong', (e) => (e === softmax ? 'wrong' : 'solved')],
    ['g-lookup', () => 'lookup'],
  ];
  const klass = join(tmp, 'class');
  writeClass(klass, template, assigned, plan.map(([name, work]) => ({ name, work })));
  const csv = join(tmp, 'gradebook', 'grades.csv');
  const run = await execute(tsNode, ['-P', join(kata, 'scripts', 'tsconfig.json'), join(kata, 'scripts', 'grade.ts'), '--each', klass, '--csv', csv, '--junit', join(tmp, 'class.xml')], { cwd: kata, env: { KATA_LANG: 'en', FORCE_COLOR: '0' }, timeoutMs: 120_000 });
  const html = join(tmp, 'gradebook', 'class-report.html');
  const md = existsSync(join(tmp, 'gradebook', 'class-report.md')) ? readFileSync(join(tmp, 'gradebook', 'class-report.md'), 'utf8') : '';
  add(run.code === 0 && existsSync(html) && md.includes(`# Class report — ${plan.length} students`), `--each over a class of ${plan.length} from the kit writes grades.csv, class-report.html and class-report.md side by side (${run.seconds.toFixed(1)} s)`, `exit ${run.code}\n${(run.stdout + run.stderr).slice(-1500)}`);
  if (!existsSync(html)) return checks;

  // The ids the specs declare (their own, and spec/support's shared ones): a reported id must be one of them.
  const idsIn = (file: string) => [...readFileSync(file, 'utf8').matchAll(/\b(?:id: |noteMistake\()'([a-z0-9-]+)'/g)].map((m) => m[1]!);
  const shared = readdirSync(join(kata, 'spec', 'support')).flatMap((f) => idsIn(join(kata, 'spec', 'support', f)));
  const declared = new Map(assigned.map((e) => [e.id, new Set([...idsIn(join(kata, pathsOf(e).spec)), ...shared])]));
  if (!existsSync(chromiumPath)) {
    add(!process.env.KATA_REQUIRE_BROWSER, `the class report in Chromium: not checked (no Chromium at ${chromiumPath})`);
    return checks;
  }
  let seen: Seen | undefined;
  let errors: string[] = [];
  try {
    ({ value: seen, errors } = await inChromium<Seen>(html, `(() => {
      const within = (el) => el.closest('section').id;
      return {
        sections: [...document.querySelectorAll('section.exercise')].map((s) => s.id),
        bins: document.querySelectorAll('rect.bin').length,
        mistakes: [...document.querySelectorAll('tr.mistake')].map((r) => ({ exercise: within(r), id: r.dataset.id, count: Number(r.dataset.count), students: r.textContent })),
        groups: [...document.querySelectorAll('tr.group')].map((r) => ({ exercise: within(r), count: Number(r.dataset.count), students: r.textContent })),
      };
    })()`, process.env.KATA_CLASS_REPORT_SCREENSHOT));
  } catch (error) {
    errors = [error instanceof Error ? error.message : String(error)];
  }
  const bins = assigned.reduce((s, e) => s + e.points + 1, 0);
  add(!!seen && errors.length === 0 && seen.sections.join() === assigned.map((e) => e.id).join() && seen.bins === bins,
    `in Chromium the page renders without errors: a section per exercise with its distribution of points (${seen?.bins}/${bins} bars, one per possible score)`, errors.join('\n') + JSON.stringify(seen?.sections));
  const undeclared = seen?.mistakes.filter((m) => !declared.get(m.exercise)?.has(m.id)) ?? [];
  const innocent = seen?.mistakes.filter((m) => /a-solved|b-nothing|e-wrong|f-wrong/.test(m.students)) ?? [];
  const named = new Set(seen?.mistakes.filter((m) => /c-mistakes|d-mistakes/.test(m.students)).map((m) => m.exercise));
  add(!!seen && undeclared.length === 0 && innocent.length === 0 && named.size >= assigned.length - 1,
    `named mistakes: ${seen?.mistakes.length} rows, every id one the specs declare, in ${named.size} of ${assigned.length} exercises for the students with known mistakes, none for the solved, untouched or unexplained work`,
    JSON.stringify({ undeclared, innocent, named: [...named] }));
  const first = seen?.groups.find((g) => g.exercise === softmax?.id);
  add(!!softmax && !!first && first.count === 2 && /e-wrong/.test(first.students) && /f-wrong/.test(first.students) && !seen?.groups.some((g) => /a-solved|b-nothing/.test(g.students)) && md.includes('e-wrong, f-wrong'),
    `the same wrong softmax from two students, which no named mistake describes, is one group of 2, the first of ${softmax?.id} (in the page and in the Markdown)`, JSON.stringify(seen?.groups));
  const junit = existsSync(join(tmp, 'class.xml')) ? readFileSync(join(tmp, 'class.xml'), 'utf8') : '';
  const suites = (junit.match(/<testsuite /g) ?? []).length;
  add(suites === plan.length * assigned.length && junit.includes('name="c-mistakes › '), `--junit with --each: a test suite per student and exercise (${suites})`, junit.slice(0, 400));
  return checks;
}
