// npm run generate:optimizers — writes spec/support/generated/optimizer-cases.ts and its held-out twin (lib/cases/optimizers.ts).
import { writeOptimizerCases } from './lib/cases/optimizers.ts';

writeOptimizerCases();
