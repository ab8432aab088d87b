// @ts-check
// Mirrored data kept in step both ways, the limits on what is copied, and malformed messages refused.
import { describe, expect, it } from 'vitest';
import { MAX_ARRAY_LENGTH, ProtocolError } from './intrinsics.mjs';
import { pair } from './test-pair.mjs';

describe('mirrored data stays in step', () => {
  it('a change the child makes to an argument reaches the grader with its next message', () => {
    const { carry, grader, child } = pair();
    const values = [1, 2, 3];
    const copy = carry(values);
    copy[0] = -1;
    copy.push(4);
    child.post({ kind: 'test', seq: 0 }, {});
    grader.accept(grader.channel.receive());
    expect(values).toEqual([-1, 2, 3, 4]);
  });

  it('a change the grader makes later reaches the child, and an unchanged object is not sent again', () => {
    const { carry, grader, child, sent } = pair();
    const state = { count: 1, seen: new Set([1]) };
    const copy = carry(state);
    grader.post({ kind: 'test', seq: 0 }, {});
    expect(sent.grader.at(-1)?.objects).toBeUndefined();
    state.count = 2;
    state.seen.add(2);
    grader.post({ kind: 'test', seq: 0 }, {});
    child.accept(child.channel.receive());
    child.accept(child.channel.receive());
    expect(copy).toEqual({ count: 2, seen: new Set([1, 2]) });
  });

  it('a new test (epoch) forgets the mirrored objects of the last one', () => {
    const { carry, child } = pair();
    const values = [1];
    carry(values);
    expect(child.mirror.size).toBe(1);
    child.accept({ kind: 'test', seq: 0, epoch: 2 });
    expect(child.mirror.size).toBe(0);
    expect(child.epoch).toBe(2);
  });
});

describe('what is too large is refused, and nothing of it is kept', () => {
  it(`an array longer than ${MAX_ARRAY_LENGTH} entries is not copied`, () => {
    const { grader, sent } = pair();
    const long = new Array(MAX_ARRAY_LENGTH + 1);
    expect(() => grader.post({ kind: 'test', seq: 0, value: [long] }, { fields: ['value'] })).toThrow(
      new RangeError(`an array of ${MAX_ARRAY_LENGTH + 1} entries (the grader copies at most ${MAX_ARRAY_LENGTH})`),
    );
    expect(sent.grader).toHaveLength(0);
    expect(grader.mirror.size).toBe(0);
  });
});

describe('malformed messages are refused', () => {
  const cases = /** @type {[string, unknown][]} */ ([
    ['not an object', null],
    ['without a kind', { seq: 1 }],
    ['objects that are not a list', { kind: 'x', seq: 1, objects: {} }],
    ['an object entry that is not a pair', { kind: 'x', seq: 1, objects: [[-1]] }],
    ['an object of the receiver it never made', { kind: 'x', seq: 1, objects: [[5, { kind: 'array', length: 0, values: [] }]] }],
    ['an object of unknown kind', { kind: 'x', seq: 1, objects: [[-1, { kind: 'q', values: [] }]] }],
    ['an array whose length disagrees with its entries', { kind: 'x', seq: 1, objects: [[-1, { kind: 'array', length: 0, values: [1] }]] }],
    [
      'a typed array of a class that is not one',
      { kind: 'x', seq: 1, objects: [[-1, { kind: 'typed', typedClass: 'Function', values: [] }]] },
    ],
    ['contents that are not a list', { kind: 'x', seq: 1, objects: [[-1, { kind: 'object', keys: ['0'], values: 'x' }]] }],
    ['object keys that disagree with the values', { kind: 'x', seq: 1, objects: [[-1, { kind: 'object', keys: ['a'], values: [1, 2] }]] }],
  ]);
  for (const [what, message] of cases) {
    it(what, () => {
      const { grader } = pair();
      expect(() => grader.accept(/** @type {any} */ (message))).toThrow(ProtocolError);
    });
  }

  it('an object that changes its kind', () => {
    const { grader } = pair();
    grader.accept({ kind: 'x', seq: 1, objects: [[-1, { kind: 'array', length: 0, values: [] }]] });
    expect(() => grader.accept({ kind: 'x', seq: 1, objects: [[-1, { kind: 'map', values: [] }]] })).toThrow(ProtocolError);
  });
});
