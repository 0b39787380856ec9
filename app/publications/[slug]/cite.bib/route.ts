import { bibtex } from '@/lib/citation'
import { citation, publicationBySlug, publications, slugParams } from '@/lib/queries'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return slugParams(publications())
}

/** One paper's BibTeX entry. */
export async function GET(_request: Request, ctx: RouteContext<'/publications/[slug]/cite.bib'>) {
  const { slug } = await ctx.params
  const p = publicationBySlug(slug)
  if (!p) return new Response('Not found', { status: 404 })
  return new Response(bibtex([{ csl: citation(p).csl, title: p.title }]), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  })
}
