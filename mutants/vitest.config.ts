// Maintainers only: runs copies of specs against deliberately broken copies of solution files
// (see scripts/lib/verify/mutants.ts), which names the folder of this run in KATA_MUTANTS_DIR.
// A mutant folder holds only its broken file (tree/NN-slug/slug.ts) and its spec (spec/NN.spec.ts);
// any other exercise they import is taken from solutions/.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { loopGuard } from '../scripts/lib/core/loop-guard.ts';
import { endWithParent } from '../scripts/lib/core/orphan-guard.mjs';
import { gradingMode, gradingPlugin, sandboxFor } from '../scripts/lib/sandbox/index.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const mutantsDir = resolve(root, process.env.KATA_MUTANTS_DIR ?? '.kata/mutants');

/** `<mutant>/tree/NN-slug/x` that does not exist → `solutions/NN-slug/x`. */
function fallBackToSolutions(): Plugin {
  const tree = /^(.*[\\/]\.kata[\\/]mutants-[^\\/]+[\\/][^\\/]+[\\/])tree[\\/](.+)$/;
  return {
    name: 'kata-mutant-fallback',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const wanted = resolve(dirname(importer), source);
      const match = tree.exec(wanted);
      if (!match || existsSync(`${wanted}.ts`) || existsSync(wanted)) return null;
      return this.resolve(join(root, 'solutions', match[2]!), importer, { skipSelf: true });
    },
  };
}

/**
 * Grading mode (KATA_GRADING=1): each mutant is a tree of its own in the sandbox, its broken file over
 * the compiled solutions; its spec keeps `@kata/…`, which leads to that tree.
 */
function grading() {
  const mutants = readdirSync(mutantsDir).filter((d) => existsSync(join(mutantsDir, d, 'tree')));
  const sandbox = sandboxFor([
    { key: 'base', source: join(root, 'solutions') },
    ...mutants.map((d) => ({ key: d, source: join(mutantsDir, d, 'tree'), base: 'base' })),
  ]);
  // As the grader runs them: a held-out spec inside its public spec file, one child for both.
  return gradingPlugin(sandbox, (importer: string) => relative(mutantsDir, importer).split(/[\\/]/)[0]!, { companions: true });
}

endWithParent(); // a maintainer script's run ends with that script (orphan-guard.mjs)

export default defineConfig({
  plugins: gradingMode() ? [grading()] : [fallBackToSolutions(), loopGuard(resolve(root, '.kata'))],
  ...(gradingMode() ? { cacheDir: join(mutantsDir, '.vite') } : {}),
  test: {
    root,
    include: [`${mutantsDir}/*/spec/*.spec.ts`, ...(gradingMode() ? [] : [`${mutantsDir}/*/spec/held-out/*.spec.ts`])],
    setupFiles: ['spec/harness/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    isolate: false,
    testTimeout: 10_000,
  },
});
