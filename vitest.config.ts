import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
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
          // One file at a time, each in a fresh context of the one browser globalSetup starts: the
          // machine has two cores and WebGL is software-rendered. Two workers (fileParallelism:
          // true, maxWorkers: 2; globalSetup then starts a browser per worker) ran six of the
          // files in 88 s against 106 s on a loaded machine, but exposed a race (since fixed in
          // textures.test.ts) and have not had a full run yet.
          fileParallelism: false,
        },
      },
    ],
    reporters: ['default', './tests/summaryReporter.ts'],
  },
});
