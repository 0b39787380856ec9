// The CV as JSON Resume (https://jsonresume.org/schema), from the same entries as /cv/ and its PDF:
// what resume tools, themes and hiring systems read. Sections JSON Resume has no place for (talks)
// stay on the CV page; a field with no value is left out, and URLs only where the site has an
// address (the schema wants absolute ones).
import { plainMath } from './model/math'
import type { Experience, Publication, Teaching } from 'contentlayer/generated'
import { activities, awards, experiences, profile, projects, publications, teachings } from './queries'
import { identityLabel, termLabel, venueLabel, yearMonth } from './format'
import { pdfUrl } from './scholar'
import { absoluteUrl, site } from './site'

type Json = string | number | boolean | Json[] | { [key: string]: Json | undefined }

/** "2024-11-01T00:00:00.000Z" -> "2024-11", the precision the content holds. */
const month = (iso: string) => yearMonth(iso).iso
/** A site URL where the site has an address (JSON Resume's URLs are absolute). */
const siteUrl = (path: string) => (site.url ? absoluteUrl(path) : undefined)

const job = (e: Experience) => ({
  name: e.organisation,
  position: e.role,
  url: e.url,
  startDate: month(e.start),
  endDate: e.end && month(e.end),
  summary: e.unit,
})

const teaching = (t: Teaching) => ({
  name: t.institution,
  position: t.role ?? 'Teaching',
  summary: `${[t.courseCode, t.courseTitle].filter(Boolean).join(' ')}, ${termLabel(t)}`,
  startDate: String(t.year),
})

const paper = (p: Publication) => ({
  name: plainMath(p.title),
  publisher: p.venue?.name ?? venueLabel(p),
  releaseDate: p.month ? `${p.year}-${String(p.month).padStart(2, '0')}` : String(p.year),
  url: siteUrl(p.url) ?? pdfUrl(p),
  summary: p.abstract && plainMath(p.abstract),
})

export function resume(): Json {
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: {
      name: profile.name,
      label: [profile.position, profile.department].filter(Boolean).join(', ') || undefined,
      email: profile.email,
      url: siteUrl('/'),
      summary: profile.focus,
      location: profile.location ? { address: profile.location } : undefined,
      profiles: profile.links.filter((l) => l.kind !== 'email').map((l) => ({ network: identityLabel(l), url: l.url })),
    },
    work: [...experiences('industry').map(job), ...experiences('research').map(job), ...teachings().map(teaching)],
    volunteer: activities().map((a) => ({ organization: a.organisation, position: a.role })),
    education: [
      ...(profile.university
        ? [
            {
              institution: profile.university.name,
              url: profile.university.url,
              studyType: profile.position,
              area: profile.department,
            },
          ]
        : []),
      ...experiences('education').map((e) => ({
        institution: e.organisation,
        url: e.url,
        studyType: e.role,
        startDate: month(e.start),
        endDate: e.end && month(e.end),
      })),
      ...profile.degrees.map((d) => ({
        institution: d.institution.name,
        url: d.institution.url,
        studyType: d.degree,
        area: d.field,
      })),
    ],
    awards: awards().map((a) => ({ title: a.title, date: String(a.year), awarder: a.issuer })),
    publications: publications().map(paper),
    projects: projects().map((p) => ({ name: p.name, description: p.description, url: p.repository })),
    interests: profile.interests.map((i) => ({ name: i.area, keywords: i.detail ? [i.detail] : [] })),
    meta: { canonical: siteUrl('/resume.json') },
  }
}
