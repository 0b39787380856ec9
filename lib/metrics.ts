// The metrics snapshot (data/metrics.json, written by `npm run metrics`) as the pages use it:
// a paper's citations and a project's stars with their dates, and the owner's total. No file, or
// no figure for a paper or project: nothing is shown. The build never fetches.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { EMPTY_METRICS, METRICS_FILE, parseMetrics, type Figure, type MetricsSnapshot } from './model/metrics'
import { yearMonth } from './format'

const path = join(process.cwd(), METRICS_FILE)
const snapshot: MetricsSnapshot = existsSync(path) ? parseMetrics(readFileSync(path, 'utf8')) : EMPTY_METRICS

export function citations(slug: string): Figure | undefined {
  return snapshot.papers[slug]
}

export function stars(slug: string): Figure | undefined {
  return snapshot.projects[slug]
}

/** All the papers' citations, dated by the newest figure; undefined without any. */
export function totalCitations(): Figure | undefined {
  const figures = Object.values(snapshot.papers)
  if (figures.length === 0) return undefined
  return {
    value: figures.reduce((n, f) => n + f.value, 0),
    date:
      figures
        .map((f) => f.date)
        .sort()
        .at(-1) ?? '',
    source: figures[0]?.source ?? 'openalex',
  }
}

/** "1,234 · Nov 2026" */
export function figureLabel(f: Figure): { count: string; when: string; iso: string } {
  const { label, iso } = yearMonth(f.date)
  return { count: f.value.toLocaleString('en'), when: label, iso }
}
