// @ts-check
// Frames: a 4-byte little-endian length, then that many bytes of JSON. Made here for both ends, read
// from a blocking reader (the child, the grader over named pipes) or from chunks (the relay thread).
import { jsonStringify, MAX_FRAME_BYTES, ProtocolError } from './intrinsics.mjs';

/** @typedef {import('./values.mjs').Message} Message */

/** The bytes of the last frame made: written out before the next one is made, so one buffer serves. */
let frameBuffer = Buffer.allocUnsafe(64 * 1024);

/**
 * A message as one frame, in a buffer that is valid until the next call (every sender writes it out
 * synchronously first).
 * @param {Message} message
 */
export function frame(message) {
  const text = jsonStringify(message);
  const length = Buffer.byteLength(text, 'utf8');
  if (length > MAX_FRAME_BYTES) throw new RangeError(`a message of ${length} bytes (the grader carries at most ${MAX_FRAME_BYTES})`);
  if (frameBuffer.length < 4 + length && 4 + length <= 2 ** 20) frameBuffer = Buffer.allocUnsafe(2 ** Math.ceil(Math.log2(4 + length)));
  const out = frameBuffer.length >= 4 + length ? frameBuffer : Buffer.allocUnsafe(4 + length); // a rare large one: not kept
  out.writeUInt32LE(length, 0);
  out.write(text, 4, length, 'utf8');
  return out.subarray(0, 4 + length);
}

/**
 * Whole frames from a blocking reader, `read(buffer, offset, length)` → bytes read (0: the end), with
 * one read per frame where the frame fits (a length and a body would take two).
 */
export class FrameReader {
  constructor(/** @type {(buffer: Buffer, offset: number, length: number) => number} */ read) {
    this.read = read;
    this.buffer = Buffer.alloc(64 * 1024);
    this.start = 0;
    this.end = 0;
  }

  /** Make sure `need` bytes are buffered; false at the end of the stream. */
  fill(/** @type {number} */ need) {
    if (this.end - this.start >= need) return true;
    if (this.buffer.length - this.start < need) {
      const next = Buffer.alloc(Math.max(need, this.buffer.length));
      this.buffer.copy(next, 0, this.start, this.end);
      this.end -= this.start;
      this.start = 0;
      this.buffer = next;
    }
    while (this.end - this.start < need) {
      const n = this.read(this.buffer, this.end, this.buffer.length - this.end);
      if (n === 0) return false;
      this.end += n;
    }
    return true;
  }

  /** The next frame's text, or undefined at the end of the stream. */
  next() {
    if (!this.fill(4)) return undefined;
    const length = this.buffer.readUInt32LE(this.start);
    if (length > MAX_FRAME_BYTES) throw new ProtocolError(`a message of ${length} bytes`);
    if (!this.fill(4 + length)) return undefined;
    const text = this.buffer.toString('utf8', this.start + 4, this.start + 4 + length);
    this.start += 4 + length;
    if (this.start === this.end) this.start = this.end = 0;
    return text;
  }
}

/** Split a byte stream into frames: push chunks, get whole messages (as text) back. */
export class Deframer {
  constructor() {
    /** @type {Buffer} */ this.pending = Buffer.alloc(0);
  }

  /** @returns {string[]} */
  push(/** @type {Buffer} */ chunk) {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const out = [];
    while (this.pending.length >= 4) {
      const length = this.pending.readUInt32LE(0);
      if (length > MAX_FRAME_BYTES) throw new ProtocolError(`a message of ${length} bytes`);
      if (this.pending.length < 4 + length) break;
      out.push(this.pending.subarray(4, 4 + length).toString('utf8'));
      this.pending = this.pending.subarray(4 + length);
    }
    return out;
  }
}
