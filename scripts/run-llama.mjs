// npm run test:llama — the smoke test through llama.cpp. Fails (never skips) when node-llama-cpp is
// not installed in tools/llama, and says how to install it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('tools/llama/node_modules/node-llama-cpp/package.json')) {
  console.error('The llama.cpp smoke test needs node-llama-cpp in tools/llama (Linux x64, ~85 MB from npm). Install it with:\n  npm run setup:llama');
  process.exit(1);
}
for (const [cmd, args] of [
  ['npx', ['tsc', '-p', 'tools/llama']],
  ['npx', ['vitest', 'run', '--config', 'vitest.llama.config.ts', ...process.argv.slice(2)]],
]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
