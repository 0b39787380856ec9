// What the tests expect comes from the content itself: the documents Contentlayer generated
// from content/, read as data (not through the app's own lib/ code).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Activity, Award, Experience, Profile, Project, Publication, Teaching } from 'contentlayer/generated'

const dir = join(process.cwd(), '.contentlayer', 'generated')

function load<T>(type: string): T {
  return JSON.parse(readFileSync(join(dir, type, '_index.json'), 'utf8')) as T
}

export const profile = load<Profile>('Profile')
export const publications = load<Publication[]>('Publication')
export const experiences = load<Experience[]>('Experience')
export const teachings = load<Teaching[]>('Teaching')
export const projects = load<Project[]>('Project')
export const awards = load<Award[]>('Award')
export const activities = load<Activity[]>('Activity')

export const ownerNames = [profile.name, ...profile.nameVariants]

/** Every page of the site, the sections first. */
export const sectionRoutes = ['/', '/publications/', '/experience/', '/teaching/', '/projects/', '/awards/', '/cv/'] as const
export const routes = [...sectionRoutes, ...publications.map((p) => `/publications/${p.slug}/`)]

/** Text as the page shows it: whitespace collapsed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
