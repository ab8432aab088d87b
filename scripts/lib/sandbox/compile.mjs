// @ts-check
// The learner's TypeScript, made runnable for the sandbox child (see index.mjs). Each file is compiled
// on the grader's side with the same parser vitest uses (rolldown's oxc): types stripped, the loop
// guard inserted in every loop (scripts/lib/core/loop-guard.ts), and every import rewritten so that it
// can only reach the learner's own files and Node's harmless modules:
//   ../09-forward/forward      → ../09-forward/forward.mjs (inside the tree)
//   node:net, child_process …  → a module that throws "not available while your code is graded"
//   decimal.js, ../../spec/…   → a module that throws "may import only each other"
//   import(x)                  → __kataImport(x, import.meta.url), which applies the same rules
// A file that does not parse becomes a module that throws its SyntaxError, with the learner's line.
// Symbolic links and files over 1 MB are not followed: the grader reads only what the learner wrote.
import { bracketDepth, MAX_BRACKET_DEPTH } from '../core/nesting.mjs';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import MagicString from 'magic-string';
import { parseSync, transformSync } from 'rolldown/utils';
import { refusedBuiltin } from './builtins.mjs';
import { guardLoops } from '../core/loop-guard.ts';
import { josa } from '../core/josa.ts';
import { detectLang, translator } from '../core/language.ts';

// The learner's language (KATA_LANG, set by the grader's --lang): these words are the failure of their exercise.
const t = translator(detectLang());

const MAX_FILE_BYTES = 1_000_000;
const SOURCE = /\.(ts|mts|js|mjs)$/;
const EXTENSIONS = ['.ts', '.mts', '.js', '.mjs'];
const MISSING = '.kata-missing';

/** Every source file under `dir` (relative paths with /), skipping links, node_modules and declarations. */
export function sourceFiles(/** @type {string} */ dir) {
  /** @type {string[]} */ const out = [];
  const walk = (/** @type {string} */ sub) => {
    let entries;
    try {
      entries = readdirSync(join(dir, sub), { withFileTypes: true });
    } catch {
      return; // an unreadable folder: its exercises are missing, the others are graded
    }
    for (const entry of entries) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path);
      else if (entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
    }
  };
  if (existsSync(dir)) walk('');
  return out.sort();
}

/**
 * Compile every source file of `sourceDir` into `outDir` (x.ts → x.mjs). `base`: for an overlay (a
 * maintainer's mutant holds only its broken file), the tree whose files its imports may also reach.
 * @param {string} sourceDir
 * @param {string} outDir
 * @param {{ base?: string }} [options]
 */
export function compileTree(sourceDir, outDir, options = {}) {
  const files = sourceFiles(sourceDir);
  for (const file of files) {
    try {
      compileFile(sourceDir, file, outDir, options.base);
    } catch (error) {
      // An unreadable file fails its own exercise, never the run (a class is compiled in one process).
      writeFileSync(
        join(outDir, compiledName(file)),
        thrower(
          'Error',
          t(
            `${file} cannot be read by the grader (${/** @type {Error} */ (error).message})`,
            `채점기가 ${josa(file, '을/를')} 읽을 수 없습니다 (${/** @type {Error} */ (error).message})`,
          ),
        ),
      );
    }
  }
  return files;
}

/** The compiled path of a source path: 02-softmax/softmax.ts → 02-softmax/softmax.mjs. */
export function compiledName(/** @type {string} */ file) {
  return file.replace(/\.(ts|mts|js|mjs)$/, '.mjs');
}

/**
 * @param {string} sourceDir  the learner's tree
 * @param {string} file       a path inside it, with /
 * @param {string} outDir
 * @param {string} [base]     see compileTree
 */
export function compileFile(sourceDir, file, outDir, base) {
  const source = join(sourceDir, file);
  const target = join(outDir, compiledName(file));
  mkdirSync(dirname(target), { recursive: true });
  const stat = lstatSync(source);
  if (!stat.isFile())
    return void writeFileSync(
      target,
      thrower(
        'Error',
        t(
          `${file} is not a regular file (a link?): the grader does not follow it`,
          `${josa(file, '은/는')} 일반 파일이 아닙니다(링크?): 채점기는 따라가지 않습니다`,
        ),
      ),
    );
  if (stat.size > MAX_FILE_BYTES)
    return void writeFileSync(
      target,
      thrower(
        'Error',
        t(`${file} is larger than 1 MB: the grader does not read it`, `${josa(file, '은/는')} 1 MB보다 큽니다: 채점기는 읽지 않습니다`),
      ),
    );
  const code = readFileSync(source, 'utf8');
  if (bracketDepth(code) > MAX_BRACKET_DEPTH)
    return void writeFileSync(
      target,
      thrower(
        'Error',
        t(
          `${file} nests brackets more than ${MAX_BRACKET_DEPTH} deep: the grader does not compile it`,
          `${josa(file, '은/는')} 괄호를 ${MAX_BRACKET_DEPTH}단계보다 깊게 겹쳐 씁니다: 채점기는 컴파일하지 않습니다`,
        ),
      ),
    );
  const guarded = guardLoops(code, source)?.code ?? code;
  const result = transformSync(basename(source), guarded, { lang: /\.m?ts$/.test(file) ? 'ts' : 'js', sourcemap: true });
  if (result.errors.length > 0) {
    const first = result.errors[0];
    return void writeFileSync(target, thrower('SyntaxError', describeParseError(first?.message ?? 'does not parse', file)));
  }
  const js = rewriteImports(result.code, [sourceDir, ...(base ? [base] : [])], file, outDir);
  const map = result.map ? { ...result.map, sources: [basename(source)], sourcesContent: undefined } : undefined;
  const comment = map
    ? `\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`
    : '\n';
  writeFileSync(target, js + comment);
}

