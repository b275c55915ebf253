/**
 * npm run dev — build, open the sample article in the reader's browser with the extension loaded,
 * then rebuild on every change of the product's sources and reload the extension in that browser.
 *
 * Chromium, Chrome or Edge (tools/browsers/find.ts): loaded through CDP `Extensions.loadUnpacked`,
 * which, called again on the same folder, reloads the extension in place (same id, open pages
 * keep their tabs). `npm run dev -- --firefox`: web-ext runs Firefox and reloads the add-on when
 * the stamp file written after each whole rebuild changes (never halfway through a build).
 * The profile is kept in .dev-profile/ between runs (git-ignored), so options and history stay.
 */
import { mkdirSync, watch, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { loadUnpackedOverPipe } from '../tools/browsers/chromium';
import { hasDisplay, openChromium, pickChromium, runWebExt } from '../tools/browsers/desktop';
import { startServer } from '../tools/browsers/server';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const target = argv.includes('--firefox') ? 'firefox' : 'chrome';
const DIST = resolve(ROOT, 'dist', target);
const STAMP = resolve(ROOT, 'dist', `.${target}-built`);
/** What a change in rebuilds: the product's sources (not tests, tools or evaluations). */
const WATCHED = ['src', 'popup', 'options', 'history', 'panel', 'extension', 'background', 'content-scripts', 'workers', 'public', '_locales', 'manifest.json'];
const DEBOUNCE_MS = 250;

async function rebuild(): Promise<boolean> {
  const started = Date.now();
  process.env.TARGET = target;
  try {
    await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  } catch (e) {
    console.error(`Build failed: ${(e as Error).message}`);
    return false;
  }
  writeFileSync(STAMP, new Date().toISOString());
  console.log(`Built dist/${target} in ${Date.now() - started} ms`);
  return true;
}

if (!(await rebuild())) process.exit(1);
const server = await startServer(Number(process.env.PORT ?? 0));
const url = `${server.origin}/`;
console.log(`Sample article: ${url}`);
const headless = !hasDisplay();

let reload: () => Promise<void>;
let shutdown: () => Promise<void>;
if (target === 'firefox') {
  const child = runWebExt(url, { watchFile: STAMP, headless });
  reload = async () => undefined; // web-ext watches the stamp
  shutdown = async () => void child.kill('SIGINT');
  child.on('exit', () => void server.close().then(() => process.exit(0)));
} else {
  const found = pickChromium(argv);
  const profile = resolve(ROOT, '.dev-profile');
  mkdirSync(profile, { recursive: true });
  console.log(`Browser: ${found.path}`);
  // Always through the pipe here: the same command reloads the extension after a rebuild.
  process.env.NUTSHELL_LOAD_VIA = 'cdp';
  const session = await openChromium(found, { headless, userDataDir: profile, dist: DIST });
  const page = await session.context.newPage();
  await page.goto(url);
  reload = async () => {
    const id = await loadUnpackedOverPipe(session.proc, DIST);
    console.log(`Reloaded the extension (${id}).`);
  };
  shutdown = () => session.close();
  session.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
}
console.log('Watching for changes. Ctrl+C to quit.');

let timer: NodeJS.Timeout | null = null;
let building: Promise<void> | null = null;
let again = false;
function schedule(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    if (building) {
      again = true;
      return;
    }
    building = (async () => {
      do {
        again = false;
        if (await rebuild()) await reload().catch((e: Error) => console.error(`Reload failed: ${e.message}`));
      } while (again);
      building = null;
    })();
  }, DEBOUNCE_MS);
}

for (const entry of WATCHED) {
  try {
    watch(resolve(ROOT, entry), { recursive: true }, (_event, file) => {
      if (file && /(^|[\\/])\.|~$/.test(String(file))) return; // editors' swap and backup files
      schedule();
    });
  } catch {
    // A folder this checkout does not have.
  }
}

const quit = async () => {
  await shutdown().catch(() => undefined);
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void quit());
process.on('SIGTERM', () => void quit());
