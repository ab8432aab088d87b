import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.KATA_LANG = 'en'; // summary.mjs reads the language once, when it is first imported
});

import { explainLoad, stateOf } from './summary.mjs';

const record = (tests: { name: string; state: string; message: string }[], errors: string[] = []) => ({ file: 'x.spec.ts', tests, errors });

describe("stateOf (npm test's reading)", () => {
  it('follows exerciseState once tests ran', () => {
    expect(stateOf(record([{ name: 'a', state: 'failed', message: 'not implemented: f' }]), undefined).state).toBe('not-started');
    expect(stateOf(record([{ name: 'a', state: 'failed', message: 'did not finish within 10 s' }]), undefined).state).toBe('timeout');
    expect(stateOf(record([{ name: 'a', state: 'passed', message: '' }], ['Error: did not finish within 10 s']), undefined).state).toBe(
      'done',
    );
  });
  it('calls a file that ran no test broken, even when the loop guard stopped it', () => {
    expect(stateOf(record([], ['Error: did not finish within 10 s']), undefined)).toMatchObject({
      state: 'broken',
      failure: { message: 'Error: did not finish within 10 s' },
    });
  });
  it('calls a blamed file broken and a file without a record missing', () => {
    expect(stateOf(record([{ name: 'a', state: 'passed', message: '' }]), 'oom').state).toBe('broken');
    expect(stateOf(undefined, undefined).state).toBe('missing');
  });
});

describe('explainLoad (a spec file that could not load the code)', () => {
  const parse =
    'Transform failed with 1 error:\n\n[PARSE_ERROR] Expected `}` but found `EOF`\n    ╭─[ ../../tmp/x/03-one-hot/one-hot.ts:17:25 ]\n';
  it("says where a syntax error is, in the kata's words around the parser's", () => {
    expect(explainLoad('03-one-hot', parse, true)).toBe(
      "exercises/03-one-hot/one-hot.ts does not parse at line 17, column 25: Expected `}` but found `EOF`. A syntax error: look there and just before it for a bracket, quote or comma missing or extra. The compiler's own report is above.",
    );
    expect(explainLoad('03-one-hot', parse, false)).toMatch(/npm test -- 03 shows the compiler's own report\.$/);
  });
  it('sends the learner to the exercise that does not load when it is another one', () => {
    expect(explainLoad('24-iris', parse, true)).toBe(
      '24-iris imports 03-one-hot, whose code does not load (one-hot.ts, line 17): Expected `}` but found `EOF`. Fix 03-one-hot first: npm test -- 03',
    );
  });
  it('gives any other loading error as it came', () => {
    expect(explainLoad('05-dense', 'Error: Cannot find module "./nope"', true)).toBe(
      'the spec file could not load your code: Error: Cannot find module "./nope"',
    );
  });
});
