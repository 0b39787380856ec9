// The post-export link check finds what is broken in a small hand-made export.
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { ROOT, run } from '../helpers'
import { THEME_SCRIPT } from '../../lib/theme-script'
import { pagePolicy, writeCsp } from '../../scripts/pipeline/write-csp'

// A page as the pipeline leaves it, before write-csp: its own <style> and the theme script inline.
const page = (body: string, head = '<link rel="icon" href="/logo.svg">') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}<style>h1{color:red}</style><script>${THEME_SCRIPT}</script></head><body>${body}</body></html>`

test('the link check reports missing pages, assets, fragments, icons and policies, and passes a sound export', async () => {
  const out = mkdtempSync(join(tmpdir(), 'out-'))
  try {
    mkdirSync(join(out, 'papers', 'one'), { recursive: true })
    writeFileSync(join(out, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    writeFileSync(join(out, 'papers', 'one', 'index.html'), page('<h1 id="cite">One</h1><a href="../../">home</a>'))
    const sound = page(
      '<a href="/papers/one/">one</a> <a href="/papers/one/#cite">cite</a> <a href="#top" id="top">top</a> <img src="/logo.svg" alt=""> <picture><source type="image/svg+xml" srcset="/logo.svg 100w, /logo.svg 200w"><img src="/logo.svg" alt=""></picture> <a href="https://example.org/">out</a>',
    )
    writeFileSync(join(out, 'index.html'), sound)
    writeCsp(out)
    const check = () => run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/check-out.ts'), '--out', out])

    const ok = await check()
    assert.equal(ok.code, 0, ok.output)

    // A page whose policy was written before one more style was added: that style's hash is not in it.
    const before = page(
      '<a href="/papers/two/">two</a> <a href="/papers/one/#abstract">abstract</a> <img src="/missing.png" alt=""> <a href="#nowhere">x</a> <picture><source srcset="/logo.svg 100w, /img/gone-320.avif 320w"><img src="/logo.svg" alt=""></picture>',
    )
    writeFileSync(
      join(out, 'index.html'),
      before
        .replace(
          '<meta charset="utf-8">',
          `$&<meta http-equiv="Content-Security-Policy" content="${pagePolicy('index.html', before)}">`,
        )
        .replace('</head>', '<style>p{color:blue}</style></head>'),
    )
    // A page without its policy.
    writeFileSync(join(out, 'papers', 'one', 'index.html'), page('<h1 id="cite">One</h1>', ''))
    const bad = await check()
    assert.equal(bad.code, 1, bad.output)
    assert.match(bad.output, /href="\/papers\/two\/" resolves to no file/)
    assert.match(bad.output, /href="\/papers\/one\/#abstract": .* has no element with id "abstract"/)
    assert.match(bad.output, /src="\/missing\.png" resolves to no file/)
    assert.match(bad.output, /href="#nowhere": .* has no element with id "nowhere"/)
    assert.match(bad.output, /srcset="\/img\/gone-320\.avif" resolves to no file/)
    assert.doesNotMatch(bad.output, /srcset="\/logo\.svg"/)
    assert.match(bad.output, /papers\/one\/index\.html: no <link rel="icon">/)
    assert.doesNotMatch(bad.output, /out-\w+\/index\.html: no <link rel="icon">/)
    assert.match(
      bad.output,
      /out-\w+\/index\.html: an inline <style>'s hash 'sha256-[^']+' is not in its policy's style-src/,
    )
    assert.match(
      bad.output,
      /papers\/one\/index\.html: <head> does not open with the charset and then the Content-Security-Policy <meta>/,
    )
    assert.equal(bad.output.match(/is not in its policy/g)?.length, 1, 'the styles and script the policy names pass')
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})

test('every page of the site is valid HTML; a raw ">" in text is allowed, and HTML copied from public/ as it was is not checked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-'))
  const out = join(dir, 'out')
  try {
    mkdirSync(join(out, 'files'), { recursive: true })
    mkdirSync(join(dir, 'public', 'files'), { recursive: true })
    writeFileSync(join(out, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    writeFileSync(join(out, 'index.html'), page('<main><p>Permutation tests, when n &lt; 30 and p > n.</p></main>'))
    // Someone else's standalone page (no lang, no icon), served as it was from public/.
    const theirs = '<html><head><title>demo</title></head><body><p>demo</body></html>'
    writeFileSync(join(dir, 'public', 'files', 'demo.html'), theirs)
    writeFileSync(join(out, 'files', 'demo.html'), theirs)
    writeCsp(out)
    const check = () => run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/check-out.ts'), '--out', out])
    const ok = await check()
    assert.equal(ok.code, 0, ok.output)
    assert.match(ok.output, /HTML check passed: 1 pages are valid HTML/)
    // A page of the site's own that is not valid HTML fails, naming the file and the rule.
    writeFileSync(join(out, 'index.html'), page('<main><p>One<div>two</div></p><main></main></main>'))
    writeCsp(out)
    const bad = await check()
    assert.equal(bad.code, 1, bad.output)
    assert.match(bad.output, /index\.html/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
