// The class report's parts about students (render.ts puts them around the per-exercise sections): the
// heat map students × exercises, the student view (sortable; a click on a name opens that student's
// failures with the messages they saw), the misconceptions ranked by root causes, and the similar pairs.
// HTML: inline SVG and CSS, and one small inline script (sorting, opening a student); without the
// script the table is in the "needs help first" order and every student's details still open by hand.
import type { ClassSummary } from './model.ts';
import type { SimilarPair } from './similarity.ts';
import type { Cell, CellState, StudentSummary } from './students.ts';
import type { Say } from '../../core/language.ts';

export const esc = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[ch]};`);
const md = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const pct = (x: number) => `${Math.round(100 * x)}%`;
const short = (id: string) => id.slice(0, 2);

/** Colours of the states; a knock-on is drawn in the pale colour of "follows". */
export const COLOURS: Record<CellState | 'follows', string> = {
  passed: '#3a9a5b',
  points: '#e0a030',
  mistake: '#d9534f',
  'not-started': '#d6dbe0',
  syntax: '#7b3fa0',
  timeout: '#1f4e79',
  memory: '#0f7a7a',
  crash: '#6b3a2a',
  tampered: '#e83e8c',
  'not-graded': '#3d4349',
  follows: '#f2c4c2',
};

function stateWords(say: Say): Record<CellState | 'follows', string> {
  return {
    passed: say('full points', '만점'),
    points: say('some points, no named mistake', '일부 점수, 이름 붙은 실수 없음'),
    mistake: say('a named mistake', '이름 붙은 실수'),
    'not-started': say('not started', '시작 전'),
    syntax: say('does not parse', '구문 오류'),
    timeout: say('did not finish', '끝나지 않음'),
    memory: say('ran out of memory', '메모리 부족'),
    crash: say('throws while loading', '불러오는 중 오류'),
    tampered: say('tampered', '변경됨'),
    'not-graded': say('not graded', '채점하지 않음'),
    follows: say('follows from an earlier exercise', '앞 연습에서 비롯됨'),
  };
}

const shade = (c: Cell) => (c.follows.length > 0 ? 'follows' : c.state);
const followsText = (c: Cell, say: Say) =>
  c.follows.length > 0 ? say(`follows from ${c.follows.map(short).join(', ')}`, `${c.follows.map(short).join(', ')}에서 비롯됨`) : '';
/** What a cell says; a knock-on keeps its points and where it follows from (its mistake's id is in the tooltip). */
const cellText = (c: Cell, say: Say) =>
  [c.follows.length > 0 && c.state === 'mistake' ? `${c.points}/${c.max}` : c.label, followsText(c, say)].filter(Boolean).join(' · ');

// ── HTML ──────────────────────────────────────────────────────────────────────────────────────────

export const STUDENT_CSS = `.scroll{overflow-x:auto}.heatmap{max-width:100%;height:auto}.legend span{display:inline-block;margin-right:.9rem;white-space:nowrap}.legend i{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:.3em;vertical-align:-.1em}
table.students th{cursor:pointer}table.students td.cell{font-size:.85em;white-space:nowrap;border-left:3px solid transparent}td.cell.follows{color:#8a5a58}
details.student{margin:.4rem 0;border:1px solid #e3e7eb;border-radius:4px;padding:.3rem .6rem}details.student summary{cursor:pointer;font-weight:600}details.student li{margin:.2rem 0}details.student pre{white-space:pre-wrap;margin:.1rem 0 .4rem;font-size:.85em;background:#f7f8fa;padding:.3rem}
.pair{border:1px solid #e3e7eb;border-radius:4px;margin:.8rem 0;padding:.5rem .7rem}.sides{display:grid;grid-template-columns:1fr 1fr;gap:.6rem}.sides pre{margin:0;font-size:.8em;background:#fff8e6;padding:.3rem;overflow:auto}.notice{background:#f5f7f9;border-left:4px solid #8a94a0;padding:.4rem .7rem}`;

/** The heat map: a row per student (needs help first), a column per exercise, the colour of each cell's state. */
export function heatMapSvg(c: ClassSummary, say: Say): string {
  const ids = c.exercises.map((e) => e.id);
  const cw = 26;
  const ch = 18;
  const left = Math.min(220, 40 + 7 * Math.max(8, ...c.view.map((s) => [...s.name].length)));
  const top = 22;
  const w = left + cw * ids.length + 4;
  const h = top + ch * c.view.length + 4;
  const heads = ids.map((id, j) => `<text x="${left + j * cw + cw / 2}" y="${top - 7}" text-anchor="middle">${short(id)}</text>`).join('');
  const rows = c.view
    .map((s, i) => {
      const y = top + i * ch;
      const cells = s.cells
        .map(
          (cell, j) =>
            `<rect class="heat" data-student="${esc(s.name)}" data-exercise="${cell.id}" data-state="${cell.state}" data-follows="${cell.follows.join(' ')}" x="${left + j * cw + 1}" y="${y + 1}" width="${cw - 2}" height="${ch - 2}" rx="2" fill="${COLOURS[shade(cell)]}"><title>${esc(`${s.name} · ${cell.id}: ${cellText(cell, say)}${cell.detail ? ` — ${cell.detail}` : ''}`)}</title></rect>`,
        )
        .join('');
      return `<a href="#student-${i + 1}"><text x="${left - 6}" y="${y + ch - 5}" text-anchor="end">${esc(s.name)}</text></a>${cells}`;
    })
    .join('');
  return `<svg class="heatmap" role="img" aria-label="${esc(say('heat map: students × exercises', '히트맵: 학생 × 연습'))}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${heads}${rows}</svg>`;
}

function legend(say: Say): string {
  const words = stateWords(say);
  return `<p class="legend">${(Object.keys(COLOURS) as (keyof typeof COLOURS)[]).map((k) => `<span><i style="background:${COLOURS[k]}"></i>${esc(words[k])}</span>`).join('')}</p>`;
}

function studentRow(s: StudentSummary, i: number, say: Say): string {
  const cells = s.cells
    .map(
      (c) =>
        `<td class="cell${c.follows.length ? ' follows' : ''}" data-exercise="${c.id}" data-state="${c.state}" data-follows="${c.follows.join(' ')}" style="border-left-color:${COLOURS[shade(c)]}" title="${esc(c.detail)}">${esc(cellText(c, say))}${c.state === 'not-graded' && s.notGraded === undefined && c.detail ? `<div class="muted reason">${esc(c.detail)}</div>` : ''}</td>`,
    )
    .join('');
  const share = s.notGraded !== undefined ? '–' : s.attempted === 0 ? say('nothing tried', '시도 없음') : pct(s.share);
  return `<tr class="student" data-student="${esc(s.name)}" data-total="${s.total}" data-share="${s.notGraded !== undefined ? -1 : s.share.toFixed(4)}" data-unexplained="${s.unexplained}"${s.notGraded !== undefined ? ` data-not-graded="${esc(s.notGraded)}"` : ''}><td data-sort="${i}">${i + 1}</td><td data-sort="${esc(s.name)}"><a class="open" href="#student-${i + 1}">${esc(s.name)}</a>${s.identity ? `<div class="muted">${esc(s.identity)}</div>` : ''}${s.notGraded !== undefined ? `<div class="not-graded">${esc(say('not graded', '채점하지 않음'))}: ${esc(s.notGraded)}</div>` : ''}${s.tampered.length ? `<div class="muted">${esc(say('tampered', '변경됨'))}: ${esc(s.tampered.join(', '))}</div>` : ''}</td><td data-sort="${s.total}">${s.notGraded !== undefined ? '–' : `${s.total}/${s.max}`}</td><td data-sort="${s.notGraded !== undefined ? -1 : s.share.toFixed(4)}">${share}</td><td data-sort="${s.unexplained}">${s.unexplained}</td>${cells}</tr>`;
}

function studentDetails(s: StudentSummary, i: number, say: Say): string {
  const list =
    s.notGraded !== undefined
      ? `<p>${esc(say('not graded', '채점하지 않음'))}: ${esc(s.notGraded)}</p>`
      : s.failures.length === 0
        ? `<p>${esc(say('No failure.', '실패 없음.'))}</p>`
        : `<ul>${s.failures
            .map(
              (f) =>
                `<li><b>${f.exercise}</b> · ${esc(f.test)}${(() => {
                  const c = s.cells.find((x) => x.id === f.exercise);
                  return c?.follows.length ? ` <span class="muted">(${esc(followsText(c, say))})</span>` : '';
                })()}<pre>${esc(f.message)}</pre></li>`,
            )
            .join('')}</ul>`;
  return `<details class="student" id="student-${i + 1}" data-student="${esc(s.name)}"><summary>${esc(s.name)} — ${s.notGraded !== undefined ? esc(say('not graded', '채점하지 않음')) : `${s.total}/${s.max}`}</summary>${list}</details>`;
}

export function studentsHtml(c: ClassSummary, say: Say): string {
  const heads = [
    say('#', '#'),
    say('student', '학생'),
    say('total', '합계'),
    say('share of attempted', '시도한 것 중 비율'),
    say('unexplained', '설명 안 됨'),
    ...c.exercises.map((e) => e.id),
  ];
  return `<section id="students"><h2>${esc(say('Students — needs help first', '학생 — 도움이 필요한 순서'))}</h2>
<p class="muted">${esc(say("Not graded first, then the lowest share of the points of what they attempted, then the most failures no named mistake explains. Click a column to sort, a name to see that student's failures with the messages they saw.", '채점하지 못한 학생이 먼저, 그다음 시도한 연습의 점수 비율이 낮은 순, 그다음 이름 붙은 실수로 설명되지 않는 실패가 많은 순입니다. 열을 누르면 정렬되고, 이름을 누르면 그 학생이 본 메시지와 함께 실패가 보입니다.'))}</p>
<div class="scroll"><table class="students"><thead><tr>${heads.map((h, k) => `<th data-col="${k}"${k >= 5 ? ` title="${esc(h)}"` : ''}>${esc(k >= 5 ? short(h) : h)}</th>`).join('')}</tr></thead><tbody>${c.view.map((s, i) => studentRow(s, i, say)).join('')}</tbody></table></div>
<h3>${esc(say("Each student's failures", '학생마다 실패'))}</h3>${c.view.map((s, i) => studentDetails(s, i, say)).join('')}</section>`;
}

export function heatMapHtml(c: ClassSummary, say: Say): string {
  return `<section id="heat-map"><h2>${esc(say('Heat map: students × exercises', '히트맵: 학생 × 연습'))}</h2>${heatMapSvg(c, say)}${legend(say)}</section>`;
}

export function misconceptionsHtml(c: ClassSummary, say: Say): string {
  if (c.misconceptions.length === 0) return '';
  const rows = c.misconceptions
    .map((m) => {
      const from = [...new Set(m.knockOns.flatMap((k) => k.from))].map(short).join(', ');
      return `<tr class="misconception" data-exercise="${m.exercise}" data-id="${esc(m.id)}" data-causes="${m.students.length}" data-knock-ons="${m.knockOns.length}"><td><code>${esc(m.id)}</code></td><td>${m.exercise}</td><td><b>${m.students.length}</b><div class="muted">${esc(m.students.join(', '))}</div></td><td>${m.knockOns.length ? `${m.knockOns.length} · ${esc(say(`follow from ${from}`, `${from}에서 비롯됨`))}<div class="muted">${esc(m.knockOns.map((k) => k.student).join(', '))}</div>` : '–'}</td><td>${esc(m.text)}</td></tr>`;
    })
    .join('');
  return `<section id="misconceptions"><h2>${esc(say('Misconceptions, by the students they are a cause for', '오개념: 원인이 된 학생 수 순'))}</h2><p class="muted">${esc(say('A failure that follows from an earlier exercise the same student got wrong is a knock-on: it is listed, not counted as a cause.', '같은 학생이 앞 연습을 틀려서 생긴 실패는 여파입니다: 보이지만 원인으로 세지 않습니다.'))}</p><table class="misconceptions"><tr><th>id</th><th>${esc(say('exercise', '연습'))}</th><th>${esc(say('cause for', '원인인 학생'))}</th><th>${esc(say('knock-ons', '여파'))}</th><th>${esc(say('what the learner was told', '학습자가 본 설명'))}</th></tr>${rows}</table></section>`;
}

const side = (b: { from: number; lines: string[] }) => b.lines.map((l, k) => `${String(b.from + k).padStart(3)}  ${l}`).join('\n');

export function similarityHtml(c: ClassSummary, say: Say): string {
  const s = c.similarity;
  if (!s) return '';
  const notice = say(
    'Similarity is a reason to look, not a verdict: short exercises leave little room, students work together as they are allowed to, and two honest answers can look alike. Talk to the students before you conclude anything.',
    '유사도는 살펴볼 이유이지 판정이 아닙니다: 짧은 연습은 쓸 수 있는 방법이 적고, 허용된 만큼 함께 공부하기도 하며, 정직한 두 답이 닮을 수도 있습니다. 결론을 내리기 전에 학생들과 이야기하세요.',
  );
  const how = say(
    `Every pair of submissions of each exercise, compared with Dolos (${s.submissions} submissions, ${s.seconds.toFixed(1)} s). The stub's own lines are ignored, and so is code that more than half of the submissions share. Pairs at ${pct(s.threshold)} or more are shown, with their shared lines side by side.`,
    `연습마다 제출물의 모든 쌍을 Dolos로 비교했습니다 (제출물 ${s.submissions}개, ${s.seconds.toFixed(1)}초). 스텁의 줄과 제출물 절반 넘게 공유하는 코드는 무시합니다. ${pct(s.threshold)} 이상인 쌍을 공유하는 줄과 함께 나란히 보입니다.`,
  );
  const pair = (p: SimilarPair) =>
    `<div class="pair" data-exercise="${p.exercise}" data-left="${esc(p.left)}" data-right="${esc(p.right)}" data-similarity="${p.similarity.toFixed(3)}"><b>${esc(p.left)}</b> ↔ <b>${esc(p.right)}</b> · ${p.exercise} · ${pct(p.similarity)}${p.blocks.map((b) => `<div class="sides"><pre>${esc(side(b.left))}</pre><pre>${esc(side(b.right))}</pre></div>`).join('')}</div>`;
  return `<section id="similarity"><h2>${esc(say('Submissions that look alike', '닮은 제출물'))}</h2><p class="notice">${esc(notice)}</p><p class="muted">${esc(how)}</p>${s.error ? `<p class="not-graded">${esc(s.error)}</p>` : s.pairs.length === 0 ? `<p>${esc(say('No pair above the threshold.', '기준을 넘는 쌍이 없습니다.'))}</p>` : s.pairs.map(pair).join('')}</section>`;
}

/** Sorting by a column, and opening a student's details from a link. */
export const STUDENT_SCRIPT = `document.querySelectorAll('table.students th').forEach((th)=>th.addEventListener('click',()=>{const body=th.closest('table').tBodies[0];const k=Number(th.dataset.col);const up=th.dataset.dir!=='asc';th.dataset.dir=up?'asc':'desc';const key=(r)=>{const c=r.cells[k];const v=c.dataset.sort??c.dataset.state??c.textContent;const n=Number(v);return Number.isNaN(n)?v:n};[...body.rows].sort((a,b)=>{const x=key(a),y=key(b);return (x<y?-1:x>y?1:0)*(up?1:-1)}).forEach((r)=>body.appendChild(r))}));
const openStudent=()=>{const d=document.getElementById(location.hash.slice(1));if(d&&d.tagName==='DETAILS'){d.open=true;d.scrollIntoView()}};window.addEventListener('hashchange',openStudent);openStudent();`;

// ── Markdown ──────────────────────────────────────────────────────────────────────────────────────

export function studentsMarkdown(c: ClassSummary, say: Say): string[] {
  const out = [
    `## ${say('Students — needs help first', '학생 — 도움이 필요한 순서')}`,
    '',
    `| ${say('student', '학생')} | ${say('total', '합계')} | ${say('share of attempted', '시도한 것 중 비율')} | ${c.exercises.map((e) => short(e.id)).join(' | ')} |`,
    `|---|---|---|${c.exercises.map(() => '---').join('|')}|`,
    ...c.view.map((s) =>
      s.notGraded !== undefined
        ? `| ${md(s.name)} | – | – | ${md(`${say('not graded', '채점하지 않음')}: ${s.notGraded}`)} |${c.exercises
            .slice(1)
            .map(() => ' |')
            .join('')}`
        : `| ${md(s.name)} | ${s.total}/${s.max} | ${s.attempted === 0 ? say('nothing tried', '시도 없음') : pct(s.share)} | ${s.cells.map((cell) => md(cellText(cell, say))).join(' | ')} |`,
    ),
  ];
  if (c.misconceptions.length > 0) {
    out.push(
      '',
      `## ${say('Misconceptions, by the students they are a cause for', '오개념: 원인이 된 학생 수 순')}`,
      '',
      `| id | ${say('exercise', '연습')} | ${say('cause for', '원인인 학생')} | ${say('knock-ons', '여파')} |`,
      '|---|---|---|---|',
    );
    for (const m of c.misconceptions)
      out.push(
        `| \`${m.id}\` | ${m.exercise} | ${m.students.length} | ${m.knockOns.length ? `${m.knockOns.length} (${say('follow from', '비롯됨:')} ${[...new Set(m.knockOns.flatMap((k) => k.from))].map(short).join(', ')})` : '–'} |`,
      );
  }
  if (c.similarity) {
    out.push(
      '',
      `## ${say('Submissions that look alike', '닮은 제출물')}`,
      '',
      say('Similarity is a reason to look, not a verdict.', '유사도는 살펴볼 이유이지 판정이 아닙니다.'),
      '',
    );
    if (c.similarity.error) out.push(c.similarity.error);
    else if (c.similarity.pairs.length === 0) out.push(say('No pair above the threshold.', '기준을 넘는 쌍이 없습니다.'));
    for (const p of c.similarity.pairs) out.push(`- ${md(p.left)} ↔ ${md(p.right)} · ${p.exercise} · ${pct(p.similarity)}`);
  }
  return out;
}
