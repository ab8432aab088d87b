// @ts-check
// GRADING MODE — the one boundary between the learner's code and the grader.
//
// In learner mode (npm test, watch, ui, the editor) the specs import the learner's files directly.
// In grading mode (npm run grade, --each, every workflow and platform bundle) the learner's code never
// runs in the process that decides: it runs in a child process per spec file (an exercise's held-out
// checks run inside its public spec file: companion.mjs), and the specs talk to it
// through stand-ins. The same spec files run unchanged in both modes.
//
//   spec file (vitest worker, trusted)
//     import { softmax } from '@kata/02-softmax/softmax'   → a module generated here (gradingPlugin)
//       └─ client/   stand-ins; a call waits synchronously for its answer (api.mjs, session.mjs, link.mjs)
//           └─ relay.mjs   a helper thread: starts children, carries frames, enforces the time limit
//               └─ child.mjs   a process: Node's permission model (reads only the runtime, the compiled
//                  code of the one tree it serves and its own input pipe; writes only its output pipe;
//                  no processes, workers or addons), an empty environment, no network, no code from
//                  strings, a heap cap and CPU/data limits; it runs the learner's code compiled by compile.mjs
//   wire/: what crosses (values by copy, changes to arguments both ways, functions by reference).
//
// prepareSandbox() compiles the learner's tree(s) into a temporary folder with the child's runtime;
// the vitest config passes what it made to the workers in KATA_SANDBOX.
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportedNamesOf } from '../core/exports.ts';
import { timeLimitSeconds } from '../core/time-limit.ts';
import { companionCode, companionOf } from '../core/companion.mjs';
import { bracketDepth, MAX_BRACKET_DEPTH } from '../core/nesting.mjs';
import { compileTree } from './compile.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, '..', '..', '..');
const PROXY = '\0kata-proxy:';
/** What the child runs (copied into the sandbox; the child may read nothing else of the grader's). */
const RUNTIME = [
  'child.mjs',
  'builtins.mjs',
  'guard-clock.mjs',
  ...['intrinsics', 'values', 'mirror', 'peer', 'frames'].map((name) => `wire/${name}.mjs`),
];

/** The Node flag that turns the permission model on: --permission from 22.13/23.5, before that experimental. */
export function permissionFlag() {
  return process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission';
}

/**
 * Compile the learner's tree(s) into a new sandbox folder and describe how to start its children.
 * A tree with a `base` is an overlay (a maintainer's mutant): its exercise folders that it does not
 * have come from the base tree.
 * @param {{ trees: { key: string, source: string, base?: string }[], dir?: string }} options
 * @returns {import('./client/relay.mjs').SandboxConfig}
 */
export function prepareSandbox(options) {
  const root = options.dir ? resolve(options.dir) : mkdtempSync(join(tmpdir(), 'kata-sandbox-'));
  if (!options.dir) process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  const runtime = join(root, 'runtime');
  mkdirSync(runtime, { recursive: true });
  for (const file of RUNTIME) cpSync(join(here, file), join(runtime, file));
  /** @type {Record<string, { code: string, source: string }>} */ const trees = {};
  for (const tree of options.trees) {
    if (!/^[\w.-]+$/.test(tree.key)) throw new Error(`not a tree key: ${tree.key}`);
    const code = join(root, 'code', tree.key);
    mkdirSync(code, { recursive: true });
    const base = tree.base ? options.trees.find((t) => t.key === tree.base) : undefined;
    compileTree(tree.source, code, base ? { base: base.source } : {});
    // Copied, not linked: a child may read only its own tree's folder, and a link would lead out of it.
    if (tree.base) {
      const compiledBase = join(root, 'code', tree.base);
      for (const folder of readdirSync(compiledBase))
        if (!existsSync(join(code, folder))) cpSync(join(compiledBase, folder), join(code, folder), { recursive: true });
    }
    trees[tree.key] = { code, source: resolve(tree.source) };
  }
  const limit = timeLimitSeconds();
  const heapMegabytes = Number(process.env.KATA_MEMORY_MB) > 0 ? Number(process.env.KATA_MEMORY_MB) : 512;
  return {
    root,
    trees,
    // Named here, not in client/relay.mjs, so that an export (scripts/export.ts) finds the thread's file.
    relay: join(here, 'relay.mjs'),
    launch: {
      node: process.execPath,
      // Each child may read the runtime and its own tree (relay.mjs adds that grant and its pipes), never
      // another student's code or another child's pipes.
      args: [
        permissionFlag(),
        `--allow-fs-read=${runtime}${sep}`,
        `--max-old-space-size=${heapMegabytes}`,
        '--no-warnings',
        '--disallow-code-generation-from-strings',
        '--enable-source-maps',
        join(runtime, 'child.mjs'),
      ],
      cwd: runtime,
      pipes: join(root, 'pipes'),
      // With one tree (a single grade) the relay starts its first child before any spec file asks.
      ...(Object.keys(trees).length === 1 ? { firstTree: Object.values(trees)[0]?.code } : {}),
      cpuSeconds: Math.ceil(limit * 2 + 15),
      dataMegabytes: heapMegabytes * 3,
      // KATA_SANDBOX_DEBUG=1: the children's stderr (their console.error, their crashes) goes to ours.
      debug: process.env.KATA_SANDBOX_DEBUG === '1',
    },
  };
}

