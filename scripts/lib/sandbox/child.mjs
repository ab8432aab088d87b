// @ts-check
// The child process that holds the learner's code while grading (see index.mjs). It is started by
// relay.mjs with Node's permission model (it may read only the sandbox folder: this runtime and the
// compiled learner code; no writes, no child processes, no workers, no addons), an empty environment,
// a memory cap and a CPU-time cap. This file adds what the permission model does not cover: no
// network, no way to end or signal the process, no loaders. Then it answers the grader's requests
// (import a module, call a function, read a property) over fd 0 (in) and fd 3 (out), one at a time.
// It never decides anything: every value it sends back is checked by the grader.
// Over 300 lines: it is copied alone into the child's runtime, and its closing of built-ins must run in this order before any learner code.
import fs from 'node:fs';
import { builtinModules, syncBuiltinESMExports } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { refusedBuiltin } from './builtins.mjs';
import { guardClock, withGuardFacts } from './guard-clock.mjs';
import { frame, FrameReader } from './wire/frames.mjs';
import { parseMessageText, ProtocolError, reflectApply, reflectConstruct } from './wire/intrinsics.mjs';
import { Peer } from './wire/peer.mjs';

/** @typedef {import('./wire/values.mjs').Wire} Wire */

/** The compiled learner code (told by the grader's first message). */
let codeDir = resolve('.');
const { readSync, writeSync, existsSync } = fs;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const nap = () => Atomics.wait(sleeper, 0, 0, 1);
// The learner's language comes with the grader's hello (this child's environment is bare): every refusal
// below is told in it, as the compiler's are.
let lang = 'en';
const say = (/** @type {string} */ en, /** @type {string} */ ko) => (lang === 'ko' ? ko : en);

// ── What the permission model leaves open ─────────────────────────────────────────────────────────
for (const key of Object.keys(process.env)) delete process.env[key];

/** @param {string} what */
function refusal(what) {
  return new Error(
    say(`${what}: the network is not available while your code is graded`, `${what}: 채점하는 동안에는 네트워크를 쓸 수 없습니다`),
  );
}

const getBuiltin = /** @type {(id: string) => any} */ (
  process.getBuiltinModule ??
    ((id) => {
      throw unavailable(id);
    })
);
void process.stdout; // Node's own streams exist before the network is closed
void process.stderr;
/** Replace `target[key]` by a function that refuses, naming `what`. */
function close(/** @type {any} */ target, /** @type {string} */ key, /** @type {string} */ what, why = 'network') {
  if (!target || typeof target[key] !== 'function') return;
  const error = () => (why === 'network' ? refusal(what) : unavailable(what));
  try {
    Object.defineProperty(target, key, {
      // biome-ignore lint/complexity/useArrowFunction: a function, so `new` of it also throws the refusal (an arrow throws a TypeError)
      value: function () {
        throw error();
      },
      writable: false,
      configurable: false,
    });
  } catch {
    // a read-only export stays; the loaders below still refuse the module
  }
}
// Every way out to the network. The learner's code reaches a builtin module only through its imports
// (rewritten by compile.mjs), __kataImport and process.getBuiltinModule, which all refuse the network
// modules; eval and new Function, which could import behind their back, are off
// (--disallow-code-generation-from-strings). `net`, which Node has loaded for its own streams and
// which every network module goes through, is closed as well, in case another way in is found.
const net = getBuiltin('node:net');
for (const key of ['connect', 'createConnection', 'createServer']) close(net, key, `net.${key}`);
close(net.Socket.prototype, 'connect', 'net.Socket.connect');
close(net.Server.prototype, 'listen', 'net.Server.listen');
syncBuiltinESMExports();
// Deleted before being replaced: on Node 22+ these are lazy, and reading or redefining them in place
// would first load what they stand for (undici and web crypto, ~35 ms in every child).
for (const name of ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest']) {
  if (!(name in globalThis)) continue;
  delete (/** @type {any} */ (globalThis)[name]);
  Object.defineProperty(globalThis, name, {
    // biome-ignore lint/complexity/useArrowFunction: a function, so `new` of it also throws the refusal (an arrow throws a TypeError)
    value: function () {
      throw refusal(name);
    },
    writable: false,
    configurable: false,
  });
}
/** @param {string} what */
const unavailable = (what) =>
  new Error(say(`${what}: not available while your code is graded`, `${what}: 채점하는 동안에는 쓸 수 없습니다`));
