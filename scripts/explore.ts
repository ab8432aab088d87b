// npm run explore [-- --open] [--lang ko|en] [--target DIR] — a page on localhost that runs YOUR code
// live: the article's 2-2-2 network number by number against the article, the optimizers on their
// valleys with sliders, and iris trained step by step. It reloads whenever you save a file.
import { spawn } from 'node:child_process';
import { langFrom, translator } from './lib/core/language.ts';
import { startExplore } from './lib/pictures/explore-server.ts';

const argv = process.argv.slice(2);
const lang = langFrom(argv);
const say = translator(lang);
const targetFlag = argv.indexOf('--target');

async function main(): Promise<void> {
  const explorer = await startExplore({ lang, target: targetFlag >= 0 ? argv[targetFlag + 1] : process.env.KATA_TARGET });
  console.log(`${say('Explore your network', '내 신경망 살펴보기')}: ${explorer.url}`);
  console.log(
    say('It updates whenever you save a file of yours. Ctrl-C to stop.', '내 파일을 저장할 때마다 새로 그립니다. Ctrl-C로 끝냅니다.'),
  );
  if (argv.includes('--open')) {
    const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
    spawn(opener, [explorer.url], { stdio: 'ignore', detached: true })
      .on('error', () =>
        console.log(say('(could not open a browser: open the address above)', '(브라우저를 열 수 없습니다: 위 주소를 여세요)')),
      )
      .unref();
  }
  process.on('SIGINT', () => void explorer.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
