// @ts-check
// What `npm test` prints (scripts/test.mjs): from the records of the run (one per spec file, written by
// spec/harness/watchdog.ts's recorder) and the files that crashed or hung, a learner-sized summary —
// one line per exercise in number order, the first failure of the first unfinished one, the next command —
// and the closing lines of a run of one exercise. Plain JavaScript, like test.mjs, so it starts at once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLang } from '../core/detect-lang.mjs';
import { isLoopGuardMessage } from '../core/guard-mark.mjs';
import { exerciseState } from './exercise-state.mjs';
import { clip, foldChapters, HEIGHT, span, WIDTH, wrap } from './screen.mjs';

/** @typedef {{ name: string, state: string, message: string }} TestRecord */
/** @typedef {{ file: string, tests: TestRecord[], errors: string[] }} FileRecord */
/** @typedef {{ id: string, chapter: number, title: { en: string, ko: string }, file: string }} Exercise */
/** @typedef {'oom' | 'killed' | 'crashed' | 'hung'} Blame */

export const ko = detectLang() === 'ko';
/** @param {string} en @param {string} k */
export const say = (en, k) => (ko ? k : en);

/** The chapters of curriculum.json. @param {string} root @returns {import('./screen.mjs').Chapter[]} */
export function chaptersIn(root) {
  return JSON.parse(readFileSync(join(root, 'curriculum.json'), 'utf8')).chapters;
}

/** The exercises whose folder exists, in number order. @param {string} root @returns {Exercise[]} */
export function exercisesIn(root) {
  const curriculum = JSON.parse(readFileSync(join(root, 'curriculum.json'), 'utf8'));
  return curriculum.exercises.filter((/** @type {Exercise} */ e) => existsSync(join(root, 'spec', `${e.id}.spec.ts`)));
}

/** What a crash or hang means for the learner, in one line (npm test and progress). @param {Blame} blame @param {number} limit */
export function blameText(blame, limit) {
  switch (blame) {
    case 'oom':
      return say(
        'ran out of memory — a loop that keeps a new array every round (push, concat, a copy), endless or not?',
        '메모리가 바닥났습니다 — 반복할 때마다 새 배열을 쌓는 반복문(push, concat, 복사)일까요? 끝나는 반복문이어도 그렇습니다',
      );
    case 'killed':
      return say(
        'the process was killed while this exercise ran (process.exit or process.kill in your code?)',
        '이 연습을 실행하는 중에 프로세스가 끝났습니다 (코드에 process.exit나 process.kill이 있나요?)',
      );
    case 'crashed':
      return say('the test process crashed while this exercise ran', '이 연습을 실행하는 중에 테스트 프로세스가 비정상 종료했습니다');
    case 'hung':
      return say(
        `did not finish within ${limit} s and was stopped — an endless loop, endless recursion, or very slow rounds?`,
        `${limit}초 안에 끝나지 않아 중단했습니다 — 무한 루프, 끝없는 재귀, 또는 아주 느린 반복일까요?`,
      );
  }
}

/**
 * The state of one exercise, by exerciseState() (the runner's rule), except where npm test reads less:
 * a file that ran no test is "broken" whatever stopped it (its line says where it does not load), and
 * the file's own errors count only then. @param {FileRecord | undefined} record @param {Blame | undefined} blame
 * @returns {{ state: 'done' | 'failing' | 'not-started' | 'timeout' | 'broken' | 'missing', passed: number, total: number, failure?: { name: string, message: string } }}
 */
export function stateOf(record, blame) {
  if (blame || !record) return { state: blame ? 'broken' : 'missing', passed: 0, total: 0 };
  const total = record.tests.length;
  const failed = record.tests.filter((t) => t.state === 'failed');
  const passed = record.tests.filter((t) => t.state === 'passed').length;
  if (total === 0)
    return {
      state: 'broken',
      passed,
      total,
      failure: { name: say('loading the spec file', '스펙 파일 불러오기'), message: record.errors[0] ?? '' },
    };
  const state = /** @type {'done' | 'failing' | 'not-started' | 'timeout'} */ (
    exerciseState({ passed, total, failures: failed, errors: [] })
  );
  if (state === 'done') return { state, passed, total };
  return { state, passed, total, failure: { name: failed[0].name, message: failed[0].message } };
}

