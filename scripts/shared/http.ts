// The author commands' one way to the network (npm run import by identifier; the build never
// uses it): a timeout on every request, retries with backoff on 429 and 5xx (honouring
// Retry-After), a descriptive User-Agent with a contact address, and a bound on the number of
// requests a run may make. Every base URL comes from the environment (see API_BASES), so tests
// point them at recorded responses on 127.0.0.1.

/** Each service's origin: the environment variable that overrides it, and the real default. */
export const API_BASES = {
  arxiv: ['ARXIV_API_URL', 'https://export.arxiv.org'],
  crossref: ['CROSSREF_API_URL', 'https://api.crossref.org'],
  openreview: ['OPENREVIEW_API_URL', 'https://api2.openreview.net'],
  openalex: ['OPENALEX_API_URL', 'https://api.openalex.org'],
  semanticscholar: ['SEMANTIC_SCHOLAR_API_URL', 'https://api.semanticscholar.org'],
  dblp: ['DBLP_API_URL', 'https://dblp.org'],
  orcid: ['ORCID_API_URL', 'https://pub.orcid.org'],
  github: ['GITHUB_API_URL', 'https://api.github.com'],
} as const satisfies Record<string, readonly [string, string]>

export type Service = keyof typeof API_BASES

/** The service's base URL, without a trailing slash. */
export function apiBase(service: Service, env: Record<string, string | undefined> = process.env): string {
  const [variable, fallback] = API_BASES[service]
  return (env[variable]?.trim() || fallback).replace(/\/+$/, '')
}

export interface HttpOptions {
  userAgent: string
  timeoutMs?: number
  /** Attempts after the first, for 429, 5xx, timeouts and network errors. */
  retries?: number
  /** First backoff; doubled on each retry. */
  backoffMs?: number
  /** The longest Retry-After honoured; a longer one fails the request. */
  maxWaitMs?: number
  /** Requests this client may make in all, retries included. */
  maxRequests?: number
  /** Sent with every request (e.g. an Authorization header from a token in the environment). */
  headers?: Record<string, string>
}

export class HttpError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Seconds or an HTTP date, as Retry-After allows; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

export function httpClient(options: HttpOptions) {
  const {
    userAgent,
    timeoutMs = 15_000,
    retries = 3,
    backoffMs = 1000,
    maxWaitMs = 60_000,
    maxRequests = 200,
    headers = {},
  } = options
  let made = 0

  /** The response body of a GET, as text; throws an HttpError naming the URL and what went wrong. */
  async function getText(url: string, accept = 'application/json'): Promise<string> {
    let lastProblem = ''
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (made >= maxRequests)
        throw new HttpError(`${url}: stopped, this run's limit of ${maxRequests} requests is reached`)
      made++
      let wait = backoffMs * 2 ** attempt
      try {
        const response = await fetch(url, {
          headers: { ...headers, 'User-Agent': userAgent, Accept: accept },
          signal: AbortSignal.timeout(timeoutMs),
        })
        if (response.ok) return await response.text()
        if (response.status !== 429 && response.status < 500) {
          throw new HttpError(`${url}: ${response.status} ${response.statusText}`.trim(), response.status)
        }
        lastProblem = `${response.status} ${response.statusText}`.trim()
        const asked = retryAfterMs(response.headers.get('retry-after'))
        if (asked !== undefined) {
          if (asked > maxWaitMs)
            throw new HttpError(`${url}: ${lastProblem}, asked to wait ${Math.round(asked / 1000)} s`, response.status)
          wait = asked
        }
        await response.body?.cancel()
      } catch (error) {
        if (error instanceof HttpError) throw error
        lastProblem =
          error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
            ? `no answer within ${timeoutMs / 1000} s`
            : error instanceof Error
              ? error.cause instanceof Error
                ? error.cause.message
                : error.message
              : String(error)
      }
      if (attempt < retries) await sleep(wait)
    }
    throw new HttpError(`${url}: ${lastProblem} (after ${retries + 1} attempts)`)
  }

  return {
    getText,
    async getJson(url: string): Promise<unknown> {
      const text = await getText(url)
      try {
        return JSON.parse(text) as unknown
      } catch {
        throw new HttpError(`${url}: the answer is not JSON: ${text.slice(0, 80)}`)
      }
    },
    get requests() {
      return made
    },
  }
}

export type HttpClient = ReturnType<typeof httpClient>
