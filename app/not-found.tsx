import { PageShell } from '@/components/PageShell'
import { SmartLink } from '@/components/SmartLink'
import { site } from '@/lib/site'
import { LINK } from '@/components/link-style'

export const metadata = { title: 'Page not found' }

export default function NotFound() {
  return (
    <PageShell>
      <h1 className="text-3xl font-bold tracking-tight text-zinc-950 dark:text-zinc-50">Page not found</h1>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">There is no page at this address. Try one of these:</p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        {site.nav.map((item) => (
          <li key={item.href}>
            <SmartLink href={item.href} className={LINK.accent}>
              {item.label}
            </SmartLink>
          </li>
        ))}
      </ul>
    </PageShell>
  )
}
