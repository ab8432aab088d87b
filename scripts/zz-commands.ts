import { loadCurriculum } from './lib/core/curriculum.ts';
import { checkCommands } from './lib/verify/checks/commands.ts';
for (const [ok, what, detail] of await checkCommands(loadCurriculum())) console.log(ok ? '✓' : '✗', what, ok ? '' : detail.slice(0, 3000));
