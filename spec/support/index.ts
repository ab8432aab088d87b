// What a spec imports: `import { t, expectRejects, ... } from './support'`.
export { t, lang } from './i18n';
export { expectFiniteVector, expectRejects, expectUnchanged } from './checks';
export type { Mistake } from './mistakes';
export { roundLike } from './matchers';
export { show, type Nested } from './nested';
export { article, deepExample, deepStepped, deeperExample, flatten, lossOf, singleLayerExample, unflatten, wideExample, type Example, type NetworkData, type PassData } from './network';
export { centralDifference, expectGradientCheck, expectRelative, expectShape, near } from './numeric';
export { describeOptimizer, expectArgumentsKept, expectFirstStep, expectIndependent, expectOptionsChecked, expectPath, expectStepRejects, optimizerCases, valley, type OptimizerCase, type OptimizerUnderTest, type Stepper } from './optimizers';
