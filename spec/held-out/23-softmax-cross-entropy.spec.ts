// 23 softmaxCrossEntropyGradient — held-out checks (never given to students; see spec/held-out/support/cases.ts).
import { describe, expect, it } from 'vitest';
import { softmaxCrossEntropyGradient } from '@kata/23-softmax-cross-entropy/softmax-cross-entropy';
import { t } from '../support';
import { heldOut } from './support/cases';

describe('23 softmaxCrossEntropyGradient (held-out)', () => {
  it(t('softmax − one-hot for other logits (large ones too: no overflow) and every class', '다른 로짓(큰 로짓 포함: 오버플로 없음)과 모든 클래스에서 softmax − one-hot'), () => {
    for (const c of heldOut.softmaxCrossEntropy) {
      expect(softmaxCrossEntropyGradient([...c.logits], c.classIndex)).toMatchValue(c.gradient, { name: `softmaxCrossEntropyGradient([${c.logits.join(', ')}], ${c.classIndex})`, tol: 1e-12 });
    }
  });
});
