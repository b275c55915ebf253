// npm run test:llama — the smoke test through llama.cpp (part of npm test). Installs node-llama-cpp
// in tools/llama the first time (npm run setup:llama: ~85 MB from the npm registry, Linux x64 CPU
// build); fails, never skips, where that build cannot run, and says so.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('tools/llama/node_modules/node-llama-cpp/package.json')) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(`The llama.cpp smoke test pins node-llama-cpp's Linux x64 CPU build (tools/llama/package.json); this is ${process.platform}-${process.arch}. Pin @node-llama-cpp/<platform> there for this machine, or run the other tests one by one (README, "Tests").`);
    process.exit(1);
  }
  console.log('test:llama: installing node-llama-cpp in tools/llama (npm run setup:llama)');
  const r = spawnSync('npm', ['run', 'setup:llama'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
for (const [cmd, args] of [
  ['npx', ['tsc', '-p', 'tools/llama']],
  ['npx', ['vitest', 'run', '--config', 'vitest.llama.config.ts', ...process.argv.slice(2)]],
]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
