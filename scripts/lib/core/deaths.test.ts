import { describe, expect, it } from 'vitest';
import { blameCrash, deathCause, diedOfMemory, fillingMemory, HUNG_MEMORY_BYTES } from './deaths.mjs';

describe('diedOfMemory', () => {
  // The last words of real deaths: V8 in the main thread, a worker thread, a typed array too large.
  it.each([
    'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
    'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory',
    '#\n# Fatal JavaScript invalid size error 169220804\n#',
    '# Fatal process out of memory: Zone',
    'Error [ERR_WORKER_OUT_OF_MEMORY]: Worker terminated due to reaching memory limit: JS heap out of memory',
  ])('knows %j', (stderr) => expect(diedOfMemory(stderr)).toBe(true));

  it.each(['RangeError: Invalid array length', 'Error: boom\n    at f (x.ts:1:1)', ''])('does not take %j for memory', (stderr) =>
    expect(diedOfMemory(stderr)).toBe(false),
  );
});

describe('deathCause', () => {
  it('names memory before the signal that ended the process', () => {
    expect(deathCause({ stderr: 'JavaScript heap out of memory', signal: 'SIGABRT', code: null })).toBe('oom');
  });
  it('calls SIGKILL, SIGTERM and exit code 0 mid-run killed', () => {
    expect(deathCause({ stderr: '', signal: 'SIGKILL', code: null })).toBe('killed');
    expect(deathCause({ stderr: '', signal: 'SIGTERM', code: null })).toBe('killed');
    expect(deathCause({ stderr: '', signal: null, code: 0 })).toBe('killed');
  });
  it('calls anything else crashed', () => {
    expect(deathCause({ stderr: 'Segmentation fault', signal: 'SIGSEGV', code: null })).toBe('crashed');
    expect(deathCause({ stderr: '', signal: null, code: 7 })).toBe('crashed');
  });
});

describe('fillingMemory', () => {
  it('is the whole process past the mark, or a third of it grown', () => {
    expect(fillingMemory(HUNG_MEMORY_BYTES + 1, 0)).toBe(true);
    expect(fillingMemory(HUNG_MEMORY_BYTES, HUNG_MEMORY_BYTES / 3)).toBe(false);
    expect(fillingMemory(0, HUNG_MEMORY_BYTES / 3 + 1)).toBe(true);
  });
});

describe('blameCrash', () => {
  it('blames the one file that was running', () => expect(blameCrash(['a'], 'b')).toEqual({ culprit: 'a', suspects: [] }));
  it('blames none of several yet: they run again one at a time', () => expect(blameCrash(['a', 'b'])).toEqual({ suspects: ['a', 'b'] }));
  it('blames the file that ran alone when none was marked running', () =>
    expect(blameCrash([], 'b')).toEqual({ culprit: 'b', suspects: [] }));
  it('blames nobody with nothing to go on', () => expect(blameCrash([])).toEqual({ suspects: [] }));
});
