// Panel 3: iris, trained live by the learner's own 24 with the optimizer and learning rate chosen here
// (the learner's 15 SGD or 21 Adam): loss and accuracy curves, and the decision regions over two
// features the learner picks (the other two held at the training mean), with the 30 held-out flowers
// drawn and the misclassified ones ringed. Play trains epoch by epoch; the epoch slider goes anywhere
// training has reached. The curves have their axis numbers: loss left, accuracy right, epochs below.
import { attempt, load } from './guard';
import { t } from './i18n';
import { numberParam, param, setParams } from './state';
import { irisClassNames, irisFeatureNames, irisSplit } from '../spec/support/iris';
import { josa } from '../scripts/lib/core/josa';

type Model = { weights: number[][]; biases: number[]; mean: number[]; std: number[] };
type Result = Model & { losses: number[]; trainAccuracy?: number[]; testAccuracy?: number[] };

const COLORS = ['#d1495b', '#2a9d8f', '#3d5a80'];
/** The measurements and species, in the page's language. */
const featureName = (i: number) => t(irisFeatureNames[i]!, ['꽃받침 길이', '꽃받침 너비', '꽃잎 길이', '꽃잎 너비'][i]!);
const className = (c: number) => t(irisClassNames[c]!, ['세토사', '버시컬러', '버지니카'][c]!);
const EPOCHS = 200;
const BATCH = 10;

interface Run {
  epochs: number;
  result: Result;
  modelAt: (epoch: number) => Model;
}
interface Training {
  runs: Run[];
  problem?: string;
  done: boolean;
  /** Called when a longer run is ready (the panel that is showing draws again). */
  listener?: () => void;
}
/** Longer and longer runs, so that a new optimizer or lr shows something at once and improves after. */
const LEVELS = [10, 25, 50, 100, EPOCHS];
const trainings = new Map<string, Training>();

/**
 * The learner's trainer with the learner's optimizer, per optimizer and lr: runs of 10, 25, 50, 100 and
 * 200 epochs one after another (the first at once, the others between frames); a wrapper around the
 * optimizer keeps the parameters after every step, so any epoch's model is at hand and the slider
 * only redraws.
 */
function training(m24: Record<string, unknown> | undefined, Opt: unknown, name: string, lr: number, listener: () => void): Training {
  const key = `${name}|${lr}`;
  const known = trainings.get(key);
  if (known) {
    known.listener = listener;
    return known;
  }
  const state: Training = { runs: [], done: false, listener };
  trainings.set(key, state);
  const train = m24?.trainSoftmaxClassifier as ((f: number[][], l: number[], o: object) => Result) | undefined;
  const Make = Opt as (new (o: { lr: number }) => { step(p: readonly number[], g: readonly number[]): number[] }) | undefined;
  if (!train || !Make) {
    state.problem = !train
      ? t('finish 24 first', '24를 먼저 끝내세요')
      : t(`finish ${name === 'adam' ? '21' : '15'} first`, `${josa(name === 'adam' ? '21' : '15', '을/를')} 먼저 끝내세요`);
    state.done = true;
    return state;
  }
  const { train: data, test } = irisSplit();
  const once = (epochs: number): Run | { problem: string } => {
    const after: number[][] = [];
    const optimizer = () => {
      const inner = new Make({ lr });
      return {
        step: (p: readonly number[], g: readonly number[]) => {
          const next = inner.step(p, g);
          after.push([...next]);
          return next;
        },
      };
    };
    const out = attempt(() => train(data.features, data.labels, { epochs, batchSize: BATCH, seed: 1, optimizer, evaluate: test }));
    if (out.error || !out.value)
      return {
        problem: /not implemented/.test(out.error ?? '')
          ? t('not started — finish 24 (and its optimizer) first', '시작 전 — 24(와 옵티마이저)를 먼저 끝내세요')
          : (out.error ?? ''),
      };
    const result = out.value;
    const perEpoch = Math.ceil(data.labels.length / BATCH);
    const classes = result.biases.length;
    const features = result.mean.length;
    return {
      epochs,
      result,
      modelAt: (epoch) => {
        if (epoch >= epochs) return result;
        const flat = epoch === 0 ? new Array<number>(classes * features + classes).fill(0) : (after[epoch * perEpoch - 1] ?? []);
        const weights = Array.from({ length: classes }, (_, j) => flat.slice(j * features, (j + 1) * features));
        return { weights, biases: flat.slice(classes * features), mean: result.mean, std: result.std };
      },
    };
  };
  const next = (level: number) => {
    const run = once(LEVELS[level]!);
    if ('problem' in run) state.problem = run.problem;
    else state.runs.push(run);
    state.done = !!state.problem || level + 1 >= LEVELS.length;
    if (!state.done) setTimeout(() => next(level + 1), 0);
    if (level > 0) state.listener?.();
  };
  next(0);
  return state;
}

