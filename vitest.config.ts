import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Loads the Russian and Kazakh catalogues, which the app fetches lazily.
          setupFiles: ['tests/unit/setup.ts'],
          // Some files compute every mission's replay (~50 descents); beside two browsers on two
          // cores that can pass vitest's 5 s default. A hung test still fails, after 30 s.
          testTimeout: 30_000,
          // The same two workers as the browser files (vitest runs projects with different
          // worker counts one after the other): unit files fill the gaps beside them.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Two files at a time, each in a fresh context of its worker's browser (globalSetup
          // starts one per worker): on this two-core machine SwiftShader leaves gaps (texture
          // decodes, page loads, waits for the next frame) that a second file fills.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
    reporters: ['default', './tests/summaryReporter.ts'],
  },
});
