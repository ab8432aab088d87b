// The documented shapes of what the platforms read (../shared/notes/platforms.md; for Classroom 50, its
// result-v1.schema.json and runner.py's validate_result), as checks that name every problem: verify
// validates the files each bundle writes against them. Written from the platforms' descriptions, not
// from our own writers, so a writer that drifts is caught.

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The top-level keys of classroom50/result/v1 (result-v1.schema.json has additionalProperties: false). */
export const CLASSROOM50_REQUIRED = [
  'schema',
  'classroom',
  'assignment',
  'assignment_type',
  'owner',
  'submission',
  'commit',
  'release',
  'review',
  'datetime',
  'score',
  'max-score',
  'tests',
] as const;
const CLASSROOM50_OPTIONAL = ['graded_at', 'submitted_by'];
/** The commit-status states a `status=` line may carry (the commit-status API refuses anything else). */
export const CLASSROOM50_STATES = ['success', 'failure', 'error'];
const TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/;

/**
 * Classroom 50's `result.json`, against the facts of its schema (result-v1.schema.json) and of the
 * runner's validate_result: every required key and no other top-level key; `schema` the constant;
 * non-empty strings; `submission` under submit/; `datetime` (and `graded_at`) as YYYY-MM-DDTHH:MM:SSZ;
 * `assignment_type` individual|group|team; `score` and `max-score` JSON integers ≥ 0 (not booleans, not
 * 2.5) with score ≤ max-score; each row an object with a non-empty `test-name`, a boolean `passed`
 * (1/0 is refused), integer `score` ≤ `max-score`. Ours besides: the rows add up to the totals.
 */
export function classroom50Problems(value: unknown): string[] {
  if (!isObject(value)) return ['not a JSON object'];
  const out: string[] = [];
  for (const key of CLASSROOM50_REQUIRED) if (!(key in value)) out.push(`${key} is missing`);
  for (const key of Object.keys(value))
    if (!(CLASSROOM50_REQUIRED as readonly string[]).includes(key) && !CLASSROOM50_OPTIONAL.includes(key))
      out.push(`${key} is not a key of classroom50/result/v1 (no other top-level key is allowed)`);
  if ('schema' in value && value.schema !== 'classroom50/result/v1') out.push(`schema is ${JSON.stringify(value.schema)}`);
  for (const key of ['classroom', 'assignment', 'owner', 'commit', 'release', 'review'])
    if (key in value && (typeof value[key] !== 'string' || value[key] === '')) out.push(`${key} is not a non-empty string`);
  if ('submission' in value && (typeof value.submission !== 'string' || !value.submission.startsWith('submit/')))
    out.push('submission is not a submit/… string');
  for (const key of ['datetime', 'graded_at'])
    if (key in value && (typeof value[key] !== 'string' || !TIME.test(value[key] as string)))
      out.push(`${key} is not YYYY-MM-DDTHH:MM:SSZ`);
  if ('assignment_type' in value && !['individual', 'group', 'team'].includes(String(value.assignment_type)))
    out.push(`assignment_type is ${JSON.stringify(value.assignment_type)}`);
  const integer = (x: unknown, what: string) => {
    if (isInt(x) && x >= 0) return true;
    out.push(`${what} is not a non-negative integer (${JSON.stringify(x)})`);
    return false;
  };
  if (integer(value.score, 'score') && integer(value['max-score'], 'max-score') && (value.score as number) > (value['max-score'] as number))
    out.push(`score ${String(value.score)} > max-score ${String(value['max-score'])}`);
  if (!Array.isArray(value.tests) || value.tests.length === 0) return [...out, 'tests is not a non-empty array'];
  let sum = 0;
  let max = 0;
  value.tests.forEach((t: unknown, i) => {
    if (!isObject(t)) return void out.push(`tests[${i}] is not an object`);
    if (typeof t['test-name'] !== 'string' || t['test-name'] === '') out.push(`tests[${i}].test-name is not a non-empty string`);
    if (typeof t.passed !== 'boolean') out.push(`tests[${i}].passed is not a boolean (${JSON.stringify(t.passed)})`);
    if (integer(t.score, `tests[${i}].score`) && integer(t['max-score'], `tests[${i}].max-score`)) {
      if ((t.score as number) > (t['max-score'] as number))
        out.push(`tests[${i}].score ${String(t.score)} > max-score ${String(t['max-score'])}`);
      sum += t.score as number;
      max += t['max-score'] as number;
    }
  });
  if (sum !== value.score) out.push(`the rows' scores add up to ${sum}, score is ${String(value.score)}`);
  if (max !== value['max-score']) out.push(`the rows' max-scores add up to ${max}, max-score is ${String(value['max-score'])}`);
  return out;
}

/** The `status=` lines an autograder wrote to $GITHUB_OUTPUT: none, or only success|failure|error. */
export function classroom50OutputProblems(githubOutput: string): string[] {
  return githubOutput
    .split('\n')
    .filter((l) => l.startsWith('status='))
    .map((l) => l.slice('status='.length).trim())
    .filter((s) => !CLASSROOM50_STATES.includes(s))
    .map((s) => `status=${s} is not a commit-status state (success, failure, error)`);
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
  if (value.output_format !== undefined && !FORMATS.includes(String(value.output_format)))
    out.push(`output_format ${String(value.output_format)}`);
  for (const key of ['visibility', 'stdout_visibility'])
    if (value[key] !== undefined && !VISIBLE.includes(String(value[key]))) out.push(`${key} ${String(value[key])}`);
  if (!Array.isArray(value.tests)) return [...out, 'tests is not an array'];
  value.tests.forEach((t: unknown, i) => {
    if (!isObject(t)) return void out.push(`tests[${i}] is not an object`);
    if (typeof t.name !== 'string' || t.name === '') out.push(`tests[${i}].name is not a non-empty string`);
    if (typeof t.score !== 'number' || typeof t.max_score !== 'number') out.push(`tests[${i}]: score or max_score is not a number`);
    else if (t.score < 0 || t.score > t.max_score) out.push(`tests[${i}].score is not within 0…max_score`);
    if (t.status !== 'passed' && t.status !== 'failed') out.push(`tests[${i}].status is ${String(t.status)}`);
    if (t.output !== undefined && typeof t.output !== 'string') out.push(`tests[${i}].output is not a string`);
    if (t.visibility !== undefined && !VISIBLE.includes(String(t.visibility)))
      out.push(`tests[${i}].visibility is ${String(t.visibility)}`);
  });
  return out;
}
