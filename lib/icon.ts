// The site's icon, drawn from the owner's initials: one definition for the page's inline icon
// (a data: URL, so no request competes with the first paint), /icon.svg (the manifest, the
// redirect pages) and the home-screen PNG.
import { profile } from './queries'

export const ICON_COLORS = ['#2563eb', '#3730a3'] as const

export const initials = profile.name
  .split(/\s+/)
  .map((w) => w[0])
  .join('')

export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${ICON_COLORS[0]}"/><stop offset="1" stop-color="${ICON_COLORS[1]}"/></linearGradient></defs><rect width="64" height="64" rx="14" fill="url(#g)"/><text x="32" y="42" font-family="Arial,Helvetica,sans-serif" font-size="26" font-weight="700" fill="#fff" text-anchor="middle">${initials}</text></svg>`

export const ICON_DATA_URL = `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}`