/** @param {string} id */
function builtinAllowed(id) {
  const reason = refusedBuiltin(id, say);
  if (reason) throw new Error(reason);
  return id.startsWith('node:') ? id.slice(5) : id;
}
// fs.realpath's JavaScript version walks the path with lstat calls the permission model does not see:
// it would tell the learner's code which files exist outside the sandbox. It stays for paths inside this
// runtime and the learner's own code (Node 24's module loader calls it for every module it loads).
const runtimeDir = dirname(fileURLToPath(import.meta.url));
for (const key of /** @type {const} */ (['realpathSync', 'realpath'])) {
  const original = /** @type {Function} */ (fs[key]);
  /** @this {unknown} */
  const guarded = function (/** @type {unknown} */ path, /** @type {unknown[]} */ ...rest) {
    const text = path instanceof URL ? fileURLToPath(path) : Buffer.isBuffer(path) ? path.toString() : String(path);
    const full = resolve(text);
    if (!full.startsWith(codeDir + sep) && !full.startsWith(runtimeDir + sep))
      throw new Error(
        say(
          `fs.${key}: not available outside your own code while it is graded`,
          `fs.${key}: 채점하는 동안에는 내 코드 밖의 파일에 접근할 수 없습니다`,
        ),
      );
    return original.call(this, path, ...rest);
  };
  Object.assign(guarded, original); // realpathSync.native
  Object.defineProperty(fs, key, { value: guarded, writable: false, configurable: false });
}
// Nor may it change how the machine schedules it or the grader (os.setPriority on any process id).
close(getBuiltin('node:os'), 'setPriority', 'os.setPriority', 'process');
syncBuiltinESMExports();
Object.defineProperty(process, 'getBuiltinModule', {
  value: (/** @type {string} */ id) => getBuiltin(`node:${builtinAllowed(String(id))}`),
  writable: false,
  configurable: false,
});
const exitNow = process.exit.bind(process);
const forbidden = (/** @type {string} */ what) => () => {
  throw new Error(
    say(
      `${what} was called: while grading, your code may not end, signal or load into the process (npm test runs it as usual)`,
      `${what} 호출: 채점하는 동안에는 코드가 프로세스를 끝내거나, 신호를 보내거나, 무언가를 불러 넣을 수 없습니다 (npm test에서는 평소대로 실행됩니다)`,
    ),
  );
};
for (const name of [
  'exit',
  'abort',
  'kill',
  '_kill',
  '_debugProcess',
  '_debugEnd',
  'dlopen',
  'chdir',
  'setuid',
  'setgid',
  'seteuid',
  'setegid',
  'setgroups',
  'initgroups',
  'binding',
  '_linkedBinding',
]) {
  try {
    Object.defineProperty(process, name, { value: forbidden(`process.${name}()`), writable: false, configurable: false });
  } catch {
    // not there on this Node
  }
}

// ── The loop guard (the compiled code calls it in every loop) and dynamic import ─────────────────
let deadline = Number.POSITIVE_INFINITY;
let guardText = 'did not finish within the time limit';
// What the guard saw rides on its message (the rounds, the memory grown since the hello); the client says
// the kata's whole message from them, as npm test does.
const memoryUsage = process.memoryUsage.bind(process);
const held = () => {
  const m = memoryUsage();
  return m.heapUsed + m.external;
};
let heldAtHello = 0;
const guard = guardClock(
  () => deadline,
  (rounds) => new Error(withGuardFacts(guardText, rounds, held() - heldAtHello)),
);
Object.defineProperty(globalThis, '__kataLoopGuard', { value: guard, writable: true, configurable: true });

