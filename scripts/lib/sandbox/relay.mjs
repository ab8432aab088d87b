// @ts-check
// A helper thread of the grader's spec worker (see client/relay.mjs). It starts the sandbox children (one
// per spec file, a spare one started in advance so the next file need not wait), watches their time,
// and stops them. The spec thread, blocked while a child works, cannot do any of that itself.
//
// How frames travel between the spec thread and the child:
// - POSIX: through two named pipes (FIFOs) per child, which the spec thread reads and writes directly
//   and synchronously. This thread holds a write end of the child's output pipe and closes it when
//   the child ends, so a spec thread waiting for an answer wakes up (end of file) and learns why here.
//   The spec thread writes the deadline of each wait into shared memory; this thread stops a child
//   that is past it.
// - elsewhere (Windows): through this thread, as messages (slower, same protocol); a timer armed on
//   every frame sent to the child and disarmed by its answer.
// Every message this thread sends the spec thread bumps a shared counter it can wait on.
import { execFileSync, spawn } from 'node:child_process';
import { diedOfMemory } from '../core/deaths.mjs';
import { closeSync, constants, mkdirSync, openSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { Deframer } from './wire/frames.mjs';
import { MAX_FRAME_BYTES } from './wire/intrinsics.mjs';

/** @typedef {{ node: string, args: string[], cwd: string, pipes: string, firstTree?: string, cpuSeconds: number, dataMegabytes: number, debug?: boolean }} Launch */
/** @type {{ port: import('node:worker_threads').MessagePort, signal: SharedArrayBuffer, deadline: SharedArrayBuffer, launch: Launch }} */
const { port, signal, deadline: deadlineBuffer, launch } = workerData;
const counter = new Int32Array(signal);
/** When the active child must have answered (ms since the epoch), while the spec thread waits; else 0. */
const deadline = new Float64Array(deadlineBuffer);
const TAIL = 8192;
const FIFOS = process.platform !== 'win32' && process.env.KATA_SANDBOX_TRANSPORT !== 'relay';
// Outside every child's grants: a child opens only the two pipes named in its own flags.
const pipes = launch.pipes;
let made = 0;

/** @typedef {{ proc: import('node:child_process').ChildProcess, code: string, session: number, deframer: Deframer, stderr: string, timer?: NodeJS.Timeout, cause?: string, gone: boolean, fifo?: { in: string, out: string, outFd: number } }} Child */

/** @param {object} message */
function tell(message) {
  port.postMessage(message);
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
}

/**
 * A child for the compiled tree `code`: it may read that tree and the runtime, nothing else.
 * @param {string} code
 * @returns {Child}
 */
function start(code) {
  const args = [...launch.args];
  const entry = /** @type {string} */ (args.pop());
  args.push(`--allow-fs-read=${code}${sep}`);
  /** @type {Child['fifo']} */ let fifo;
  if (FIFOS) {
    mkdirSync(pipes, { recursive: true });
    const base = join(pipes, `${process.pid}-${made++}-${Math.random().toString(36).slice(2, 8)}`);
    execFileSync('mkfifo', ['-m', '600', `${base}.in`, `${base}.out`]);
    // A reader-and-writer end held here: the spec thread's open for reading returns at once, and its
    // reads end (end of file) when this end is closed after the child has gone.
    fifo = { in: `${base}.in`, out: `${base}.out`, outFd: openSync(`${base}.out`, constants.O_RDWR) };
    args.push(`--allow-fs-read=${fifo.in}`, `--allow-fs-write=${fifo.out}`, entry, fifo.in, fifo.out);
  } else args.push(entry);
  // POSIX: limit the CPU seconds and the data size of the child itself, so that even a child whose
  // grader has died cannot spin or grow for long. Windows has neither; the heap cap still holds.
  const proc =
    process.platform === 'win32'
      ? spawn(launch.node, args, { cwd: launch.cwd, env: {}, stdio: ['pipe', 'pipe', 'pipe', 'pipe'], windowsHide: true })
      : spawn(
          '/bin/sh',
          [
            '-c',
            `ulimit -t ${launch.cpuSeconds}; ulimit -d ${launch.dataMegabytes * 1024} 2>/dev/null; exec "$0" "$@"`,
            launch.node,
            ...args,
          ],
          { cwd: launch.cwd, env: {}, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] },
        );
  /** @type {Child} */
  const child = { proc, code, session: 0, deframer: new Deframer(), stderr: '', gone: false, ...(fifo ? { fifo } : {}) };
  proc.stdin?.on('error', () => {}); // a child that died mid-write: its exit says why
  proc.stdout?.on('data', () => {}); // the learner's console.log: read and dropped
  proc.stderr?.on('data', (/** @type {Buffer} */ d) => {
    if (launch.debug) process.stderr.write(d);
    child.stderr = (child.stderr + d.toString('utf8')).slice(-TAIL);
  });
  const out = /** @type {import('node:stream').Readable} */ (proc.stdio[3]);
  out.on('error', () => {});
  out.on('data', (/** @type {Buffer} */ chunk) => {
    if (child.gone || child.session === 0) return;
    let texts;
    try {
      texts = child.deframer.push(chunk);
    } catch {
      stop(child, 'protocol');
      return;
    }
    if (texts.length > 0 && child.timer) {
      clearTimeout(child.timer);
      child.timer = undefined;
    }
    for (const data of texts) tell({ op: 'frame', session: child.session, data });
  });
  const ended = (/** @type {number | null} */ code, /** @type {string | null} */ signalName) => {
    if (child.gone) return;
    child.gone = true;
    if (child.timer) clearTimeout(child.timer);
    if (child.session !== 0)
      tell({
        op: 'exit',
        session: child.session,
        code,
        signal: signalName,
        cause: child.cause ?? causeOf(child.stderr, signalName),
        stderr: child.stderr,
      });
    if (child.fifo) {
      closeSync(child.fifo.outFd); // after the message above: the spec thread reads end of file, then it
      rmSync(child.fifo.in, { force: true });
      rmSync(child.fifo.out, { force: true });
    }
  };
  proc.on('exit', ended);
  proc.on('error', () => ended(null, null));
  return child;
}

