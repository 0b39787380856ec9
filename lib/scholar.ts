// What search engines and reference managers read from a page: Highwire Press citation_* tags
// (the ones Google Scholar documents), with the Dublin Core type and the tags Zotero's Embedded
// Metadata translator reads; COinS for list pages; and schema.org JSON-LD.
import { plainMath } from './model/math'
import type {
  BlogPosting,
  CreativeWork,
  Event,
  Person,
  Place,
  ScholarlyArticle,
  SoftwareSourceCode,
  VirtualLocation,
  WebPage,
  WithContext,
} from 'schema-dts'
import type { Page, Post, Profile, Project, Publication, Talk } from 'contentlayer/generated'
import { paperLinks } from './format'
import { absoluteUrl } from './site'
import { placeLabel, profile, projectPage, projectPapers, readingMinutes, talkLocation, talkPapers } from './queries'
import { plainText } from './plain-text'

/** A paper without a venue is a preprint, kept in a repository (arXiv, else OpenReview) under an id there. */
function repositoryOf(p: Publication): { name: string; id: string } | undefined {
  if (p.venue) return undefined
  if (p.links?.arxiv) return { name: 'arXiv', id: p.links.arxiv }
  if (p.links?.openreview) return { name: 'OpenReview', id: p.links.openreview }
  return undefined
}

/** The paper's full text: its own PDF under public/, else the repository's. */
export function pdfUrl(p: Publication): string | undefined {
  const own = p.links?.pdf
  if (own) return own.startsWith('/') ? absoluteUrl(own) : own
  if (p.links?.arxiv) return `https://arxiv.org/pdf/${p.links.arxiv}`
  if (p.links?.openreview) return `https://openreview.net/pdf?id=${p.links.openreview}`
  return undefined
}

/**
 * Highwire tags for Next's metadata `other`: arrays become one <meta> per value, in order. Zotero's
 * Embedded Metadata translator takes the item type from the last type-bearing citation_* tag
 * (journal title, conference title, report institution, dissertation institution, book title),
 * else from DC.type: so a preprint has no report institution (that makes a "report") but
 * DC.type=preprint, its repository as publisher and its id as number; a conference or workshop
 * paper names its proceedings (citation_inbook_title) before its conference.
 */
export function highwireTags(p: Publication): Record<string, string | string[]> {
  const tags: Record<string, string | string[]> = {
    citation_title: plainMath(p.title),
    citation_author: p.authors.map((a) => a.name),
    citation_publication_date: p.month ? `${p.year}/${String(p.month).padStart(2, '0')}` : String(p.year),
  }
  const repository = repositoryOf(p)
  if (p.venue?.kind === 'journal') tags.citation_journal_title = p.venue.name
  else if (p.venue?.kind === 'thesis') tags.citation_dissertation_institution = p.venue.name
  else if (p.venue?.kind === 'report') tags.citation_technical_report_institution = p.venue.name
  else if (p.venue?.kind === 'book') tags.citation_publisher = p.venue.name
  else if (p.venue) {
    // The proceedings' title is the venue's, as BibTeX's booktitle is.
    tags.citation_inbook_title = p.venue.name
    tags.citation_conference_title = p.venue.name
  } else tags['DC.type'] = 'preprint'
  if (p.volume) tags.citation_volume = p.volume
  if (p.issue) tags.citation_issue = p.issue
  const [first, last] = (p.pages ?? '').split(/\s*[-–—]+\s*/)
  if (first) tags.citation_firstpage = first
  if (last) tags.citation_lastpage = last
  if (p.publisher && p.venue?.kind !== 'book') tags.citation_publisher = p.publisher
  else if (repository) {
    tags.citation_publisher = repository.name
    tags.citation_technical_report_number = repository.id
  }
  if (p.links?.doi) tags.citation_doi = p.links.doi
  if (p.links?.arxiv) tags.citation_arxiv_id = p.links.arxiv
  const pdf = pdfUrl(p)
  if (pdf) tags.citation_pdf_url = pdf
  if (p.abstract) tags.citation_abstract = plainMath(p.abstract)
  tags.citation_abstract_html_url = absoluteUrl(p.url)
  if (p.tags.length > 0) tags.citation_keywords = p.tags.join('; ')
  return tags
}

/** How each kind of paper is written as an OpenURL record: the format, genre, and the keys of its title and venue. */
const KEV_SHAPE: Record<
  NonNullable<Publication['venue']>['kind'] | 'preprint',
  {
    format: 'journal' | 'book' | 'dissertation' | 'dc'
    genre?: string
    title: 'rft.atitle' | 'rft.btitle' | 'rft.title'
    venue?: 'rft.jtitle' | 'rft.btitle' | 'rft.inst' | 'rft.publisher'
  }
