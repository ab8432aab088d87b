// The documented shapes of what the platforms read (../shared/notes/platforms.md), as checks that
// name every problem: verify validates the files each bundle writes against them. Written from the
// platforms' descriptions, not from our own writers, so a writer that drifts is caught.

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Classroom 50's `result.json` (schema classroom50/result/v1): the named string fields, integer
 * `score` ≤ `max-score` overall and per row (booleans are rejected), rows with `test-name`, `passed`,
 * `score`, `max-score`; extra fields are kept by the runner.
 */
export function classroom50Problems(value: unknown): string[] {
  if (!isObject(value)) return ['not a JSON object'];
  const out: string[] = [];
  if (value.schema !== 'classroom50/result/v1') out.push(`schema is ${JSON.stringify(value.schema)}`);
  for (const key of ['classroom', 'assignment', 'submission', 'commit', 'release', 'review', 'datetime']) if (typeof value[key] !== 'string') out.push(`${key} is not a string`);
  if (!isInt(value.score)) out.push('score is not an integer');
  if (!isInt(value['max-score'])) out.push('max-score is not an integer');
  if (isInt(value.score) && isInt(value['max-score']) && !(value.score >= 0 && value.score <= value['max-score'])) out.push('score is not within 0…max-score');
  if (!Array.isArray(value.tests) || value.tests.length === 0) return [...out, 'tests is not a non-empty array'];
  let sum = 0;
  let max = 0;
  value.tests.forEach((t: unknown, i) => {
    if (!isObject(t)) return void out.push(`tests[${i}] is not an object`);
    if (typeof t['test-name'] !== 'string' || t['test-name'] === '') out.push(`tests[${i}].test-name is not a non-empty string`);
    for (const key of ['passed', 'score', 'max-score']) if (!isInt(t[key])) out.push(`tests[${i}].${key} is not an integer${typeof t[key] === 'boolean' ? ' (a boolean)' : ''}`);
    for (const [key, v] of Object.entries(t)) if (typeof v === 'boolean') out.push(`tests[${i}].${key} is a boolean`);
    if (isInt(t.score) && isInt(t['max-score'])) {
      if (!(t.score >= 0 && t.score <= t['max-score'])) out.push(`tests[${i}].score is not within 0…max-score`);
      sum += t.score;
      max += t['max-score'];
    }
  });
  if (sum !== value.score) out.push(`the rows' scores add up to ${sum}, score is ${String(value.score)}`);
  if (max !== value['max-score']) out.push(`the rows' max-scores add up to ${max}, max-score is ${String(value['max-score'])}`);
  return out;
}

const VISIBLE = ['visible', 'hidden', 'after_due_date', 'after_published'];
const FORMATS = ['text', 'html', 'md', 'ansi'];

/**
 * Gradescope's `results.json`: optional `score`, `execution_time`, `output`, `output_format`,
 * `visibility`, `stdout_visibility`; `tests` with `score`, `max_score`, `status` (passed|failed),
 * `name`, optional `output`, `visibility`. Scores may be fractional.
 */
export function gradescopeProblems(value: unknown): string[] {
  if (!isObject(value)) return ['not a JSON object'];
  const out: string[] = [];
  if (value.score !== undefined && typeof value.score !== 'number') out.push('score is not a number');
  if (value.execution_time !== undefined && typeof value.execution_time !== 'number') out.push('execution_time is not a number');
  if (value.output !== undefined && typeof value.output !== 'string') out.push('output is not a string');
  if (value.output_format !== undefined && !FORMATS.includes(String(value.output_format))) out.push(`output_format ${String(value.output_format)}`);
  for (const key of ['visibility', 'stdout_visibility']) if (value[key] !== undefined && !VISIBLE.includes(String(value[key]))) out.push(`${key} ${String(value[key])}`);
  if (!Array.isArray(value.tests)) return [...out, 'tests is not an array'];
  value.tests.forEach((t: unknown, i) => {
    if (!isObject(t)) return void out.push(`tests[${i}] is not an object`);
    if (typeof t.name !== 'string' || t.name === '') out.push(`tests[${i}].name is not a non-empty string`);
    if (typeof t.score !== 'number' || typeof t.max_score !== 'number') out.push(`tests[${i}]: score or max_score is not a number`);
    else if (t.score < 0 || t.score > t.max_score) out.push(`tests[${i}].score is not within 0…max_score`);
    if (t.status !== 'passed' && t.status !== 'failed') out.push(`tests[${i}].status is ${String(t.status)}`);
    if (t.output !== undefined && typeof t.output !== 'string') out.push(`tests[${i}].output is not a string`);
    if (t.visibility !== undefined && !VISIBLE.includes(String(t.visibility))) out.push(`tests[${i}].visibility is ${String(t.visibility)}`);
  });
  return out;
}
