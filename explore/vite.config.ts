// The explore page's vite config (scripts/lib/pictures/explore-server.ts starts it; KATA_TARGET names the tree):
// the learner's exercises as `@kata/…`, their loops guarded as in the specs, and — only where the
// repository has them — the reference optimizers as `virtual:kata-reference`, for the faint ghost
// path (a student's copy has no solutions/, and the page says so).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { loopGuard } from '../scripts/lib/core/loop-guard.ts';
import { diagnosisPlugin } from './diagnosis.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(process.env.KATA_TARGET || join(root, 'exercises'));
const solutions = join(root, 'solutions');
const REFERENCE = 'virtual:kata-reference';
/** The optimizer classes of chapter 4, from curriculum.json: [file, class]. */
const curriculum = JSON.parse(readFileSync(join(root, 'curriculum.json'), 'utf8')) as {
  exercises: { chapter: number; file: string; exports: string[] }[];
};
const OPTIMIZERS = curriculum.exercises
  .filter((e) => e.chapter === 4)
  .map((e) => [e.file, e.exports.find((name) => name !== 'Optimizer')!] as const);
const hasReference = OPTIMIZERS.every(([file]) => existsSync(join(solutions, file)));

export default defineConfig({
  root: join(root, 'explore'),
  logLevel: 'warn',
  clearScreen: false,
  cacheDir: join(root, '.kata', 'explore-vite'),
  // No vite overlay: a file that does not parse is told in the page, in the kata's words (guard.ts).
  server: { host: '127.0.0.1', fs: { allow: [root, target] }, hmr: { overlay: false } },
  resolve: { alias: [{ find: /^@kata\/(.*)$/, replacement: `${target}/$1` }] },
  plugins: [
    loopGuard(target),
    diagnosisPlugin(root, target),
    {
      name: 'kata-reference',
      resolveId: (id: string) => (id === REFERENCE ? `\0${REFERENCE}` : null),
      load: (id: string) => {
        if (id !== `\0${REFERENCE}`) return null;
        if (!hasReference) return 'export const reference = undefined;';
        const imports = OPTIMIZERS.map(
          ([file, name], i) => `import { ${name} as R${i} } from ${JSON.stringify(join(solutions, file))};`,
        ).join('\n');
        return `${imports}\nexport const reference = { ${OPTIMIZERS.map(([, name], i) => `${name}: R${i}`).join(', ')} };`;
      },
    },
  ],
});
