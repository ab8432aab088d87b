// Maintainers only: runs copies of specs against deliberately broken copies of solution files
// (see scripts/lib/mutants.ts), which names the folder of this run in KATA_MUTANTS_DIR.
// A mutant folder holds only its broken file (tree/NN-slug/slug.ts) and its spec (spec/NN.spec.ts);
// any other exercise they import is taken from solutions/.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { loopGuard } from '../spec/support/loop-guard.ts';

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

export default defineConfig({
  plugins: [fallBackToSolutions(), loopGuard(resolve(root, '.kata'))],
  test: {
    root,
    include: [`${mutantsDir}/*/spec/*.spec.ts`],
    setupFiles: ['spec/support/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    isolate: false,
    testTimeout: 10_000,
  },
});
