// A line chart of per-epoch values (loss, accuracy), one or more series, with axes.
import { type D3, esc, n } from './d3.ts';

export interface Series {
  name: string;
  values: number[];
  /** 'yours' draws solid, 'reference' dashed; the legend says which. */
  source: 'yours' | 'reference';
}

export interface Chart {
  title: string;
  subtitle: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  /** Fixed y range, e.g. [0, 1] for accuracy. */
  yDomain?: [number, number];
}

const COLORS = ['#d1495b', '#3d5a80', '#2a9d8f', '#e9a03b'];

export function chartSvg(d3: D3, chart: Chart): string {
  const W = 520;
  const H = 220;
  const m = { top: 40, right: 130, bottom: 38, left: 60 };
  const longest = Math.max(...chart.series.map((s) => s.values.length));
  const all = chart.series.flatMap((s) => s.values);
  const x = d3
    .scaleLinear()
    .domain([0, Math.max(1, longest - 1)])
    .range([0, W]);
  const y = d3
    .scaleLinear()
    .domain(chart.yDomain ?? [Math.min(0, ...all), Math.max(...all)])
    .nice()
    .range([H, 0]);
  const line = d3
    .line<number>()
    .x((_, i) => x(i))
    .y((v) => y(v));
  const grid = y
    .ticks(5)
    .map(
      (v) =>
        `<line class="grid" x1="0" x2="${W}" y1="${n(y(v))}" y2="${n(y(v))}"/><text class="tick" x="-6" y="${n(y(v) + 3)}" text-anchor="end">${v}</text>`,
    )
    .join('');
  const xTicks = x
    .ticks(6)
    .map((v) => `<text class="tick" x="${n(x(v))}" y="${H + 14}" text-anchor="middle">${v}</text>`)
    .join('');
  const lines = chart.series
    .map((s, i) => {
      const color = COLORS[i % COLORS.length]!;
      return `<path class="curve ${s.source}" data-series="${esc(s.name)}" data-source="${s.source}" stroke="${color}" d="${line(s.values) ?? ''}"/>
  <g transform="translate(${W + 12},${14 + i * 18})"><line x2="18" stroke="${color}" class="curve ${s.source}"/><text x="24" y="4">${esc(s.name)}</text></g>`;
    })
    .join('\n  ');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${W + m.left + m.right} ${H + m.top + m.bottom}" width="${W + m.left + m.right}" height="${H + m.top + m.bottom}" font-family="sans-serif" font-size="11">
<style>
  .grid { stroke: #e3e5e8; } .axis { stroke: #9aa0aa; } .tick, .label { fill: #555; font-size: 10px; }
  .curve { fill: none; stroke-width: 1.8; } .curve.reference { stroke-dasharray: 5 3; }
  .title { font-weight: bold; font-size: 13px; } .subtitle { fill: #555; }
</style>
<g transform="translate(${m.left},${m.top})">
  <text class="title" x="0" y="-22">${esc(chart.title)}</text>
  <text class="subtitle" x="0" y="-8">${esc(chart.subtitle)}</text>
  ${grid}
  <line class="axis" x1="0" x2="${W}" y1="${H}" y2="${H}"/>
  ${xTicks}
  <text class="label" x="${W / 2}" y="${H + 30}" text-anchor="middle">${esc(chart.xLabel)}</text>
  <text class="label" transform="translate(-44,${H / 2}) rotate(-90)" text-anchor="middle">${esc(chart.yLabel)}</text>
  ${lines}
</g>
</svg>`;
}
