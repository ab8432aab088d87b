// Panel 2: the learner's optimizers 15–22 on the valley x²/20 + y² (or a Rosenbrock banana), with a
// slider for the learning rate and each optimizer's own hyper-parameters; the reference path, where
// the repository has one, as a faint ghost; a race of all eight with a step slider. A class that
// throws or returns NaN says so in its panel. The SVG is scripts/lib/pictures/plot/race.ts's, as in npm run plot.
import { attempt, load } from './guard';
import { t } from './i18n';
import { numberParam, param, setParams } from './state';
import { loadD3, type D3 } from '../scripts/lib/pictures/plot/d3';
import { FIGURE, raceSvg, rosenbrock, valley, type RacePath, type Surface } from '../scripts/lib/pictures/plot/race';
import { josa } from '../scripts/lib/core/josa';

type Stepper = { step(params: readonly number[], grads: readonly number[]): number[] };
type Maker = new (options: Record<string, number>) => Stepper;

interface Spec {
  id: string;
  name: string;
  load: () => Promise<Record<string, unknown>>;
  /** Hyper-parameters besides lr: URL key, option name, label, range, default. */
  knobs: { key: string; option: string; label: string; min: number; max: number; step: number; value: number }[];
}

/** The classic figure's learning rate of an optimizer (npm run plot draws the same), else its default 1. */
const figureLr = (name: string) => FIGURE.find((f) => f.name === name)?.options.lr ?? 1;

const momentum = { key: 'mom', option: 'momentum', label: 'μ (momentum)', min: 0, max: 0.99, step: 0.01, value: 0.9 };
const OPTIMIZERS: Spec[] = [
  { id: '15', name: 'SGD', load: () => import('@kata/15-sgd/sgd'), knobs: [] },
  { id: '16', name: 'Momentum', load: () => import('@kata/16-momentum/momentum'), knobs: [momentum] },
  { id: '17', name: 'Nesterov', load: () => import('@kata/17-nesterov/nesterov'), knobs: [momentum] },
  { id: '18', name: 'Adagrad', load: () => import('@kata/18-adagrad/adagrad'), knobs: [] },
  {
    id: '19',
    name: 'RMSprop',
    load: () => import('@kata/19-rmsprop/rmsprop'),
    knobs: [{ key: 'alpha', option: 'alpha', label: 'α', min: 0.5, max: 0.999, step: 0.001, value: 0.99 }],
  },
  {
    id: '20',
    name: 'Adadelta',
    load: () => import('@kata/20-adadelta/adadelta'),
    knobs: [{ key: 'rho', option: 'rho', label: 'ρ', min: 0.5, max: 0.999, step: 0.001, value: 0.9 }],
  },
  {
    id: '21',
    name: 'Adam',
    load: () => import('@kata/21-adam/adam'),
    knobs: [
      { key: 'b1', option: 'beta1', label: 'β1', min: 0, max: 0.99, step: 0.01, value: 0.9 },
      { key: 'b2', option: 'beta2', label: 'β2', min: 0.9, max: 0.9999, step: 0.0001, value: 0.999 },
    ],
  },
  {
    id: '22',
    name: 'NAdam',
    load: () => import('@kata/22-nadam/nadam'),
    knobs: [
      { key: 'b1', option: 'beta1', label: 'β1', min: 0, max: 0.99, step: 0.01, value: 0.9 },
      { key: 'psi', option: 'momentumDecay', label: 'ψ (momentumDecay)', min: 0, max: 0.05, step: 0.001, value: 0.004 },
    ],
  },
];

let d3: D3 | undefined;

/** Walk `steps` steps of a fresh optimizer from the surface's start; the path, or why it stopped. */
function walk(make: Maker, options: Record<string, number>, surface: Surface, steps: number): { points: number[][]; problem?: string } {
  const points = [surface.start];
  const made = attempt(() => new make(options));
  if (made.error) return { points, problem: made.error };
  for (let k = 1; k <= steps; k++) {
    const p = points[k - 1]!;
    const next = attempt(() => made.value!.step(p, surface.grad(p)));
    if (next.error) return { points, problem: t(`step ${k} threw: ${next.error}`, `${k}번째 step이 오류를 던졌습니다: ${next.error}`) };
    const q = next.value;
    if (!Array.isArray(q) || q.length !== 2 || !q.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      return {
        points,
        problem: t(
          `step ${k} returned ${JSON.stringify(q)}, not two finite numbers`,
          `${k}번째 step이 유한한 숫자 두 개가 아니라 ${josa(JSON.stringify(q), '을/를')} 돌려줬습니다`,
        ),
      };
    }
    points.push(q);
  }
  return { points };
}

