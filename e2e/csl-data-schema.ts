// The CSL 1.0 input-data schema (citation-style-language/schema, schemas/input/csl-data.json),
// restated compactly: item types, and which variables are names, dates, text or text-or-number.
// additionalProperties: false as upstream, so a misspelt or invented variable fails.
const TYPES = ['article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter', 'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication', 'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard', 'thesis', 'treaty', 'webpage']
const NAMES = ['author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator', 'director', 'editor', 'editorial-director', 'executive-producer', 'interviewer', 'illustrator', 'organizer', 'original-author', 'performer', 'producer', 'recipient', 'reviewed-author', 'translator']
const DATES = ['accessed', 'available-date', 'container', 'event-date', 'issued', 'original-date', 'submitted']
const TEXT = ['language', 'journalAbbreviation', 'shortTitle', 'abstract', 'annote', 'archive', 'archive_collection', 'archive_location', 'archive-place', 'authority', 'call-number', 'citation-label', 'collection-title', 'container-title', 'container-title-short', 'dimensions', 'division', 'DOI', 'event', 'event-place', 'genre', 'ISAN', 'ISBN', 'ISCI', 'ISMN', 'ISRC', 'ISSN', 'ISWC', 'jurisdiction', 'keyword', 'medium', 'note', 'original-publisher', 'original-publisher-place', 'original-title', 'part-title', 'PMCID', 'PMID', 'publisher', 'publisher-place', 'references', 'reviewed-title', 'scale', 'section', 'source', 'status', 'title', 'title-short', 'translated-title', 'translated-title-short', 'URL', 'version', 'year-suffix']
const TEXT_OR_NUMBER = ['chapter-number', 'citation-number', 'collection-number', 'edition', 'first-reference-note-number', 'issue', 'locator', 'number', 'number-of-pages', 'number-of-volumes', 'page', 'page-first', 'part', 'printing', 'supplement', 'volume']

const scalar = (types: string[]) => ({ type: types })
const name = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...Object.fromEntries(['family', 'given', 'dropping-particle', 'non-dropping-particle', 'suffix', 'literal'].map((k) => [k, scalar(['string'])])),
    ...Object.fromEntries(['comma-suffix', 'static-ordering', 'parse-names'].map((k) => [k, scalar(['string', 'number', 'boolean'])])),
  },
}
const edtf = { type: 'string', pattern: '[0-9,-,%,~,X,?,..,/]' }
const date = {
  anyOf: [
    edtf,
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        'date-parts': { type: 'array', minItems: 1, maxItems: 2, items: { type: 'array', minItems: 1, maxItems: 3, items: scalar(['string', 'number']) } },
        season: scalar(['string', 'number']),
        circa: scalar(['string', 'number', 'boolean']),
        literal: scalar(['string']),
        raw: scalar(['string']),
        edtf,
      },
    },
  ],
}

export const cslDataSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['type', 'id'],
    additionalProperties: false,
    properties: {
      type: { type: 'string', enum: TYPES },
      id: scalar(['string', 'number']),
      categories: { type: 'array', items: { type: 'string' } },
      custom: { type: 'object' },
      ...Object.fromEntries(NAMES.map((k) => [k, { type: 'array', items: name }])),
      ...Object.fromEntries(DATES.map((k) => [k, date])),
      ...Object.fromEntries(TEXT.map((k) => [k, scalar(['string'])])),
      ...Object.fromEntries(TEXT_OR_NUMBER.map((k) => [k, scalar(['string', 'number'])])),
    },
  },
}
