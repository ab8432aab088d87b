// @ts-check
// One child process as the grader sees it: its channel (named pipes, or messages through the relay
// thread), its wire peer, and the stand-ins for the learner's functions and objects it made.
import { closeSync, readSync, writeSync } from 'node:fs';
import { detectLang, translator } from '../../core/language.ts';
import { graceMs } from '../../core/time-limit.ts';
import { frame, FrameReader } from '../wire/frames.mjs';
import { MAX_FRAME_BYTES, ProtocolError } from '../wire/intrinsics.mjs';
import { Peer } from '../wire/peer.mjs';
import { answerChild, PROTOCOL_NAMES } from './guard.mjs';
import { ChildGone, fromRelay, getRelay, openPipes, relay, sleep } from './relay.mjs';

export const lang = detectLang(); // the learner's language, as spec/support/i18n.ts picks it (the child learns it in the hello)
export const t = translator(lang);

/** @typedef {import('../wire/values.mjs').Message} Message */
/** @typedef {import('../wire/values.mjs').Descriptor} Descriptor */
/** @typedef {import('./relay.mjs').Relay} Relay */
/** @typedef {import('./session.mjs').Session} Session */

let nextToken = 1;
/** The session of the spec file running now (set by api.mjs). */
/** @type {{ session: Session | undefined }} */
export const running = { session: undefined };

/** The error for a stand-in whose child is gone. */
export function stale(/** @type {Link} */ link) {
  return new Error(
    t(
      `this object was made by a run of your code that was stopped earlier in this file (${link.dead ?? 'ended'}); it cannot be used any more`,
      `이 객체는 이 파일에서 앞서 멈춘 코드 실행이 만든 것이라 더 쓸 수 없습니다 (${link.dead ?? '끝남'})`,
    ),
  );
}

export class Link {
  /** @param {Session} session @param {{ code: string, source: string }} tree */
  constructor(session, tree) {
    this.session = session;
    this.tree = tree;
    this.token = nextToken++;
    /** @type {string | undefined} */ this.dead = undefined;
    /** @type {Set<string>} */ this.loaded = new Set();
    /** @type {WeakMap<object, object>} handle → its target, to set the prototype of what `new` made */
    this.targets = new WeakMap();
    const r = getRelay();
    r.port.postMessage({ op: 'start', session: this.token, code: tree.code });
    const started = fromRelay(r, this.token, 30_000);
    if (started?.op !== 'started') throw new ChildGone(started?.cause ?? 'crash', started ?? {});
    /** @type {{ write: number, read: number } | undefined} the named pipes, opened here */
    this.fds = started.fifo ? openPipes(started.fifo, () => fromRelay(r, this.token, 0)) : undefined;
    /** @type {Peer} */
    this.peer = new Peer(1, this.fds ? this.pipeChannel(r, this.fds) : this.relayChannel(r), {
      standIn: (id, d, inData) => (inData ? inert(d) : d.kind === 'function' ? this.remoteFunction(id, d) : this.handle(id, d)),
      moduleExport: (m, n, inData) => (inData ? inert({ kind: 'function', name: n, length: 0 }) : session.exportStub(m, n)),
      exportOf: (value) => (typeof value === 'function' ? session.stubIds.get(value) : undefined),
      answer: (message) => answerChild(this.peer, message),
      stack: (text) => this.stack(text),
    });
  }

  /** The message a frame sent to the child is, with the test it belongs to. */
  framed(/** @type {Message} */ message) {
    if (this.dead) throw new ChildGone(this.dead);
    return { ...message, epoch: this.session.epoch };
  }

  /** How long the child may take before it is stopped: what is left of the file's time, and a grace. */
  patienceMs() {
    return this.session.remainingMs() + graceMs(this.session.limitMs);
  }

  /** Frames over the named pipes, read and written here, synchronously (POSIX). */
  pipeChannel(/** @type {Relay} */ r, /** @type {{ write: number, read: number }} */ fds) {
    const link = this;
    const session = this.session;
    // One read per frame where it fits (FrameReader); the end of the stream means the child is gone.
    const frames = new FrameReader((buffer, offset, length) => {
      const n = readSync(fds.read, buffer, offset, length, null);
      if (n === 0) {
        // The relay closed its end: the child is gone. Its message says why.
        const why = fromRelay(r, link.token, 5000);
        throw new ChildGone(why?.op === 'exit' ? /** @type {string} */ (why.cause) : 'crash', why ?? {});
      }
      return n;
    });
    return {
      send(/** @type {Message} */ message) {
        const bytes = frame(link.framed(message));
        for (let offset = 0; offset < bytes.length; ) {
          try {
            offset += writeSync(fds.write, bytes, offset, bytes.length - offset);
          } catch (error) {
            const code = /** @type {{ code?: string }} */ (error).code;
            if (code === 'EPIPE') throw new ChildGone(fromRelay(r, link.token, 5000)?.cause ?? 'crash');
            if (code !== 'EAGAIN') throw error;
            sleep(1);
          }
        }
      },
      receive() {
        const started = performance.now();
        r.deadline[0] = Date.now() + link.patienceMs();
        try {
          const text = /** @type {string} */ (frames.next()); // never undefined: the end of the stream throws above
          try {
            return JSON.parse(text);
          } catch {
            throw new ProtocolError('a frame that is not JSON');
          }
        } finally {
          r.deadline[0] = 0;
          session.usedMs += performance.now() - started;
        }
      },
    };
  }

