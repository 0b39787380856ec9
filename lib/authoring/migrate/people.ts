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

/** URL of a profile, from a URL or a user name (as the templates' own includes build it). */
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
  researchgate: (u) => `https://www.researchgate.net/profile/${u}/`,
  arxiv: (id) => `https://arxiv.org/a/${id}.html`,
  'inspire-hep': (id) => `https://inspirehep.net/authors/${id}`,
  scopus: (id) => `https://www.scopus.com/authid/detail.uri?authorId=${id}`,
  'web-of-science': (id) => `https://publons.com/a/${id}/`,
  acm: (id) => `https://dl.acm.org/profile/${id}/`,
  ieee: (id) => `https://ieeexplore.ieee.org/author/${id}/`,
  hal: (id) => `https://cv.hal.science/${id}`,
  osf: (id) => `https://osf.io/${id}/`,
  zotero: (u) => `https://www.zotero.org/${u}`,
  wikidata: (id) => `https://www.wikidata.org/wiki/${id}`,
  wikipedia: (u) => `https://en.wikipedia.org/wiki/User:${u}`,
  gitlab: (u) => `https://gitlab.com/${u}`,
  bitbucket: (u) => `https://bitbucket.org/${u}`,
  stackoverflow: (id) => `https://stackoverflow.com/users/${id}`,
  kaggle: (u) => `https://www.kaggle.com/${u}`,
  // al-folio writes instance.tld/@name; others write @name@instance.tld.
  mastodon: (u) => `https://${u.replace(/^@?([^@/]+)@([^@/]+)$/, '$2/@$1')}`,
  bluesky: (u) => `https://bsky.app/profile/${u.replace(/^@/, '')}`,
  youtube: (u) => `https://www.youtube.com/@${u.replace(/^@/, '')}`,
  medium: (u) => `https://medium.com/@${u.replace(/^@/, '')}`,
}

/** Keys of Academic Pages' author block and al-folio's socials (_data/socials.yml, jekyll-socials), and the link kind each is. */
const KEYS: Record<string, keyof typeof PROFILE_URLS> = {
  email: 'email',
  uri: 'website',
  website: 'website',
  work_url: 'website',
  googlescholar: 'google-scholar',
  scholar_userid: 'google-scholar',
  orcid: 'orcid',
  orcid_id: 'orcid',
  semantic: 'semantic-scholar',
  semanticscholar_id: 'semantic-scholar',
  dblp: 'dblp',
  dblp_url: 'dblp',
  openalex_id: 'openalex',
  github: 'github',
  github_username: 'github',
  linkedin: 'linkedin',
  linkedin_username: 'linkedin',
  twitter: 'x',
  twitter_username: 'x',
  x_username: 'x',
  researchgate: 'researchgate',
  research_gate_profile: 'researchgate',
  arxiv: 'arxiv',
  arxiv_id: 'arxiv',
  'inspire-hep': 'inspire-hep',
  inspirehep_id: 'inspire-hep',
  scopus_id: 'scopus',
  publons_id: 'web-of-science',
  acm_id: 'acm',
  ieee_id: 'ieee',
  hal_id: 'hal',
  osf_id: 'osf',
  zotero_username: 'zotero',
  wikidata_id: 'wikidata',
  wikipedia: 'wikipedia',
  wikipedia_id: 'wikipedia',
  gitlab: 'gitlab',
  gitlab_username: 'gitlab',
  bitbucket: 'bitbucket',
  stackoverflow: 'stackoverflow',
  stackoverflow_id: 'stackoverflow',
  kaggle: 'kaggle',
  kaggle_id: 'kaggle',
  mastodon: 'mastodon',
  mastodon_username: 'mastodon',
  bluesky: 'bluesky',
  bluesky_url: 'bluesky',
  youtube: 'youtube',
  youtube_id: 'youtube',
  medium: 'medium',
  medium_username: 'medium',
}

/**
 * Sites the templates link to that have no kind of their own here: a website link with the
 * site's name as its label, its address built as the template builds it.
 */
const OTHER_SITES: Record<string, [label: string, url: (v: string) => string]> = {
  academia: ['Academia.edu', (u) => u],
  pubmed: ['PubMed', (u) => u],
  impactstory: ['Impactstory', (u) => u],
  blogger_url: ['Blogger', (u) => u],
  facebook: ['Facebook', (u) => `https://www.facebook.com/${u}`],
  facebook_id: ['Facebook', (u) => `https://facebook.com/${u}`],
  instagram: ['Instagram', (u) => `https://instagram.com/${u}`],
  instagram_id: ['Instagram', (u) => `https://instagram.com/${u}`],
  flickr: ['Flickr', (u) => `https://www.flickr.com/${u}`],
  flickr_id: ['Flickr', (u) => `https://www.flickr.com/${u}`],
  xing: ['XING', (u) => `https://www.xing.com/profile/${u}`],
  keybase: ['Keybase', (u) => `https://keybase.io/${u}`],
  keybase_username: ['Keybase', (u) => `https://keybase.io/${u}`],
  discord_id: ['Discord', (u) => `https://discord.com/users/${u}`],
  leetcode_id: ['LeetCode', (u) => `https://leetcode.com/u/${u}/`],
  lattes_id: ['Lattes', (u) => `https://lattes.cnpq.br/${u}`],
  quora_username: ['Quora', (u) => `https://www.quora.com/profile/${u}`],
  telegram_username: ['Telegram', (u) => `https://telegram.me/${u}`],
  weibo: ['Weibo', (u) => `https://www.weibo.com/${u}`],
  pinterest: ['Pinterest', (u) => `https://www.pinterest.com/${u}`],
  pinterest_id: ['Pinterest', (u) => `https://www.pinterest.com/${u}`],
  unsplash_id: ['Unsplash', (u) => `https://unsplash.com/@${u}`],
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
export function identityLinks(
  block: Record<string, unknown>,
  notes: string[],
): { kind: string; url: string; label?: string }[] {
  const links: { kind: string; url: string; label?: string }[] = []
  for (const [key, raw] of Object.entries(block)) {
    const value = text(raw)
    if (!value || NOT_LINKS.has(key)) continue
    const full = /^(https?:|mailto:)/.test(value)
    const kind = KEYS[key]
    const other = OTHER_SITES[key]
    if (kind) {
      const url = full ? value : PROFILE_URLS[kind]?.(value)
      if (url && !links.some((l) => l.kind === kind)) links.push({ kind, url })
    } else if (other || full) {
      // A site with no kind here: a website link under its name (the key's, when the templates do not name it).
      const label = other?.[0] ?? key.replace(/[_-]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase())
      const url = full ? value : (other?.[1](value) ?? value)
      if (!/^https?:\/\//.test(url)) {
        notes.push(`${key} "${value}": not carried (not an address, and the template builds none from it)`)
        continue
      }
      links.push({ kind: 'website', url, label })
      notes.push(`${key}: a link labelled "${label}" (${url})`)
    } else
      notes.push(
        `${key} "${value}": not carried (no address is known for it: add it to links with kind website and a label)`,
      )
  }
  return links
}

/** The profile's links and its email: an email among the links becomes the profile's `email` (shown as the way to write). */
export function contactAndLinks<L extends { kind: string; url: string }>(links: L[]): { email?: string; links: L[] } {
  const mail = links.find((l) => l.kind === 'email')
  if (!mail) return { links }
  return { email: mail.url.replace(/^mailto:/, ''), links: links.filter((l) => l !== mail) }
}
