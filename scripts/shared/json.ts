// JSON read from disk or a page is checked, not asserted: parse to a JSON value, then narrow.
import { readFileSync } from 'node:fs'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

export function parseJson(text: string): Json {
  const value: Json = JSON.parse(text)
  return value
}

export const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The value as an object, or an error naming what was read. */
export function objectOf(value: Json | undefined, what: string): JsonObject {
  if (!isObject(value)) throw new Error(`${what}: expected an object, found ${JSON.stringify(value)?.slice(0, 80)}`)
  return value
}

export function stringOf(value: Json | undefined, what: string): string {
  if (typeof value !== 'string')
    throw new Error(`${what}: expected a string, found ${JSON.stringify(value)?.slice(0, 80)}`)
  return value
}

export function arrayOf(value: Json | undefined, what: string): Json[] {
  if (!Array.isArray(value)) throw new Error(`${what}: expected a list, found ${JSON.stringify(value)?.slice(0, 80)}`)
  return value
}

/** vercel.json's headers, by source pattern: { "/(.*)": { "content-security-policy": "…" } }. */
export function vercelHeaders(file = 'vercel.json'): Map<string, Record<string, string>> {
  const config = objectOf(parseJson(readFileSync(file, 'utf8')), file)
  const bySource = new Map<string, Record<string, string>>()
  for (const [i, entry] of arrayOf(config.headers, `${file} headers`).entries()) {
    const rule = objectOf(entry, `${file} headers[${i}]`)
    const pairs = arrayOf(rule.headers, `${file} headers[${i}].headers`).map((h, j) => {
      const header = objectOf(h, `${file} headers[${i}].headers[${j}]`)
      return [stringOf(header.key, 'key').toLowerCase(), stringOf(header.value, 'value')] as const
    })
    bySource.set(stringOf(rule.source, `${file} headers[${i}].source`), Object.fromEntries(pairs))
  }
  return bySource
}

/**
 * The headers vercel.json gives one path: those of every rule whose source matches it. Its sources
 * are plain patterns ("/(.*)", "/((?!search/|pagefind/).*)"), read here as regular expressions;
 * no two rules set one header for the same path (this throws if they do), so order never matters.
 */
export function vercelHeadersFor(path: string, file = 'vercel.json'): Record<string, string> {
  let headers: Record<string, string> = {}
  for (const [source, values] of vercelHeaders(file)) {
    if (!new RegExp(`^${source}$`).test(path)) continue
    const twice = Object.keys(values).filter((key) => key in headers)
    if (twice.length > 0) throw new Error(`${file}: ${twice.join(', ')} set twice for ${path}`)
    headers = { ...headers, ...values }
  }
  return headers
}