let timer: number | undefined;

export async function renderIris(root: HTMLElement): Promise<void> {
  const started = performance.now();
  const [m24, m15, m21] = await Promise.all([
    load(() => import('@kata/24-iris/iris')),
    load(() => import('@kata/15-sgd/sgd')),
    load(() => import('@kata/21-adam/adam')),
  ]);
  const optimizer = param('iopt', 'sgd');
  const lr = numberParam('ilr', optimizer === 'adam' ? 0.05 : 0.1);
  const epoch = Math.round(numberParam('epoch', 100));
  const fx = Math.round(numberParam('fx', 2));
  const fy = Math.round(numberParam('fy', 3));
  const featureOptions = (selected: number) =>
    irisFeatureNames.map((_, i) => `<option value="${i}" ${i === selected ? 'selected' : ''}>${featureName(i)}</option>`).join('');
  root.innerHTML = `
    <p class="note">${t('Your trainSoftmaxClassifier (24) trains on the 120 training flowers; the 30 held-out flowers are drawn over the decision regions, the misclassified ones ringed.', '내 trainSoftmaxClassifier(24)가 학습용 120송이로 학습합니다. 따로 떼어 둔 30송이를 결정 영역 위에 그리고, 틀리게 분류한 것에는 고리를 둘렀습니다.')}</p>
    <label>${t('optimizer', '옵티마이저')} <select id="iopt"><option value="sgd" ${optimizer === 'sgd' ? 'selected' : ''}>${t('your SGD (15)', '내 SGD (15)')}</option><option value="adam" ${optimizer === 'adam' ? 'selected' : ''}>${t('your Adam (21)', '내 Adam (21)')}</option></select>
      lr <input id="ilr" type="number" step="0.01" min="0.001" value="${lr}" style="width:5rem"></label>
    <label>${t('epoch', '에포크')} <input type="range" id="epoch" min="0" max="${LEVELS[0]}" step="1" value="${epoch}"> <output>${epoch}</output> <button type="button" id="play">${timer ? t('pause', '멈춤') : t('play', '재생')}</button></label>
    <label>${t('regions over', '결정 영역 축')} <select id="fx">${featureOptions(fx)}</select> × <select id="fy">${featureOptions(fy)}</select></label>
    <div class="row"><div id="regions"></div><div id="curves"></div></div>
    <div id="iris-status" class="note"></div><div id="iris-problem" class="error"></div>`;

  let draw = () => {};
  const state = training(m24.module, optimizer === 'adam' ? m21.module?.Adam : m15.module?.SGD, optimizer, lr, () => {
    if (document.body.contains(root.querySelector('#regions'))) draw();
  });
  draw = () => {
    const started = performance.now();
    const e = Math.min(EPOCHS, Math.max(0, Math.round(numberParam('epoch', 100))));
    const problem = root.querySelector('#iris-problem')!;
    const status = root.querySelector<HTMLElement>('#iris-status')!;
    if (!m24.module?.trainSoftmaxClassifier) {
      problem.textContent = t(`finish 24 first: ${m24.error ?? ''}`, `24를 먼저 끝내세요: ${m24.error ?? ''}`);
      return;
    }
    if (state.problem) {
      problem.textContent = state.problem;
      return;
    }
    const run = state.runs.find((r) => r.epochs >= e) ?? state.runs.at(-1);
    if (!run) return;
    // The slider reaches as far as training has gone, no further (it grows as longer runs finish).
    const trained = state.runs.at(-1)!.epochs;
    (window as { kataIrisTrained?: number }).kataIrisTrained = trained;
    if (slider.max !== String(trained)) {
      slider.max = String(trained);
      slider.value = String(Math.min(e, trained));
    }
    const shown = Math.min(e, run.epochs);
    const { test } = irisSplit();
    const model = run.modelAt(shown);
    const testAcc = run.result.testAccuracy?.[shown];
    const waiting = shown < e ? ` — ${t(`training… (epoch ${shown} of ${e} so far)`, `학습 중… (지금까지 ${e} 중 ${shown} 에포크)`)}` : '';
    status.dataset.complete = shown === e ? '1' : '0';
    status.innerHTML = `${t('epoch', '에포크')} ${shown}: ${t('loss', '손실')} ${run.result.losses[shown]?.toFixed(4)}, ${t('held-out accuracy', '테스트 정확도')} <b id="test-accuracy">${testAcc === undefined ? '–' : testAcc.toFixed(4)}</b> (${testAcc === undefined ? '–' : Math.round(testAcc * 30)}/30)${waiting}`;
    root.querySelector('#regions')!.innerHTML = regions(model, test, fx, fy);
    root.querySelector('#curves')!.innerHTML = curves({
      ...model,
      losses: run.result.losses.slice(0, shown + 1),
      trainAccuracy: run.result.trainAccuracy?.slice(0, shown + 1),
      testAccuracy: run.result.testAccuracy?.slice(0, shown + 1),
    });
    (window as { kataLastDrawMs?: number }).kataLastDrawMs = performance.now() - started;
  };
  const rerender = () => void renderIris(root);
  root
    .querySelector<HTMLSelectElement>('#iopt')!
    .addEventListener('change', (e) => setParams({ iopt: (e.target as HTMLSelectElement).value, ilr: undefined }, rerender));
  root
    .querySelector<HTMLInputElement>('#ilr')!
    .addEventListener('change', (e) => setParams({ ilr: (e.target as HTMLInputElement).value }, rerender));
  for (const id of ['fx', 'fy'])
    root
      .querySelector<HTMLSelectElement>(`#${id}`)!
      .addEventListener('change', (e) => setParams({ [id]: (e.target as HTMLSelectElement).value }, rerender));
  const slider = root.querySelector<HTMLInputElement>('#epoch')!;
  slider.addEventListener('input', () => {
    slider.nextElementSibling!.textContent = slider.value;
    setParams({ epoch: slider.value });
    draw();
  });
  root.querySelector('#play')!.addEventListener('click', () => {
    if (timer) {
      clearInterval(timer);
      timer = undefined;
      rerender();
      return;
    }
    if (Number(slider.value) >= Number(slider.max)) setParams({ epoch: 0 });
    timer = window.setInterval(() => {
      const next = Math.round(numberParam('epoch', 0)) + 1;
      if (next > Number(slider.max) || !document.body.contains(slider)) {
        clearInterval(timer);
        timer = undefined;
        return;
      }
      slider.value = String(next);
      slider.nextElementSibling!.textContent = String(next);
      setParams({ epoch: next });
      draw();
    }, 60);
    root.querySelector('#play')!.textContent = t('pause', '멈춤');
  });
  draw();
  const w = window as { kataIrisRenderMs?: number; kataIrisRenders?: number };
  w.kataIrisRenderMs = performance.now() - started; // import, first run (10 epochs) and drawing
  w.kataIrisRenders = (w.kataIrisRenders ?? 0) + 1;
}

