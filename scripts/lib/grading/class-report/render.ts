// The class report (model.ts) as Markdown and as one self-contained HTML page: no network, inline CSS
// and SVG and one small inline script (render-students.ts), so it opens from a file, prints, and can be
// mailed. In the grader's language. From the top: the heat map, the students (needs help first), the
// misconceptions ranked by root causes, the exercises, each exercise's section, similar submissions.
import { type ClassSummary, type ExerciseSummary, histogram, median } from './model.ts';
import {
  esc,
  heatMapHtml,
  misconceptionsHtml,
  similarityHtml,
  STUDENT_CSS,
  STUDENT_SCRIPT,
  studentsHtml,
  studentsMarkdown,
} from './render-students.ts';
import type { Say } from '../../core/language.ts';

const pct = (n: number, of: number) => (of === 0 ? '–' : `${Math.round((100 * n) / of)}%`);
const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const fixed1 = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const names = (list: readonly string[], max = 8) =>
  list.length > max ? `${list.slice(0, max).join(', ')} … (+${list.length - max})` : list.join(', ');

// ── Markdown ──────────────────────────────────────────────────────────────────────────────────────
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function classReportMarkdown(c: ClassSummary, say: Say, when: string): string {
  const out = [
    `# ${say('Class report', '반 보고서')} — ${c.view.length} ${say('students', '명')}`,
    '',
    `${say('Graded', '채점')} ${when} · ${say('total', '합계')}: ${say('mean', '평균')} ${fixed1(mean(c.totals))}/${c.max}, ${say('median', '중앙값')} ${fixed1(median(c.totals))}`,
    '',
    `| ${say('exercise', '연습')} | ${say('mean', '평균')} | ${say('full points', '만점')} | ${say('not started', '시작 전')} | ${say('most common named mistake', '가장 흔한 실수')} | ${say('unexplained wrong answers', '설명되지 않은 오답')} |`,
    '|---|---|---|---|---|---|',
    ...c.exercises.map(
      (e) =>
        `| ${e.id} | ${fixed1(mean(e.points))}/${e.max} | ${e.full} (${pct(e.full, c.students.length)}) | ${e.notStarted} | ${topMistake(e) ? `\`${topMistake(e)!.id}\` (${topMistake(e)!.students.length})` : '–'}${e.knockOns ? ` · ${say(`${e.knockOns} knock-on(s)`, `여파 ${e.knockOns}`)}` : ''} | ${e.unexplained.reduce((s, g) => s + g.students.length, 0)} |`,
    ),
  ];
  out.push('', ...studentsMarkdown(c, say));
  for (const e of c.exercises) out.push('', ...exerciseMarkdown(e, c.students.length, say));
  return `${out.join('\n')}\n`;
}

function exerciseMarkdown(e: ExerciseSummary, n: number, say: Say): string[] {
  const spread = histogram(e.points, e.max)
    .map((count, p) => [p, count] as const)
    .filter(([, count]) => count > 0);
  const lines = [
    `## ${e.id} — ${e.title}`,
    '',
    `${say('Points', '점수')}: ${spread.map(([p, count]) => `${p}/${e.max} × ${count}`).join(', ')}`,
    '',
    `| ${say('test', '테스트')} | ${say('passed', '통과')} |`,
    '|---|---|',
    ...e.tests.map(
      (t) => `| ${t.heldOut ? `${say('held-out', '비공개')} · ` : ''}${cell(t.name)} | ${t.passed}/${t.ran} (${pct(t.passed, t.ran)}) |`,
    ),
  ];
  if (e.mistakes.length > 0) {
    lines.push(
      '',
      `**${say('Named mistakes', '이름 붙은 실수')}**`,
      '',
      `| id | ${say('students', '학생')} | ${say('what the learner was told', '학습자가 본 설명')} |`,
      '|---|---|---|',
    );
    for (const m of e.mistakes)
      lines.push(
        `| \`${m.id}\` | ${m.students.length} (${pct(m.students.length, n)}): ${cell(names(m.students))}${m.knockOns.length ? ` · ${say('knock-ons', '여파')} ${m.knockOns.length}: ${cell(names(m.knockOns.map((k) => k.student)))}` : ''} | ${cell(m.text)} |`,
      );
  }
  if (e.unexplained.length > 0) {
    lines.push(
      '',
      `**${say('Wrong answers no named mistake explains (grouped by their answers on the same inputs)', '이름 붙은 실수로 설명되지 않는 오답 (같은 입력에 대한 답으로 묶음)')}**`,
      '',
    );
    e.unexplained.forEach((g, i) => {
      lines.push(`${i + 1}. ${g.students.length} ${say('student(s)', '명')}: ${cell(names(g.students))}`);
      for (const p of g.probes.slice(0, 3))
        lines.push(
          `   - \`${cell(p.name)}\`: ${say('theirs', '학생')} ${cell(p.received)}, ${say('expected', '기대')} ${cell(p.expected)}`,
        );
    });
  }
  return lines;
}

