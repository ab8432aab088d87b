// Types of screen.mjs (plain JavaScript, shared with npm test's summary), for the TypeScript scripts.
export const WIDTH: number;
export const HEIGHT: number;
export interface Chapter {
  number: number;
  title: { en: string; ko: string };
}
export interface Row {
  id: string;
  chapter: number;
  state: string;
  line: string;
}
export function columns(text: string): number;
export function clip(text: string, width?: number): string;
export function wrap(text: string, width: number, indent?: string): string[];
export function foldChapters(
  chapters: Chapter[],
  rows: Row[],
  focus: string | undefined,
  budget: number,
  head: (chapter: Chapter, rows: Row[], folded: boolean) => string,
): string[];
export function span(rows: { id: string }[]): string;
