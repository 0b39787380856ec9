// How every tool starts Chromium (the e2e suite, the build tests, the benchmark, screenshots):
// the system's when there is one (Debian's package in CI), otherwise Playwright's own
// (`npx playwright install chromium` on a laptop); flags for a headless root session on a
// machine without a network.
import { existsSync } from 'node:fs'

export const CHROMIUM_PATH: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Playwright's launch options. */
export const chromiumLaunchOptions = { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] }
