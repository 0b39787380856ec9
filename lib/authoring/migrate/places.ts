// A talk's free-text location ("San Francisco, California", "Berkeley CA, USA", "London, UK") as
// a place the gazetteer knows, or nothing (the migration then reports it).
import { gazetteer, type PlaceInput } from '../../model/places'

export function talkPlaceFrom(location: string): PlaceInput | undefined {
  const parts = location
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
  const first = parts[0]
  if (!first) return undefined
  const last = parts.at(-1) ?? ''
  // "Berkeley CA": a US city with its state code.
  const withState = /^(.+?)\s+([A-Z]{2})$/.exec(first)
  const candidates: PlaceInput[] = []
  if (withState?.[1] && withState[2]) candidates.push({ city: withState[1], country: 'US', region: withState[2] })
  if (parts.length > 1) {
    candidates.push({ city: first, country: last })
    // "San Francisco, California" and "Los Angeles, CA": a US state.
    candidates.push({ city: first, country: 'US', region: last })
    candidates.push({ city: first, country: 'US' })
  }
  for (const c of candidates) {
    const found = gazetteer().resolve(c)
    if ('place' in found) return c
  }
  return undefined
}
