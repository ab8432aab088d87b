// npm run reset -- 04 — put the stub of exercise 04 back, after saving your file in
// .kata/backups/<time>/. The stub is the newest version in git history that is still a stub
// (every exported function and class throws "not implemented"). Refuses without an exercise id.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { findExercise, loadCurriculum, pathsOf, root } from './lib/curriculum';
import { isStub } from './lib/exports';
import { langFrom, translator, withoutLang } from './lib/i18n';
import { stateDir } from './lib/state';

const argv = process.argv.slice(2);
const say = translator(langFrom(argv));
const query = withoutLang(argv).find((a) => !a.startsWith('-'));

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

function main(): number {
  if (!query) {
    console.error(say(
      'Which exercise? Reset puts one stub back, e.g.: npm run reset -- 04\n(Your current file is saved under .kata/backups/ first.)',
      '어느 연습인가요? reset은 스텁 하나를 되돌립니다. 예: npm run reset -- 04\n(지금 파일은 먼저 .kata/backups/ 에 저장됩니다.)',
    ));
    return 2;
  }
  const exercise = findExercise(loadCurriculum(), query);
  if (!exercise) {
    console.error(say(`No exercise "${query}". Try: npm run reset -- 04`, `"${query}" 연습이 없습니다. 예: npm run reset -- 04`));
    return 2;
  }
  const path = pathsOf(exercise).stub;
  const file = join(root, path);
  const stub = originalStub(path);
  if (stub === undefined) {
    console.error(say(
      `Could not find the original stub of ${path} in git history; nothing was changed.`,
      `git 기록에서 ${path}의 원래 스텁을 찾지 못했습니다. 아무것도 바꾸지 않았습니다.`,
    ));
    return 1;
  }
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === stub) {
    console.log(say(`${path} already is the original stub; nothing to do.`, `${path}은(는) 이미 원래 스텁입니다. 할 일이 없습니다.`));
    return 0;
  }
  if (current !== undefined) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const backup = join(stateDir, 'backups', stamp, path);
    mkdirSync(dirname(backup), { recursive: true });
    copyFileSync(file, backup);
    console.log(say(`Saved your version as ${relative(process.cwd(), backup)}`, `내 버전을 ${relative(process.cwd(), backup)}에 저장했습니다`));
  }
  writeFileSync(file, stub);
  console.log(say(`Put the stub of ${exercise.id} back: ${path}`, `${exercise.id}의 스텁을 되돌렸습니다: ${path}`));
  return 0;
}

process.exit(main());
