// The teacher's kit of an export with --platform (scripts/export.ts): everything the grading needs that
// students must never get. Next to the student template DIR it writes DIR-teacher/ (or --teacher-out):
//   kata/            a pristine copy of the template plus the held-out checks of the assigned exercises
//                    (spec/held-out/, their hashes in held-out.json): the regrade runs here
//                    (cd kata && npm ci && npm run grade -- --each ../../submissions)
//   README.md        the platform's steps, for the teacher
// and for the platform:
//   classroom50      autograder.py (scripts/templates/classroom50-autograder.py): with kata/, the folder to
//                    commit as CLASSROOM/autograders/SLUG/ (Node is set in assignments.json, not here)
//   gradescope       setup.sh, run_autograder, and autograder.zip (both at its root, kata/ beside them)
// The held-out checks run in the regrade and in both bundles; a Classroom 50 bundle is published by the
// config repository's Pages site, so there "held-out" means unchangeable by students, not unreadable.
import { heldOutCasesText, randomInputs } from '../../cases/held-out.ts';
import { heldOutOptimizerText } from '../../cases/optimizers.ts';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Exercise, root } from '../../core/curriculum.ts';
import { hashAll, listFiles } from '../assignment.ts';
import { zipFolder } from './zip.ts';
import { NODE_LTS } from './workflow-check.ts';
import type { Visibility } from './results.ts';

export type Platform = 'classroom50' | 'gradescope' | 'actions' | 'classroom';
export const PLATFORMS: readonly Platform[] = ['classroom50', 'gradescope', 'actions', 'classroom'];
export const HELD_OUT_MANIFEST = 'held-out.json';

export interface KitOptions {
  platform: Platform;
  template: string;
  kit: string;
  assigned: readonly Exercise[];
  slug: string;
  feedbackLang: 'en' | 'ko';
  heldOutVisibility: Visibility;
  passAt: number;
  /** The held-out inputs of exercises 01–14 and 23 are drawn from this (a course's own; see generate-held-out-cases.ts). */
  heldOutSeed: number;
}

/** Write the kit; the held-out specs it holds. */
export function writeKit(o: KitOptions): string[] {
  const kata = join(o.kit, 'kata');
  mkdirSync(kata, { recursive: true });
  for (const entry of readdirSync(o.template))
    if (entry !== '.git' && entry !== 'node_modules') cpSync(join(o.template, entry), join(kata, entry), { recursive: true });
  // The held-out checks of the assigned exercises, their values, and their hashes.
  const heldOut = o.assigned.map((e) => `spec/held-out/${e.id}.spec.ts`).filter((f) => existsSync(join(root, f)));
  if (heldOut.length > 0) {
    mkdirSync(join(kata, 'spec', 'held-out', 'support'), { recursive: true });
    for (const f of heldOut) cpSync(join(root, f), join(kata, f));
    cpSync(join(root, 'spec', 'held-out', 'support'), join(kata, 'spec', 'held-out', 'support'), { recursive: true });
    // This course's own inputs and expected values, not the examples committed in the open repository.
    writeFileSync(join(kata, 'spec', 'held-out', 'support', 'generated', 'cases.ts'), heldOutCasesText(randomInputs(o.heldOutSeed)));
    writeFileSync(join(kata, 'spec', 'held-out', 'support', 'generated', 'optimizer-cases.ts'), heldOutOptimizerText(o.heldOutSeed));
    const files = [...heldOut, ...listFiles(root, 'spec/held-out/support')];
    writeFileSync(join(kata, HELD_OUT_MANIFEST), `${JSON.stringify({ files: hashAll(kata, files) }, null, 2)}\n`);
  }
  const lang = o.feedbackLang;
  if (o.platform === 'classroom50') {
    writeFileSync(
      join(o.kit, 'autograder.py'),
      readFileSync(join(root, 'scripts', 'templates', 'classroom50-autograder.py'), 'utf8').replace('__KATA_LANG__', lang),
    );
    chmodSync(join(o.kit, 'autograder.py'), 0o755);
  }
  if (o.platform === 'gradescope') {
    writeFileSync(join(o.kit, 'setup.sh'), gradescopeSetup());
    writeFileSync(join(o.kit, 'run_autograder'), gradescopeRun(lang, o.heldOutVisibility));
    chmodSync(join(o.kit, 'setup.sh'), 0o755);
    chmodSync(join(o.kit, 'run_autograder'), 0o755);
    const staging = join(o.kit, '.zip');
    mkdirSync(staging);
    for (const f of ['setup.sh', 'run_autograder']) cpSync(join(o.kit, f), join(staging, f));
    cpSync(kata, join(staging, 'kata'), { recursive: true });
    writeFileSync(join(o.kit, 'autograder.zip'), zipFolder(staging));
    rmSync(staging, { recursive: true, force: true });
  }
  writeFileSync(join(o.kit, 'README.md'), teacherReadme(o, relative(process.cwd(), o.kit) || o.kit));
  return heldOut;
}

// ── Gradescope ────────────────────────────────────────────────────────────────────────────────────────
function gradescopeSetup(): string {
  return `#!/usr/bin/env bash
# Gradescope runs this once, when it builds the autograder's image (it has the network then): Node ${NODE_LTS}
# (the current LTS; Ubuntu's own nodejs is too old) and the locked dependencies of the grader.
set -euo pipefail
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ca-certificates curl gnupg xz-utils >/dev/null
curl -fsSL https://deb.nodesource.com/setup_${NODE_LTS}.x | bash -
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs >/dev/null
node --version
cd /autograder/source/kata
npm ci --ignore-scripts --no-audit --no-fund
`;
}

