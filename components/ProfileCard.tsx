import type { Profile } from 'contentlayer/generated'
import { profileLinks } from '@/lib/queries'
import { IdentityLinks } from './IdentityLinks'
import { TotalCitations } from './MetricFigure'
import { PersonLinks } from './PersonLinks'
import { MaybeLink } from './MaybeLink'
import { Picture } from './Picture'

export function ProfileCard({ profile }: { profile: Profile }) {
  return (
    <header className="flex flex-col gap-5 sm:flex-row sm:items-start" data-doc={profile._raw.sourceFilePath}>
      {/* Without a portrait the name stands alone: no stand-in that looks like a missing photo. */}
      {profile.photo && (
        <Picture
          src={profile.photo}
          alt={`Portrait of ${profile.name}`}
          sizes="80px"
          eager
          className="size-20 shrink-0 rounded-full object-cover"
        />
      )}
      <div className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-950 sm:text-4xl dark:text-zinc-50">
          {profile.name}
          {profile.alternateName && ' '}
          {profile.alternateName && (
            <span className="text-2xl font-semibold text-zinc-500 sm:text-3xl dark:text-zinc-400">
              ({profile.alternateName})
            </span>
          )}
        </h1>
        {(profile.position || profile.department || profile.university) && (
          <p className="text-zinc-700 dark:text-zinc-300">
            {[
              profile.position && (
                <span key="position" className="font-medium">
                  {profile.position}
                </span>
              ),
              profile.department,
              profile.university && (
                <span key="university">
                  <MaybeLink href={profile.university.url}>{profile.university.name}</MaybeLink>
                  {profile.university.shortName && ` (${profile.university.shortName})`}
                </span>
              ),
            ]
              .filter(Boolean)
              .flatMap((part, i) => (i === 0 ? [part] : [', ', part]))}
          </p>
        )}
        {profile.location && <p className="text-sm text-zinc-600 dark:text-zinc-400">{profile.location}</p>}
        {profile.supervisors.length > 0 && (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            Supervised by <PersonLinks people={profile.supervisors} />
          </p>
        )}
        <IdentityLinks links={profileLinks()} />
        <TotalCitations />
      </div>
    </header>
  )
}
