// The content model, as plain data (the one schema): every document type, its folder and its fields.
// contentlayer.config.ts turns it into Contentlayer document types (which generate the
// TypeScript types the site uses), and ./check.ts validates files against it
// without loading Contentlayer, so `npm run check:content` answers in about a second.

export const ENUMS = {
  publicationStatus: ['published', 'accepted', 'under-review', 'preprint'],
  venueKind: ['conference', 'journal', 'workshop', 'thesis', 'report', 'book'],
  experienceKind: ['industry', 'research', 'education'],
  term: ['spring', 'summer', 'fall', 'winter'],
  talkKind: ['talk', 'invited-talk', 'keynote', 'tutorial', 'poster', 'lecture', 'seminar', 'panel'],
  identityKind: [
    'google-scholar',
    'orcid',
    'github',
    'dblp',
    'semantic-scholar',
    'openalex',
    'linkedin',
    'x',
    'email',
    'website',
    'researchgate',
    'arxiv',
    'inspire-hep',
    'scopus',
    'web-of-science',
    'acm',
    'ieee',
    'hal',
    'osf',
    'zotero',
    'wikidata',
    'wikipedia',
    'gitlab',
    'bitbucket',
    'stackoverflow',
    'kaggle',
    'mastodon',
    'bluesky',
    'youtube',
    'medium',
  ],
} as const

export type PublicationStatus = (typeof ENUMS.publicationStatus)[number]
export type VenueKind = (typeof ENUMS.venueKind)[number]
export type PaperLinkKey = keyof typeof PAPER_LINK_FIELDS

interface Common {
  required?: boolean
  description?: string
}
export type ScalarField = Common & {
  type: 'string' | 'number' | 'boolean' | 'date'
  default?: string | number | boolean
}
export type EnumField = Common & { type: 'enum'; options: readonly string[] }
export type ListField = Common & { type: 'list'; of: { type: 'string' } | NestedType; default?: [] }
export type NestedField = Common & { type: 'nested'; of: NestedType }
export type FieldDef = ScalarField | EnumField | ListField | NestedField
export type Fields = Record<string, FieldDef>

export interface NestedType {
  name: string
  fields: Fields
}

export interface DocumentType {
  name: string
  /** Folder under content/; the folder name is the type. */
  folder: string
  /** Exactly one document, `<folder>/index.mdx`. */
  singleton?: boolean
  /**
   * The page that renders every document of the type, each once (checked after the export).
   * Absent: no section lists the type; each document is a page of its own (`route`), like a free-form page.
   */
  page?: `/${string}`
  /**
   * A section shown only once the author adds an entry: while the folder is empty the type has no
   * page, no navigation item, no sitemap or feed entry (the build removes its placeholder pages).
   * Types that share a page (awards and activities) keep it while either has an entry.
   */
  optional?: boolean
  /** A document's own page, when each has one: the one place its URL pattern is written. */
  route?: (slug: string) => `/${string}/`
  /** With a route: every document has its page ('always', the default), or only one with a body. */
  ownPage?: 'always' | 'with-body'
  description?: string
  fields: Fields
}

export const nested = (name: string, fields: Fields): NestedType => ({ name, fields })

const str = (description?: string, required = false): ScalarField => ({ type: 'string', required, description })
const req = (description?: string): ScalarField => str(description, true)

const PersonRef = nested('PersonRef', {
  name: req(),
  affiliation: str(),
  url: str('Homepage or profile URL'),
})

const Organisation = nested('Organisation', {
  name: req(),
  shortName: str('e.g. PolyU'),
  url: str(),
})

const Degree = nested('Degree', {
  degree: req("e.g. Master's degree"),
  field: str('e.g. Artificial Intelligence'),
  institution: { type: 'nested', of: Organisation, required: true },
  supervisors: { type: 'list', of: PersonRef, default: [] },
})

const Interest = nested('Interest', { area: req(), detail: str() })

const IdentityLink = nested('IdentityLink', {
  kind: {
    type: 'enum',
    options: ENUMS.identityKind,
    required: true,
    description: 'The service; for any other site, website with a label',
  },
  url: req(),
  label: str("The word shown for it, e.g. Flickr for a website link; default: the service's name"),
})

