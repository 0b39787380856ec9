// `npm run dev` as the author uses it, in a temporary copy: it starts on the port it is given, a
// content error shows in the open page (file, field, reason), and the page recovers by itself
// once the file is fixed.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../../scripts/shared/chromium'
import { filesBelow, freePort, tempProject } from '../helpers'

test('npm run dev: its port, a content error in the open page, and recovery', { timeout: 420_000 }, async () => {
  const dir = tempProject()
  const port = await freePort()
  const dev = spawn('npm', ['run', 'dev', '--', '--port', String(port)], {
    cwd: dir,
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  let output = ''
  dev.stdout.on('data', (d: Buffer) => (output += d.toString()))
  dev.stderr.on('data', (d: Buffer) => (output += d.toString()))
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const deadline = Date.now() + 240_000
    while (!/Ready in/.test(output) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500))
    assert.match(output, new RegExp(`Local:\\s+http://localhost:${port}`), output)

    const award = filesBelow(join(dir, 'content/awards'))[0]
    assert.ok(award)
    const file = join(dir, 'content/awards', award)
    const original = readFileSync(file, 'utf8')
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${port}/awards/`, { timeout: 240_000 })
    await page.locator('h1').waitFor()
    const heading = await page.locator('h1').textContent()

    writeFileSync(file, original.replace(/^year: .*$/m, 'year: nineteen'))
    const problem = page.getByText(`content/awards/${award}: field "year": expected a number, got the text "nineteen"`)
    await problem.waitFor({ timeout: 60_000 })

    writeFileSync(file, original)
    await page.locator('h1', { hasText: heading ?? '' }).waitFor({ timeout: 60_000 })
    assert.equal(await problem.count(), 0)
  } finally {
    await browser.close()
    // The whole process group (npm, concurrently, Contentlayer, Next), and its last writes, end before the folder goes.
    const exited = new Promise((r) => (dev.exitCode !== null ? r(null) : dev.once('close', r)))
    if (dev.pid) process.kill(-dev.pid, 'SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))])
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 500 })
  }
})
