// Names in the citation exports (lib/citation.ts), read back by an independent reader: pandoc
// parses the BibTeX and the CSL-JSON a paper exports, and every author keeps their family name.
// Surnames that citation-js's own parser reads as degrees (Ma as M.A.) and one-word authors among them.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { bibtex, cslName, toCsl } from '../../lib/citation'

/** Invented authors: the name as content writes it, and the family name and given names it holds. */
const AUTHORS: [name: string, family: string, given?: string][] = [
  ['Yi Ma', 'Ma', 'Yi'],
  ['Ma', 'Ma'],
  ['Zhen Li', 'Li', 'Zhen'],
  ['Yu', 'Yu'],
  ['Shing-Chi Cheung', 'Cheung', 'Shing-Chi'],
  ['Ludwig van Beethoven', 'Beethoven', 'Ludwig'],
  ['Martin Luther King Jr.', 'King', 'Martin Luther'],
]

/** An invented paper, with only the fields the exports read (Contentlayer's own fields are not needed). */
const paper = {
  slug: 'names',
  title: 'A Paper by Everyone',
  authors: AUTHORS.map(([name]) => ({ name, equal: false, corresponding: false })),
  status: 'preprint' as const,
  year: 2025,
  tags: [],
} as unknown as Parameters<typeof toCsl>[0]

/** pandoc's reading of a bibliography file, as CSL-JSON. */
function pandocReads(
  text: string,
  format: 'bibtex' | 'csljson',
): { family?: string; given?: string; literal?: string }[] {
  const dir = mkdtempSync(join(tmpdir(), 'names-'))
  try {
    const file = join(dir, format === 'bibtex' ? 'refs.bib' : 'refs.json')
    writeFileSync(file, text)
    const r = spawnSync('pandoc', ['--from', format, '--to', 'csljson', file], { encoding: 'utf8' })
    assert.equal(r.error, undefined, 'pandoc is not installed (apt-get install pandoc)')
    assert.equal(r.status, 0, r.stderr)
    const [item] = JSON.parse(r.stdout) as { author: { family?: string; given?: string; literal?: string }[] }[]
    return item?.author ?? []
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('author names', () => {
  test('a one-word name is a family name, and a surname is never read as a degree', () => {
    for (const [name, family, given] of AUTHORS) {
      const parsed = cslName(name)
      assert.equal(parsed.family, family, name)
      assert.equal(parsed.given, given, name)
    }
  })

  for (const format of ['bibtex', 'csljson'] as const) {
    test(`pandoc reads every author back from the ${format === 'bibtex' ? 'BibTeX' : 'CSL-JSON'} export`, () => {
      const csl = toCsl(paper, 'ma2025paper')
      const exported = format === 'bibtex' ? bibtex([{ csl, title: paper.title }]) : JSON.stringify([csl])
      const read = pandocReads(exported, format)
      // BibTeX writes a one-word name braced ({Ma}): its last name to BibTeX, a literal name to pandoc.
      assert.deepEqual(
        read.map((a) => a.family ?? a.literal),
        AUTHORS.map(([, family]) => family),
      )
      assert.deepEqual(
        read.map((a) => a.given),
        AUTHORS.map(([, , given]) => given),
      )
    })
  }
})
