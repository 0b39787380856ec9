// Validates every file under content/ against ./schema.ts and the site's rules, without
// Contentlayer. It reports all problems at once, each naming the file, the field and the fix.
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import matter from 'gray-matter'
import type { Root, RootContent } from 'mdast'
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkMdx from 'remark-mdx'
import type {} from 'mdast-util-math'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFileMessage } from 'vfile-message'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import { visit } from 'unist-util-visit'
import { findRuleProblems, pictureProblem, settingsRedirectRules, type ContentRecord, type Problem } from './rules'
import { BLOCKED_TAGS, jsxAttribute } from './mdx'
import { nearest } from './nearest'
import { mathParts, mathProblem } from './math'
import { DOCUMENT_TYPES, filePattern, MDX_COMPONENTS, type DocumentType, type FieldDef, type Fields } from './schema'
import { menuPageRules, SETTINGS_FIELDS, SETTINGS_FILE, settingsRules } from './settings'

export type { Problem }

export interface CheckOptions {
  contentDir: string
  publicDir: string
  /** The folder of data/site.yml; by default data/ beside the content folder. */
  dataDir?: string
}

export function formatProblem(p: Problem): string {
  return `${p.root ?? 'content'}/${p.file}: ${p.field ? `field "${p.field}": ` : ''}${p.message}`
}

/** Where the last check's problems are written for `npm run dev`, which shows them in the browser. */
export const STATUS_FILE = '.contentlayer/content-status.json'

/** Runs every check and writes the result to STATUS_FILE (an empty list when all is well). */
export async function checkAndRecord(options: CheckOptions): Promise<Problem[]> {
  const problems = await checkContent(options)
  await mkdir(dirname(STATUS_FILE), { recursive: true })
  await writeFile(STATUS_FILE, `${JSON.stringify({ problems: problems.map(formatProblem) }, null, 2)}\n`)
  return problems
}

export function formatProblems(problems: Problem[]): string {
  const n = problems.length
  return `Content check failed: ${n} problem${n === 1 ? '' : 's'}\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`
}

export async function checkContent({ contentDir, publicDir, dataDir }: CheckOptions): Promise<Problem[]> {
  const settingsDir = dataDir ?? join(contentDir, '..', 'data')
  const { problems, data: settings } = await checkSettings(settingsDir)
  const records: ContentRecord[] = []
  const files = await listFiles(contentDir)

  for (const file of files) {
    const type = typeOf(file)
    if (!type) {
      problems.push({
        file,
        message: `matches no content type; content files are ${DOCUMENT_TYPES.map(filePattern).join(', ')}`,
      })
      continue
    }
    const record = await checkFile(join(contentDir, file), file, type, problems)
    if (record) records.push(record)
  }

  problems.push(
    ...findRuleProblems(records, {
      publicFileExists: (path) => existsSync(join(publicDir, ...path.split('/'))),
      takenPaths: await takenPaths(publicDir),
    }),
  )
  if (settings)
    settingsRedirectRules(settings.redirects, records, (field, message) =>
      problems.push({ root: 'data', file: 'site.yml', field, message }),
    )
  if (settings)
    menuPageRules(
      settings,
      records
        .filter((r) => r.type === 'Page')
        .map((r) => ({ slug: r.slug, title: String(r.data.title ?? r.slug), menu: r.data.menu === true })),
      (where, message) => problems.push({ ...where, message }),
    )
  return problems
}

/**
 * The first segments of addresses the site already serves, which a free-form page's file name may
 * not take: the engine's routes (app/), what public/ holds, and what the build adds.
 */
