// What `npm run new-site` writes for a new owner: the smallest valid profile (a name, and the
// profiles that `npm run sync` reads) and the default settings, written out so they can be edited.
import { parseProfile } from './identifiers'
import { renderDocument } from './write'
import { SECTIONS } from '../model/settings'

export interface NewOwner {
  name: string
  /** An ORCID iD or its URL. */
  orcid?: string
  /** A DBLP pid (123/4567) or its URL. */
  dblp?: string
  /** A Google Scholar user id or the profile's URL. */
  scholar?: string
  /** An address visitors may write to, shown on the site. */
  email?: string
}

/** The profile's identity links, each id checked; a wrong one is named with what it should look like. */
export function ownerLinks(owner: NewOwner): { kind: string; url: string }[] {
  const links: { kind: string; url: string }[] = []
  if (owner.orcid) {
    const p = parseProfile(/^https?:/.test(owner.orcid) ? owner.orcid : `orcid:${owner.orcid}`)
    if (p?.kind !== 'orcid') throw new Error(`--orcid ${owner.orcid}: not an ORCID iD (0000-0002-1825-0097)`)
    links.push({ kind: 'orcid', url: `https://orcid.org/${p.id}` })
  }
  if (owner.dblp) {
    const p = parseProfile(/^https?:/.test(owner.dblp) ? owner.dblp : `dblp:${owner.dblp}`)
    if (p?.kind !== 'dblp') throw new Error(`--dblp ${owner.dblp}: not a DBLP pid (123/4567) or its URL`)
    links.push({ kind: 'dblp', url: `https://dblp.org/pid/${p.id}.html` })
  }
  if (owner.scholar) {
    const id = /[?&]user=([\w-]{12})\b/.exec(owner.scholar)?.[1] ?? /^[\w-]{12}$/.exec(owner.scholar)?.[0]
    if (!id) throw new Error(`--scholar ${owner.scholar}: not a Google Scholar user id (12 characters) or profile URL`)
    links.push({ kind: 'google-scholar', url: `https://scholar.google.com/citations?user=${id}` })
  }
  return links
}

/** content/profile/index.mdx for a new owner: the name and links, and an empty "About me". */
export function newProfile(owner: NewOwner): string {
  const name = owner.name.trim()
  if (!name) throw new Error('a name is needed: --name "Ada Lovelace"')
  const email = owner.email?.trim()
  return renderDocument({ name, ...(email ? { email } : {}), links: ownerLinks(owner) }, '', 'profile')
}

/** data/site.yml with every default written out, for the owner to reorder or relabel. */
export function defaultSettings(): string {
  return [
    '# yaml-language-server: $schema=../docs/schemas/settings.schema.json',
    "# The site's settings: the menu, the language, the footer. Every key may be left out;",
    '# docs/configuration.md says what each does. `npm run check:content` checks this file too.',
    'locale: en',
    '# In order; a section shows once it has an entry. A link: - { label: Software, href: https://… }',
    'menu:',
    ...SECTIONS.map((s) => `  - section: ${s.key}`),
    '',
  ].join('\n')
}
