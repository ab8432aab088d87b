// The import rule of the tooling (issue 19), checked by verify (scripts/lib/verify/checks/style.ts):
//   imports point down the layers   core ← runner ← grading ← verify
//     core      → nothing of ours          runner → core
//     sandbox   → core                     cases  → core
//     pictures  → core, runner             grading → core, runner, sandbox, cases
//     verify    → anything; nothing imports verify but the entries scripts/verify.ts, mutants.ts, bench.ts
//   scripts/*.ts (the npm entries) may import lib/; lib/ never imports an entry;
//   spec/ imports nothing under scripts/ but scripts/lib/for-specs.ts;
//   explore/ may import scripts/lib/core, scripts/lib/pictures and spec/support; no cycles anywhere.
// Run it: npx depcruise --config .dependency-cruiser.cjs scripts spec explore vitest.config.ts mutants/vitest.config.ts
const LIB = '^scripts/lib/';
const ENTRY = '^scripts/[^/]+$';

// Imports that break the rule today, left to the helpers rewriting those files (issue 19): fix, then delete.
const KNOWN = {};

/** `from` may import only its own folder and `allowed` (folders under scripts/lib/), nothing else of scripts/. */
const within = (name, from, allowed, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: `${LIB}${from}/` },
  to: { path: '^scripts/', pathNot: [`${LIB}(?:${[from, ...allowed].join('|')})/`, ...(KNOWN[from] ?? [])] },
});

module.exports = {
  forbidden: [
    within('core-imports-nothing-above', 'core', [], 'core is the bottom layer: it imports nothing else of scripts/'),
    within('runner-imports-core-only', 'runner', ['core'], 'the learner runner stands on core alone'),
    within('sandbox-imports-core-only', 'sandbox', ['core'], 'the sandbox is the one boundary; it stands on core alone'),
    within('cases-import-core-only', 'cases', ['core'], 'the generators of expected values stand on core alone'),
    within('pictures-import-core-runner', 'pictures', ['core', 'runner'], 'plot and explore stand on core and the runner'),
    within('grading-imports-below', 'grading', ['core', 'runner', 'sandbox', 'cases'], 'grading stands on core, the runner, the sandbox and the cases'),
    {
      name: 'for-specs-imports-core-sandbox',
      comment: "for-specs.ts, spec/'s one door into scripts/, passes on core and the sandbox's client only",
      severity: 'error',
      from: { path: `${LIB}for-specs\\.ts$` },
      to: { path: '^scripts/', pathNot: [`${LIB}(?:core|sandbox)/`] },
    },
    {
      name: 'nothing-imports-verify',
      comment: "verify is the maintainers' own: only the entries verify, mutants and bench import it",
      severity: 'error',
      from: { pathNot: ['^scripts/lib/verify/', '^scripts/(?:verify|mutants|bench)\\.ts$'] },
      to: { path: '^scripts/lib/verify/' },
    },
    {
      name: 'lib-imports-no-entry',
      comment: 'scripts/*.ts are thin npm entries: lib/ never imports one',
      severity: 'error',
      from: { path: LIB },
      to: { path: ENTRY },
    },
    {
      name: 'spec-imports-for-specs-only',
      comment: 'spec/ reaches the tooling through scripts/lib/for-specs.ts alone',
      severity: 'error',
      from: { path: '^spec/' },
      to: { path: '^scripts/', pathNot: [`${LIB}for-specs\\.ts$`] },
    },
    {
      name: 'explore-imports-core-pictures-support',
      comment: 'the explore page takes core, pictures and spec/support from the tooling, nothing else',
      severity: 'error',
      from: { path: '^explore/' },
      to: { path: '^(?:scripts|spec)/', pathNot: [`${LIB}(?:core|pictures)/`, '^spec/support/'] },
    },
    {
      name: 'no-circular',
      // A cycle made only of type references (a JSDoc typedef naming the module that calls it) loads nothing.
      comment: 'no module reaches itself through its imports',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'type-import', 'jsdoc', 'jsdoc-bracket-import', 'jsdoc-import-tag'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(?:^|/)node_modules/', '^\\.kata/'] },
    // `@kata/*` (the learner's tree) and the extensionless imports of spec/support resolve as tsc does.
    tsConfig: { fileName: 'tsconfig.json' },
    // A type-only import couples layers as much as any other; JSDoc types in the .mjs files too.
    tsPreCompilationDeps: true,
    detectJSDocImports: true,
    // A second run reads only the files that changed (.kata/ is git-ignored).
    cache: { folder: '.kata/depcruise', strategy: 'content' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
