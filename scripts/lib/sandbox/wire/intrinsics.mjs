// @ts-check
// What every part of the wire shares: the built-ins it uses, captured when the child loads the wire,
// before any learner code runs (a learner who patches a global breaks only their own results, never
// how they are carried), its size limits, and the error for a broken protocol.

/** The longest array the wire copies (a learner's runaway array is reported, not copied). */
export const MAX_ARRAY_LENGTH = 2 ** 24;
/** The largest message, in bytes. */
export const MAX_FRAME_BYTES = 64 * 2 ** 20;

export const { isArray } = Array;
export const {
  getPrototypeOf,
  keys: ownKeys,
  defineProperty,
  getOwnPropertyDescriptor,
  getOwnPropertyNames,
  isFrozen,
  isSealed,
  isExtensible,
  freeze,
  seal,
  preventExtensions,
  create,
} = Object;
export const { apply, construct } = Reflect;
export const ObjectProto = Object.prototype;
export const ArrayProto = Array.prototype;
export const FunctionProto = Function.prototype;
export const fnToString = FunctionProto.toString;
export const isView = ArrayBuffer.isView;
export const jsonParse = JSON.parse;
export const jsonStringify = JSON.stringify;
export const objectTag = (/** @type {unknown} */ x) => apply(ObjectProto.toString, x, []);
export const TYPED = /** @type {Record<string, new (n: number) => any>} */ ({
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
});
export const ERRORS = /** @type {Record<string, ErrorConstructor>} */ ({
  Error,
  RangeError,
  TypeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
});
export const MapProto = Map.prototype;
export const SetProto = Set.prototype;
export const DateProto = Date.prototype;
export const mapEntries = MapProto.entries;
export const setValues = SetProto.values;
export const mapSize = /** @type {() => number} */ (getOwnPropertyDescriptor(MapProto, 'size')?.get);
export const setSize = /** @type {() => number} */ (getOwnPropertyDescriptor(SetProto, 'size')?.get);
export const dateTime = DateProto.getTime;
export const typedLength = /** @type {() => number} */ (getOwnPropertyDescriptor(getPrototypeOf(Int8Array.prototype), 'length')?.get);
export const typedName = /** @type {() => string | undefined} */ (
  getOwnPropertyDescriptor(getPrototypeOf(Int8Array.prototype), Symbol.toStringTag)?.get
);

/** A message that breaks the protocol: the other side is not to be trusted any further. */
export class ProtocolError extends Error {
  /** @override */
  name = 'ProtocolError';
}

export { jsonParse as parseMessageText, apply as reflectApply, construct as reflectConstruct };
