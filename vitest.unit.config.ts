// The tooling's unit tests (scripts/lib/**/*.test.*), beside the modules they test; no learner tree needed.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['scripts/lib/**/*.test.{ts,mjs}'], pool: 'threads' } });
