// @ts-check
// What the learner's code may reach of the grader's process: only calls of the functions the spec
// handed over and reads of their plain fields and methods; names a test framework reads never.
import { ProtocolError } from '../wire/intrinsics.mjs';

/** @typedef {import('../wire/values.mjs').Message} Message */
/** @typedef {import('../wire/values.mjs').Wire} Wire */
/** @typedef {import('../wire/peer.mjs').Peer} Peer */

/**
 * Names a test framework reads off a value to decide how to compare or print it (an object with an
 * `asymmetricMatch` method equals anything in `toEqual`). The grader never reads them off the learner's
 * objects: a stand-in answers `undefined` for them.
 */
export const PROTOCOL_NAMES = new Set([
  'then',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'nodeName',
  'isEqualNode',
  'toJSON',
  'constructor',
  '__proto__',
  'prototype',
  'equals',
  'jasmineToString',
  'toAsymmetricMatcher',
  'sample',
  '_isMockFunction',
  'getMockName',
  'mock',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '@@__IMMUTABLE_KEYED__@@',
  '@@__IMMUTABLE_ORDERED__@@',
  '@@__IMMUTABLE_MAP__@@',
  '@@__IMMUTABLE_LIST__@@',
  '@@__IMMUTABLE_SET__@@',
]);

/**
 * What the grader answers when the learner's code asks something of the spec: only calls of the
 * functions the spec handed over, and reads of the plain fields and methods of the objects it handed
 * over. Nothing else of the grader's process is reachable.
 */
/** @returns {{ value: unknown }} */
export function answerChild(/** @type {Peer} */ peer, /** @type {Message} */ message) {
  const own = (/** @type {unknown} */ x) => (typeof x === 'object' || typeof x === 'function') && x !== null && peer.refIds.has(x);
  switch (message.kind) {
    case 'call': {
      const fn = peer.decode(message.fn, false);
      if (typeof fn !== 'function' || !own(fn)) throw new TypeError('not a function the spec handed over');
      const self = peer.decode(message.self, false);
      const args = Array.isArray(message.args) ? message.args.map((/** @type {Wire} */ w) => peer.decode(w, false)) : [];
      return { value: message.isNew ? Reflect.construct(fn, args) : Reflect.apply(fn, self, args) };
    }
    case 'get': {
      const target = peer.decode(message.target, false);
      if (!own(target)) throw new TypeError('not an object the spec handed over');
      return { value: readable(target, String(message.key)) ? target[String(message.key)] : undefined };
    }
    case 'mcall': {
      const target = peer.decode(message.target, false);
      const key = String(message.key);
      if (!own(target) || !readable(target, key) || typeof target[key] !== 'function')
        throw new TypeError(`${key} is not a method of the spec's object`);
      return {
        value: Reflect.apply(
          target[key],
          target,
          Array.isArray(message.args) ? message.args.map((/** @type {Wire} */ w) => peer.decode(w, false)) : [],
        ),
      };
    }
    case 'has': {
      const target = peer.decode(message.target, false);
      return { value: own(target) && readable(target, String(message.key)) };
    }
    case 'keys': {
      const target = peer.decode(message.target, false);
      return { value: own(target) && typeof target === 'object' ? Object.keys(target) : [] };
    }
  }
  throw new ProtocolError(`the child may not ask for ${message.kind}`);
}

/** A name the learner may read off an object or function the spec handed over. */
function readable(/** @type {any} */ x, /** @type {string} */ key) {
  if (PROTOCOL_NAMES.has(key)) return false;
  if (typeof x === 'function') return key === 'name' || key === 'length';
  const d = Object.getOwnPropertyDescriptor(x, key);
  if (d) return d.enumerable === true && 'value' in d;
  for (let proto = Object.getPrototypeOf(x); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    const m = Object.getOwnPropertyDescriptor(proto, key);
    if (m) return typeof m.value === 'function';
  }
  return false;
}
