// `npm run bench -- language`: language detection (src/extract/detect-language.ts) on the real pages of the
// extraction sets (aeb-dev, trafilatura-dev) that declare a language (`<html lang>`, content-language):
// the page's extracted text is given to the detector as if it declared nothing, and its answer is
// compared with the declared primary subtag. Also how often it gives no answer, and the time per page.
import { detectLanguage } from '../src/extract/detect-language.js';
import { extractHtml } from '../src/extract/html/extract-html.js';
import { loadAeb, loadTrafilatura } from './extraction/pages.js';

const pages = [...loadAeb(), ...loadTrafilatura()];
const confusions = new Map<string, number>();
let declared = 0;
let agree = 0;
let unanswered = 0;
let detectMs = 0;
for (const page of pages) {
  const content = extractHtml(page.html, page.url);
  const language = content.language?.toLowerCase().split(/[-_]/)[0];
  if (!language || content.text.length < 200) continue;
  declared++;
  const started = performance.now();
  const detected = detectLanguage(content.text)?.language ?? null;
  detectMs += performance.now() - started;
  if (detected === null) unanswered++;
  else if (detected === language) agree++;
  else confusions.set(`${language}->${detected}`, (confusions.get(`${language}->${detected}`) ?? 0) + 1);
}
const share = (n: number): string => `${((100 * n) / (declared || 1)).toFixed(1)}%`;
console.log(`${pages.length} pages, ${declared} declare a language and have 200+ characters of text`);
console.log(`detected = declared: ${agree} (${share(agree)}); other language: ${declared - agree - unanswered} (${share(declared - agree - unanswered)}); no answer: ${unanswered} (${share(unanswered)})`);
console.log(`disagreements (declared->detected): ${[...confusions].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
console.log(`detection time ${(detectMs / (declared || 1)).toFixed(2)} ms per page`);