export async function renderOptimizers(root: HTMLElement): Promise<void> {
  d3 ??= await loadD3();
  const { reference } = await import('virtual:kata-reference');
  const chosen = param('opt', 'Adam');
  const race = chosen === 'race';
  const spec = OPTIMIZERS.find((o) => o.name === chosen) ?? OPTIMIZERS[6]!;
  const surface = param('surface', 'valley') === 'rosenbrock' ? rosenbrock : valley;
  const select = ['race', ...OPTIMIZERS.map((o) => o.name)]
    .map(
      (name) =>
        `<option value="${name}" ${name === chosen ? 'selected' : ''}>${name === 'race' ? t('race: all eight', '경주: 여덟 개 모두') : name}</option>`,
    )
    .join('');
  const lr = numberParam('lr', figureLr(spec.name));
  const knobs = race
    ? ''
    : [
        slider('lr', 'lr', Math.log10(lr), -3, 0.5, 0.01, lr, true),
        ...spec.knobs.map((k) =>
          slider(k.key, k.label, numberParam(k.key, k.value), k.min, k.max, k.step, numberParam(k.key, k.value), false),
        ),
      ].join('');
  const steps = Math.round(numberParam('steps', 30));
  root.innerHTML = `
    <p class="note">${t('Your optimizer classes from chapter 4 on a surface; the faint line is the reference where this copy has one. Move a slider: the path is drawn again at once.', '4장에서 만든 내 옵티마이저 클래스가 그리는 경로입니다. 흐린 선은 (이 사본에 있으면) 참고 답안의 경로입니다. 슬라이더를 움직이면 바로 다시 그립니다.')}</p>
    <label>${t('optimizer', '옵티마이저')} <select id="opt">${select}</select></label>
    <label>${t('surface', '곡면')} <select id="surface"><option value="valley" ${surface === valley ? 'selected' : ''}>x²/20 + y²</option><option value="rosenbrock" ${surface === rosenbrock ? 'selected' : ''}>Rosenbrock (1 − x)² + 5(y − x²)²</option></select></label>
    ${knobs}
    ${slider('steps', t('steps', '단계'), steps, 1, 100, 1, steps, false)}
    ${reference ? '' : `<p class="note">${t('No reference solutions in this copy: no ghost path.', '이 사본에는 참고 답안이 없어 흐린 경로가 없습니다.')}</p>`}
    <div id="race" style="width:${race ? 100 : 60}%"></div>
    <div id="problems" class="error"></div>`;
  root.querySelector<HTMLSelectElement>('#opt')!.addEventListener('change', (e) =>
    setParams(
      {
        opt: (e.target as HTMLSelectElement).value,
        lr: undefined,
        mom: undefined,
        alpha: undefined,
        rho: undefined,
        b1: undefined,
        b2: undefined,
        psi: undefined,
      },
      () => void renderOptimizers(root),
    ),
  );
  root
    .querySelector<HTMLSelectElement>('#surface')!
    .addEventListener('change', (e) => setParams({ surface: (e.target as HTMLSelectElement).value }, () => void renderOptimizers(root)));
  // A slider redraws the picture only: the controls stay, so dragging is smooth.
  root.querySelectorAll<HTMLInputElement>('input[type="range"]').forEach((input) =>
    input.addEventListener('input', () => {
      const value = Number((input.dataset.log ? 10 ** Number(input.value) : Number(input.value)).toPrecision(3));
      input.nextElementSibling!.textContent = String(value);
      setParams({ [input.id]: value });
      void draw(root, reference as Record<string, Maker> | undefined);
    }),
  );
  await draw(root, reference as Record<string, Maker> | undefined);
}

/** Compute every path from the address's settings and draw them (the time it took is kept for the check). */
async function draw(root: HTMLElement, reference: Record<string, Maker> | undefined): Promise<void> {
  const started = performance.now();
  const chosen = param('opt', 'Adam');
  const race = chosen === 'race';
  const surface = param('surface', 'valley') === 'rosenbrock' ? rosenbrock : valley;
  const steps = Math.round(numberParam('steps', 30));
  const specs = race ? OPTIMIZERS : [OPTIMIZERS.find((o) => o.name === chosen) ?? OPTIMIZERS[6]!];
  const paths: RacePath[] = [];
  const problems: string[] = [];
  for (const o of specs) {
    const options = race
      ? { lr: figureLr(o.name) }
      : { lr: numberParam('lr', figureLr(o.name)), ...Object.fromEntries(o.knobs.map((k) => [k.option, numberParam(k.key, k.value)])) };
    const loaded = await load(o.load);
    const make = loaded.module?.[o.name] as Maker | undefined;
    const ref = reference?.[o.name];
    const ghost = ref ? walk(ref, options, surface, steps).points : undefined;
    if (!make) {
      problems.push(`${o.name} (${o.id}): ${loaded.error ?? t('not exported', '내보내지 않음')}`);
      paths.push({
        name: o.name,
        settings: settings(options),
        points: [surface.start],
        source: 'yours',
        note: t(`finish ${o.id} first`, `${josa(o.id, '을/를')} 먼저 끝내세요`),
        ...(ghost ? { ghost } : {}),
      });
      continue;
    }
    const run = walk(make, options, surface, steps);
    const problem =
      run.problem && /not implemented/.test(run.problem)
        ? t(`not started — finish ${o.id} first`, `시작 전 — ${josa(o.id, '을/를')} 먼저 끝내세요`)
        : run.problem;
    if (problem) problems.push(`${o.name} (${o.id}): ${problem}`);
    paths.push({
      name: o.name,
      settings: settings(options),
      points: run.points,
      source: 'yours',
      ...(problem ? { note: problem.slice(0, 70) } : {}),
      ...(ghost ? { ghost } : {}),
    });
  }
  root.querySelector('#race')!.innerHTML = raceSvg(d3!, paths, t, surface, race ? 4 : 1);
  root.querySelector('#problems')!.textContent = problems.join('\n');
  (window as { kataLastDrawMs?: number }).kataLastDrawMs = performance.now() - started;
}

function settings(options: Record<string, number>): string {
  return Object.entries(options)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

function slider(id: string, label: string, value: number, min: number, max: number, step: number, shown: number, log: boolean): string {
  return `<label>${label} <input type="range" id="${id}" min="${min}" max="${max}" step="${step}" value="${value}" ${log ? 'data-log="1"' : ''}> <output>${Number(shown.toPrecision(3))}</output></label>`;
}
