// Maintainers only: the boundary test (boundary.spec.ts) against tree/, in learner mode, or in grading
// mode with KATA_GRADING=1 (verify runs both).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { endWithParent } from '../../core/orphan-guard.mjs';
import { gradingMode, gradingPlugin, sandboxFor } from '../index.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..', '..');
const tree = join(here, 'tree');

endWithParent(); // a maintainer script's run ends with that script (orphan-guard.mjs)

export default defineConfig(() => {
  const sandbox = gradingMode() ? sandboxFor([{ key: 'probe', source: tree }]) : undefined;
  return {
    plugins: sandbox ? [gradingPlugin(sandbox, () => 'probe')] : [],
    resolve: { alias: sandbox ? [] : [{ find: /^@kata\/(.*)$/, replacement: `${tree}/$1` }] },
    ...(sandbox ? { cacheDir: join(sandbox.root, 'vite') } : {}),
    test: { root, include: [join(here, '*.spec.ts')], setupFiles: [join(root, 'spec', 'harness', 'setup.ts')], pool: 'threads' },
  };
});
