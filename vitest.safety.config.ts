import { defineConfig } from 'vitest/config';

/** Safety checks too slow for the unit loop: every pattern through recheck, 10,000 generated pages
 *  through the core. Part of `npm test` (`npm run test:safety`). */
export default defineConfig({
  test: {
    include: ['tests/safety/**/*.test.ts'],
    environment: 'node',
    testTimeout: 900_000,
  },
});
