// @ts-check
// Mirrored data (arrays, plain objects, typed arrays, Maps, Sets, Dates): a copy on each side, kept in step
// by sending, before each message, the contents of what changed since the other side last saw it.
import {
  apply,
  create,
  dateTime,
  DateProto,
  defineProperty,
  freeze,
  getOwnPropertyDescriptor,
  getPrototypeOf,
  isArray,
  isExtensible,
  isFrozen,
  mapEntries,
  MapProto,
  mapSize,
  MAX_ARRAY_LENGTH,
  ownKeys,
  preventExtensions,
  ProtocolError,
  seal,
  setSize,
  SetProto,
  setValues,
  TYPED,
  typedLength,
  typedName,
} from './intrinsics.mjs';
import { dataKind, flagsOf, HOLE, NUMBERS, read, Values } from './values.mjs';

/** @typedef {import('./values.mjs').Contents} Contents */
/** @typedef {import('./values.mjs').Message} Message */
/** @typedef {import('./values.mjs').MirrorEntry} MirrorEntry */
/** @typedef {import('./values.mjs').Wire} Wire */

/** The mirrored objects of one side: their contents as sent, compared, received and forgotten. */
export class Mirror extends Values {
  /**
   * The shallow contents of a mirrored object, as sent. Nested objects are named by id (and queued).
   * @returns {Contents}
   */
  contents(/** @type {any} */ x, /** @type {number[]} */ queue) {
    const kind = dataKind(x);
    const f = flagsOf(x);
    /** @type {Contents} */ let c;
    switch (kind) {
      case 'array': {
        const n = x.length;
        if (n > MAX_ARRAY_LENGTH) throw new RangeError(`an array of ${n} entries (the grader copies at most ${MAX_ARRAY_LENGTH})`);
        const v = new Array(n);
        for (let i = 0; i < n; i++) v[i] = i in x ? this.encode(x[i], queue) : HOLE;
        c = { kind: 'array', length: n, values: v };
        break;
      }
      case 'object': {
        const k = ownKeys(x);
        c = {
          kind: 'object',
          keys: k,
          values: k.map((key) => this.encode(read(x, key), queue)),
          ...(getPrototypeOf(x) === null ? { nullProto: 1 } : {}),
        };
        break;
      }
      case 'typed': {
        const n = typedLength.call(x);
        if (n > MAX_ARRAY_LENGTH) throw new RangeError(`a typed array of ${n} entries (the grader copies at most ${MAX_ARRAY_LENGTH})`);
        const v = new Array(n);
        for (let i = 0; i < n; i++) v[i] = this.encode(x[i], queue);
        c = { kind: 'typed', typedClass: /** @type {string} */ (typedName.call(x)), values: v };
        break;
      }
      case 'map':
      case 'set': {
        const v = [];
        if (kind === 'map') for (const [key, value] of apply(mapEntries, x, [])) v.push(this.encode(key, queue), this.encode(value, queue));
        else for (const value of apply(setValues, x, [])) v.push(this.encode(value, queue));
        if (v.length > MAX_ARRAY_LENGTH) throw new RangeError('a Map or Set too large to copy');
        c = { kind, values: v };
        break;
      }
      case 'date':
        c = { kind: 'date', values: [this.encode(apply(dateTime, x, []), queue)] };
        break;
      default:
        throw new ProtocolError('not mirrored data');
    }
    if (f) c.flags = f;
    return c;
  }

  /** Whether `x` still looks exactly as `snap` (what the other side has). No allocation for arrays. */
  same(/** @type {any} */ x, /** @type {Contents} */ snap) {
    if ((isExtensible(x) ? undefined : flagsOf(x)) !== snap.flags) return false;
    switch (snap.kind) {
      case 'array': {
        const n = /** @type {number} */ (snap.length);
        if (!isArray(x) || x.length !== n) return false;
        for (let i = 0; i < n; i++) {
          const w = snap.values[i];
          if (typeof w === 'number') {
            // the common case, inline: a finite number that is not −0
            const v = x[i];
            if (v !== w || (w === 0 && 1 / v < 0)) return false;
            continue;
          }
          if (w === HOLE || (w !== null && typeof w === 'object' && w.tag === 'hole')) {
            if (i in x) return false;
          } else if (!(i in x) || !this.sameValue(x[i], w)) return false;
        }
        return true;
      }
      case 'object': {
        const k = ownKeys(x);
        const old = /** @type {string[]} */ (snap.keys);
        if (k.length !== old.length) return false;
        for (let i = 0; i < k.length; i++)
          if (k[i] !== old[i] || !this.sameValue(read(x, /** @type {string} */ (k[i])), snap.values[i])) return false;
        return true;
      }
      case 'typed': {
        if (typedLength.call(x) !== snap.values.length) return false;
        for (let i = 0; i < snap.values.length; i++) if (!this.sameValue(x[i], snap.values[i])) return false;
        return true;
      }
      case 'map':
      case 'set': {
        const size = snap.kind === 'map' ? apply(mapSize, x, []) : apply(setSize, x, []);
        if (size * (snap.kind === 'map' ? 2 : 1) !== snap.values.length) return false;
        let i = 0;
        if (snap.kind === 'map') {
          for (const [key, value] of apply(mapEntries, x, []))
            if (!this.sameValue(key, snap.values[i++]) || !this.sameValue(value, snap.values[i++])) return false;
        } else for (const value of apply(setValues, x, [])) if (!this.sameValue(value, snap.values[i++])) return false;
        return true;
      }
      case 'date':
        return this.sameValue(apply(dateTime, x, []), snap.values[0]);
    }
    return false;
  }

