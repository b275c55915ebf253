/**
 * npm start — the product on the bundled sample article (sample/index.html), served on 127.0.0.1.
 * With a display: the first Chromium, Chrome or Edge found (tools/browsers/find.ts; `--browser PATH`
 * or CHROME_PATH to choose) opens with the extension loaded on that page; click the Nutshell button.
 * `npm start -- --firefox`: Firefox through web-ext instead.
 * Without a display (a server, CI, a container; or NUTSHELL_HEADLESS=1): the browser runs headless,
 * clicks the toolbar button for real (CDP Extensions.triggerAction), prints the page's Analysis and
 * saves a screenshot of the popup to artifacts/popup.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clickAction, connectPopup, settledSnapshot } from '../tools/browsers/chromium';
import { hasDisplay, loadViaFor, openChromium, pickChromium, runWebExt } from '../tools/browsers/desktop';
import { startServer } from '../tools/browsers/server';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);

const server = await startServer(Number(process.env.PORT ?? 0));
const url = `${server.origin}/`;
const headed = hasDisplay();
console.log(`Sample article: ${url}`);

if (argv.includes('--firefox')) {
  if (!headed) console.log('No display: Firefox runs headless (web-ext), with the sample article open. Ctrl+C to quit.');
  else console.log('Firefox opens with Nutshell loaded. Click the Nutshell button (or press Alt+Shift+S). Ctrl+C to quit.');
  const child = runWebExt(url, { headless: !headed });
  const quit = async () => {
    child.kill('SIGINT');
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
  child.on('exit', (code) => void server.close().then(() => process.exit(code ?? 0)));
  await new Promise(() => undefined);
}

const found = pickChromium(argv);
console.log(`Browser: ${found.path} (${found.brand}; extension loaded ${loadViaFor(found) === 'flag' ? 'with --load-extension' : 'through CDP Extensions.loadUnpacked'})`);
const session = await openChromium(found, { headless: !headed });
const page = await session.context.newPage();
await page.goto(url);

if (headed) {
  console.log('The browser is open with Nutshell loaded. Click the Nutshell button (or press Alt+Shift+S). Ctrl+C to quit.');
  const quit = async () => {
    await session.close();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
  session.browser.on('disconnected', quit);
} else {
  await clickAction(session, page);
  const popup = await connectPopup(session);
  const snap = await settledSnapshot(popup);
  // The click granted activeTab: from the popup, take the page's copy once more and run the same
  // two halves on it, with the popup's own chunks (popup/reader.ts, popup/interpret.ts), and print
  // the Analysis.
  const reply = await popup.evaluate<{ kind: string; analysis?: unknown; error?: unknown }>(`(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    const [res] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => globalThis.__nutshell.run({ type: 'extract' }) });
    // One chunk holds both (read.js, vite.config.ts): its modules' namespaces, found by their names.
    const parts = Object.values(await import('/read.js'));
    const { readCopy } = parts.find((m) => typeof m?.readCopy === 'function');
    const { interpret } = parts.find((m) => typeof m?.interpret === 'function');
    const read = readCopy(res.result.html, res.result.url, res.result.frames);
    return read.kind === 'facts' ? interpret(read.facts, { summarySentences: 3 }) : read;
  })()`);
  const analysis = reply.kind === 'analysis' ? reply.analysis : reply;
  console.log(JSON.stringify(analysis, null, 2));
  // What the reader sees when the popup opens (the browser caps a popup at 600 px high).
  const shot = (await popup.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
  mkdirSync(resolve(ROOT, 'artifacts'), { recursive: true });
  const file = resolve(ROOT, 'artifacts/popup.png');
  writeFileSync(file, Buffer.from(shot.data, 'base64'));
  console.log(`\nPopup state: ${snap.state}. Screenshot of the popup: artifacts/popup.png`);
  popup.close();
  await session.close();
  await server.close();
}
