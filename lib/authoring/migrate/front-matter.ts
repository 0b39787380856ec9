// Front matter read as Jekyll reads it. Jekyll parses YAML with Psych (libyaml), which accepts
// what strict YAML 1.2 parsers refuse and real sites hold: a double-quoted scalar continued on an
// unindented line, duplicate keys (the last one wins). The `yaml` package reads what it can
// (its results are what earlier migrations wrote); js-yaml 4 in JSON mode reads the Psych shapes
// (js-yaml 5 refuses the unindented continuation again). What neither reads, Jekyll would have
// ignored whole (it logs the error and renders the page without front matter); here it is read
// key by key, so a title with a bare ": " in a plain scalar loses nothing. Each fallback is a note.
import { readFileSync } from 'node:fs'
import { load as loadPsychLike } from 'js-yaml'
import { parse as parseYaml } from 'yaml'

export interface JekyllFile {
  data: Record<string, unknown>
  body: string
  /** How the front matter was read, when it was not plain YAML (for the report). */
  notes: string[]
}

/** Each file's last reading, by path: parsed once while its text stays the same. */
const cache = new Map<string, { text: string; file: JekyllFile }>()

function readOnce(path: string, parse: (text: string) => JekyllFile): JekyllFile {
  const text = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
  const known = cache.get(path)
  if (known?.text === text) return known.file
  const file = parse(text)
  cache.set(path, { text, file })
  return file
}

/** A Jekyll file's front matter and body: BOM, CRLF and an empty front matter tolerated. */
export function readJekyll(path: string): JekyllFile {
  return readOnce(path, (text) => {
    // Jekyll's own test: --- on the first line, the front matter up to a line of --- or ...
    const m = /^---[ \t]*\n([\s\S]*?)\n?^(?:---|\.\.\.)[ \t]*$\n?/m.exec(text)
    return m && m.index === 0
      ? { ...readYamlText(m[1] ?? ''), body: text.slice(m[0].length) }
      : { data: {}, notes: [], body: text }
  })
}

/** A YAML data file (_config.yml, _data/*.yml) read the same way. */
export function readYamlFile(path: string): JekyllFile {
  return readOnce(path, (text) => ({ ...readYamlText(text), body: '' }))
}

/** The notes of a file read by readJekyll or readYamlFile ([] for one not read). */
export function readNotes(path: string): string[] {
  return cache.get(path)?.file.notes ?? []
}

export function readYamlText(source: string): { data: Record<string, unknown>; notes: string[] } {
  try {
    return { data: record(parseYaml(source)), notes: [] }
  } catch (strictError) {
    const reason = firstLine(strictError)
    try {
      const data = record(loadPsychLike(source, { json: true }))
      const notes = duplicateKeys(source).map(
        (key) => `front matter: the key "${key}" is written twice; the last one is kept, as Jekyll does`,
      )
      if (notes.length === 0)
        notes.push(`front matter: read as Jekyll reads it (not strict YAML: ${reason}); check the values in the report`)
      return { data, notes }
    } catch {
      return {
        data: keyByKey(source),
        notes: [
          `front matter is not YAML (${reason}): Jekyll ignored all of it; here each "key: value" line was read as written; check the entry`,
        ],
      }
    }
  }
}

/** Top-level keys that appear more than once. */
function duplicateKeys(source: string): string[] {
  const seen = new Set<string>()
  const twice = new Set<string>()
  for (const line of source.split('\n')) {
    const key = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)/.exec(line)?.[1]
    if (!key) continue
    if (seen.has(key)) twice.add(key)
    seen.add(key)
  }
  return [...twice]
}

/**
 * The last resort: each top-level `key: value` line, with the indented lines under it. A value
 * that parses alone (a list, a quoted string, a number) is that; else the text as written.
 */
function keyByKey(source: string): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  const lines = source.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/.exec(lines[i] ?? '')
    if (!m?.[1]) continue
    const block = [m[2] ?? '']
    while (i + 1 < lines.length && /^(\s|-\s|$)/.test(lines[i + 1] ?? '')) block.push(lines[++i] ?? '')
    const raw = block.join('\n').replace(/\s+$/, '')
    data[m[1]] = valueOf(m[1], raw)
  }
  return data
}

function valueOf(key: string, raw: string): unknown {
  try {
    const parsed = record(parseYaml(`${key}: ${raw}`))
    if (key in parsed) return parsed[key]
  } catch {
    // a bare ": " or the like: the text as written
  }
  return raw.replace(/^(["'])([\s\S]*)\1$/, '$2').trim()
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}
