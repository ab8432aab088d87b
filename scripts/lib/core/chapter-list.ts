// The chapter list of README.md / README.ko.md, generated from curriculum.json between
// <!-- chapters --> and <!-- /chapters --> so the READMEs never drift from the manifest.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from './language.ts';
import { type Curriculum, isPresent, pathsOf, root, sectionName } from './curriculum.ts';

const start = '<!-- chapters -->';
const end = '<!-- /chapters -->';

export function chapterList(curriculum: Curriculum, lang: Lang): string {
  const lines: string[] = [];
  for (const chapter of curriculum.chapters) {
    lines.push(`\n**${lang === 'ko' ? `${chapter.number}장` : `Chapter ${chapter.number}`} — ${chapter.title[lang]}**\n`);
    lines.push(lang === 'ko' ? '| 연습 | 주제 | 글의 절 | 점수 |' : '| exercise | topic | article section | points |', '|---|---|---|---|');
    for (const e of curriculum.exercises.filter((x) => x.chapter === chapter.number)) {
      const readme = lang === 'ko' ? pathsOf(e).readmeKo : pathsOf(e).readme;
      const name = isPresent(e) ? `[${e.id}](${readme})` : `${e.id} ${lang === 'ko' ? '(준비 중)' : '(coming)'}`;
      lines.push(`| ${name} | ${e.title[lang]} | ${sectionName(curriculum, e.section, lang)} | ${e.points} |`);
    }
  }
  return `${start}\n${lines.join('\n')}\n\n${end}`;
}

export function readmeFile(lang: Lang): string {
  return join(root, lang === 'ko' ? 'README.ko.md' : 'README.md');
}

/** The README with its chapter list brought up to date, or undefined if it has no markers. */
export function withChapterList(curriculum: Curriculum, lang: Lang): { current: string; updated: string } | undefined {
  const file = readmeFile(lang);
  if (!existsSync(file)) return undefined;
  const current = readFileSync(file, 'utf8');
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from < 0 || to < from) return undefined;
  return { current, updated: current.slice(0, from) + chapterList(curriculum, lang) + current.slice(to + end.length) };
}

export function writeChapterLists(curriculum: Curriculum): void {
  for (const lang of ['en', 'ko'] as const) {
    const r = withChapterList(curriculum, lang);
    if (r && r.updated !== r.current) writeFileSync(readmeFile(lang), r.updated);
  }
}
