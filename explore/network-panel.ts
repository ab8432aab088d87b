// Panel 1: the article's 2-2-2 network, every number computed by the learner's own 06 and 09–13 next to
// the article's: green when equal at the printed precision, red with both values, grey with
// "finish NN first" where an exercise is not done, and under the first red cell the mistake npm test names.
// Step buttons walk the article's order; a weight whose gradient or update is off is drawn red, and
// clicking a weight shows its chain-rule product with the learner's own factors, the wrong one marked.
import { attempt, load } from './guard';
import { currentLang, t } from './i18n';
import { input, learningRate, network, QUANTITIES, roundLike, STEPS, target, type Results, type Step } from './article';
import { param, setParams } from './state';
import { chainBox, differs, expected } from './chain';
import { josa } from '../scripts/lib/core/josa';

type Net = { weights: number[][][] };

const STEP_NAMES: Record<Step, [string, string]> = {
  forward: ['forward pass', '순전파'],
  error: ['the error', '오차'],
  step1: ['backprop step 1 (역전파 1단계): the output layer', '역전파 1단계: 출력층'],
  step2: ['backprop step 2 (역전파 2단계): the hidden layer', '역전파 2단계: 은닉층'],
  update: ['update: w⁺ = w − 0.5 · ∂E/∂w', '갱신: w⁺ = w − 0.5 · ∂E/∂w'],
  again: ['forward again, with w⁺', 'w⁺로 다시 순전파'],
};

/** Run the learner's functions on the article's example; why each part could not run, by exercise. */
async function compute(): Promise<{ r: Results; missing: Map<string, string> }> {
  const missing = new Map<string, string>();
  const [m06, m09, m10, m11, m12, m13] = await Promise.all([
    load(() => import('@kata/06-sigmoid/sigmoid')),
    load(() => import('@kata/09-forward/forward')),
    load(() => import('@kata/10-mse/mse')),
    load(() => import('@kata/11-output-layer/output-layer')),
    load(() => import('@kata/12-backprop/backprop')),
    load(() => import('@kata/13-backprop-step/backprop-step')),
  ]);
  const r: Results = {};
  const run = <T>(id: string, loaded: { error?: string }, f: () => T): T | undefined => {
    if (loaded.error) {
      missing.set(id, loaded.error);
      return undefined;
    }
    const out = attempt(f);
    if (out.error !== undefined && !missing.has(id)) missing.set(id, out.error);
    return out.value;
  };
  r.pass = run('09', m09, () => m09.module!.forward(network(), input));
  if (r.pass) {
    const o = r.pass.a[2]!;
    r.errors = run('10', m10, () => o.map((ok, k) => m10.module!.mse([target[k]!], [ok])));
    r.total = run('10', m10, () => m10.module!.mse(target, o));
    r.dEdo = run('10', m10, () => m10.module!.msePrime(target, o));
    r.slopeOut = run('06', m06, () => r.pass!.z[2]!.map((z) => m06.module!.sigmoidPrime(z)));
    r.slopeHidden = run('06', m06, () => r.pass!.z[1]!.map((z) => m06.module!.sigmoidPrime(z)));
    r.output = run('11', m11, () => m11.module!.outputLayerGradients(network(), r.pass!, target));
  }
  r.gradients = run('12', m12, () => m12.module!.backprop(network(), input, target));
  r.updated = run('13', m13, () => m13.module!.backpropStep(network(), input, target, learningRate));
  if (r.updated) {
    r.again = run('09', m09, () => m09.module!.forward(r.updated as Net, input));
    if (r.again) {
      const o = r.again.a[2]!;
      r.againErrors = run('10', m10, () => o.map((ok, k) => m10.module!.mse([target[k]!], [ok])));
      r.againTotal = run('10', m10, () => m10.module!.mse(target, o));
    }
  }
  return { r, missing };
}

