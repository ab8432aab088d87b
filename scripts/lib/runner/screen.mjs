// @ts-check
// One screen, 80 columns by 24 lines, for `npm test` and `npm run progress`: the chapters folded (a chapter
// all done or all not started is one line), lines clipped or wrapped to the width, Hangul counted as two
// columns. Plain JavaScript, shared by summary.mjs and progress.ts; verify checks both in three states.

export const WIDTH = 80;
export const HEIGHT = 24;

/** Columns a terminal gives `text`: Hangul and other wide characters take two. @param {string} text */
export function columns(text) {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

/** `text` cut to `width` columns, ending with "…" when cut. @param {string} text @param {number} [width] */
export function clip(text, width = WIDTH) {
  if (columns(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (columns(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * `text` broken into lines of at most `width` columns, at spaces where it can be, each after `indent`.
 * @param {string} text @param {number} width @param {string} [indent]
 */
export function wrap(text, width, indent = '') {
  const room = width - columns(indent);
  const lines = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const next = line ? `${line} ${word}` : word;
    if (columns(next) <= room) line = next;
    else {
      if (line) lines.push(line);
      line = columns(word) <= room ? word : clip(word, room);
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l);
}

/**
 * @typedef {{ number: number, title: { en: string, ko: string } }} Chapter
 * @typedef {{ id: string, chapter: number, state: string, line: string }} Row  one exercise: its state and its line
 */

/**
 * The chapter lines: a chapter all done or all not started is one line (`head`); any other chapter lists
 * its exercises under its head, unless the lines would exceed `budget`: then, from the last, the ones
 * without `focus` (the next exercise) are folded too. `head(chapter, rows, folded)` writes a chapter's line.
 * @param {Chapter[]} chapters @param {Row[]} rows @param {string | undefined} focus @param {number} budget
 * @param {(chapter: Chapter, rows: Row[], folded: boolean) => string} head
 * @returns {string[]}
 */
export function foldChapters(chapters, rows, focus, budget, head) {
  const groups = chapters
    .map((chapter) => ({ chapter, rows: rows.filter((r) => r.chapter === chapter.number) }))
    .filter((g) => g.rows.length > 0);
  const uniform = (/** @type {Row[]} */ list) => list.every((r) => r.state === 'done') || list.every((r) => r.state === 'not-started');
  const isFocus = (/** @type {Row[]} */ list) => list.some((r) => r.id === focus);
  // First every mixed chapter open; then, from the last, the ones that are not the focus folded until it fits.
  const open = groups.map((g) => !uniform(g.rows));
  const size = () => groups.reduce((n, g, i) => n + 1 + (open[i] ? g.rows.length : 0), 0);
  for (let i = groups.length - 1; i >= 0 && size() > budget; i--) if (!isFocus(groups[i].rows)) open[i] = false;
  return groups.flatMap((g, i) => [clip(head(g.chapter, g.rows, !open[i])), ...(open[i] ? g.rows.map((r) => clip(`  ${r.line}`)) : [])]);
}

/** The first and last exercise numbers of a chapter, "01–05". @param {{ id: string }[]} rows */
export function span(rows) {
  const first = rows[0]?.id.slice(0, 2) ?? '';
  const last = rows[rows.length - 1]?.id.slice(0, 2) ?? '';
  return first === last ? first : `${first}–${last}`;
}