function gradescopeRun(lang: string, visibility: Visibility): string {
  return `#!/usr/bin/env bash
# Gradescope runs this once per submission (written by npm run export -- --platform gradescope). It grades
# the exercise files found in the submission — a repository or loose files, by name — from the pristine
# copy in source/kata (the specs, the held-out checks, the lock), in grading mode, and writes
# results/results.json. KATA_GRADESCOPE_ROOT stands for /autograder (to try it on your own machine).
ROOT="\${KATA_GRADESCOPE_ROOT:-/autograder}"
cd "$ROOT/source/kata" || exit 1
mkdir -p "$ROOT/results"
env -i PATH="$PATH" HOME="\${HOME:-/root}" KATA_GRADESCOPE_ROOT="$ROOT" KATA_LANG=${lang} FORCE_COLOR=0 \\
  node --import tsx scripts/grade.ts --gradescope --held-out-visibility ${visibility}
if [ ! -s "$ROOT/results/results.json" ]; then
  printf '{ "score": 0, "output": "The grader stopped before it wrote a result; your teacher will regrade.", "tests": [] }\\n' > "$ROOT/results/results.json"
fi
`;
}

// ── The teacher's README ──────────────────────────────────────────────────────────────────────────────
function teacherReadme(o: KitOptions, kitPath: string): string {
  const max = o.assigned.reduce((s, e) => s + e.points, 0);
  const ids = o.assigned.map((e) => e.id).join(', ');
  const steps: Record<Platform, string> = {
    classroom50: `## Classroom 50

1. Push the student template (\`${relative(process.cwd(), o.template) || o.template}\`, without this folder) as a template
   repository in your teaching organisation (it may be private there; it holds no solution and no held-out check).
   It has no \`.github/workflows/autograde.yaml\`: the student tool writes that, and \`.classroom50.yaml\`, on accept
   (the grader expects those two files; they are not counted as changes).
2. In your config repository (\`ORG/classroom50\`), copy this bundle in as the assignment's autograder and push:

   \`\`\`sh
   mkdir -p CLASSROOM/autograders/${o.slug}
   cp -R ${kitPath}/autograder.py ${kitPath}/kata CLASSROOM/autograders/${o.slug}/
   git add CLASSROOM/autograders/${o.slug} && git commit -m "Autograder: ${o.slug}" && git push
   \`\`\`

3. Create the assignment with Node ${NODE_LTS}: the runtime is the \`runtime\` block of the assignment's entry in
   \`CLASSROOM/assignments.json\` (\`"runtime": { "node": "${NODE_LTS}" }\`). With the \`gh teacher\` CLI:

   \`\`\`sh
   echo '{ "node": "${NODE_LTS}" }' > runtime.json
   gh teacher assignment add ORG CLASSROOM ${o.slug} --name "…" --template ORG/TEMPLATE --runtime runtime.json
   \`\`\`

   (\`--runtime -\` reads the JSON from stdin; \`add\` on an existing slug replaces the whole entry, so give every
   flag again.) Students submit with \`gh student submit\` (or on classroom50.org).
4. Every submission is graded by \`autograder.py\`: \`result.json\` has one row per exercise (${ids}; ${max} points,
   partial credit per spec test, rounded down) and the Release shows a table with the first failure of each. If
   grading cannot finish (npm ci, a crash, 12 minutes), the result records every exercise at 0 with the reason, the
   Release is still published, and you regrade.

Try the bundle on your own machine, in a student's checkout:
\`CLASSROOM50_BUNDLE_DIR=${kitPath} python3 ${kitPath}/autograder.py\``,
    gradescope: `## Gradescope

1. Create a *Programming Assignment*, upload \`autograder.zip\` (from this folder) as its autograder; Gradescope runs
   \`setup.sh\` once (Node ${NODE_LTS} and the locked dependencies).
2. Students submit their repository (GitHub upload) or their exercise files; each file is found by its name.
3. \`results.json\` has one entry per spec test; the public tests carry the points (${max}), the held-out checks are
   shown ${o.heldOutVisibility === 'after_due_date' ? 'after the due date' : `with visibility ${o.heldOutVisibility}`} and confirm the public ones.

Try it on your own machine: put a student's files in \`/tmp/gs/submission\`, then
\`cp -R ${kitPath}/kata /tmp/gs/source/ && (cd /tmp/gs/source/kata && npm ci) && KATA_GRADESCOPE_ROOT=/tmp/gs ${kitPath}/run_autograder\`
and read \`/tmp/gs/results/results.json\`.`,
    actions: `## GitHub Actions (any repository)

The template's \`.github/workflows/grade.yml\` grades every push: a job summary with a table of exercises, points and
first failures, an annotation on the student's file and line for each exercise not yet full, the outputs
\`points\`/\`max\`/\`passed\`, and a red job below ${o.passAt}% of the ${max} points.`,
    classroom: `## GitHub Classroom (legacy) and Classmoji

The template's \`.github/workflows/classroom.yml\` is the classroom-resources workflow (kept for Classmoji and old
courses): its reporter sends exactly the points \`npm run grade\` prints.`,
  };
  return `# Teacher's kit: ${ids}

Never give this folder to students: \`kata/spec/held-out/\` holds the held-out checks.

${steps[o.platform]}

## Regrade (at a deadline, or any time)

\`\`\`sh
cd ${kitPath}/kata && npm ci
npm run grade -- --each ../../submissions --csv ../grades.csv --report ../report
\`\`\`

Only the assigned exercise files are taken from each student; the specs, the held-out checks and everything else come
from \`kata/\`, which is checked against \`kata.json\`, \`held-out.json\` and the lock before grading and left as it was.
`;
}