/** `import(x)` in the learner's code (compile.mjs rewrites it to this): only their files and safe builtins. */
async function kataImport(/** @type {unknown} */ specifier, /** @type {string} */ from) {
  const text = String(specifier);
  if (text.startsWith('.') || text.startsWith('/') || text.startsWith('file:')) {
    let path = text.startsWith('file:') ? fileURLToPath(text) : resolve(dirname(fileURLToPath(from)), text);
    path = path.replace(/\.(ts|mts|js)$/, '.mjs');
    if (!path.endsWith('.mjs')) path = existsSync(`${path}.mjs`) ? `${path}.mjs` : `${path}${sep}index.mjs`;
    if (!path.startsWith(codeDir + sep))
      throw new Error(
        say(
          `Cannot import ${text}: while grading, exercises may import only each other`,
          `가져올 수 없는 모듈입니다: ${text} — 채점하는 동안 연습은 서로만 import 할 수 있습니다`,
        ),
      );
    return import(pathToFileURL(path).href);
  }
  if (builtinModules.includes(text.replace(/^node:/, ''))) return import(`node:${builtinAllowed(text)}`);
  throw new Error(
    say(
      `Cannot import ${text}: packages are not available while your code is graded; exercises may import only each other and Node's own modules`,
      `가져올 수 없는 모듈입니다: ${text} — 채점하는 동안에는 패키지를 쓸 수 없습니다. 연습은 서로와 Node 자체 모듈만 import 할 수 있습니다`,
    ),
  );
}
Object.defineProperty(globalThis, '__kataImport', { value: kataImport, writable: false, configurable: false });

// ── The channel ──────────────────────────────────────────────────────────────────────────────────
// The relay says "go" (one byte on fd 0) when a spec file takes this child. Then frames come in and go
// out over two named pipes whose paths the relay gave (POSIX), or over fd 0 and fd 3 (elsewhere).
const [inPath, outPath] = process.argv.slice(2);
function readExact(/** @type {number} */ fd, /** @type {Buffer} */ buffer) {
  let offset = 0;
  while (offset < buffer.length) {
    let n;
    try {
      n = readSync(fd, buffer, offset, buffer.length - offset, null);
    } catch (error) {
      if (/** @type {{ code?: string }} */ (error).code === 'EAGAIN') {
        nap();
        continue;
      }
      throw error;
    }
    if (n === 0) exitNow(0); // the grader is gone: so are we
    offset += n;
  }
}
readExact(0, Buffer.alloc(1));
const inFd = inPath ? fs.openSync(inPath, 'r') : 0;
const outFd = outPath ? fs.openSync(outPath, 'w') : 3;

const frames = new FrameReader((buffer, offset, length) => {
  for (;;) {
    try {
      return readSync(inFd, buffer, offset, length, null);
    } catch (error) {
      if (/** @type {{ code?: string }} */ (error).code !== 'EAGAIN') throw error;
      nap();
    }
  }
});

const channel = {
  /** @param {import('./wire/values.mjs').Message} message */
  send(message) {
    const bytes = frame(message);
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(outFd, bytes, offset, bytes.length - offset);
      } catch (error) {
        if (/** @type {{ code?: string }} */ (error).code !== 'EAGAIN') throw error;
        nap();
      }
    }
  },
  receive() {
    const text = frames.next();
    if (text === undefined) exitNow(0); // the grader is gone: so are we
    return parseMessageText(/** @type {string} */ (text));
  },
};

// ── Answering the grader ──────────────────────────────────────────────────────────────────────────
/** @type {Map<string, Record<string, unknown>>} */
const modules = new Map();
/** @type {Map<unknown, { m: string, n: string }>} every exported function, by value */
const exported = new Map();

async function load(/** @type {string} */ module) {
  const cached = modules.get(module);
  if (cached) return cached;
  if (!/^[\w.-]+(\/[\w.-]+)*$/.test(module) || module.split('/').includes('..')) throw new ProtocolError(`not a module path: ${module}`);
  const namespace = /** @type {Record<string, unknown>} */ (await import(pathToFileURL(resolve(codeDir, `${module}.mjs`)).href));
  modules.set(module, namespace);
  for (const name of Object.keys(namespace)) {
    const value = namespace[name];
    if (typeof value === 'function' && !exported.has(value)) exported.set(value, { m: module, n: name });
  }
  return namespace;
}

