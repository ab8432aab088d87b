// The runner behind progress, grade, watch and plot: every exercise's spec in ONE vitest process
// (vitest's Node API in runner/child.mjs), each spec file's outcome recorded as it ends, under a
// time limit. Endless loops in learner code are stopped inside vitest by the loop guard (core/
// loop-guard.ts); the watchdog here is the backstop for anything the guard cannot stop: a
// spec file still running well after the limit is reported as "did not finish", the vitest process
// is killed (ending its worker threads for sure), and the files that had not run yet run again.
// Over 300 lines: one class, SpecSession, whose child, watchdog and crash handling share its state.
import { join, resolve } from 'node:path';
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Vitest } from 'vitest/node';
import { type Exercise, pathsOf, root } from '../core/curriculum.ts';
import { oneLine } from '../core/text.ts';
import { detectLang } from '../core/language.ts';
import { startedFiles } from '../core/markers.mjs';
import { graceMs, LOOP_GUARD_MARK as GUARD_MARK, timeLimitSeconds } from '../core/time-limit.ts';
import { blameCrash, type DeathCause, deathCause, fillingMemory } from '../core/deaths.mjs';
import { type ExerciseState as RunState, exerciseState } from './exercise-state.mjs';

export type ExerciseState = RunState | 'missing';
export type { DeathCause };

export interface TestOutcome {
  name: string;
  passed: boolean;
  /** How long the test ran, in milliseconds (vitest's own measure; 0 where it has none). */
  ms?: number;
  message: string;
  /** A held-out test of a contract, not of values (spec/support/checks.ts, contract()). */
  contract?: boolean;
  /** Where the learner's code threw, when it did: a file of the target tree (NN-slug/x.ts) and a line. */
  location?: { file: string; line: number };
  /** A failing test's named mistakes and first wrong value (spec/support/evidence.ts). */
  mistakes?: { id: string; text: string }[];
  probe?: { name: string; received: string; expected: string };
}

export interface ExerciseResult {
  id: string;
  state: ExerciseState;
  passed: number;
  total: number;
  tests: TestOutcome[];
  /** The first failing check, in one line. */
  firstFailure: string;
  /** Why the test process died while this spec file ran (state 'crash', no results). */
  cause?: DeathCause;
}

export interface RunnerOptions {
  /** The tree to test (exercises/ by default). */
  target?: string;
  /** Seconds one spec file may run (default KATA_TIME_LIMIT or 10). */
  limitSeconds?: number;
  /** Language of the specs' messages. */
  lang?: 'en' | 'ko';
  /**
   * Grading mode: the learner's code runs in confined child processes (scripts/lib/sandbox/), never in
   * the vitest process that decides. For npm run grade and everything built on it.
   */
  grading?: boolean;
  /** Grading mode for a class: the folder of students' trees and spec copies (see gradebook.ts). */
  classDir?: string;
  /** vitest's workers (default 2). */
  workers?: number;
  /** Held-out specs (spec/held-out/) are among the files to run. */
  heldOut?: boolean;
}

/** What state an exercise is in, from the tests of its spec file. */
export function classify(id: string, tests: TestOutcome[], moduleErrors: string[]): ExerciseResult {
  const passed = tests.filter((t) => t.passed).length;
  const failures = tests.filter((t) => !t.passed);
  const state: ExerciseState = exerciseState({ passed, total: tests.length, failures, errors: moduleErrors });
  const first = failures[0];
  // Clipped: the learner's code decides how long an error message is (a report must stay a report).
  const firstFailure = (
    moduleErrors.length > 0 ? oneLine(moduleErrors[0]!) : first ? `${first.name} — ${oneLine(first.message)}` : ''
  ).slice(0, 500);
  return { id, state, passed, total: tests.length, tests, firstFailure };
}

