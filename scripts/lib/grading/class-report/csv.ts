// The gradebook as a spreadsheet reads it (npm run grade -- --each, gradebook.ts): UTF-8 with a
// byte-order mark (Excel otherwise shows Korean folder names garbled), one row per student, every cell
// safe to open. A student's folder or file names reach these cells, so:
//   * control characters (a carriage return, a tab, an escape) are replaced by a space: a name with a
//     line break can neither split the row nor hide text;
//   * a cell that a spreadsheet would read as a formula (=, +, -, @, also after a line break or after
//     leading spaces) is prefixed with ' so it shows as text;
//   * a cell with a comma or a quote is quoted, quotes doubled.
export const BOM = '\uFEFF';

/** One cell, safe for Excel, LibreOffice and Google Sheets. */
export function csvCell(value: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = value.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
  const safe = /^\s*[=+\-@]/.test(flat) ? `'${flat}` : flat;
  return /[",]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file: the byte-order mark, then one line per row (CRLF would also do; LF is what every reader takes). */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `${BOM}${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}
