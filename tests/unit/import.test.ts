// `npm run import` on realistic BibTeX and Academic Pages TSV, run as the author runs it, on a copy of content/.
import assert from 'node:assert/strict'
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import matter from 'gray-matter'
import { parse as parseYaml } from 'yaml'
import { checkContent } from '../../lib/model/check'
import { authorsOf, linksOf, OWNER, ROOT, run, tempContent } from '../helpers'

const FIXTURES = join(ROOT, 'tests/fixtures/import')
const SCHOLAR_30 = join(FIXTURES, 'scholar-30.bib')

function importFile(file: string, content: string, ...flags: string[]) {
  return run(process.execPath, [
    '--import',
    'tsx',
    join(ROOT, 'scripts/import.ts'),
    file,
    '--content',
    content,
    ...flags,
  ])
}

const YAML_ENGINE = { engines: { yaml: (s: string): object => parseYaml(s) ?? {} } }

function papers(content: string): Map<string, { text: string; data: Record<string, unknown>; body: string }> {
  const dir = join(content, 'publications')
  return new Map(
    readdirSync(dir).map((name) => {
      const text = readFileSync(join(dir, name), 'utf8')
      const { data, content: body } = matter(text, YAML_ENGINE)
      return [name, { text, data, body }]
    }),
  )
}

