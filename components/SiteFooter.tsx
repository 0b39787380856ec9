import { profile, profileLinks } from '@/lib/queries'
import { site } from '@/lib/site'
import { IdentityLinks } from './IdentityLinks'

export function SiteFooter() {
  return (
    <footer data-site-footer="" className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-3xl flex-col gap-3 px-5 py-8 text-sm text-zinc-600 sm:flex-row sm:items-center sm:justify-between dark:text-zinc-400">
        <p>
          {site.footer ??
            `© ${[
              profile.name,
              [profile.department, profile.university?.shortName ?? profile.university?.name]
                .filter(Boolean)
                .join(', '),
            ]
              .filter(Boolean)
              .join(' · ')}`}
        </p>
        <IdentityLinks links={profileLinks()} />
      </div>
    </footer>
  )
}
