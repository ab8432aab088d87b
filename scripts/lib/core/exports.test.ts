import { describe, expect, it } from 'vitest';
import { exportedNamesOf, isStub } from './exports.ts';

describe('exportedNamesOf', () => {
  it('reads every kind of named export, types included, sorted and once each', () => {
    const code = [
      'export function f() {}',
      'export class C {}',
      'export const a = 1, b = 2;',
      'export interface I {}',
      'export type T = number;',
      'const x = 1, y = 2;',
      'export { x, y as z, x as again };',
      'export default function hidden() {}',
      'function notExported() {}',
    ].join('\n');
    expect(exportedNamesOf(code, 'm.ts')).toEqual(['C', 'I', 'T', 'a', 'again', 'b', 'f', 'x', 'z']);
  });
});

describe('isStub', () => {
  const stub = (name: string) => `export function ${name}(v: number[]): number {\n  throw new Error('not implemented: ${name}');\n}\n`;
  it('is a file whose every exported function and class throws "not implemented: <its name>"', () => {
    expect(isStub(`${stub('argmax')}${stub('softmax')}export type Vector = number[];`)).toBe(true);
    expect(isStub("export class Adam {\n  step() { throw new Error('not implemented: Adam'); }\n}")).toBe(true);
  });
  it('is not a file with one function done, nor one that exports no function', () => {
    expect(isStub(`${stub('argmax')}export function softmax(v: number[]) { return v; }`)).toBe(false);
    expect(isStub(`${stub('argmaxx').replace('argmaxx(', 'argmax(')}`)).toBe(false);
    expect(isStub('export const answer = 42;')).toBe(false);
  });
});
