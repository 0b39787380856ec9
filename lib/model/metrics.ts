// Dated figures about the owner's work: citation counts per paper and stars per project, fetched
// by `npm run metrics` (never by the build) into one committed snapshot, data/metrics.json, which
// the site reads. Each figure carries the day it was fetched and where from.

export const METRICS_FILE = 'data/metrics.json'

/** A snapshot older than this gives the build a warning (never a failure). */
export const METRICS_MAX_AGE_DAYS = 45

export interface Figure {
  value: number
  /** YYYY-MM-DD, the day it was fetched. */
  date: string
  source: 'openalex' | 'semanticscholar' | 'github'
}

export interface MetricsSnapshot {
  /** Citations per paper, by slug. */
  papers: Record<string, Figure>
  /** Stars per project, by slug. */
  projects: Record<string, Figure>
}

export const EMPTY_METRICS: MetricsSnapshot = { papers: {}, projects: {} }

const SOURCES = new Set<Figure['source']>(['openalex', 'semanticscholar', 'github'])

/** The snapshot's text, checked: every figure a whole number with a date and a source. Throws naming what is wrong. */
export function parseMetrics(text: string, file = METRICS_FILE): MetricsSnapshot {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  const snapshot: MetricsSnapshot = { papers: {}, projects: {} }
  const root = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  for (const group of ['papers', 'projects'] as const) {
    const entries = root[group]
    if (entries === undefined) continue
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries))
      throw new Error(`${file}: "${group}" must map slugs to figures`)
    for (const [slug, f] of Object.entries(entries)) {
      const figure = typeof f === 'object' && f !== null ? (f as Record<string, unknown>) : {}
      const { value, date, source } = figure
      if (
        typeof value !== 'number' ||
        !Number.isInteger(value) ||
        value < 0 ||
        typeof date !== 'string' ||
        !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
        typeof source !== 'string' ||
        !SOURCES.has(source as Figure['source'])
      ) {
        throw new Error(`${file}: ${group}.${slug} must be { value: a whole number, date: YYYY-MM-DD, source }`)
      }
      snapshot[group][slug] = { value, date, source: source as Figure['source'] }
    }
  }
  return snapshot
}
