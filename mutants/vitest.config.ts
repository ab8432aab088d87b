// Maintainers only: runs copies of specs against deliberately broken copies of solutions/
// (see scripts/lib/mutants.ts), which names the folder of this run in KATA_MUTANTS_DIR.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { loopGuard } from '../spec/support/loop-guard.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  plugins: [loopGuard(resolve(root, '.kata'))],
  test: {
    root,
    include: [`${process.env.KATA_MUTANTS_DIR ?? '.kata/mutants'}/*/spec/*.spec.ts`],
    setupFiles: ['spec/support/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    isolate: false,
    testTimeout: 10_000,
  },
});