/** @param {string} text */
const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');
/**
 * "does not load", where (another exercise's file, which this one imports?) and the parser's words.
 * @param {string} id @param {string} error
 */
function doesNotLoad(id, error) {
  const text = plain(error);
  const file = /(\d\d-[a-z0-9-]+)\/[^/\s:]+\.ts:(\d+)/.exec(text);
  const where =
    file && file[1] !== id
      ? say(` (in ${file[1]}, which it imports)`, ` (이 연습이 import 하는 ${file[1]}에서)`)
      : file
        ? say(` (line ${file[2]})`, ` (${file[2]}번째 줄)`)
        : '';
  const line = `${say('does not load', '불러오지 못함')}${where}: ${loadWords(text)}`;
  return line.length > 110 ? `${line.slice(0, 109)}…` : line;
}

/** The parser's or loader's own words, one line. @param {string} text */
const loadWords = (text) =>
  /\[[A-Z_]+\]\s*(.+)/.exec(text)?.[1] ?? /ERROR: (.+)/.exec(text)?.[1] ?? text.split('\n').find((l) => l.trim()) ?? '';

/**
 * Why exercise `id`'s spec file could not load the learner's code, in the kata's words around the
 * compiler's (vite's "Transform failed with 1 error" is English whatever the learner reads).
 * `reportAbove`: vitest's own report was printed above (npm test -- NN), not folded away (npm test).
 * @param {string} id @param {string} error @param {boolean} reportAbove
 */
export function explainLoad(id, error, reportAbove) {
  const text = plain(error);
  const at = /(\d\d-[a-z0-9-]+)\/([^/\s:\]]+\.ts):(\d+)(?::(\d+))?/.exec(text);
  const words = loadWords(text).trim();
  if (at && at[1] !== id)
    return say(
      `${id} imports ${at[1]}, whose code does not load (${at[2]}, line ${at[3]}): ${words}. Fix ${at[1]} first: npm test -- ${at[1].slice(0, 2)}`,
      `import 한 ${at[1]}의 코드를 불러오지 못했습니다 (${at[2]} ${at[3]}번째 줄): ${words}. ${at[1]}부터 고치세요: npm test -- ${at[1].slice(0, 2)}`,
    );
  if (at && /PARSE_ERROR|SyntaxError|Transform failed/.test(text)) {
    const place = say(`line ${at[3]}${at[4] ? `, column ${at[4]}` : ''}`, `${at[3]}번째 줄${at[4] ? ` ${at[4]}번째 글자` : ''}`);
    const report = reportAbove
      ? say(" The compiler's own report is above.", ' 위의 영어 메시지는 컴파일러가 낸 보고입니다.')
      : say(
          ` npm test -- ${id.slice(0, 2)} shows the compiler's own report.`,
          ` 컴파일러가 낸 보고는 npm test -- ${id.slice(0, 2)}에서 보입니다.`,
        );
    return say(
      `exercises/${at[1]}/${at[2]} does not parse at ${place}: ${words}. A syntax error: look there and just before it for a bracket, quote or comma missing or extra.${report}`,
      `exercises/${at[1]}/${at[2]}의 ${place}에서 코드를 읽을 수 없습니다: ${words}. 문법 오류입니다. 그 자리와 바로 앞에서 괄호, 따옴표, 쉼표가 빠졌거나 남는지 보세요.${report}`,
    );
  }
  return say(`the spec file could not load your code: ${words}`, `스펙 파일이 코드를 불러오지 못했습니다: ${words}`);
}

/**
 * The summary of a whole run, on one screen (80×24, scripts/lib/runner/screen.mjs): the chapters folded, the
 * chapter of the next exercise open, the first failure of that exercise in the lines left.
 * @param {Exercise[]} exercises @param {Map<string, FileRecord>} records @param {Map<string, Blame>} blamed @param {number} limit
 * @param {import('./screen.mjs').Chapter[]} chapters
 */
