// @ts-check
// npm test — vitest's own `vitest run`, with two additions for learners:
//   * `npm test -- 4` or `-- 04` runs exactly exercise 04 (not 14 or 24);
//   * a spec file that hangs in a way the loop guard cannot stop is reported and the run goes on:
//     the watchdog reporter (spec/support/watchdog.ts) ends vitest, and the other files run again.
// Plain JavaScript so that every run starts as fast as vitest itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const ko = (process.env.KATA_LANG ?? process.env.LC_ALL ?? process.env.LANG ?? '').toLowerCase().startsWith('ko');

/** `4` or `04` → `spec/04-`; other arguments pass through unchanged. */
const args = process.argv.slice(2).map((a) => (/^\d{1,2}$/.test(a) ? `spec/${a.padStart(2, '0')}-` : a));
const stateDir = mkdtempSync(join(tmpdir(), 'kata-test-'));
const stateFile = join(stateDir, 'state.json');
const hung = [];
let code = 0;

for (let round = 0; round < 10; round++) {
  rmSync(stateFile, { force: true });
  const skip = hung.flatMap((file) => ['--exclude', relative(root, file)]);
  const run = spawnSync(process.execPath, [vitest, 'run', ...args, ...skip], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, KATA_WATCHDOG_STATE: stateFile },
  });
  code = run.status ?? 1;
  if (!existsSync(stateFile)) break;
  hung.push(...JSON.parse(readFileSync(stateFile, 'utf8')).hung);
  console.error(ko ? '\n멈추지 않는 스펙 파일이 있어 중단했습니다. 나머지를 다시 실행합니다…\n' : '\nA spec file would not stop; it was ended. Running the others again…\n');
}
rmSync(stateDir, { recursive: true, force: true });

if (hung.length > 0) {
  const limit = Number(process.env.KATA_TIME_LIMIT) || 10;
  for (const file of hung) {
    const id = relative(root, file).replace(/^spec\//, '').replace(/\.spec\.ts$/, '');
    console.error(
      ko
        ? `✗ ${id}: ${limit}초 안에 끝나지 않아 중단했습니다 — 무한 루프나 끝없는 재귀일까요? 고친 뒤 npm test -- ${id.slice(0, 2)}`
        : `✗ ${id}: did not finish within ${limit} s and was stopped — an endless loop or recursion? Fix it, then npm test -- ${id.slice(0, 2)}`,
    );
  }
  code = 1;
}
// In a student's copy of an assignment (kata.json, no held-out checks), green is the public checks only
// (the words of HELD_OUT_NOTICE in scripts/lib/manifest.ts).
if (code === 0 && existsSync(join(root, 'kata.json')) && !existsSync(join(root, 'spec', 'held-out'))) {
  console.log(ko ? '\n✓ 공개 검사 통과, 선생님의 비공개 검사는 채점할 때 실행됩니다' : "\n✓ public checks passed; your teacher's held-out checks run when grading");
}
process.exit(code);
