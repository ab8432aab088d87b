import { describe, expect, it } from 'vitest';
import { applyMutant } from './mutants.ts';

describe('applyMutant', () => {
  it('replaces each find once, in order, the later pairs seeing the earlier ones', () => {
    expect(
      applyMutant('let a = 1;\nreturn a;', [
        ['1', '2'],
        ['a;', 'a + 2;'],
      ]),
    ).toEqual({ code: 'let a = 2;\nreturn a + 2;' });
  });
  it('writes a replacement literally: $& and $1 are text, not patterns', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a mutant's replacement is source text with ${…} in it
    expect(applyMutant('x = y;', [['y', '`${y}$&$1$$`']])).toEqual({ code: 'x = `${y}$&$1$$`;' });
  });
  it('refuses a find that occurs never or twice', () => {
    expect(applyMutant('a + a', [['a', 'b']])).toEqual({ misfit: '"a" occurs 2 times' });
    expect(applyMutant('a + a', [['c', 'b']])).toEqual({ misfit: '"c" occurs 0 times' });
  });
});