const entriesIn = (bib: string) => (readFileSync(bib, 'utf8').match(/^@\w+\{/gm) ?? []).length

describe('importing', { concurrency: 2 }, () => {
  test('a realistic 30-entry .bib imports without loss, matches the papers already there, and passes the content check', async () => {
    const site = tempContent()
    try {
      assert.equal(entriesIn(SCHOLAR_30), 30)
      const before = papers(site.content)
      const r = await importFile(SCHOLAR_30, site.content)
      assert.equal(r.code, 0, r.output)
      const summary = /30 entries: (\d+) added, (\d+) updated, (\d+) unchanged, 0 not imported/.exec(r.output)
      assert.ok(summary, r.output)
      const after = papers(site.content)
      assert.equal(after.size, before.size + Number(summary[1]))
      // The site's own papers in the file (InfiJanice by arXiv id, MD3R by OpenReview id) are not added again.
      const arxivIds = [...after.values()].map((p) => linksOf(p.data).arxiv).filter(Boolean)
      assert.equal(arxivIds.filter((id) => id === '2505.11574').length, 1)
      assert.equal([...after.values()].filter((p) => String(p.data.title).startsWith('MD3R')).length, 1)
      assert.equal(Number(summary[1]) + Number(summary[2]) + Number(summary[3]), 30)
      assert.deepEqual(await checkContent({ contentDir: site.content, publicDir: site.public }), [])
      // LaTeX accents arrive as ordinary composed Unicode (Jiří, Sørensen), with no TeX left over.
      const names = [...after.values()].flatMap((p) => authorsOf(p.data).map((a) => a.name))
      for (const n of names) assert.ok(n === n.normalize('NFC') && !/[\\{}\u0131]/.test(n), n)
      assert.ok(names.includes('Jiří Novák') && names.includes('Bjørn Sørensen') && names.includes('Pablo de la Cruz'))

      // Re-importing the same file changes nothing, byte for byte.
      const again = await importFile(SCHOLAR_30, site.content)
      assert.match(again.output, /30 entries: 0 added, 0 updated, 30 unchanged, 0 not imported/)
      assert.deepEqual(
        [...papers(site.content)].map(([n, p]) => [n, p.text]),
        [...after].map(([n, p]) => [n, p.text]),
      )
    } finally {
      rmSync(site.dir, { recursive: true, force: true })
    }
  })

  test('--dry-run reports what would change and writes nothing', async () => {
    const site = tempContent()
    try {
      const before = [...papers(site.content)].map(([n, p]) => [n, p.text])
      const r = await importFile(SCHOLAR_30, site.content, '--dry-run')
      assert.equal(r.code, 0, r.output)
      assert.match(r.output, /\[dry run, nothing written\] 30 entries: \d+ added/)
      assert.match(r.output, /would be added/)
      assert.deepEqual(
        [...papers(site.content)].map(([n, p]) => [n, p.text]),
        before,
      )
    } finally {
      rmSync(site.dir, { recursive: true, force: true })
    }
  })

  test('an updated entry updates the front matter and keeps the hand-written body and author marks', async () => {
    const site = tempContent()
    try {
      const file = join(site.content, 'publications', 'infijanice.mdx')
      const before = papers(site.content).get('infijanice.mdx')
      assert.ok(before)
      const marked = (flag: 'equal' | 'corresponding') => (data: Record<string, unknown>) =>
        authorsOf(data)
          .filter((a) => a[flag])
          .map((a) => a.name)
      // The paper as a venue's BibTeX gives it: the same authors ("Family, Given"), without marks.
      const bibAuthors = authorsOf(before.data)
        .map((a) => a.name.split(' '))
        .map((parts) => `${parts.at(-1)}, ${parts.slice(0, -1).join(' ')}`)
        .join(' and ')
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nHand-written notes that must survive.\n`)
      const bib = join(site.dir, 'accepted.bib')
      writeFileSync(
        bib,
        `@inproceedings{li2026infijanice,
  title = {{InfiJanice}: Joint Analysis and In-situ Correction Engine for Quantization-Induced Math Degradation in Large Language Models},
  author = {${bibAuthors}},
  booktitle = {Proceedings of an Example Conference},
  year = {2026}, month = jul,
  eprint = {2505.11574}, archivePrefix = {arXiv}
}`,
      )
      const r = await importFile(bib, site.content)
      assert.equal(r.code, 0, r.output)
      assert.match(r.output, /updated .*infijanice\.mdx \(.*status.*venue/)
      const p = papers(site.content).get('infijanice.mdx')
      assert.ok(p)
      assert.equal(p.data.status, 'published')
      assert.deepEqual(p.data.venue, { name: 'Proceedings of an Example Conference', kind: 'conference' })
      assert.equal(p.data.year, 2026)
      assert.match(p.body, /Hand-written notes that must survive\./)
      assert.ok(marked('equal')(before.data).length > 0 && marked('corresponding')(before.data).length > 0)
      assert.deepEqual(marked('equal')(p.data), marked('equal')(before.data))
      assert.deepEqual(marked('corresponding')(p.data), marked('corresponding')(before.data))
      assert.equal(p.data.selected, true, 'the author’s own choices stay')
    } finally {
      rmSync(site.dir, { recursive: true, force: true })
    }
  })

  test('tricky entries: LaTeX accents decoded, and every entry it cannot import reported with its reason', async () => {
    const site = tempContent()
    try {
      const r = await importFile(join(FIXTURES, 'tricky.bib'), site.content)
      assert.equal(r.code, 1, 'entries were not imported, so the command fails')
      assert.match(r.output, /@article\{noyear\}: not imported \(no year/)
      assert.match(r.output, /@misc\{notitle\}: not imported \(no title\)/)
      assert.match(r.output, /@inproceedings\{notmine\}: not imported .*none of the authors is the site's owner/)
      assert.match(r.output, /4 entries: 1 added, 0 updated, 0 unchanged, 3 not imported/)
      const p = papers(site.content).get('ueber-die-groesse.mdx')
      assert.ok(p, r.output)
      assert.equal(p.data.title, 'Über die Größe: naïve café résumés')
      assert.deepEqual(
        authorsOf(p.data).map((a) => a.name),
        [OWNER, 'Ondřej Škoda', 'Báo Ngô'],
      )
      assert.deepEqual(p.data.venue, { name: 'Zeitschrift für Beispiele', kind: 'journal' })
      assert.equal(p.data.month, 3)
      assert.equal(papers(site.content).has('somebody-else-s-paper.mdx'), false)
    } finally {
      rmSync(site.dir, { recursive: true, force: true })
    }
  })

  test('an Academic Pages publications.tsv imports under its url_slug names, with owner name variants recognised', async () => {
    const site = tempContent()
    try {
      const r = await importFile(join(FIXTURES, 'publications.tsv'), site.content)
      assert.equal(r.code, 1, r.output)
      assert.match(r.output, /row 4 \(no-authors\): not imported \(the citation column names no authors/)
      assert.match(r.output, /3 entries: 2 added, 0 updated, 0 unchanged, 1 not imported/)
      const all = papers(site.content)
      const elastic = all.get('elastic-training.mdx')
      assert.ok(elastic, r.output)
      assert.deepEqual(
        authorsOf(elastic.data).map((a) => a.name),
        [OWNER, 'W. Chen', 'L. Zhang'],
      )
      assert.equal(elastic.data.month, 3)
      assert.deepEqual(elastic.data.links, { pdf: 'https://example.org/papers/elastic.pdf' })
      const note = all.get('quantized-attention.mdx')
      assert.ok(note)
      assert.equal(note.data.status, 'preprint')
      assert.deepEqual(note.data.links, { arxiv: '2307.01234' })
      assert.deepEqual(await checkContent({ contentDir: site.content, publicDir: site.public }), [])
    } finally {
      rmSync(site.dir, { recursive: true, force: true })
    }
  })

  test("al-folio's papers.bib: its own fields carried, marks read, files beside it copied, the owner's spelling said", async () => {
    const site = tempContent()
    try {
      // The fixture folder as al-folio lays it out, with the owner's name written "Family, G.".
      const folio = join(site.dir, 'al-folio')
      cpSync(join(FIXTURES, 'al-folio'), folio, { recursive: true })
      const [given = '', family = ''] = [OWNER.split(' ').slice(0, -1).join(' '), OWNER.split(' ').at(-1)]
      const bib = join(folio, '_bibliography/papers.bib')
      writeFileSync(
        bib,
        readFileSync(bib, 'utf8')
          .replaceAll('{{owner-family}}', family)
          .replaceAll('{{owner-given-initial}}', given.slice(0, 1))
          .replaceAll('{{owner}}', OWNER),
      )
      const r = await importFile(bib, site.content, '--public', site.public)
      assert.equal(r.code, 0, r.output)
      assert.match(r.output, new RegExp(`owner as "${family}, ${given.slice(0, 1)}\\."`))
      assert.match(r.output, /altmetric: not carried \(no Altmetric badge here\)/)
      assert.match(r.output, /example_pdf\.pdf: copied to .*public\/files\/example_pdf\.pdf/)
      const all = [...papers(site.content).values()]
      const paper = all.find((p) => String(p.data.title).includes('al-folio Shaped'))?.data
      assert.ok(paper, r.output)
      assert.deepEqual(paper.venue, { name: 'Phys. Rev.', short: 'PhysRev', kind: 'journal' })
      assert.deepEqual(
        [paper.volume, paper.issue, paper.pages, paper.publisher, paper.award, paper.note, paper.selected],
        ['47', '10', '777–780', 'American Physical Society', 'Best Paper Award', 'Oral presentation', true],
      )
      assert.deepEqual(paper.authors, [
        { name: OWNER, equal: true },
        { name: 'B. Podolsky', equal: true },
        { name: 'Sourabh Yadav', equal: true },
      ])
      assert.equal(paper.thumbnail, '/images/publications/example-preview.gif')
      assert.equal(linksOf(paper).pdf, '/files/example_pdf.pdf')
      assert.ok(existsSync(join(site.public, 'files/example_pdf.pdf')))
      assert.ok(existsSync(join(site.public, 'images/publications/example-preview.gif')))
      const book = all.find((p) => p.data.title === 'A Book on Efficient Training')?.data
      assert.deepEqual(book?.venue, { name: 'Courier Corporation', kind: 'book' })
      assert.deepEqual(await checkContent({ contentDir: site.content, publicDir: site.public }), [])
    } finally {
      rmSync(site.dir, { recursive: true, force: true })
    }
  })
})

test("a JSON Resume (the schema's own sample) brings its positions, degree, award, volunteer work and project; again, nothing changes", async () => {
  const site = tempContent()
  try {
    const file = join(FIXTURES, 'sample.resume.json')
    const resume = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>[]>
    const r = await importFile(file, site.content)
    assert.equal(r.code, 0, r.output)
    assert.match(r.output, /5 entries: 5 added, 0 already on the site, 0 not imported/)
    const read = (path: string) => matter(readFileSync(join(site.content, path), 'utf8'), YAML_ENGINE)
    const work = resume.work?.[0]
    assert.ok(work)
    const job = read('experience/pied-piper-2013.mdx')
    assert.deepEqual(job.data, {
      role: work.position,
      organisation: work.name,
      url: work.url,
      start: work.startDate?.slice(0, 7),
      end: work.endDate?.slice(0, 7),
      kind: 'industry',
    })
    // Its summary and highlights are the entry's body.
    assert.ok(
      job.content.includes(String(work.summary)) && job.content.includes('- Successfully won Techcrunch Disrupt'),
    )
    const school = resume.education?.[0]
    assert.equal(read('experience/university-of-oklahoma-2011.mdx').data.role, `${school?.studyType}, ${school?.area}`)
    assert.equal(read('experience/university-of-oklahoma-2011.mdx').data.kind, 'education')
    assert.deepEqual(read('awards/2014-digital-compression-pioneer-award.mdx').data, {
      title: 'Digital Compression Pioneer Award',
      issuer: 'Techcrunch',
      year: 2014,
    })
    assert.deepEqual(read('activities/coderdojo-teacher.mdx').data, { role: 'Teacher', organisation: 'CoderDojo' })
    assert.equal(read('projects/miss-direction.mdx').data.website, 'https://missdirection.example.com')
    // What has no home here is named, never dropped silently.
    for (const key of ['skills', 'languages', 'interests', 'references', 'publications'])
      assert.match(r.output, new RegExp(`: ${key}: not carried`), key)
    assert.deepEqual(await checkContent({ contentDir: site.content, publicDir: site.public }), [])
    const again = await importFile(file, site.content)
    assert.equal(again.code, 0, again.output)
    assert.match(again.output, /5 entries: 0 added, 5 already on the site, 0 not imported/)
  } finally {
    rmSync(site.dir, { recursive: true, force: true })
  }
})
