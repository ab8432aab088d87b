// Small text helpers for the commands' terminal output.

/** Width in terminal columns: Hangul takes two. */
export function columns(text: string): number {
  return [...text].reduce((w, ch) => w + (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(ch) ? 2 : 1), 0);
}

/** Pad to a width in terminal columns, with at least one space. */
export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(1, width - columns(text)));
}

/** The first line that says something, without colours. */
export function oneLine(text: string): string {
  const clean = text.replace(/\u001b\[[0-9;]*m/g, '');
  return (clean.split('\n').find((l) => l.trim() !== '') ?? '').trim();
}

/** oneLine, at most 300 characters (for tables and CSV cells). */
export function firstLine(text: string): string {
  return oneLine(text).slice(0, 300);
}
