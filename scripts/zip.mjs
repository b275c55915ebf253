// npm run zip — store-ready archives of both builds, with web-ext's packer (already a dev dependency).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
for (const browser of ['chrome', 'firefox']) {
  const dir = `dist/${browser}`;
  if (!existsSync(`${dir}/manifest.json`)) {
    console.error(`${dir} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const r = spawnSync('npx', ['web-ext', 'build', '--source-dir', dir, '--artifacts-dir', 'dist/zip', '--filename', `nutshell-${browser}-${version}.zip`, '--overwrite-dest'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
