// The one schema described for people and for editors: the field tables of the author's guide
// (docs/authoring.md) and a JSON Schema per content type and for the settings (docs/schemas/).
// `npm run docs` writes both; a unit test fails when the files drift from the schema.
import { DOCUMENT_TYPES, type DocumentType, type FieldDef, type Fields, type NestedType } from './schema'
import { SETTINGS_FIELDS, SETTINGS_FILE } from './settings'

/** The file name of a type's JSON Schema under docs/schemas/. */
export const schemaFile = (t: Pick<DocumentType, 'folder'>) => `${t.folder}.schema.json`
export const SETTINGS_SCHEMA_FILE = 'settings.schema.json'

const shape = (n: NestedType) =>
  `{ ${Object.entries(n.fields)
    .map(([k, f]) => (f.required ? k : `${k}?`))
    .join(', ')} }`

function typeWords(f: FieldDef): string {
  switch (f.type) {
    case 'string':
      return 'text'
    case 'number':
      return 'number'
    case 'boolean':
      return '`true` or `false`'
    case 'date':
      return 'date, `YYYY-MM` or `YYYY-MM-DD`'
    case 'enum':
      return f.options.map((o) => `\`${o}\``).join(' \\| ')
    case 'list':
      return 'fields' in f.of ? `list of \`${shape(f.of)}\`` : 'list of text'
    case 'nested':
      return `\`${shape(f.of)}\``
  }
}

/** What a group's own fields say: their options and notes, after the field's description. */
function nestedNotes(f: FieldDef): string[] {
  const of = f.type === 'nested' ? f.of : f.type === 'list' && 'fields' in f.of ? f.of : undefined
  if (!of) return []
  return Object.entries(of.fields).flatMap(([k, sub]) => {
    const options = sub.type === 'enum' ? `one of ${sub.options.join(', ')}` : undefined
    const said = [options, sub.description].filter(Boolean).join('; ')
    return said ? [`\`${k}\`: ${said}`] : []
  })
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** A Markdown table of fields: field, type, required, notes. */
export function fieldTable(fields: Fields): string {
  const rows = Object.entries(fields).map(([key, f]) => {
    const notes = [f.description, ...nestedNotes(f)].filter(Boolean).map((n) => cell(String(n)))
    return `| \`${key}\` | ${typeWords(f)} | ${f.required ? 'yes' : ''} | ${notes.join('. ')} |`
  })
  return ['| field | type | required | notes |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

/** The author's guide's generated parts, by marker name: one table per content type, and the settings'. */
export function generatedTables(): Map<string, string> {
  const tables = new Map<string, string>()
  for (const t of DOCUMENT_TYPES) tables.set(`fields:${t.name}`, fieldTable(t.fields))
  tables.set('fields:settings', fieldTable(SETTINGS_FIELDS))
  return tables
}

/**
 * Replaces each `<!-- name -->` ... `<!-- /name -->` block of a Markdown text with its generated
 * table; returns the text and the names it filled (a marker without a table is an error).
 */
export function fillTables(markdown: string, tables: Map<string, string>): { text: string; filled: string[] } {
  let text = markdown
  const filled: string[] = []
  for (const [name, table] of tables) {
    const pattern = new RegExp(`<!-- ${name} -->\\n[\\s\\S]*?<!-- /${name} -->`)
    if (!pattern.test(text)) continue
    text = text.replace(pattern, () => `<!-- ${name} -->\n${table}\n<!-- /${name} -->`)
    filled.push(name)
  }
  const unknown = [...text.matchAll(/<!-- (fields:[\w-]+) -->/g)].map((m) => m[1]).filter((n) => n && !tables.has(n))
  if (unknown.length > 0) throw new Error(`no table is generated for <!-- ${unknown.join(' -->, <!-- ')} -->`)
  return { text, filled }
}

type JsonSchema = { [key: string]: JsonSchema | JsonSchema[] | string | string[] | number | boolean }

function fieldSchema(f: FieldDef): JsonSchema {
  const described = (s: JsonSchema): JsonSchema => (f.description ? { description: f.description, ...s } : s)
  switch (f.type) {
    case 'string':
      return described({ type: 'string' })
    case 'number':
      return described({ type: 'number' })
    case 'boolean':
      return described({ type: 'boolean' })
    case 'date':
      return described({ type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' })
    case 'enum':
      return described({ type: 'string', enum: [...f.options] })
    case 'list':
      return described({ type: 'array', items: 'fields' in f.of ? objectSchema(f.of.fields) : { type: 'string' } })
    case 'nested':
      return described(objectSchema(f.of.fields))
  }
}

function objectSchema(fields: Fields): JsonSchema {
  const required = Object.entries(fields)
    .filter(([, f]) => f.required)
    .map(([k]) => k)
  return {
    type: 'object',
    additionalProperties: false,
    ...(required.length > 0 ? { required } : {}),
    properties: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, fieldSchema(f)])),
  }
}

/** The JSON Schemas, by file name under docs/schemas/: what an editor checks front matter and settings against. */
export function jsonSchemas(): Map<string, JsonSchema> {
  const schemas = new Map<string, JsonSchema>()
  for (const t of DOCUMENT_TYPES) {
    schemas.set(schemaFile(t), {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: `${t.name}: front matter of content/${t.singleton ? `${t.folder}/index.mdx` : `${t.folder}/*.mdx`}`,
      ...(t.description ? { description: t.description } : {}),
      ...objectSchema(t.fields),
    })
  }
  schemas.set(SETTINGS_SCHEMA_FILE, {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `The site's settings: ${SETTINGS_FILE}`,
    ...objectSchema(SETTINGS_FIELDS),
  })
  return schemas
}
