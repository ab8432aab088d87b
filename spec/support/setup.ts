// Registered by vitest.config.ts for every spec file.
import fc from 'fast-check';
import { expect } from 'vitest';
import { toMatchArticle, toMatchValue, type ArticleOptions, type ValueOptions } from './matchers';
import type { Nested } from './nested';

expect.extend({ toMatchArticle, toMatchValue });

// Property tests: the same cases on every run (a learner's result must not flicker),
// and the failing assertion's own message in the report, not only the counterexample.
fc.configureGlobal({ seed: 20241005, includeErrorInReport: true });

declare module 'vitest' {
  interface Matchers<T = any> {
    /** Round the received number(s) to the printed decimals and compare with the article's text. */
    toMatchArticle(printed: string | readonly string[], options: ArticleOptions): T;
    /** Compare a number, vector or matrix entry by entry (shape and finiteness first). */
    toMatchValue(expected: Nested, options: ValueOptions): T;
  }
}
