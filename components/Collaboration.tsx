import { contactHref } from '@/lib/queries'
import { profileLinkText } from '@/lib/format'
import { LINK } from './link-style'
import { SmartLink } from './SmartLink'

/**
 * The profile's open call. With a way to write (the profile's email, or an email link), it is a
 * call-out whose words "contact me" link to it (the address itself added when the words are not
 * there). Without one it is a plain line of the about text: no call to action that leads nowhere.
 */
export function Collaboration({ text }: { text: string }) {
  const contact = contactHref()
  if (!contact)
    return (
      <p className="mt-8 text-zinc-700 dark:text-zinc-300" data-collaboration="">
        {text}
      </p>
    )
  const at = text.search(/contact me/i)
  return (
    <aside
      aria-label="Collaboration"
      data-collaboration=""
      className="mt-8 rounded-lg border-l-4 border-accent bg-blue-50 px-4 py-3 font-medium text-zinc-900 dark:bg-blue-950/40 dark:text-zinc-100"
    >
      {at < 0 ? (
        <>
          {text}{' '}
          <SmartLink href={contact} className={LINK.accent}>
            {profileLinkText({ kind: 'email', url: contact })}
          </SmartLink>
        </>
      ) : (
        <>
          {text.slice(0, at)}
          <SmartLink href={contact} className={LINK.accent}>
            {text.slice(at, at + 'contact me'.length)}
          </SmartLink>
          {text.slice(at + 'contact me'.length)}
        </>
      )}
    </aside>
  )
}
