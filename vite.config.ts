import { defineConfig } from 'vite';
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
      htmlViteConfig: shared,
      scriptViteConfig: shared,
    }),
  ],
});
