import { defineConfig, type Plugin } from 'vite';
import webExtension from 'vite-plugin-web-extension';

/**
 * One manifest.json, two builds: TARGET=chrome|firefox picks the `{{browser}}.` keys and writes
 * dist/<browser>. The content script is only ever injected with scripting.executeScript, so it is
 * an additional input rather than a manifest content_scripts entry.
 */
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const jsx = { runtime: 'automatic', importSource: 'preact' } as const;
/**
 * Readability is CommonJS, which the bundler keeps whole wherever its module is reached, used or
 * not. It has no side effects at load, so saying so lets every bundle that imports the core's
 * public face (src/index.ts) without calling extractPage leave it out: the popup, the options page,
 * the background.
 */
const treeshake = { moduleSideEffects: (id: string) => !/[\\/](?:@mozilla[\\/]readability|src)[\\/]/.test(id) };
const shared = { oxc: { jsx }, build: { rollupOptions: { treeshake } } };

/**
 * The popup's reading in one chunk, read.js (issue #13, "the brief at once"): the page half that
 * reads the tab's copy (popup/reader.ts, src/collect.ts, Readability) and the thinking half that
 * interprets its facts (popup/interpret.ts, src/interpret.ts), so that the popup asks for one file
 * and waits for no second round of imports. Chunked by importers, they came as nine files in two
 * rounds (reader.js → link.js, collect.js → hint.js, phrases.js; interpret.js → engine-summary.js,
 * facts.js, trim.js), and the copy, in early, waited for them.
 *
 * Only the core's reading and thinking modules go in; what a page loads at once stays out
 * (src/util.ts, src/settings.ts, the times' formatting, src/trim.ts, which the options page loads),
 * and so do the core's other lazy parts (engines, provenance, history, copy formats).
 * `checkReadingChunk` fails the build if a page's first scripts would import read.js.
 */
const READING =
  /[\\/](?:popup[\\/](?:reader|interpret)\.ts|extension[\\/]link\.ts|@mozilla[\\/]readability[\\/].*|src[\\/](?:collect|interpret|phrases)\.ts|src[\\/](?:dom|facts|summary|text|ai[\\/](?!provenance[\\/])|metadata[\\/](?!explain\.ts))[^?]*)$/;
const READ_CHUNK = 'read';
interface Chunked { type: string; fileName: string; imports?: string[]; moduleIds?: string[] }
/** A page's first scripts (every chunk an HTML page imports, statically, to start) never hold read.js. */
const checkReadingChunk: Plugin = {
  name: 'nutshell-reading-chunk',
  generateBundle(_options, bundle) {
    const chunks = bundle as unknown as Record<string, Chunked>;
    const read = Object.values(chunks).find((c) => c.type === 'chunk' && c.fileName === `${READ_CHUNK}.js`);
    if (!read) return;
    const html = Object.values(chunks).filter((c) => c.type === 'chunk' && (c.moduleIds ?? []).some((m) => m.endsWith('.html')));
    const seen = new Set<string>();
    const todo = html.flatMap((c) => [c.fileName, ...(c.imports ?? [])]);
    for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
      if (seen.has(f)) continue;
      seen.add(f);
      todo.push(...(chunks[f]?.imports ?? []));
    }
    if (seen.has(read.fileName)) this.error(`${read.fileName} is imported at a page's start: a module a page needs at once matches READING in vite.config.ts`);
  },
};
const htmlConfig = {
  ...shared,
  plugins: [checkReadingChunk],
  build: {
    rollupOptions: {
      treeshake,
      output: { codeSplitting: { groups: [{ name: READ_CHUNK, test: (id: string) => READING.test(id), includeDependenciesRecursively: false }] } },
    },
  },
};

export default defineConfig({
  publicDir: 'public',
  oxc: { jsx },
  build: {
    rollupOptions: { treeshake },
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: ['chrome120', 'firefox128'],
    sourcemap: false,
    modulePreload: false,
  },
  plugins: [
    webExtension({
      browser: target,
      manifest: 'manifest.json',
      additionalInputs: ['content-scripts/extract.ts', 'history/index.html'],
      skipManifestValidation: true,
      disableAutoLaunch: true,
      printSummary: false,
      htmlViteConfig: htmlConfig,
      scriptViteConfig: shared,
    }),
  ],
});
