// What a migration does with an entry the site's content check refuses: the fixes that are certain
// (a file the old site did not have is left out, an old address another entry has is dropped, a
// link to an entry that was held back is removed), each said in the report with what was removed,
// so the author can put it back. An entry with a problem no fix is certain for is held back whole
// (scripts/migrate.ts writes it to migration-held/): one entry never stops the others.
import type { Problem } from '../../model/check'
import type { PlannedDocument } from './plan'
import { isRecord } from './plan'

/** The fix made for a problem (a sentence for the report), or undefined when there is no certain one. */
export function repair(doc: PlannedDocument, problem: Problem): string | undefined {
  const field = problem.field
  // A page at an address the site has already (its own /cv/, /publications/): kept, as a draft to merge by hand.
  if (doc.folder === 'pages' && !field && / would be the address \/[^/]+\/, already /.test(problem.message)) {
    const was = doc.slug
    doc.slug = `old-${was}`
    doc.data.draft = true
    return `this site has its own /${was}/, so the old page is content/pages/${doc.slug}.mdx, a draft (npm run dev shows it): move what it says into entries, then delete it`
  }
  if (doc.folder === 'pages' && field === 'menu') {
    delete doc.data.menu
    return `it was in the old menu, but data/site.yml writes the menu out in full: add "- page: ${doc.slug}" there to show it`
  }
  if (!field) return undefined
  // A body's problem names its line first ("line 27: …").
  const message = problem.message.replace(/^line \d+: /, '')
  const missing = /^(\S+) does not exist: put the file at /.exec(message)?.[1]
  if (missing && field === 'body') {
    const before = doc.body
    doc.body = withoutPath(doc.body, missing)
    return doc.body !== before
      ? `${missing} was not in the old site: the body's link or picture to it was left out (put the file at public${missing} and link it again)`
      : undefined
  }
  const unshown = /^"([^"]+)" is not a picture format the site shows/.exec(message)?.[1]
  if (unshown && field === 'body') {
    const before = doc.body
    doc.body = withoutPictures(doc.body, unshown)
    return doc.body !== before
      ? `the picture ${unshown} was left out: ${message.replace(/^"[^"]+" /, 'it ')}`
      : undefined
  }
  if (missing) {
    const value = removeField(doc.data, field)
    return value === undefined
      ? undefined
      : `${field}: ${missing} was not in the old site, so the field was left out (put the file at public${missing} and write ${field}: ${JSON.stringify(value)} again)`
  }
  if (/^redirectFrom\[\d+\]$/.test(field)) {
    const value = removeField(doc.data, field)
    if (Array.isArray(doc.data.redirectFrom) && doc.data.redirectFrom.length === 0) delete doc.data.redirectFrom
    return value === undefined ? undefined : `the old address ${String(value)} was left out: ${problem.message}`
  }
  if (/^no (publication|talk) has the slug /.test(problem.message)) {
    const value = removeField(doc.data, field)
    return value === undefined
      ? undefined
      : `${field}: "${String(value)}" was left out: that entry was not migrated (see its line in this report)`
  }
  return undefined
}

/**
 * The profile is one of a kind (the site needs it), so it is never held back: a refused field of
 * it is left out, its value kept in the report.
 */
export function repairProfile(doc: PlannedDocument, problem: Problem): string | undefined {
  const fixed = repair(doc, problem)
  if (fixed || !problem.field || problem.field === 'body') return fixed
  const value = removeField(doc.data, problem.field)
  return value === undefined
    ? undefined
    : `${problem.field}: ${JSON.stringify(value)} was left out (${problem.message}); write it again once fixed`
}

/** Removes a field by its path as the check names it (links.pdf, redirectFrom[2], degrees[0].institution.url); returns its value. */
export function removeField(data: Record<string, unknown>, path: string): unknown {
  const parts = path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '')
  let parent: unknown = data
  for (const part of parts.slice(0, -1)) {
    parent = Array.isArray(parent) ? parent[Number(part)] : isRecord(parent) ? parent[part] : undefined
  }
  const last = parts.at(-1)
  if (last === undefined) return undefined
  if (Array.isArray(parent) && /^\d+$/.test(last)) return parent.splice(Number(last), 1)[0]
  if (!isRecord(parent) || !(last in parent)) return undefined
  const value = parent[last]
  delete parent[last]
  return value
}

/** A body without its pictures of a path, and its links to it as their text. */
export function withoutPath(body: string, path: string): string {
  const p = escape(path)
  return withoutPictures(body, path)
    .replace(new RegExp(`\\[([^\\]]*)\\]\\(${target(p)}\\)`, 'g'), '$1')
    .replace(new RegExp(`<a\\b[^>]*\\bhref=["']${p}(?:[?#][^"']*)?["'][^>]*>([\\s\\S]*?)</a>`, 'gi'), '$1')
}

/** A body without its pictures of a path (Markdown and <img>). */
export function withoutPictures(body: string, path: string): string {
  const p = escape(path)
  return body
    .replace(new RegExp(`!\\[[^\\]]*\\]\\(${target(p)}\\)`, 'g'), '')
    .replace(new RegExp(`<img\\b[^>]*\\bsrc=["']${p}(?:[?#][^"']*)?["'][^>]*>`, 'gi'), '')
}

/** A Markdown link or picture target of an escaped path: <path>, a query or fragment, a title. */
const target = (p: string) => `<?${p}(?:[?#][^\\s)>]*)?>?(?:\\s+"[^"]*")?`

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
