import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Which tree the specs test: exercises/ (the learner's), solutions/ with `--mode solutions`,
// or any folder of the same layout with KATA_TARGET=<path> (a student's clone, a broken copy).
export function kataTarget(mode: string | undefined, env = process.env): string {
  if (env.KATA_TARGET) return resolve(env.KATA_TARGET);
  return resolve(import.meta.dirname, mode === 'solutions' ? 'solutions' : 'exercises');
}

export default defineConfig(({ mode }) => ({
  resolve: {
    alias: [{ find: /^@kata\/(.*)$/, replacement: `${kataTarget(mode)}/$1` }],
  },
  test: {
    include: ['spec/**/*.spec.ts'],
    setupFiles: ['spec/support/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 10_000,
  },
}));
