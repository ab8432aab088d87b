// Maintainers only: runs copies of specs against deliberately broken copies of solutions/
// (see scripts/lib/mutants.ts), which names the folder of this run in KATA_MUTANTS_DIR.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: `${import.meta.dirname}/..`,
    include: [`${process.env.KATA_MUTANTS_DIR ?? '.kata/mutants'}/*/spec/*.spec.ts`],
    setupFiles: ['spec/support/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 10_000,
  },
});
