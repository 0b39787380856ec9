import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files'
import { ENUMS, findContentProblems } from './lib/content-rules'

// Every document type of the site, one per folder under content/. The folder name is the type.
// Field descriptions are the author's documentation: the README's author guide mirrors them.

const PersonRef = defineNestedType(() => ({
  name: 'PersonRef',
  fields: {
    name: { type: 'string', required: true },
    affiliation: { type: 'string', required: false },
    url: { type: 'string', required: false, description: 'Homepage or profile URL' },
  },
}))

const Organisation = defineNestedType(() => ({
  name: 'Organisation',
  fields: {
    name: { type: 'string', required: true },
    shortName: { type: 'string', required: false, description: 'e.g. PolyU' },
    url: { type: 'string', required: false },
  },
}))

const Degree = defineNestedType(() => ({
  name: 'Degree',
  fields: {
    degree: { type: 'string', required: true, description: "e.g. Master's degree" },
    field: { type: 'string', required: false, description: 'e.g. Artificial Intelligence' },
    institution: { type: 'nested', of: Organisation, required: true },
    supervisors: { type: 'list', of: PersonRef, default: [] },
  },
}))

const Interest = defineNestedType(() => ({
  name: 'Interest',
  fields: {
    area: { type: 'string', required: true },
    detail: { type: 'string', required: false },
  },
}))

const IdentityLink = defineNestedType(() => ({
  name: 'IdentityLink',
  fields: {
    kind: { type: 'enum', options: [...ENUMS.identityKind], required: true },
    url: { type: 'string', required: true },
  },
}))

export const Profile = defineDocumentType(() => ({
  name: 'Profile',
  filePathPattern: 'profile/index.mdx',
  isSingleton: true,
  contentType: 'mdx',
  description: 'The site owner. The MDX body is the "About me" text.',
  fields: {
    name: { type: 'string', required: true, description: 'Full name as it appears in author lists' },
    alternateName: { type: 'string', required: false, description: 'Name people use, e.g. Ethan' },
    nameVariants: {
      type: 'list',
      of: { type: 'string' },
      default: [],
      description: 'Other spellings of the name in author lists (e.g. "Z. Li"); the owner is highlighted under each',
    },
    position: { type: 'string', required: true },
    department: { type: 'string', required: true },
    university: { type: 'nested', of: Organisation, required: true },
    supervisors: { type: 'list', of: PersonRef, default: [] },
    degrees: { type: 'list', of: Degree, default: [], description: 'Earlier degrees, newest first' },
    focus: { type: 'string', required: false, description: 'One line on current research, for page descriptions' },
    interests: { type: 'list', of: Interest, default: [] },
    collaboration: { type: 'string', required: false, description: 'An open call shown on the home page' },
    links: { type: 'list', of: IdentityLink, default: [] },
  },
}))

const Author = defineNestedType(() => ({
  name: 'Author',
  fields: {
    name: { type: 'string', required: true },
    equal: { type: 'boolean', default: false, description: 'Equal contribution (*)' },
    corresponding: { type: 'boolean', default: false, description: 'Corresponding author (✉)' },
  },
}))

const Venue = defineNestedType(() => ({
  name: 'Venue',
  fields: {
    name: { type: 'string', required: true, description: 'Full venue name' },
    short: { type: 'string', required: false, description: 'Abbreviation shown in lists, e.g. ACL@KnowFM' },
    kind: { type: 'enum', options: [...ENUMS.venueType], required: true },
  },
}))

const PaperLinks = defineNestedType(() => ({
  name: 'PaperLinks',
  fields: {
    arxiv: { type: 'string', required: false, description: 'arXiv identifier, e.g. 2505.11574' },
    openreview: { type: 'string', required: false, description: 'OpenReview forum id, e.g. xdVLvWZcUe' },
    doi: { type: 'string', required: false, description: 'DOI, e.g. 10.18653/v1/2025.acl-long.1' },
    pdf: { type: 'string', required: false, description: 'URL, or a path under public/ such as /files/paper.pdf' },
    code: { type: 'string', required: false },
    slides: { type: 'string', required: false },
    poster: { type: 'string', required: false },
    video: { type: 'string', required: false },
    project: { type: 'string', required: false },
  },
}))

