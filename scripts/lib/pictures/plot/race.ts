// The optimizer race: each optimizer's path over the contour lines of f(x, y) = x²/20 + y²,
// starting at (−7, 2), in the manner of the classic comparison figure.
import { type D3, esc, n } from './d3.ts';

export interface RacePath {
  /** Class name, e.g. 'Adam'. */
  name: string;
  /** What was passed to the constructor, for the caption, e.g. 'lr 0.3'. */
  settings: string;
  /** Positions p0 … p30. */
  points: number[][];
  /** Whose class drew it. */
  source: 'yours' | 'reference';
  /** Why the reference was used, when it was. */
  note?: string;
  /** The reference path, drawn faintly under this one (npm run explore). */
  ghost?: number[][];
}

/** A surface to descend: its function, gradient, the window drawn, contour levels and the start. */
export interface Surface {
  name: string;
  f: (x: number, y: number) => number;
  grad: (p: readonly number[]) => number[];
  x: [number, number];
  y: [number, number];
  levels: number[];
  start: number[];
}

/** The optimizers of chapter 4, with the settings of the classic figure where it has them (npm run plot, and the explore page's defaults). */
export const FIGURE: { id: string; name: string; options: Record<string, number>; settings: string }[] = [
  { id: '15-sgd', name: 'SGD', options: { lr: 0.95 }, settings: 'lr 0.95' },
  { id: '16-momentum', name: 'Momentum', options: { lr: 0.1 }, settings: 'lr 0.1, μ 0.9' },
  { id: '17-nesterov', name: 'Nesterov', options: { lr: 0.1 }, settings: 'lr 0.1, μ 0.9' },
  { id: '18-adagrad', name: 'Adagrad', options: { lr: 1.5 }, settings: 'lr 1.5' },
  { id: '19-rmsprop', name: 'RMSprop', options: { lr: 0.1 }, settings: 'lr 0.1, α 0.99' },
  { id: '20-adadelta', name: 'Adadelta', options: {}, settings: 'lr 1 (default), ρ 0.9' },
  { id: '21-adam', name: 'Adam', options: { lr: 0.3 }, settings: 'lr 0.3' },
  { id: '22-nadam', name: 'NAdam', options: { lr: 0.3 }, settings: 'lr 0.3' },
];
export const f = (x: number, y: number) => (x * x) / 20 + y * y;
export const gradF = (p: readonly number[]) => [p[0]! / 10, 2 * p[1]!];

/** The classic figure's valley, f(x, y) = x²/20 + y², from (−7, 2). */
export const valley: Surface = {
  name: 'valley',
  f,
  grad: gradF,
  x: [-10, 10],
  y: [-5, 5],
  levels: [0.1, 0.3, 0.6, 1, 1.5, 2.2, 3, 4, 5.5, 7.5, 10, 14, 20],
  start: [-7, 2],
};

/** A gentle Rosenbrock banana, (1 − x)² + 5 (y − x²)², minimum at (1, 1), from (−1.5, 2). */
export const rosenbrock: Surface = {
  name: 'rosenbrock',
  f: (x, y) => (1 - x) ** 2 + 5 * (y - x * x) ** 2,
  grad: ([x = 0, y = 0]) => [-2 * (1 - x) - 20 * x * (y - x * x), 10 * (y - x * x)],
  x: [-2.5, 2.5],
  y: [-0.5, 2],
  levels: [0.05, 0.2, 0.5, 1, 2, 4, 8, 15, 30, 60],
  start: [-1.5, 2],
};

const W = 300; // panel plot width in px (the valley: 15 px per unit on both axes)
const H = 150;
const COLS = 200; // contour grid
const ROWS = 100;
const contourCache = new Map<string, string[]>();

/** Contour lines of the surface over the panel, as SVG path data in panel pixels (computed once). */
function contourPaths(d3: D3, surface: Surface): string[] {
  const cached = contourCache.get(surface.name);
  if (cached) return cached;
  const dx = (surface.x[1] - surface.x[0]) / COLS;
  const dy = (surface.y[1] - surface.y[0]) / ROWS;
  const values: number[] = [];
  for (let j = 0; j < ROWS; j++)
    for (let i = 0; i < COLS; i++) values.push(surface.f(surface.x[0] + (i + 0.5) * dx, surface.y[1] - (j + 0.5) * dy));
  const path = d3.geoPath(d3.geoIdentity().scale(W / COLS));
  const paths = d3
    .contours()
    .size([COLS, ROWS])
    .thresholds(surface.levels)(values)
    .map((c) => path(c) ?? '');
  contourCache.set(surface.name, paths);
  return paths;
}

