import { defineConfig } from 'vite';
import webExtension from 'vite-plugin-web-extension';

/**
 * One manifest.json, two builds: TARGET=chrome|firefox picks the `{{browser}}.` keys and writes
 * dist/<browser>. The content script is only ever injected with scripting.executeScript, so it is
 * an additional input rather than a manifest content_scripts entry.
 */
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const jsx = { runtime: 'automatic', importSource: 'preact' } as const;

export default defineConfig({
  publicDir: 'public',
  oxc: { jsx },
  build: {
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
      additionalInputs: ['content-scripts/extract.ts'],
      skipManifestValidation: true,
      disableAutoLaunch: true,
      printSummary: false,
      htmlViteConfig: { oxc: { jsx } },
      scriptViteConfig: { oxc: { jsx } },
    }),
  ],
});
