import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { markStarted, startedFiles } from './markers.mjs';

describe('start markers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-markers-test-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back each started file not yet ended, with its start, and skips one still being written', () => {
    const before = Date.now();
    markStarted(dir, '/k/spec/01-argmax.spec.ts');
    markStarted(dir, '/k/spec/02-softmax.spec.ts');
    writeFileSync(join(dir, `${encodeURIComponent('/k/spec/03-one-hot.spec.ts')}.tmp`), String(Date.now()));
    const running = startedFiles(dir, new Set(['/k/spec/02-softmax.spec.ts']));
    expect(running.map(([file]) => file)).toEqual(['/k/spec/01-argmax.spec.ts']);
    expect(running[0]![1]).toBeGreaterThanOrEqual(before);
  });
});
