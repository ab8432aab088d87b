// The optimizer race: each optimizer's path over the contour lines of f(x, y) = x²/20 + y²,
// starting at (−7, 2), in the manner of the classic comparison figure.
import { type D3, esc, n } from './d3';

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
}

export const f = (x: number, y: number) => (x * x) / 20 + y * y;
export const gradF = (p: readonly number[]) => [p[0]! / 10, 2 * p[1]!];

const X = [-10, 10];
const Y = [-5, 5];
const W = 300; // panel plot width in px: 15 px per unit on both axes
const H = 150;
const CELL = 0.1; // contour grid spacing in units
const LEVELS = [0.1, 0.3, 0.6, 1, 1.5, 2.2, 3, 4, 5.5, 7.5, 10, 14, 20];

/** Contour lines of f over the panel, as SVG path data in panel pixels (computed once). */
function contourPaths(d3: D3): string[] {
  const cols = Math.round((X[1]! - X[0]!) / CELL);
  const rows = Math.round((Y[1]! - Y[0]!) / CELL);
  const values: number[] = [];
  for (let j = 0; j < rows; j++) for (let i = 0; i < cols; i++) values.push(f(X[0]! + (i + 0.5) * CELL, Y[1]! - (j + 0.5) * CELL));
  const path = d3.geoPath(d3.geoIdentity().scale(W / cols));
  return d3.contours().size([cols, rows]).thresholds(LEVELS)(values).map((c) => path(c) ?? '');
}

export function raceSvg(d3: D3, paths: RacePath[], say: (en: string, ko: string) => string): string {
  const columns = 4;
  const margin = { top: 34, right: 14, bottom: 30, left: 34 };
  const panelW = W + margin.left + margin.right;
  const panelH = H + margin.top + margin.bottom;
  const rows = Math.ceil(paths.length / columns);
  const x = d3.scaleLinear().domain(X).range([0, W]);
  const y = d3.scaleLinear().domain(Y).range([H, 0]);
  const trace = d3.line<number[]>().x((p) => x(p[0]!)).y((p) => y(p[1]!));
  const contours = contourPaths(d3).map((d) => `<path class="contour" d="${d}"/>`).join('');

  const panels = paths.map((run, k) => {
    const left = (k % columns) * panelW + margin.left;
    const top = Math.floor(k / columns) * panelH + margin.top;
    const clip = `clip-${k}`;
    const last = run.points.at(-1)!;
    const label = run.source === 'yours' ? say('your class', '내 클래스') : say('reference', '참고 답안');
    const ticks = (scale: typeof x, values: number[], axis: 'x' | 'y') =>
      values.map((v) => axis === 'x'
        ? `<text class="tick" x="${n(scale(v))}" y="${H + 14}" text-anchor="middle">${v}</text>`
        : `<text class="tick" x="-6" y="${n(scale(v) + 3)}" text-anchor="end">${v}</text>`).join('');
    return `<g class="panel" transform="translate(${left},${top})">
  <text class="title" x="0" y="-18">${esc(run.name)} <tspan class="settings">${esc(run.settings)}</tspan></text>
  <text class="source ${run.source}" x="0" y="-5">${esc(label)}${run.note ? ` — ${esc(run.note)}` : ''}</text>
  <clipPath id="${clip}"><rect width="${W}" height="${H}"/></clipPath>
  <rect class="frame" width="${W}" height="${H}"/>
  <g clip-path="url(#${clip})">${contours}
    <path class="trace ${run.source}" data-optimizer="${esc(run.name)}" data-source="${run.source}" d="${trace(run.points) ?? ''}"/>
    ${run.points.map((p) => `<circle class="step" r="2" cx="${n(x(p[0]!))}" cy="${n(y(p[1]!))}"/>`).join('')}
    <circle class="minimum" r="3.5" cx="${n(x(0))}" cy="${n(y(0))}"/>
  </g>
  ${ticks(x, x.ticks(5), 'x')}${ticks(y, y.ticks(4), 'y')}
  <text class="end" x="${W}" y="${H + 26}" text-anchor="end">${say('after 30 steps', '30단계 후')}: (${last[0]!.toFixed(3)}, ${last[1]!.toFixed(3)})</text>
</g>`;
  });

  return `<svg xmlns="http://www.w3.org/2000/svg" class="race" viewBox="0 0 ${columns * panelW} ${rows * panelH}" width="${columns * panelW}" height="${rows * panelH}" font-family="sans-serif" font-size="11">
<style>
  .contour { fill: none; stroke: #c8ccd4; stroke-width: 0.8; }
  .frame { fill: #fcfcfd; stroke: #9aa0aa; }
  .trace { fill: none; stroke-width: 1.6; }
  .trace.yours { stroke: #d1495b; } .trace.reference { stroke: #3d5a80; stroke-dasharray: 4 2; }
  .step { fill: #222; } .minimum { fill: none; stroke: #2a9d8f; stroke-width: 1.5; }
  .title { font-weight: bold; font-size: 13px; } .settings { font-weight: normal; fill: #555; }
  .source.yours { fill: #d1495b; } .source.reference { fill: #3d5a80; }
  .tick, .end { fill: #555; font-size: 10px; }
</style>
${panels.join('\n')}
</svg>`;
}