/** Why a child ended that was not stopped by us. */
function causeOf(/** @type {string} */ stderr, /** @type {string | null} */ signalName) {
  if (diedOfMemory(stderr)) return 'memory';
  if (signalName === 'SIGXCPU' || signalName === 'SIGKILL') return 'cpu';
  return 'crash';
}

function stop(/** @type {Child} */ child, /** @type {string} */ cause) {
  if (child.gone) return;
  child.cause ??= cause;
  child.proc.kill('SIGKILL');
}

/** @type {Child | undefined} */ let active;
/** @type {Child | undefined} */ let spare;

// The deadline of the spec thread's current wait (FIFO transport).
setInterval(() => {
  const due = deadline[0] ?? 0;
  if (active && due > 0 && Date.now() > due) stop(active, 'timeout');
}, 25).unref();

port.on('message', (/** @type {{ op: string, session?: number, code?: string, data?: string, killAfterMs?: number }} */ message) => {
  switch (message.op) {
    case 'start': {
      if (active) stop(active, 'stopped');
      const code = /** @type {string} */ (message.code);
      // The spare was started for the tree the last file graded: another student's tree needs its own child.
      if (spare && (spare.gone || spare.code !== code)) {
        stop(spare, 'stopped');
        spare = undefined;
      }
      active = spare ?? start(code);
      active.session = /** @type {number} */ (message.session);
      spare = undefined;
      active.proc.stdin?.write('g'); // go: the child opens its pipes, or starts reading fd 0
      tell({ op: 'started', session: active.session, fifo: active.fifo ? { in: active.fifo.in, out: active.fifo.out } : undefined });
      setImmediate(() => (spare ??= start(code)));
      return;
    }
    case 'send': {
      const child = active;
      if (!child || child.session !== message.session || child.gone) {
        tell({
          op: 'exit',
          session: message.session,
          code: null,
          signal: null,
          cause: child?.cause ?? 'crash',
          stderr: child?.stderr ?? '',
        });
        return;
      }
      const bytes = Buffer.from(/** @type {string} */ (message.data), 'utf8');
      if (bytes.length > MAX_FRAME_BYTES) return stop(child, 'protocol');
      const head = Buffer.alloc(4);
      head.writeUInt32LE(bytes.length, 0);
      child.proc.stdin?.write(Buffer.concat([head, bytes]));
      if (child.timer) clearTimeout(child.timer);
      child.timer = setTimeout(() => stop(child, 'timeout'), Math.max(0, message.killAfterMs ?? 0));
      return;
    }
    case 'stop':
      if (active && active.session === message.session) {
        // The spec file is done: the child, told by the end of its input, ends by itself; if not soon, it is stopped.
        const child = active;
        child.cause ??= 'stopped';
        child.proc.stdin?.end();
        setTimeout(() => stop(child, 'stopped'), 1000).unref();
        active = undefined;
      }
      return;
    case 'close':
      for (const child of [active, spare]) if (child) stop(child, 'stopped');
      port.close();
  }
});
if (launch.firstTree) spare = start(launch.firstTree); // ready before the first spec file asks
parentPort?.postMessage('ready');
