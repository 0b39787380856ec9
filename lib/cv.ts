// The CV as data, assembled from the same content as the site: the /cv/ page renders it as HTML
// (with a print stylesheet) and scripts/cv-pdf.ts renders it as out/cv.pdf.
import { plainMath } from './model/math'
import type { Author, Experience, Publication, Talk, Teaching } from 'contentlayer/generated'
import {
  activities,
  awards,
  experiences,
  placeLabel,
  profile,
  profileLinks,
  projects,
  publications,
  talks,
  teachings,
} from './queries'
import { affiliation } from './site'
import { dayLabel, publicationDate, talkKindLabel, termLabel, venueLabel, yearMonth } from './format'
import { paperLinks } from './format'

export interface CvEntry {
  /** Source file, for the export's one-entry-per-file check. */
  doc?: string
  title: string
  /** Second line: organisation, venue, institution. */
  detail?: string
  when?: string
  url?: string
  /**
   * The words of the detail the url is for (a position's or degree's organisation, linked by its
   * name as on the experience page); without them the url is the entry's own and its title links.
   */
  urlFor?: string
  /** Publications: the author list, the owner recognised by name. */
  authors?: Author[]
}

export interface CvSection {
  id: string
  title: string
  entries: CvEntry[]
}

const period = (start: string, end?: string) => `${yearMonth(start).label} – ${end ? yearMonth(end).label : 'Present'}`

/** Education: the position held now (a student's is education), education entries, earlier degrees. */
function educationEntries(): CvEntry[] {
  return [
    // The position held now, when the profile names one (a student's is education).
    ...(profile.position || profile.university
      ? [
          {
            title: [profile.position, profile.department].filter(Boolean).join(', '),
            detail: [
              profile.university?.name,
              profile.supervisors.length
                ? `supervised by ${profile.supervisors.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join(' and ')}`
                : '',
            ]
              .filter(Boolean)
              .join('; '),
            when: 'Present',
            url: profile.university?.url,
            urlFor: profile.university?.name,
          },
        ]
      : []),
    ...experiences('education').map((e) => ({
      doc: e._raw.sourceFilePath,
      title: e.role,
      detail: e.organisation,
      when: period(e.start, e.end),
      url: e.url,
      urlFor: e.organisation,
    })),
    ...profile.degrees.map((d) => ({
      title: d.field ? `${d.degree} in ${d.field}` : d.degree,
      detail: [
        d.institution.name,
        d.supervisors.length ? `supervised by ${d.supervisors.map((s) => s.name).join(' and ')}` : '',
      ]
        .filter(Boolean)
        .join('; '),
      url: d.institution.url,
      urlFor: d.institution.name,
    })),
  ]
}

const paperEntry = (p: Publication): CvEntry => ({
  doc: p._raw.sourceFilePath,
  title: plainMath(p.title),
  authors: p.authors,
  detail: p.venue?.name ?? venueLabel(p),
  when: publicationDate(p).label,
  url: paperLinks(p)[0]?.href,
})

const talkEntry = (t: Talk): CvEntry => ({
  doc: t._raw.sourceFilePath,
  title: plainMath(t.title),
  detail: `${talkKindLabel(t.kind)}, ${t.event.name}, ${placeLabel(t)}`,
  when: dayLabel(t.date).label,
  url: t.event.url,
})

const positionEntry = (e: Experience): CvEntry => ({
  doc: e._raw.sourceFilePath,
  title: e.role,
  detail: e.unit ? `${e.organisation}, ${e.unit}` : e.organisation,
  when: period(e.start, e.end),
  url: e.url,
  urlFor: e.organisation,
})

const teachingEntry = (t: Teaching): CvEntry => ({
  doc: t._raw.sourceFilePath,
  title: [t.courseCode, t.courseTitle].filter(Boolean).join(' '),
  detail: [t.role, t.institution].filter(Boolean).join(', '),
  when: termLabel(t),
})

/** The CV's sections in order, each from its section's entries; a section without any is left out. */
export function cvSections(): CvSection[] {
  const sections: CvSection[] = [
    {
      id: 'education',
      title: 'Education',
      entries: educationEntries(),
    },
    {
      id: 'interests',
      title: 'Research interests',
      entries: profile.interests.map((i) => ({ title: i.area, detail: i.detail })),
    },
    {
      id: 'publications',
      title: 'Publications',
      entries: publications().map(paperEntry),
    },
    {
      id: 'talks',
      title: 'Talks',
      entries: talks().map(talkEntry),
    },
    ...(['industry', 'research'] as const).map((kind) => ({
      id: `experience-${kind}`,
      title: kind === 'industry' ? 'Industry experience' : 'Research experience',
      entries: experiences(kind).map(positionEntry),
    })),
    {
      id: 'teaching',
      title: 'Teaching',
      entries: teachings().map(teachingEntry),
    },
    {
      id: 'projects',
      title: 'Projects',
      entries: projects().map((p) => ({
        doc: p._raw.sourceFilePath,
        title: p.name,
        detail: p.description,
        url: p.repository,
      })),
    },
    {
      id: 'awards',
      title: 'Awards',
      entries: awards().map((a) => ({
        doc: a._raw.sourceFilePath,
        title: a.title,
        detail: a.issuer,
        when: String(a.year),
      })),
    },
    {
      id: 'activities',
      title: 'Activities',
      entries: activities().map((a) => ({ doc: a._raw.sourceFilePath, title: a.role, detail: a.organisation })),
    },
  ]
  return sections.filter((s) => s.entries.length > 0)
}

export function cvHeader() {
  return {
    name: profile.alternateName ? `${profile.name} (${profile.alternateName})` : profile.name,
    headline: affiliation(),
    links: profileLinks(),
    collaboration: profile.collaboration,
  }
}
