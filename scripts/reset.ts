// npm run reset -- 04 — put the stub of exercise 04 back, after saving your file in
// .kata/backups/<time>/. The stub is the newest version in git history that is still a stub
// (every exported function and class throws "not implemented"). Refuses without an exercise id.
// `npm run reset -- 04 --undo` is the way back: the newest backup of 04 is put in place again (the file
// it replaces is saved first, so an undo can be undone too).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { findExercise, loadCurriculum, pathsOf, root } from './lib/core/curriculum.ts';
import { isStub } from './lib/core/exports.ts';
import { langFrom, translator, withoutLang } from './lib/core/language.ts';
import { stateDir } from './lib/runner/state.ts';
import { josa } from './lib/core/josa.ts';

const argv = process.argv.slice(2);
const say = translator(langFrom(argv));
const query = withoutLang(argv).find((a) => !a.startsWith('-'));
const undo = argv.includes('--undo');

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 16 * 1024 * 1024 });
}

/** The newest committed version of `path` that is still an untouched stub. */
function originalStub(path: string): string | undefined {
  let commits: string[];
  try {
    commits = git('log', '--format=%H', '--', path).split('\n').filter(Boolean);
  } catch {
    return undefined; // no git, or not a repository
  }
  for (const commit of commits) {
    try {
      const code = git('show', `${commit}:${path}`);
      if (isStub(code, path)) return code;
    } catch {
      // the file did not exist at that commit
    }
  }
  return undefined;
}

/** Save the learner's current `path` under .kata/backups/<time>/ and say where (no file: nothing to save). */
function backUp(path: string): void {
  const file = join(root, path);
  if (!existsSync(file)) return;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backup = join(stateDir, 'backups', stamp, path);
  mkdirSync(dirname(backup), { recursive: true });
  copyFileSync(file, backup);
  console.log(
    say(`Saved your version as ${relative(process.cwd(), backup)}`, `내 버전을 ${relative(process.cwd(), backup)}에 저장했습니다`),
  );
}

/** The newest backup of `path` whose content differs from `current`, if any. */
function newestBackup(path: string, current: string | undefined): string | undefined {
  const dir = join(stateDir, 'backups');
  if (!existsSync(dir)) return undefined;
  const stamps = readdirSync(dir).sort().reverse(); // ISO times: the names sort by time
  return stamps.map((stamp) => join(dir, stamp, path)).find((file) => existsSync(file) && readFileSync(file, 'utf8') !== current);
}

function restore(id: string, path: string): number {
  const file = join(root, path);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const backup = newestBackup(path, current);
  if (!backup) {
    console.error(
      say(
        `There is no backup of ${path} under .kata/backups/ to go back to; nothing was changed.`,
        `.kata/backups/ 에 되돌아갈 ${path}의 백업이 없습니다. 아무것도 바꾸지 않았습니다.`,
      ),
    );
    return 1;
  }
  backUp(path);
  mkdirSync(dirname(file), { recursive: true });
  copyFileSync(backup, file);
  console.log(
    say(
      `Put your saved version of ${id} back from ${relative(process.cwd(), backup)}`,
      `${relative(process.cwd(), backup)}에 저장해 둔 ${id}의 내 버전을 되돌렸습니다`,
    ),
  );
  return 0;
}

function main(): number {
  if (!query) {
    console.error(
      say(
        'Which exercise? Reset puts one stub back, e.g.: npm run reset -- 04\n(Your current file is saved under .kata/backups/ first; npm run reset -- 04 --undo puts it back.)',
        '어느 연습인가요? reset은 스텁 하나를 되돌립니다. 예: npm run reset -- 04\n(지금 파일은 먼저 .kata/backups/ 에 저장되고, npm run reset -- 04 --undo 로 되돌릴 수 있습니다.)',
      ),
    );
    return 2;
  }
  const exercise = findExercise(loadCurriculum(), query);
  if (!exercise) {
    console.error(say(`No exercise "${query}". Try: npm run reset -- 04`, `"${query}" 연습이 없습니다. 예: npm run reset -- 04`));
    return 2;
  }
  const path = pathsOf(exercise).stub;
  if (undo) return restore(exercise.id, path);
  const file = join(root, path);
  const stub = originalStub(path);
  if (stub === undefined) {
    console.error(
      say(
        `Could not find the original stub of ${path} in git history; nothing was changed.`,
        `git 기록에서 ${path}의 원래 스텁을 찾지 못했습니다. 아무것도 바꾸지 않았습니다.`,
      ),
    );
    return 1;
  }
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === stub) {
    console.log(
      say(`${path} already is the original stub; nothing to do.`, `${josa(path, '은/는')} 이미 원래 스텁입니다. 할 일이 없습니다.`),
    );
    return 0;
  }
  backUp(path);
  writeFileSync(file, stub);
  console.log(say(`Put the stub of ${exercise.id} back: ${path}`, `${exercise.id}의 스텁을 되돌렸습니다: ${path}`));
  if (current !== undefined)
    console.log(
      say(
        `Changed your mind? npm run reset -- ${query} --undo puts your version back.`,
        `마음이 바뀌었다면 npm run reset -- ${query} --undo 로 내 버전을 되돌릴 수 있습니다.`,
      ),
    );
  return 0;
}

process.exit(main());
