import { citation, publications } from '@/lib/queries'

export const dynamic = 'force-static'

/**
 * Every paper as CSL-JSON (the format Zotero, Mendeley and pandoc read), newest first. The CSL
 * data schema has no citation-key variable, so the key is each item's id here.
 */
export function GET() {
  return Response.json(
    publications().map((p) => {
      const { 'citation-key': key, ...item } = citation(p).csl
      return { ...item, id: key ?? item.id }
    }),
  )
}