export function raceSvg(
  d3: D3,
  paths: RacePath[],
  say: (en: string, ko: string) => string,
  surface: Surface = valley,
  columns = 4,
): string {
  const margin = { top: 34, right: 14, bottom: 30, left: 34 };
  const panelW = W + margin.left + margin.right;
  const panelH = H + margin.top + margin.bottom;
  const rows = Math.ceil(paths.length / columns);
  const x = d3.scaleLinear().domain(surface.x).range([0, W]);
  const y = d3.scaleLinear().domain(surface.y).range([H, 0]);
  const trace = d3
    .line<number[]>()
    .x((p) => x(p[0]!))
    .y((p) => y(p[1]!));
  const contours = contourPaths(d3, surface)
    .map((d) => `<path class="contour" d="${d}"/>`)
    .join('');
  const minimum = surface === valley ? [0, 0] : [1, 1];

  const panels = paths.map((run, k) => {
    const left = (k % columns) * panelW + margin.left;
    const top = Math.floor(k / columns) * panelH + margin.top;
    const clip = `clip-${k}`;
    const last = run.points.at(-1) ?? surface.start;
    const label = run.source === 'yours' ? say('your class', '내 클래스') : say('reference', '참고 답안');
    const ticks = (scale: typeof x, values: number[], axis: 'x' | 'y') =>
      values
        .map((v) =>
          axis === 'x'
            ? `<text class="tick" x="${n(scale(v))}" y="${H + 14}" text-anchor="middle">${v}</text>`
            : `<text class="tick" x="-6" y="${n(scale(v) + 3)}" text-anchor="end">${v}</text>`,
        )
        .join('');
    return `<g class="panel" transform="translate(${left},${top})">
  <text class="title" x="0" y="-18">${esc(run.name)} <tspan class="settings">${esc(run.settings)}</tspan></text>
  <text class="source ${run.source}" x="0" y="-5">${esc(label)}${run.note ? ` — ${esc(run.note)}` : ''}</text>
  <clipPath id="${clip}"><rect width="${W}" height="${H}"/></clipPath>
  <rect class="frame" width="${W}" height="${H}"/>
  <g clip-path="url(#${clip})">${contours}
    ${run.ghost ? `<path class="ghost" data-ghost="${esc(run.name)}" d="${trace(run.ghost) ?? ''}"/>` : ''}
    <path class="trace ${run.source}" data-optimizer="${esc(run.name)}" data-source="${run.source}" d="${trace(run.points) ?? ''}"/>
    ${run.points.map((p) => `<circle class="step" r="2" cx="${n(x(p[0]!))}" cy="${n(y(p[1]!))}"/>`).join('')}
    <circle class="minimum" r="3.5" cx="${n(x(minimum[0]!))}" cy="${n(y(minimum[1]!))}"/>
  </g>
  ${ticks(x, x.ticks(5), 'x')}${ticks(y, y.ticks(4), 'y')}
  <text class="end" x="${W}" y="${H + 26}" text-anchor="end">${say(`after ${run.points.length - 1} steps`, `${run.points.length - 1}단계 후`)}: (${last[0]!.toFixed(3)}, ${last[1]!.toFixed(3)})</text>
</g>`;
  });

  return `<svg xmlns="http://www.w3.org/2000/svg" class="race" viewBox="0 0 ${columns * panelW} ${rows * panelH}" width="${columns * panelW}" height="${rows * panelH}" font-family="sans-serif" font-size="11">
<style>
  .contour { fill: none; stroke: #c8ccd4; stroke-width: 0.8; }
  .frame { fill: #fcfcfd; stroke: #9aa0aa; }
  .trace { fill: none; stroke-width: 1.6; }
  .trace.yours { stroke: #d1495b; } .trace.reference { stroke: #3d5a80; stroke-dasharray: 4 2; }
  .ghost { fill: none; stroke: #3d5a80; stroke-width: 3; stroke-opacity: 0.25; }
  .step { fill: #222; } .minimum { fill: none; stroke: #2a9d8f; stroke-width: 1.5; }
  .title { font-weight: bold; font-size: 13px; } .settings { font-weight: normal; fill: #555; }
  .source.yours { fill: #d1495b; } .source.reference { fill: #3d5a80; }
  .tick, .end { fill: #555; font-size: 10px; }
</style>
${panels.join('\n')}
</svg>`;
}
