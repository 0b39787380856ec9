import type { SVGProps } from 'react'

// Inline SVG icons: no icon font, no request. Decorative: hidden from assistive technology.
const base = { width: 16, height: 16, viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false } as const
const solid = { ...base, fill: 'currentColor' } as const
const outline = {
  ...base,
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const

/** An icon component: one of the two styles, and the outlines of its shapes (SVG path data). */
function icon(style: typeof solid | typeof outline, ...paths: string[]) {
  return function Icon(props: SVGProps<SVGSVGElement>) {
    return (
      <svg {...style} {...props}>
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    )
  }
}

export const ScholarIcon = icon(
  solid,
  'M12 3 1 9.5l4 2.3V17c0 1.1 3.1 3 7 3s7-1.9 7-3v-5.2l2-1.2V16h2V9.5L12 3Zm0 2.3 7.6 4.2L12 13.7 4.4 9.5 12 5.3ZM7 13l5 2.9 5-2.9v3.7c-.6.6-2.5 1.3-5 1.3s-4.4-.7-5-1.3V13Z',
)
export const GitHubIcon = icon(
  solid,
  'M12 2a10 10 0 0 0-3.2 19.5c.5.1.7-.2.7-.5v-1.7c-2.8.6-3.4-1.3-3.4-1.3-.5-1.2-1.1-1.5-1.1-1.5-.9-.6.1-.6.1-.6 1 .1 1.5 1 1.5 1 .9 1.5 2.4 1.1 2.9.8.1-.6.4-1.1.6-1.3-2.2-.3-4.6-1.1-4.6-5 0-1.1.4-2 1-2.7-.1-.3-.4-1.3.1-2.7 0 0 .8-.3 2.8 1a9.6 9.6 0 0 1 5 0c1.9-1.3 2.8-1 2.8-1 .5 1.4.2 2.4.1 2.7.6.7 1 1.6 1 2.7 0 3.9-2.3 4.7-4.6 5 .4.3.7.9.7 1.9V21c0 .3.2.6.7.5A10 10 0 0 0 12 2Z',
)
export const LinkIcon = icon(
  outline,
  'M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7',
  'M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7',
)
export const MailIcon = icon(
  outline,
  'M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Z',
  'm3 7 9 6 9-6',
)
export const SunIcon = icon(
  outline,
  'M8 12a4 4 0 1 0 8 0 4 4 0 1 0-8 0',
  'M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4',
)
export const MoonIcon = icon(outline, 'M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z')
export const SearchIcon = icon(outline, 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14Z', 'm21 21-4.3-4.3')
