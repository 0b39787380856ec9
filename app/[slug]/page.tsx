import { JsonLd } from '@/components/JsonLd'
import { PageShell } from '@/components/PageShell'
import { Mdx } from '@/components/mdx/Mdx'
import { docRoute } from '@/lib/doc-route'
import { pageMetadata } from '@/lib/metadata'
import { plainText } from '@/lib/plain-text'
import { pages } from '@/lib/queries'
import { webPage } from '@/lib/scholar'

export const dynamicParams = false

// A free-form page of content/pages/ at /<file name>/: its title, then its body.
const route = docRoute(pages, (p) =>
  pageMetadata({
    title: p.title,
    description: p.description ?? (plainText(p.body.raw, 200) || undefined),
    path: p.url,
  }),
)
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata

export default async function FreePage(props: PageProps<'/[slug]'>) {
  const p = await route.doc(props)
  return (
    <PageShell current={p.url} search="Page">
      <JsonLd data={webPage(p)} />
      <article data-doc={p._raw.sourceFilePath}>
        <h1 className="text-2xl leading-tight font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-zinc-50">
          {p.title}
        </h1>
        {p.draft && (
          <p className="mt-3 text-sm">
            <strong className="text-amber-700 dark:text-amber-400">Draft (shown in development only)</strong>
          </p>
        )}
        <div className="mt-8">
          <Mdx source={p.body.raw} headingLevel={2} />
        </div>
      </article>
    </PageShell>
  )
}