> = {
  journal: { format: 'journal', genre: 'article', title: 'rft.atitle', venue: 'rft.jtitle' },
  conference: { format: 'book', genre: 'proceeding', title: 'rft.atitle', venue: 'rft.btitle' },
  workshop: { format: 'book', genre: 'proceeding', title: 'rft.atitle', venue: 'rft.btitle' },
  thesis: { format: 'dissertation', title: 'rft.title', venue: 'rft.inst' },
  report: { format: 'book', genre: 'report', title: 'rft.btitle', venue: 'rft.publisher' },
  book: { format: 'book', genre: 'book', title: 'rft.btitle', venue: 'rft.publisher' },
  // Zotero reads a Dublin Core record's rft.type as the item type when it names one.
  preprint: { format: 'dc', title: 'rft.title' },
}

/**
 * A paper as an OpenURL ContextObject (Z39.88-2004, KEV), for a COinS span on list pages: the
 * format and genre Zotero's parser reads as the item type (journal article, conference paper,
 * thesis, report, book, and a Dublin Core record typed "preprint").
 */
export function contextObject(p: Publication): string {
  const shape = KEV_SHAPE[p.venue?.kind ?? 'preprint']
  const publisher = shape.venue === 'rft.publisher' ? undefined : (p.publisher ?? repositoryOf(p)?.name)
  const kv: [string, string | undefined][] = [
    ['url_ver', 'Z39.88-2004'],
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_id', p.links?.doi ? `info:doi/${p.links.doi}` : undefined],
    ['rft_id', absoluteUrl(p.url)],
    ['rft_val_fmt', `info:ofi/fmt:kev:mtx:${shape.format}`],
    ['rft.genre', shape.genre],
    ['rft.type', shape.format === 'dc' ? 'preprint' : undefined],
    [shape.title, plainMath(p.title)],
    ...(shape.venue ? [[shape.venue, p.venue?.name] as [string, string | undefined]] : []),
    ['rft.volume', p.volume],
    ['rft.issue', p.issue],
    ['rft.pages', p.pages],
    ['rft.publisher', publisher],
    ...p.authors.map((a): [string, string] => ['rft.au', a.name]),
    ['rft.date', p.month ? `${p.year}-${String(p.month).padStart(2, '0')}` : String(p.year)],
  ]
  return kv
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
}

export function scholarlyArticle(p: Publication): WithContext<ScholarlyArticle> {
  const sameAs = paperLinks(p)
    .filter((l) => l.kind === 'arxiv' || l.kind === 'doi' || l.kind === 'openreview')
    .map((l) => l.href)
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': absoluteUrl(p.url),
    url: absoluteUrl(p.url),
    headline: plainMath(p.title),
    name: plainMath(p.title),
    author: p.authors.map((a) => ({ '@type': 'Person', name: a.name })),
    datePublished: p.month ? `${p.year}-${String(p.month).padStart(2, '0')}` : String(p.year),
    ...(p.venue
      ? { isPartOf: { '@type': p.venue.kind === 'journal' ? 'Periodical' : 'CreativeWork', name: p.venue.name } }
      : {}),
    ...(p.venue ? {} : { creativeWorkStatus: p.status === 'under-review' ? 'Under review' : 'Preprint' }),
    ...(p.abstract ? { abstract: plainMath(p.abstract) } : {}),
    ...(p.tags.length > 0 ? { keywords: p.tags.join(', ') } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  }
}

export function personJsonLd(profile: Profile): WithContext<Person> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': absoluteUrl('/#person'),
    url: absoluteUrl('/'),
    name: profile.name,
    ...(profile.alternateName ? { alternateName: profile.alternateName } : {}),
    ...(profile.photo ? { image: absoluteUrl(profile.photo) } : {}),
    ...(profile.position ? { jobTitle: profile.position } : {}),
    ...(profile.university
      ? {
          affiliation: {
            '@type': 'CollegeOrUniversity',
            name: profile.university.name,
            ...(profile.university.url ? { url: profile.university.url } : {}),
            ...(profile.department ? { department: { '@type': 'Organization', name: profile.department } } : {}),
          },
        }
      : {}),
    alumniOf: profile.degrees.map((d) => ({
      '@type': 'CollegeOrUniversity',
      name: d.institution.name,
      ...(d.institution.url ? { url: d.institution.url } : {}),
    })),
    knowsAbout: profile.interests.map((i) => (i.detail ? `${i.area}: ${i.detail}` : i.area)),
    ...(profile.email ? { email: profile.email } : {}),
    sameAs: profile.links.filter((l) => l.kind !== 'email').map((l) => l.url),
  }
}