/** The exported names a spec may import from `module` (…/02-softmax/softmax): curriculum.json's and the file's own. */
function exportNames(/** @type {string} */ source, /** @type {string} */ module) {
  const names = new Set();
  try {
    const curriculum = JSON.parse(readFileSync(join(repository, 'curriculum.json'), 'utf8'));
    for (const e of curriculum.exercises) if (e.file.replace(/\.ts$/, '') === module) for (const n of e.exports) names.add(n);
  } catch {
    // no curriculum: the file's own exports are enough
  }
  const file = join(source, `${module}.ts`);
  const code = existsSync(file) && lstatSync(file).isFile() ? readFileSync(file, 'utf8') : '';
  if (code && bracketDepth(code) <= MAX_BRACKET_DEPTH) for (const n of exportedNamesOf(code, file)) names.add(n);
  return [...names].filter((n) => /^[A-Za-z_$][\w$]*$/.test(n)).sort();
}

/**
 * The vite plugin of grading mode: `@kata/<module>` imported by a spec file becomes a module of
 * stand-ins for the learner's `<module>` in the tree `treeFor(spec file)` — one such module per spec
 * file, so that each file imports the learner's code afresh in its own child.
 * @param {import('./client/relay.mjs').SandboxConfig} sandbox
 * @param {(importer: string) => string} treeFor
 * @param {{ companions?: boolean }} [options]  companions: public spec files carry their held-out files
 * @returns {import('vite').Plugin}
 */
export function gradingPlugin(sandbox, treeFor, options = {}) {
  const client = join(here, 'client', 'api.mjs').split(sep).join('/');
  /** A module's export names, worked out once per run (every spec file that imports it gets a proxy of its own). */
  /** @type {Map<string, string[]>} */ const known = new Map();
  return {
    name: 'kata-grading',
    enforce: 'pre',
    resolveId(source, importer) {
      const match = /^@kata\/([\w.-]+(?:\/[\w.-]+)*)$/.exec(source);
      if (!match || !importer) return null;
      return `${PROXY}${treeFor(importer)}:${match[1]}?from=${encodeURIComponent(importer)}`;
    },
    // A public spec file carries its held-out companion (companion.mjs): one child for both.
    transform(code, id) {
      const heldOut = options.companions ? companionOf(id) : undefined;
      return heldOut ? { code: `${code}${companionCode(heldOut)}`, map: null } : null; // appended: the lines above keep their places
    },
    load(id) {
      if (!id.startsWith(PROXY)) return null;
      const [key, rest] = /** @type {[string, string]} */ (id.slice(PROXY.length).split(/:(.*)/s));
      const module = rest.replace(/\?from=.*$/, '');
      const tree = sandbox.trees[key];
      if (!tree) throw new Error(`no sandbox tree ${key}`);
      const seen = `${tree.source}\0${module}`;
      let names = known.get(seen);
      if (!names) {
        names = exportNames(tree.source, module);
        known.set(seen, names);
      }
      return [
        `import { loadModule } from ${JSON.stringify(client)};`,
        `const m = loadModule(${JSON.stringify(key)}, ${JSON.stringify(module)}, ${JSON.stringify(names)});`,
        ...names.map((n) => `export const ${n} = m.${n};`),
        '',
      ].join('\n');
    },
  };
}

/** Whether this vitest run grades (KATA_GRADING=1, set by the grader's runner). */
export function gradingMode(env = process.env) {
  return env.KATA_GRADING === '1';
}

/** Make the sandbox (once per process) and hand it to the workers. */
export function sandboxFor(/** @type {{ key: string, source: string, base?: string }[]} */ trees) {
  const g = /** @type {{ __kataSandbox?: import('./client/relay.mjs').SandboxConfig }} */ (globalThis);
  if (!g.__kataSandbox) {
    g.__kataSandbox = prepareSandbox({ trees, ...(process.env.KATA_SANDBOX_DIR ? { dir: process.env.KATA_SANDBOX_DIR } : {}) });
    process.env.KATA_SANDBOX = JSON.stringify(g.__kataSandbox);
  }
  return g.__kataSandbox;
}