/** The most common named mistake of an exercise among students for whom it is a cause (knock-ons aside). */
const topMistake = (e: ExerciseSummary) => e.mistakes.find((m) => m.students.length > 0);

// ── HTML ──────────────────────────────────────────────────────────────────────────────────────────

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:68rem;padding:0 1rem;color:#1d232a}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2.2rem;border-top:1px solid #d6dbe0;padding-top:1rem}
table{border-collapse:collapse;margin:.6rem 0;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eceff2;vertical-align:top}
th{font-weight:600;background:#f5f7f9}code{font-size:.92em;background:#f1f3f5;padding:0 .25em;border-radius:3px}
.bar{display:inline-block;height:.7em;background:#3b82c4;border-radius:2px;vertical-align:middle;margin-right:.4em}
.low{background:#d9534f}.mid{background:#e0a030}.count{background:#8a94a0}.rate{white-space:nowrap}.held{color:#6a4fb3}.muted{color:#68737d}.grid{display:grid;grid-template-columns:minmax(14rem,22rem) 1fr;gap:1.5rem;align-items:start}
svg text{font:11px system-ui,sans-serif;fill:#444}.not-graded{color:#b02a25}
${STUDENT_CSS}`;

/** A bar of `n` of `of`; `good` colours it by how well the class does (a low pass rate in red). */
function rateBar(n: number, of: number, good = true): string {
  const share = of === 0 ? 0 : n / of;
  const kind = !good ? ' count' : share < 0.5 ? ' low' : share < 0.8 ? ' mid' : '';
  return `<span class="rate"><span class="bar${kind}" style="width:${Math.round(share * 6)}em"></span>${n}/${of} (${pct(n, of)})</span>`;
}

/** Bars of how many students have each number of points, 0 … max. */
function histogramSvg(e: ExerciseSummary, say: Say): string {
  const counts = histogram(e.points, e.max);
  const top = Math.max(1, ...counts);
  const w = 300;
  const h = 110;
  const step = w / counts.length;
  const bars = counts.map((c, p) => {
    const bh = (c / top) * (h - 30);
    const x = p * step;
    return `<rect class="bin" data-points="${p}" data-count="${c}" x="${(x + 1).toFixed(1)}" y="${(h - 16 - bh).toFixed(1)}" width="${Math.max(1, step - 2).toFixed(1)}" height="${bh.toFixed(1)}" fill="${p === e.max ? '#3a9a5b' : '#3b82c4'}"><title>${p}/${e.max}: ${c}</title></rect>${c > 0 ? `<text x="${(x + step / 2).toFixed(1)}" y="${(h - 19 - bh).toFixed(1)}" text-anchor="middle">${c}</text>` : ''}`;
  });
  return `<svg class="histogram" role="img" aria-label="${esc(say(`points of ${e.id}`, `${e.id} 점수 분포`))}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${bars.join('')}<text x="0" y="${h - 2}">0</text><text x="${w}" y="${h - 2}" text-anchor="end">${e.max}</text></svg>`;
}

export function classReportHtml(c: ClassSummary, say: Say, when: string, lang: string): string {
  const n = c.students.length;
  const overview = c.exercises.map(
    (e) =>
      `<tr><td><a href="#${e.id}">${e.id}</a> ${esc(e.title)}</td><td>${fixed1(mean(e.points))}/${e.max}</td><td>${rateBar(e.full, n)}</td><td>${e.notStarted}</td><td>${topMistake(e) ? `<code>${esc(topMistake(e)!.id)}</code> (${topMistake(e)!.students.length})` : '–'}${e.knockOns ? ` <span class="muted">· ${esc(say(`${e.knockOns} knock-on(s)`, `여파 ${e.knockOns}`))}</span>` : ''}</td><td>${e.unexplained.reduce((s, g) => s + g.students.length, 0)}</td></tr>`,
  );
  const sections = c.exercises.map((e) => {
    const tests = e.tests.map(
      (t) =>
        `<tr class="test${t.heldOut ? ' held' : ''}"><td>${t.heldOut ? `${esc(say('held-out', '비공개'))} · ` : ''}${esc(t.name)}</td><td>${rateBar(t.passed, t.ran)}</td></tr>`,
    );
    const mistakes =
      e.mistakes.length === 0
        ? ''
        : `<h3>${esc(say('Named mistakes', '이름 붙은 실수'))}</h3><table class="mistakes"><tr><th>id</th><th>${esc(say('students', '학생'))}</th><th>${esc(say('what the learner was told', '학습자가 본 설명'))}</th></tr>${e.mistakes
            .map(
              (m) =>
                `<tr class="mistake" data-id="${esc(m.id)}" data-count="${m.students.length}"><td><code>${esc(m.id)}</code></td><td>${rateBar(m.students.length, n, false)}<div class="muted">${esc(names(m.students, 12))}</div>${
                  m.knockOns.length
                    ? `<div class="knock-ons muted">${esc(say(`+ ${m.knockOns.length} knock-on(s), following from ${[...new Set(m.knockOns.flatMap((k) => k.from))].join(', ')}`, `+ 여파 ${m.knockOns.length}, ${[...new Set(m.knockOns.flatMap((k) => k.from))].join(', ')}에서 비롯됨`))}: ${esc(
                        names(
                          m.knockOns.map((k) => k.student),
                          12,
                        ),
                      )}</div>`
                    : ''
                }</td><td>${esc(m.text)}</td></tr>`,
            )
            .join('')}</table>`;
    const groups =
      e.unexplained.length === 0
        ? ''
        : `<h3>${esc(say('Wrong answers no named mistake explains', '이름 붙은 실수로 설명되지 않는 오답'))}</h3><p class="muted">${esc(say('Grouped by what they return on the same fixed inputs, largest group first.', '같은 고정 입력에 대한 답으로 묶었고, 큰 묶음부터 보입니다.'))}</p><table class="groups"><tr><th>${esc(say('students', '학생'))}</th><th>${esc(say('input', '입력'))}</th><th>${esc(say('theirs', '학생의 답'))}</th><th>${esc(say('expected', '기대값'))}</th></tr>${e.unexplained
            .map(
              (g) =>
                `<tr class="group" data-count="${g.students.length}"><td rowspan="${Math.min(3, g.probes.length)}"><b>${g.students.length}</b><div class="muted">${esc(names(g.students, 12))}</div></td>${g.probes
                  .slice(0, 3)
                  .map(
                    (p, i) =>
                      `${i > 0 ? '<tr>' : ''}<td><code>${esc(p.name)}</code></td><td>${esc(p.received)}</td><td>${esc(p.expected)}</td></tr>`,
                  )
                  .join('')}`,
            )
            .join('')}</table>`;
    return `<section id="${e.id}" class="exercise"><h2>${e.id} — ${esc(e.title)}</h2><div class="grid"><div>${histogramSvg(e, say)}<p>${esc(say('mean', '평균'))} ${fixed1(mean(e.points))}/${e.max} · ${esc(say('median', '중앙값'))} ${fixed1(median(e.points))} · ${esc(say('full points', '만점'))} ${e.full}/${n}</p></div><table class="tests"><tr><th>${esc(say('test', '테스트'))}</th><th>${esc(say('passed', '통과'))}</th></tr>${tests.join('')}</table></div>${mistakes}${groups}</section>`;
  });
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(say('Class report', '반 보고서'))} — ${c.view.length}</title><style>${CSS}</style></head><body>
<h1>${esc(say('Class report', '반 보고서'))} — ${c.view.length} ${esc(say('students', '명'))}</h1>
<p class="muted">${esc(say('Graded', '채점'))} ${esc(when)} · ${esc(say('total', '합계'))}: ${esc(say('mean', '평균'))} ${fixed1(mean(c.totals))}/${c.max}, ${esc(say('median', '중앙값'))} ${fixed1(median(c.totals))}</p>
${heatMapHtml(c, say)}
${studentsHtml(c, say)}
${misconceptionsHtml(c, say)}
<h2>${esc(say('Exercises', '연습'))}</h2>
<table class="overview"><tr><th>${esc(say('exercise', '연습'))}</th><th>${esc(say('mean', '평균'))}</th><th>${esc(say('full points', '만점'))}</th><th>${esc(say('not started', '시작 전'))}</th><th>${esc(say('most common named mistake', '가장 흔한 실수'))}</th><th>${esc(say('unexplained', '설명 안 됨'))}</th></tr>${overview.join('')}</table>
${sections.join('\n')}
${similarityHtml(c, say)}
<script>${STUDENT_SCRIPT}</script>
</body></html>
`;
}
