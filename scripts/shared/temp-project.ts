// A temporary copy of the project that can run `npm run build`, for the build tests and
// bench:scale. It lives under .tmp/ inside the repository so that it resolves this checkout's
// node_modules (Turbopack refuses a symlinked one).
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** What a copy leaves out: dependencies, build output, tests and their config, version control. */
const NOT_COPIED = new Set([
  'node_modules',
  '.next',
  'out',
  '.contentlayer',
  '.tmp',
  '.git',
  '.bench',
  'reports',
  'tests',
  'e2e',
  'test-results',
  'playwright-report',
  'screenshots',
  'next-env.d.ts',
  'tsconfig.tsbuildinfo',
  'playwright.config.ts',
])

export function tempProject(name = 'project', root = process.cwd()): string {
  mkdirSync(join(root, '.tmp'), { recursive: true })
  const dir = mkdtempSync(join(root, '.tmp', `${name}-`))
  for (const f of readdirSync(root)) if (!NOT_COPIED.has(f)) cpSync(join(root, f), join(dir, f), { recursive: true })
  return dir
}
