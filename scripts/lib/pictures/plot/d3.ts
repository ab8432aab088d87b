// The d3 modules the plots use, loaded with import() only when a plot is drawn.
import type { contours } from 'd3-contour';
import type { geoIdentity, geoPath } from 'd3-geo';
import type { scaleLinear } from 'd3-scale';
import type { line } from 'd3-shape';

export interface D3 {
  contours: typeof contours;
  geoPath: typeof geoPath;
  geoIdentity: typeof geoIdentity;
  scaleLinear: typeof scaleLinear;
  line: typeof line;
}

export async function loadD3(): Promise<D3> {
  const [contour, geo, scale, shape] = await Promise.all([import('d3-contour'), import('d3-geo'), import('d3-scale'), import('d3-shape')]);
  return {
    contours: contour.contours,
    geoPath: geo.geoPath,
    geoIdentity: geo.geoIdentity,
    scaleLinear: scale.scaleLinear,
    line: shape.line,
  };
}

/** Text safe inside SVG and HTML. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Numbers in SVG attributes, short. */
export function n(x: number): string {
  return String(Math.round(x * 100) / 100);
}