export function summary(exercises, records, blamed, limit, chapters) {
  const lang = ko ? 'ko' : 'en';
  const width = Math.max(...exercises.map((e) => e.id.length));
  const states = exercises.map((e) => ({ e, ...stateOf(records.get(e.id), blamed.get(e.id)) }));
  const next = states.find((s) => s.state !== 'done');
  const rows = states.map(({ e, state, passed, total }) => {
    const what = {
      done: ['✓', say(`done (${total} tests)`, `완료 (테스트 ${total}개)`)],
      failing: ['✗', say(`${passed} of ${total} tests pass`, `테스트 ${total}개 중 ${passed}개 통과`)],
      'not-started': ['·', say('not started', '시작 전')],
      // The loop guard's own first line says whether it was memory, slow rounds or an endless loop.
      timeout: [
        '⏱',
        plain(records.get(e.id)?.tests.find((t) => t.state === 'failed' && isLoopGuardMessage(t.message))?.message ?? '').split('\n')[0] ||
          blameText('hung', limit),
      ],
      broken: [
        '!',
        blamed.has(e.id)
          ? blameText(/** @type {Blame} */ (blamed.get(e.id)), limit)
          : doesNotLoad(e.id, records.get(e.id)?.errors[0] ?? ''),
      ],
      missing: ['?', say('no result: the run ended before this file', '결과 없음: 이 파일 전에 실행이 끝났습니다')],
    }[state];
    return { id: e.id, chapter: e.chapter, state, line: `${what[0]} ${e.id.padEnd(width)}  ${what[1]}` };
  });
  const done = states.filter((s) => s.state === 'done').length;
  // The lines besides the chapters and the failure: title, blank, Next, First failure, run it, blank, total.
  const fixed = next ? 7 : 4;
  const chapterLines = foldChapters(chapters, rows, next?.e.id, HEIGHT - fixed - 4, (chapter, list, folded) =>
    chapterHead(chapter, list, folded, lang),
  );
  const lines = [say('Deep-learning kata — npm test', '딥러닝 카타 — npm test'), ...chapterLines, ''];
  if (!next) {
    lines.push(
      say(`All ${exercises.length} exercises pass. Well done!`, `연습 ${exercises.length}개를 모두 통과했습니다. 수고하셨습니다!`),
    );
  } else {
    const n = next.e.id.slice(0, 2);
    const room = HEIGHT - fixed - chapterLines.length + 1; // the failure's name and message
    lines.push(clip(`${say('Next', '다음')}: ${next.e.id} — ${next.e.title[lang]}  (exercises/${next.e.file})`));
    if (next.state === 'not-started') {
      lines.push(
        ...wrap(
          say(
            `Read exercises/${next.e.id}/README.md, then replace the \`throw\` in the stub with your code.`,
            `exercises/${next.e.id}/README.ko.md 를 읽고 스텁의 \`throw\`를 내 코드로 바꾸세요.`,
          ),
          WIDTH,
          '  ',
        ).slice(0, room),
      );
    } else if (next.failure) {
      // A file that does not load is told in the kata's words first; the compiler's follow.
      const loadError = next.state === 'broken' && !blamed.has(next.e.id);
      const text = loadError ? `${explainLoad(next.e.id, next.failure.message, false)}\n${next.failure.message}` : next.failure.message;
      // The hint command is on the last line already: "Stuck? npm run hint" would say it twice.
      const message = plain(text)
        .split('\n')
        .filter((l) => l.trim() && !/^\s+at /.test(l) && !/^(?:Stuck\?|막혔다면) npm run hint/.test(l.trim()));
      const wrapped = message.flatMap((l) => wrap(l.trim(), WIDTH, '    '));
      const shown =
        wrapped.length <= room - 1
          ? wrapped
          : [...wrapped.slice(0, room - 2), say(`    … (npm test -- ${n} shows all of it)`, `    … (전체는 npm test -- ${n})`)];
      lines.push(clip(`  ${say('First failure', '첫 실패')}: ${next.failure.name}`), ...shown);
    }
    lines.push(
      `  ${say('run it', '실행')}: npm test -- ${n}   ${say('hint', '힌트')}: npm run hint -- ${n}   ${say('all output', '전체 출력')}: --verbose`,
    );
  }
  lines.push('', say(`${done} passed, ${exercises.length - done} failed`, `통과 ${done}, 실패 ${exercises.length - done}`));
  return lines.join('\n');
}