/**
 * A talk as a schema.org Event: the owner as performer, the place (with its coordinates) or a
 * virtual location, the attendance mode, the event it was part of, and the papers it presented.
 */
export function talkEvent(t: Talk): WithContext<Event> {
  const at = talkLocation(t)
  const place: Place | undefined = at && {
    '@type': 'Place',
    name: placeLabel(t),
    address: {
      '@type': 'PostalAddress',
      addressLocality: at.city,
      ...(at.region ? { addressRegion: at.region } : {}),
      addressCountry: at.countryCode,
    },
    geo: { '@type': 'GeoCoordinates', latitude: at.lat, longitude: at.lon },
  }
  const online: VirtualLocation = { '@type': 'VirtualLocation', url: t.event.url ?? absoluteUrl(t.url) }
  const mode = !at ? 'OnlineEventAttendanceMode' : t.online ? 'MixedEventAttendanceMode' : 'OfflineEventAttendanceMode'
  const description = plainText(t.body.raw, 300)
  const papers = talkPapers(t)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': absoluteUrl(t.url),
    url: absoluteUrl(t.url),
    name: plainMath(t.title),
    startDate: t.date.slice(0, 10),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: place ? (t.online ? [place, online] : place) : online,
    performer: { '@type': 'Person', '@id': absoluteUrl('/#person'), name: profile.name, url: absoluteUrl('/') },
    superEvent: { '@type': 'Event', name: t.event.name, ...(t.event.url ? { url: t.event.url } : {}) },
    ...(description ? { description } : {}),
    ...(t.tags.length > 0 ? { keywords: t.tags.join(', ') } : {}),
    ...(papers.length > 0
      ? {
          about: papers.map((p) => ({
            '@type': 'ScholarlyArticle',
            '@id': absoluteUrl(p.url),
            name: plainMath(p.title),
          })),
        }
      : {}),
  }
}

/** A post as a schema.org BlogPosting, the owner as its author. */
export function blogPosting(p: Post): WithContext<BlogPosting> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': absoluteUrl(p.url),
    url: absoluteUrl(p.url),
    mainEntityOfPage: absoluteUrl(p.url),
    headline: plainMath(p.title),
    description: plainMath(p.summary),
    datePublished: p.date.slice(0, 10),
    dateModified: (p.updated ?? p.date).slice(0, 10),
    author: { '@type': 'Person', '@id': absoluteUrl('/#person'), name: profile.name, url: absoluteUrl('/') },
    timeRequired: `PT${readingMinutes(p)}M`,
    ...(p.tags.length > 0 ? { keywords: p.tags.join(', ') } : {}),
  }
}

/** A free-form page: a WebPage about the site's owner, part of the site. */
export function webPage(p: Page): WithContext<WebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': absoluteUrl(p.url),
    url: absoluteUrl(p.url),
    name: p.title,
    ...(p.description ? { description: p.description } : {}),
    author: { '@type': 'Person', '@id': absoluteUrl('/#person'), name: profile.name, url: absoluteUrl('/') },
    isPartOf: { '@type': 'WebSite', url: absoluteUrl('/') },
  }
}

/** A project's page: software (SoftwareSourceCode) when it has a repository, else a CreativeWork; its papers cited. */
export function projectWork(p: Project): WithContext<SoftwareSourceCode | CreativeWork> {
  const url = absoluteUrl(projectPage(p) ?? '/projects/')
  const common = {
    '@id': url,
    url,
    name: p.name,
    description: p.description,
    author: { '@type': 'Person' as const, '@id': absoluteUrl('/#person'), name: profile.name, url: absoluteUrl('/') },
    ...(p.image ? { image: absoluteUrl(p.image) } : {}),
    ...(p.website ? { sameAs: p.website.startsWith('/') ? absoluteUrl(p.website) : p.website } : {}),
    ...(projectPapers(p).length > 0
      ? {
          citation: projectPapers(p).map((paper) => ({
            '@type': 'ScholarlyArticle' as const,
            '@id': absoluteUrl(paper.url),
            name: plainMath(paper.title),
          })),
        }
      : {}),
  }
  return p.repository
    ? { '@context': 'https://schema.org', '@type': 'SoftwareSourceCode', ...common, codeRepository: p.repository }
    : { '@context': 'https://schema.org', '@type': 'CreativeWork', ...common }
}
