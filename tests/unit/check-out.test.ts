// The post-export link check finds what is broken in a small hand-made export.
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { ROOT, run } from '../helpers'

const page = (body: string, head = '<link rel="icon" href="/logo.svg">') =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`

test('the link check reports missing pages, assets, fragments and icons, and passes a sound export', async () => {
  const out = mkdtempSync(join(tmpdir(), 'out-'))
  try {
    mkdirSync(join(out, 'papers', 'one'), { recursive: true })
    writeFileSync(join(out, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    writeFileSync(join(out, 'papers', 'one', 'index.html'), page('<h1 id="cite">One</h1><a href="../../">home</a>'))
    const sound = page(
      '<a href="/papers/one/">one</a> <a href="/papers/one/#cite">cite</a> <a href="#top" id="top">top</a> <img src="/logo.svg" alt=""> <picture><source type="image/svg+xml" srcset="/logo.svg 100w, /logo.svg 200w"><img src="/logo.svg" alt=""></picture> <a href="https://example.org/">out</a>',
    )
    writeFileSync(join(out, 'index.html'), sound)
    const check = () => run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/check-out.ts'), '--out', out])

    const ok = await check()
    assert.equal(ok.code, 0, ok.output)

    writeFileSync(
      join(out, 'index.html'),
      page(
        '<a href="/papers/two/">two</a> <a href="/papers/one/#abstract">abstract</a> <img src="/missing.png" alt=""> <a href="#nowhere">x</a> <picture><source srcset="/logo.svg 100w, /img/gone-320.avif 320w"><img src="/logo.svg" alt=""></picture>',
      ),
    )
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
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})
