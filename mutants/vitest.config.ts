// Maintainers only: runs copies of specs against deliberately broken copies of solutions/
// (see scripts/lib/mutants.ts). Each copy lives in .kata/mutants/<name>/ with its own tree.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: `${import.meta.dirname}/..`,
    include: ['.kata/mutants/*/spec/*.spec.ts'],
    setupFiles: ['spec/support/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 10_000,
  },
});
