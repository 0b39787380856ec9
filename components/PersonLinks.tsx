import type { PersonRef } from 'contentlayer/generated'
import { Fragment } from 'react'
import { SmartLink } from './SmartLink'
import { LINK } from './link-style'

/** "A (X) and B (Y)": people with their links and affiliations. */
export function PersonLinks({ people }: { people: PersonRef[] }) {
  return (
    <>
      {people.map((p, i) => (
        <Fragment key={p.name}>
          {i > 0 && (i === people.length - 1 ? ' and ' : ', ')}
          {p.url ? (
            <SmartLink href={p.url} className={LINK.accent}>
              {p.name}
            </SmartLink>
          ) : (
            p.name
          )}
          {p.affiliation && <span className="text-zinc-600 dark:text-zinc-400"> ({p.affiliation})</span>}
        </Fragment>
      ))}
    </>
  )
}
