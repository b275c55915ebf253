import { defineConfig } from 'vitest/config';

/** The llama.cpp smoke test (npm run test:llama): node-llama-cpp lives in tools/llama (npm run setup:llama). */
export default defineConfig({
  test: {
    include: ['tests/llama/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
