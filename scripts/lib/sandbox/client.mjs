// @ts-check
// The grader's side of the sandbox, inside the spec worker (see index.mjs). In grading mode every
// `@kata/...` import of a spec is a small generated module that calls loadModule() here; what it gets
// back are stand-ins: calling one sends the call to the child process that holds the learner's code
// (through relay.mjs) and waits, synchronously, for the answer — so the spec files run unchanged.
// One child per spec file (beginFile / endFile, from spec/harness/setup.ts), a fresh table of mirrored
// objects per test (newTest). The time limit is the child's working time in the whole file; past it,
// or when the child dies (out of memory, a crash), the call fails with that reason — and later calls
// get a new child, except after a time-out (the file's time is used up).
import { closeSync, constants, openSync, readSync, writeSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { detectLang, translator } from '../core/language.ts';
import { graceMs, loopGuardMessage, timeLimitSeconds } from '../core/time-limit.ts';
import { frame, FrameReader, MAX_FRAME_BYTES, Peer, PROTOCOL_NAMES, ProtocolError } from './wire.mjs';

const t = translator(detectLang()); // the learner's language, as spec/support/i18n.ts picks it

/** @typedef {import('./wire.mjs').Message} Message */
/** @typedef {import('./wire.mjs').Descriptor} Descriptor */
/** @typedef {{ root: string, launch: import('./relay.mjs').Launch, trees: Record<string, { code: string, source: string }> }} SandboxConfig */

const MAX_CHILDREN_PER_FILE = 3;

/** @returns {SandboxConfig} */
function config() {
  const text = process.env.KATA_SANDBOX;
  if (!text) throw new Error('grading mode without KATA_SANDBOX (see scripts/lib/sandbox/index.mjs)');
  return JSON.parse(text);
}

// ── The relay thread (one per spec worker) ────────────────────────────────────────────────────────
/** @typedef {{ port: import('node:worker_threads').MessagePort, counter: Int32Array, deadline: Float64Array }} Relay */
/** @type {Relay | undefined} */
let relay;
function getRelay() {
  if (relay) return relay;
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const deadline = new SharedArrayBuffer(8);
  const worker = new Worker(new URL('relay.mjs', import.meta.url), { workerData: { port: port2, signal, deadline, launch: config().launch }, transferList: [port2] });
  worker.unref();
  port1.unref();
  relay = { port: port1, counter: new Int32Array(signal), deadline: new Float64Array(deadline) };
  return relay;
}

/**
 * The next message of the relay for `token` (messages for children stopped earlier are dropped),
 * waiting at most `ms`; undefined when none came.
 * @returns {{ op: string, session: number, data?: string, cause?: string, code?: number | null, signal?: string | null, stderr?: string, fifo?: { in: string, out: string } } | undefined}
 */
function fromRelay(/** @type {Relay} */ r, /** @type {number} */ token, /** @type {number} */ ms) {
  const until = performance.now() + ms;
  for (;;) {
    const seen = Atomics.load(r.counter, 0);
    const got = receiveMessageOnPort(r.port);
    if (got) {
      if (got.message.session === token) return got.message;
      continue;
    }
    const left = until - performance.now();
    if (left <= 0) return undefined;
    Atomics.wait(r.counter, 0, seen, Math.min(left, 1000));
  }
}

const nap = new Int32Array(new SharedArrayBuffer(4));
const sleep = (/** @type {number} */ ms) => Atomics.wait(nap, 0, 0, ms);

/** The child is gone; `cause` says why (timeout, cpu, memory, crash, protocol, stopped). */
class ChildGone extends Error {
  /** @param {string} cause @param {{ code?: number | null, signal?: string | null, stderr?: string }} [detail] */
  constructor(cause, detail = {}) {
    super(cause);
    this.cause = cause;
    this.detail = detail;
  }
}

// ── Sessions: one spec file, one (or, after a crash, a new) child ─────────────────────────────────
let nextToken = 1;
/** @type {Session | undefined} */ let current;

class Session {
  constructor(/** @type {string} */ file) {
    this.file = file;
    this.limitMs = timeLimitSeconds() * 1000;
    this.usedMs = 0;
    this.epoch = 1;
    this.depth = 0;
    this.spawns = 0;
    /** @type {string | undefined} */ this.tree = undefined;
    /** @type {Link | undefined} */ this.link = undefined;
    /** @type {Error | undefined} a time-out: every later call fails at once */
    this.failure = undefined;
    /** @type {Error | undefined} the last crash, for when no new child may be started */
    this.lastCrash = undefined;
    /** @type {string[]} modules the spec imported, in order (a new child imports them again) */
    this.modules = [];
    /** @type {Map<string, { names: string[], values: unknown[] }>} */ this.exports = new Map();
    /** @type {Map<string, Function>} */ this.stubs = new Map();
    /** @type {WeakMap<object, { m: string, n: string }>} */ this.stubIds = new WeakMap();
  }

  remainingMs() {
    return Math.max(0, this.limitMs - this.usedMs);
  }

  /** The live child, started (again) if needed, with the spec's modules imported. */
  ensureLink() {
    if (this.failure) throw this.failure;
    if (this.link && !this.link.dead) return this.link;
    if (this.spawns >= MAX_CHILDREN_PER_FILE) throw this.lastCrash ?? this.failure ?? new Error('no child');
    if (this.tree === undefined) throw new Error('no tree chosen');
    this.spawns += 1;
    let link;
    try {
      link = new Link(this, /** @type {{ code: string, source: string }} */ (config().trees[this.tree]));
    } catch (error) {
      if (error instanceof ChildGone) throw (this.lastCrash = this.gone(/** @type {Link} */ ({ dead: undefined }), error));
      throw error;
    }
    this.link = link;
    this.request(link, { k: 'hello', guard: loopGuardMessage(this.limitMs, t), code: link.tree.code }, {});
    for (const m of this.modules) this.loadInto(link, m);
    return link;
  }

  loadInto(/** @type {Link} */ link, /** @type {string} */ m) {
    if (link.loaded.has(m)) return /** @type {{ names: string[], values: unknown[] }} */ (this.exports.get(m));
    const result = /** @type {{ names: string[], values: unknown[] }} */ (this.request(link, { k: 'import', m }, {}));
    link.loaded.add(m);
    if (!this.exports.has(m)) this.exports.set(m, result);
    return result;
  }

  /** A module of the learner's tree, for a proxy module: its exports, as stand-ins. */
  importModule(/** @type {string} */ tree, /** @type {string} */ m) {
    if (this.tree !== undefined && this.tree !== tree) throw new Error(`one spec file imports from two trees (${this.tree}, ${tree})`);
    this.tree = tree;
    if (!this.modules.includes(m)) this.modules.push(m);
    const link = this.ensureLink();
    return this.loadInto(link, m);
  }

  /**
   * Send a request to the child and return its answer. At the top (the spec calling the learner),
   * the child learns how much of the file's time is left; a nested request (a spec callback calling
   * the learner again) goes to the same child.
   * @param {Link} link
   * @param {{ k: string, [key: string]: unknown }} request
   * @param {{ fields?: string[], lists?: string[] }} encode
   */
  request(link, request, encode) {
    if (this.failure) throw this.failure;
    if (link.dead) throw stale(link);
    if (this.depth === 0 && this.remainingMs() <= 0) throw this.timedOut();
    this.depth += 1;
    try {
      return link.peer.request(this.depth === 1 ? { ...request, dl: this.remainingMs() } : request, encode);
    } catch (error) {
      if (error instanceof ChildGone) throw this.gone(link, error);
      if (error instanceof ProtocolError) {
        link.stop('protocol');
        throw this.gone(link, new ChildGone('protocol'));
      }
      throw error;
    } finally {
      this.depth -= 1;
    }
  }

  /** A call of the learner's code from the spec: on the live child, or on `link` for one of its objects. */
  invoke(/** @type {Link | undefined} */ link, /** @type {{ k: string, [key: string]: unknown }} */ request, /** @type {{ fields?: string[], lists?: string[] }} */ encode) {
    const target = link ?? (this.depth > 0 && this.link ? this.link : this.ensureLink());
    if (link && link !== this.link) throw stale(link);
    return this.request(target, request, encode);
  }

  /** The error a call fails with when the child is gone, in the learner's words. */
  gone(/** @type {Link} */ link, /** @type {ChildGone} */ why) {
    link.dead = why.cause;
    const limit = this.limitMs / 1000;
    if (why.cause === 'timeout' || why.cause === 'cpu') return this.timedOut();
    let error;
    if (why.cause === 'memory') {
      error = new RangeError(t(
        'ran out of memory — an endless loop that keeps allocating? Your code was stopped at the grader\'s memory limit.',
        '메모리가 부족합니다 — 계속 메모리를 할당하는 무한 루프일까요? 채점기의 메모리 한도에서 코드를 멈췄습니다.',
      ));
    } else if (why.cause === 'protocol') {
      error = new Error(t(
        'your code wrote to the grader\'s channel, or sent back something the grader cannot read; it was stopped',
        '코드가 채점기의 통신 통로에 쓰거나 채점기가 읽을 수 없는 것을 돌려보내서 멈췄습니다',
      ));
    } else {
      const said = (why.detail.stderr ?? '').trim().split('\n').filter(Boolean).slice(-3).join(' | ').slice(-400);
      const how = `${why.detail.signal ? `signal ${why.detail.signal}` : `exit code ${why.detail.code}`}${said ? `: ${said}` : ''}`;
      error = new Error(t(
        `the process running your code was killed (${how}) — a crash in your code? It was started again for the next test.`,
        `코드를 실행하던 프로세스가 죽었습니다 (${how}) — 코드가 비정상 종료했나요? 다음 테스트를 위해 다시 시작했습니다.`,
      ));
    }
    void limit;
    this.lastCrash = error;
    return error;
  }

  timedOut() {
    this.failure ??= new Error(`${loopGuardMessage(this.limitMs, t)} ${t('(Your code was stopped; every later check of this exercise fails too.)', '(코드를 멈췄습니다. 이 연습의 이후 검사도 모두 실패합니다.)')}`);
    return this.failure;
  }

  /** The stand-in for the learner's export `n` of module `m`: the same function for the whole file. */
  exportStub(/** @type {string} */ m, /** @type {string} */ n) {
    const key = `${m}\u0000${n}`;
    let stub = this.stubs.get(key);
    if (!stub) {
      const session = this;
      /** @this {unknown} @param {unknown[]} args */
      stub = function (...args) {
        const isNew = new.target !== undefined;
        const made = session.invoke(undefined, { k: 'call', f: { '#': 'x', m, n }, s: this, a: args, n: isNew }, { fields: ['s'], lists: ['a'] });
        if (isNew && made && typeof made === 'object') adoptPrototype(made, /** @type {Function} */ (stub).prototype);
        return made;
      };
      Object.defineProperty(stub, 'name', { value: n });
      this.stubs.set(key, stub);
      this.stubIds.set(stub, { m, n });
    }
    return stub;
  }

  close() {
    this.link?.stop('stopped');
    this.link = undefined;
  }
}

/** The error for a stand-in whose child is gone. */
function stale(/** @type {Link} */ link) {
  return new Error(t(
    `this object was made by a run of your code that was stopped earlier in this file (${link.dead ?? 'ended'}); it cannot be used any more`,
    `이 객체는 이 파일에서 앞서 멈춘 코드 실행이 만든 것이라 더 쓸 수 없습니다 (${link.dead ?? '끝남'})`,
  ));
}

/**
 * Open the named pipes of a child: its input for writing (it must have opened it for reading first,
 * so wait for that unless the relay reports it gone), its output for reading.
 */
function openPipes(/** @type {{ in: string, out: string }} */ fifo, /** @type {() => { op: string, cause?: string } | undefined} */ gone) {
  const until = performance.now() + 30_000;
  let probe;
  for (;;) {
    try {
      probe = openSync(fifo.in, constants.O_WRONLY | constants.O_NONBLOCK);
      break;
    } catch (error) {
      if (/** @type {{ code?: string }} */ (error).code !== 'ENXIO') throw error;
      const why = gone();
      if (why?.op === 'exit' || performance.now() > until) throw new ChildGone(why?.cause ?? 'crash', /** @type {object} */ (why ?? {}));
      sleep(1);
    }
  }
  const write = openSync(fifo.in, constants.O_WRONLY); // blocking writes: the reader is there now
  closeSync(probe);
  return { write, read: openSync(fifo.out, constants.O_RDONLY) };
}

// ── One child process: its channel, its table of objects, its stand-ins ──────────────────────────
class Link {
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
    if (!started || started.op !== 'started') throw new ChildGone(started?.cause ?? 'crash', started ?? {});
    /** @type {{ write: number, read: number } | undefined} the named pipes, opened here */
    this.fds = started.fifo ? openPipes(started.fifo, () => fromRelay(r, this.token, 0)) : undefined;
    /** @type {Peer} */
    this.peer = new Peer(1, this.fds ? this.pipeChannel(r, this.fds) : this.relayChannel(r), {
      standIn: (id, d, inData) => (inData ? inert(d) : d.k === 'fn' ? this.remoteFunction(id, d) : this.handle(id, d)),
      moduleExport: (m, n, inData) => (inData ? inert({ k: 'fn', n, l: 0 }) : session.exportStub(m, n)),
      exportOf: (value) => (typeof value === 'function' ? session.stubIds.get(value) : undefined),
      answer: (message) => answerChild(this.peer, message),
      stack: (text) => this.stack(text),
    });
  }

  /** The message a frame sent to the child is, with the test it belongs to. */
  framed(/** @type {Message} */ message) {
    if (this.dead) throw new ChildGone(this.dead);
    return { ...message, ep: this.session.epoch };
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
        for (let offset = 0; offset < bytes.length;) {
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
        if (data.length > MAX_FRAME_BYTES) throw new RangeError(t('the spec sent more than the grader carries', '스펙이 채점기가 나를 수 있는 것보다 많이 보냈습니다'));
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
      const made = link.session.invoke(link, { k: 'call', f: { '#': 'f', id }, s: this, a: args, n: isNew }, { fields: ['s'], lists: ['a'] });
      if (isNew && made && typeof made === 'object') adoptPrototype(made, fn.prototype);
      return made;
    };
    Object.defineProperty(fn, 'name', { value: d.n });
    return fn;
  }

  /**
   * An object of the learner's (an optimizer …): its methods and properties are asked of the child.
   * Names a test framework uses to compare or print specially are never asked (see PROTOCOL_NAMES).
   */
  handle(/** @type {number} */ id, /** @type {Descriptor} */ d) {
    const link = this;
    const session = this.session;
    const ref = { '#': 'f', id };
    const ctor = d.k === 'obj' && d.c ? this.peer.decode(d.c, false) : undefined;
    const target = Object.create(typeof ctor === 'function' ? ctor.prototype : Object.prototype);
    const methods = new Set(d.k === 'obj' ? d.m.filter((name) => typeof name === 'string' && !PROTOCOL_NAMES.has(name)) : []);
    /** @type {Map<string, Function>} */ const bound = new Map();
    const ask = (/** @type {string} */ k, /** @type {object} */ more = {}) => session.invoke(link, { k, t: ref, ...more }, {});
    const ownKeys = () => [...new Set(/** @type {unknown[]} */ (ask('keys')).filter((k) => typeof k === 'string'))];
    const proxy = new Proxy(target, {
      get(_, key) {
        if (typeof key !== 'string') return undefined;
        if (key === 'constructor') return ctor;
        if (PROTOCOL_NAMES.has(key)) return undefined;
        if (methods.has(key)) {
          let method = bound.get(key);
          if (!method) {
            method = (/** @type {unknown[]} */ ...args) => session.invoke(link, { k: 'mcall', t: ref, key, a: args }, { lists: ['a'] });
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
        session.invoke(link, { k: 'set', t: ref, key, v: value }, { fields: ['v'] });
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
      .filter((line, i) => i === 0 || !/[\\/]runtime[\\/](child|wire)\.mjs/.test(line))
      .map((line) => line.split(`file://${code}/`).join(`${this.tree.source}/`).split(`${code}/`).join(`${this.tree.source}/`))
      .join('\n');
  }
}

/** Make what `new Stub()` returned an instance of Stub, as it is in one process. */
function adoptPrototype(/** @type {object} */ made, /** @type {object} */ proto) {
  for (const link of [current?.link]) {
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
function inert(/** @type {Descriptor} */ d) {
  return Object.freeze(Object.assign(Object.create(Inert), { name: d.n }));
}

/**
 * What the grader answers when the learner's code asks something of the spec: only calls of the
 * functions the spec handed over, and reads of the plain fields and methods of the objects it handed
 * over. Nothing else of the grader's process is reachable.
 */
/** @returns {{ value: unknown }} */
function answerChild(/** @type {Peer} */ peer, /** @type {Message} */ message) {
  const own = (/** @type {unknown} */ x) => (typeof x === 'object' || typeof x === 'function') && x !== null && peer.refIds.has(x);
  switch (message.k) {
    case 'call': {
      const fn = peer.decode(message.f, false);
      if (typeof fn !== 'function' || !own(fn)) throw new TypeError('not a function the spec handed over');
      const self = peer.decode(message.s, false);
      const args = Array.isArray(message.a) ? message.a.map((w) => peer.decode(w, false)) : [];
      return { value: message.n ? Reflect.construct(fn, args) : Reflect.apply(fn, self, args) };
    }
    case 'get': {
      const target = peer.decode(message.t, false);
      if (!own(target)) throw new TypeError('not an object the spec handed over');
      return { value: readable(target, String(message.key)) ? target[String(message.key)] : undefined };
    }
    case 'mcall': {
      const target = peer.decode(message.t, false);
      const key = String(message.key);
      if (!own(target) || !readable(target, key) || typeof target[key] !== 'function') throw new TypeError(`${key} is not a method of the spec's object`);
      return { value: Reflect.apply(target[key], target, Array.isArray(message.a) ? message.a.map((w) => peer.decode(w, false)) : []) };
    }
    case 'has': {
      const target = peer.decode(message.t, false);
      return { value: own(target) && readable(target, String(message.key)) };
    }
    case 'keys': {
      const target = peer.decode(message.t, false);
      return { value: own(target) && typeof target === 'object' ? Object.keys(target) : [] };
    }
  }
  throw new ProtocolError(`the child may not ask for ${message.k}`);
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

// ── What the spec side calls ──────────────────────────────────────────────────────────────────────

/** A spec file starts (spec/harness/setup.ts): a new session; its child starts on the first import. */
export function beginFile(/** @type {string} */ file) {
  current?.close();
  current = new Session(file);
  getRelay(); // its first child starts while vitest loads the spec file
}

/** A test starts: a fresh table of mirrored objects on both sides. */
export function newTest() {
  if (!current) return;
  current.epoch += 1;
  current.link?.peer.newEpoch(current.epoch);
}

/** The spec file has ended: stop its child. */
export function endFile() {
  current?.close();
  current = undefined;
}

/**
 * The exports `names` of the learner's module `m` (of tree `tree`), as the spec imports them. Throws
 * what importing the learner's module throws, as importing it would.
 */
export function loadModule(/** @type {string} */ tree, /** @type {string} */ m, /** @type {string[]} */ names) {
  current ??= new Session('unknown');
  const { names: got, values } = current.importModule(tree, m);
  return Object.fromEntries(names.map((n) => [n, got.includes(n) ? values[got.indexOf(n)] : undefined]));
}
