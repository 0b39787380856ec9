// The entries a template ships as samples, which forks often never delete: each is skipped and
// reported as "template sample", never migrated as the owner's. Titles as the templates' own
// files write them (Academic Pages: _publications/, _talks/, _teaching/, _portfolio/, _posts/ and
// markdown_generator/publications.tsv and talks.tsv of academicpages/academicpages.github.io).
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

const SAMPLES: Partial<Record<Shape, RegExp[]>> = { 'academic-pages': ACADEMIC_PAGES }

/** Whether a title is one of the template's own samples (compared without case, quotes or extra spaces). */
export function isTemplateSample(shape: Shape, title: string): boolean {
  const plain = title
    .toLowerCase()
    .replace(/["'“”‘’.]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return (SAMPLES[shape] ?? []).some((re) => re.test(plain))
}
