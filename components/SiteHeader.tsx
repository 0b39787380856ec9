import { SEARCH_PAGE, site } from '@/lib/site'
import { cn } from '@/lib/format'
import { MoonIcon, SearchIcon, SunIcon } from './icons'
import { SmartLink } from './SmartLink'

/** Rendered by each page with its own path, so the current section is marked without JavaScript. */
export function SiteHeader({ current }: { current?: string }) {
  return (
    <header data-site-header="" className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-3xl flex-col gap-2 px-5 py-4 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between">
        {/* As tall as the nav's buttons from the start: the page paints while the rest is parsed, and nothing
            painted may move when the rest arrives (Lighthouse saw CLS 0.0002 now and then). */}
        <div className="flex min-h-9 items-center justify-between gap-3">
          <SmartLink
            href="/"
            className="text-lg font-bold tracking-tight whitespace-nowrap text-zinc-950 dark:text-zinc-50"
          >
            {site.title}
          </SmartLink>
          {/* Room for both buttons from the first frame, for the same reason. */}
          <div className="flex w-18 items-center justify-end sm:hidden">
            <SearchLink current={current} />
            <ThemeToggle />
          </div>
        </div>
        <nav aria-label="Main">
          <ul className="-mx-2 flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
            {site.nav.map((item) => {
              const active = item.href === current
              return (
                <li key={item.href}>
                  <SmartLink
                    href={item.href}
                    aria-current={active ? 'page' : undefined}
                    className={cn(
                      'inline-block rounded px-2 py-1.5 font-medium transition-colors',
                      active
                        ? 'text-accent underline decoration-2 underline-offset-[6px]'
                        : 'text-zinc-700 hover:text-accent dark:text-zinc-300',
                    )}
                  >
                    {item.label}
                  </SmartLink>
                </li>
              )
            })}
            <li className="hidden sm:flex">
              <SearchLink current={current} />
              <ThemeToggle />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}

/** The site search (/search/), as an icon beside the theme toggle. */
function SearchLink({ current }: { current?: string }) {
  const active = current === SEARCH_PAGE.href
  return (
    <SmartLink
      href={SEARCH_PAGE.href}
      aria-label={SEARCH_PAGE.label}
      aria-current={active ? 'page' : undefined}
      className={cn(
        'inline-flex size-9 items-center justify-center rounded hover:text-accent',
        active ? 'text-accent' : 'text-zinc-700 dark:text-zinc-300',
      )}
    >
      <SearchIcon />
    </SmartLink>
  )
}

/** Shown only with JavaScript (data-js-only): without it the system theme applies. */
function ThemeToggle({ className }: { className?: string }) {
  return (
    <button
      type="button"
      data-js-only=""
      data-theme-toggle=""
      aria-label="Dark theme"
      aria-pressed="false"
      className={cn(
        'inline-flex size-9 items-center justify-center rounded text-zinc-700 hover:text-accent dark:text-zinc-300',
        className,
      )}
    >
      <MoonIcon className="dark:hidden" />
      <SunIcon className="hidden dark:block" />
    </button>
  )
}
