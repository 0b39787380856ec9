// A section's document page (/publications/<slug>/, /posts/<slug>/, /talks/<slug>/): its static
// params and metadata from the section's documents, and the document a request names (the 404 page
// for a slug that is none of them).
import { notFound } from 'next/navigation'
import type { Metadata } from 'next'
import { docOfParams, slugParams } from './queries'

interface SlugProps {
  params: Promise<{ slug: string }>
}

export function docRoute<T extends { slug: string }>(docs: () => T[], metadata: (doc: T) => Metadata) {
  return {
    generateStaticParams: () => slugParams(docs()),
    generateMetadata: async (props: SlugProps): Promise<Metadata> => {
      const doc = await docOfParams(props.params, docs())
      return doc ? metadata(doc) : {}
    },
    doc: async (props: SlugProps): Promise<T> => (await docOfParams(props.params, docs())) ?? notFound(),
  }
}
