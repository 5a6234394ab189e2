import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, "Tests: N passed, N failed, N skipped", for CI log readers.
 * A file that fails outside any test (a browser that will not start, a throwing hook) counts as
 * failed too, so the line never reads "0 failed" on a red run.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let brokenFiles = 0;
    for (const mod of testModules) {
      if (mod.errors().length > 0 || mod.state() === 'failed') brokenFiles++;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const files = brokenFiles > 0 ? ` (${brokenFiles} test file(s) failed)` : '';
    console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped${files}`);
  }
}
