// The loop guard's clock and the facts the child's guard sends with its message.
import { describe, expect, it } from 'vitest';
import { guardClock, readGuardFacts, withGuardFacts } from './guard-clock.mjs';

describe('guardClock', () => {
  it('lets rounds pass before the deadline and throws late(rounds) after it, with the rounds counted', () => {
    let deadline = Number.POSITIVE_INFINITY;
    const guard = guardClock(
      () => deadline,
      (rounds) => new Error(`late after ${rounds}`),
    );
    for (let i = 0; i < 1000; i++) guard();
    deadline = 0;
    /** @type {Error | undefined} */
    let thrown;
    for (let i = 0; i < 1000 && !thrown; i++) {
      try {
        guard();
      } catch (error) {
        thrown = /** @type {Error} */ (error);
      }
    }
    expect(thrown).toBeInstanceOf(Error);
    const rounds = Number(/late after (\d+)/.exec(thrown?.message ?? '')?.[1]);
    expect(rounds).toBeGreaterThan(1000);
    expect(rounds).toBeLessThanOrEqual(1256); // read at least every 256th round
  });

  it('reads the clock at every round while rounds are slow', () => {
    let deadline = Number.POSITIVE_INFINITY;
    const guard = guardClock(
      () => deadline,
      (rounds) => new Error(String(rounds)),
    );
    for (let i = 0; i < 20; i++) {
      const until = performance.now() + 0.3;
      while (performance.now() < until); // a slow round
      guard();
    }
    deadline = 0;
    expect(() => guard()).toThrow('21');
  });
});

describe('the facts on the guard message', () => {
  it('ride at its end and come off whole', () => {
    const text = withGuardFacts('did not finish within 10 s — an endless loop?', 1234, 5e8 + 0.4);
    expect(readGuardFacts(text)).toEqual({
      text: 'did not finish within 10 s — an endless loop?',
      facts: { rounds: 1234, grownBytes: 500000000 },
    });
    expect(readGuardFacts(withGuardFacts('x', 3, -2048))?.facts.grownBytes).toBe(-2048);
  });

  it('are read only from the very end of a message', () => {
    expect(readGuardFacts('did not finish within 10 s')).toBeUndefined();
    expect(readGuardFacts('a\n[kata-guard 1 2] and more')).toBeUndefined();
  });
});
