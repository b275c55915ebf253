/**
 * npm run eval:popup-fold (issue #16) — is the summary above the fold? Debian's Chromium with the
 * built extension (dist/chrome, `npm run build` first), each Readability corpus page served on
 * 127.0.0.1 (read where the corpus lies), a real toolbar click, and in the real action popup (at most
 * 600 px tall: what lies below needs scrolling): where the summary's first bullet starts and ends.
 * Prints how many briefs start their summary above 600 px (the first bullet's top plus two lines),
 * how many show the first bullet whole, and the pages where it is not. Options: --only SUBSTRING, --limit N, --text-size normal|large|larger.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { clickAction, connectPopup, launchChromium, settledSnapshot } from '../tools/browsers/chromium';
import { startServer } from '../tools/browsers/server';
import { corpusPath } from './lib/corpus';

declare const chrome: import('webextension-polyfill').Browser;

const { values: opts } = parseArgs({ options: { only: { type: 'string' }, limit: { type: 'string' }, 'text-size': { type: 'string', default: 'normal' } } });
const FOLD = 600;
const CORPUS = corpusPath('readability');
let pages = readdirSync(CORPUS).filter((d) => statSync(join(CORPUS, d)).isDirectory()).sort();
if (opts.only) pages = pages.filter((p) => p.includes(opts.only!));
if (opts.limit) pages = pages.slice(0, Number(opts.limit));

const MEASURE = `(() => {
  const first = document.querySelector('[data-testid="summary"] li');
  const r = first?.getBoundingClientRect();
  return { top: r ? r.top + scrollY : null, bottom: r ? r.bottom + scrollY : null, height: document.documentElement.scrollHeight };
})()`;

const server = await startServer(0, { mounts: [['/corpus/', CORPUS]] });
const s = await launchChromium({ args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
const rows: Array<{ page: string; state: string | null; top: number | null; bottom: number | null; height: number }> = [];
try {
  await s.worker.evaluate(async (size) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings as object), textSize: size } });
  }, opts['text-size']);
  for (const name of pages) {
    const page = await s.context.newPage();
    try {
      await page.goto(`${server.origin}/corpus/${name}/source.html`, { waitUntil: 'load', timeout: 15_000 }).catch(() => undefined);
      await clickAction(s, page);
      const popup = await connectPopup(s);
      const snap = await settledSnapshot(popup);
      await new Promise((r) => setTimeout(r, 150)); // the brief's own chunk and the title's clamp
      const m = await popup.evaluate<{ top: number | null; bottom: number | null; height: number }>(MEASURE);
      rows.push({ page: name, state: snap.state, ...m });
      popup.close();
    } catch (e) {
      rows.push({ page: name, state: `failed: ${(e as Error).message.slice(0, 60)}`, top: null, bottom: null, height: 0 });
    }
    await page.close();
    process.stderr.write(`\r${rows.length}/${pages.length} ${name.padEnd(40)}`);
  }
} finally {
  process.stderr.write('\n');
  await s.close();
  await server.close();
}

const briefs = rows.filter((r) => r.state === 'ready' && r.bottom !== null);
const starts = briefs.filter((r) => r.top! + 40 <= FOLD);
const above = briefs.filter((r) => r.bottom! <= FOLD);
const states = new Map<string, number>();
for (const r of rows) states.set(r.state ?? 'none', (states.get(r.state ?? 'none') ?? 0) + 1);
console.log(`${rows.length} pages (text size ${opts['text-size']}): ${[...states].map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`summary starts above ${FOLD} px (first bullet's top, plus two lines): ${starts.length} of ${briefs.length} briefs`);
console.log(`first bullet fully above ${FOLD} px: ${above.length} of ${briefs.length} briefs`);
const bottoms = briefs.map((r) => r.bottom!).sort((a, b) => a - b);
if (bottoms.length) console.log(`first bullet's bottom: median ${bottoms[bottoms.length >> 1]!.toFixed(0)} px, max ${bottoms.at(-1)!.toFixed(0)} px`);
for (const r of briefs.filter((r) => r.bottom! > FOLD)) console.log(`  first bullet ends below the fold: ${r.page} (top ${r.top!.toFixed(0)} px, bottom ${r.bottom!.toFixed(0)} px)`);
for (const r of rows.filter((r) => r.state?.startsWith('failed'))) console.log(`  ${r.page}: ${r.state}`);
