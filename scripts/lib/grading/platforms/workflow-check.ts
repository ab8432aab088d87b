// The first thing a student repository's workflow runs, before `npm ci` and before any file of the
// repository is executed: a small Node script, written into the workflow itself (which carries the
// seal), that checks the repository against its kata.json. Only when nothing of the grading was
// changed may the repository's own grader run: otherwise that grader is the student's, and its
// verdict worth nothing. It fails closed — every exercise 0, the changed files named — when
//   * kata.json does not match the seal (its hash, in the workflow),
//   * a file of the grading (scripts, spec support code, configuration, package.json, the lock,
//     curriculum.json) differs, is missing, or was added under scripts/ or spec/,
//   * a dotfile at the root could change how npm, Node or vite run (.npmrc, .env …).
// A changed spec or provided exercise is left to the grader, now known to be the teacher's, which gives
// 0 to what it touches (lib/grading/assignment.ts, zeroedBy). The rules are the manifest's own: the script is
// built from its constants, and verify runs it next to compareWithManifest on the same repositories.
import { HARMLESS_DOTFILES_SOURCE, MANIFEST_FILE, NPM_READS, SEAL_ENV } from '../assignment.ts';

/** The Node every workflow sets up: the current LTS. */
export const NODE_LTS = '24';

/** The checker, as the source of a CommonJS script for `node -` (exit 0: go on; 1: the grading was changed). */
export function checkerSource(): string {
  return `'use strict';
const fs = require('fs'), path = require('path'), crypto = require('crypto');
const sha = (d) => crypto.createHash('sha256').update(d).digest('hex');
const canonical = (v) => Array.isArray(v) ? '[' + v.map(canonical).join(',') + ']'
  : v && typeof v === 'object' ? '{' + Object.keys(v).filter((k) => v[k] !== undefined).sort().map((k) => JSON.stringify(k) + ':' + canonical(v[k])).join(',') + '}'
  : JSON.stringify(v);
const hashFile = (p) => { const b = fs.readFileSync(p); return b.includes(0) ? sha(b) : sha(b.toString('utf8').replace(/\\r\\n/g, '\\n')); };
const problems = [];
let manifest;
try { manifest = JSON.parse(fs.readFileSync(${JSON.stringify(MANIFEST_FILE)}, 'utf8')); } catch (e) { problems.push('${MANIFEST_FILE} cannot be read: ' + e.message); }
if (manifest && sha(canonical(manifest)) !== process.env.${SEAL_ENV}) problems.push('${MANIFEST_FILE} does not match the seal in this workflow');
if (manifest && !problems.length) {
  const assigned = new Set(manifest.assigned || []), provided = new Set(manifest.provided || []);
  const graderFile = (f) => !(/^spec\\/(\\d\\d-[a-z0-9-]+)\\.spec\\.ts$/.test(f) && assigned.has(f.slice(5, -8))) && !(/^exercises\\/(\\d\\d-[a-z0-9-]+)\\//.test(f) && provided.has(f.split('/')[1]));
  for (const [f, h] of Object.entries(manifest.files || {})) {
    if (!graderFile(f)) continue;
    if (!fs.existsSync(f)) problems.push(f + ' is missing');
    else if (!fs.lstatSync(f).isFile() || hashFile(f) !== h) problems.push(f + ' was changed');
  }
  const stray = (d) => fs.readdirSync(d || '.', { withFileTypes: true }).flatMap((e) => {
    const p = d ? d + '/' + e.name : e.name;
    if (p === 'node_modules' || p === '.git' || (/^exercises\\/[^/]+$/.test(p) && assigned.has(e.name))) return [];
    if (e.isSymbolicLink()) return [p + ' is a link (the grading follows no links)'];
    if (!e.isDirectory()) return [];
    return e.name === 'node_modules' ? [p + '/ was added (Node would load it instead of the installed packages)'] : stray(p);
  });
  problems.push(...stray(''));
  for (const f of ${JSON.stringify(NPM_READS)}) if (fs.existsSync(f)) problems.push(f + ' was added (npm ci would install from it instead of the lock)');
  const walk = (d) => fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.name === 'node_modules' ? [] : e.isDirectory() ? walk(path.posix.join(d, e.name)) : [path.posix.join(d, e.name)]) : [];
  for (const f of [...walk('scripts'), ...walk('spec')]) if (!(f in manifest.files)) problems.push(f + ' was added');
  const harmless = new RegExp(${JSON.stringify(HARMLESS_DOTFILES_SOURCE)});
  for (const e of fs.readdirSync('.', { withFileTypes: true })) if (!e.isDirectory() && e.name.startsWith('.') && !harmless.test(e.name) && !(e.name in manifest.files)) problems.push(e.name + ' was added (it could change how npm, Node or vite run)');
}
for (const p of problems) console.log('::error title=The grading of this repository was changed::' + p + ' — every exercise gets 0 points. Put it back as it was in the assignment.');
if (problems.length) console.log(problems.length + ' file(s) of the grading changed: not graded.');
else console.log('The grading files match kata.json and its seal.');
process.exit(problems.length ? 1 : 0);
`;
}

/**
 * The start of a grading step, in bash: clear what could change how npm and Node run, then (with a
 * seal) the check above; when it fails, `onChanged` runs (it must end the step).
 */
export function failClosedLines(seal: string | undefined, onChanged: readonly string[]): string[] {
  return [
    'unset NODE_OPTIONS NODE_PATH',
    'for name in $(env | sed -n \'s/^\\([Nn][Pp][Mm]_[Cc][Oo][Nn][Ff][Ii][Gg]_[^=]*\\)=.*/\\1/p\'); do unset "$name"; done',
    'echo "node $(node --version)"',
    ...(seal ? [`if ! node - <<'KATA_CHECK'`, checkerSource().trimEnd(), 'KATA_CHECK', 'then', ...onChanged, 'fi'] : []),
  ];
}

/**
 * Install, then the grader itself — not through npm run — with nothing of the runner's environment but
 * `keep` (and PATH, HOME, the language, the seal).
 */
export function installAndGrade(graderArgs: readonly string[], keep: readonly string[], seal: string | undefined): string {
  const env = [
    'PATH="$PATH"',
    'HOME="$HOME"',
    'KATA_LANG="$KATA_LANG"',
    'FORCE_COLOR=0',
    ...keep.map((k) => `${k}="$${k}"`),
    ...(seal ? [`${SEAL_ENV}="$${SEAL_ENV}"`] : []),
  ];
  return `npm ci --ignore-scripts --no-audit --no-fund && env -i ${env.join(' ')} node --import tsx scripts/grade.ts ${graderArgs.join(' ')}`;
}
