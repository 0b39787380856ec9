// `npm run migrate` on fixture repositories in the exact shapes Academic Pages and al-folio
// produce (their sample files, quirks included: CRLF, BOM, Liquid, kramdown, raw HTML, M/D/YY,
// marks in author lists, relative files, the same paper twice), run as the author runs it on a
// copy of content/, and the person's own page (the seed) as an Academic Pages about page.
import assert from 'node:assert/strict'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import matter from 'gray-matter'
import { YAML_ENGINE, checkContent } from '../../lib/model/check'
import { planMigration } from '../../lib/authoring/migrate'
import { migratedSettings } from '../../lib/authoring/migrate/settings'
import { jekyllToMdx, mdxProblems } from '../../lib/authoring/migrate/markdown'
import { THEME_PATHS, listFiles } from '../../lib/authoring/migrate/plan'
import { ROOT, run, tempContent } from '../helpers'

const FIXTURES = join(ROOT, 'tests/fixtures/migrate')
const SITES = ['academic-pages', 'al-folio'] as const

/** `npm run migrate` on a site, into the content/ and public/ of a temporary folder. */
function migrate(site: string, dir: string, ...flags: string[]) {
  return run(process.execPath, [
    '--import',
    'tsx',
    join(ROOT, 'scripts/migrate.ts'),
    site.startsWith('/') ? site : join(FIXTURES, site),
    '--content',
    join(dir, 'content'),
    '--public',
    join(dir, 'public'),
    ...flags,
  ])
}

/** Every content file of a folder: path -> front matter and body. */
function written(content: string): Map<string, { data: Record<string, unknown>; body: string }> {
  const out = new Map<string, { data: Record<string, unknown>; body: string }>()
  for (const f of listFiles(content).filter((f) => f.endsWith('.mdx'))) {
    const { data, content: body } = matter(readFileSync(join(content, f), 'utf8'), YAML_ENGINE)
    out.set(f, { data, body })
  }
  return out
}

const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? { ...v } : {})
const names = (v: unknown) => (Array.isArray(v) ? v.map((a) => String(record(a).name)) : [])

