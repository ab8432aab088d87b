// The standard globals that every Node version the kata supports (20, 22, 24) has, the same in a browser,
// so that `npm run typecheck` and the editor know them without all of Node's own types (which would
// offer `process`, `require` and `fs` to code that should not need them). structuredClone is the
// standard deep copy (say, of a network's weights in 14); console is for printing while you work.
// Only the shapes an exercise can use are written here; nothing else in this folder depends on them.

interface Console {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  debug(...data: unknown[]): void;
  table(data: unknown, properties?: string[]): void;
  time(label?: string): void;
  timeEnd(label?: string): void;
}
declare var console: Console;

/** A deep copy of `value` (arrays, plain objects, Map, Set, Date…; not functions or class instances' methods). */
declare function structuredClone<T>(value: T): T;

declare function setTimeout(callback: (...args: unknown[]) => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare function setInterval(callback: (...args: unknown[]) => void, ms?: number): unknown;
declare function clearInterval(handle: unknown): void;
declare function queueMicrotask(callback: () => void): void;
declare var performance: { now(): number };
