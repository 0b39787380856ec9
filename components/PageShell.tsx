import type { ReactNode } from 'react'
import { SiteHeader } from './SiteHeader'

/** Header (with the current section marked) and the main landmark every page shares. */
export function PageShell({ current, children }: { current?: string; children: ReactNode }) {
  return (
    <>
      <SiteHeader current={current} />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-5 py-10">
        {children}
      </main>
    </>
  )
}
