import type { CslItem } from '@citation-js/core'
import { bibtex, reference } from '@/lib/citation'
import { SmartLink } from './SmartLink'
import { LINK } from './link-style'

/** BibTeX and a formatted reference, readable and selectable without JavaScript; the copy buttons are an enhancement. */
export function CiteBlock({
  csl,
  title,
  bibHref,
  bibFile,
}: {
  csl: CslItem
  /** The paper's own title, for BibTeX to keep its math. */
  title: string
  bibHref: string
  bibFile: string
}) {
  const bib = bibtex([{ csl, title }])
  const apa = reference(csl)
  return (
    <section aria-labelledby="cite" className="mt-10 [contain-intrinsic-size:auto_22rem] [content-visibility:auto]">
      <h2 id="cite" className="mb-3 text-lg font-semibold text-zinc-950 dark:text-zinc-50">
        Cite
      </h2>
      <div className="space-y-4">
        <figure>
          <figcaption className="mb-1 flex items-center justify-between gap-3 text-sm font-medium text-zinc-600 dark:text-zinc-400">
            <span>APA</span>
            <CopyButton target="cite-apa" />
          </figcaption>
          <p
            id="cite-apa"
            className="rounded-md border border-zinc-200 bg-zinc-50 p-3 text-sm leading-relaxed dark:border-zinc-800 dark:bg-zinc-900"
          >
            {apa}
          </p>
        </figure>
        <figure>
          <figcaption className="mb-1 flex items-center justify-between gap-3 text-sm font-medium text-zinc-600 dark:text-zinc-400">
            <span>
              BibTeX ·{' '}
              <SmartLink href={bibHref} download={bibFile} className={LINK.accent}>
                download .bib
              </SmartLink>
            </span>
            <CopyButton target="cite-bibtex" />
          </figcaption>
          <pre
            id="cite-bibtex"
            tabIndex={0}
            className="overflow-x-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 text-xs leading-relaxed dark:border-zinc-800 dark:bg-zinc-900"
          >
            <code>{bib}</code>
          </pre>
        </figure>
      </div>
    </section>
  )
}

function CopyButton({ target }: { target: string }) {
  return (
    <button
      type="button"
      data-js-only=""
      data-copy={target}
      className="rounded border border-zinc-300 px-2 py-0.5 text-xs font-medium text-zinc-700 hover:border-accent hover:text-accent dark:border-zinc-700 dark:text-zinc-300"
    >
      Copy
    </button>
  )
}