function exportValue(/** @type {string} */ m, /** @type {string} */ n) {
  const namespace = modules.get(m);
  if (!namespace || !Object.hasOwn(namespace, n)) throw new ProtocolError(`${m} has no loaded export ${n}`);
  return namespace[n];
}

/** @type {Peer} */
const peer = new Peer(-1, channel, {
  // The grader's functions become callable here: the learner's code calls the spec's callbacks.
  standIn(id, d) {
    if (d.kind === 'function') {
      /** @this {unknown} */
      const standIn = function (/** @type {unknown[]} */ ...args) {
        return peer.request(
          { kind: 'call', fn: { tag: 'ref', id }, self: this, args, isNew: new.target !== undefined },
          { fields: ['self'], lists: ['args'] },
        );
      };
      Object.defineProperty(standIn, 'name', { value: d.name });
      Object.defineProperty(standIn, 'length', { value: d.length });
      return standIn;
    }
    return new Proxy(
      {},
      {
        get: (_, key) => (typeof key === 'string' ? peer.request({ kind: 'get', target: { tag: 'ref', id }, key }, {}) : undefined),
      },
    );
  },
  moduleExport: (m, n) => exportValue(m, n),
  exportOf: (value) => exported.get(value),
  answer(message) {
    switch (message.kind) {
      case 'call': {
        const fn = peer.decode(message.fn, false);
        const self = peer.decode(message.self, false);
        const args = Array.isArray(message.args) ? message.args.map((/** @type {Wire} */ w) => peer.decode(w, false)) : [];
        if (typeof fn !== 'function') throw new TypeError(`${String(fn)} is not a function`);
        return message.isNew ? { value: reflectConstruct(fn, args), asRef: true } : { value: reflectApply(fn, self, args) };
      }
      case 'mcall': {
        const target = peer.decode(message.target, false);
        const args = Array.isArray(message.args) ? message.args.map((/** @type {Wire} */ w) => peer.decode(w, false)) : [];
        return { value: reflectApply(target[String(message.key)], target, args) };
      }
      case 'get':
        return { value: peer.decode(message.target, false)[String(message.key)] };
      case 'has':
        return { value: String(message.key) in peer.decode(message.target, false) };
      case 'keys':
        return { value: Object.keys(peer.decode(message.target, false)) };
      case 'set':
        peer.decode(message.target, false)[String(message.key)] = peer.decode(message.value, false);
        return { value: true };
    }
    throw new ProtocolError(`cannot answer ${message.kind}`);
  },
});

/** One request from the grader at the top of the stack: its promise, if it returns one, is awaited. */
async function serveTop(/** @type {import('./wire/values.mjs').Message} */ message) {
  if (typeof message.deadlineMs === 'number') deadline = performance.now() + message.deadlineMs;
  if (message.kind === 'hello') {
    guardText = String(message.guard ?? guardText);
    lang = message.lang === 'ko' ? 'ko' : 'en';
    heldAtHello = held();
    codeDir = resolve(String(message.code));
    peer.reply(message.seq, { ok: true, value: process.pid });
    return;
  }
  if (message.kind === 'import') {
    let answer;
    try {
      const namespace = await load(String(message.module));
      const names = Object.keys(namespace);
      answer = { ok: true, names, values: names.map((n) => namespace[n]) };
    } catch (error) {
      answer = { ok: false, error };
    }
    peer.reply(message.seq, answer);
    return;
  }
  let answer;
  try {
    answer = { ok: true, ...peer.hooks.answer(message, peer) };
    if (answer.value instanceof Promise && !answer.asRef) {
      try {
        answer = { ok: true, value: await answer.value, promise: true };
      } catch (error) {
        answer = { ok: false, error, promise: true };
      }
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    answer = { ok: false, error };
  }
  peer.reply(message.seq, answer);
}

for (;;) {
  const message = channel.receive();
  peer.level = 1; // the grader's request: an exchange of level 1 (see Peer.request)
  peer.accept(message);
  await serveTop(message);
  peer.level = 0;
}
