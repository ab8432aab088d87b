// 23 softmaxCrossEntropyGradient — held-out checks (never given to students; see spec/held-out/support/generated/cases.ts).
import { describe, expect, it } from 'vitest';
import { softmaxCrossEntropyGradient } from '@kata/23-softmax-cross-entropy/softmax-cross-entropy';
import { t } from '../support';
import { heldOut } from './support/generated/cases';

describe('23 softmaxCrossEntropyGradient (held-out)', () => {
  for (const [i, c] of heldOut.softmaxCrossEntropy.entries()) {
    const name = `softmaxCrossEntropyGradient([${c.logits.join(', ')}], ${c.classIndex})`;
    it(t(`held-out case ${i + 1}`, `비공개 사례 ${i + 1}`), () => {
      expect(softmaxCrossEntropyGradient([...c.logits], c.classIndex)).toMatchValue(c.gradient, { name, tol: 1e-12 });
    });
  }
});
