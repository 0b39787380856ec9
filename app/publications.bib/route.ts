import { bibtex } from '@/lib/citation'
import { citation, publications } from '@/lib/queries'

export const dynamic = 'force-static'

/** Every paper as BibTeX, newest first. */
export function GET() {
  return new Response(bibtex(publications().map((p) => ({ csl: citation(p).csl, title: p.title }))), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  })
}
