// The unit tests of the tooling: *.test.ts beside the pure functions they test (npx vitest run --config vitest.unit.config.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scripts/lib/**/*.test.{ts,mjs}', 'spec/support/**/*.test.ts'],
    pool: 'threads',
  },
});
