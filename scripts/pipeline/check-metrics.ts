// The metrics snapshot (data/metrics.json, from `npm run metrics`): the build never fetches, so it
// says when the figures are old (a warning, not a failure) and names figures for papers or
// projects the site no longer has. A malformed snapshot already failed the build where it was read.
import { existsSync, readFileSync } from 'node:fs'
import { allDocuments } from 'contentlayer/generated'
import { METRICS_FILE, METRICS_MAX_AGE_DAYS, parseMetrics } from '../../lib/model/metrics'

export function checkMetrics(now = new Date()): string {
  if (!existsSync(METRICS_FILE))
    return `no ${METRICS_FILE}: no citation counts or stars shown (npm run metrics makes one)`
  const snapshot = parseMetrics(readFileSync(METRICS_FILE, 'utf8'))
  const notes: string[] = []
  const dates = [...Object.values(snapshot.papers), ...Object.values(snapshot.projects)].map((f) => f.date).sort()
  const newest = dates.at(-1)
  if (newest) {
    const days = Math.floor((now.getTime() - Date.parse(`${newest}T00:00:00Z`)) / 86_400_000)
    if (days > METRICS_MAX_AGE_DAYS)
      notes.push(`WARNING: the newest figure is ${days} days old (from ${newest}); run npm run metrics`)
  }
  const slugs = (type: string) =>
    new Set(allDocuments.filter((d) => d.type === type).map((d) => String(d._raw.flattenedPath.split('/').at(-1))))
  const [papers, projects] = [slugs('Publication'), slugs('Project')]
  const stale = [
    ...Object.keys(snapshot.papers)
      .filter((s) => !papers.has(s))
      .map((s) => `papers.${s}`),
    ...Object.keys(snapshot.projects)
      .filter((s) => !projects.has(s))
      .map((s) => `projects.${s}`),
  ]
  if (stale.length > 0) notes.push(`WARNING: figures for entries the site does not have: ${stale.join(', ')}`)
  const counts = `${Object.keys(snapshot.papers).length} citation counts, ${Object.keys(snapshot.projects).length} star counts, newest ${newest ?? 'none'}`
  return [counts, ...notes].join('; ')
}
