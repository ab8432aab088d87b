// @ts-check
// The learner's type errors, as a note that never fails a run: tsc on exercises/ (its tsconfig.json is
// the learner's: strict, without noUncheckedIndexedAccess), the errors of the files asked for, in a few
// lines. npm run typecheck shows them all; npm test -- NN, watch and progress show those of the exercise
// at hand. Incremental (.kata/), so a second run takes a fraction of the first.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Start tsc now; the promise gives the error lines of `files` (paths relative to root, e.g.
 * exercises/01-argmax/argmax.ts), at most `max` of them, or [] when tsc is missing or fails to run.
 * @param {string} root @param {string[]} files @param {number} [max]
 * @returns {Promise<string[]>}
 */
export function typeErrors(root, files, max = 5) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc) || !existsSync(join(root, 'exercises', 'tsconfig.json'))) return Promise.resolve([]);
  return new Promise((resolve) => {
    const args = [
      tsc,
      '-p',
      join(root, 'exercises'),
      '--noEmit',
      '--pretty',
      'false',
      '--incremental',
      '--tsBuildInfoFile',
      join(root, '.kata', 'tsc-learner.tsbuildinfo'),
    ];
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', () => resolve([]));
    child.on('close', () => {
      const wanted = new Set(files.map((f) => f.replace(/\\/g, '/')));
      const lines = out.split('\n').filter((line) => {
        const file = /^(.+?)\(\d+,\d+\): error/.exec(line)?.[1];
        return file !== undefined && wanted.has(relative(root, join(root, file)).replace(/\\/g, '/'));
      });
      resolve(
        lines
          .slice(0, max)
          .map((l) => l.replace(/^(.+?)\((\d+),(\d+)\): error (TS\d+): /, '$1:$2:$3 $4 '))
          .concat(lines.length > max ? [`… +${lines.length - max}`] : []),
      );
    });
  });
}

/** The note itself: a heading and the lines, or '' when there are none. @param {string[]} lines @param {(en: string, ko: string) => string} say */
export function typeNote(lines, say) {
  if (lines.length === 0) return '';
  return `\n${say('Type errors (a note: the tests decide; your editor underlines these too):', '타입 오류 (참고용: 통과 여부는 테스트가 정합니다. 편집기에도 밑줄로 보입니다):')}\n${lines.map((l) => `  ${l}`).join('\n')}`;
}
