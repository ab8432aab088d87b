// Types of guard-clock.mjs (plain JavaScript: the grading child loads it from its runtime folder).
export function guardClock(deadline: () => number, late: (rounds: number) => Error): () => void;
export function withGuardFacts(text: string, rounds: number, grownBytes: number): string;
export function readGuardFacts(message: string): { text: string; facts: { rounds: number; grownBytes: number } } | undefined;
