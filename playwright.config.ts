// The e2e suite: Chromium against the exported out/, served on 127.0.0.1 by scripts/serve.ts.
import { spawnSync } from 'node:child_process'
import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './scripts/shared/chromium'

/**
 * A port of its own, so the suite runs while `npm run serve` holds 4173. Chosen once in the runner
 * and handed to its workers through the environment (each one loads this file again).
 */
function freePort(): string {
  const probe =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
  return spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout.trim()
}
process.env.E2E_PORT ||= process.env.PORT || freePort()
const PORT = Number(process.env.E2E_PORT)

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // npm test runs the whole-build tests beside this suite on the same two cores: a page sweep may wait its turn.
  timeout: 90_000,
  reporter: [['list'], ['./e2e/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: {
    // Serves the static export; `npm test` builds it first.
    command: `npx tsx scripts/serve.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