describe('migrating a Jekyll site', { concurrency: 2 }, () => {
  for (const site of SITES) {
    test(`${site}: the report accounts for every file of the old site`, () => {
      const plan = planMigration(join(FIXTURES, site))
      const sources = plan.report.map((r) => r.source.split(' ')[0] ?? '')
      for (const file of listFiles(join(FIXTURES, site))) {
        const theme = THEME_PATHS.find((p) => file.startsWith(`${p}/`))
        assert.ok(sources.includes(theme ? `${theme}/` : file), `${file} is not in the report`)
      }
    })

    test(`${site}: migrates into a copy of content/, refuses to overwrite without --replace, and a second run changes nothing`, async () => {
      const dir = tempContent()
      try {
        const refused = await migrate(site, dir.dir)
        assert.equal(refused.code, 1, refused.output)
        assert.match(refused.output, /holds entries already \(.*publications: \d+.*\)[\s\S]*--replace/)
        const before = readFileSync(join(dir.content, 'profile/index.mdx'), 'utf8')

        const dry = await migrate(site, dir.dir, '--dry-run')
        assert.equal(dry.code, 0, dry.output)
        assert.match(dry.output, /dry run: nothing written/)
        assert.equal(readFileSync(join(dir.content, 'profile/index.mdx'), 'utf8'), before)

        const done = await migrate(site, dir.dir, '--replace')
        assert.equal(done.code, 0, done.output)
        // Today's content is in the backup, whole.
        const backups = readdirSync(join(dir.dir, 'migration-backup'))
        assert.equal(backups.length, 1)
        assert.equal(
          readFileSync(join(dir.dir, 'migration-backup', backups[0] ?? '', 'content/profile/index.mdx'), 'utf8'),
          before,
        )
        const report = readFileSync(join(dir.dir, 'migration-report.md'), 'utf8')
        assert.equal(report.trim(), done.output.slice(done.output.indexOf('# Migration report')).trim())
        const snapshot = [...written(dir.content)].map(([f, d]) => `${f}\n${JSON.stringify(d)}`).join('\n')

        const again = await migrate(site, dir.dir)
        assert.equal(again.code, 0, again.output)
        assert.match(again.output, /the site already holds exactly this, so nothing changed/)
        assert.equal([...written(dir.content)].map(([f, d]) => `${f}\n${JSON.stringify(d)}`).join('\n'), snapshot)
        assert.equal(readdirSync(join(dir.dir, 'migration-backup')).length, 1)
      } finally {
        rmSync(dir.dir, { recursive: true, force: true })
      }
    })
  }

  test('an entry the content check refuses is held back in migration-held/, named in the report, and the rest is migrated', async () => {
    const dir = tempContent()
    const broken = join(dir.dir, 'broken-site')
    try {
      cpSync(join(FIXTURES, 'academic-pages'), broken, { recursive: true })
      // A date Jekyll would take and the schema refuses: a talk on the 31st of February.
      const talk = join(broken, '_talks/2012-03-01-talk-1.md')
      writeFileSync(talk, readFileSync(talk, 'utf8').replace('date: 2012-03-01', 'date: 2012-02-31'))
      const r = await migrate(broken, dir.dir, '--replace')
      assert.equal(r.code, 0, r.output)
      assert.match(r.output, /## Held back: 3 entries/)
      assert.match(
        r.output,
        /migration-held\/talks\/talk-1\.mdx` \(from _talks\/2012-03-01-talk-1\.md\)\n {2}- field "date"/,
      )
      assert.match(r.output, /`_talks\/2012-03-01-talk-1\.md`: held back in migration-held\/talks\/talk-1\.mdx/)
      assert.match(readFileSync(join(dir.dir, 'migration-held/talks/talk-1.mdx'), 'utf8'), /^date: 2012-02-31$/m)
      assert.equal(existsSync(join(dir.content, 'talks/talk-1.mdx')), false)
      // The fixture's own refused entries: a citation cut short without the owner, a talk in no known place.
      assert.match(
        r.output,
        /migration-held\/publications\/et-al\.mdx` \(from _publications\/2015-03-01-et-al\.md\)\n {2}- field "authors"/,
      )
      assert.match(
        r.output,
        /migration-held\/talks\/campus-day\.mdx` \(from _talks\/2016-06-01-campus-day\.md\)\n {2}- field "place"/,
      )
      // A certain fix is made and said: the link to slides the old site never had is left out, its text kept.
      assert.match(
        r.output,
        /`_publications\/2013-06-01-unindented-title\.md`: content\/publications\/unindented-title\.mdx, with changes\n {2}- \/files\/gene-sets-slides\.pdf was not in the old site/,
      )
      assert.match(
        readFileSync(join(dir.content, 'publications/unindented-title.mdx'), 'utf8'),
        /^The slides were never uploaded\.$/m,
      )
      // The rest went in, and passes the site's check.
      assert.ok(existsSync(join(dir.content, 'talks/webinar.mdx')))
      assert.deepEqual(await checkContent({ contentDir: dir.content, publicDir: join(dir.dir, 'public') }), [])
    } finally {
      rmSync(dir.dir, { recursive: true, force: true })
    }
  })

  test('Academic Pages: papers, talks, teaching and posts carried with their quirks', () => {
    const plan = planMigration(join(FIXTURES, 'academic-pages'))
    const doc = (folder: string, slug: string) => {
      const d = plan.documents.find((x) => x.folder === folder && x.slug === slug)
      assert.ok(
        d,
        `${folder}/${slug} was not planned: ${plan.documents.map((x) => `${x.folder}/${x.slug}`).join(', ')}`,
      )
      return d
    }
    const profile = doc('profile', 'index')
    assert.equal(profile.data.name, 'Mária Kovács')
    assert.deepEqual(profile.data.university, { name: 'Eötvös Loránd University' })
    assert.equal(profile.data.photo, '/images/profile.png')
    assert.deepEqual(profile.data.redirectFrom, ['/about/', '/about.html'])
    // The same paper in _publications and publications.tsv: one entry, both sources, the page's old address kept.
    const first = doc('publications', 'paper-title-number-1')
    assert.equal(first.sources.length, 2)
    assert.deepEqual(first.data.links, { pdf: '/files/paper1.pdf', slides: '/files/slides1.pdf' })
    assert.deepEqual(first.data.redirectFrom, ['/publication/2009-10-01-paper-title-number-1'])
    assert.deepEqual(names(first.data.authors), ['Mária Kovács', 'L. Finos', 'J. J. Goeman'])
    // CRLF and BOM; a book; a co-author written whole in an APA list.
    const book = doc('publications', 'paper-title-number-2')
    assert.deepEqual(book.data.venue, { name: 'Springer', kind: 'book' })
    assert.deepEqual(names(book.data.authors), ['Mária Kovács', 'Søren Østergaard'])
    // "Family, Given." is one author; a journal abbreviation keeps its final period.
    const solo = doc('publications', 'solo-paper')
    assert.deepEqual(names(solo.data.authors), ['Mária Kovács'])
    assert.deepEqual(solo.data.venue, { name: 'Stat. Sci.', kind: 'journal' })
    // M/D/YY; a DOI inside a publisher's URL; url_slug as the file name.
    const fair = doc('publications', 'fairness-audits')
    assert.equal(fair.data.year, 2021)
    assert.equal(fair.data.month, 3)
    assert.deepEqual(fair.data.links, { doi: '10.1145/3442188.3445922' })
    // No citation: the owner's alone, and the report says so.
    assert.deepEqual(names(doc('publications', 'no-citation').data.authors), ['Mária Kovács'])
    assert.ok(
      plan.report.some((r) => r.source.includes('no-citation') && r.notes.some((n) => n.includes('only author'))),
    )
    // Talks: a _talks file and its talks.tsv row are one talk; places from free text; the site's own
    // collection speaking (declared in _config.yml) read as talks, _wps/ as papers.
    assert.equal(plan.documentsIn('talks').length, 8)
    assert.deepEqual(doc('talks', 'panel-on-reproducibility').data.redirectFrom, [
      '/speaking/2023-09-12-panel-on-reproducibility/',
    ])
    assert.deepEqual(doc('publications', 'permutation-bounds').data.venue, { name: 'Working paper', kind: 'report' })
    assert.deepEqual(doc('publications', 'permutation-bounds').data.redirectFrom, [
      '/wps/2024-01-15-permutation-bounds',
    ])
    // A link to a part of the old page the theme drew (#publications) leads to this site's page for it; one to a part that is not here keeps its words.
    assert.match(doc('profile', 'index').body, /See my \[selected publications\]\(\/publications\/\) and the news\./)
    // An address written without mailto: (href="name@example.org") is one to write to.
    assert.match(doc('profile', 'index').body, /<a href="mailto:kovacs\.maria@example\.org">by email<\/a>/)
    // A placeholder address (paperurl: '#', [Arxiv link here](#)) links to nothing: no link made, its words kept, said.
    assert.equal(doc('publications', 'no-citation').data.links, undefined)
    assert.match(doc('publications', 'no-citation').body, /Draft\. Arxiv link here/)
    // _work/, by its name a collection of positions: experience, the organisation from the title, the role from the excerpt.
    assert.deepEqual(doc('experience', 'eoetvoes-lorand-university-2019').data, {
      role: 'Assistant Professor of Statistics',
      organisation: 'Eötvös Loránd University',
      start: '2019-09',
      kind: 'research',
      redirectFrom: ['/work/2019-09-01-eotvos-statistics/'],
    })
    assert.deepEqual(doc('talks', 'talk-1').data.place, { city: 'San Francisco', country: 'US' })
    assert.deepEqual(doc('talks', 'tutorial-1').data.place, { city: 'Berkeley', country: 'US', region: 'CA' })
    assert.equal(doc('talks', 'tutorial-1').data.kind, 'tutorial')
    assert.equal(doc('talks', 'webinar').data.online, true)
    assert.deepEqual(doc('talks', 'talk-1').data.redirectFrom, ['/talks/2012-03-01-talk-1'])
    // A doi: in front matter is the paper's DOI.
    assert.equal((doc('publications', 'solo-paper').data.links as Record<string, string>).doi, '10.1214/11-STS000')
    // The author's email is the profile's way to be written to, not one more link.
    assert.equal(doc('profile', 'index').data.email, 'kovacs.maria@example.org')
    assert.ok(!JSON.stringify(doc('profile', 'index').data.links ?? []).includes('mailto:'))
    // Every link of the author block is kept: a service the profile knows by its kind, any other site as a labelled website link.
    const apLinks = doc('profile', 'index').data.links
    assert.deepEqual(apLinks, [
      { kind: 'google-scholar', url: 'https://scholar.google.com/citations?user=AbCdEfGhIjkJ&hl=en' },
      { kind: 'orcid', url: 'https://orcid.org/0000-0002-1825-0097' },
      { kind: 'researchgate', url: 'https://www.researchgate.net/profile/Maria-Kovacs' },
      { kind: 'github', url: 'https://github.com/mkovacs' },
      { kind: 'bluesky', url: 'https://bsky.app/profile/mkovacs.bsky.social' },
      { kind: 'linkedin', url: 'https://www.linkedin.com/in/maria-kovacs' },
    ])
    // Teaching: term from the date.
    assert.equal(doc('teaching', '2016-fall-multiple-testing').data.term, 'fall')
    // The template's own samples left in the fork are skipped and said to be samples: files and TSV rows.
    for (const source of [
      '_teaching/2014-spring-teaching-1.md',
      '_teaching/2015-spring-teaching-2.md',
      '_posts/2012-08-14-blog-post-1.md',
      '_portfolio/portfolio-1.md',
    ])
      assert.equal(plan.report.find((r) => r.source === source)?.outcome, 'skipped: template sample', source)
    for (const row of ['publications.tsv row', 'talks.tsv row'])
      assert.ok(
        plan.report.some((r) => r.source.includes(row) && r.outcome === 'skipped: template sample'),
        `a sample ${row}`,
      )
    for (const d of plan.documents)
      assert.doesNotMatch(
        String(d.data.title ?? d.data.courseTitle ?? ''),
        /Paper Title Number|Relevant Topic|Teaching experience|Blog Post number/,
      )
    // Their "Your Name, You." is no spelling of the owner.
    assert.ok(!plan.owner.nameVariants.some((v) => /^(Your Name|You)\b/.test(v)), plan.owner.nameVariants.join('; '))
    // Front matter as Jekyll reads it: a quoted title continued on an unindented line, a key written
    // twice (the last wins), a plain value with a bare ": " (read key by key); each reported.
    const notesOf = (source: string) => plan.report.find((r) => r.source === source)?.notes ?? []
    const gene = doc('publications', 'unindented-title')
    assert.equal(gene.data.title, 'Closed Testing for Gene Sets: a Second Look')
    assert.deepEqual(gene.data.venue, { name: 'Statistics in Medicine', kind: 'journal' })
    assert.ok(
      notesOf('_publications/2013-06-01-unindented-title.md').some((n) =>
        /"venue" is written twice; the last one is kept/.test(n),
      ),
    )
    // "Family, Given, Family, Given, and Family, Given": three people; {{ base_url }} before a link is the site.
    assert.deepEqual(gene.data.authors, [
      { name: 'Livio Finos' },
      { name: 'Mária Kovács' },
      { name: 'Jelle J. Goeman' },
    ])
    assert.deepEqual(gene.data.links, { pdf: '/files/paper1.pdf' })
    const colon = doc('publications', 'bare-colon')
    assert.deepEqual(colon.data.authors, [{ name: 'Mária Kovács' }, { name: 'L. Finos' }])
    assert.ok(
      notesOf('_publications/2014-02-01-bare-colon.md').some((n) =>
        /each "key: value" line was read as written/.test(n),
      ),
    )
    // A citation cut short by et al. is said to be, and its first author is no spelling of the owner.
    assert.ok(notesOf('_publications/2015-03-01-et-al.md').some((n) => /names L\. Finos and "et al\."/.test(n)))
    assert.ok(!plan.owner.nameVariants.some((v) => /Finos/.test(v)), plan.owner.nameVariants.join('; '))
    // The same title in another year and venue (a poster before the paper): two entries, and the report says so.
    assert.equal(doc('publications', 'fairness-audits-poster').data.year, 2020)
    assert.equal(doc('publications', 'fairness-audits').data.year, 2021)
    assert.ok(
      notesOf('markdown_generator/publications.tsv row 3 (fairness-audits)').some((n) =>
        n.startsWith('similar title: content/publications/fairness-audits-poster.mdx has the same title in 2020'),
      ),
    )
    // collection: talks under _publications/ is a talk.
    assert.equal(doc('talks', 'invited-talk').data.title, 'Closed Testing in Ten Minutes')
    assert.ok(!plan.documentsIn('publications').some((p) => p.slug === 'invited-talk'))
    // A European date in a TSV row added with other line endings.
    assert.equal(doc('publications', 'robust-closed-testing').data.year, 2016)
    assert.equal(doc('publications', 'robust-closed-testing').data.month, 9)
    // Posts: the permalink and the site's pattern (/:categories/:title/) are old addresses; Liquid out, math and code kept.
    const math = doc('posts', 'liquid-and-math')
    assert.deepEqual(math.data.redirectFrom, ['/notes/liquid-and-math/'])
    assert.equal(math.data.summary, 'Where goes, and an identity.')
    assert.match(math.body, /\$e\^\{i\\pi\} \+ 1 = 0\$/)
    assert.match(math.body, /```liquid\n\{\{ page\.title \}\}/)
    // A remote picture (never loaded here) is a link to it; inside a link of its own (a badge), its alt text.
    assert.match(math.body, /\[A chart from elsewhere\]\(https:\/\/example\.org\/chart\.png\)/)
    assert.match(math.body, /<a href="https:\/\/example\.org\/photo\.jpg">A photo<\/a>/)
    assert.match(profile.body, /<a href="https:\/\/github\.com\/mkovacs\/sumSome"[^>]*>\s*sumSome GitHub stars\s*<\/a>/)
    assert.deepEqual(plan.assets.map((a) => a.to).sort(), [
      '/files/bibtex1.bib',
      '/files/cv.pdf',
      '/files/paper1.pdf',
      '/files/paper2.pdf',
      '/files/permutation-demo.html',
      '/files/slides1.pdf',
      '/images/500x300.png',
      '/images/profile.png',
      '/images/workshop.png',
    ])
  })

  test("al-folio: papers.bib's own fields, news, posts, projects, the résumé and co-author homepages", () => {
    const plan = planMigration(join(FIXTURES, 'al-folio'))
    const paper = (title: RegExp) => {
      const d = plan.documentsIn('publications').find((x) => title.test(String(x.data.title)))
      assert.ok(d, `no paper ${title}`)
      return d.data
    }
    // al-folio's arxiv = {…} is the paper's arXiv link, not a field "not carried".
    assert.equal((paper(/^Notes on a Unified Field/).links as Record<string, string>).arxiv, '2501.01234')
    // al-folio's sample about page, kept by forks beside their own (as a file without front matter), is the template's.
    assert.ok(
      plan.report.some((r) => r.source === '_pages/about_einstein.md' && r.outcome === 'skipped: template sample'),
    )
    // A link written with the old base path (the template's about page: /al-folio/publications/) is this site's path.
    assert.match(String(plan.documentsIn('profile')[0]?.body), /\[publications page\]\(\/publications\/\)/)
    // socials.yml's email is the profile's email.
    assert.equal(plan.documentsIn('profile')[0]?.data.email, 'albert@einstein.example')
    // socials.yml's links, each as al-folio's jekyll-socials builds its address; a site with no kind here keeps its name.
    const socials = plan.documentsIn('profile')[0]?.data.links
    assert.ok(Array.isArray(socials))
    for (const link of [
      { kind: 'inspire-hep', url: 'https://inspirehep.net/authors/1010907' },
      { kind: 'mastodon', url: 'https://mastodon.social/@einstein' },
      { kind: 'researchgate', url: 'https://www.researchgate.net/profile/Albert_Einstein/' },
      { kind: 'website', url: 'https://www.flickr.com/einstein', label: 'Flickr' },
    ])
      assert.ok(
        socials.some((l) => JSON.stringify(l) === JSON.stringify(link)),
        `${JSON.stringify(link)} in ${JSON.stringify(socials)}`,
      )
    const epr = paper(/^Can Quantum-Mechanical/)
    assert.deepEqual(epr.venue, { name: 'Phys. Rev.', short: 'PhysRev', kind: 'journal' })
    assert.equal(epr.volume, '47')
    assert.equal(epr.issue, '10')
    assert.equal(epr.pages, '777–780')
    assert.equal(epr.selected, true)
    assert.deepEqual(epr.links, {
      doi: '10.1103/PhysRev.47.777',
      pdf: '/files/example_pdf.pdf',
      video: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ',
      project: 'https://journals.aps.org/pr/abstract/10.1103/PhysRev.47.777',
    })
    // Einstein*†, Podolsky*, Rosen*: the owner under "Einstein, A.", every one equal, the marks gone.
    assert.deepEqual(epr.authors, [
      { name: 'Albert Einstein', equal: true },
      { name: 'B. Podolsky', equal: true, url: 'https://en.wikipedia.org/wiki/Boris_Podolsky' },
      { name: 'N. Rosen', equal: true, url: 'https://en.wikipedia.org/wiki/Nathan_Rosen' },
    ])
    assert.match(String(epr.note), /More Information/)
    assert.deepEqual(paper(/^Investigations on the Theory/).venue, { name: 'Courier Corporation', kind: 'book' })
    assert.equal(paper(/^Investigations on the Theory/).thumbnail, '/images/publications/brownian-motion.gif')
    assert.equal(paper(/^Über einen die Erzeugung/).award, 'Nobel Prize')
    assert.ok(plan.report.some((r) => r.source.includes('einstein_undated') && r.outcome === 'not migrated'))
    assert.ok(
      plan.report.some(
        (r) =>
          r.source.includes('einstein1920relativity') && r.notes.some((n) => n.startsWith('html = {relativity.html}')),
      ),
    )
    assert.equal(plan.documentsIn('news').length, 3)
    // Two posts, and the book review of the site's own collection books (dated, so a post).
    assert.equal(plan.documentsIn('posts').length, 3)
    assert.deepEqual(plan.documentsIn('posts').find((p) => p.slug === 'subtle-is-the-lord')?.data.redirectFrom, [
      '/books/subtle_is_the_lord/',
    ])
    assert.deepEqual(plan.documentsIn('posts').find((p) => p.slug === 'math')?.data.redirectFrom, ['/blog/2015/math/'])
    // Every project comes over, with a repository or without: its picture, category, order, site, cited papers and body.
    const project = (name: string) => {
      const d = plan.documentsIn('projects').find((p) => p.data.name === name)
      assert.ok(d, name)
      return d
    }
    assert.equal(plan.documentsIn('projects').length, 4)
    assert.equal(project('al-folio').data.repository, 'https://github.com/alshedivat/al-folio')
    const bench = project('Light quanta, measured')
    assert.deepEqual(
      { ...bench.data },
      {
        name: 'Light quanta, measured',
        description: 'Reproducing the photoelectric effect on a bench',
        image: '/images/12.jpg',
        category: 'work',
        order: 3,
        papers: [
          plan
            .documentsIn('publications')
            .find((p) => p.sources.some((s) => s.endsWith('{einstein1905photoelectriceffect}')))?.slug,
        ],
        redirectFrom: ['/projects/3_project/'],
      },
    )
    assert.match(bench.body, /!\[The phototube on its stand\]\(\/images\/12\.jpg\)/)
    assert.doesNotMatch(bench.body, /cite|bibliography/)
    const calculator = project('Relativity calculator')
    assert.equal(calculator.data.website, 'https://relativity-calculator.example')
    assert.equal(calculator.body.trim(), '')
    assert.equal(plan.documentsIn('experience').length, 3)
    assert.equal(plan.documentsIn('awards').length, 1)
    const profile = plan.documentsIn('profile')[0]
    assert.equal(profile?.data.name, 'Albert Einstein')
    assert.deepEqual(
      profile?.data.nameVariants,
      ['Albert Einstein', 'Einstein, Albert', 'A. Einstein', 'Einstein, A.'].filter((v) => v !== 'Albert Einstein'),
    )
    assert.equal(profile?.data.photo, '/images/prof_pic.jpg')
  })

  test("the old menu, in order and in its words, and the old lists' addresses become the site's settings", () => {
    // Academic Pages: _data/navigation.yml; its lists' pages (the year archive, the talk map) are redirects.
    const ap = migratedSettings(planMigration(join(FIXTURES, 'academic-pages')))
    assert.deepEqual(ap.menu, [
      { section: 'about' },
      { section: 'publications' },
      { section: 'talks' },
      { section: 'posts', label: 'Blog Posts' },
      { page: 'non-menu-page' },
      { page: 'software' },
      { section: 'cv' },
    ])
    assert.ok(ap.notes.some((n) => n.startsWith('menu: "Guide" (/markdown/) leads nowhere here')))
    assert.equal(ap.locale, 'en-US')
    for (const r of [
      { from: '/year-archive/', to: '/posts/' },
      { from: '/wordpress/blog-posts/', to: '/posts/' },
      { from: '/posts.html', to: '/posts/' },
      { from: '/talkmap.html', to: '/talks/' },
    ])
      assert.ok(
        ap.redirects.some((x) => x.from === r.from && x.to === r.to),
        JSON.stringify(r),
      )
    // al-folio: nav: true pages by nav_order (blog first), the blog's further pages and jekyll-archives' pages.
    const af = migratedSettings(planMigration(join(FIXTURES, 'al-folio')))
    assert.deepEqual(af.menu, [
      { section: 'about' },
      { section: 'posts', label: 'blog' },
      { section: 'publications' },
      { page: 'research' },
      { section: 'teaching' },
    ])
    for (const from of ['/blog/', '/blog/page/2/', '/blog/2015/', '/blog/tag/math/'])
      assert.ok(
        af.redirects.some((x) => x.from === from && x.to === '/posts/'),
        from,
      )
  })

  test("al-folio's _data/cv.yml, when the site has no resume.json: degrees, awards, projects, interests; positions wait for their months", async () => {
    const fork = mkdtempSync(join(tmpdir(), 'al-folio-cv-'))
    try {
      cpSync(join(FIXTURES, 'al-folio'), fork, { recursive: true })
      rmSync(join(fork, 'assets/json/resume.json'))
      const plan = planMigration(fork)
      const profile = plan.documentsIn('profile')[0]
      assert.deepEqual(profile?.data.degrees, [
        { degree: 'PhD', institution: { name: 'University of Zurich, Zurich, Switzerland' } },
        {
          degree: 'Federal teaching diploma',
          field: 'Physics and mathematics',
          institution: { name: 'Eidgenössische Technische Hochschule, Zurich, Switzerland' },
        },
      ])
      // The template's placeholders (Topic 1., Description 1.) are not the owner's.
      assert.deepEqual(profile?.data.interests, [{ area: 'Relativity', detail: 'The equivalence principle.' }])
      assert.deepEqual(
        plan.documentsIn('awards').map((d) => d.data),
        [
          { title: 'Nobel Prize in Physics', issuer: 'Royal Swedish Academy of Sciences', year: 1921 },
          { title: 'Matteucci Medal', year: 1921 },
          { title: 'Max Planck Medal', issuer: 'German Physical Society', year: 1929 },
        ],
      )
      assert.ok(
        plan
          .documentsIn('projects')
          .some((d) => d.data.name === 'al-folio' && d.data.repository === 'https://github.com/alshedivat/al-folio/'),
      )
      // Migrated and checked: what lacks a month or an issuer waits in migration-held/, named in the report.
      const work = mkdtempSync(join(tmpdir(), 'al-folio-cv-site-'))
      cpSync(join(ROOT, 'data'), join(work, 'data'), { recursive: true })
      const r = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          join(ROOT, 'scripts/migrate.ts'),
          fork,
          '--content',
          join(work, 'content'),
          '--public',
          join(work, 'public'),
        ],
        ROOT,
      )
      assert.equal(r.code, 0, r.output)
      const report = readFileSync(join(work, 'migration-report.md'), 'utf8')
      for (const held of [
        'experience/institute-for-advanced-study-princeton-university-1933',
        'awards/1921-matteucci-medal',
      ])
        assert.ok(
          existsSync(join(work, 'migration-held', `${held}.mdx`)),
          `${held} waits in migration-held/:\n${report}`,
        )
      assert.match(report, /field "start": expected a date \(YYYY-MM or YYYY-MM-DD\)/)
      rmSync(work, { recursive: true, force: true })
    } finally {
      rmSync(fork, { recursive: true, force: true })
    }
  })

  test("al-folio's own samples left in a fork (Einstein's papers, the sample posts, news and projects) are skipped as template samples", () => {
    const fork = mkdtempSync(join(tmpdir(), 'al-folio-fork-'))
    try {
      cpSync(join(FIXTURES, 'al-folio'), fork, { recursive: true })
      const config = join(fork, '_config.yml')
      writeFileSync(
        config,
        readFileSync(config, 'utf8')
          .replace(/^first_name: .*$/m, 'first_name: Mária')
          .replace(/^last_name: .*$/m, 'last_name: Kovács'),
      )
      const plan = planMigration(fork)
      const samples = plan.report.filter((r) => r.outcome === 'skipped: template sample').map((r) => r.source)
      // Every Einstein paper of papers.bib but the undated one (not migrated for that) and the fixture's own preprint.
      const bib = readFileSync(join(fork, '_bibliography/papers.bib'), 'utf8')
      const einstein = [...bib.matchAll(/^@\w+\{(einstein\w*|PhysRev[\w.]*|przibram\w*),/gm)].map((m) => m[1])
      for (const key of einstein.filter((k) => k !== 'einstein_undated' && k !== 'einstein2025preprint'))
        assert.ok(
          samples.some((s) => s.includes(`{${key}}`)),
          `${key} was not skipped: ${samples.join(', ')}`,
        )
      for (const folder of ['_posts', '_news', '_projects'])
        assert.ok(
          samples.some((s) => s.startsWith(folder)),
          `nothing of ${folder} was skipped`,
        )
      // What is left of the posts is the owner's own book review.
      assert.deepEqual(
        plan.documentsIn('posts').map((p) => p.slug),
        ['subtle-is-the-lord'],
      )
      assert.equal(plan.documentsIn('news').length, 0)
      // The owner's own paper stays, and no Einstein spelling became the owner's.
      assert.ok(plan.documentsIn('publications').some((p) => /^Notes on a Unified Field/.test(String(p.data.title))))
      assert.deepEqual(plan.documentsIn('profile')[0]?.data.nameVariants, [])
    } finally {
      rmSync(fork, { recursive: true, force: true })
    }
  })

  test("an avatar written as a full URL: the old site's own is its file here; another site's is left out and said", () => {
    const fork = mkdtempSync(join(tmpdir(), 'academic-pages-fork-'))
    try {
      cpSync(join(FIXTURES, 'academic-pages'), fork, { recursive: true })
      const config = join(fork, '_config.yml')
      const original = readFileSync(config, 'utf8')
      const profileWith = (avatar: string) => {
        writeFileSync(config, original.replace(/avatar(\s*): "profile\.png"/, `avatar$1: "${avatar}"`))
        const plan = planMigration(fork)
        return {
          data: plan.documentsIn('profile')[0]?.data,
          notes: plan.report.find((r) => r.source === '_config.yml')?.notes ?? [],
        }
      }
      assert.equal(profileWith('https://mkovacs.github.io/images/profile.png').data?.photo, '/images/profile.png')
      const remote = profileWith('https://avatars.githubusercontent.com/u/1?v=4')
      assert.equal(remote.data?.photo, undefined)
      assert.ok(
        remote.notes.some((n) =>
          /avatar https:\/\/avatars\.githubusercontent\.com\/u\/1\?v=4 is on another site/.test(n),
        ),
        remote.notes.join('\n'),
      )
    } finally {
      rmSync(fork, { recursive: true, force: true })
    }
  })

  test("the person's own page, as an Academic Pages about page, becomes a profile body without loss", () => {
    // A byte-for-byte copy of the seed (../shared/seed/homepage.md), which a clone of this repository lacks.
    const seed = matter(readFileSync(join(FIXTURES, 'seed-homepage.md'), 'utf8'))
    const notes: string[] = []
    const body = jekyllToMdx(seed.content, { siteUrls: [], picturePath: (p) => p, note: (m) => notes.push(m) })
    assert.deepEqual(mdxProblems(body, 'profile/index.mdx'), [])
    // Every link of the page is there, and every word of its text (the markup aside); what changed is reported.
    const hrefs = [...seed.content.matchAll(/\]\((https?:[^)\s]+)\)|href="([^"]+)"/g)].map((m) => m[1] ?? m[2])
    for (const href of hrefs) assert.ok(body.includes(href ?? ''), `the link ${href} was lost`)
    const words = (s: string) =>
      new Set(
        s
          .replace(/<[^>]+>/g, ' ')
          .replace(/&lt;/g, '<')
          .match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [],
      )
    const after = words(body)
    const lost = [...words(seed.content)].filter((w) => !after.has(w))
    assert.deepEqual(lost, [])
    assert.ok(
      notes.every((n) => /inline style|on another site/.test(n)),
      notes.join('\n'),
    )
  })

  test('a site of neither shape is refused, saying what was looked for', async () => {
    const dir = tempContent()
    try {
      mkdirSync(join(dir.dir, 'blog'))
      writeFileSync(join(dir.dir, 'blog/_config.yml'), 'title: a blog\n')
      const r = await migrate(join(dir.dir, 'blog'), dir.dir)
      assert.equal(r.code, 2)
      assert.match(r.output, /neither Academic Pages \(_publications\/ or markdown_generator\/\) nor al-folio/)
    } finally {
      rmSync(dir.dir, { recursive: true, force: true })
    }
  })
})
