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
});
