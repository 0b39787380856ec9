// The documentation files generated from the schema, as they should read: path -> text.
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { fillTables, generatedTables, jsonSchemas } from '../../lib/model/describe'

/** The guides that hold generated field tables (between <!-- fields:… --> markers). */
export const GUIDES = ['docs/authoring.md', 'docs/configuration.md']
export const SCHEMA_DIR = 'docs/schemas'

export async function generatedDocs(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  const pretty = async (path: string, text: string, parser: 'markdown' | 'json') =>
    format(text, { ...(await resolveConfig(path)), parser, filepath: relative(root, path) })
  const tables = generatedTables()
  const placed = new Set<string>()
  for (const guide of GUIDES.map((g) => join(root, g))) {
    const { text, filled } = fillTables(readFileSync(guide, 'utf8'), tables)
    filled.forEach((name) => placed.add(name))
    files.set(guide, await pretty(guide, text, 'markdown'))
  }
  const missing = [...tables.keys()].filter((name) => !placed.has(name))
  if (missing.length > 0)
    throw new Error(`no guide has a place for ${missing.join(', ')}: add <!-- name --> <!-- /name -->`)
  for (const [name, schema] of jsonSchemas()) {
    const path = join(root, SCHEMA_DIR, name)
    files.set(path, await pretty(path, JSON.stringify(schema), 'json'))
  }
  return files
}