export async function renderNetwork(root: HTMLElement): Promise<void> {
  const { r, missing } = await compute();
  const step = (STEPS as readonly string[]).includes(param('step', 'forward')) ? (param('step', 'forward') as Step) : 'forward';
  const upTo = STEPS.indexOf(step);
  const rows = QUANTITIES.filter((q) => STEPS.indexOf(q.step) <= upTo);
  const cell = (q: (typeof QUANTITIES)[number]) => {
    const value = q.pick(r);
    const compareWith = q.corrected?.printed ?? q.printed;
    if (value === undefined) {
      const why = missing.get(q.exercise);
      return {
        state: 'grey',
        text:
          why && /not implemented/.test(why)
            ? t(`finish ${q.exercise} first`, `${josa(q.exercise, '을/를')} 먼저 끝내세요`)
            : why
              ? why.startsWith(q.exercise)
                ? why
                : `${q.exercise}: ${why}`
              : t(`finish ${q.exercise} first`, `${josa(q.exercise, '을/를')} 먼저 끝내세요`),
      };
    }
    const yours = typeof value === 'number' && Number.isFinite(value) ? roundLike(value, compareWith) : String(value);
    return yours === compareWith
      ? { state: 'ok', text: yours }
      : { state: 'wrong', text: t(`yours ${yours}, article ${compareWith}`, `내 값 ${yours}, 글 ${compareWith}`) };
  };
  const cells = new Map(rows.map((q) => [q.name, cell(q)]));

  const buttons = STEPS.map(
    (s) => `<button type="button" data-step="${s}" aria-pressed="${s === step}">${t(...STEP_NAMES[s])}</button>`,
  ).join(' ');
  const table = rows
    .map((q) => {
      const c = cells.get(q.name)!;
      const erratum = q.corrected ? ` <span class="erratum">${t(q.corrected.en, q.corrected.ko)}</span>` : '';
      return `<tr data-quantity="${q.name}"><th>${q.name}</th><td>${q.corrected ? `${q.printed} → ${q.corrected.printed}` : q.printed}</td><td class="${c.state}" data-state="${c.state}">${c.text}</td><td>${q.exercise}</td></tr><tr><td colspan="4">${erratum}</td></tr>`;
    })
    .join('');

  root.innerHTML = `
    <p class="note">${t("The article's 2-2-2 network (x1 = 0.1, x2 = 0.2, targets 0.4 and 0.6, α = 0.5), every number computed by your own code and compared with the article at its printed precision. Click a weight for its chain rule.", '글의 2-2-2 신경망(x1 = 0.1, x2 = 0.2, 목표 0.4와 0.6, α = 0.5). 모든 숫자를 내 코드로 계산해 글에 인쇄된 자릿수로 비교합니다. 가중치를 누르면 연쇄법칙이 보입니다.')}</p>
    <div class="steps">${buttons}</div>
    <div class="row">
      <div class="diagram">${diagram(r, step)}<div id="chain" class="chain">${t('Click a weight w1 … w8.', '가중치 w1 … w8을 눌러 보세요.')}</div></div>
      <table class="numbers"><tr><th>${t('quantity', '값')}</th><th>${t('article', '글')}</th><th>${t('yours', '내 값')}</th><th>${t('exercise', '연습')}</th></tr>${table}</table>
    </div>`;
  root
    .querySelectorAll<HTMLButtonElement>('button[data-step]')
    .forEach((b) => b.addEventListener('click', () => setParams({ step: b.dataset.step }, () => void renderNetwork(root))));
  const chain = root.querySelector<HTMLElement>('#chain')!;
  const open = (w: number) => {
    chain.innerHTML = chainBox(w, r);
    chain.dataset.weight = String(w);
  };
  root.querySelectorAll<SVGElement>('[data-weight]').forEach((w) => w.addEventListener('click', () => open(Number(w.dataset.weight))));
  // The first weight whose gradient is red opens by itself: its box marks the factor that is off.
  const firstWrong = wrongWeights(r, step)[0];
  if (firstWrong !== undefined) open(firstWrong);
  // Not awaited: the page is ready at once, the named mistake follows once the spec has run.
  void explainFirstRed(root, rows.filter((q) => cells.get(q.name)?.state === 'wrong')[0]).finally(() => (root.dataset.diagnosed = '1'));
}

/**
 * Under the first red cell, the known mistake npm test names for that exercise, word for word: the
 * explore server runs the exercise's spec as npm test does (explore/diagnosis.ts).
 */
async function explainFirstRed(root: HTMLElement, q: (typeof QUANTITIES)[number] | undefined): Promise<void> {
  if (!q) return;
  const row = root.querySelector(`tr[data-quantity="${CSS.escape(q.name)}"]`);
  const d = (await fetch(`/__kata/diagnosis?exercise=${q.exercise}&lang=${currentLang()}`).then(
    (res) => res.json(),
    () => ({}),
  )) as { test?: string; first?: string; mistake?: string };
  if (!row || !document.body.contains(row) || (!d.mistake && !d.first)) return;
  const text = d.mistake ?? `${t('First failure', '첫 실패')}: ${d.test} — ${d.first}`;
  const note = document.createElement('tr');
  note.className = 'diagnosis';
  note.innerHTML = `<td colspan="4"><span class="named"></span> <small>(npm test -- ${q.exercise} · npm run hint -- ${q.exercise})</small></td>`;
  note.querySelector('.named')!.textContent = text;
  row.after(note);
}