export const Publication = defineDocumentType(() => ({
  name: 'Publication',
  filePathPattern: 'publications/*.mdx',
  contentType: 'mdx',
  description: 'One paper or manuscript. The optional MDX body adds notes shown on its page.',
  fields: {
    title: { type: 'string', required: true },
    authors: { type: 'list', of: Author, required: true },
    status: { type: 'enum', options: [...ENUMS.publicationStatus], required: true },
    venue: { type: 'nested', of: Venue, required: false, description: 'Required once published or accepted' },
    year: { type: 'number', required: true },
    month: { type: 'number', required: false, description: '1-12, when known' },
    links: { type: 'nested', of: PaperLinks, required: false },
    abstract: { type: 'string', required: false },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    selected: { type: 'boolean', default: false, description: 'Show on the home page' },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.flattenedPath.replace(/^publications\//, '') },
  },
}))

export const Experience = defineDocumentType(() => ({
  name: 'Experience',
  filePathPattern: 'experience/*.mdx',
  contentType: 'mdx',
  description: 'A position held. The optional MDX body describes the work.',
  fields: {
    role: { type: 'string', required: true },
    organisation: { type: 'string', required: true },
    unit: { type: 'string', required: false, description: 'Team, lab or group inside the organisation' },
    url: { type: 'string', required: false },
    start: { type: 'date', required: true, description: 'YYYY-MM' },
    end: { type: 'date', required: false, description: 'YYYY-MM; leave out while it is ongoing' },
    kind: { type: 'enum', options: [...ENUMS.experienceKind], required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.flattenedPath.replace(/^experience\//, '') },
  },
}))

export const Teaching = defineDocumentType(() => ({
  name: 'Teaching',
  filePathPattern: 'teaching/*.mdx',
  contentType: 'mdx',
  fields: {
    role: { type: 'string', required: true },
    courseCode: { type: 'string', required: true },
    courseTitle: { type: 'string', required: true },
    institution: { type: 'string', required: true },
    year: { type: 'number', required: true },
    term: { type: 'enum', options: [...ENUMS.term], required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.flattenedPath.replace(/^teaching\//, '') },
  },
}))

export const Project = defineDocumentType(() => ({
  name: 'Project',
  filePathPattern: 'projects/*.mdx',
  contentType: 'mdx',
  fields: {
    name: { type: 'string', required: true },
    repository: { type: 'string', required: true, description: 'Repository URL' },
    description: { type: 'string', required: true, description: 'One line' },
    order: { type: 'number', required: false, description: 'Lower comes first; then by name' },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.flattenedPath.replace(/^projects\//, '') },
  },
}))

export const Award = defineDocumentType(() => ({
  name: 'Award',
  filePathPattern: 'awards/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    issuer: { type: 'string', required: true },
    year: { type: 'number', required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.flattenedPath.replace(/^awards\//, '') },
  },
}))

export const Activity = defineDocumentType(() => ({
  name: 'Activity',
  filePathPattern: 'activities/*.mdx',
  contentType: 'mdx',
  description: 'Extracurricular activity or service',
  fields: {
    role: { type: 'string', required: true },
    organisation: { type: 'string', required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.flattenedPath.replace(/^activities\//, '') },
  },
}))

export default makeSource({
  contentDirPath: 'content',
  disableImportAliasWarning: true,
  documentTypes: [Profile, Publication, Experience, Teaching, Project, Award, Activity],
  // Fail closed: by default Contentlayer skips a bad document with a warning and exits 0.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  // What Contentlayer does not check itself (enum values, duplicate slugs, date order, …).
  onSuccess: async (importData) => {
    const data = await importData()
    const problems = findContentProblems(data)
    if (problems.length > 0) {
      throw new Error(`Content check failed (${problems.length}):\n  ${problems.join('\n  ')}`)
    }
  },
})
