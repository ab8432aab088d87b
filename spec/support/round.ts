// Rounding the way the article prints: to as many decimals as the printed text has, with decimal.js
// (half up). Shared by the matchers (toMatchArticle) and the explore page, so both judge alike.
import { Decimal } from 'decimal.js';

export function roundLike(value: number, printed: string): string {
  const decimals = printed.includes('.') ? printed.length - printed.indexOf('.') - 1 : 0;
  return new Decimal(value).toFixed(decimals);
}
