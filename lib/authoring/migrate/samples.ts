// The entries a template ships as samples, which forks often never delete: each is skipped and
// reported as "template sample", never migrated as the owner's. Titles as the templates' own
// files write them (Academic Pages: _publications/, _talks/, _teaching/, _portfolio/, _posts/ and
// markdown_generator/publications.tsv and talks.tsv of academicpages/academicpages.github.io;
// al-folio: _posts/, _projects/, _books/ and _news/ of alshedivat/al-folio, its news items by their text).
import type { Shape } from './plan'

const ACADEMIC_PAGES = [
  /^paper title number \d+$/,
  /^(talk|tutorial) \d+ on relevant topic in your field$/,
  /^conference proceeding talk \d+ on relevant topic in your field$/,
  /^teaching experience \d+$/,
  /^portfolio item number \d+$/,
  /^blog post number \d+$/,
  /^future blog post$/,
]

/** What al-folio's sample posts show off, each "a post with …". */
const AL_FOLIO_POST_TOPICS = [
  ...['formatting and links', 'math', 'code', 'code diff', 'images', 'image galleries', 'advanced image components'],
  ...['videos', 'audios', 'twitter', 'tabs', 'table of contents', 'table of contents on a sidebar', 'redirect'],
  ...['pseudo code', 'plotly.js', 'jupyter notebook', 'giscus comments', 'disqus comments', 'geojson', 'echarts'],
  ...['diagrams', 'custom blockquotes', 'chart.js', 'bibliography', 'vega lite', 'typograms', 'tikzjax'],
  ...['github metadata', 'comments', 'mermaid'],
]

const AL_FOLIO = [
  new RegExp(`^a post with (${AL_FOLIO_POST_TOPICS.map((t) => t.replace(/[.]/g, '\\.')).join('|')})$`),
  /^a distill-style blog post$/,
  /^a post that can be cited$/,
  /^displaying beautiful tables with bootstrap tables$/,
  /^displaying external posts on your al-folio blog$/,
  /^project \d+( with very long name)?$/,
  // _books/the_godfather.md, the bookshelf's sample review.
  /^the godfather$/,
  /^a long announcement with details$/,
  /^a simple inline announcement( with markdown emoji! :sparkles: :smile:)?$/,
  // _bibliography/papers.bib: Albert Einstein's papers, as the template spells them.
  /^relativity: the special and general theory$/,
  /^investigations on the theory of the brownian movement$/,
  /^the meaning of relativity$/,
  /^can quantum-mechanical description of physical reality be considered complete\?$/,
  /^über die von der molekularkinetischen theorie der wärme geforderte bewegung von in ruhenden flüssigkeiten suspendierten teilchen$/,
  /^un the movement of small particles suspended in statiunary liquids required by the molecular-kinetic theory 0f heat$/,
  /^on the electrodynamics of moving bodies$/,
  /^über einen die erzeugung und verwandlung des lichtes betreffenden heuristischen gesichtspunkt$/,
  /^letters on wave mechanics$/,
]

const SAMPLES: Partial<Record<Shape, RegExp[]>> = { 'academic-pages': ACADEMIC_PAGES, 'al-folio': AL_FOLIO }

/** Whether a title is one of the template's own samples (compared without case, quotes or extra spaces). */
export function isTemplateSample(shape: Shape, title: string): boolean {
  const plain = title
    .toLowerCase()
    .normalize('NFC')
    .replace(/["'“”‘’.{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return (SAMPLES[shape] ?? []).some((re) => re.test(plain))
}
