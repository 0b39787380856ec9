// The owner and their identity links, as Jekyll sites record them: Academic Pages' author block and
// the spellings its citations use; al-folio's first/last name, scholar names and socials.
import type { CslName } from '@citation-js/core'
import { authorList, type Owner } from '../importer'
import { text } from './plan'

/**
 * The owner of an Academic Pages site: its author name, and the spelling its citations use for
 * them when that is another (the sample's "Your Name, You."): the name found in most of the
 * author lists that lack the configured one, if it is in at least half of them (and in two, or
 * alone on a paper).
 */
export function ownerFromCitations(name: string, lists: CslName[][]): Owner {
  const owner: Owner = { name, nameVariants: [] }
  const lacking = lists.filter((authors) => authors.length > 0 && !authorList(authors, owner).ownerAs)
  const counts = new Map<string, { spelling: string; n: number; alone: boolean }>()
  for (const authors of lacking) {
    const seen = new Set<string>()
    for (const a of authors) {
      const spelling = a.family && a.given ? `${a.family}, ${a.given}` : (a.literal ?? a.family ?? '')
      const key = spelling.toLowerCase()
      if (!spelling || seen.has(key)) continue
      seen.add(key)
      const c = counts.get(key) ?? { spelling, n: 0, alone: false }
      c.n += 1
      c.alone ||= authors.length === 1
      counts.set(key, c)
    }
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0]
  if (best && best.n * 2 >= lacking.length && (best.n >= 2 || best.alone)) owner.nameVariants.push(best.spelling)
  return owner
}

/** URL of a profile, from a URL or a user name. */
const PROFILE_URLS: Record<string, (v: string) => string> = {
  github: (u) => `https://github.com/${u}`,
  linkedin: (u) => `https://www.linkedin.com/in/${u}`,
  x: (u) => `https://x.com/${u.replace(/^@/, '')}`,
  'google-scholar': (id) => `https://scholar.google.com/citations?user=${id}`,
  orcid: (id) => `https://orcid.org/${id}`,
  'semantic-scholar': (id) => `https://www.semanticscholar.org/author/${id}`,
  dblp: (pid) => `https://dblp.org/pid/${pid}.html`,
  openalex: (id) => `https://openalex.org/authors/${id}`,
  email: (address) => `mailto:${address.replace(/^mailto:/, '')}`,
  website: (u) => u,
}

/** Keys of Academic Pages' author block and al-folio's socials, and the link kind each is. */
const KEYS: Record<string, keyof typeof PROFILE_URLS> = {
  email: 'email',
  uri: 'website',
  website: 'website',
  googlescholar: 'google-scholar',
  scholar_userid: 'google-scholar',
  orcid: 'orcid',
  orcid_id: 'orcid',
  semantic: 'semantic-scholar',
  semanticscholar_id: 'semantic-scholar',
  dblp_url: 'dblp',
  openalex_id: 'openalex',
  github: 'github',
  github_username: 'github',
  linkedin: 'linkedin',
  linkedin_username: 'linkedin',
  twitter: 'x',
  twitter_username: 'x',
  x_username: 'x',
}

/** Fields of those blocks that are not links (or are the site's own switches). */
const NOT_LINKS = new Set([
  'name',
  'avatar',
  'bio',
  'location',
  'employer',
  'pronouns',
  'first_name',
  'middle_name',
  'last_name',
  'rss_icon',
  'contact_note',
  'enable_navbar_social',
  'socials_in_search',
])

/** The identity links a block names; the others are reported. */
export function identityLinks(block: Record<string, unknown>, notes: string[]): { kind: string; url: string }[] {
  const links: { kind: string; url: string }[] = []
  for (const [key, raw] of Object.entries(block)) {
    const value = text(raw)
    if (!value || NOT_LINKS.has(key)) continue
    const kind = KEYS[key]
    if (!kind) {
      notes.push(`${key} "${value}": not carried (the profile's links are ${Object.keys(PROFILE_URLS).join(', ')})`)
      continue
    }
    const url = /^(https?:|mailto:)/.test(value) ? value : PROFILE_URLS[kind]?.(value)
    if (url && !links.some((l) => l.kind === kind)) links.push({ kind, url })
  }
  return links
}

/** The profile's links and its email: an email among the links becomes the profile's `email` (shown as the way to write). */
export function contactAndLinks(links: { kind: string; url: string }[]): {
  email?: string
  links: { kind: string; url: string }[]
} {
  const mail = links.find((l) => l.kind === 'email')
  if (!mail) return { links }
  return { email: mail.url.replace(/^mailto:/, ''), links: links.filter((l) => l !== mail) }
}