  sameValue(/** @type {unknown} */ x, /** @type {Wire} */ w) {
    if (w === null || typeof w !== 'object') return x === w && (x !== 0 || 1 / /** @type {number} */ (x) > 0);
    switch (w.tag) {
      case 'undefined':
        return x === undefined;
      case 'number':
        return Object.is(x, NUMBERS[/** @type {string} */ (w.value)]);
      case 'bigint':
        return typeof x === 'bigint' && String(x) === w.value;
      case 'symbol':
        return typeof x === 'symbol';
      case 'object':
        return typeof x === 'object' && x !== null && this.mirrorIds.get(x) === w.id;
      case 'ref':
        return (typeof x === 'object' || typeof x === 'function') && x !== null && (this.refIds.get(x) ?? this.remoteIds.get(x)) === w.id;
      case 'export': {
        const e = (typeof x === 'object' || typeof x === 'function') && x !== null ? this.hooks.exportOf?.(x) : undefined;
        return !!e && e.m === w.module && e.n === w.name;
      }
    }
    return false; // errors are sent again
  }

  // ── Receiving ─────────────────────────────────────────────────────────────────────────────────

  /** Apply the mirrored objects a message carries: new ones made, known ones changed in place. */
  accept(/** @type {Message} */ message) {
    if (message === null || typeof message !== 'object' || typeof message.kind !== 'string') throw new ProtocolError('not a message');
    if (typeof message.epoch === 'number' && message.epoch !== this.epoch) this.newEpoch(message.epoch);
    const list = message.objects;
    if (list === undefined) return;
    if (!isArray(list)) throw new ProtocolError('objects are not a list');
    /** @type {[MirrorEntry, Contents][]} */ const pairs = [];
    for (const pair of list) {
      if (!isArray(pair) || typeof pair[0] !== 'number' || pair[1] === null || typeof pair[1] !== 'object')
        throw new ProtocolError('a malformed object');
      const [id, c] = pair;
      let entry = this.mirror.get(id);
      if (!entry) {
        if (Math.sign(id) === this.sign) throw new ProtocolError(`object ${id} is not known here`);
        entry = { obj: this.make(c), snap: undefined, level: this.level };
        this.mirror.set(id, entry);
        this.mirrorIds.set(entry.obj, id);
      } else if (dataKind(entry.obj) !== c.kind) throw new ProtocolError(`object ${id} changed its kind`);
      pairs.push([entry, c]);
    }
    for (const [entry, c] of pairs) this.fill(entry.obj, c);
    for (const [entry, c] of pairs) {
      if (c.flags === 'frozen') freeze(entry.obj);
      else if (c.flags === 'sealed') seal(entry.obj);
      else if (c.flags === 'fixed') preventExtensions(entry.obj);
      entry.snap = c;
    }
  }

  /** A new, empty object of the kind `c` describes. */
  make(/** @type {Contents} */ c) {
    switch (c.kind) {
      case 'array':
        return [];
      case 'object':
        return c.nullProto ? create(null) : {};
      case 'typed': {
        const Typed = Object.hasOwn(TYPED, String(c.typedClass)) ? TYPED[String(c.typedClass)] : undefined;
        if (!Typed || !isArray(c.values) || c.values.length > MAX_ARRAY_LENGTH) throw new ProtocolError('a malformed typed array');
        return new Typed(c.values.length);
      }
      case 'map':
        return new Map();
      case 'set':
        return new Set();
      case 'date':
        return new Date(0);
    }
    throw new ProtocolError('an object of unknown kind');
  }

  /** Change `x` in place to the contents `c` (as far as its own flags allow). */
  fill(/** @type {any} */ x, /** @type {Contents} */ c) {
    if (!isArray(c.values)) throw new ProtocolError('malformed contents');
    if (isFrozen(x)) return;
    const v = c.values;
    try {
      switch (c.kind) {
        case 'array': {
          const n = c.length;
          if (typeof n !== 'number' || n !== v.length || n > MAX_ARRAY_LENGTH) throw new ProtocolError('a malformed array');
          if (x.length !== n) x.length = n;
          for (let i = 0; i < n; i++) {
            const w = v[i];
            if (w !== null && typeof w === 'object' && w.tag === 'hole') delete x[i];
            else x[i] = this.decode(w, true);
          }
          return;
        }
        case 'object': {
          const k = c.keys;
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
        case 'typed':
          if (v.length !== typedLength.call(x)) throw new ProtocolError('a typed array changed its length');
          for (let i = 0; i < v.length; i++) x[i] = this.decode(v[i], true);
          return;
        case 'map':
          apply(MapProto.clear, x, []);
          for (let i = 0; i + 1 < v.length; i += 2) apply(MapProto.set, x, [this.decode(v[i], true), this.decode(v[i + 1], true)]);
          return;
        case 'set':
          apply(SetProto.clear, x, []);
          for (const w of v) apply(SetProto.add, x, [this.decode(w, true)]);
          return;
        case 'date':
          apply(DateProto.setTime, x, [this.decode(v[0], true)]);
      }
    } catch (error) {
      if (error instanceof ProtocolError) throw error;
      // a sealed or read-only object keeps what it has, as it would in one process
    }
  }

  /** Forget the mirrored objects that first crossed at `level` or deeper (see Peer.request). */
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
