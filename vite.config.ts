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

/** The modules whose chunks read the tab's copy (popup/adapters.ts loadReading). */
const READING = [/popup[\\/]reader\.ts$/, /src[\\/]collect\.ts$/];

/**
 * The popup's (and the side panel's) reading chunks, asked for from its HTML as low-priority
 * `modulepreload`s: fetched and compiled while the popup's own modules load and paint, run only
 * when the popup imports them. Before, they were asked for after the first render, and their own
 * imports one level after another, so that the tab's copy, in first, waited for them (issue #13:
 * bench:popup's `extract: chunk`). Measured paired on 30 corpus pages (machine load ~20 on 2 cores):
 * the chunk wait -178 ms, popup start → brief -146 ms, first paint +14 ms (14 of 30 faster), popup
 * CPU unchanged. At high priority, or with the interpreter's and the brief view's chunks too, the
 * preloads delayed the first paint (+48 and +254 ms) for a smaller or no gain. Not part of the
 * first paint: a preload blocks neither the parser nor the paint.
 */
function preloadReading(): Plugin {
  return {
    name: 'nutshell:preload-reading',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !/^\/?(?:popup|panel)\/index\.html$/.test(ctx.path)) return [];
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          const chunk = byFile.get(file);
          if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
        };
        for (const c of chunks) if (c.facadeModuleId && READING.some((r) => r.test(c.facadeModuleId!))) visit(c.fileName);
        // What the page loads anyway (its module scripts) needs no preload.
        for (const m of html.matchAll(/<script\b[^>]*\bsrc="\/([^"]+)"/g)) files.delete(m[1]!);
        return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: `/${file}`, fetchpriority: 'low' }, injectTo: 'head' as const }));
      },
    },
  };
}

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
      htmlViteConfig: { ...shared, plugins: [preloadReading()] },
      scriptViteConfig: shared,
    }),
  ],
});