/** The classes the model picks over two features (the others at the training mean), with the held-out flowers. */
function regions(model: Model, test: { features: number[][]; labels: number[] }, fx: number, fy: number): string {
  const W = 320;
  const H = 260;
  const xs = test.features.map((f) => f[fx]!);
  const ys = test.features.map((f) => f[fy]!);
  const [x0, x1] = [Math.min(...xs) - 0.5, Math.max(...xs) + 0.5];
  const [y0, y1] = [Math.min(...ys) - 0.5, Math.max(...ys) + 0.5];
  const px = (v: number) => ((v - x0) / (x1 - x0)) * W;
  const py = (v: number) => H - ((v - y0) / (y1 - y0)) * H;
  const predict = (features: number[]) => {
    const z = model.weights.map((row, j) =>
      row.reduce((s, w, i) => s + (w * (features[i]! - model.mean[i]!)) / model.std[i]!, model.biases[j]!),
    );
    return z.indexOf(Math.max(...z));
  };
  const cells: string[] = [];
  const N = 40;
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      const point = [...model.mean];
      point[fx] = x0 + ((i + 0.5) / N) * (x1 - x0);
      point[fy] = y0 + ((j + 0.5) / N) * (y1 - y0);
      cells.push(
        `<rect x="${((i / N) * W).toFixed(1)}" y="${(H - ((j + 1) / N) * H).toFixed(1)}" width="${(W / N + 0.5).toFixed(1)}" height="${(H / N + 0.5).toFixed(1)}" fill="${COLORS[predict(point)]}" fill-opacity="0.18"/>`,
      );
    }
  }
  const flowers = test.features.map((f, k) => {
    const wrong = predict(f) !== test.labels[k];
    return `<circle class="flower${wrong ? ' misclassified' : ''}" cx="${px(f[fx]!).toFixed(1)}" cy="${py(f[fy]!).toFixed(1)}" r="4" fill="${COLORS[test.labels[k]!]}"${wrong ? ' stroke="#000" stroke-width="2"' : ''}/>`;
  });
  const legend = irisClassNames.map((_, c) => `<tspan fill="${COLORS[c]}">● ${className(c)}</tspan>`).join(' ');
  return `<svg width="${W}" height="${H + 36}" viewBox="0 0 ${W} ${H + 36}">${cells.join('')}${flowers.join('')}
    <text x="0" y="${H + 14}" font-size="11">${featureName(fx)} →, ${featureName(fy)} ↑</text><text x="0" y="${H + 30}" font-size="11">${legend}</text></svg>`;
}