/** oxc's message, without colours and the code frame: "Expected `,` … (02-softmax/softmax.ts:1:29)". */
export function describeParseError(/** @type {string} */ message, /** @type {string} */ file) {
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  const text = (plain.split('\n')[0] ?? '').replace(/^\[PARSE_ERROR\]\s*/, '').trim();
  const at = /\[\s*\S+:(\d+):(\d+)\s*\]/.exec(plain);
  return `${text} (${file}${at ? `:${at[1]}:${at[2]}` : ''})`;
}

function thrower(/** @type {string} */ kind, /** @type {string} */ message) {
  return `throw new ${kind}(${JSON.stringify(message)});\n`;
}

/**
 * @param {string} js
 * @param {string[]} sourceDirs  the tree, and the base tree of an overlay
 * @param {string} file
 * @param {string} outDir
 */
function rewriteImports(js, sourceDirs, file, outDir) {
  const parsed = parseSync('compiled.mjs', js);
  if (parsed.errors.length > 0) return js;
  const out = new MagicString(js);
  const from = dirname(join(outDir, compiledName(file)));
  let hidden = 0;
  /** @param {unknown} node */
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    const n = /** @type {any} */ (node);
    if (
      (n.type === 'ImportDeclaration' || n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration') &&
      n.source?.type === 'Literal'
    ) {
      const target = mapSpecifier(String(n.source.value), sourceDirs, file, outDir, from);
      if (!target.refused) out.overwrite(n.source.start, n.source.end, JSON.stringify(target.specifier));
      else {
        // Import the throwing module for its error alone: a named import of it would fail to link
        // first, with a message about a missing export instead of the reason.
        const locals = n.type === 'ImportDeclaration' ? (n.specifiers ?? []).map((/** @type {any} */ x) => x.local.name) : [];
        /** @type {[string, string][]} */
        const exported =
          n.type === 'ExportNamedDeclaration'
            ? (n.specifiers ?? []).map((/** @type {any} */ x) => [`__kataHidden${hidden++}`, String(x.exported.name ?? x.exported.value)])
            : [];
        out.overwrite(
          n.start,
          n.end,
          [
            `import ${JSON.stringify(target.specifier)};`,
            ...locals.map((/** @type {string} */ name) => `let ${name};`),
            ...exported.map(([local, name]) => `let ${local}; export { ${local} as ${JSON.stringify(name)} };`),
          ].join(' '),
        );
      }
      return;
    }
    if (n.type === 'ImportExpression' && n.source) {
      out.overwrite(n.start, n.source.start, '__kataImport(');
      out.overwrite(n.source.end, n.end, ', import.meta.url)');
      walk(n.source);
      return;
    }
    for (const child of Object.values(n)) if (child && typeof child === 'object') walk(child);
  };
  walk(parsed.program);
  return out.toString();
}

/**
 * Where an import of the learner's file may lead, as a specifier the compiled file can use; `refused`
 * when it leads to a module that throws the reason.
 * @param {string} specifier
 * @param {string[]} sourceDirs
 * @param {string} file
 * @param {string} outDir
 * @param {string} from  the compiled file's folder
 * @returns {{ specifier: string, refused: boolean }}
 */
function mapSpecifier(specifier, sourceDirs, file, outDir, from) {
  const relativeTo = (/** @type {string} */ path) => {
    const r = relative(from, path).split(sep).join('/');
    return r.startsWith('.') ? r : `./${r}`;
  };
  const refuse = (/** @type {string} */ message) => ({ specifier: relativeTo(missing(outDir, message)), refused: true });
  if (specifier.startsWith('.')) {
    for (const sourceDir of sourceDirs) {
      const wanted = resolve(dirname(join(sourceDir, file)), specifier);
      const inside = relative(sourceDir, wanted);
      if (inside.startsWith('..') || inside.startsWith(sep)) continue;
      const candidates = SOURCE.test(wanted)
        ? [wanted]
        : [...EXTENSIONS.map((e) => `${wanted}${e}`), ...EXTENSIONS.map((e) => join(wanted, `index${e}`))];
      const found = candidates.find((c) => existsSync(c) && lstatSync(c).isFile());
      if (found)
        return { specifier: relativeTo(join(outDir, compiledName(relative(sourceDir, found).split(sep).join('/')))), refused: false };
    }
    return refuse(
      t(
        `Cannot find module '${specifier}' imported from ${file}: while grading, exercises may import only each other`,
        `${file}에서 import 한 모듈을 찾을 수 없습니다: '${specifier}'. 채점할 때 연습은 서로만 import 할 수 있습니다`,
      ),
    );
  }
  const name = specifier.replace(/^node:/, '');
  if (builtinModules.includes(name)) {
    const refused = refusedBuiltin(name, t);
    if (refused) return refuse(refused);
    return { specifier: `node:${name}`, refused: false };
  }
  return refuse(
    t(
      `Cannot import '${specifier}' in ${file}: packages are not available while your code is graded; exercises may import only each other and Node's own modules`,
      `${file}: 채점하는 동안에는 패키지를 쓸 수 없습니다 ('${specifier}'). 연습은 서로와 Node 자체 모듈만 import 할 수 있습니다`,
    ),
  );
}

/** A module that throws `message` when imported. */
function missing(/** @type {string} */ outDir, /** @type {string} */ message) {
  const dir = join(outDir, MISSING);
  mkdirSync(dir, { recursive: true });
  const name = `${createHash('sha256').update(message).digest('hex').slice(0, 20)}.mjs`;
  const path = join(dir, name);
  if (!existsSync(path)) writeFileSync(path, thrower('Error', message));
  return path;
}
