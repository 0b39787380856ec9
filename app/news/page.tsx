import { notFound } from 'next/navigation'
import { NewsList } from '@/components/NewsList'
import { PageHeader } from '@/components/PageHeader'
import { PageShell } from '@/components/PageShell'
import { news, profile } from '@/lib/queries'
import { pageMetadata } from '@/lib/metadata'

export const metadata = pageMetadata({
  title: 'News',
  description: `News from ${profile.name}: papers, talks and more, newest first.`,
  path: '/news/',
})

export default function NewsPage() {
  const items = news()
  if (items.length === 0) notFound()
  return (
    <PageShell current="/news/" search="Page">
      <PageHeader title="News" />
      <NewsList items={items} doc />
    </PageShell>
  )
}
