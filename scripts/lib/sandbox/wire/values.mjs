// @ts-check
// The encoding of one value as it crosses (numbers JSON cannot carry, bigints, errors by value, references
// with their descriptions) and its decoding on the other side. Mirror and Peer build on this class.
// Over 300 lines: one class, because every value kind's encoding and decoding must agree line for line.
import {
  apply,
  ArrayProto,
  DateProto,
  defineProperty,
  ERRORS,
  fnToString,
  FunctionProto,
  getOwnPropertyDescriptor,
  getOwnPropertyNames,
  getPrototypeOf,
  isArray,
  isExtensible,
  isFrozen,
  isSealed,
  isView,
  MapProto,
  ObjectProto,
  objectTag,
  ProtocolError,
  SetProto,
  TYPED,
  typedName,
} from './intrinsics.mjs';

/** How the numbers JSON cannot carry are written. */
export const NUMBERS = /** @type {Record<string, number>} */ ({
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  '-0': -0,
});

/** @typedef {'undefined' | 'hole' | 'number' | 'bigint' | 'symbol' | 'object' | 'ref' | 'export' | 'error'} Tag */
/** @typedef {{ tag: Tag, id?: number, value?: any, description?: Descriptor, module?: string, name?: string, class?: string, message?: string, stack?: string, cause?: any }} Tagged */
/** @typedef {number | string | boolean | null | Tagged} Wire */
/** @typedef {'array' | 'object' | 'typed' | 'map' | 'set' | 'date'} DataKind */
/** @typedef {'frozen' | 'sealed' | 'fixed'} Flags */
/** @typedef {{ kind: DataKind, values: any, length?: number, keys?: string[], nullProto?: 1, typedClass?: string, flags?: Flags }} Contents */
/** @typedef {{ kind: 'function', name: string, length: number, isClass?: 1 } | { kind: 'object', name: string, methods: string[], ctor?: Wire }} Descriptor */
/** @typedef {{ obj: any, snap: Contents | undefined, level: number }} MirrorEntry */
/**
 * A message: a request (kind: what is asked) or an answer (kind 'ret'), with the mirrored objects that
 * changed (objects). The other fields are what each kind carries.
 * @typedef {{ kind: string, seq: number, objects?: [number, Contents][], epoch?: number, deadlineMs?: number, ok?: boolean, value?: any, values?: any, names?: any, error?: any, promise?: 1, fn?: any, self?: any, args?: any, isNew?: boolean, target?: any, key?: any, module?: any, guard?: any, lang?: any, code?: any }} Message
 */
/** @typedef {{ send(message: Message): void, receive(): Message }} Channel */
/**
 * @typedef {{
 *   standIn(id: number, d: Descriptor, inData: boolean): any,
 *   moduleExport?(m: string, n: string, inData: boolean): any,
 *   exportOf?(value: unknown): { m: string, n: string } | undefined,
 *   answer(message: Message, peer: import('./peer.mjs').Peer): { value?: unknown, values?: unknown[], names?: string[], asRef?: boolean },
 *   stack?(text: string): string,
 *   onEpoch?(): void,
 * }} Hooks
 */

export const UNDEFINED = /** @type {Tagged} */ ({ tag: 'undefined' });
export const HOLE = /** @type {Tagged} */ ({ tag: 'hole' });

/**
 * The kind of mirrored data `x` is, or undefined when it is referenced instead.
 * @returns {DataKind | undefined}
 */
export function dataKind(/** @type {object} */ x) {
  if (isArray(x)) return getPrototypeOf(x) === ArrayProto ? 'array' : undefined;
  const proto = getPrototypeOf(x);
  if (proto === ObjectProto || proto === null) return typeof x === 'function' ? undefined : 'object';
  if (isView(x)) return typedName.call(x) !== undefined && TYPED[/** @type {string} */ (typedName.call(x))] ? 'typed' : undefined;
  if (proto === MapProto) return 'map';
  if (proto === SetProto) return 'set';
  if (proto === DateProto) return 'date';
  return undefined;
}

export function isError(/** @type {unknown} */ x) {
  return x instanceof Error || objectTag(x) === '[object Error]';
}

/** @returns {Flags | undefined} */
export function flagsOf(/** @type {object} */ x) {
  return isFrozen(x) ? 'frozen' : isSealed(x) ? 'sealed' : !isExtensible(x) ? 'fixed' : undefined;
}

/** Read `x[key]`, turning a throwing getter into its error message. */
export function read(/** @type {any} */ x, /** @type {PropertyKey} */ key) {
  try {
    return x[key];
  } catch (error) {
    return `[${key.toString()} could not be read: ${error instanceof Error ? error.message : String(error)}]`;
  }
}

/**
 * One side of the wire: its tables of what crossed, and the codec of single values. `hooks` supply
 * what differs between the two sides: how to make a stand-in for something of the other side, and
 * which requests this side answers.
 */
