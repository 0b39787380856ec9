import { Byline } from '@/components/AuthorList'
import { PageShell } from '@/components/PageShell'
import { SmartLink } from '@/components/SmartLink'
import { cvHeader, cvSections, type CvEntry } from '@/lib/cv'
import { profileLinkText } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata'
import { LINK } from '@/components/link-style'

export const metadata = pageMetadata({
  title: 'CV',
  description:
    'Curriculum vitae: education, publications, experience, teaching, projects and awards. Printable, and as a PDF.',
  path: '/cv/',
})

/** The detail line, the words its url is for (an organisation's name) a link. */
function Detail({ entry }: { entry: CvEntry }) {
  const detail = entry.detail ?? ''
  const at = entry.urlFor ? detail.indexOf(entry.urlFor) : -1
  if (!entry.url || !entry.urlFor || at < 0) return detail
  return (
    <>
      {detail.slice(0, at)}
      <SmartLink href={entry.url} className={LINK.quiet}>
        {entry.urlFor}
      </SmartLink>
      {detail.slice(at + entry.urlFor.length)}
    </>
  )
}

function Entry({ entry }: { entry: CvEntry }) {
  const titleLink = entry.urlFor ? undefined : entry.url
  return (
    <li data-cv-entry="" className="grid gap-x-4 py-2 sm:grid-cols-[1fr_auto]">
      <div>
        <p className="font-semibold text-zinc-950 dark:text-zinc-50">
          {titleLink ? (
            <SmartLink href={titleLink} className={LINK.quiet}>
              {entry.title}
            </SmartLink>
          ) : (
            entry.title
          )}
        </p>
        {entry.authors && <Byline authors={entry.authors} className="text-sm text-zinc-700 dark:text-zinc-300" />}
        {entry.detail && (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            <Detail entry={entry} />
          </p>
        )}
      </div>
      {entry.when && (
        <p className="text-sm text-zinc-600 tabular-nums sm:text-right dark:text-zinc-400">{entry.when}</p>
      )}
    </li>
  )
}

export default function CvPage() {
  const header = cvHeader()
  return (
    <PageShell current="/cv/">
      <header className="mb-8 border-b border-zinc-200 pb-6 dark:border-zinc-800">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-950 dark:text-zinc-50">{header.name}</h1>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">{header.headline}</p>
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {header.links.map((l) => (
            <li key={l.url}>
              <SmartLink href={l.url} className={LINK.accent}>
                {profileLinkText(l)}
              </SmartLink>
            </li>
          ))}
          <li data-no-print="">
            <SmartLink href="/cv.pdf" className={LINK.accent}>
              Download as PDF
            </SmartLink>
          </li>
          <li data-no-print="">
            <SmartLink href="/resume.json" className={LINK.accent} type="application/json">
              JSON Resume
            </SmartLink>
          </li>
        </ul>
      </header>
      {cvSections().map((section) => (
        <section key={section.id} aria-labelledby={`cv-${section.id}`} className="mt-8 first-of-type:mt-0">
          <h2
            id={`cv-${section.id}`}
            className="mb-2 border-b border-zinc-200 pb-1 text-lg font-semibold tracking-tight text-zinc-950 dark:border-zinc-800 dark:text-zinc-50"
          >
            {section.title}
          </h2>
          <ul>
            {section.entries.map((entry) => (
              <Entry key={`${entry.title}-${entry.when ?? ''}-${entry.detail ?? ''}`} entry={entry} />
            ))}
          </ul>
        </section>
      ))}
    </PageShell>
  )
}
