// 11 outputLayerGradients — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { outputLayerGradients } from '@kata/11-output-layer/output-layer';
import { t } from '../support';
import { heldOut } from './support/generated/cases';

const n = heldOut.network;

describe('11 outputLayerGradients (held-out)', () => {
  it(t('δ and the gradients of the output layer of a 3-2-2 network', '3-2-2 네트워크 출력층의 δ와 기울기'), () => {
    const { delta, gradients } = outputLayerGradients({ weights: structuredClone(n.weights) }, structuredClone(n.pass), [...n.target]);
    expect(delta).toMatchValue(n.outputDelta, { name: 'outputLayerGradients(3-2-2).delta', tol: 1e-12 });
    expect(gradients).toMatchValue(n.gradients[1]!, { name: 'outputLayerGradients(3-2-2).gradients', tol: 1e-12 });
  });

  it(t('reads the pass it is given: a made-up pass of the 3-2-2 network, z = (0, 0), o = (0.5, 0.5), previous layer (2, −1)', '받은 pass를 읽습니다: 3-2-2 네트워크의 지어낸 pass, z = (0, 0), o = (0.5, 0.5), 앞 층 (2, −1)'), () => {
    const pass = { z: [[], [0.4, 0.1], [0, 0]], a: [[7, 7, 7], [2, -1], [0.5, 0.5]] };
    const { delta, gradients } = outputLayerGradients({ weights: structuredClone(n.weights) }, pass, [0.25, 1]);
    // δ = (0.5 − 0.25)·0.25, (0.5 − 1)·0.25; gradients = δ ⊗ (2, −1), by hand.
    expect(delta).toMatchValue([0.0625, -0.125], { name: t('outputLayerGradients(3-2-2, made-up pass).delta', 'outputLayerGradients(3-2-2, 지어낸 pass).delta'), tol: 1e-12 });
    expect(gradients).toMatchValue([[0.125, -0.0625], [-0.25, 0.125]], { name: t('outputLayerGradients(3-2-2, made-up pass).gradients', 'outputLayerGradients(3-2-2, 지어낸 pass).gradients'), tol: 1e-12 });
    // A target outside (0, 1) is still a finite number: δ = (0.5 − 2)·0.25, (0.5 + 1)·0.25.
    expect(outputLayerGradients({ weights: structuredClone(n.weights) }, pass, [2, -1]).delta).toMatchValue([-0.375, 0.375], { name: t('outputLayerGradients(3-2-2, made-up pass, target [2, −1]).delta', 'outputLayerGradients(3-2-2, 지어낸 pass, 목표 [2, −1]).delta'), tol: 1e-12 });
  });

  it(t('the output layer of a 2-3-2-3 network: the last of three layers of weights', '2-3-2-3 네트워크의 출력층: 가중치 층 셋 중 마지막'), () => {
    const d = heldOut.deep;
    // The pass is the test's input, worked out here; the expected gradients are the generated ones.
    const z: number[][] = [[]];
    const a: number[][] = [[...d.input]];
    for (const layer of d.weights) {
      z.push(layer.map((row) => row.reduce((sum, w, i) => sum + w * a[a.length - 1]![i]!, 0)));
      a.push(z[z.length - 1]!.map((v) => 1 / (1 + Math.exp(-v))));
    }
    const { gradients } = outputLayerGradients({ weights: structuredClone(d.weights) }, { z, a }, [...d.target]);
    expect(gradients).toMatchValue(d.gradients[2]!, { name: 'outputLayerGradients(2-3-2-3).gradients', tol: 1e-10 });
  });
});
