// @ts-check
// One side of the wire between the grader and the child process that runs the learner's code (see
// index.mjs): the request loop, on top of the mirror (mirror.mjs) and the value codec (values.mjs).
// Both ends run these same files: the grader in its spec worker (client/), the child in the sandbox
// (child.mjs, which gets a copy of wire/). Calls go both ways and nest: the spec calls the
// learner's function, which calls back a function of the spec, which may call the learner again.
//
// What crosses is data, never a live object of the other side:
// - numbers (NaN, ±Infinity and −0 included), strings, booleans, null, undefined, bigints;
// - arrays, plain objects, typed arrays, Maps, Sets and Dates are MIRRORED: each has an id and a copy
//   on both sides. Before each message, the sender compares every mirrored object with what the other
//   side last saw and sends the ones that changed, so a learner that changes its argument is seen by
//   the spec, and a learner object that kept an argument sees the spec's later changes — as if both
//   ran in one process. The spec starts a fresh table for every test (an "epoch").
// - errors cross by value (class, name, message, stack, cause);
// - anything else (functions, class instances) stays where it was made and is REFERENCED by id: the
//   other side gets a stand-in whose calls travel back here.
// Each side ids what it makes: the grader counts up from 1, the child down from −1.
import { isArray, ProtocolError } from './intrinsics.mjs';
import { Mirror } from './mirror.mjs';

/** @typedef {import('./values.mjs').Contents} Contents */
/** @typedef {import('./values.mjs').Message} Message */
/** @typedef {import('./values.mjs').MirrorEntry} MirrorEntry */
/** @typedef {import('./values.mjs').Wire} Wire */

/** One side of the wire: the other side's requests answered while this side waits for its own. */
export class Peer extends Mirror {
  /**
   * Ask the other side (a call, a property read, an import …) and wait for the answer, answering
   * its own requests in the meantime (a callback of the spec, called by the learner's code).
   *
   * Exchanges nest, and both sides count the same levels: the spec's call is level 1, a callback
   * the learner's code makes during it level 2, and so on. Objects that first crossed in an exchange
   * of level 2 or deeper (the arguments of a callback, what it returned) are forgotten by both sides
   * when it ends: they go on living as ordinary objects, but are no longer kept in step. Without that,
   * a training loop that calls the spec's optimizer a thousand times would make every later message
   * compare a thousand old arrays. The arguments and results of the spec's own calls stay in step for
   * the whole test.
   * @param {{ kind: string, [key: string]: unknown }} request  its values not yet encoded
   * @param {{ fields?: string[], lists?: string[], extra?: object }} [encode]
   */
  request(request, encode = {}) {
    const seq = ++this.seq;
    this.level += 1;
    try {
      this.post({ ...request, seq }, encode);
      for (;;) {
        const message = this.channel.receive();
        if (message.kind === 'ret') {
          this.accept(message);
          if (message.seq !== seq) throw new ProtocolError(`an answer to request ${message.seq} came while ${seq} was waiting`);
          return this.result(message);
        }
        this.level += 1;
        try {
          this.accept(message);
          this.serve(message);
        } finally {
          this.forget(this.level);
          this.level -= 1;
        }
      }
    } finally {
      if (this.level >= 2) this.forget(this.level);
      this.level -= 1;
    }
  }

  /** The value of an answer, or its error thrown. */
  result(/** @type {Message} */ message) {
    // What the learner's async function returned: a promise here too, settled as it was settled there.
    if (message.promise)
      return message.ok ? Promise.resolve(this.decode(message.value, false)) : Promise.reject(this.decode(message.error, false));
    if (!message.ok) throw this.decode(message.error, false);
    if (message.values !== undefined) {
      if (!isArray(message.values) || !isArray(message.names)) throw new ProtocolError('a list answer without names');
      return { names: message.names.map(String), values: message.values.map((/** @type {Wire} */ w) => this.decode(w, false)) };
    }
    return this.decode(message.value, false);
  }