/** The weights whose gradient (11 for w5 … w8, 12 for w1 … w4) or update (13) is off, shown at this step, in the article's order. */
function wrongWeights(r: Results, step: Step): number[] {
  const e = expected();
  const at = STEPS.indexOf(step);
  const out: number[] = [];
  for (const w of [5, 6, 7, 8, 1, 2, 3, 4]) {
    // the article's order: the output layer first
    const [l, j, i] = w >= 5 ? [1, w <= 6 ? 0 : 1, (w - 5) % 2] : [0, w <= 2 ? 0 : 1, (w - 1) % 2];
    const gradient = l === 1 ? r.output?.gradients[j]?.[i] : r.gradients?.[0]?.[j]?.[i];
    const right = e.gradients[l]![j]![i]!;
    const shown = at >= STEPS.indexOf(l === 1 ? 'step1' : 'step2');
    const updated = r.updated?.weights[l]?.[j]?.[i];
    const badGradient = shown && gradient !== undefined && differs(gradient, right);
    const badUpdate =
      at >= STEPS.indexOf('update') && updated !== undefined && differs(updated, network().weights[l]![j]![i]! - learningRate * right);
    if (badGradient || badUpdate) out.push(w);
  }
  return out;
}

/** The network drawn with its current weights (w⁺ from the update on) and the values of the step. */
function diagram(r: Results, step: Step): string {
  const after = STEPS.indexOf(step) >= STEPS.indexOf('update') && r.updated !== undefined;
  const weights = after ? r.updated!.weights : network().weights;
  const pass = step === 'again' ? r.again : r.pass;
  const wrong = wrongWeights(r, step); // drawn red
  const X = [40, 200, 360];
  const Y = [70, 190];
  const node = (x: number, y: number, label: string, value: number | undefined) =>
    `<g><circle cx="${x}" cy="${y}" r="24" fill="#fff" stroke="#3d5a80" stroke-width="2"/><text x="${x}" y="${y - 2}" text-anchor="middle" font-size="13" font-weight="bold">${label}</text><text x="${x}" y="${y + 13}" text-anchor="middle" font-size="10">${value === undefined ? '' : value.toFixed(4)}</text></g>`;
  const edges: string[] = [];
  let w = 1;
  for (let l = 0; l < 2; l++) {
    for (let j = 0; j < 2; j++) {
      for (let i = 0; i < 2; i++, w++) {
        const [x1, y1, x2, y2] = [X[l]! + 24, Y[i]!, X[l + 1]! - 24, Y[j]!];
        const mx = x1 + (x2 - x1) * (i === j ? 0.5 : 0.3);
        const my = y1 + (y2 - y1) * (i === j ? 0.5 : 0.3);
        const bad = wrong.includes(w);
        const value = weights[l]?.[j]?.[i];
        const label = value === undefined ? '–' : Number.isFinite(value) ? value.toFixed(4) : String(value); // rounded, never cut
        edges.push(
          `<g data-weight="${w}" class="edge${bad ? ' wrong' : ''}" style="cursor:pointer"><line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${bad ? '#c0392b' : '#9aa0aa'}" stroke-width="${bad ? 3 : 2}"/><text x="${mx}" y="${my - 4}" text-anchor="middle" font-size="11" fill="${bad ? '#c0392b' : '#3d5a80'}">w${w}${after ? '⁺' : ''} ${label}</text></g>`,
        );
      }
    }
  }
  const a = pass?.a;
  return `<svg width="420" height="260" viewBox="0 0 420 260">${edges.join('')}
    ${node(X[0]!, Y[0]!, 'x1', input[0])}${node(X[0]!, Y[1]!, 'x2', input[1])}
    ${node(X[1]!, Y[0]!, 'h1', a?.[1]?.[0])}${node(X[1]!, Y[1]!, 'h2', a?.[1]?.[1])}
    ${node(X[2]!, Y[0]!, 'o1', a?.[2]?.[0])}${node(X[2]!, Y[1]!, 'o2', a?.[2]?.[1])}
  </svg>`;
}
