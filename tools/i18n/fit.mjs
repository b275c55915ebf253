/**
 * How the translated buttons of the popup's footer lay out in real Chromium, per locale: rows of
 * the footer at the popup's 400 px and a 360 px side panel, normal and largest text size, the
 * widest button, and any label that overflows its button. Prints figures; it is not a test.
 * Usage: node tools/i18n/fit.mjs [repo root]  (needs /usr/bin/chromium; CJK and Devanagari
 * widths are only right where the machine has fonts for them, or with NUTSHELL_FIT_FONTS).
 */
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
const root = process.argv[2] ?? '.';
const css = readFileSync(`${root}/popup/style.css`, 'utf8');
const locales = readdirSync(`${root}/public/_locales`).sort();
const FOOT = ['copyMarkdown', 'copyText', 'listen', 'history', 'openPanel', 'openArticle'];
// Fonts for scripts the machine may lack (CJK, Devanagari), embedded in the test page only:
// NUTSHELL_FIT_FONTS=a.ttf:b.ttf. Without them those widths are the fallback boxes'.
const extraFonts = (process.env.NUTSHELL_FIT_FONTS ?? '').split(':').filter(Boolean);
const faces = extraFonts.map((f, i) => `@font-face{font-family:fit${i};src:url(data:font/ttf;base64,${readFileSync(f).toString('base64')})}`).join('');
const family = extraFonts.map((_, i) => `fit${i}`).join(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const width of [400, 360]) for (const size of ['normal', 'larger']) {
  console.log(`-- body ${width}px (panel/popup), text size ${size}`);
  for (const l of locales) {
    const m = JSON.parse(readFileSync(`${root}/public/_locales/${l}/messages.json`, 'utf8'));
    const dir = l === 'ar' ? 'rtl' : 'ltr';
    const btn = (k) => `<button type="button">${m[k].message.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</button>`;
    const html = `<!doctype html><html lang="${l}" dir="${dir}" data-text-size="${size}" data-surface="panel"><style>${faces}${css} body{width:${width}px !important}${family ? ` body,button{font-family:system-ui,sans-serif,${family}}` : ''}</style><body><main>
      <footer class="actions">${FOOT.map(btn).join('')}</footer>
      <div class="panel-bar"><label><input type="checkbox"> ${m.panelFollow.message}</label>${btn('panelRead')}</div></main></body></html>`;
    await page.setContent(html);
    await page.evaluate(() => document.fonts.ready);
    const r = await page.evaluate(() => {
      const rows = (sel) => new Set([...document.querySelectorAll(sel)].map((b) => Math.round(b.getBoundingClientRect().top))).size;
      const widest = Math.max(...[...document.querySelectorAll('button')].map((b) => b.getBoundingClientRect().width));
      const over = [...document.querySelectorAll('button')].filter((b) => b.scrollWidth > b.clientWidth + 1 || b.getBoundingClientRect().height > 40).map((b) => b.textContent);
      const each = [...document.querySelectorAll('.actions > button')].map((b) => b.textContent + '=' + Math.round(b.getBoundingClientRect().width)).join(' | ');
      return { each, footerRows: rows('.actions > button'), barRows: rows('.panel-bar > *'), widest: Math.round(widest), over };
    });
    console.log(l.padEnd(6), JSON.stringify(r));
  }
}
await browser.close();