const Author = nested('Author', {
  name: req(),
  url: str("A co-author's homepage, linked from the name"),
  equal: { type: 'boolean', default: false, description: 'Equal contribution (*)' },
  corresponding: { type: 'boolean', default: false, description: 'Corresponding author (✉)' },
})

const Venue = nested('Venue', {
  name: req('Full venue name; for a thesis the university, for a report the institution, for a book the publisher'),
  short: str('Abbreviation shown as a badge in lists, e.g. ACL@KnowFM'),
  kind: { type: 'enum', options: ENUMS.venueKind, required: true },
})

/** A paper's links; the importer and the formatters take their keys from here. */
export const PAPER_LINK_FIELDS = {
  arxiv: str('arXiv identifier, e.g. 2505.11574'),
  openreview: str('OpenReview forum id, e.g. xdVLvWZcUe'),
  doi: str('DOI, e.g. 10.18653/v1/2025.acl-long.1'),
  pdf: str('URL, or a path under public/ such as /files/paper.pdf'),
  code: str(),
  slides: str(),
  poster: str(),
  video: str(),
  project: str(),
} satisfies Fields
const PaperLinks = nested('PaperLinks', PAPER_LINK_FIELDS)

const TalkEvent = nested('TalkEvent', {
  name: req('e.g. ACL 2025, or the host of a seminar'),
  url: str("The event's page"),
})

/** Where a talk was given: resolved to coordinates at build from the gazetteer in lib/model/places.ts. */
const Place = nested('Place', {
  city: req('e.g. Vienna, Hong Kong, São Paulo'),
  country: req('Name or ISO code, e.g. Austria, United States, CN'),
  region: str('State or province code, only when the city name is ambiguous in its country (the error lists them)'),
})

const Coordinates = nested('Coordinates', {
  lat: { type: 'number', required: true, description: 'Latitude, -90 to 90' },
  lon: { type: 'number', required: true, description: 'Longitude, -180 to 180' },
})

const TalkLinks = nested('TalkLinks', {
  slides: str('URL, or a path under public/ such as /files/slides.pdf'),
  video: str(),
  poster: str(),
  event: str('A page for this talk on the event site (the event itself goes in event.url)'),
})

/** Old addresses of a document (e.g. from the site it was migrated from): each gets a page that leads to it. */
const REDIRECT_FROM: ListField = {
  type: 'list',
  of: { type: 'string' },
  default: [],
  description: 'Old site paths that lead here, e.g. /publication/2009-10-01-paper-title-number-1',
}

