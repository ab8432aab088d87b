// A tally of named checks, printed as ✓/✗ lines and closed by "N passed, N failed".
export class Tally {
  passed = 0;
  failed = 0;

  check(ok: boolean, what: string, detail = ''): boolean {
    if (ok) this.passed++;
    else this.failed++;
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
    return `${this.passed} passed, ${this.failed} failed`;
  }
}
