// @ts-check
// Frames: a length and JSON, reassembled from chunks split anywhere, and oversized lengths refused.
import { describe, expect, it } from 'vitest';
import { Deframer, frame, FrameReader } from './frames.mjs';
import { MAX_FRAME_BYTES, ProtocolError } from './intrinsics.mjs';

/** @type {import('./values.mjs').Message[]} */
const messages = [
  { kind: 'call', seq: 1, args: ['naïve ✓', 2] },
  { kind: 'ret', seq: 1, ok: true, value: 'x'.repeat(70_000) },
  { kind: 'ret', seq: 2, ok: false },
];
/** The frames of `messages`, one after another (frame() reuses its buffer: copied). */
const stream = () => Buffer.concat(messages.map((m) => Buffer.from(frame(m))));

/** A header announcing `length` bytes. */
function header(/** @type {number} */ length) {
  const head = Buffer.alloc(4);
  head.writeUInt32LE(length, 0);
  return head;
}

/** A blocking reader over `bytes`, handing out at most `step` bytes per read. */
function reader(/** @type {Buffer} */ bytes, step = bytes.length) {
  let at = 0;
  return new FrameReader((buffer, offset, length) => {
    const n = Math.min(step, length, bytes.length - at);
    bytes.copy(buffer, offset, at, at + n);
    at += n;
    return n;
  });
}

describe('frame', () => {
  it('is a 4-byte little-endian length, then that many bytes of JSON (UTF-8)', () => {
    const bytes = frame({ kind: 'é', seq: 0 });
    const text = JSON.stringify({ kind: 'é', seq: 0 });
    expect(bytes.readUInt32LE(0)).toBe(Buffer.byteLength(text));
    expect(bytes.subarray(4).toString('utf8')).toBe(text);
  });

  it('refuses a message larger than the grader carries', () => {
    expect(() => frame({ kind: 'x', seq: 0, value: 'a'.repeat(MAX_FRAME_BYTES) })).toThrow(RangeError);
  });
});

describe('Deframer', () => {
  it('gives back every message, whichever byte the chunks are split at', () => {
    const bytes = stream();
    const want = messages.map((m) => JSON.stringify(m));
    for (const cut of [1, 3, 4, 5, 17, 70_010, bytes.length - 1]) {
      const d = new Deframer();
      expect([...d.push(bytes.subarray(0, cut)), ...d.push(bytes.subarray(cut))]).toEqual(want);
    }
    const d = new Deframer();
    const got = [];
    for (let i = 0; i < bytes.length; i += 1000) got.push(...d.push(bytes.subarray(i, i + 1000)));
    expect(got).toEqual(want);
  });

  it('keeps an incomplete frame until the rest comes', () => {
    const d = new Deframer();
    expect(d.push(header(10))).toEqual([]);
    expect(d.push(Buffer.from('"12345678'))).toEqual([]);
    expect(d.push(Buffer.from('"'))).toEqual(['"12345678"']);
  });

  it('refuses a length above the limit as soon as it is read', () => {
    expect(() => new Deframer().push(header(MAX_FRAME_BYTES + 1))).toThrow(ProtocolError);
    expect(new Deframer().push(Buffer.concat([header(2), Buffer.from('{}')]))).toEqual(['{}']);
  });
});

describe('FrameReader', () => {
  it('reads every message, in one read each or in reads of a few bytes', () => {
    for (const step of [Number.POSITIVE_INFINITY, 3]) {
      const frames = reader(stream(), step);
      expect([frames.next(), frames.next(), frames.next(), frames.next()]).toEqual([...messages.map((m) => JSON.stringify(m)), undefined]);
    }
  });

  it('ends (undefined) on a stream that stops inside a frame', () => {
    const bytes = stream();
    expect(reader(bytes.subarray(0, bytes.length - 1)).next()).toBe(JSON.stringify(messages[0]));
    const frames = reader(bytes.subarray(0, 6));
    expect(frames.next()).toBeUndefined();
  });

  it('refuses a length above the limit', () => {
    expect(() => reader(Buffer.concat([header(MAX_FRAME_BYTES + 1), Buffer.alloc(8)])).next()).toThrow(ProtocolError);
  });
});
