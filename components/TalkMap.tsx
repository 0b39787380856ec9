import { plainMath } from '@/lib/model/math'
import { worldMap } from '@/lib/map'
import { site } from '@/lib/site'
import type { TalkPlace } from '@/lib/queries'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * Every place the owner spoke, on a world map drawn at build time (lib/map.ts): one marker per
 * place, sized and numbered by its talks, each a link (to the talk's page, or to the newest of
 * its talks in the list below, which is the map's text alternative).
 */
export function TalkMap({ places, online }: { places: TalkPlace[]; online: number }) {
  const map = worldMap()
  const talks = places.reduce((n, p) => n + p.talks.length, 0)
  return (
    <figure data-talk-map="" className="mb-10">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="group"
        aria-label={`Map of ${plural(places.length, 'place')} where talks were given`}
        className="h-auto w-full"
      >
        <path d={map.land} className="fill-zinc-200 dark:fill-zinc-800" />
        {places.map((p) => {
          const [x, y] = map.project(p.lon, p.lat)
          const [newest] = p.talks
          if (!newest) return null
          const count = p.talks.length
          const href = count === 1 ? `${site.basePath}${newest.url}` : `#${newest.slug}`
          return (
            <a
              key={p.key}
              href={href}
              data-place={p.label}
              data-lat={p.lat}
              data-lon={p.lon}
              data-count={count}
              className="group"
            >
              <title>{`${p.label}: ${count > 1 ? `${count} talks: ` : ''}${p.talks.map((t) => plainMath(t.title)).join('; ')}`}</title>
              <circle
                cx={x}
                cy={y}
                r={count > 1 ? 13 : 9}
                className="fill-accent stroke-white stroke-[2.5] group-hover:stroke-zinc-950 group-focus-visible:stroke-zinc-950 dark:stroke-zinc-950 dark:group-hover:stroke-white dark:group-focus-visible:stroke-white"
              />
              {count > 1 && (
                <text
                  x={x}
                  y={y}
                  dy="0.35em"
                  textAnchor="middle"
                  className="pointer-events-none fill-white text-[14px] font-bold dark:fill-zinc-950"
                >
                  {count}
                </text>
              )}
            </a>
          )
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        {plural(talks, 'talk')} at {plural(places.length, 'place')}
        {online > 0 ? `, and ${online} online` : ''}. Every talk is listed below.
      </figcaption>
    </figure>
  )
}
