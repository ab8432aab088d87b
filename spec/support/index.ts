// What a spec imports: `import { t, expectRejects, ... } from './support'`. The larger helpers of
// single chapters are imported from their own files ('./support/network', './support/optimizers',
// './support/iris', './support/prerequisites'), so a run of one exercise loads only what it needs.
export { t, lang, josa } from './i18n';
export { computedFromChanged, contract, expectFiniteVector, explainThrow, expectRejects, expectUnchanged, oneArrayKept, shaped, slopeOfUndefined } from './checks';
export type { Mistake } from './mistakes';
export { roundLike } from './matchers';
export { show, type Nested } from './nested';
export { fivePointDerivative, expectGradientCheck, expectRelative, expectShape, near } from './numeric';
