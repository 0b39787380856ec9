import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Prints one plain closing line ("e2e: N passed, N failed, N skipped") that any CI log reader understands. */
export default class SummaryReporter implements Reporter {
  private counts = { passed: 0, failed: 0, skipped: 0 }

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === 'passed') this.counts.passed++
    else if (result.status === 'skipped') this.counts.skipped++
    else if (result.retry === test.retries) this.counts.failed++
  }

  onEnd() {
    const { passed, failed, skipped } = this.counts
    console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
  }

  printsToStdio() {
    return false
  }
}
