// Serves a folder on 127.0.0.1 as a static host would (clean URLs, gzip): serve-handler and
// compression, the libraries behind the `serve` CLI. One server for `npm run serve`, the e2e suite,
// the build tests and the benchmark. It reports every request it answers, also those a test's
// browser cannot see, such as the /favicon.ico Chromium asks for on a page that declares no icon.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import compression from 'compression'
import handler from 'serve-handler'

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

export interface ServedRequest {
  path: string
  status: number
}

/** Serves `dir` on 127.0.0.1:`port`; `onRequest` hears of each request once it is answered. */
export async function serveStatic(
  dir: string,
  port: number,
  onRequest?: (r: ServedRequest) => void,
): Promise<StaticServer> {
  // compression is typed for Express; at run time it is plain Node middleware, as serve uses it.
  const middleware = compression() as unknown as (
    req: IncomingMessage,
    res: ServerResponse,
    next: (error?: unknown) => void,
  ) => void
  const compress = promisify(middleware)
  const server = createServer((req, res) => {
    res.on('finish', () => onRequest?.({ path: req.url ?? '/', status: res.statusCode }))
    compress(req, res)
      .then(() => handler(req, res, { public: dir, etag: true }))
      .catch((e: unknown) => {
        res.statusCode = 500
        res.end(String(e))
      })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
