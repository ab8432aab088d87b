// npm run generate:held-out — writes spec/held-out/support/generated/cases.ts (lib/cases/held-out.ts).
import { writeHeldOutCases } from './lib/cases/held-out.ts';

writeHeldOutCases();
