// How every tool starts Chromium (the e2e suite, the build tests, screenshots, the benchmark): the
// system's when there is one (Debian's packages in CI), otherwise Playwright's own
// (`npx playwright install chromium` on a laptop); flags for a headless root session on a machine
// without a network.
import { existsSync } from 'node:fs'

const installed = (path: string) => (existsSync(path) ? path : undefined)

/** The full browser: Lighthouse measures what a visitor's Chrome does. */
export const CHROMIUM_PATH: string | undefined = process.env.CHROMIUM_PATH ?? installed('/usr/bin/chromium')

/**
 * What Playwright drives: Chromium's headless shell when it is installed (Debian's
 * chromium-headless-shell; Playwright's own default for headless runs), the same Blink without the
 * browser around it. Measured on the e2e suite here: 121 s and 225 busy core-seconds, against 231 s
 * and 453 with the full browser.
 */
export const PLAYWRIGHT_CHROMIUM_PATH: string | undefined =
  process.env.CHROMIUM_PATH ?? installed('/usr/bin/chromium-headless-shell') ?? installed('/usr/bin/chromium')

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Playwright's launch options. */
export const chromiumLaunchOptions = { executablePath: PLAYWRIGHT_CHROMIUM_PATH, args: [...CHROMIUM_ARGS] }