const TYPES: readonly DocumentType[] = [
  {
    name: 'Profile',
    folder: 'profile',
    page: '/',
    singleton: true,
    description: 'The site owner. The MDX body is the "About me" text.',
    fields: {
      name: req('Full name as it appears in author lists; the owner is recognised by it'),
      alternateName: str('Name people use, e.g. Ethan'),
      nameVariants: {
        type: 'list',
        of: { type: 'string' },
        default: [],
        description: 'Other spellings in author lists (e.g. "Z. Li"), highlighted too',
      },
      position: str('e.g. PhD Student'),
      department: str('e.g. Department of Computing'),
      university: { type: 'nested', of: Organisation, description: 'The university or employer' },
      location: str('Where you are, shown under your name, e.g. Hong Kong'),
      supervisors: { type: 'list', of: PersonRef, default: [] },
      degrees: { type: 'list', of: Degree, default: [], description: 'Earlier degrees, newest first' },
      focus: str('One line on current research, for page descriptions'),
      interests: { type: 'list', of: Interest, default: [], description: 'Research interests' },
      collaboration: str(
        'An open call shown on the home page; with an email (or an email link), its words "contact me" link to it',
      ),
      email: str(
        'An address visitors may write to (ada@example.org): shown on the home page, in the footer, on the CV and in its PDF',
      ),
      links: { type: 'list', of: IdentityLink, default: [] },
      photo: str(
        "A portrait: a picture under public/images/, e.g. /images/portrait.jpg (see Pictures); without one the home page's header is the name alone",
      ),
      siteUrl: str(
        'The address this site is published at, e.g. https://name.github.io (see docs/configuration.md); deploy hosts may override it',
      ),
    },
  },
  {
    name: 'Publication',
    folder: 'publications',
    page: '/publications/',
    optional: true,
    route: (slug) => `/publications/${slug}/`,
    description: 'One paper or manuscript. The optional MDX body adds notes shown on its page.',
    fields: {
      title: req(),
      authors: { type: 'list', of: Author, required: true, description: 'In order' },
      status: { type: 'enum', options: ENUMS.publicationStatus, required: true },
      venue: { type: 'nested', of: Venue, description: 'Required once published or accepted' },
      year: { type: 'number', required: true },
      month: { type: 'number', description: '1-12, when known (an arXiv id 2505.xxxxx gives May 2025)' },
      links: {
        type: 'nested',
        of: PaperLinks,
        description:
          'arxiv, openreview and doi are identifiers; the others URLs or site paths (/files/paper.pdf for a file in public/files/)',
      },
      abstract: str(),
      tags: { type: 'list', of: { type: 'string' }, default: [], description: 'Topics' },
      selected: { type: 'boolean', default: false, description: 'Show on the home page' },
      volume: str('Where in its venue: in the citation tags, BibTeX and CSL-JSON'),
      issue: str('Issue or number'),
      pages: str('e.g. 123-145'),
      publisher: str('e.g. Association for Computational Linguistics'),
      award: str('e.g. Best Paper Award, shown beside the paper'),
      note: str('A short line shown with the paper, e.g. "Oral presentation"'),
      thumbnail: str('A picture of the paper under public/images/, e.g. /images/papers/md3r.png'),
    },
  },
  {
    name: 'Experience',
    folder: 'experience',
    page: '/experience/',
    optional: true,
    description: 'A position held. The optional MDX body describes the work.',
    fields: {
      role: req(),
      organisation: req(),
      unit: str('Team, lab or group inside the organisation'),
      url: str(),
      start: { type: 'date', required: true, description: 'YYYY-MM' },
      end: { type: 'date', description: 'YYYY-MM; leave out while it is ongoing ("Present")' },
      kind: {
        type: 'enum',
        options: ENUMS.experienceKind,
        required: true,
        description: 'The section it appears in on /experience/',
      },
    },
  },
  {
    name: 'Teaching',
    folder: 'teaching',
    page: '/teaching/',
    optional: true,
    description: 'A course taught. The optional MDX body describes it.',
    fields: {
      role: str('e.g. Teaching Assistant, Instructor'),
      courseCode: str('e.g. COMP2021'),
      courseTitle: req(),
      institution: req(),
      year: { type: 'number', required: true },
      term: { type: 'enum', options: ENUMS.term, required: true },
    },
  },
  {
    name: 'Project',
    folder: 'projects',
    page: '/projects/',
    optional: true,
    route: (slug) => `/projects/${slug}/`,
    ownPage: 'with-body',
    description:
      'A project: a card on /projects/; with an MDX body (what it is, figures, results) also a page of its own, /projects/<slug>/.',
    fields: {
      name: req(),
      repository: str('Repository URL; a project with one is software (SoftwareSourceCode)'),
      website: str("The project's own site, or a page or file of this one (/files/poster.pdf)"),
      description: req('One line'),
      image: str('A picture for its card and page, under public/images/, e.g. /images/projects/atlas.png'),
      imageAlt: str("What the picture shows, for readers who cannot see it; default: the project's name"),
      category: str('Groups the projects on /projects/ under headings, e.g. Software, Research; without, one list'),
      order: { type: 'number', description: 'Lower comes first; then by name' },
      papers: {
        type: 'list',
        of: { type: 'string' },
        default: [],
        description: 'Slugs of related publications, linked from the project card; each must exist',
      },
    },
  },
  {
    name: 'Talk',
    folder: 'talks',
    page: '/talks/',
    optional: true,
    route: (slug) => `/talks/${slug}/`,
    description: 'A talk, lecture, poster or panel. The optional MDX body holds the abstract or notes.',
    fields: {
      title: req(),
      event: { type: 'nested', of: TalkEvent, required: true },
      date: { type: 'date', required: true, description: 'YYYY-MM-DD, the day of the talk; lists are ordered by it' },
      kind: { type: 'enum', options: ENUMS.talkKind, required: true },
      place: { type: 'nested', of: Place, description: 'Where it was given; leave out for a talk given only online' },
      online: { type: 'boolean', default: false, description: 'Given online (with a place too: in person and online)' },
      coordinates: { type: 'nested', of: Coordinates, description: 'Overrides the position found for the place' },
      links: { type: 'nested', of: TalkLinks, description: 'URLs or files under public/ (/files/slides.pdf)' },
      papers: {
        type: 'list',
        of: { type: 'string' },
        default: [],
        description: "Slugs of related publications, shown on the talk's page and in its JSON-LD; each must exist",
      },
      tags: { type: 'list', of: { type: 'string' }, default: [] },
    },
  },
  {
    name: 'News',
    folder: 'news',
    page: '/news/',
    optional: true,
    description: 'A dated line of news; the MDX body (one or two sentences, links allowed) is the item.',
    fields: {
      date: { type: 'date', required: true, description: 'YYYY-MM-DD' },
      paper: str("Slug of a related publication: the item links to the paper's page"),
      talk: str("Slug of a related talk: the item links to the talk's page"),
    },
  },
  {
    name: 'Post',
    folder: 'posts',
    page: '/posts/',
    optional: true,
    route: (slug) => `/posts/${slug}/`,
    description: 'A blog post: the MDX body, with math ($…$, $$…$$) and highlighted code, is the post.',
    fields: {
      title: req('May hold inline math, $…$'),
      date: { type: 'date', required: true, description: 'YYYY-MM-DD' },
      updated: { type: 'date', description: 'YYYY-MM-DD, when the post last changed in substance; not before date' },
      summary: req('One or two sentences, for lists, feeds and search results'),
      tags: { type: 'list', of: { type: 'string' }, default: [] },
      draft: { type: 'boolean', default: false, description: 'Shown by npm run dev only, never in a build' },
    },
  },
  {
    name: 'Page',
    folder: 'pages',
    optional: true,
    route: (slug) => `/${slug}/`,
    description:
      'A page of its own (Research, Students, Software): the file name is its address (content/pages/research.mdx is /research/), the MDX body is the page.',
    fields: {
      title: req('The heading and the tab title; the menu word unless data/site.yml gives another'),
      description: str('One or two sentences for search engines, link previews and search results'),
      menu: {
        type: 'boolean',
        default: false,
        description:
          "In the menu: after the sections, or where data/site.yml's menu names it (- page: research). Default: reached by links only",
      },
      draft: { type: 'boolean', default: false, description: 'Shown by npm run dev only, never in a build' },
    },
  },
  {
    name: 'Award',
    folder: 'awards',
    page: '/awards/',
    optional: true,
    fields: {
      title: req(),
      issuer: req(),
      year: { type: 'number', required: true },
    },
  },
  {
    name: 'Activity',
    folder: 'activities',
    page: '/awards/',
    optional: true,
    description: 'Extracurricular activity or service',
    fields: {
      role: req(),
      organisation: req(),
    },
  },
]

