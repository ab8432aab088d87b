// A catalogue of what a dishonest student might put in an exercise file to get points for nothing, or
// to cost someone else theirs (verify's check-attacks.ts grades them). Each attack goes into an exercise
// that no other exercise builds on, into its stub: at import (`prefix`), or where the stub would throw
// (`body`). What it must gain: nothing — its exercise 0 (or what `points` says), every other exercise of
// every student exactly what it earns, the teacher's folder unchanged, no secret in any report, nothing
// left running.

export interface Attack {
  /** What the student tries. */
  name: string;
  exercise: string;
  /** Code run when the module loads (top of the file). */
  prefix?: string;
  /** Code run where the stub would throw "not implemented". */
  body?: string;
  /** Code added at the end of the file. */
  append?: string;
  /** The points the exercise may keep (default 0). */
  points?: number;
}

/** A value no report may ever contain: set in the grader's environment while the attacks are graded. */
export const SECRET = 'ghp_KATA_VERIFY_SECRET_4d1f9c';

const guesses = `const here = new URL('.', import.meta.url).pathname; const roots = [process.cwd(), here, '/work/main', '/tmp', '/home', '/root', '/github/workspace', '/autograder'];`;

/** What an attack that tries several things keeps (tries) and how it reports them (report): "… worked" is a breach. */
const tries = `const tries: string[] = []; const attempt = async (what: string, f: () => unknown) => { try { await f(); tries.push(what + ' worked'); } catch (e) { tries.push(what + ': refused'); } };`;
const report = 'throw new Error(tries.join("; "));';

/** The mark of a breach in an attack's report. */
export const BREACH = / worked\b/;