  /** Frames carried by the relay thread as messages (where there are no named pipes). */
  relayChannel(/** @type {Relay} */ r) {
    const link = this;
    const session = this.session;
    return {
      send(/** @type {Message} */ message) {
        const data = JSON.stringify(link.framed(message));
        if (data.length > MAX_FRAME_BYTES)
          throw new RangeError(t('the spec sent more than the grader carries', '스펙이 채점기가 나를 수 있는 것보다 많이 보냈습니다'));
        r.port.postMessage({ op: 'send', session: link.token, data, killAfterMs: link.patienceMs() });
      },
      receive() {
        const started = performance.now();
        try {
          const m = fromRelay(r, link.token, link.patienceMs() + 10_000);
          if (!m) {
            link.stop('timeout');
            throw new ChildGone('timeout');
          }
          if (m.op === 'exit') throw new ChildGone(/** @type {string} */ (m.cause), m);
          try {
            return JSON.parse(/** @type {string} */ (m.data));
          } catch {
            throw new ProtocolError('a frame that is not JSON');
          }
        } finally {
          session.usedMs += performance.now() - started;
        }
      },
    };
  }

  stop(/** @type {string} */ cause) {
    this.dead ??= cause;
    relay?.port.postMessage({ op: 'stop', session: this.token });
    if (this.fds) {
      closeSync(this.fds.write);
      closeSync(this.fds.read);
      this.fds = undefined;
    }
  }

  /** A function of the learner's (an instance's own function property, a returned function). */
  remoteFunction(/** @type {number} */ id, /** @type {Descriptor} */ d) {
    const link = this;
    /** @this {unknown} @param {unknown[]} args */
    const fn = function (...args) {
      const isNew = new.target !== undefined;
      const made = link.session.invoke(
        link,
        { kind: 'call', fn: { tag: 'ref', id }, self: this, args, isNew },
        { fields: ['self'], lists: ['args'] },
      );
      if (isNew && made && typeof made === 'object') adoptPrototype(made, fn.prototype);
      return made;
    };
    Object.defineProperty(fn, 'name', { value: d.name });
    return fn;
  }

  /**
   * An object of the learner's (an optimizer …): its methods and properties are asked of the child.
   * Names a test framework uses to compare or print specially are never asked (see PROTOCOL_NAMES).
   */
  handle(/** @type {number} */ id, /** @type {Descriptor} */ d) {
    const link = this;
    const session = this.session;
    const ref = { tag: 'ref', id };
    const ctor = d.kind === 'object' && d.ctor ? this.peer.decode(d.ctor, false) : undefined;
    const target = Object.create(typeof ctor === 'function' ? ctor.prototype : Object.prototype);
    const methods = new Set(d.kind === 'object' ? d.methods.filter((name) => typeof name === 'string' && !PROTOCOL_NAMES.has(name)) : []);
    /** @type {Map<string, Function>} */ const bound = new Map();
    const ask = (/** @type {string} */ kind, /** @type {object} */ more = {}) => session.invoke(link, { kind, target: ref, ...more }, {});
    const ownKeys = () => [...new Set(/** @type {unknown[]} */ (ask('keys')).filter((k) => typeof k === 'string'))];
    const proxy = new Proxy(target, {
      get(_, key) {
        if (typeof key !== 'string') return undefined;
        if (key === 'constructor') return ctor;
        if (PROTOCOL_NAMES.has(key)) return undefined;
        if (methods.has(key)) {
          let method = bound.get(key);
          if (!method) {
            method = (/** @type {unknown[]} */ ...args) =>
              session.invoke(link, { kind: 'mcall', target: ref, key, args }, { lists: ['args'] });
            Object.defineProperty(method, 'name', { value: key });
            bound.set(key, method);
          }
          return method;
        }
        return ask('get', { key });
      },
      has: (_, key) => typeof key === 'string' && !PROTOCOL_NAMES.has(key) && (methods.has(key) || ask('has', { key }) === true),
      ownKeys: () => ownKeys().filter((k) => !PROTOCOL_NAMES.has(k)),
      getOwnPropertyDescriptor(_, key) {
        if (typeof key !== 'string' || PROTOCOL_NAMES.has(key) || !ownKeys().includes(key)) return undefined;
        return { value: ask('get', { key }), writable: true, enumerable: true, configurable: true };
      },
      set(_, key, value) {
        if (typeof key !== 'string') return false;
        session.invoke(link, { kind: 'set', target: ref, key, value }, { fields: ['value'] });
        return true;
      },
      defineProperty: () => false,
      deleteProperty: () => false,
      setPrototypeOf: () => false,
    });
    this.targets.set(proxy, target);
    return proxy;
  }

  /** The child's stack, pointing at the learner's own files (its own frames left out). */
  stack(/** @type {string} */ text) {
    const code = this.tree.code;
    return text
      .split('\n')
      .filter((line, i) => i === 0 || !/[\\/]runtime[\\/](child\.mjs|wire[\\/])/.test(line))
      .map((line) => line.split(`file://${code}/`).join(`${this.tree.source}/`).split(`${code}/`).join(`${this.tree.source}/`))
      .join('\n');
  }
}

/** Make what `new Stub()` returned an instance of Stub, as it is in one process. */
export function adoptPrototype(/** @type {object} */ made, /** @type {object} */ proto) {
  for (const link of [running.session?.link]) {
    const target = link?.targets.get(made);
    if (target && Object.getPrototypeOf(target) === Object.prototype) Object.setPrototypeOf(target, proto);
  }
}

/** A learner's function inside data the spec received: visible, but not callable by the grader. */
const Inert = {
  toString() {
    return `[function ${/** @type {{ name?: string }} */ (this).name ?? ''}]`;
  },
};
export function inert(/** @type {Descriptor} */ d) {
  return Object.freeze(Object.assign(Object.create(Inert), { name: d.name }));
}
