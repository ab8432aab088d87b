// @ts-check
// Tests only: a grader peer and a child peer in one thread, joined by real frames (frame → Deframer),
// so the unit tests see what crosses as bytes, the way the two processes do.
import { Deframer, frame } from './frames.mjs';
import { jsonParse } from './intrinsics.mjs';
import { Peer } from './peer.mjs';

/** @typedef {import('./values.mjs').Message} Message */
/** @typedef {import('./values.mjs').Hooks} Hooks */

/** Stand-ins the tests can recognise: a plain record of what was described. */
const standIn = (/** @type {number} */ id, /** @type {import('./values.mjs').Descriptor} */ d, /** @type {boolean} */ inData) => ({
  standInFor: id,
  d,
  inData,
});

/**
 * Two peers; each side's receive() runs the other side's pending work first (see step), so a request
 * made on one side is answered synchronously, as across the real pipes.
 * @param {{ grader?: Partial<Hooks>, child?: Partial<Hooks> }} [hooks]
 */
export function pair(hooks = {}) {
  /** @type {Record<'grader' | 'child', string[]>} */ const inbox = { grader: [], child: [] };
  /** @type {Record<'grader' | 'child', Deframer>} */ const deframers = { grader: new Deframer(), child: new Deframer() };
  /** @type {Record<'grader' | 'child', Message[]>} */ const sent = { grader: [], child: [] };
  const other = (/** @type {'grader' | 'child'} */ side) => (side === 'grader' ? 'child' : 'grader');
  const channel = (/** @type {'grader' | 'child'} */ side) => ({
    send(/** @type {Message} */ message) {
      sent[side].push(message);
      const bytes = frame(message);
      // Two chunks, split mid-frame, as a pipe may deliver them.
      const cut = Math.floor(bytes.length / 2);
      for (const chunk of [bytes.subarray(0, cut), bytes.subarray(cut)])
        inbox[other(side)].push(...deframers[other(side)].push(Buffer.from(chunk)));
    },
    receive() {
      while (inbox[side].length === 0) if (!step(other(side))) throw new Error(`${side} waits, and nothing is on its way`);
      return /** @type {Message} */ (jsonParse(/** @type {string} */ (inbox[side].shift())));
    },
  });
  const base = { standIn, answer: () => ({ value: undefined }) };
  const grader = new Peer(1, channel('grader'), { ...base, ...hooks.grader });
  const child = new Peer(-1, channel('child'), { ...base, ...hooks.child });
  /**
   * One request waiting for `side`, served as its request loop serves one (or, for an idle side, as
   * child.mjs serves a request at the top: level 1, nothing forgotten); false when none waits.
   */
  function step(/** @type {'grader' | 'child'} */ side) {
    const text = inbox[side].shift();
    if (text === undefined) return false;
    const peer = side === 'grader' ? grader : child;
    const message = jsonParse(text);
    peer.level += 1;
    try {
      peer.accept(message);
      peer.serve(message);
    } finally {
      if (peer.level >= 2) peer.forget(peer.level);
      peer.level -= 1;
    }
    return true;
  }
  /**
   * `value` sent from `from` in a message field, and what the other side decodes it as.
   * @param {unknown} value
   */
  function carry(value, /** @type {'grader' | 'child'} */ from = 'grader') {
    const [sender, receiver] = from === 'grader' ? [grader, child] : [child, grader];
    sender.post({ kind: 'test', seq: 0, value }, { fields: ['value'] });
    const message = receiver.channel.receive();
    receiver.accept(message);
    return receiver.decode(message.value, false);
  }
  return { grader, child, carry, sent, inbox };
}
