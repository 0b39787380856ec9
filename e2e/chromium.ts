import { existsSync } from 'node:fs'
import type { LaunchOptions } from '@playwright/test'

/**
 * How every test starts Chromium: the system's when there is one (Debian's package in CI),
 * otherwise Playwright's own (`npx playwright install chromium` on a laptop); flags for a
 * headless root session on a machine without a network.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
}
