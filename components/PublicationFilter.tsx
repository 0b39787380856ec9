import { statusLabel } from '@/lib/format'
import type { Publication } from 'contentlayer/generated'

const field = 'h-9 rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900'

/** A labelled select whose first option, "All", narrows nothing. */
function Choice({ label, name, options }: { label: string; name: string; options: [value: string, label: string][] }) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <select name={name} className={field}>
        <option value="">All</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  )
}

/**
 * Narrowing controls for the publication list, shown only with JavaScript (data-js-only): the list
 * is complete without it. On a phone the status and topic choices fold into a "Filters" disclosure
 * beside the search box, so the first paper is on the first screen; from 640 px they sit on the
 * search box's line (globals.css opens the disclosure there where the browser can).
 */
export function PublicationFilter({ publications }: { publications: Publication[] }) {
  const statuses = [...new Set(publications.map((p) => p.status))]
  const topics = [...new Set(publications.flatMap((p) => p.tags))].sort()
  return (
    <form
      data-filter
      data-js-only=""
      role="search"
      aria-label="Filter publications"
      className="mb-6 flex flex-wrap items-end gap-3 sm:mb-8"
    >
      <label className="flex min-w-40 flex-1 flex-col gap-1 text-sm font-medium">
        Search titles and authors
        <input type="search" name="q" className={field} autoComplete="off" />
      </label>
      <details data-filter-more="" className="open:basis-full sm:open:basis-auto">
        <summary className="flex h-9 cursor-pointer items-center rounded-md border border-zinc-300 px-3 text-sm font-medium select-none hover:border-accent hover:text-accent sm:hidden dark:border-zinc-700">
          Filters
        </summary>
        <div className="mt-3 flex flex-wrap items-end gap-3 sm:mt-0">
          <Choice label="Status" name="status" options={statuses.map((s) => [s, statusLabel(s)])} />
          <Choice label="Topic" name="topic" options={topics.map((t) => [t, t])} />
          <button
            type="reset"
            className="h-9 rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:border-accent hover:text-accent dark:border-zinc-700"
          >
            Clear
          </button>
        </div>
      </details>
      <output aria-live="polite" className="min-h-5 basis-full text-sm text-zinc-600 dark:text-zinc-400" />
    </form>
  )
}
