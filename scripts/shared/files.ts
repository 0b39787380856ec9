// Walking a built site: every file below a folder, and the pages a static host serves from it.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Files below a folder, as forward-slash paths relative to it, sorted. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)).split(sep).join('/'))
    .sort()
}

/** The route of every index.html below `dir` ("/", "/cv/", ...), skipping folders that start with "_" and those named. */
export function pageRoutes(dir: string, skip: readonly string[] = []): string[] {
  return filesBelow(dir)
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .filter((route) => !route.split('/').some((part) => part.startsWith('_') || skip.includes(part)))
}

/**
 * The site's own pages in a built site: its .html files, less the ones public/ holds as they are
 * (a migrated site's standalone files/*.html, someone else's HTML): those are served untouched,
 * never given the site's stylesheet, policy or checks.
 */
export function sitePages(out: string, publicDir = join(out, '..', 'public')): string[] {
  return filesBelow(out).filter((f) => f.endsWith('.html') && !existsSync(join(publicDir, f)))
}
