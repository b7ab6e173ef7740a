/**
 * Prints `N passed, M failed` as the very last line of the run, so CI can read the counts. Written on process exit,
 * because the runner prints its progress block after reporters stop. Marks the run failed when a test failed or a test
 * file could not run at all (a broken import counts as a failure).
 */
export function plainSummaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;

  function count(suite) {
    for (const test of suite.tests ?? []) {
      if (test.skipped) skipped += 1;
      else if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite.suites ?? []) count(child);
  }

  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        const fileBroken = !session.passed && (session.errors?.length ?? 0) > 0;
        if (fileBroken) failed += 1;
      }
      process.on('exit', () => {
        if (failed > 0) process.exitCode = 1;
        process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
      });
    }
  };
}