/** A document's own page, if it has one: its type's route (for a type with pages only for documents with a body, only then). */
export function ownPage(type: DocumentType | undefined, slug: string, body: string): `/${string}/` | undefined {
  if (!type?.route) return undefined
  if (type.ownPage === 'with-body' && body.trim() === '') return undefined
  return type.route(slug)
}

/** Every document type; each may also name the old addresses that lead to it (`redirectFrom`). */
export const DOCUMENT_TYPES: readonly DocumentType[] = TYPES.map((t) => ({
  ...t,
  fields: { ...t.fields, redirectFrom: REDIRECT_FROM },
}))

/**
 * Pictures (a body's ![alt](/images/…) and <img>, the profile photo): originals live under
 * public/images/ and are linked by site path. Raster originals are optimised at build
 * (lib/render/images.ts); SVG and GIF are served as they are.
 */
export const PICTURES = {
  path: '/images/',
  raster: ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.tif', '.tiff'],
  asIs: ['.svg', '.gif'],
} as const
export const PICTURE_EXTENSIONS: readonly string[] = [...PICTURES.raster, ...PICTURES.asIs]

/** MDX components an author may use in a body (none yet: plain Markdown and safe HTML). */
export const MDX_COMPONENTS: readonly string[] = []

/** An entry's file under content/: `publications/md3r.mdx`, or `profile/index.mdx` for the one profile. */
export function contentFile(folder: string, slug: string): string {
  return DOCUMENT_TYPES.find((t) => t.folder === folder)?.singleton ? `${folder}/index.mdx` : `${folder}/${slug}.mdx`
}

export function filePattern(t: DocumentType): string {
  return t.singleton ? `${t.folder}/index.mdx` : `${t.folder}/*.mdx`
}
