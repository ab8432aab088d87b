// @ts-check
// The value codec, sent as real frames between a grader peer and a child peer (test-pair.mjs).
import { describe, expect, it } from 'vitest';
import { ProtocolError } from './intrinsics.mjs';
import { pair } from './test-pair.mjs';

describe('values cross exactly', () => {
  it('numbers JSON cannot carry: −0, NaN, ±Infinity', () => {
    const { carry } = pair();
    expect(Object.is(carry(-0), -0)).toBe(true);
    expect(Object.is(carry(0), 0)).toBe(true);
    expect(Number.isNaN(carry(Number.NaN))).toBe(true);
    expect(carry(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(carry(Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
    expect(carry(0.1 + 0.2)).toBe(0.1 + 0.2);
    expect(carry(Number.MIN_VALUE)).toBe(Number.MIN_VALUE);
  });

  it('strings, booleans, null, undefined, bigints, symbols (as a new symbol of the same description)', () => {
    const { carry } = pair();
    for (const x of ['', 'naïve ✓', true, false, null, undefined]) expect(carry(x)).toBe(x);
    expect(carry(2n ** 70n)).toBe(2n ** 70n);
    expect(carry(-5n)).toBe(-5n);
    const s = carry(Symbol('tag'));
    expect(typeof s).toBe('symbol');
    expect(s.description).toBe('tag');
  });

  it('nested arrays, holes and −0 inside them, and the same object twice stays one object', () => {
    const { carry } = pair();
    const shared = [5];
    // biome-ignore lint/suspicious/noSparseArray: a hole is one of the values the wire must carry
    const got = carry([[1, [2, [-0, Number.NaN]]], shared, shared, [1, , 3]]);
    expect(got[0][0]).toBe(1);
    expect(Object.is(got[0][1][1][0], -0)).toBe(true);
    expect(Number.isNaN(got[0][1][1][1])).toBe(true);
    expect(got[1]).toEqual([5]);
    expect(got[1]).toBe(got[2]);
    expect(got[3].length).toBe(3);
    expect(1 in got[3]).toBe(false);
  });

  it('a cycle comes back as a cycle', () => {
    const { carry } = pair();
    /** @type {unknown[]} */ const a = [1];
    a.push(a);
    const got = carry(a);
    expect(got[1]).toBe(got);
  });

  it('typed arrays keep their class and special numbers', () => {
    const { carry } = pair();
    const f = carry(new Float64Array([1.5, -0, Number.NaN, Number.NEGATIVE_INFINITY]));
    expect(f).toBeInstanceOf(Float64Array);
    expect(f.length).toBe(4);
    expect(Object.is(f[1], -0)).toBe(true);
    expect(Number.isNaN(f[2])).toBe(true);
    expect(f[3]).toBe(Number.NEGATIVE_INFINITY);
    expect(carry(new Int32Array([-7, 2 ** 31 - 1]))).toEqual(new Int32Array([-7, 2 ** 31 - 1]));
    const b = carry(new BigInt64Array([-(2n ** 63n)]));
    expect(b).toBeInstanceOf(BigInt64Array);
    expect(b[0]).toBe(-(2n ** 63n));
  });

  it('plain objects (also without a prototype), Maps, Sets, Dates, and a frozen object stays frozen', () => {
    const { carry } = pair();
    expect(carry({ a: 1, b: { c: [2] } })).toEqual({ a: 1, b: { c: [2] } });
    const bare = carry(Object.assign(Object.create(null), { x: 1 }));
    expect(Object.getPrototypeOf(bare)).toBe(null);
    expect(bare.x).toBe(1);
    const m = carry(
      new Map(
        /** @type {[number, unknown][]} */ ([
          [1, 'one'],
          [Number.NaN, [2]],
        ]),
      ),
    );
    expect(m).toBeInstanceOf(Map);
    expect(m.get(1)).toBe('one');
    expect(m.get(Number.NaN)).toEqual([2]);
    expect(carry(new Set([3, 'x']))).toEqual(new Set([3, 'x']));
    expect(carry(new Date(5)).getTime()).toBe(5);
    expect(Object.isFrozen(carry(Object.freeze([1, 2])))).toBe(true);
  });

  it('errors by value: the nearest built-in class, name, message and cause', () => {
    const { carry } = pair();
    class ShapeError extends TypeError {
      /** @override */
      name = 'ShapeError';
    }
    const error = carry(new ShapeError('rows differ', { cause: new RangeError('row 2') }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe('ShapeError');
    expect(error.message).toBe('rows differ');
    expect(error.cause).toBeInstanceOf(RangeError);
    expect(error.cause.message).toBe('row 2');
    expect(carry(new Error('plain'))).toBeInstanceOf(Error);
  });

  it('a function stays home: the other side gets a stand-in made from its description', () => {
    const { carry, grader } = pair();
    function scale(/** @type {number} */ x, /** @type {number} */ by) {
      return x * by;
    }
    const got = carry(scale);
    expect(got).toMatchObject({ standInFor: 1, inData: false, d: { kind: 'function', name: 'scale', length: 2 } });
    expect(grader.refs.get(1)).toBe(scale);
    expect(carry(class Model {}).d).toMatchObject({ kind: 'function', name: 'Model', isClass: 1 });
  });
});

describe('malformed values are refused', () => {
  const cases = /** @type {[string, unknown][]} */ ([
    ['a number tag that is not one of the four', { tag: 'number', value: '5' }],
    ['a bigint that is not digits', { tag: 'bigint', value: '1e3' }],
    ['an unknown kind', { tag: '?' }],
    ['an object id never sent', { tag: 'object', id: -99 }],
    ['a reference of the receiver it never made', { tag: 'ref', id: 7 }],
    ['a reference without a description', { tag: 'ref', id: -3 }],
    ['a reference id that is not an integer', { tag: 'ref', id: -0.5, description: { kind: 'function', name: 'f', length: 0 } }],
    ['an array where a value belongs', [1, 2]],
  ]);
  for (const [what, wire] of cases) {
    it(what, () => {
      const { grader } = pair();
      expect(() => grader.decode(/** @type {any} */ (wire), false)).toThrow(ProtocolError);
    });
  }
});
