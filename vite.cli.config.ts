import { defineConfig } from 'vite';

/** The CLI: the same core as the extension, bundled for Node with its npm dependencies external. */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'cli/nutshell.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'nutshell.mjs', format: 'es' } },
  },
});
