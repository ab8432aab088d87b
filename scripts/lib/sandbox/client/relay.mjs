// @ts-check
// The spec thread's end of the relay thread (../relay.mjs, one per spec worker): starting it, waiting
// for its messages, opening a child's named pipes, and ChildGone, the error for a child that ended.
import { closeSync, constants, openSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** @typedef {{ root: string, relay: string, launch: import('../relay.mjs').Launch, trees: Record<string, { code: string, source: string }> }} SandboxConfig */

/** @returns {SandboxConfig} */
export function config() {
  const text = process.env.KATA_SANDBOX;
  if (!text) throw new Error('grading mode without KATA_SANDBOX (see scripts/lib/sandbox/index.mjs)');
  return JSON.parse(text);
}

/** @typedef {{ port: import('node:worker_threads').MessagePort, counter: Int32Array, deadline: Float64Array }} Relay */
/** @type {Relay | undefined} */
export let relay;
export function getRelay() {
  if (relay) return relay;
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const deadline = new SharedArrayBuffer(8);
  const { relay: thread, launch } = config();
  const worker = new Worker(thread, { workerData: { port: port2, signal, deadline, launch }, transferList: [port2] });
  worker.unref();
  port1.unref();
  relay = { port: port1, counter: new Int32Array(signal), deadline: new Float64Array(deadline) };
  return relay;
}

/**
 * The next message of the relay for `token` (messages for children stopped earlier are dropped),
 * waiting at most `ms`; undefined when none came.
 * @returns {{ op: string, session: number, data?: string, cause?: string, code?: number | null, signal?: string | null, stderr?: string, fifo?: { in: string, out: string } } | undefined}
 */
export function fromRelay(/** @type {Relay} */ r, /** @type {number} */ token, /** @type {number} */ ms) {
  const until = performance.now() + ms;
  for (;;) {
    const seen = Atomics.load(r.counter, 0);
    const got = receiveMessageOnPort(r.port);
    if (got) {
      if (got.message.session === token) return got.message;
      continue;
    }
    const left = until - performance.now();
    if (left <= 0) return undefined;
    Atomics.wait(r.counter, 0, seen, Math.min(left, 1000));
  }
}

const nap = new Int32Array(new SharedArrayBuffer(4));
export const sleep = (/** @type {number} */ ms) => Atomics.wait(nap, 0, 0, ms);

/** The child is gone; `cause` says why (timeout, cpu, memory, crash, protocol, stopped). */
export class ChildGone extends Error {
  /** @param {string} cause @param {{ code?: number | null, signal?: string | null, stderr?: string }} [detail] */
  constructor(cause, detail = {}) {
    super(cause);
    this.cause = cause;
    this.detail = detail;
  }
}

/**
 * Open the named pipes of a child: its input for writing (it must have opened it for reading first,
 * so wait for that unless the relay reports it gone), its output for reading.
 */
export function openPipes(
  /** @type {{ in: string, out: string }} */ fifo,
  /** @type {() => { op: string, cause?: string } | undefined} */ gone,
) {
  const until = performance.now() + 30_000;
  let probe;
  for (;;) {
    try {
      probe = openSync(fifo.in, constants.O_WRONLY | constants.O_NONBLOCK);
      break;
    } catch (error) {
      if (/** @type {{ code?: string }} */ (error).code !== 'ENXIO') throw error;
      const why = gone();
      if (why?.op === 'exit' || performance.now() > until) throw new ChildGone(why?.cause ?? 'crash', /** @type {object} */ (why ?? {}));
      sleep(1);
    }
  }
  const write = openSync(fifo.in, constants.O_WRONLY); // blocking writes: the reader is there now
  closeSync(probe);
  return { write, read: openSync(fifo.out, constants.O_RDONLY) };
}
