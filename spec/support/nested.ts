// Compare a learner's number, vector or matrix with the expected one, entry by entry,
// checking shape and finiteness first, so a failure can point at the exact entry that is wrong.

import { t } from './i18n';

export type Nested = number | readonly Nested[];

export interface Entry {
  path: string;
  yours: number;
  expected: number;
  ok: boolean;
}

export type Comparison =
  | { kind: 'shape'; path: string; problem: 'not-number' | 'not-array' | 'length' | 'not-finite'; yours: unknown; expected: Nested }
  | { kind: 'values'; entries: Entry[] };

/** Whether `yours` is within tolerance of `expected` (absolute and relative). */
export function close(yours: number, expected: number, tol: number): boolean {
  if (yours === expected) return true;
  if (!Number.isFinite(expected) || !Number.isFinite(yours)) return false; // Infinity is matched only by itself
  return Math.abs(yours - expected) <= tol * Math.max(1, Math.abs(expected));
}

/**
 * Whether `yours` is a mistake's `model` value: every entry within 1e-6 *relative* to the model's own size
 * (a model of 1e-10 does not match 0 or 1e-8), an entry of exactly 0 within 1e-12.
 */
export function matchesModel(yours: unknown, model: Nested, rel = 1e-6): boolean {
  const c = compareNested(yours, model, Number.POSITIVE_INFINITY);
  return (
    c.kind === 'values' &&
    c.entries.every(
      (e) =>
        e.yours === e.expected ||
        (Number.isNaN(e.yours) && Number.isNaN(e.expected)) ||
        (Number.isFinite(e.expected) && Math.abs(e.yours - e.expected) <= rel * Math.abs(e.expected)) ||
        (e.expected === 0 && Math.abs(e.yours) <= 1e-12),
    )
  );
}

/** Walk both trees together; stop at the first shape problem, else list every leaf. */
export function compareNested(yours: unknown, expected: Nested, tol: number, path = ''): Comparison {
  const entries: Entry[] = [];
  const walk = (a: unknown, e: Nested, at: string): Comparison | undefined => {
    if (typeof e === 'number') {
      if (typeof a !== 'number') return { kind: 'shape', path: at, problem: 'not-number', yours: a, expected: e };
      if (!Number.isFinite(a) && Number.isFinite(e)) return { kind: 'shape', path: at, problem: 'not-finite', yours: a, expected: e };
      entries.push({ path: at, yours: a, expected: e, ok: close(a, e, tol) || (Number.isNaN(a) && Number.isNaN(e)) });
      return undefined;
    }
    if (!Array.isArray(a)) return { kind: 'shape', path: at, problem: 'not-array', yours: a, expected: e };
    if (a.length !== e.length) return { kind: 'shape', path: at, problem: 'length', yours: a, expected: e };
    for (let i = 0; i < e.length; i++) {
      const problem = walk(a[i], e[i] as Nested, `${at}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
  return walk(yours, expected, path) ?? { kind: 'values', entries };
}

export function matches(yours: unknown, expected: Nested, tol: number): boolean {
  const c = compareNested(yours, expected, tol);
  return c.kind === 'values' && c.entries.every((e) => e.ok);
}

/** A short, readable rendering of any value a learner's function might return. */
/** Two different numbers as text: 10 digits, or as many more as it takes for them to look different (0.5 and 0.5000000000000001). */
export function showApart(yours: unknown, expected: unknown): [string, string] {
  for (let digits = 10; digits < 17; digits++) {
    const pair: [string, string] = [show(yours, digits), show(expected, digits)];
    if (pair[0] !== pair[1] || typeof yours !== 'number' || typeof expected !== 'number') return pair;
  }
  return [String(yours), String(expected)];
}

export function show(value: unknown, digits = 10): string {
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return '-0';
    return Number.isInteger(value) || !Number.isFinite(value) ? String(value) : String(Number(value.toPrecision(digits)));
  }
  if (Array.isArray(value)) {
    const items = value.slice(0, 8).map((v) => show(v, digits));
    return `[${items.join(', ')}${value.length > 8 ? `, … ${t(`(${value.length} entries)`, `(모두 ${value.length}개)`)}` : ''}]`;
  }
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof (value as { then?: unknown } | null)?.then === 'function') return t('a Promise (is your function async?)', 'Promise (함수가 async인가요?)');
  // An instance of a class (an optimizer, say) prints as {} in JSON: name its class instead.
  const kind = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value)?.constructor?.name : undefined;
  if (kind && kind !== 'Object') {
    const fields = Object.keys(value as object);
    return t(`an object of class ${kind}${fields.length ? ` with the field${fields.length === 1 ? '' : 's'} ${fields.join(', ')}` : ''}`, `${fields.length ? `${fields.join(', ')} 필드가 있는 ` : ''}${kind} 클래스의 객체`);
  }
  // A plain object field by field, so a NaN inside shows as NaN (JSON would print null).
  if (typeof value === 'object' && value !== null) {
    const text = `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${show(v, digits)}`).join(', ')}}`;
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  }
  try {
    const text = JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  } catch {
    return String(value);
  }
}

/** How deep an expected value nests: 0 for a number, 1 for a vector, 2 for a matrix … */
export function depth(value: Nested): number {
  return typeof value === 'number' ? 0 : 1 + (value.length > 0 ? depth(value[0] as Nested) : 0);
}
