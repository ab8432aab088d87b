// The explore server's side of "the named mistake under the first red cell": the page asks for an
// exercise, and this runs its spec file exactly as `npm test` does (the same vitest config, reporter and
// language, against the same tree), then answers with that run's first failure and the known mistake it
// named, word for word as npm test prints them. One run per exercise and language until a file changes.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface Diagnosis {
  /** The first failing test of the spec file, and its message's first line. */
  test?: string;
  first?: string;
  /** The known mistake that failure named ("Looks like a known mistake: …"), as npm test shows it. */
  mistake?: string;
}

const MARKS = ['Looks like a known mistake:', '자주 하는 실수로 보입니다:'];
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Run spec/NN-*.spec.ts against `target` as npm test does, in `lang`. */
function diagnose(root: string, target: string, exercise: string, lang: string): Promise<Diagnosis> {
  const spec = readdirSafe(join(root, 'spec')).find((f) => f.startsWith(`${exercise}-`) && f.endsWith('.spec.ts'));
  if (!spec) return Promise.resolve({});
  const dir = mkdtempSync(join(tmpdir(), 'kata-explore-diagnosis-'));
  const record = join(dir, 'record.jsonl');
  mkdirSync(join(dir, 'started'));
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', join('spec', spec)], {
      cwd: root,
      stdio: 'ignore',
      env: {
        ...process.env,
        KATA_TARGET: target,
        KATA_LANG: lang,
        KATA_RECORD: record,
        KATA_WATCHDOG_STATE: join(dir, 'hung.json'),
        KATA_STARTED_DIR: join(dir, 'started'),
        KATA_QUIET: '1',
        KATA_GRADING: '',
      },
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', () => {
      clearTimeout(timer);
      const lines = existsSync(record) ? readFileSync(record, 'utf8').split('\n').filter(Boolean) : [];
      rmSync(dir, { recursive: true, force: true });
      const tests = lines.flatMap((l) => (JSON.parse(l) as { tests: { name: string; state: string; message: string }[] }).tests);
      const failed = tests.filter((t) => t.state === 'failed');
      const named = failed.find((t) => MARKS.some((m) => t.message.includes(m)));
      const first = failed[0];
      const mistakeOf = (message: string) => {
        const text = plain(message);
        const mark = MARKS.find((m) => text.includes(m))!;
        return text.slice(text.indexOf(mark)).split('\n')[0]!;
      };
      done({
        ...(first ? { test: first.name, first: plain(first.message).split('\n')[0] } : {}),
        ...(named ? { mistake: mistakeOf(named.message) } : {}),
      });
    });
  });
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The vite plugin: GET /__kata/diagnosis?exercise=11&lang=ko answers with a Diagnosis as JSON. */
export function diagnosisPlugin(root: string, target: string): Plugin {
  const cache = new Map<string, Promise<Diagnosis>>();
  return {
    name: 'kata-diagnosis',
    configureServer(server) {
      server.watcher.on('change', () => cache.clear());
      server.middlewares.use('/__kata/diagnosis', (req, res) => {
        const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
        const exercise = /^\d\d$/.test(query.get('exercise') ?? '') ? query.get('exercise')! : '';
        const lang = query.get('lang') === 'ko' ? 'ko' : 'en';
        const key = `${exercise}|${lang}`;
        if (!cache.has(key)) cache.set(key, exercise ? diagnose(root, target, exercise, lang) : Promise.resolve({}));
        void cache.get(key)!.then((d) => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(d));
        });
      });
    },
  };
}