export class Values {
  /**
   * @param {1 | -1} sign  1 for the grader, −1 for the child
   * @param {Channel} channel
   * @param {Hooks} hooks
   */
  constructor(sign, channel, hooks) {
    this.sign = sign;
    this.channel = channel;
    this.hooks = hooks;
    this.nextId = sign;
    this.seq = 0;
    /** How many exchanges are open on this side (see Peer.request). */
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
        // biome-ignore lint/suspicious/noSelfCompare: NaN is the one value unequal to itself; no built-in a learner could patch
        if (x !== x) return { tag: 'number', value: 'NaN' };
        if (x === Number.POSITIVE_INFINITY) return { tag: 'number', value: 'Infinity' };
        if (x === Number.NEGATIVE_INFINITY) return { tag: 'number', value: '-Infinity' };
        if (x === 0 && 1 / x < 0) return { tag: 'number', value: '-0' };
        return x;
      case 'string':
      case 'boolean':
        return x;
      case 'undefined':
        return UNDEFINED;
      case 'bigint':
        return { tag: 'bigint', value: String(x) };
      case 'symbol':
        return { tag: 'symbol', value: String(x.description ?? '') };
    }
    if (x === null) return null;
    const object = /** @type {object} */ (x);
    const remote = this.remoteIds.get(object);
    if (remote !== undefined) return { tag: 'ref', id: remote };
    const exported = this.hooks.exportOf?.(object);
    if (exported) return { tag: 'export', module: exported.m, name: exported.n };
    const own = this.refIds.get(object);
    if (own !== undefined) return { tag: 'ref', id: own };
    const mirrored = this.mirrorIds.get(object);
    if (mirrored !== undefined && !asRef) return { tag: 'object', id: mirrored };
    if (isError(object)) return this.encodeError(object, queue);
    if (!asRef && dataKind(object)) {
      const id = this.newId();
      this.mirror.set(id, { obj: object, snap: undefined, level: this.level });
      this.mirrorIds.set(object, id);
      queue.push(id);
      return { tag: 'object', id };
    }
    const id = this.newId();
    this.refs.set(id, object);
    this.refIds.set(object, id);
    return { tag: 'ref', id, description: this.describe(object) };
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
      return /** @type {Descriptor} */ ({
        kind: 'function',
        name: String(name && 'value' in name ? name.value : '').slice(0, 100),
        length: length && typeof length.value === 'number' ? length.value : 0,
        ...(/^class[\s{]/.test(source) ? { isClass: 1 } : {}),
      });
    }
    /** @type {string[]} */ const methods = [];
    let maker; // the value of an own 'constructor' property
    for (let proto = getPrototypeOf(x); proto && proto !== ObjectProto && proto !== FunctionProto; proto = getPrototypeOf(proto)) {
      for (const name of getOwnPropertyNames(proto)) {
        const d = getOwnPropertyDescriptor(proto, name);
        if (name === 'constructor') maker ??= d && 'value' in d ? d.value : undefined;
        else if (d && typeof d.value === 'function' && !methods.includes(name)) methods.push(name);
      }
      if (methods.length > 200) break;
    }
    const exported = typeof maker === 'function' ? this.hooks.exportOf?.(maker) : undefined;
    const name = typeof maker === 'function' ? getOwnPropertyDescriptor(maker, 'name')?.value : undefined;
    return /** @type {Descriptor} */ ({
      kind: 'object',
      name: typeof name === 'string' ? name.slice(0, 100) : 'Object',
      methods,
      ...(exported ? { ctor: { tag: 'export', module: exported.m, name: exported.n } } : {}),
    });
  }

  /**
   * An error, by value: its nearest built-in class, name, message, stack and cause.
   * @returns {Tagged}
   */
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
    return {
      tag: 'error',
      class: c,
      name: text('name', 200),
      message: text('message', 20_000),
      stack: text('stack', 20_000),
      ...(cause && 'value' in cause ? { cause: this.encode(cause.value, queue) } : {}),
    };
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
    switch (w.tag) {
      case 'undefined':
      case 'hole':
        return undefined;
      case 'number':
        if (!Object.hasOwn(NUMBERS, String(w.value))) throw new ProtocolError('a malformed number');
        return NUMBERS[String(w.value)];
      case 'bigint':
        if (typeof w.value !== 'string' || !/^-?\d{1,10000}$/.test(w.value)) throw new ProtocolError('a malformed bigint');
        return BigInt(w.value);
      case 'symbol':
        return Symbol(String(w.value).slice(0, 200));
      case 'object': {
        const entry = typeof w.id === 'number' ? this.mirror.get(w.id) : undefined;
        if (!entry) throw new ProtocolError(`unknown object ${w.id}`);
        return entry.obj;
      }
      case 'ref':
        return this.resolve(w, inData);
      case 'export':
        if (!this.hooks.moduleExport || typeof w.module !== 'string' || typeof w.name !== 'string')
          throw new ProtocolError('a malformed export');
        return this.hooks.moduleExport(w.module, w.name, inData);
      case 'error':
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
      const d = w.description ?? this.descriptors.get(id);
      if (!d || (d.kind !== 'function' && d.kind !== 'object')) throw new ProtocolError(`reference ${id} arrived without a description`);
      this.descriptors.set(id, d);
      standIn = this.hooks.standIn(id, d, inData);
      table.set(id, standIn);
      this.remoteIds.set(standIn, id);
    }
    return standIn;
  }

  decodeError(/** @type {Tagged} */ w) {
    const Ctor = (Object.hasOwn(ERRORS, String(w.class)) ? ERRORS[String(w.class)] : undefined) ?? Error;
    const error = new /** @type {ErrorConstructor} */ (Ctor)(String(w.message ?? ''));
    const name = String(w.name ?? '');
    if (name && name !== Ctor.name)
      defineProperty(error, 'name', { value: name.slice(0, 200), writable: true, configurable: true, enumerable: false });
    const stack = String(w.stack ?? '');
    defineProperty(error, 'stack', {
      value: this.hooks.stack ? this.hooks.stack(stack) : stack,
      writable: true,
      configurable: true,
      enumerable: false,
    });
    if (w.cause !== undefined)
      defineProperty(error, 'cause', { value: this.decode(w.cause, false), writable: true, configurable: true, enumerable: false });
    return error;
  }
}
