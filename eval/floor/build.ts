/**
 * The floor of the popup path (issue #13, "the brief at once"): minimal MV3 extensions with
 * Nutshell's Chrome permissions and CSP, whose popup is a static HTML page with one classic script
 * (eval/floor/popup.html, floor.js), one per variant:
 *
 * - `paint`: paints a line, and that line is the "brief" (popup start → first paint alone);
 * - `noop`: asks the active tab for an empty function (scripting.executeScript, injectImmediately)
 *   and paints its answer;
 * - `length`: the same with `document.documentElement.outerHTML.length`;
 * - `html`: the same handing the whole `outerHTML` back (as Nutshell's copy is), its length painted;
 * - `grow`: `noop` whose answer is a block of a brief's usual height (~500 px): the popup window
 *   grows when it is painted, as Nutshell's does from its loading state to the brief;
 * - `tall`: the same in a popup of that height from its first paint (no resize at the answer);
 * - `wait`: `html` with its answer painted 200 ms later, the popup idle meanwhile (a longer window);
 * - `busy`: `wait` with the popup's main thread busy meanwhile (six tasks of fixed work, ~75 ms of
 *   CPU in all on a quiet machine, about what Nutshell's popup spends): against `wait`, what the
 *   popup's own CPU costs the page's blocked time on a machine of few cores, the page's work the same.
 *
 * `npx tsx eval/floor/build.ts [--out DIR]` writes DIR/<variant>/ (default dist/floor/); then
 * `npx tsx eval/bench-popup.ts --dist dist/chrome --dist dist/floor/noop …` measures them with the
 * same pages, clicks and metrics as Nutshell, interleaved.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({ options: { out: { type: 'string', default: resolve(import.meta.dirname, '../../dist/floor') } } });
const here = import.meta.dirname;
const product = JSON.parse(readFileSync(join(here, '../../manifest.json'), 'utf8')) as Record<string, unknown>;

export const VARIANTS = ['paint', 'noop', 'length', 'html', 'grow', 'tall', 'wait', 'busy'] as const;

for (const variant of VARIANTS) {
  const dir = join(opts.out, variant);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'popup'), { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: `Nutshell floor (${variant})`,
    version: '0.0.1',
    action: { default_popup: 'popup/index.html' },
    // A service worker as Nutshell has (the bench finds the extension by it), doing nothing.
    background: { service_worker: 'background.js' },
    content_security_policy: product.content_security_policy,
    permissions: product['{{chrome}}.permissions'],
    optional_host_permissions: product.optional_host_permissions,
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'popup/index.html'), readFileSync(join(here, 'popup.html')));
  writeFileSync(join(dir, 'popup/floor.js'), readFileSync(join(here, 'floor.js'), 'utf8').replace('__VARIANT__', variant));
  console.log(`built ${dir}`);
}
