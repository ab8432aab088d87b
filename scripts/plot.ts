// npm run plot — the pictures: the optimizer race (every optimizer's path over the contour lines of
// f(x, y) = x²/20 + y²) and the loss curves of training, written to plots/ as SVG files and one page,
// plots/index.html. Each picture uses YOUR code where its spec passes and the reference solution
// otherwise, and says which. `--lang ko|en`, `--target DIR` to draw another folder's code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { findExercise, isPresent, loadCurriculum, root, type Exercise } from './lib/core/curriculum.ts';
import { langFrom, translator } from './lib/core/language.ts';
import { chartSvg, type Chart } from './lib/pictures/plot/curves.ts';
import { esc, loadD3 } from './lib/pictures/plot/d3.ts';
import { FIGURE, gradF, raceSvg, type RacePath } from './lib/pictures/plot/race.ts';
import { SpecSession, type ExerciseState } from './lib/runner/runner.ts';
import { josa } from './lib/core/josa.ts';

const argv = process.argv.slice(2);
const lang = langFrom(argv);
/** Whose code to draw: --target DIR, else KATA_TARGET, else exercises/. */
const targetFlag = argv.indexOf('--target');
const target = resolve(targetFlag >= 0 ? argv[targetFlag + 1]! : (process.env.KATA_TARGET ?? join(root, 'exercises')));
const say = translator(lang);
const outDir = join(root, 'plots');

const STEPS = 30;

type Step = { step(params: readonly number[], grads: readonly number[]): number[] };

function describeState(state: ExerciseState | undefined): string {
  switch (state) {
    case undefined:
      return say('not in this repository', '이 저장소에 없음');
    case 'not-started':
      return say('not started yet', '아직 시작 전');
    case 'timeout':
      return say('did not finish in time', '시간 초과');
    case 'syntax':
      return say('does not parse', '구문 오류');
    default:
      return say('not passing yet', '아직 통과 전');
  }
}

async function main(): Promise<void> {
  const curriculum = loadCurriculum();
  const wanted = [...FIGURE.map((r) => r.id), '14-train', '24-iris']
    .map((id) => findExercise(curriculum, id))
    .filter((e): e is Exercise => !!e);
  const session = new SpecSession({ lang, target });
  const results = await session.run(wanted);
  const stateOf = new Map(results.map((r) => [r.id, r.state]));

  /** The learner's module if its spec passes, else the reference, and which one it is. */
  const load = async <T>(e: Exercise): Promise<{ module: T; source: 'yours' | 'reference'; note?: string }> => {
    const yours = stateOf.get(e.id) === 'done';
    const module = await session.import<T>(yours ? join(target, e.file) : join(root, 'solutions', e.file));
    return yours ? { module, source: 'yours' } : { module, source: 'reference', note: `${e.id}: ${describeState(stateOf.get(e.id))}` };
  };
  armLoopGuard(session.limitMs);

  const d3 = await loadD3();
  const paths: RacePath[] = [];
  for (const r of FIGURE) {
    const e = findExercise(curriculum, r.id)!;
    const { module, source, note } = await load<Record<string, new (o: object) => Step>>(e);
    const optimizer = new module[r.name]!(r.options);
    const points = [[-7, 2]];
    for (let k = 0; k < STEPS; k++) points.push(optimizer.step(points.at(-1)!, gradF(points.at(-1)!)));
    paths.push({ name: r.name, settings: r.settings, points, source, ...(note ? { note } : {}) });
  }
  const race = raceSvg(d3, paths, say);

  const charts: Chart[] = [];
  const train14 = findExercise(curriculum, '14-train');
  if (train14) {
    const { module, source, note } = await load<{
      train: (n: object, x: number[], t: number[], lr: number, epochs: number) => { losses: number[] };
    }>(train14);
    const net = {
      weights: [
        [
          [0.3, 0.25],
          [0.4, 0.35],
        ],
        [
          [0.45, 0.4],
          [0.7, 0.6],
        ],
      ],
    };
    const { losses } = module.train(net, [0.1, 0.2], [0.4, 0.6], 0.5, 1000);
    charts.push({
      title: say("The article's 2-2-2 network: E_total over 1000 steps", '글의 2-2-2 네트워크: 1000단계 동안의 E_total'),
      subtitle: `${source === 'yours' ? say('your train (14)', '내 train (14)') : `${say('reference', '참고 답안')} — ${note}`} · α = 0.5 · E₀ = ${losses[0]!.toFixed(8)}, E₁ = ${losses[1]!.toFixed(8)}, E₁₀₀₀ = ${losses.at(-1)!.toExponential(3)}`,
      xLabel: say('step', '단계'),
      yLabel: 'E_total',
      series: [{ name: 'E_total', values: losses, source }],
    });
  }
  const iris = findExercise(curriculum, '24-iris');
  if (iris && isPresent(iris)) charts.push(...(await irisCharts(iris, load, session)));
  await session.close();

  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'optimizer-race.svg'), race);
  charts.forEach((c, i) => writeFileSync(join(outDir, `curve-${i + 1}.svg`), chartSvg(d3, c)));
  writeFileSync(
    join(outDir, 'index.html'),
    page(
      race,
      charts.map((c) => chartSvg(d3, c)),
      paths,
    ),
  );
  console.log(
    say(
      `Wrote ${relative(process.cwd(), join(outDir, 'index.html'))}: open it in a browser.`,
      `${josa(relative(process.cwd(), join(outDir, 'index.html')), '을/를')} 만들었습니다. 브라우저로 여세요.`,
    ),
  );
  for (const p of paths)
    console.log(
      `  ${p.source === 'yours' ? '●' : '○'} ${p.name.padEnd(9)} ${p.source === 'yours' ? say('your class', '내 클래스') : `${say('reference', '참고 답안')} (${p.note})`}`,
    );
}

