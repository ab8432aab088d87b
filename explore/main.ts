// npm run explore's page: three panels that run the learner's own code, state in the address.
// vite reloads the page when a file of the learner's is saved; the address keeps the set-up.
import './guard';
import { currentLang, t } from './i18n';
import { renderIris } from './iris-panel';
import { renderNetwork } from './network-panel';
import { renderOptimizers } from './optimizer-panel';
import { param, setParams } from './state';

const PANELS = {
  network: { en: "The article's network (09–13)", ko: '글의 신경망 (09–13)', render: renderNetwork },
  optimizers: { en: 'Optimizers (15–22)', ko: '옵티마이저 (15–22)', render: renderOptimizers },
  iris: { en: 'Iris, trained live (24)', ko: '붓꽃 실시간 학습 (24)', render: renderIris },
} as const;
type Panel = keyof typeof PANELS;

async function render(): Promise<void> {
  const started = performance.now();
  const panel: Panel = param('panel', 'network') in PANELS ? (param('panel', 'network') as Panel) : 'network';
  document.documentElement.lang = currentLang();
  document.getElementById('title')!.textContent = t('Explore your network', '내 신경망 살펴보기');
  document.title = t('Deep-learning kata — explore', '딥러닝 카타 — 살펴보기');
  document.getElementById('tabs')!.innerHTML = (Object.keys(PANELS) as Panel[])
    .map((p) => `<button type="button" data-panel="${p}" aria-pressed="${p === panel}">${t(PANELS[p].en, PANELS[p].ko)}</button>`)
    .join(' ');
  document
    .querySelectorAll<HTMLButtonElement>('#tabs button')
    .forEach((b) => b.addEventListener('click', () => setParams({ panel: b.dataset.panel }, () => void render())));
  const lang = document.getElementById('lang')!;
  lang.textContent = currentLang() === 'ko' ? 'English' : '한국어';
  lang.onclick = () => setParams({ lang: currentLang() === 'ko' ? 'en' : 'ko' }, () => void render());
  await PANELS[panel].render(document.getElementById('panel')!);
  const w = window as { kataReady?: boolean; kataRenderMs?: number; kataReadyAt?: number };
  w.kataRenderMs = performance.now() - started;
  w.kataReadyAt ??= performance.now(); // since navigation started: the page's load time
  w.kataReady = true;
}

void render();
