// npm run readme — regenerate the chapter lists in README.md and README.ko.md from curriculum.json.
import { writeChapterLists } from './lib/core/chapter-list.ts';
import { loadCurriculum } from './lib/core/curriculum.ts';

writeChapterLists(loadCurriculum());
console.log('README.md and README.ko.md: chapter lists updated from curriculum.json');
