// Serves a folder on 127.0.0.1 with the static server the e2e suite uses (serve, gzip on), for the
// benchmark and the build tests; resolves once it answers.
import { spawn } from 'node:child_process'
import { join } from 'node:path'

export async function serveStatic(dir: string, port: number): Promise<{ url: string; close: () => void }> {
  const bin = join(process.cwd(), 'node_modules', '.bin', 'serve')
  const child = spawn(bin, [dir, '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-port-switching'], { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${url}/`)
      return { url, close: () => child.kill() }
    } catch {
      await new Promise((r) => setTimeout(r, 100)) // not listening yet
    }
  }
  child.kill()
  throw new Error(`serve ${dir} did not answer on ${url}`)
}