/** Loss (left axis, its numbers) and accuracies (right axis, 0 to 1) per epoch (bottom axis). */
function curves(r: Result): string {
  const [L, R, T, B] = [40, 34, 8, 44]; // margins for the axis numbers
  const W = 320;
  const H = 200;
  const n = Math.max(1, r.losses.length - 1);
  const top = Math.max(...r.losses.filter(Number.isFinite), 1.2);
  const x = (e: number) => L + (e / n) * W;
  const y = (v: number, scale: number) => T + H - (v / scale) * H;
  const line = (values: readonly number[] | undefined, scale: number, color: string, cls: string) =>
    values && values.length > 0
      ? `<polyline class="${cls}" fill="none" stroke="${color}" stroke-width="1.6" points="${values.map((v, e) => `${x(e).toFixed(1)},${y(v, scale).toFixed(1)}`).join(' ')}"/>`
      : '';
  const ticks = [0, 0.5, 1];
  const left = ticks
    .map(
      (f) =>
        `<text class="tick" x="${L - 4}" y="${y(f * top, top) + 4}" text-anchor="end" font-size="10" fill="#d1495b">${(f * top).toFixed(2)}</text>`,
    )
    .join('');
  const right = ticks
    .map((f) => `<text class="tick" x="${L + W + 4}" y="${y(f, 1) + 4}" font-size="10" fill="#3d5a80">${f.toFixed(1)}</text>`)
    .join('');
  const bottom = ticks
    .map(
      (f) =>
        `<text class="tick" x="${x(Math.round(f * n))}" y="${T + H + 13}" text-anchor="middle" font-size="10">${Math.round(f * n)}</text>`,
    )
    .join('');
  const grid = ticks.map((f) => `<line x1="${L}" x2="${L + W}" y1="${y(f, 1)}" y2="${y(f, 1)}" stroke="#eee"/>`).join('');
  return `<svg width="${L + W + R}" height="${T + H + B}" viewBox="0 0 ${L + W + R} ${T + H + B}"><rect x="${L}" y="${T}" width="${W}" height="${H}" fill="#fff" stroke="#ccc"/>${grid}
    ${line(r.losses, top, '#d1495b', 'loss')}${line(r.trainAccuracy, 1, '#2a9d8f', 'train-accuracy')}${line(r.testAccuracy, 1, '#3d5a80', 'test-accuracy')}${left}${right}${bottom}
    <text x="${L}" y="${T + H + 26}" font-size="11">${t('epoch', '에포크')} →  <tspan fill="#d1495b">${t('loss', '손실')}</tspan> · <tspan fill="#2a9d8f">${t('training accuracy', '학습 정확도')}</tspan> · <tspan fill="#3d5a80">${t('held-out accuracy', '테스트 정확도')}</tspan></text>
    <text x="${L}" y="${T + H + 40}" font-size="10" fill="#555">${t('left: loss; right: accuracy (0 to 1)', '왼쪽: 손실, 오른쪽: 정확도 (0~1)')}</text></svg>`;
}
