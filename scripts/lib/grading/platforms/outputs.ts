// npm run grade's outputs for the platforms (lib/grading/platforms/results.ts makes their contents):
//   --classroom50 DIR   result.json and release-body.md into DIR (Classroom 50's autograder.py asks)
//   --gradescope        results.json into $KATA_GRADESCOPE_ROOT/results (default /autograder)
//   --actions           GitHub Actions: job summary, annotations, outputs points/max/passed;
//                       --pass-at P (percent, default 100) decides the job's status
//   --junit FILE        JUnit XML
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Exercise } from '../../core/curriculum.ts';
import type { GradeReport } from '../points.ts';
import {
  annotations,
  classroom50Result,
  gradescopeResults,
  jobSummary,
  junitXml,
  passes,
  releaseBody,
  type Visibility,
} from './results.ts';
import type { Say } from '../../core/language.ts';

export interface OutputOptions {
  classroom50?: string;
  gradescopeRoot?: string;
  heldOutVisibility: Visibility;
  actions: boolean;
  passAt: number;
  junit?: string;
  seconds: number;
}

/** Write what was asked; the exit code the run should have (the Actions rule may fail it). */
export function writeOutputs(report: GradeReport, exercises: readonly Exercise[], say: Say, o: OutputOptions): number {
  if (o.classroom50) {
    writeFileSync(
      join(o.classroom50, 'result.json'),
      `${JSON.stringify(classroom50Result(report, exercises, process.env, say), null, 2)}\n`,
    );
    writeFileSync(join(o.classroom50, 'release-body.md'), releaseBody(report, exercises, say));
  }
  if (o.gradescopeRoot) {
    mkdirSync(join(o.gradescopeRoot, 'results'), { recursive: true });
    writeFileSync(
      join(o.gradescopeRoot, 'results', 'results.json'),
      `${JSON.stringify(gradescopeResults(report, exercises, say, o.heldOutVisibility, o.seconds), null, 2)}\n`,
    );
  }
  if (o.junit) writeFileSync(resolve(o.junit), junitXml([{ name: '', report }]));
  if (!o.actions) return 0;
  for (const line of annotations(report, exercises, 'exercises/')) console.log(line);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, jobSummary(report, exercises, say, o.passAt));
  const ok = passes(report, o.passAt);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `points=${report.total}\nmax=${report.max}\npassed=${ok}\n`);
  return ok ? 0 : 1;
}
