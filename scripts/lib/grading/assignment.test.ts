// Expected hashes from coreutils' sha256sum, e.g. `printf 'abc' | sha256sum`, never from this module.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Assignment,
  canonicalJson,
  hashFile,
  kindOf,
  MANIFEST_FORMAT,
  sealOf,
  sha256,
  type Tampered,
  zeroedBy,
} from './assignment.ts';

describe('sha256 and hashFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-assignment-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sha256 is the hex digest of the text', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('a text file hashes the same with Windows line endings as with \\n', () => {
    const lf = 'e9024f1a07d29d52ad3aa5e1a18e94db1f3a9fd32b89e39d47c472cd99071e13'; // 'line one\nline two\n'
    writeFileSync(join(dir, 'lf.ts'), 'line one\nline two\n');
    writeFileSync(join(dir, 'crlf.ts'), 'line one\r\nline two\r\n');
    expect(hashFile(join(dir, 'lf.ts'))).toBe(lf);
    expect(hashFile(join(dir, 'crlf.ts'))).toBe(lf);
  });

  it('a binary file (one with a zero byte) is hashed as it is', () => {
    writeFileSync(join(dir, 'binary'), Buffer.from([0, 13, 10]));
    expect(hashFile(join(dir, 'binary'))).toBe('5016d27e02b85de4602313289699acbf145b3b1e47d8f94320cce8ded4a6ceef');
  });

  it('a folder is never read: its "hash" says what it is', () => {
    mkdirSync(join(dir, 'folder'));
    expect(hashFile(join(dir, 'folder'))).toBe('not a regular file: folder');
  });
});

describe('canonicalJson and the seal', () => {
  it('sorts keys at every depth, drops undefined fields and adds no spacing', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 'x' }] })).toBe('{"a":[1,{"c":"x"}],"b":1}');
    expect(canonicalJson([null, 'é', 2.5])).toBe('[null,"é",2.5]');
  });

  it('the seal is the sha256 of the canonical text, whatever the order of the fields', () => {
    const assignment: Assignment = {
      selection: { exercises: ['04-cross-entropy'] },
      format: MANIFEST_FORMAT,
      provided: ['03-one-hot'],
      assigned: ['04-cross-entropy'],
      files: { 'spec/04-cross-entropy.spec.ts': 'ab' },
      exportedFrom: { uncommittedChanges: false, commit: null },
      platform: undefined,
    };
    // printf '{"assigned":["04-cross-entropy"],"exportedFrom":{"commit":null,"uncommittedChanges":false},"files":{"spec/04-cross-entropy.spec.ts":"ab"},"format":"deep-learning-kata/assignment@1","provided":["03-one-hot"],"selection":{"exercises":["04-cross-entropy"]}}' | sha256sum
    expect(sealOf(assignment)).toBe('8c91f69c38acfb0d2bdd16f283e80d6c2661fca8b174dfae902f0202133cbf90');
  });
});

describe('what a changed file costs', () => {
  const assignment = { assigned: ['04-cross-entropy', '24-iris'], provided: ['03-one-hot'] };
  const graph: Record<string, string[]> = { '24-iris': ['01-argmax', '04-cross-entropy'], '04-cross-entropy': ['03-one-hot'] };
  const dependsOn = (id: string) => graph[id] ?? [];
  const change = (file: string): Tampered => ({ file, change: 'modified', ...kindOf(file, assignment) });

  it('kindOf tells an assigned spec, support code, a provided exercise, the manifest, a workflow, a dotfile and the grader apart', () => {
    expect(kindOf('spec/04-cross-entropy.spec.ts', assignment)).toEqual({ kind: 'spec', exercise: '04-cross-entropy' });
    expect(kindOf('spec/01-argmax.spec.ts', assignment)).toEqual({ kind: 'support' });
    expect(kindOf('spec/support/index.ts', assignment)).toEqual({ kind: 'support' });
    expect(kindOf('exercises/03-one-hot/one-hot.ts', assignment)).toEqual({ kind: 'provided', exercise: '03-one-hot' });
    expect(kindOf('kata.json', assignment)).toEqual({ kind: 'manifest' });
    expect(kindOf('.github/workflows/classroom.yml', assignment)).toEqual({ kind: 'workflow' });
    expect(kindOf('.npmrc', assignment)).toEqual({ kind: 'config' });
    expect(kindOf('scripts/grade.ts', assignment)).toEqual({ kind: 'grading' });
  });

  it('a changed spec costs its own exercise', () => {
    const { all, exercises } = zeroedBy([change('spec/04-cross-entropy.spec.ts')], assignment, dependsOn);
    expect(all).toBe(false);
    expect([...exercises.keys()]).toEqual(['04-cross-entropy']);
  });

  it('a changed provided exercise costs every assigned one built on it, directly or not', () => {
    const { all, exercises } = zeroedBy([change('exercises/03-one-hot/one-hot.ts')], assignment, dependsOn);
    expect(all).toBe(false);
    expect([...exercises.keys()].sort()).toEqual(['04-cross-entropy', '24-iris']);
  });

  it('a changed workflow costs nothing here; a change to the grader costs everything', () => {
    expect(zeroedBy([change('.github/workflows/classroom.yml')], assignment, dependsOn)).toEqual({ all: false, exercises: new Map() });
    expect(zeroedBy([change('scripts/grade.ts')], assignment, dependsOn).all).toBe(true);
  });

  it('a cycle in the imports ends', () => {
    const cyclic = (id: string) => (id === 'a' ? ['b'] : ['a']);
    const tampered: Tampered = { file: 'exercises/z/z.ts', change: 'modified', kind: 'provided', exercise: 'z' };
    expect(zeroedBy([tampered], { assigned: ['a'] }, cyclic).exercises.size).toBe(0);
  });
});
