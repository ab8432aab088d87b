// verify's check of `npm run reset` and its way back: in a clone of this repository (reset reads the stub
// from git history), a learner's file goes back to the stub, `--undo` puts the learner's file back, and an
// undo of the undo returns the stub — every version saved under the state folder, nothing lost.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../core/curriculum.ts';
import { execute, TSX } from '../../core/exec.ts';
import type { Check } from '../tally.ts';

export async function checkReset(): Promise<Check[]> {
  const clone = mkdtempSync(join(tmpdir(), 'kata-reset-'));
  try {
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', root, clone], { stdio: 'ignore' });
    cpSync(join(root, 'scripts'), join(clone, 'scripts'), { recursive: true }); // the scripts as they are now, committed or not
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
    const file = join(clone, 'exercises', '04-cross-entropy', 'cross-entropy.ts');
    const stub = readFileSync(file, 'utf8');
    const mine = readFileSync(join(root, 'solutions', '04-cross-entropy', 'cross-entropy.ts'), 'utf8').replace(
      'export function',
      '// my own version\nexport function',
    );
    writeFileSync(file, mine);
    const env = { KATA_LANG: 'en', KATA_STATE_DIR: join(clone, '.kata') };
    const reset = (...args: string[]) =>
      execute(process.execPath, ['--import', TSX, join(clone, 'scripts', 'reset.ts'), '04', ...args], {
        cwd: clone,
        env,
        timeoutMs: 30_000,
      });
    const back = await reset();
    const afterReset = readFileSync(file, 'utf8');
    const undone = await reset('--undo');
    const afterUndo = readFileSync(file, 'utf8');
    const redone = await reset('--undo');
    const afterRedo = readFileSync(file, 'utf8');
    const said = [back, undone, redone].map((r) => r.stdout + r.stderr).join('\n');
    return [
      [
        back.code === 0 && afterReset === stub && /--undo puts your version back/.test(back.stdout),
        'reset -- 04 puts the stub back and says how to undo it',
        said,
      ],
      [undone.code === 0 && afterUndo === mine, "reset -- 04 --undo puts the learner's own file back, byte for byte", said],
      [redone.code === 0 && afterRedo === stub, 'an undo of the undo returns the stub (the file it replaced was saved first)', said],
    ];
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
}