type Loader = <T>(e: Exercise) => Promise<{ module: T; source: 'yours' | 'reference'; note?: string }>;
interface LabelledData {
  features: number[][];
  labels: number[];
}
interface Iris24 {
  trainSoftmaxClassifier: (
    features: number[][],
    labels: number[],
    options: object,
  ) => { losses: number[]; trainAccuracy?: number[]; testAccuracy?: number[] };
}

/** 24: the 4 → 3 softmax classifier on the iris split of the spec, with plain SGD (lr 0.1, batches of 10). */
async function irisCharts(iris: Exercise, load: Loader, session: SpecSession): Promise<Chart[]> {
  const { module, source, note } = await load<Iris24>(iris);
  const { irisSplit } = await session.import<{ irisSplit: () => { train: LabelledData; test: LabelledData } }>(
    join(root, 'spec', 'support', 'iris.ts'),
  );
  const { train, test } = irisSplit();
  const sgd = (lr: number) => ({ step: (p: readonly number[], g: readonly number[]) => p.map((x, i) => x - lr * g[i]!) });
  const run = module.trainSoftmaxClassifier(train.features, train.labels, { evaluate: test, optimizer: () => sgd(0.1) });
  const whose =
    source === 'yours'
      ? say('your trainSoftmaxClassifier (24)', '내 trainSoftmaxClassifier (24)')
      : `${say('reference', '참고 답안')} — ${note}`;
  const epochs = run.losses.length - 1;
  const testAcc = run.testAccuracy ?? [];
  return [
    {
      title: say(
        `Iris, 4 features → 3 classes: mean cross-entropy over ${epochs} epochs`,
        `붓꽃, 특징 4개 → 클래스 3개: ${epochs} 에포크 동안의 평균 교차 엔트로피`,
      ),
      subtitle: `${whose} · SGD lr 0.1 · ${say('120 training flowers', '학습용 꽃 120송이')} · ${run.losses[0]!.toFixed(4)} → ${run.losses.at(-1)!.toFixed(4)}`,
      xLabel: say('epoch', '에포크'),
      yLabel: say('cross-entropy', '교차 엔트로피'),
      series: [{ name: say('training loss', '학습 손실'), values: run.losses, source }],
    },
    {
      title: say('Iris: accuracy per epoch', '붓꽃: 에포크별 정확도'),
      subtitle: `${whose} · ${say('held-out', '테스트')} ${testAcc.length ? `${(testAcc.at(-1)! * 100).toFixed(1)} %` : '—'} ${say('after the last epoch (30 flowers never trained on)', '(마지막 에포크 뒤, 학습에 쓰지 않은 꽃 30송이)')}`,
      xLabel: say('epoch', '에포크'),
      yLabel: say('accuracy', '정확도'),
      yDomain: [0, 1],
      series: [
        { name: say('training', '학습'), values: run.trainAccuracy ?? [], source },
        { name: say('held-out', '테스트'), values: testAcc, source },
      ],
    },
  ];
}

/** The loop guard's function in this process, for code loaded with session.import(). */
function armLoopGuard(limitMs: number): void {
  const deadline = Date.now() + limitMs * 3;
  (globalThis as { __kataLoopGuard?: () => void }).__kataLoopGuard = () => {
    if (Date.now() > deadline)
      throw new Error(
        say('plot: your code did not finish in time — an endless loop?', 'plot: 코드가 시간 안에 끝나지 않았습니다 — 무한 루프?'),
      );
  };
}

function page(race: string, charts: string[], paths: RacePath[]): string {
  const yours = paths.filter((p) => p.source === 'yours').length;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${esc(say('Deep-learning kata — pictures', '딥러닝 카타 — 그림'))}</title>
<style>body { font-family: sans-serif; margin: 24px; color: #222; max-width: 1400px; } svg { max-width: 100%; height: auto; } p { max-width: 72ch; line-height: 1.45; }</style></head>
<body>
<h1>${esc(say('The optimizer race', '옵티마이저 경주'))}</h1>
<p>${esc(
    say(
      `Each panel starts at (−7, 2) and takes 30 steps down f(x, y) = x²/20 + y², whose minimum is the green circle at (0, 0). The valley is twenty times flatter along x than along y: plain SGD zig-zags across it, Momentum overshoots and swings back, Adagrad and RMSprop rescale each coordinate, Adam combines both ideas, and Adadelta, which has no learning rate of its own to tune, starts with steps of only about √ε. Solid red paths are drawn by your own class (its spec passes: ${yours} of ${paths.length}); dashed blue paths by the reference solution until yours passes.`,
      `각 그림은 (−7, 2)에서 시작해 f(x, y) = x²/20 + y²를 따라 30단계 내려갑니다. 최솟값은 (0, 0)의 초록 원입니다. 이 골짜기는 x 방향이 y 방향보다 스무 배 완만해서, 순수한 SGD는 골짜기를 가로질러 지그재그로 움직이고, 모멘텀은 지나쳤다가 되돌아오며, Adagrad와 RMSprop은 좌표마다 보폭을 조절하고, Adam은 두 생각을 합치며, 따로 조정할 학습률이 없는 AdaDelta는 약 √ε 크기의 아주 작은 걸음으로 시작합니다. 빨간 실선은 내 클래스가 그린 경로(스펙 통과: ${paths.length}개 중 ${yours}개), 파란 점선은 내 것이 통과하기 전까지 대신 쓰는 참고 답안의 경로입니다.`,
    ),
  )}</p>
${race}
<h1>${esc(say('Loss curves', '손실 곡선'))}</h1>
<div style="display: flex; flex-wrap: wrap; gap: 12px">
${charts.join('\n')}
</div>
</body>
</html>
`;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
