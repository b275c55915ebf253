// npm run build: dist/chrome, dist/firefox (same sources, per-browser manifest) and dist/cli.
import { build } from 'vite';

for (const target of ['chrome', 'firefox']) {
  process.env.TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  console.log(`built dist/${target}`);
}
await build({ configFile: 'vite.cli.config.ts', logLevel: 'warn' });
console.log('built dist/cli');
