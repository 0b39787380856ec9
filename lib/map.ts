// The talks map, drawn at build time: the world's land from world-atlas (Natural Earth 1:110m)
// projected with d3-geo's Equal Earth into one SVG path, and a point per place. No tiles, no
// script, no request to another origin: the page carries the whole map (about 12 KB gzipped).
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo'
import { feature } from 'topojson-client'
import type { MultiPolygon, Polygon, Position } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import land from 'world-atlas/land-110m.json'

/** The map's coordinate space (its viewBox); the page scales it to the column. */
export const MAP_WIDTH = 960

/** Land south of this latitude (Antarctica) is left out: no talk is given there, and it takes a third of the height. */
const SOUTH_LIMIT = -58

function landShape(): MultiPolygon {
  const topology = land as unknown as Topology<{ land: GeometryCollection }>
  const collection = feature(topology, topology.objects.land)
  const polygons: Position[][][] = []
  for (const f of collection.features) {
    const g = f.geometry as Polygon | MultiPolygon
    for (const poly of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
      if (poly[0]?.some(([, lat]) => (lat ?? -90) > SOUTH_LIMIT)) polygons.push(poly)
    }
  }
  return { type: 'MultiPolygon', coordinates: polygons }
}

export interface WorldMap {
  width: number
  height: number
  /** SVG path data of the land, rounded to whole units. */
  land: string
  /** [x, y] in the map's space for a longitude and latitude. */
  project: (lon: number, lat: number) => [number, number]
}

let made: WorldMap | undefined

/** The projection the map and its tests share: Equal Earth, fitted to the land's width. */
export function mapProjection(): { projection: GeoProjection; shape: MultiPolygon } {
  const shape = landShape()
  return { projection: geoEqualEarth().fitWidth(MAP_WIDTH, shape), shape }
}

export function worldMap(): WorldMap {
  if (made) return made
  const { projection, shape } = mapProjection()
  const path = geoPath(projection).digits(0)
  const [, [, bottom]] = path.bounds(shape)
  made = {
    width: MAP_WIDTH,
    height: Math.ceil(bottom),
    land: path(shape) ?? '',
    project: (lon, lat) => {
      const [x, y] = projection([lon, lat]) ?? [0, 0]
      return [Math.round(x * 10) / 10, Math.round(y * 10) / 10]
    },
  }
  return made
}
