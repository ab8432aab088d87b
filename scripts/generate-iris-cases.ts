// npm run generate:iris — writes spec/support/generated/iris-cases.ts and its held-out twin (lib/cases/iris.ts).
import { writeIrisCases } from './lib/cases/iris.ts';

writeIrisCases();
