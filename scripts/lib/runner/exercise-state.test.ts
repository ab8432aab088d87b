import { describe, expect, it } from 'vitest';
import { exerciseState } from './exercise-state.mjs';

const fail = (message: string) => ({ message });

describe('exerciseState', () => {
  it('is done when every test passed, whatever else the file said', () => {
    expect(exerciseState({ passed: 3, total: 3, failures: [], errors: [] })).toBe('done');
    expect(exerciseState({ passed: 3, total: 3, failures: [], errors: ['Error: an afterAll hook failed'] })).toBe('done');
  });
  it("is not-started when every failure is the stub's", () => {
    expect(
      exerciseState({ passed: 0, total: 2, failures: [fail('not implemented: argmax'), fail('not implemented: argmax')], errors: [] }),
    ).toBe('not-started');
  });
  it('is failing once one test passes, or one failure is not the stub', () => {
    expect(exerciseState({ passed: 1, total: 2, failures: [fail('not implemented: argmax')], errors: [] })).toBe('failing');
    expect(
      exerciseState({ passed: 0, total: 2, failures: [fail('not implemented: argmax'), fail('expected 1 to be 2')], errors: [] }),
    ).toBe('failing');
  });
  it('is timeout when the loop guard stopped it, in either language, in a test or while loading', () => {
    expect(exerciseState({ passed: 1, total: 2, failures: [fail('did not finish within 10 s — an endless loop?')], errors: [] })).toBe(
      'timeout',
    );
    expect(exerciseState({ passed: 0, total: 1, failures: [fail('2.5초 안에 끝나지 않았습니다')], errors: [] })).toBe('timeout');
    expect(exerciseState({ passed: 0, total: 0, failures: [], errors: ['Error: did not finish within 10 s'] })).toBe('timeout');
  });
  it('is syntax when no test ran and the file does not parse, crash when it threw', () => {
    expect(exerciseState({ passed: 0, total: 0, failures: [], errors: ['SyntaxError: Unexpected token (01-argmax/argmax.ts:3:1)'] })).toBe(
      'syntax',
    );
    expect(exerciseState({ passed: 0, total: 0, failures: [], errors: ['TypeError: x is not a function'] })).toBe('crash');
    expect(exerciseState({ passed: 0, total: 0, failures: [], errors: [] })).toBe('crash');
  });
});
