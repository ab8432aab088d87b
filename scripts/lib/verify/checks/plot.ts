// verify's check of `npm run plot`: the page is written, and in headless Chromium every optimizer's
// path, the contour lines and every curve actually render (non-empty geometry).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Check } from '../tally.ts';
import { chromiumPath, inChromium } from '../chromium.ts';
import { root } from '../../core/curriculum.ts';
import { execute, TSX } from '../../core/exec.ts';

/** What the page must contain once rendered, measured in the browser. */
interface Rendered {
  traces: { optimizer: string | null; source: string | null; length: number }[];
  contours: number;
  emptyContours: number;
  curves: { series: string | null; length: number }[];
  errors: string[];
}

export async function checkPlot(): Promise<{ checks: Check[]; skipped?: string }> {
  const checks: Check[] = [];
  const add = (ok: boolean, what: string, detail = '') => checks.push([ok, what, detail]);
  const run = await execute(process.execPath, ['--import', TSX, join(root, 'scripts', 'plot.ts')], {
    env: { KATA_LANG: 'en' },
    timeoutMs: 60_000,
  });
  const page = join(root, 'plots', 'index.html');
  add(
    run.code === 0 && existsSync(page) && existsSync(join(root, 'plots', 'optimizer-race.svg')),
    `npm run plot writes plots/index.html and the SVGs (${run.seconds.toFixed(1)} s)`,
    run.stdout + run.stderr,
  );
  if (!existsSync(page)) return { checks };

  if (!existsSync(chromiumPath)) {
    const why = `Chromium is not installed at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH): the browser check of the plot did not run`;
    if (process.env.KATA_REQUIRE_BROWSER) add(false, 'plot renders in headless Chromium', why);
    return { checks, skipped: why };
  }
  const expected = (readFileSync(page, 'utf8').match(/class="trace /g) ?? []).length;
  let rendered: Rendered | undefined;
  let failure = '';
  try {
    rendered = await render(page);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  const traces = rendered?.traces ?? [];
  add(
    !!rendered &&
      expected === 8 &&
      traces.length === 8 &&
      traces.every((t) => t.length > 1 && t.optimizer && (t.source === 'yours' || t.source === 'reference')),
    'in Chromium, all 8 optimizer paths render, each labelled with whose class drew it',
    failure || JSON.stringify(traces),
  );
  add(
    !!rendered && rendered.contours > 0 && rendered.emptyContours === 0,
    `in Chromium, the contour lines of f render (${rendered?.contours ?? 0} paths)`,
    failure || JSON.stringify(rendered),
  );
  add(
    !!rendered && rendered.curves.length > 0 && rendered.curves.every((c) => c.length > 1),
    `in Chromium, every loss curve renders (${rendered?.curves.length ?? 0})`,
    failure || JSON.stringify(rendered?.curves),
  );
  add(!!rendered && rendered.errors.length === 0, 'the page logs no errors', rendered?.errors.join('\n') ?? failure);
  return { checks };
}

async function render(page: string): Promise<Rendered> {
  // Runs in the page (a string, so this Node-side file needs no DOM types).
  const { value, errors } = await inChromium<Omit<Rendered, 'errors'>>(
    page,
    `(() => {
      const length = (el) => el.getTotalLength();
      const contours = [...document.querySelectorAll('path.contour')];
      return {
        traces: [...document.querySelectorAll('path.trace')].map((el) => ({ optimizer: el.getAttribute('data-optimizer'), source: el.getAttribute('data-source'), length: length(el) })),
        contours: contours.length,
        emptyContours: contours.filter((el) => !(length(el) > 0)).length,
        curves: [...document.querySelectorAll('path.curve[data-series]')].map((el) => ({ series: el.getAttribute('data-series'), length: length(el) })),
      };
    })()`,
  );
  return { ...value, errors };
}
