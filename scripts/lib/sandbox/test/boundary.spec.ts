// The grading mode's promise, tested: the same spec means the same in learner mode (the learner's module
// loaded here) and in grading mode (it runs in a sandbox child, reached through stand-ins). verify runs
// this file in both modes (vitest.config.ts here) against tree/probe/probe.ts.
import { describe, expect, it } from 'vitest';
import {
  anything,
  Counter,
  Doubler,
  identity,
  incrementTwice,
  isSame,
  Keeper,
  later,
  Liar,
  returnsItsArgument,
  scribble,
  ShapeError,
  specials,
  stepTwice,
  throwRange,
  throwShape,
  twice,
} from '@kata/probe/probe';

describe("the boundary between the spec and the learner's code", () => {
  it('carries values exactly: NaN, −0, ±Infinity, undefined, bigints, nested arrays and objects', () => {
    const [nan, minusZero, inf, minusInf, undef, big] = specials();
    expect(Number.isNaN(nan)).toBe(true);
    expect(Object.is(minusZero, -0)).toBe(true);
    expect([inf, minusInf, undef]).toEqual([Infinity, -Infinity, undefined]);
    expect(big).toBe(2n ** 70n);
    const value = { a: [1, [2, { b: 'x' }]], m: new Map([[1, 'one']]), s: new Set([3]), d: new Date(5), f: new Float64Array([0.5]) };
    expect(identity(value)).toEqual(value);
  });

  it("keeps the class and message of a thrown error, and a learner's own error class is still its built-in one", () => {
    expect(() => throwRange('`scores` is empty')).toThrow(RangeError);
    expect(() => throwRange('`scores` is empty')).toThrow('`scores` is empty');
    expect(() => throwShape()).toThrow(TypeError);
    try {
      throwShape();
    } catch (error) {
      expect((error as Error).name).toBe('ShapeError');
    }
    void ShapeError;
  });

  it('shows the spec an argument the learner changed, and keeps identity', () => {
    const values = [1, 2, 3];
    scribble(values);
    expect(values).toEqual([-1, 2, 3, 4]);
    const given = [7];
    expect(returnsItsArgument(given)).toBe(given);
    expect(isSame(given, given)).toBe(true);
    expect(isSame(given, [7])).toBe(false);
  });

  it("lets a learner object that kept an argument see the spec's later changes to it", () => {
    const keeper = new Keeper();
    const values = [1, 2];
    keeper.keep(values);
    values.push(10);
    values[0] = 5;
    expect(keeper.sum()).toBe(17);
    expect(keeper).toBeInstanceOf(Keeper);
  });

  it("keeps a class instance's state between calls, and hands it back to the learner's code", () => {
    const counter = new Counter();
    expect(counter.increment()).toBe(1);
    expect(incrementTwice(counter)).toBe(3);
    expect(counter.count).toBe(3);
  });

  it("calls back: the spec's function from the learner's code, the spec's optimizer, the learner's own optimizer", () => {
    const seen: number[] = [];
    expect(
      twice((x) => {
        seen.push(x);
        return x + 1;
      }, 1),
    ).toBe(3);
    expect(seen).toEqual([1, 2]);
    const halver = () => ({ step: (params: readonly number[]) => params.map((p) => p / 2) });
    expect(stepTwice(halver, [4, 8])).toEqual([1, 2]);
    expect(stepTwice(() => new Doubler(), [1, 2])).toEqual([4, 8]);
  });

  it("returns a promise where the learner's function is async", async () => {
    const result = later(21);
    expect(result).toBeInstanceOf(Promise);
    await expect(result).resolves.toBe(42);
  });

  // Grading mode only: in the learner's own process such an object does fool toEqual (their loss).
  it.runIf(process.env.KATA_SANDBOX)('never lets a returned value pass toEqual by itself (asymmetricMatch)', () => {
    expect(anything()).not.toEqual([0, 1, 0]);
    expect(new Liar()).not.toEqual([0, 1, 0]);
  });
});
