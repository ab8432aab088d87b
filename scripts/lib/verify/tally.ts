// A tally of named checks, printed as ✓/✗ lines and closed by "N passed, N failed".

/** One check: whether it held, what it says, and (when it did not) what was seen. */
export type Check = [ok: boolean, what: string, detail: string];
export class Tally {
  passed = 0;
  failed = 0;
  /** The failed checks, said again above the last line: a CI log that shows only its tail still names them. */
  private readonly failures: string[] = [];

  check(ok: boolean, what: string, detail = ''): boolean {
    if (ok) this.passed++;
    else {
      this.failed++;
      // The first lines of what was seen: a CI log's tail must say which part failed, not only the first.
      const seen = detail
        .split('\n')
        .filter(Boolean)
        .slice(0, 6)
        .map((l) => l.slice(0, 300))
        .join('\n    ');
      this.failures.push(`${what}${seen ? ` — ${seen}` : ''}`);
    }
    const tail = detail && !ok ? `\n    ${detail.split('\n').join('\n    ')}` : '';
    console.log(`${ok ? '✓' : '✗'} ${what}${tail}`);
    return ok;
  }

  /** A line that is neither passed nor failed: something that could not be checked here, and why. */
  skip(what: string): void {
    console.log(`○ ${what}`);
  }

  section(title: string): void {
    console.log(`\n${title}`);
  }

  summary(): string {
    const again = this.failures.length ? `failed:\n${this.failures.map((f) => `✗ ${f}`).join('\n')}\n\n` : '';
    return `${again}${this.passed} passed, ${this.failed} failed`;
  }
}
