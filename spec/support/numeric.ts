// Numerical checks for the derivative exercises (06–14): a spec's own numerical derivative,
// relative comparisons for small numbers, and a gradient check that lists the entries that disagree.
import { expect } from 'vitest';
import { t } from './i18n';
import { diagnose, type Mistake } from './mistakes';
import { show, type Nested } from './nested';

/**
 * The spec's own numerical derivative, for checking a learner's σ′ (06) before they reach 08: the
 * five-point stencil (f(x − 2h) − 8 f(x − h) + 8 f(x + h) − f(x + 2h)) / 12h, error of order h⁴.
 * Deliberately not the central difference that exercise 08 asks for, so this file (which ships with
 * the specs to students) does not hand them 08's answer; copied into 08 it fails 08's spec.
 */
export function fivePointDerivative(f: (x: number) => number, x: number, h = 1e-3): number {
  return (f(x - 2 * h) - 8 * f(x - h) + 8 * f(x + h) - f(x + 2 * h)) / (12 * h);
}

/** |a − b| / max(|a|, |b|), 0 when both are 0 (the same definition as exercise 08). */
export function relative(a: number, b: number): number {
  const largest = Math.max(Math.abs(a), Math.abs(b));
  return largest === 0 ? 0 : Math.abs(a - b) / largest;
}

/**
 * Whether `received` has the shape of `expected` and every entry is within a *relative* error `rel`
 * of it. Unlike toMatchValue's tolerance (absolute below 1), this also tells small numbers apart.
 */
export function near(received: unknown, expected: Nested, rel = 1e-6): boolean {
  if (typeof expected === 'number') return typeof received === 'number' && relative(received, expected) <= rel;
  return Array.isArray(received) && received.length === expected.length && expected.every((e, i) => near(received[i], e, rel));
}

/** `received` must have the shape of `like` with finite numbers everywhere (values not compared). */
export function expectShape(received: unknown, like: Nested, name: string, mistakes: readonly Mistake[] = []): void {
  expect(received).toMatchValue(zerosLike(like), { name, tol: Infinity, mistakes });
}

function zerosLike(like: Nested): Nested {
  return typeof like === 'number' ? 0 : like.map(zerosLike);
}

/** A number compared by relative error, for values far below 1 (a loss of 3e-16, say). */
export function expectRelative(received: unknown, expected: number, name: string, rel: number): void {
  expect(received).toMatchValue(expected, { name, tol: Infinity });
  const error = relative(received as number, expected);
  expect(error <= rel, t(
    `expected ${name} = ${show(expected, 12)}, received ${show(received, 12)} (relative error ${show(error, 2)}, allowed ${rel})`,
    `${name} = ${show(expected, 12)} 이어야 합니다. 받은 값: ${show(received, 12)} (상대 오차 ${show(error, 2)}, 허용 ${rel})`,
  )).toBe(true);
}

/**
 * Gradient checking: every entry of `analytic` (the learner's backprop) within relative error `rel`
 * of `numeric` (a numerical gradient of the same loss). Lists the entries that disagree.
 */
export function expectGradientCheck(analytic: unknown, numeric: readonly (readonly (readonly number[])[])[], name: string, rel: number, mistakes: readonly Mistake[] = []): void {
  expectShape(analytic, numeric, name, mistakes);
  const rows: string[] = [];
  numeric.forEach((layer, l) =>
    layer.forEach((row, j) =>
      row.forEach((n, i) => {
        const a = (analytic as number[][][])[l]![j]![i]!;
        const error = relative(a, n);
        if (error >= rel) rows.push(`  ✗ [${l}][${j}][${i}]  ${t('backprop', 'backprop')} ${show(a).padEnd(14)} ${t('numerical', '수치 미분')} ${show(n).padEnd(14)} ${t('relative error', '상대 오차')} ${show(error, 2)}`);
      }),
    ),
  );
  expect(rows.length === 0, t(
    `${name}: ${rows.length} gradient entries disagree with the numerical gradient (relative error must be below ${rel})\n${rows.slice(0, 12).join('\n')}`,
    `${name}: 기울기 ${rows.length}개가 수치 미분과 다릅니다 (상대 오차가 ${rel}보다 작아야 합니다)\n${rows.slice(0, 12).join('\n')}`,
  ) + (rows.length > 0 ? diagnose(analytic, mistakes, numeric as unknown as Nested) : '')).toBe(true);
}
