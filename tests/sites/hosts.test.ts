// Deploys proven with the hosts' own tools: Vercel's CLI builds a temporary copy offline (the
// newest Node is tried by the base-path build in build.test.ts).
// The tools are installed on demand into a temporary folder (from the npm registry), never as
// dependencies of the site.
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { arrayOf, isObject, objectOf, parseJson, stringOf, vercelHeadersFor } from '../../scripts/shared/json'
import { filesBelow, ROOT, run, tempProject, tool } from '../helpers'

/** Pinned: newer Vercel CLIs do not install here. */
const VERCEL_CLI = 'vercel@58.10.0'

// A new owner's first deploy: npm run new-site, then a Vercel preview build of that site. One
// build proves the CLI's output and headers, a preview that is never indexed, and a site with no
// address yet. A production deploy differs only in VERCEL_ENV (tests/unit/env.test.ts reads it);
// the production pages themselves are the main build's, which the e2e suite checks.
describe('deploy hosts', () => {
  const dirs: string[] = []
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

  const policy = vercelHeadersFor('/')['content-security-policy']

  test(
    "a new site, built by vercel build (preview): the stripped export with the site's headers, never indexed, no address yet",
    { timeout: 720_000 },
    async () => {
      const cli = join(await tool(VERCEL_CLI), 'node_modules/.bin/vercel')
      const dir = tempProject()
      dirs.push(dir)
      const started = await run('npm', ['run', 'new-site', '--', '--name', 'Ada Example', '--yes'], dir)
      assert.equal(started.code, 0, started.output)
      // As `vercel link` would leave it; offline, nothing is fetched from Vercel.
      mkdirSync(join(dir, '.vercel'))
      writeFileSync(join(dir, '.vercel/project.json'), '{"projectId":"prj_test","orgId":"team_test","settings":{}}\n')
      // Vercel's build runs vercel.json's install command in the copy: hard links to this
      // checkout's packages make it a quick "up to date" instead of a full install.
      const cp = await run('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')])
      assert.equal(cp.code, 0, cp.output)

      const r = await run(cli, ['build', '--yes'], dir, { VERCEL_ENV: 'preview', VERCEL_TELEMETRY_DISABLED: '1' })
      assert.equal(r.code, 0, r.output)
      const output = join(dir, '.vercel/output')
      const files = filesBelow(join(output, 'static'))
      assert.ok(
        ['index.html', 'cv/index.html', 'cv.pdf', 'search/index.html', 'feed.xml'].every((f) => files.includes(f)),
      )
      // The new site has only a profile: every section waits for its first entry, and so has no page.
      assert.deepEqual(
        files.filter((f) => /^(publications|experience|awards|talks|news|posts|teaching|projects)\//.test(f)),
        [],
      )
      assert.match(r.output, /verify-export .*Export check passed: 1 content files = 1 documents = 1 rendered entries/)
      // Built with no address (new-site writes no siteUrl; no SITE_URL, no Vercel URL): said loudly, no localhost anywhere.
      assert.equal(r.output.match(/No site address/g)?.length, 1, r.output)
      assert.match(r.output, /Set siteUrl in content\/profile\/index\.mdx/)
      for (const f of files.filter((f) => /\.(html|xml|json|txt|bib|webmanifest)$/.test(f)))
        assert.doesNotMatch(readFileSync(join(output, 'static', f), 'utf8'), /localhost/, f)
      assert.doesNotMatch(readFileSync(join(output, 'static/sitemap.xml'), 'utf8'), /<url>/)
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
      assert.ok(pages.length >= 3)
      for (const { f, html } of pages) {
        // Each deployed page carries its own policy (styles by hash), which the header leaves styles to.
        assert.match(
          html,
          /^<!doctype html><html[^>]*><head><meta charset="utf-8"\/?><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'[^"]* 'sha256-[^"]*; style-src 'self' 'sha256-/i,
          f,
        )
        assert.match(html, /<meta name="robots" content="noindex, nofollow"/, f)
        assert.match(html, /Preview build: not the published site/, f)
      }
      assert.match(readFileSync(join(output, 'static/robots.txt'), 'utf8'), /^Disallow: \/$/m)
    },
  )
})
