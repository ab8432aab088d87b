// Types of summary.mjs (plain JavaScript, npm test's), for the TypeScript scripts that share it.
export function blameText(blame: 'oom' | 'killed' | 'crashed' | 'hung', limit: number): string;
export function stateOf(
  record: { file: string; tests: { name: string; state: string; message: string }[]; errors: string[] } | undefined,
  blame: 'oom' | 'killed' | 'crashed' | 'hung' | undefined,
): {
  state: 'done' | 'failing' | 'not-started' | 'timeout' | 'broken' | 'missing';
  passed: number;
  total: number;
  failure?: { name: string; message: string };
};
export function explainLoad(id: string, error: string, reportAbove: boolean): string;