/** A spec file that failed to load: say where, in one line, as plainly as possible. */
export function describeModuleError(error: { name?: string; message?: string; file?: string }): string {
  const message = (error.message ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const parse = /\[PARSE_ERROR\]\s*(.+)\n[\s\S]*?\[\s*(\S+:\d+:\d+)\s*\]/.exec(message);
  if (parse) return `SyntaxError: ${parse[1]!.trim()} (${shortPath(parse[2]!)})`;
  const file = error.file;
  return `${error.name ?? 'Error'}: ${oneLine(message)}${file ? ` (${shortPath(file)})` : ''}`;
}

/** exercises/02-softmax/softmax.ts:6:1 → 02-softmax/softmax.ts:6:1 */
function shortPath(path: string): string {
  return /\d\d-[a-z0-9-]+\/[^/]+$/.exec(path)?.[0] ?? path;
}

interface ChildMessage {
  type: 'ready' | 'start' | 'end' | 'done' | 'error' | 'companions';
  file?: string;
  /** 'companions': public spec file → the held-out file that runs inside it (sandbox/companion.mjs). */
  pairs?: [string, string][];
  tests?: TestOutcome[];
  errors?: { name?: string; message?: string; file?: string }[];
  message?: string;
}

/**
 * A vitest process (runner/child.mjs) kept open between runs, so watch reruns one file in a fraction
 * of a second. Each run has the watchdog; after a hang that process is killed (which surely ends a
 * spinning worker thread) and the next run forks a new one.
 */
export class SpecSession {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private listener: (message: ChildMessage) => void = () => {};
  private inProcess: Vitest | undefined;
  /** Where the setup file marks each spec file as it starts (see startedFiles). */
  private readonly startedDir = mkdtempSync(join(tmpdir(), 'kata-started-'));
  /** Grading mode: the sandbox folder (the compiled learner code, the children's pipes), removed at close. */
  private readonly sandboxDir: string | undefined;
  private readonly classDir: string | undefined;
  private readonly workers: number | undefined;
  private readonly heldOut: boolean;
  /** After a crash with two spec files running, one file at a time, so the next crash names its culprit. */
  private solo = false;
  /** The last words of the vitest process on stderr (V8 says "heap out of memory" there). */
  private stderrTail = '';
  readonly limitMs: number;

  constructor(options: RunnerOptions = {}) {
    this.limitMs = (options.limitSeconds ?? timeLimitSeconds()) * 1000;
    if (options.grading || options.classDir) this.sandboxDir = mkdtempSync(join(tmpdir(), 'kata-sandbox-'));
    this.classDir = options.classDir;
    this.workers = options.workers;
    this.heldOut = options.heldOut === true;
    process.env.KATA_TIME_LIMIT = String(this.limitMs / 1000);
    if (options.target) process.env.KATA_TARGET = resolve(options.target);
    if (options.lang) process.env.KATA_LANG = options.lang;
  }

  private open(): Promise<void> {
    if (this.ready) return this.ready;
    // Its own process group: killing the group ends vitest, its threads and every sandbox child at once.
    const child = fork(join(import.meta.dirname, 'child.mjs'), [join(root, 'vitest.config.ts')], {
      cwd: root,
      execArgv: [], // plain node, not this process's loader
      env: {
        ...process.env,
        KATA_STARTED_DIR: this.startedDir,
        ...(this.sandboxDir ? { KATA_GRADING: '1', KATA_SANDBOX_DIR: this.sandboxDir } : { KATA_GRADING: '' }),
        KATA_CLASS_DIR: this.classDir ?? '',
        KATA_HELD_OUT: this.heldOut ? '1' : '',
        ...(this.solo ? { KATA_WORKERS: '1' } : this.workers ? { KATA_WORKERS: String(this.workers) } : {}),
      },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      detached: true,
    });
    this.child = child;
    this.stderrTail = '';
    child.stderr?.on('data', (chunk: Buffer) => (this.stderrTail = (this.stderrTail + chunk.toString()).slice(-8192))); // read, so a full pipe never blocks it
    child.on('message', (message: ChildMessage) => this.listener(message));
    this.ready = new Promise((done, fail) => {
      const onReady = (message: ChildMessage) => {
        if (message.type !== 'ready') return;
        child.off('message', onReady);
        done();
      };
      child.on('message', onReady);
      child.once('exit', (code) => fail(new Error(`the vitest process exited (${code}) before it was ready`)));
    });
    child.once('exit', () => {
      if (this.child === child) {
        this.child = undefined;
        this.ready = undefined;
      }
    });
    return this.ready;
  }

  /** Forget what vitest has cached of a changed file, so the next run loads it afresh. */
  invalidate(file: string): void {
    this.child?.send({ type: 'invalidate', file });
  }

  /** Run the specs of `exercises`; one result per exercise, in order. */
  async run(exercises: Exercise[]): Promise<ExerciseResult[]> {
    const results = await this.runFiles(exercises.map((e) => ({ file: resolve(root, pathsOf(e).spec), id: e.id })));
    return exercises.map((e) => results.get(resolve(root, pathsOf(e).spec))!);
  }

  /**
   * Run spec files, each the spec of exercise `id` (a class's regrade runs copies of the same spec, one
   * per student); one result per file. Files that hang or die are reported as such and the others run again.
   */
  async runFiles(entries: { file: string; id: string }[]): Promise<Map<string, ExerciseResult>> {
    const byFile = new Map(entries.map((e) => [e.file, e.id]));
    const results = new Map<string, ExerciseResult>();
    let pending = [...byFile.keys()];
    for (let round = 0; pending.length > 0 && round < byFile.size + 1; round++) {
      // died: the spec files that were running; alsoDied: those and the held-out files inside them.
      const {
        hung,
        died,
        alsoDied = died,
        cause,
        filling,
      } = await this.runOnce(pending, (file, tests, errors) => {
        const id = byFile.get(file);
        if (id) results.set(file, classify(id, tests, errors));
      });
      for (const file of hung) {
        const id = byFile.get(file);
        // Stuck while the process held gigabytes: the memory was filling (an allocating loop), not the clock.
        if (id && filling)
          results.set(file, {
            ...classify(id, [], ['the test process was filling the memory while running this spec']),
            state: 'crash',
            cause: 'oom',
          });
        else if (id)
          results.set(file, {
            ...classify(
              id,
              [],
              [detectLang() === 'ko' ? `${this.limitMs / 1000}초 안에 끝나지 않았습니다` : `${GUARD_MARK} ${this.limitMs / 1000} s`],
            ),
            state: 'timeout',
          });
      }
      // Two files were running when the process died: one of them did it. Run them again one at a time.
      if (blameCrash(died).suspects.length > 0) this.solo = true;
      else {
        for (const file of alsoDied) {
          const id = byFile.get(file);
          if (id && !results.has(file))
            results.set(file, {
              ...classify(id, [], [`the test process died while running this spec (${cause ?? 'crashed'})`]),
              state: 'crash',
              cause: cause ?? 'crashed',
            });
        }
      }
      pending = pending.filter((f) => !results.has(f));
      if (hung.length === 0 && died.length === 0) break; // everything that could run has run
    }
    for (const [file, id] of byFile)
      if (!results.has(file)) results.set(file, { ...classify(id, [], ['no result: the spec file did not run']), state: 'missing' });
    return results;
  }

  /** One run over `files`; returns the files the watchdog gave up on, and those running when the process died. */
  private async runOnce(
    files: string[],
    record: (file: string, tests: TestOutcome[], errors: string[]) => void,
  ): Promise<{ hung: string[]; died: string[]; alsoDied?: string[]; cause?: DeathCause; filling?: boolean }> {
    await this.open();
    const child = this.child!;
    for (const marker of readdirSync(this.startedDir)) rmSync(join(this.startedDir, marker));
    const ended = new Set<string>();
    const running = () => startedFiles(this.startedDir, ended);
    return new Promise((done) => {
      let finished = false;
      // A held-out file that runs inside its public file (grading) hangs or dies with it.
      const carried = new Map<string, string>();
      const withCarried = (list: string[]) => list.flatMap((f) => (carried.has(f) ? [f, carried.get(f)!] : [f]));
      const finish = (outcome: { hung: string[]; died: string[]; alsoDied?: string[]; cause?: DeathCause; filling?: boolean }) => {
        if (finished) return;
        finished = true;
        outcome = { ...outcome, hung: withCarried(outcome.hung), alsoDied: withCarried(outcome.died) };
        clearInterval(watchdog);
        child.off('exit', onExit);
        this.listener = () => {};
        done(outcome);
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        const cause = deathCause({ stderr: this.stderrTail, signal, code });
        finish({ hung: [], died: running().map(([file]) => file), cause });
      };
      this.listener = (message) => {
        if (message.type === 'companions') for (const [file, heldOut] of message.pairs ?? []) carried.set(file, heldOut);
        if (message.type === 'end' && message.file) {
          ended.add(message.file);
          record(message.file, message.tests ?? [], (message.errors ?? []).map(describeModuleError));
        }
        if (message.type === 'done') finish({ hung: [], died: [] });
      };
      // Which file started when comes from the markers the setup file writes: a worker stuck in
      // learner code cannot send messages, and even its "started" message may never leave it.
      // In grading mode the sandbox stops the learner's code itself; this only catches the grader's own faults.
      const patience = this.sandboxDir ? 2 * this.limitMs + graceMs(this.limitMs) + 20_000 : this.limitMs + graceMs(this.limitMs);
      // Learner mode: how much the vitest process holds, and how fast it grew, tells memory from time
      // (grading's sandbox caps the learner's memory itself). As spec/harness/watchdog.ts and test.mjs do.
      const samples: [at: number, rss: number][] = [];
      const watchdog = setInterval(() => {
        const now = Date.now();
        const rss = this.sandboxDir ? undefined : residentBytes(child.pid);
        if (rss !== undefined) samples.push([now, rss]);
        if (samples.length > 1000) samples.shift();
        const stuck = running().filter(([, at]) => now - at > patience);
        const hung = stuck.map(([file]) => file);
        if (hung.length === 0) return;
        const since = Math.min(...stuck.map(([, at]) => at));
        const grown = rss === undefined ? 0 : rss - Math.min(...samples.filter(([at]) => at >= since).map(([, r]) => r), rss);
        finish({ hung, died: [], filling: rss !== undefined && fillingMemory(rss, grown) });
        this.kill();
      }, 200);
      child.once('exit', onExit);
      child.send({ type: 'run', files });
    });
  }

  /** Load a module of the target tree (or any .ts file) as the specs see it, in this process. */
  async import<T>(file: string): Promise<T> {
    if (!this.inProcess) {
      const { createVitest } = await import('vitest/node');
      this.inProcess = await createVitest(
        'test',
        { config: join(root, 'vitest.config.ts'), run: true, watch: false, reporters: [] },
        { logLevel: 'silent' },
      );
    }
    return this.inProcess.import<T>(file);
  }

  private kill(): void {
    const pid = this.child?.pid;
    if (pid !== undefined) {
      try {
        process.kill(-pid, 'SIGKILL'); // the group: vitest and every sandbox child it started
      } catch {
        this.child?.kill('SIGKILL');
      }
    }
    this.child = undefined;
    this.ready = undefined;
  }

  async close(): Promise<void> {
    const child = this.child;
    if (child) {
      child.send({ type: 'close' });
      await Promise.race([new Promise((done) => child.once('exit', done)), sleep(3000)]);
      this.kill();
    }
    if (this.inProcess) await Promise.race([this.inProcess.close(), sleep(3000)]);
    this.inProcess = undefined;
    rmSync(this.startedDir, { recursive: true, force: true });
    if (this.sandboxDir) rmSync(this.sandboxDir, { recursive: true, force: true });
  }
}

/** Run the specs of `exercises` once against the target tree; one result per exercise, in order. */
export async function runExercises(exercises: Exercise[], options: RunnerOptions = {}): Promise<ExerciseResult[]> {
  const session = new SpecSession(options);
  try {
    return await session.run(exercises);
  } finally {
    await session.close();
  }
}

/** The resident memory of process `pid` in bytes where the system tells it (Linux's /proc), else undefined. */
function residentBytes(pid: number | undefined): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms).unref());
}