/**
 * A chapter's line: folded, its state in a few words; open, its name over its exercises.
 * @param {import('./screen.mjs').Chapter} chapter @param {import('./screen.mjs').Row[]} list @param {boolean} folded @param {'en' | 'ko'} lang
 */
export function chapterHead(chapter, list, folded, lang) {
  const done = list.filter((r) => r.state === 'done').length;
  const name = `${say(`Chapter ${chapter.number}`, `${chapter.number}장`)} · ${chapter.title[lang]} (${span(list)})`;
  if (done === list.length) return `✓ ${name}: ${say(`all ${list.length} done`, `${list.length}개 모두 완료`)}`;
  if (list.every((r) => r.state === 'not-started')) return `· ${name}: ${say('not started', '시작 전')}`;
  const trouble = list.filter((r) => r.state !== 'done' && r.state !== 'not-started').map((r) => r.id.slice(0, 2));
  const count = say(`${done} of ${list.length} done`, `${list.length}개 중 ${done}개 완료`);
  return folded
    ? `✗ ${name}: ${count}${trouble.length ? say(`; to fix: ${trouble.join(', ')}`, `; 고칠 것: ${trouble.join(', ')}`) : ''}`
    : `${name}: ${count}`;
}

/**
 * After `npm test -- NN`: what happened to files that crashed or hung, and, when all passed, the next
 * exercise not started yet (its stub still throws "not implemented").
 * @param {string} root @param {Exercise[]} exercises @param {Exercise[]} ran @param {Map<string, FileRecord>} records @param {Map<string, Blame>} blamed @param {number} limit
 */
export function closing(root, exercises, ran, records, blamed, limit) {
  const lines = [];
  for (const e of ran) {
    const blame = blamed.get(e.id);
    if (blame) lines.push(`✗ ${e.id}: ${blameText(blame, limit)} ${say('Fix it, then', '고친 뒤')} npm test -- ${e.id.slice(0, 2)}`);
    else if (!records.has(e.id))
      lines.push(`? ${e.id}: ${say('no result: the run ended before this file', '결과 없음: 이 파일 전에 실행이 끝났습니다')}`);
    else if (records.get(e.id)?.tests.length === 0)
      lines.push(`\n✗ ${e.id}: ${explainLoad(e.id, records.get(e.id)?.errors[0] ?? '', true)}`);
  }
  const allDone = ran.every((e) => stateOf(records.get(e.id), blamed.get(e.id)).state === 'done');
  if (allDone && ran.length > 0) {
    const last = exercises.indexOf(ran[ran.length - 1]);
    const tree = process.env.KATA_TARGET || join(root, 'exercises');
    const isStub = (/** @type {Exercise} */ e) =>
      existsSync(join(tree, e.file)) && readFileSync(join(tree, e.file), 'utf8').includes("throw new Error('not implemented");
    const passes = say(
      `\n✓ ${ran.map((e) => e.id).join(', ')} pass${ran.length === 1 ? 'es' : ''}.`,
      `\n✓ ${ran.map((e) => e.id).join(', ')} 통과.`,
    );
    const next = exercises.slice(last + 1).find(isStub);
    // Nothing later left to start: an earlier exercise may still be a stub (24 done while 17–20 are not).
    const earlier = next ? [] : exercises.slice(0, last).filter((e) => !ran.includes(e) && isStub(e));
    const first = next ?? earlier[0];
    if (first) {
      const others =
        earlier.length > 1
          ? say(
              ` Not started yet: ${earlier.map((e) => e.id.slice(0, 2)).join(', ')}.`,
              ` 아직 시작하지 않은 연습: ${earlier.map((e) => e.id.slice(0, 2)).join(', ')}.`,
            )
          : '';
      lines.push(
        `${passes}${others} ${say(`Next: ${first.id} — ${first.title.en}`, `다음: ${first.id} — ${first.title.ko}`)}: npm test -- ${first.id.slice(0, 2)}`,
      );
    } else {
      lines.push(
        `${passes} ${say('Every other exercise is started; npm test shows where each stands.', '다른 연습은 모두 시작했습니다. 각각의 상태는 npm test 로 보세요.')}`,
      );
    }
  }
  return lines.join('\n');
}
