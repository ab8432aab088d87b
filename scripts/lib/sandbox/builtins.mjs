// @ts-check
// Which of Node's own modules the learner's code may use while it is graded: an allow-list, so a
// module Node adds later is refused until someone decides otherwise. compile.mjs applies it to the
// imports it rewrites, child.mjs to import() and process.getBuiltinModule (this file is copied into
// the sandbox's runtime next to it).

/** Harmless for a pure function: no network, no processes or threads, no code from strings, no loaders. */
const ALLOWED = new Set([
  'assert',
  'assert/strict',
  'async_hooks',
  'buffer',
  'console',
  'constants',
  'crypto',
  'diagnostics_channel',
  'domain',
  'events',
  'fs',
  'fs/promises',
  'os',
  'path',
  'path/posix',
  'path/win32',
  'perf_hooks',
  'process',
  'punycode',
  'querystring',
  'readline',
  'readline/promises',
  'stream',
  'stream/consumers',
  'stream/promises',
  'stream/web',
  'string_decoder',
  'sys',
  'timers',
  'timers/promises',
  'tty',
  'url',
  'util',
  'util/types',
  'zlib',
]);
const NETWORK = /^(_?https?2?|_http_\w+|net|dgram|_?tls(_\w+)?|dns(\/promises)?)$/;

/**
 * Why the builtin `id` (with or without node:) is refused, in words a learner reads; undefined when it
 * is allowed. fs is allowed: Node's permission model lets the child read only its own code.
 * `say` picks the language (the compiler passes the learner's; the child, whose environment is bare, says English).
 * @param {string} id
 * @param {(en: string, ko: string) => string} [say]
 */
export function refusedBuiltin(id, say = (en) => en) {
  const name = id.startsWith('node:') ? id.slice(5) : id;
  if (ALLOWED.has(name)) return undefined;
  return NETWORK.test(name)
    ? say(
        `node:${name}: the network is not available while your code is graded`,
        `node:${name}: 채점하는 동안에는 네트워크를 쓸 수 없습니다`,
      )
    : say(
        `node:${name}: not available while your code is graded (no processes, threads, code from strings, loaders or debuggers)`,
        `node:${name}: 채점하는 동안에는 쓸 수 없습니다 (프로세스, 스레드, 문자열로 만든 코드, 로더, 디버거 모두 불가)`,
      );
}
