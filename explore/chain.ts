// The chain-rule box of panel 1: ∂E/∂w as a product of three factors, each the learner's own — read
// back out of what their 10, 11 and 12 returned — next to the value the page works out itself from the
// article's network (plain arithmetic, no learner code). A factor that differs is marked with the
// value it should have, so a forgotten σ′ shows as "∂o1/∂z3 = 1, should be 0.23802157".
import { input, network, target, type Results } from './article';
import { t } from './i18n';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The article's example worked out on the page: the pass, δ of both layers and every gradient. */
export function expected(): {
  h: number[];
  o: number[];
  dEdo: number[];
  slopeOut: number[];
  slopeHidden: number[];
  deltaOut: number[];
  dEdh: number[];
  gradients: number[][][];
} {
  const [W1, W2] = network().weights as [number[][], number[][]];
  const h = W1.map((row) => sigmoid(row.reduce((s, w, i) => s + w * input[i]!, 0)));
  const o = W2.map((row) => sigmoid(row.reduce((s, w, j) => s + w * h[j]!, 0)));
  const dEdo = o.map((ok, k) => ok - target[k]!);
  const slopeOut = o.map((ok) => ok * (1 - ok));
  const slopeHidden = h.map((hj) => hj * (1 - hj));
  const deltaOut = dEdo.map((d, k) => d * slopeOut[k]!);
  const dEdh = h.map((_, j) => deltaOut.reduce((s, d, k) => s + d * W2[k]![j]!, 0));
  const gradients = [
    W1.map((row, j) => row.map((_, i) => dEdh[j]! * slopeHidden[j]! * input[i]!)),
    W2.map((row, k) => row.map((_, j) => deltaOut[k]! * h[j]!)),
  ];
  return { h, o, dEdo, slopeOut, slopeHidden, deltaOut, dEdh, gradients };
}

/** Whether the learner's value differs from the page's own. */
export const differs = (yours: number | undefined, right: number) =>
  yours === undefined || !Number.isFinite(yours) || Math.abs(yours - right) > 1e-6 * Math.max(1, Math.abs(right));

const show = (x: number | undefined) => (x === undefined ? '–' : Number.isFinite(x) ? String(Number(x.toPrecision(8))) : String(x));

interface Factor {
  name: string;
  yours: number | undefined;
  right: number;
  /** Where the learner's value comes from. */
  from: [string, string];
}

/** The box for weight w (1 … 8), as HTML. */
export function chainBox(w: number, r: Results): string {
  const e = expected();
  const W2 = network().weights[1]!;
  let factors: Factor[];
  let product: { yours: number | undefined; right: number; from: [string, string] };
  if (w >= 5) {
    const k = w <= 6 ? 0 : 1;
    const j = (w - 5) % 2;
    // 11 returns δ and the gradients: ∂o/∂z is δ ÷ ∂E/∂o, and ∂z/∂w is the gradient ÷ δ.
    const dEdo = r.dEdo?.[k];
    const delta = r.output?.delta[k];
    const gradient = r.output?.gradients[k]?.[j];
    factors = [
      { name: `∂E/∂o${k + 1}`, yours: dEdo, right: e.dEdo[k]!, from: ['10', '10'] },
      {
        name: `∂o${k + 1}/∂z${k + 3}`,
        yours: delta !== undefined && dEdo ? delta / dEdo : r.slopeOut?.[k],
        right: e.slopeOut[k]!,
        from: delta !== undefined ? ["11's δ ÷ ∂E/∂o", '11의 δ ÷ ∂E/∂o'] : ['06', '06'],
      },
      {
        name: `∂z${k + 3}/∂w${w} = h${j + 1}`,
        yours: gradient !== undefined && delta ? gradient / delta : r.pass?.a[1]?.[j],
        right: e.h[j]!,
        from: gradient !== undefined ? ["11's gradient ÷ δ", '11의 기울기 ÷ δ'] : ['09', '09'],
      },
    ];
    product = { yours: gradient, right: e.gradients[1]![k]![j]!, from: ['11', '11'] };
  } else {
    const j = w <= 2 ? 0 : 1;
    const i = (w - 1) % 2;
    const deltas = r.output?.delta;
    factors = [
      {
        name: `∂E/∂h${j + 1} = δ1·w${5 + j} + δ2·w${7 + j}`,
        yours: deltas ? deltas[0]! * W2[0]![j]! + deltas[1]! * W2[1]![j]! : undefined,
        right: e.dEdh[j]!,
        from: ["11's δ", '11의 δ'],
      },
      { name: `∂h${j + 1}/∂z${j + 1}`, yours: r.slopeHidden?.[j], right: e.slopeHidden[j]!, from: ['06', '06'] },
      { name: `∂z${j + 1}/∂w${w} = x${i + 1}`, yours: input[i], right: input[i]!, from: [t('the input', '입력'), '입력'] },
    ];
    product = { yours: r.gradients?.[0]?.[j]?.[i], right: e.gradients[0]![j]![i]!, from: ['12', '12'] };
  }
  if (factors.some((f) => f.yours === undefined) && product.yours === undefined) {
    return t('Finish 06 and 09–11 first: the factors come from them.', '06과 09–11을 먼저 끝내세요. 인수가 거기서 나옵니다.');
  }
  const term = (f: Factor) => {
    const wrong = differs(f.yours, f.right);
    const should = wrong ? ` <small>${t(`should be ${show(f.right)}`, `올바른 값 ${show(f.right)}`)}</small>` : '';
    return `<span class="factor${wrong ? ' wrong' : ''}" data-factor="${f.name.split(' ')[0]}" title="${t(`from ${f.from[0]}`, `${f.from[1]}에서`)}">${show(f.yours)}${should}</span>`;
  };
  const wrongProduct = differs(product.yours, product.right);
  const names = factors.map((f) => f.name.split(' = ')[0]).join(' · ');
  const whereFrom = factors.map((f) => `${f.name.split(' = ')[0]}: ${t(f.from[0], f.from[1])}`).join(', ');
  return `<div>∂E/∂w${w} = ${names}</div>
    <div>= ${factors.map(term).join(' × ')} = <span class="factor${wrongProduct ? ' wrong' : ''}" data-factor="∂E/∂w${w}">${show(product.yours ?? factors.reduce((p, f) => p * (f.yours ?? NaN), 1))}</span>${wrongProduct ? ` <small>${t(`should be ${show(product.right)}`, `올바른 값 ${show(product.right)}`)}</small>` : ''}</div>
    <div class="note">${t('Your factors', '내 인수')} (${whereFrom}); ${t("a marked one differs from the article's network worked out on this page.", '표시한 인수는 이 페이지가 글의 신경망으로 직접 계산한 값과 다릅니다.')}</div>`;
}