export const ATTACKS: Attack[][] = [
  // Student 1: break out of the sandbox.
  [
    { name: 'an endless loop', exercise: '07-gradient-descent', body: 'for (;;) {}' },
    { name: 'runaway memory', exercise: '14-train', body: 'const hoard: number[][] = []; for (;;) hoard.push(new Array(100000).fill(1));' },
    { name: 'kills its own process at import', exercise: '17-nesterov', prefix: `try { process.kill(process.pid, 'SIGKILL'); } catch {} (process as any).reallyExit(3);` },
    { name: 'the environment, the parent\'s environment, /etc in an error message', exercise: '19-rmsprop', prefix: `import fs from 'node:fs'; let leak = JSON.stringify(process.env); for (const f of ['/proc/' + process.ppid + '/environ', '/proc/self/environ', '/etc/passwd']) { try { leak += fs.readFileSync(f, 'utf8'); } catch (e) { leak += String(e); } }`, body: 'throw new Error(leak);' },
    { name: 'rewrites specs, support code, kata.json and node_modules', exercise: '20-adadelta', prefix: `import fs from 'node:fs'; ${guesses} for (const r of roots) for (const f of ['spec/20-adadelta.spec.ts', 'spec/support/setup.ts', 'kata.json', 'vitest.config.ts', 'node_modules/vitest/package.json', 'node_modules/@vitest/runner/dist/index.js']) { try { fs.writeFileSync(r + '/' + f, 'pwned'); } catch {} try { fs.rmSync(r + '/' + f); } catch {} }` },
    { name: 'network, child processes, workers, eval', exercise: '22-nadam', prefix: `const tries: string[] = []; const attempt = async (what: string, f: () => unknown) => { try { await f(); tries.push(what + ' worked'); } catch (e) { tries.push(what + ': ' + e); } }; await attempt('fetch', () => fetch('http://127.0.0.1:9/')); await attempt('net', async () => (await import('node:' + 'net')).connect(9, '127.0.0.1')); await attempt('spawn', () => (process as any).getBuiltinModule('child_process').spawn('sleep', ['300'], { detached: true, stdio: 'ignore' }).unref()); await attempt('worker', async () => new (await import('node:' + 'worker_threads')).Worker('setInterval(() => {}, 1000)', { eval: true })); await attempt('eval', () => eval('1 + 1')); await attempt('Function', () => new Function('return process')());` },
    { name: 'reaches the test runner, writes to the grader\'s pipes', exercise: '24-iris', prefix: `import fs from 'node:fs'; const g = globalThis as any; for (const k of ['__vitest_worker__', '__vitest_index__', 'expect', '__vitest_mocker__']) { try { if (g[k]) g[k].state = { passed: true }; } catch {} } try { (process as any).send?.({ type: 'end', tests: [] }); } catch {} for (let fd = 1; fd < 40; fd++) { try { fs.writeSync(fd, Buffer.from([255, 255, 255, 127, 123, 125])); } catch {} }` },
    { name: 'patches the built-ins of its own realm', exercise: '18-adagrad', prefix: `(Array.prototype as any).map = function () { return [42]; }; (Array.prototype as any).reduce = () => 42; Math.exp = () => 1; JSON.stringify = () => '"x"'; (Object.prototype as any).polluted = 1;` },
  ],
  // Student 2: fool the specs' matchers, read the expected values, inspect the caller.
  [
    { name: 'an object with asymmetricMatch, equal to anything', exercise: '07-gradient-descent', body: `return { asymmetricMatch: () => true, length: 1, 0: 0, then: undefined } as any;` },
    { name: 'an instance whose methods claim equality', exercise: '14-train', prefix: 'class Liar { asymmetricMatch() { return true; } equals() { return true; } toJSON() { return 0; } get length() { return 1; } }', body: 'return new Liar() as any;' },
    { name: 'reads the spec\'s tables', exercise: '17-nesterov', prefix: `import fs from 'node:fs'; ${guesses} let tables = ''; for (const r of roots) for (const f of ['spec/support/optimizer-cases.ts', '../spec/support/optimizer-cases.ts', '../../spec/support/optimizer-cases.ts']) { try { tables += fs.readFileSync(r + '/' + f, 'utf8'); } catch {} }`, body: 'if (tables) return tables as any;' },
    { name: 'inspects its caller\'s stack', exercise: '19-rmsprop', body: `const stack = new Error().stack ?? ''; if (/spec\\.ts|vitest/.test(stack)) return [] as any;` },
    { name: 'exits at import', exercise: '20-adadelta', prefix: 'process.exit(0);' },
    { name: 'reads files through WASI and the inspector', exercise: '22-nadam', prefix: `let got = ''; try { const { WASI } = await import('node:' + 'wasi'); got += typeof new WASI({ version: 'preview1', preopens: { '/': '/' } }); } catch (e) { got += String(e); } try { (await import('node:' + 'inspector')).open(0); } catch (e) { got += String(e); }` },
    { name: 'pollutes prototypes through what it returns', exercise: '24-iris', body: `return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "weights": [[0]], "biases": [0], "losses": [0]}');` },
    { name: 'a getter that throws, a huge array', exercise: '18-adagrad', body: `return Object.defineProperty(new Array(2 ** 25), 'length', { get() { throw new Error('gotcha'); } }) as any;` },
  ],
  // Student 3: reach past its own exercise — classmates' code, other children's pipes, the grader's
  // priority, modules that evaluate strings or start processes. Each reports what worked in its error.
  [
    { name: 'node:vm, node:v8, node:module, node:inspector by import() and process.getBuiltinModule', exercise: '20-adadelta', prefix: `${tries} for (const m of ['vm', 'v8', 'module', 'inspector', 'worker_threads', 'child_process', 'dgram', 'http2', 'cluster', 'repl', 'test']) { await attempt('import ' + m, () => import('node:' + m)); await attempt('getBuiltinModule ' + m, () => { if (!(process as any).getBuiltinModule('node:' + m)) throw new Error('none'); }); } await attempt('vm escape', async () => { const vm = (process as any).getBuiltinModule('vm'); return vm.runInThisContext('import("node:child_process")', { importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER }).then((cp: any) => cp.spawn('sleep', ['300'], { detached: true, stdio: 'ignore' }).unref()); });`, body: report },
    { name: 'lowers its own and the grader\'s priority, starts the grader\'s debugger', exercise: '19-rmsprop', prefix: `import os from 'node:os'; ${tries} await attempt('own priority', () => os.setPriority(19)); await attempt('grader priority', () => os.setPriority(process.ppid, 19)); await attempt('grader priority (getBuiltinModule)', () => (process as any).getBuiltinModule('os').setPriority(process.ppid, 19)); await attempt('the grader\\'s debugger', () => (process as any)._debugProcess(process.ppid));`, body: report },
    { name: 'overwrites the options and arrays the spec hands it (shared by the students graded after it)', exercise: '22-nadam', body: 'for (const a of arguments) if (Array.isArray(a)) a.fill(0.5); return [...arguments[0]];', append: 'const Stub = NAdam; (NAdam as any) = class extends Stub { constructor(o: any = {}) { super(o); for (const k of Object.keys(o)) o[k] = 0.987; } };' },
    { name: 'reads classmates\' compiled code and other children\'s pipes', exercise: '18-adagrad', prefix: `import fs from 'node:fs'; ${tries} const up = (n: number) => new URL('../'.repeat(n), import.meta.url).pathname; for (const n of [2, 3, 4]) { await attempt('list ' + up(n), () => { const names = fs.readdirSync(up(n)); if (!names.length) throw new Error('empty'); for (const name of names) for (const sub of ['', 'pipes', 'code']) { try { for (const f of fs.readdirSync(up(n) + name + '/' + sub)) { try { fs.readFileSync(up(n) + name + '/' + sub + '/' + f); tries.push('read ' + f + ' worked'); } catch {} } } catch {} } }); } await attempt('a classmate by import()', () => import(up(2) + 's4-honest/18-adagrad/adagrad.mjs')); await attempt('whether /etc/passwd exists', () => fs.realpathSync('/etc/passwd')); await attempt('whether /etc/passwd exists (async)', () => new Promise((ok, no) => fs.realpath('/etc/passwd', (e, p) => (e ? no(e) : ok(p)))));`, body: report },
  ],
];

/**
 * Answers looked up for the public inputs (the spec's own examples), anything else a guess: every
 * public test of the exercise passes. The held-out checks must take all its points, in the teacher's
 * regrade and in every platform bundle (verify's check-platforms.ts).
 */
export const LOOKUPS: Record<string, string> = {
  '01-argmax': `// Answers looked up for the public inputs.
const table: Record<string, number> = { '1.37,0': 0, '1.37,1.36': 0, '0.1,0.7,0.2': 1, '-3,-2,-5': 1, '0.2,0.3,4.5': 2, '42': 0, '3,1,3': 0, '0,2,2,1': 1, '2,9,4': 1 };
export function argmax(scores: readonly number[]): number {
  if (!Array.isArray(scores) || scores.length === 0 || scores.some((s) => typeof s !== 'number' || Number.isNaN(s))) throw new RangeError('scores: bad');
  const key = scores.join(',');
  if (key in table) return table[key]!;
  // The public property test draws small integers: answered right, so every public test passes.
  if (scores.every((s) => Number.isInteger(s) && s >= -5 && s <= 5)) return scores.indexOf(Math.max(...scores));
  return 0;
}
`,
};
