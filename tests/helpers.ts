import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { tempProject as copyProject } from '../scripts/temp-project'

export { serveStatic, type ServedRequest } from '../scripts/serve-static'

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
  return run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/check-content.ts'), '--content', contentDir, '--public', publicDir])
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

/** Files below a folder, as forward-slash paths relative to it. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)).split(sep).join('/'))
    .sort()
}

/**
 * A command run in a new network namespace: it has a loopback interface (Turbopack talks to its
 * own worker processes over it) and nothing else, so nothing it does can reach another host.
 * Linux's unshare(1) and ip(8); as a non-root user through a user namespace.
 */
export function offline(command: string, args: string[]): [string, string[]] {
  const asRoot = process.getuid?.() === 0
  return ['unshare', ['--net', ...(asRoot ? [] : ['--map-root-user']), 'sh', '-c', 'ip link set lo up && exec "$@"', 'sh', command, ...args]]
}