  /** Answer one request of the other side. */
  serve(/** @type {Message} */ message) {
    let answer;
    try {
      answer = { ok: true, ...this.hooks.answer(message, this) };
    } catch (error) {
      answer = { ok: false, error };
    }
    this.reply(message.seq, answer);
  }

  /**
   * Send an answer; when what it carries cannot be copied (too long, a getter that throws …), send
   * that as the error instead.
   * @param {number} seq
   * @param {{ ok: boolean, value?: unknown, values?: unknown[], names?: string[], asRef?: boolean, error?: unknown, promise?: boolean }} answer
   */
  reply(seq, answer) {
    try {
      if (!answer.ok)
        this.post({ kind: 'ret', seq, ok: false, error: answer.error, promise: answer.promise ? 1 : undefined }, { fields: ['error'] });
      else if (answer.values)
        this.post(
          { kind: 'ret', seq, ok: true, values: answer.values, names: answer.names, promise: answer.promise ? 1 : undefined },
          { lists: ['values'] },
        );
      else
        this.post(
          { kind: 'ret', seq, ok: true, value: answer.value, promise: answer.promise ? 1 : undefined },
          { fields: ['value'], asRef: answer.asRef ? ['value'] : [] },
        );
    } catch (error) {
      if (error instanceof ProtocolError) throw error;
      const why = new TypeError(`the grader could not copy what came back: ${error instanceof Error ? error.message : String(error)}`);
      this.post({ kind: 'ret', seq, ok: false, error: why }, { fields: ['error'], bare: true });
    }
  }

  // ── Sending ───────────────────────────────────────────────────────────────────────────────────

  /**
   * Encode the named fields of `message` (and every mirrored object that changed since the other
   * side last saw it), then send.
   * @param {Message | { [key: string]: unknown, kind: string, seq: number }} message
   * @param {{ fields?: string[], lists?: string[], asRef?: string[], bare?: boolean }} how  bare: without the changed objects (a last resort)
   */
  post(message, how) {
    /** @type {number[]} */ const queue = [];
    const fields = /** @type {Record<string, unknown>} */ (message);
    const out = /** @type {Record<string, unknown>} */ ({ ...message });
    // 1. What changed on this side since the last message (an argument the learner's code changed …).
    if (!how.bare) {
      for (const [id, entry] of this.mirror) {
        if (entry.snap !== undefined && entry.snap.flags !== 'frozen' && !this.same(entry.obj, entry.snap)) queue.push(id);
      }
    }
    const known = this.nextId;
    try {
      // 2. The message's own values.
      for (const field of how.fields ?? []) out[field] = this.encode(fields[field], queue, how.asRef?.includes(field) ?? false);
      for (const field of how.lists ?? []) out[field] = /** @type {unknown[]} */ (fields[field]).map((x) => this.encode(x, queue, false));
      // 3. The contents of every mirrored object named so far; they may name more.
      /** @type {[number, Contents][]} */ const objects = [];
      const sent = new Set();
      for (let i = 0; i < queue.length; i++) {
        const id = /** @type {number} */ (queue[i]);
        if (sent.has(id)) continue;
        sent.add(id);
        objects.push([id, this.contents(/** @type {MirrorEntry} */ (this.mirror.get(id)).obj, queue)]);
      }
      if (objects.length > 0) out.objects = objects;
      this.channel.send(/** @type {Message} */ (out));
      for (const [id, c] of objects) /** @type {MirrorEntry} */ (this.mirror.get(id)).snap = c;
    } catch (error) {
      // Nothing was sent: forget what this message would have introduced.
      for (const [id, entry] of [...this.mirror]) {
        if (entry.snap === undefined && Math.abs(id) >= Math.abs(known)) {
          this.mirror.delete(id);
          this.mirrorIds.delete(entry.obj);
        }
      }
      throw error;
    }
  }
}
