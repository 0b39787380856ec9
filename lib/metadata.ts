import type { Metadata } from 'next'

/** Per-page metadata: its title, description and canonical path. Site-wide defaults live in the root layout. */
export function pageMetadata({ title, description, path }: { title?: string; description?: string; path: string }): Metadata {
  return {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    alternates: { canonical: path },
  }
}
