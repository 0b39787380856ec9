// One OpenGraph card (1200x630 PNG, made at build time by app/og/[card]) per page, paper, talk and post.
import { plainMath } from './model/math'
import {
  pages as freePages,
  placeLabel,
  posts,
  profile,
  projectPage,
  projectsWithPages,
  publications,
  talks,
} from './queries'
import { dayLabel, talkKindLabel, venueLabel } from './format'
import { SEARCH_PAGE, site } from './site'

export interface OgCard {
  /** File name under /og/, e.g. "publications--md3r.png". */
  file: string
  kicker: string
  title: string
  subtitle: string
}

/** The card's URL path for a page path: "/" -> "/og/home.png", "/publications/md3r/" -> "/og/publications--md3r.png". */
export function ogImagePath(path: string): string {
  const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '--') || 'home'
  return `/og/${name}.png`
}

export function ogCards(): OgCard[] {
  const short = [profile.position, profile.university?.shortName ?? profile.university?.name].filter(Boolean).join(', ')
  const who = short ? `${profile.name} · ${short}` : profile.name
  const pages = [...site.sections, SEARCH_PAGE].map((item) => ({
    file: ogImagePath(item.href).slice('/og/'.length),
    kicker: item.href === '/' ? (profile.department ?? profile.location ?? '') : item.label,
    title: item.href === '/' ? site.title : `${item.label} · ${profile.name}`,
    subtitle: item.href === '/' ? [profile.position, profile.university?.name].filter(Boolean).join(', ') : who,
  }))
  const papers = publications().map((p) => {
    const names = p.authors.map((a) => a.name)
    return {
      file: ogImagePath(p.url).slice('/og/'.length),
      kicker: `${venueLabel(p)} · ${p.year}`,
      title: plainMath(p.title),
      subtitle: names.length > 8 ? `${names.slice(0, 7).join(', ')}, et al.` : names.join(', '),
    }
  })
  const talkCards = talks().map((t) => ({
    file: ogImagePath(t.url).slice('/og/'.length),
    kicker: `${talkKindLabel(t.kind)} · ${t.event.name}`,
    title: plainMath(t.title),
    subtitle: `${profile.name} · ${placeLabel(t)} · ${dayLabel(t.date).label}`,
  }))
  const postCards = posts().map((p) => ({
    file: ogImagePath(p.url).slice('/og/'.length),
    kicker: `Post · ${dayLabel(p.date).label}`,
    title: plainMath(p.title),
    subtitle: profile.name,
  }))
  const pageCards = freePages().map((p) => ({
    file: ogImagePath(p.url).slice('/og/'.length),
    kicker: p.title,
    title: `${p.title} · ${profile.name}`,
    subtitle: who,
  }))
  const projectCards = projectsWithPages().map((p) => ({
    file: ogImagePath(projectPage(p) ?? '/projects/').slice('/og/'.length),
    kicker: p.category ? `Project · ${p.category}` : 'Project',
    title: p.name,
    subtitle: p.description,
  }))
  return [...pages, ...papers, ...talkCards, ...postCards, ...pageCards, ...projectCards]
}

/** The style every next/og image starts from: a flex box filling the canvas. */
export const CANVAS = { width: '100%', height: '100%', display: 'flex' } as const
