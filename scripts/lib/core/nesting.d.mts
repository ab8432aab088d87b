export const MAX_BRACKET_DEPTH: number;
export function bracketDepth(code: string): number;