async function takenPaths(publicDir: string): Promise<Map<string, string>> {
  const taken = new Map<string, string>([
    ['pagefind', 'the search index'],
    ['_next', "Next's files"],
    ['404', 'the not-found page'],
    ['images', 'the pictures'],
    ['img', 'the optimised pictures (lib/render/images.ts)'],
    ['files', 'the files'],
  ])
  for (const [dir, what] of [
    [join(process.cwd(), 'app'), 'page'],
    [publicDir, 'folder'],
  ] as const) {
    if (!existsSync(dir)) continue
    for (const entry of await readdir(dir, { withFileTypes: true }))
      if (entry.isDirectory() && !/^[[(_.@]/.test(entry.name))
        taken.set(
          entry.name.toLowerCase(),
          what === 'page' ? `the site's own /${entry.name}/ page` : `public/${entry.name}/`,
        )
  }
  return taken
}

/** data/site.yml, when there is one: its fields as the schema says, and the rules between them. */
async function checkSettings(dataDir: string): Promise<{ problems: Problem[]; data?: Record<string, unknown> }> {
  const [folder = 'data', file = 'site.yml'] = SETTINGS_FILE.split('/')
  const path = join(dataDir, file)
  if (!existsSync(path)) return { problems: [], data: {} }
  const problems: Problem[] = []
  const report: Report = (field, message) => problems.push({ root: folder, file, field, message })
  let data: unknown
  try {
    data = parseYaml((await readFile(path, 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')) ?? {}
  } catch (error) {
    return { problems: [{ root: folder, file, message: `not valid YAML: ${yamlReason(error, 0)}` }] }
  }
  if (!isPlainObject(data))
    return { problems: [{ root: folder, file, message: 'must be settings ("name: value" lines)' }] }
  checkFields(data, SETTINGS_FIELDS, SETTINGS_FILE, '', report)
  settingsRules(data, report)
  return { problems, data }
}

/** Every content file with the type it belongs to (undefined: matches no type). */
export async function contentFiles(dir: string): Promise<{ file: string; type: DocumentType | undefined }[]> {
  return (await listFiles(dir)).map((file) => ({ file, type: typeOf(file) }))
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort()
}

function typeOf(file: string): DocumentType | undefined {
  return DOCUMENT_TYPES.find((t) =>
    t.singleton
      ? file === `${t.folder}/index.mdx`
      : file.startsWith(`${t.folder}/`) && /^[^/]+\.mdx$/.test(file.slice(t.folder.length + 1)),
  )
}

async function checkFile(
  path: string,
  file: string,
  type: DocumentType,
  problems: Problem[],
): Promise<ContentRecord | undefined> {
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '')
  if (text.trim() === '') {
    problems.push({
      file,
      message: `the file is empty; each ${type.name} needs front matter between --- lines (see the README's author guide)`,
    })
    return undefined
  }
  if (!/^---\r?\n/.test(text)) {
    problems.push({ file, message: 'the file does not start with front matter: its first line must be ---' })
    return undefined
  }
  let parsed: { data: unknown; content: string }
  try {
    parsed = matter(text, YAML_ENGINE)
  } catch (error) {
    problems.push({ file, message: `the front matter is not valid YAML: ${yamlReason(error)}` })
    return undefined
  }
  if (!isPlainObject(parsed.data)) {
    problems.push({
      file,
      message: 'the front matter must be fields ("name: value" lines), not a single value or a list',
    })
    return undefined
  }
  const { data, content: body } = parsed
  const bodyLineOffset = text.slice(0, text.length - body.length).split('\n').length - 1

  checkFields(data, type.fields, type.name, '', (field, message) => problems.push({ file, field, message }))
  for (const field of MATH_FIELDS) {
    const value = data[field]
    if (typeof value !== 'string') continue
    for (const part of mathParts(value).filter((p) => p.math)) {
      const problem = mathProblem(part.value, false)
      if (problem)
        problems.push({ file, field, message: `KaTeX cannot render the formula $${part.value}$: ${problem}` })
    }
  }
  problems.push(...checkBody(body, bodyLineOffset, file))
  const slug = type.singleton ? type.folder : file.slice(type.folder.length + 1).replace(/\.mdx$/, '')
  return { file, type: type.name, slug, data, bodyLinks: localLinks(body), hasBody: body.trim() !== '' }
}

/** Front matter fields that may hold inline math ($…$), rendered wherever the field is shown. */
const MATH_FIELDS = ['title', 'abstract']

// Front matter is read exactly as Contentlayer reads it (gray-matter with the `yaml` package, so
// dates stay text), CRLF included: see patches/ for the same fix inside Contentlayer.
// Passing options also turns off gray-matter's cache, which would hide edits between runs.
export const YAML_ENGINE = { engines: { yaml: (s: string): object => parseYaml(s.replace(/\r\n?/g, '\n')) ?? {} } }

/** The parser's reason, with its line counted in the file (the YAML starts after the opening ---). */
function yamlReason(error: unknown, linesBefore = 1): string {
  if (error instanceof YAMLParseError) {
    const line = error.linePos?.[0].line
    return `${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}${line ? ` (line ${line + linesBefore})` : ''}`
  }
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error)
}

type Report = (field: string, message: string) => void

const TYPE_WORD: Record<FieldDef['type'], string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  date: 'a date (YYYY-MM or YYYY-MM-DD)',
  enum: 'one of the listed values',
  list: 'a list',
  nested: 'a group of fields',
}

function describe(value: unknown): string {
  if (value === null) return 'nothing (null)'
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`
  if (typeof value === 'object') return 'a group of fields'
  if (typeof value === 'string') return `the text "${value}"`
  return `the ${typeof value} ${String(value)}`
}

function checkFields(data: Record<string, unknown>, fields: Fields, typeName: string, prefix: string, report: Report) {
  for (const key of Object.keys(data)) {
    if (!(key in fields)) {
      const [guess] = nearest(key, Object.keys(fields), { count: 1 })
      report(
        prefix + key,
        `${typeName} has no such field${guess ? `; did you mean "${prefix}${guess}"?` : ''} (fields: ${Object.keys(fields).join(', ')})`,
      )
    }
  }
  for (const [key, def] of Object.entries(fields)) {
    const value = data[key]
    const path = prefix + key
    if (value === undefined || value === null) {
      if (def.required) report(path, `required but missing${def.description ? ` (${def.description})` : ''}`)
      continue
    }
    checkValue(value, def, path, report)
  }
}

function checkValue(value: unknown, def: FieldDef, path: string, report: Report) {
  const wrong = (hint = '') => report(path, `expected ${TYPE_WORD[def.type]}, got ${describe(value)}${hint}`)
  switch (def.type) {
    case 'string':
      if (typeof value === 'number' || value instanceof Date) wrong('; put it in quotes')
      else if (typeof value !== 'string') wrong()
      else if (def.required && value.trim() === '') report(path, 'is empty')
      return
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) wrong()
      return
    case 'boolean':
      if (typeof value !== 'boolean') wrong()
      return
    case 'date':
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) wrong()
      } else if (typeof value !== 'string' || !isDate(value)) wrong()
      return
    case 'enum':
      if (typeof value !== 'string' || !def.options.includes(value)) {
        report(
          path,
          `${typeof value === 'string' ? `"${value}"` : describe(value)} is not one of ${def.options.join(', ')}`,
        )
      }
      return
    case 'list': {
      if (!Array.isArray(value)) return wrong()
      const of = def.of
      value.forEach((item: unknown, i) => {
        if ('fields' in of) {
          if (!isPlainObject(item))
            report(
              `${path}[${i}]`,
              `expected a group of fields (${Object.keys(of.fields).join(', ')}), got ${describe(item)}`,
            )
          else checkFields(item, of.fields, of.name, `${path}[${i}].`, report)
        } else checkValue(item, { type: 'string', required: true }, `${path}[${i}]`, report)
      })
      if (def.required && value.length === 0) report(path, 'the list is empty')
      return
    }
    case 'nested':
      if (!isPlainObject(value)) return wrong(` (fields: ${Object.keys(def.of.fields).join(', ')})`)
      checkFields(value, def.of.fields, def.of.name, `${path}.`, report)
      return
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

/** YYYY-MM or YYYY-MM-DD naming a real calendar day. */
function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])]
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

/** Reads a body as the site renders it: MDX, GitHub tables and strikethrough, math. */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath)
const JS_URL = /^\s*(javascript|vbscript|data:text\/html)/i
const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/

/** MDX is data, not code: the body must parse and hold no script, handler, import or expression. */
export function checkBody(body: string, lineOffset: number, file: string): Problem[] {
  const problems: Problem[] = []
  const at = (line: number | undefined, message: string) =>
    problems.push({ file, field: 'body', message: `line ${(line ?? 1) + lineOffset}: ${message}` })

  const parsed = parseBody(body)
  if ('line' in parsed) {
    at(parsed.line, parsed.message)
    return problems
  }
  const definitions = new Map<string, string>()
  visit(parsed.tree, 'definition', (node) => void definitions.set(node.identifier, node.url))
  visit(parsed.tree, (node) => {
    const line = node.position?.start.line
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const message of elementProblems(node)) at(line, message)
      for (const attr of node.attributes) checkAttribute(attr, node.name ?? 'fragment', line, at)
    } else {
      const message = nodeProblem(node, definitions)
      if (message) at(line, message)
    }
  })
  return problems
}

/** The body's syntax tree, or the first line that stops it (an HTML comment, an MDX syntax error). */
function parseBody(body: string): { tree: Root } | { line: number | undefined; message: string } {
  const comment = /<!--/.exec(body)
  if (comment)
    return {
      line: body.slice(0, comment.index).split('\n').length,
      message: 'HTML comments (<!-- -->) are not allowed in MDX; write {/* … */} instead',
    }
  try {
    return { tree: parser.parse(body) }
  } catch (error) {
    const line = error instanceof VFileMessage ? error.line : undefined
    const reason = error instanceof VFileMessage ? error.reason : String(error)
    return { line, message: `MDX syntax error: ${reason} (a bare { or < in text must be escaped as \\{ or &lt;)` }
  }
}

/** What is wrong with a node that is not a JSX element: a picture, a link, code, a formula. */
function nodeProblem(node: RootContent | Root, definitions: Map<string, string>): string | undefined {
  switch (node.type) {
    case 'imageReference': {
      const url = definitions.get(node.identifier)
      return url === undefined ? undefined : pictureProblem(url, node.alt ?? '')
    }
    case 'mdxjsEsm':
      return 'import and export statements are not allowed: content is data, not code'
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return COMMENT_ONLY.test(node.value)
        ? undefined
        : `the JavaScript expression {${node.value.trim()}} is not allowed: content is data, not code`
    case 'image':
      return JS_URL.test(node.url)
        ? `the URL "${node.url}" is not allowed: links must not run code`
        : pictureProblem(node.url, node.alt ?? '')
    case 'math':
    case 'inlineMath': {
      const problem = mathProblem(node.value, node.type === 'math')
      return problem
        ? `KaTeX cannot render the formula ${node.type === 'math' ? '$$…$$' : `$${node.value}$`}: ${problem}`
        : undefined
    }
    case 'link':
    case 'definition':
      return JS_URL.test(node.url) ? `the URL "${node.url}" is not allowed: links must not run code` : undefined
    default:
      return undefined
  }
}

/** What is wrong with a JSX element: an <img> without a picture, a blocked tag, an unknown component. */
function elementProblems(node: MdxJsxFlowElement | MdxJsxTextElement): string[] {
  const name = node.name
  const problems: string[] = []
  if (name === 'img') {
    const src = jsxAttribute(node, 'src')
    const problem =
      src === undefined ? '<img> needs src="/images/<file>"' : pictureProblem(src, jsxAttribute(node, 'alt') ?? '')
    if (problem) problems.push(problem)
  }
  if (name && BLOCKED_TAGS.has(name.toLowerCase()))
    problems.push(`<${name}> is not allowed in content: it could run code or restyle the site`)
  else if (name && /^[A-Z]|\./.test(name) && !MDX_COMPONENTS.includes(name))
    problems.push(
      `unknown component <${name}>; available components: ${MDX_COMPONENTS.length ? MDX_COMPONENTS.join(', ') : 'none (use Markdown)'}`,
    )
  return problems
}

function checkAttribute(
  attr: MdxJsxAttribute | MdxJsxExpressionAttribute,
  element: string,
  line: number | undefined,
  at: (line: number | undefined, message: string) => void,
) {
  if (attr.type === 'mdxJsxExpressionAttribute') {
    at(line, `the spread attribute {${attr.value}} on <${element}> is not allowed: content is data, not code`)
    return
  }
  if (attr.name === 'style' && typeof attr.value === 'string') {
    at(
      line,
      `the attribute style="${attr.value}" on <${element}> is not allowed: the site's styles come from its stylesheet (write Markdown, e.g. **bold**)`,
    )
  } else if (/^on/i.test(attr.name)) {
    at(line, `the event handler attribute ${attr.name} on <${element}> is not allowed: content is data, not code`)
  } else if (attr.value !== null && typeof attr.value === 'object') {
    at(line, `the attribute ${attr.name}={…} on <${element}> is not allowed: write a plain value in quotes`)
  } else if (typeof attr.value === 'string' && JS_URL.test(attr.value)) {
    at(line, `the URL "${attr.value}" in ${attr.name} on <${element}> is not allowed: links must not run code`)
  }
}

/** Site paths ("/files/a.pdf") a body links to, for the file-exists rule. */
function localLinks(body: string): string[] {
  const found: string[] = []
  try {
    visit(parser.parse(body), (node) => {
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url.startsWith('/'))
        found.push(node.url)
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attr of node.attributes) {
          if (
            attr.type === 'mdxJsxAttribute' &&
            (attr.name === 'href' || attr.name === 'src') &&
            typeof attr.value === 'string' &&
            attr.value.startsWith('/')
          ) {
            found.push(attr.value)
          }
        }
      }
    })
  } catch {
    // A body that does not parse is reported by checkBody.
  }
  return found
}
