// Collections a site declares in _config.yml beyond its theme's own (_wps/ of working papers,
// speaking, external_posts, books, …): each read as papers, talks, posts or pages, by what its
// files hold (a venue or a citation, a talk's type or location, a date) and else by its name,
// with the collection's own address pattern; the report says how each was read and why.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { collection, isRecord, readJekyll, text, type Plan } from './plan'

export type CollectionKind = 'publications' | 'talks' | 'posts' | 'pages'

export interface ExtraCollection {
  name: string
  /** _<name>, the folder its files are in. */
  folder: string
  kind: CollectionKind
  /** Its documents' old address, e.g. /wps/:path/. */
  pattern: string
  /** How the kind was decided, for the report. */
  why: string
}

// Talks first: Academic Pages' talks have a venue too, but papers have no place.
const BY_FIELDS: [CollectionKind, string[], string][] = [
  ['talks', ['talk_type', 'location'], "a talk's type or place"],
  ['publications', ['citation', 'paperurl', 'pub_date', 'journal', 'authors', 'venue'], 'a citation or venue'],
  ['posts', ['date'], 'a date'],
]

const BY_NAME: [CollectionKind, RegExp][] = [
  ['publications', /pub|paper|wps|working|preprint|article|manuscript/i],
  ['talks', /talk|speak|present|seminar|lecture/i],
  ['posts', /post|blog|news|note|essay/i],
]

/** The collections of _config.yml that are not among `known` and have a folder of files. */
export function extraCollections(
  plan: Plan,
  config: Record<string, unknown>,
  known: readonly string[],
): ExtraCollection[] {
  const declared = isRecord(config.collections) ? config.collections : {}
  return Object.entries(declared).flatMap(([name, settings]): ExtraCollection[] => {
    if (known.includes(name)) return []
    const folder = `_${name}`
    const files = existsSync(join(plan.root, folder)) ? collection(plan.root, folder) : []
    if (files.length === 0) return []
    const fields = files.map((f) => readJekyll(join(plan.root, f)).data)
    const share = (keys: string[]) => fields.filter((d) => keys.some((k) => text(d[k]) !== '')).length / fields.length
    const byFields = BY_FIELDS.find(([, keys]) => share(keys) >= 0.5)
    const byName = BY_NAME.find(([, re]) => re.test(name))
    // A name says more than a date, which every kind may have.
    const kind: CollectionKind =
      byFields && (byFields[0] !== 'posts' || !byName) ? byFields[0] : (byName?.[0] ?? byFields?.[0] ?? 'pages')
    const why =
      byFields && kind === byFields[0]
        ? `most of its files have ${byFields[2]}`
        : byName && kind === byName[0]
          ? `its name, ${name}`
          : 'its files have no venue, talk fields or date'
    const permalink = isRecord(settings) ? text(settings.permalink) : ''
    const pattern = (permalink || '/:collection/:path/').replace(/:collection/g, name)
    return [{ name, folder, kind, pattern, why }]
  })
}

/** The note each file of an extra collection gets: how its collection was read. */
export function collectionRead(c: ExtraCollection): string {
  const as = { publications: 'papers', talks: 'talks', posts: 'posts', pages: 'pages of their own' }[c.kind]
  return `collection ${c.name} (declared in _config.yml) read as ${as}: ${c.why}`
}
