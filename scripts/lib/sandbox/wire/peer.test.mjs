// @ts-check
// The request loop: a call and its answer, an error thrown across, a callback nested inside a call,
// and an answer to the wrong request refused.
import { describe, expect, it } from 'vitest';
import { ProtocolError } from './intrinsics.mjs';
import { Peer } from './peer.mjs';
import { pair } from './test-pair.mjs';

/** A pair whose child calls what it is sent, and whose function stand-ins call back. */
function callingPair() {
  /** @type {Peer} */ let child;
  const p = pair({
    grader: {
      answer(message, peer) {
        const fn = peer.decode(message.fn, false);
        return { value: fn(...message.args.map((/** @type {any} */ w) => peer.decode(w, false))) };
      },
    },
    child: {
      standIn:
        (id) =>
        (/** @type {unknown[]} */ ...args) =>
          child.request({ kind: 'call', fn: { tag: 'ref', id }, args }, { lists: ['args'] }),
      answer(message, peer) {
        const args = message.args.map((/** @type {any} */ w) => peer.decode(w, false));
        if (message.kind === 'sum') return { value: args[0].reduce((/** @type {number} */ s, /** @type {number} */ x) => s + x, 0) };
        if (message.kind === 'fail') throw new RangeError(`\`${args[0]}\` is empty`);
        if (message.kind === 'each') return { value: args[1].map((/** @type {number} */ x) => args[0]([x])) };
        throw new Error(`unknown request ${message.kind}`);
      },
    },
  });
  child = p.child;
  return p;
}

describe('requests and answers', () => {
  it('a call carries its arguments and returns its answer', () => {
    const { grader } = callingPair();
    expect(grader.request({ kind: 'sum', args: [[1, 2, -0.5]] }, { lists: ['args'] })).toBe(2.5);
  });

  it('an error thrown on the other side is thrown here, by value', () => {
    const { grader } = callingPair();
    expect(() => grader.request({ kind: 'fail', args: ['scores'] }, { lists: ['args'] })).toThrow(new RangeError('`scores` is empty'));
  });

  it('a callback nests inside a call; what crossed inside it is forgotten by both sides when it ends', () => {
    const { grader, child } = callingPair();
    const data = [1, 2];
    const seen = /** @type {number[][]} */ ([]);
    const result = grader.request(
      {
        kind: 'each',
        args: [
          (/** @type {number[]} */ x) => {
            seen.push(x);
            return Number(x[0]) * 10;
          },
          data,
        ],
      },
      { lists: ['args'] },
    );
    expect(result).toEqual([10, 20]);
    expect(seen).toEqual([[1], [2]]);
    // Kept: `data` (2; 1 is the callback, by reference) and the answer (−3). Forgotten: the callback's arguments (−1, −2).
    expect([...grader.mirror.keys()].sort()).toEqual([-3, 2]);
    expect([...child.mirror.keys()].sort()).toEqual([-3, 2]);
    expect(grader.level).toBe(0);
  });

  it('an answer to a request that is not waiting is refused', () => {
    const peer = new Peer(
      1,
      { send() {}, receive: () => ({ kind: 'ret', seq: 99, ok: true, value: 1 }) },
      { standIn: () => undefined, answer: () => ({}) },
    );
    expect(() => peer.request({ kind: 'call' })).toThrow(ProtocolError);
  });
});
