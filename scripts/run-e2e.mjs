// npm run test:e2e — fails (never skips) when a browser is missing, and says how to install it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const browsers = { chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', 'firefox-esr': process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' };
const missing = Object.entries(browsers).filter(([, p]) => !existsSync(p)).map(([n]) => n);
if (missing.length) {
  console.error(`Real-browser tests need ${missing.join(' and ')}, which this machine does not have. Install with:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
for (const dist of ['dist/chrome/manifest.json', 'dist/firefox/manifest.json']) {
  if (!existsSync(dist)) {
    console.error(`${dist} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
