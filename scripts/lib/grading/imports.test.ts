import { describe, expect, it } from 'vitest';
import { importsOf } from './imports.ts';

describe('importsOf', () => {
  it('lists imports, re-exports, import() and require() of a string, type imports too', () => {
    const code = [
      "import x from 'a';",
      "export * from 'b';",
      'export { y } from "c";',
      "const m = import('d');",
      "const r = require('e');",
      'const f = import(`f`);',
      "import type { T } from 'g';",
    ].join('\n');
    expect(importsOf(code).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
  it('leaves out what is not a string: import(name), require(name), a template with a placeholder', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: learner code with a placeholder, as text
    expect(importsOf('const n = "x"; import(n); require(n); import(`./${n}`);')).toEqual([]);
  });
  it('refuses code nested deeper than the parser survives, without crashing the grader', () => {
    expect(() => importsOf(`export const deep = ${'('.repeat(30_000)}1${')'.repeat(30_000)};`)).toThrow(RangeError);
  });
});
