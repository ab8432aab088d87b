// @ts-check
// The wire between the grader and the child process that runs the learner's code (see index.mjs).
// Both ends run this same file: the grader in its spec worker (client.mjs), the child in the sandbox
// (child.mjs, which gets a copy of this file). Calls go both ways and nest: the spec calls the
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

/** Wire tags of the numbers JSON cannot carry. */
const NUMBERS = /** @type {Record<string, number>} */ ({ NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, '-Infinity': Number.NEGATIVE_INFINITY, '-0': -0 });
/** The longest array the wire copies (a learner's runaway array is reported, not copied). */
export const MAX_ARRAY_LENGTH = 2 ** 24;
/** The largest message, in bytes. */
export const MAX_FRAME_BYTES = 64 * 2 ** 20;

/**
 * Names a test framework reads off a value to decide how to compare or print it (an object with an
 * `asymmetricMatch` method equals anything in `toEqual`). The grader never reads them off the learner's
 * objects: a stand-in answers `undefined` for them.
 */
export const PROTOCOL_NAMES = new Set(['then', 'asymmetricMatch', '$$typeof', 'nodeType', 'nodeName', 'isEqualNode', 'toJSON', 'constructor', '__proto__', 'prototype', 'equals', 'jasmineToString', 'toAsymmetricMatcher', 'sample', '_isMockFunction', 'getMockName', 'mock', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@', '@@__IMMUTABLE_KEYED__@@', '@@__IMMUTABLE_ORDERED__@@', '@@__IMMUTABLE_MAP__@@', '@@__IMMUTABLE_LIST__@@', '@@__IMMUTABLE_SET__@@']);

// Captured before any learner code runs, so that a learner who patches a global in the child only
// breaks their own results, never how they are carried.
const { isArray } = Array;
const { getPrototypeOf, keys: ownKeys, defineProperty, getOwnPropertyDescriptor, getOwnPropertyNames, isFrozen, isSealed, isExtensible, freeze, seal, preventExtensions, create } = Object;
const { apply, construct } = Reflect;
const ObjectProto = Object.prototype;
const ArrayProto = Array.prototype;
const FunctionProto = Function.prototype;
const fnToString = FunctionProto.toString;
const isView = ArrayBuffer.isView;
const jsonParse = JSON.parse;
const jsonStringify = JSON.stringify;
const objectTag = (/** @type {unknown} */ x) => apply(ObjectProto.toString, x, []);
const TYPED = /** @type {Record<string, new (n: number) => any>} */ ({ Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array });
const ERRORS = /** @type {Record<string, ErrorConstructor>} */ ({ Error, RangeError, TypeError, SyntaxError, ReferenceError, EvalError, URIError });
const MapProto = Map.prototype;
const SetProto = Set.prototype;
const DateProto = Date.prototype;
const mapEntries = MapProto.entries;
const setValues = SetProto.values;
const mapSize = /** @type {() => number} */ (getOwnPropertyDescriptor(MapProto, 'size')?.get);
const setSize = /** @type {() => number} */ (getOwnPropertyDescriptor(SetProto, 'size')?.get);
const dateTime = DateProto.getTime;
const typedLength = /** @type {() => number} */ (getOwnPropertyDescriptor(getPrototypeOf(Int8Array.prototype), 'length')?.get);
const typedName = /** @type {() => string | undefined} */ (getOwnPropertyDescriptor(getPrototypeOf(Int8Array.prototype), Symbol.toStringTag)?.get);

/** A message that breaks the protocol: the other side is not to be trusted any further. */
export class ProtocolError extends Error {
  /** @override */
  name = 'ProtocolError';
}

/** @typedef {{ '#': string, id?: number, v?: any, d?: Descriptor, m?: string, n?: string, c?: string, s?: string, x?: any }} Tagged */
/** @typedef {number | string | boolean | null | Tagged} Wire */
/** @typedef {{ t: 'a' | 'o' | 't' | 'm' | 's' | 'd', v: any, n?: number, k?: string[], z?: 1, c?: string, f?: 'f' | 's' | 'x' }} Contents */
/** @typedef {{ k: 'fn', n: string, l: number, c?: 1 } | { k: 'obj', n: string, m: string[], c?: Wire }} Descriptor */
/** @typedef {{ obj: any, snap: Contents | undefined, level: number }} MirrorEntry */
/** @typedef {{ [key: string]: any, k: string, q: number, o?: [number, Contents][] }} Message */
/** @typedef {{ send(message: Message): void, receive(): Message }} Channel */

const UNDEFINED = /** @type {Tagged} */ ({ '#': 'u' });
const HOLE = /** @type {Tagged} */ ({ '#': 'h' });

/** The kind of mirrored data `x` is, or undefined when it is referenced instead. */
function dataKind(/** @type {object} */ x) {
  if (isArray(x)) return getPrototypeOf(x) === ArrayProto ? 'a' : undefined;
  const proto = getPrototypeOf(x);
  if (proto === ObjectProto || proto === null) return typeof x === 'function' ? undefined : 'o';
  if (isView(x)) return typedName.call(x) !== undefined && TYPED[/** @type {string} */ (typedName.call(x))] ? 't' : undefined;
  if (proto === MapProto) return 'm';
  if (proto === SetProto) return 's';
  if (proto === DateProto) return 'd';
  return undefined;
}

function isError(/** @type {unknown} */ x) {
  return x instanceof Error || objectTag(x) === '[object Error]';
}

function flagsOf(/** @type {object} */ x) {
  return isFrozen(x) ? 'f' : isSealed(x) ? 's' : !isExtensible(x) ? 'x' : undefined;
}

/** Read `x[key]`, turning a throwing getter into its error message. */
function read(/** @type {any} */ x, /** @type {PropertyKey} */ key) {
  try {
    return x[key];
  } catch (error) {
    return `[${key.toString()} could not be read: ${error instanceof Error ? error.message : String(error)}]`;
  }
}

/**
 * One side of the wire. `hooks` supply what differs between the two sides: how to make a stand-in
 * for something of the other side, and which requests this side answers.
 */
export class Peer {
  /**
   * @param {1 | -1} sign  1 for the grader, −1 for the child
   * @param {Channel} channel
   * @param {{
   *   standIn(id: number, d: Descriptor, inData: boolean): any,
   *   moduleExport?(m: string, n: string, inData: boolean): any,
   *   exportOf?(value: unknown): { m: string, n: string } | undefined,
   *   answer(message: Message, peer: Peer): { value?: unknown, values?: unknown[], names?: string[], asRef?: boolean },
   *   stack?(text: string): string,
   *   onEpoch?(): void,
   * }} hooks
   */
  constructor(sign, channel, hooks) {
    this.sign = sign;
    this.channel = channel;
    this.hooks = hooks;
    this.nextId = sign;
    this.seq = 0;
    /** How many exchanges are open on this side (see request). */
    this.level = 0;
    this.epoch = 0;
    /** @type {Map<number, MirrorEntry>} */ this.mirror = new Map();
    /** @type {Map<object, number>} */ this.mirrorIds = new Map();
    /** @type {Map<number, object>} my functions and objects the other side holds by reference */
    this.refs = new Map();
    /** @type {Map<object, number>} */ this.refIds = new Map();
    /** @type {Map<number, any>} callable stand-ins for the other side's references */
    this.remotes = new Map();
    /** @type {Map<number, any>} inert stand-ins (inside data) */
    this.inerts = new Map();
    /** @type {WeakMap<object, number>} */ this.remoteIds = new WeakMap();
    /** @type {Map<number, Descriptor>} what each of the other side's references was described as */
    this.descriptors = new Map();
  }

  // ── Requests and answers ──────────────────────────────────────────────────────────────────────

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
   * @param {{ k: string, [key: string]: unknown }} request  its values not yet encoded
   * @param {{ fields?: string[], lists?: string[], extra?: object }} [encode]
   */
  request(request, encode = {}) {
    const q = ++this.seq;
    this.level += 1;
    try {
      this.post({ ...request, q }, encode);
      for (;;) {
        const message = this.channel.receive();
        if (message.k === 'ret') {
          this.accept(message);
          if (message.q !== q) throw new ProtocolError(`an answer to request ${message.q} came while ${q} was waiting`);
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
    if (message.p) return message.ok ? Promise.resolve(this.decode(message.v, false)) : Promise.reject(this.decode(message.e, false));
    if (!message.ok) throw this.decode(message.e, false);
    if (message.vs !== undefined) {
      if (!isArray(message.vs) || !isArray(message.names)) throw new ProtocolError('a list answer without names');
      return { names: message.names.map(String), values: message.vs.map((/** @type {Wire} */ w) => this.decode(w, false)) };
    }
    return this.decode(message.v, false);
  }

  /** Answer one request of the other side. */
  serve(/** @type {Message} */ message) {
    let answer;
    try {
      answer = { ok: true, ...this.hooks.answer(message, this) };
    } catch (error) {
      answer = { ok: false, error };
    }
    this.reply(message.q, answer);
  }

  /**
   * Send an answer; when what it carries cannot be copied (too long, a getter that throws …), send
   * that as the error instead.
   * @param {number} q
   * @param {{ ok: boolean, value?: unknown, values?: unknown[], names?: string[], asRef?: boolean, error?: unknown, promise?: boolean }} answer
   */
  reply(q, answer) {
    try {
      if (!answer.ok) this.post({ k: 'ret', q, ok: false, e: answer.error, p: answer.promise ? 1 : undefined }, { fields: ['e'] });
      else if (answer.values) this.post({ k: 'ret', q, ok: true, vs: answer.values, names: answer.names, p: answer.promise ? 1 : undefined }, { lists: ['vs'] });
      else this.post({ k: 'ret', q, ok: true, v: answer.value, p: answer.promise ? 1 : undefined }, { fields: ['v'], asRef: answer.asRef ? ['v'] : [] });
    } catch (error) {
      if (error instanceof ProtocolError) throw error;
      const why = new TypeError(`the grader could not copy what came back: ${error instanceof Error ? error.message : String(error)}`);
      this.post({ k: 'ret', q, ok: false, e: why }, { fields: ['e'], bare: true });
    }
  }

  // ── Sending ───────────────────────────────────────────────────────────────────────────────────

  /**
   * Encode the named fields of `message` (and every mirrored object that changed since the other
   * side last saw it), then send.
   * @param {Message | { [key: string]: unknown, k: string, q: number }} message
   * @param {{ fields?: string[], lists?: string[], asRef?: string[], bare?: boolean }} how  bare: without the changed objects (a last resort)
   */
  post(message, how) {
    /** @type {number[]} */ const queue = [];
    const out = /** @type {Message} */ ({ ...message });
    // 1. What changed on this side since the last message (an argument the learner's code changed …).
    if (!how.bare) {
      for (const [id, entry] of this.mirror) {
        if (entry.snap !== undefined && entry.snap.f !== 'f' && !this.same(entry.obj, entry.snap)) queue.push(id);
      }
    }
    const known = this.nextId;
    try {
      // 2. The message's own values.
      for (const field of how.fields ?? []) out[field] = this.encode(message[field], queue, how.asRef?.includes(field) ?? false);
      for (const field of how.lists ?? []) out[field] = /** @type {unknown[]} */ (message[field]).map((x) => this.encode(x, queue, false));
      // 3. The contents of every mirrored object named so far; they may name more.
      /** @type {[number, Contents][]} */ const objects = [];
      const sent = new Set();
      for (let i = 0; i < queue.length; i++) {
        const id = /** @type {number} */ (queue[i]);
        if (sent.has(id)) continue;
        sent.add(id);
        objects.push([id, this.contents(/** @type {MirrorEntry} */ (this.mirror.get(id)).obj, queue)]);
      }
      if (objects.length > 0) out.o = objects;
      this.channel.send(out);
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

  /**
   * A value as it travels. `asRef`: send an object by reference even if it is plain data (what a
   * constructor returns is always an instance).
   * @param {unknown} x
   * @param {number[]} queue
   * @returns {Wire}
   */
  encode(x, queue, asRef = false) {
    switch (typeof x) {
      case 'number':
        if (x !== x) return { '#': 'n', v: 'NaN' };
        if (x === Number.POSITIVE_INFINITY) return { '#': 'n', v: 'Infinity' };
        if (x === Number.NEGATIVE_INFINITY) return { '#': 'n', v: '-Infinity' };
        if (x === 0 && 1 / x < 0) return { '#': 'n', v: '-0' };
        return x;
      case 'string':
      case 'boolean':
        return x;
      case 'undefined':
        return UNDEFINED;
      case 'bigint':
        return { '#': 'b', v: String(x) };
      case 'symbol':
        return { '#': 'y', v: String(x.description ?? '') };
    }
    if (x === null) return null;
    const object = /** @type {object} */ (x);
    const remote = this.remoteIds.get(object);
    if (remote !== undefined) return { '#': 'f', id: remote };
    const exported = this.hooks.exportOf?.(object);
    if (exported) return { '#': 'x', m: exported.m, n: exported.n };
    const own = this.refIds.get(object);
    if (own !== undefined) return { '#': 'f', id: own };
    const mirrored = this.mirrorIds.get(object);
    if (mirrored !== undefined && !asRef) return { '#': 'o', id: mirrored };
    if (isError(object)) return this.encodeError(object, queue);
    if (!asRef && dataKind(object)) {
      const id = this.newId();
      this.mirror.set(id, { obj: object, snap: undefined, level: this.level });
      this.mirrorIds.set(object, id);
      queue.push(id);
      return { '#': 'o', id };
    }
    const id = this.newId();
    this.refs.set(id, object);
    this.refIds.set(object, id);
    return { '#': 'f', id, d: this.describe(object) };
  }

  newId() {
    const id = this.nextId;
    this.nextId += this.sign;
    return id;
  }

  /** What the other side needs to make a stand-in for one of this side's functions or objects. */
  describe(/** @type {object} */ x) {
    if (typeof x === 'function') {
      let source = '';
      try {
        source = apply(fnToString, x, []);
      } catch {
        // a Proxy or a bound function: not a class as far as the stand-in is concerned
      }
      const name = getOwnPropertyDescriptor(x, 'name');
      const length = getOwnPropertyDescriptor(x, 'length');
      return /** @type {Descriptor} */ ({ k: 'fn', n: String(name && 'value' in name ? name.value : '').slice(0, 100), l: length && typeof length.value === 'number' ? length.value : 0, ...(/^class[\s{]/.test(source) ? { c: 1 } : {}) });
    }
    /** @type {string[]} */ const methods = [];
    let constructor;
    for (let proto = getPrototypeOf(x); proto && proto !== ObjectProto && proto !== FunctionProto; proto = getPrototypeOf(proto)) {
      for (const name of getOwnPropertyNames(proto)) {
        const d = getOwnPropertyDescriptor(proto, name);
        if (name === 'constructor') constructor ??= d && 'value' in d ? d.value : undefined;
        else if (d && typeof d.value === 'function' && !methods.includes(name)) methods.push(name);
      }
      if (methods.length > 200) break;
    }
    const exported = typeof constructor === 'function' ? this.hooks.exportOf?.(constructor) : undefined;
    const name = typeof constructor === 'function' ? getOwnPropertyDescriptor(constructor, 'name')?.value : undefined;
    return /** @type {Descriptor} */ ({ k: 'obj', n: typeof name === 'string' ? name.slice(0, 100) : 'Object', m: methods, ...(exported ? { c: { '#': 'x', m: exported.m, n: exported.n } } : {}) });
  }

  /** An error, by value: its nearest built-in class, name, message, stack and cause. */
  encodeError(/** @type {any} */ error, /** @type {number[]} */ queue) {
    let c = 'Error';
    for (let proto = getPrototypeOf(error); proto; proto = getPrototypeOf(proto)) {
      const found = Object.entries(ERRORS).find(([, ctor]) => ctor.prototype === proto);
      if (found) {
        c = found[0];
        break;
      }
    }
    const text = (/** @type {PropertyKey} */ key, /** @type {number} */ max) => {
      const v = read(error, key);
      return typeof v === 'string' ? v.slice(0, max) : v === undefined ? '' : String(v).slice(0, max);
    };
    const cause = getOwnPropertyDescriptor(error, 'cause');
    return { '#': 'e', c, n: text('name', 200), m: text('message', 20_000), s: text('stack', 20_000), ...(cause && 'value' in cause ? { x: this.encode(cause.value, queue) } : {}) };
  }

  /**
   * The shallow contents of a mirrored object, as sent. Nested objects are named by id (and queued).
   * @returns {Contents}
   */
  contents(/** @type {any} */ x, /** @type {number[]} */ queue) {
    const kind = dataKind(x);
    const f = flagsOf(x);
    /** @type {Contents} */ let c;
    switch (kind) {
      case 'a': {
        const n = x.length;
        if (n > MAX_ARRAY_LENGTH) throw new RangeError(`an array of ${n} entries (the grader copies at most ${MAX_ARRAY_LENGTH})`);
        const v = new Array(n);
        for (let i = 0; i < n; i++) v[i] = i in x ? this.encode(x[i], queue) : HOLE;
        c = { t: 'a', n, v };
        break;
      }
      case 'o': {
        const k = ownKeys(x);
        c = { t: 'o', k, v: k.map((key) => this.encode(read(x, key), queue)), ...(getPrototypeOf(x) === null ? { z: 1 } : {}) };
        break;
      }
      case 't': {
        const n = typedLength.call(x);
        if (n > MAX_ARRAY_LENGTH) throw new RangeError(`a typed array of ${n} entries (the grader copies at most ${MAX_ARRAY_LENGTH})`);
        const v = new Array(n);
        for (let i = 0; i < n; i++) v[i] = this.encode(x[i], queue);
        c = { t: 't', c: /** @type {string} */ (typedName.call(x)), v };
        break;
      }
      case 'm':
      case 's': {
        const v = [];
        if (kind === 'm') for (const [key, value] of apply(mapEntries, x, [])) v.push(this.encode(key, queue), this.encode(value, queue));
        else for (const value of apply(setValues, x, [])) v.push(this.encode(value, queue));
        if (v.length > MAX_ARRAY_LENGTH) throw new RangeError('a Map or Set too large to copy');
        c = { t: kind, v };
        break;
      }
      case 'd':
        c = { t: 'd', v: [this.encode(apply(dateTime, x, []), queue)] };
        break;
      default:
        throw new ProtocolError('not mirrored data');
    }
    if (f) c.f = f;
    return c;
  }

  /** Whether `x` still looks exactly as `snap` (what the other side has). No allocation for arrays. */
  same(/** @type {any} */ x, /** @type {Contents} */ snap) {
    if ((isExtensible(x) ? undefined : flagsOf(x)) !== snap.f) return false;
    switch (snap.t) {
      case 'a': {
        const n = /** @type {number} */ (snap.n);
        if (!isArray(x) || x.length !== n) return false;
        for (let i = 0; i < n; i++) {
          const w = snap.v[i];
          if (typeof w === 'number') {
            // the common case, inline: a finite number that is not −0
            const v = x[i];
            if (v !== w || (w === 0 && 1 / v < 0)) return false;
            continue;
          }
          if (w === HOLE || (w !== null && typeof w === 'object' && w['#'] === 'h')) {
            if (i in x) return false;
          } else if (!(i in x) || !this.sameValue(x[i], w)) return false;
        }
        return true;
      }
      case 'o': {
        const k = ownKeys(x);
        const old = /** @type {string[]} */ (snap.k);
        if (k.length !== old.length) return false;
        for (let i = 0; i < k.length; i++) if (k[i] !== old[i] || !this.sameValue(read(x, /** @type {string} */ (k[i])), snap.v[i])) return false;
        return true;
      }
      case 't': {
        if (typedLength.call(x) !== snap.v.length) return false;
        for (let i = 0; i < snap.v.length; i++) if (!this.sameValue(x[i], snap.v[i])) return false;
        return true;
      }
      case 'm':
      case 's': {
        const size = snap.t === 'm' ? apply(mapSize, x, []) : apply(setSize, x, []);
        if (size * (snap.t === 'm' ? 2 : 1) !== snap.v.length) return false;
        let i = 0;
        if (snap.t === 'm') {
          for (const [key, value] of apply(mapEntries, x, [])) if (!this.sameValue(key, snap.v[i++]) || !this.sameValue(value, snap.v[i++])) return false;
        } else for (const value of apply(setValues, x, [])) if (!this.sameValue(value, snap.v[i++])) return false;
        return true;
      }
      case 'd':
        return this.sameValue(apply(dateTime, x, []), snap.v[0]);
    }
    return false;
  }

  sameValue(/** @type {unknown} */ x, /** @type {Wire} */ w) {
    if (w === null || typeof w !== 'object') return x === w && (x !== 0 || 1 / /** @type {number} */ (x) > 0);
    switch (w['#']) {
      case 'u':
        return x === undefined;
      case 'n':
        return Object.is(x, NUMBERS[/** @type {string} */ (w.v)]);
      case 'b':
        return typeof x === 'bigint' && String(x) === w.v;
      case 'y':
        return typeof x === 'symbol';
      case 'o':
        return (typeof x === 'object' && x !== null && this.mirrorIds.get(x) === w.id);
      case 'f':
        return (typeof x === 'object' || typeof x === 'function') && x !== null && (this.refIds.get(x) ?? this.remoteIds.get(x)) === w.id;
      case 'x': {
        const e = (typeof x === 'object' || typeof x === 'function') && x !== null ? this.hooks.exportOf?.(x) : undefined;
        return !!e && e.m === w.m && e.n === w.n;
      }
    }
    return false; // errors are sent again
  }

  // ── Receiving ─────────────────────────────────────────────────────────────────────────────────

  /** Apply the mirrored objects a message carries: new ones made, known ones changed in place. */
  accept(/** @type {Message} */ message) {
    if (message === null || typeof message !== 'object' || typeof message.k !== 'string') throw new ProtocolError('not a message');
    if (typeof message.ep === 'number' && message.ep !== this.epoch) this.newEpoch(message.ep);
    const list = message.o;
    if (list === undefined) return;
    if (!isArray(list)) throw new ProtocolError('objects are not a list');
    /** @type {[MirrorEntry, Contents][]} */ const pairs = [];
    for (const pair of list) {
      if (!isArray(pair) || typeof pair[0] !== 'number' || pair[1] === null || typeof pair[1] !== 'object') throw new ProtocolError('a malformed object');
      const [id, c] = pair;
      let entry = this.mirror.get(id);
      if (!entry) {
        if (Math.sign(id) === this.sign) throw new ProtocolError(`object ${id} is not known here`);
        entry = { obj: this.make(c), snap: undefined, level: this.level };
        this.mirror.set(id, entry);
        this.mirrorIds.set(entry.obj, id);
      } else if (dataKind(entry.obj) !== c.t) throw new ProtocolError(`object ${id} changed its kind`);
      pairs.push([entry, c]);
    }
    for (const [entry, c] of pairs) this.fill(entry.obj, c);
    for (const [entry, c] of pairs) {
      if (c.f === 'f') freeze(entry.obj);
      else if (c.f === 's') seal(entry.obj);
      else if (c.f === 'x') preventExtensions(entry.obj);
      entry.snap = c;
    }
  }

  /** A new, empty object of the kind `c` describes. */
  make(/** @type {Contents} */ c) {
    switch (c.t) {
      case 'a':
        return [];
      case 'o':
        return c.z ? create(null) : {};
      case 't': {
        const Typed = Object.hasOwn(TYPED, String(c.c)) ? TYPED[String(c.c)] : undefined;
        if (!Typed || !isArray(c.v) || c.v.length > MAX_ARRAY_LENGTH) throw new ProtocolError('a malformed typed array');
        return new Typed(c.v.length);
      }
      case 'm':
        return new Map();
      case 's':
        return new Set();
      case 'd':
        return new Date(0);
    }
    throw new ProtocolError('an object of unknown kind');
  }

  /** Change `x` in place to the contents `c` (as far as its own flags allow). */
  fill(/** @type {any} */ x, /** @type {Contents} */ c) {
    if (!isArray(c.v)) throw new ProtocolError('malformed contents');
    if (isFrozen(x)) return;
    const v = c.v;
    try {
      switch (c.t) {
        case 'a': {
          const n = c.n;
          if (typeof n !== 'number' || n !== v.length || n > MAX_ARRAY_LENGTH) throw new ProtocolError('a malformed array');
          if (x.length !== n) x.length = n;
          for (let i = 0; i < n; i++) {
            const w = v[i];
            if (w !== null && typeof w === 'object' && w['#'] === 'h') delete x[i];
            else x[i] = this.decode(w, true);
          }
          return;
        }
        case 'o': {
          const k = c.k;
          if (!isArray(k) || k.length !== v.length) throw new ProtocolError('a malformed object');
          const wanted = new Set(k.map(String));
          for (const key of ownKeys(x)) if (!wanted.has(key)) delete x[key];
          for (let i = 0; i < k.length; i++) {
            const key = String(k[i]);
            const value = this.decode(v[i], true);
            const d = getOwnPropertyDescriptor(x, key);
            if (d && !d.configurable) {
              if (d.writable) x[key] = value;
            } else if (d || isExtensible(x)) defineProperty(x, key, { value, writable: true, enumerable: true, configurable: true });
          }
          return;
        }
        case 't':
          if (v.length !== typedLength.call(x)) throw new ProtocolError('a typed array changed its length');
          for (let i = 0; i < v.length; i++) x[i] = this.decode(v[i], true);
          return;
        case 'm':
          apply(MapProto.clear, x, []);
          for (let i = 0; i + 1 < v.length; i += 2) apply(MapProto.set, x, [this.decode(v[i], true), this.decode(v[i + 1], true)]);
          return;
        case 's':
          apply(SetProto.clear, x, []);
          for (const w of v) apply(SetProto.add, x, [this.decode(w, true)]);
          return;
        case 'd':
          apply(DateProto.setTime, x, [this.decode(v[0], true)]);
      }
    } catch (error) {
      if (error instanceof ProtocolError) throw error;
      // a sealed or read-only object keeps what it has, as it would in one process
    }
  }

  /**
   * A wire value as a value of this side. `inData`: it sits inside a mirrored object, where a
   * function of the other side becomes an inert stand-in on the grader's side.
   * @param {Wire} w
   * @param {boolean} inData
   * @returns {any}
   */
  decode(w, inData) {
    if (w === null || typeof w !== 'object') {
      if (typeof w === 'number' || typeof w === 'string' || typeof w === 'boolean' || w === null) return w;
      throw new ProtocolError('a malformed value');
    }
    switch (w['#']) {
      case 'u':
      case 'h':
        return undefined;
      case 'n':
        if (!Object.hasOwn(NUMBERS, String(w.v))) throw new ProtocolError('a malformed number');
        return NUMBERS[String(w.v)];
      case 'b':
        if (typeof w.v !== 'string' || !/^-?\d{1,10000}$/.test(w.v)) throw new ProtocolError('a malformed bigint');
        return BigInt(w.v);
      case 'y':
        return Symbol(String(w.v).slice(0, 200));
      case 'o': {
        const entry = typeof w.id === 'number' ? this.mirror.get(w.id) : undefined;
        if (!entry) throw new ProtocolError(`unknown object ${w.id}`);
        return entry.obj;
      }
      case 'f':
        return this.resolve(w, inData);
      case 'x':
        if (!this.hooks.moduleExport || typeof w.m !== 'string' || typeof w.n !== 'string') throw new ProtocolError('a malformed export');
        return this.hooks.moduleExport(w.m, w.n, inData);
      case 'e':
        return this.decodeError(w);
    }
    throw new ProtocolError('a value of unknown kind');
  }

  /** A reference: one of this side's own, or a stand-in for one of the other side's. */
  resolve(/** @type {Tagged} */ w, /** @type {boolean} */ inData) {
    const id = w.id;
    if (typeof id !== 'number' || !Number.isInteger(id) || id === 0) throw new ProtocolError('a malformed reference');
    if (Math.sign(id) === this.sign) {
      if (!this.refs.has(id)) throw new ProtocolError(`reference ${id} is not known here`);
      return this.refs.get(id);
    }
    const table = inData ? this.inerts : this.remotes;
    let standIn = table.get(id);
    if (standIn === undefined) {
      const d = w.d ?? this.descriptors.get(id);
      if (!d || (d.k !== 'fn' && d.k !== 'obj')) throw new ProtocolError(`reference ${id} arrived without a description`);
      this.descriptors.set(id, d);
      standIn = this.hooks.standIn(id, d, inData);
      table.set(id, standIn);
      this.remoteIds.set(standIn, id);
    }
    return standIn;
  }

  decodeError(/** @type {Tagged} */ w) {
    const Ctor = (Object.hasOwn(ERRORS, String(w.c)) ? ERRORS[String(w.c)] : undefined) ?? Error;
    const error = new /** @type {ErrorConstructor} */ (Ctor)(String(w.m ?? ''));
    const name = String(w.n ?? '');
    if (name && name !== Ctor.name) defineProperty(error, 'name', { value: name.slice(0, 200), writable: true, configurable: true, enumerable: false });
    const stack = String(w.s ?? '');
    defineProperty(error, 'stack', { value: this.hooks.stack ? this.hooks.stack(stack) : stack, writable: true, configurable: true, enumerable: false });
    if (w.x !== undefined) defineProperty(error, 'cause', { value: this.decode(w.x, false), writable: true, configurable: true, enumerable: false });
    return error;
  }

  /** Forget the mirrored objects that first crossed at `level` or deeper (see request). */
  forget(/** @type {number} */ level) {
    for (const [id, entry] of this.mirror) {
      if (entry.level >= level) {
        this.mirror.delete(id);
        this.mirrorIds.delete(entry.obj);
      }
    }
  }

  /** A new test: forget the mirrored objects of the last one (references are kept). */
  newEpoch(/** @type {number} */ epoch) {
    this.epoch = epoch;
    this.mirror.clear();
    this.mirrorIds.clear();
    this.hooks.onEpoch?.();
  }
}

// ── Frames: a 4-byte little-endian length, then that many bytes of JSON ──────────────────────────

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

export { jsonParse as parseMessageText, apply as reflectApply, construct as reflectConstruct };
