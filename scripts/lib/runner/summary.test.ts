import { describe, expect, it } from 'vitest';
import { stateOf } from './summary.mjs';

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
