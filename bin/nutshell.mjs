#!/usr/bin/env node
// The CLI is bundled by `npm run build` (vite.cli.config.ts) into dist/cli/nutshell.mjs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli/nutshell.mjs', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('nutshell: the CLI is not built yet; run `npm run build` first.\n');
  process.exit(2);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
