// The site's settings, `data/site.yml`: what the author changes to make the site theirs that is
// not an entry (the menu's order and labels, the language, the footer line). Its fields are
// declared like a content type's, so the content check, the JSON Schema and the author's guide
// read them from one place; every key may be left out, and no file means the defaults.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { DOCUMENT_TYPES, nested, type DocumentType, type Fields } from './schema'

/** Where the settings live, relative to the project: a folder of the author's, beside content/. */
export const SETTINGS_FILE = 'data/site.yml'

/** The engine's default menu, when data/site.yml has none: the sections in this order. */
const DEFAULT_ORDER = [
  'about',
  'publications',
  'talks',
  'posts',
  'news',
  'experience',
  'teaching',
  'projects',
  'awards',
  'cv',
]

export interface Section {
  key: string
  href: `/${string}`
  label: string
  /** The content type listed on the section's page (the CV has none). */
  type?: DocumentType
}

/** The site's sections: the home page, each content type's page, and the CV. Keys are what `menu` names. */
export const SECTIONS: readonly Section[] = [
  ...DOCUMENT_TYPES.flatMap((t) => (t.page ? [{ ...t, page: t.page }] : []))
    .filter((t, i, all) => all.findIndex((u) => u.page === t.page) === i)
    .map((t) => ({
      key: t.singleton ? 'about' : t.folder,
      href: t.page,
      label: t.singleton ? 'About' : t.folder.charAt(0).toUpperCase() + t.folder.slice(1),
      type: t,
    })),
  { key: 'cv', href: '/cv/', label: 'CV' } satisfies Section,
].sort((a, b) => DEFAULT_ORDER.indexOf(a.key) - DEFAULT_ORDER.indexOf(b.key))

const SECTION_KEYS = SECTIONS.map((s) => s.key)

const MenuItem = nested('MenuItem', {
  section: {
    type: 'enum',
    options: SECTION_KEYS,
    description: "One of the site's sections; a section with no entries yet is left out of the menu",
  },
  label: { type: 'string', description: "The menu's word for it; a section's default is its name (Publications)" },
  page: {
    type: 'string',
    description:
      "Instead of a section: a page of content/pages/ by its file name (research for research.mdx); the page's title is the label unless label gives another",
  },
  href: {
    type: 'string',
    description: 'Instead of a section: a page of the site (/files/cv-2025.pdf) or another site (https://…)',
  },
})

const Redirect = nested('Redirect', {
  from: { type: 'string', required: true, description: 'The old address, from its first slash: /year-archive/' },
  to: { type: 'string', required: true, description: 'A page of this site: /posts/' },
})

export const SETTINGS_FIELDS: Fields = {
  locale: {
    type: 'string',
    default: 'en',
    description: "The pages' language as a BCP 47 tag (en, en-GB): <html lang>, the feed's language",
  },
  menu: {
    type: 'list',
    of: MenuItem,
    description: `The menu, in order. Each item names a section (${SECTION_KEYS.join(', ')}), a page of content/pages/ (page) or a link (label and href). Default: every section, in that order, with the pages marked menu: true before the CV`,
  },
  footer: {
    type: 'string',
    description: 'The line at the foot of every page. Default: © name · department, university',
  },
  redirects: {
    type: 'list',
    of: Redirect,
    description:
      "Old addresses that are no entry's (an old site's lists: /year-archive/, /blog/page/2/), each leading to a page of this one; an entry's old addresses are its redirectFrom",
  },
}

export interface MenuEntry {
  href: string
  label: string
  /** The section's content type, when it is one: its menu item shows only once it has entries. */
  type?: DocumentType
}

/** A free-form page, as the menu needs it (content/pages/<slug>.mdx). */
export interface MenuPage {
  slug: string
  title: string
  /** The page asks to be in the menu (its front matter's menu: true). */
  menu: boolean
}

export interface Settings {
  locale: string
  menu: MenuEntry[]
  footer?: string
  /** Old addresses of the site that are no entry's, each to a page of the site. */
  redirects: { from: `/${string}`; to: `/${string}` }[]
}

/** The settings as the site uses them; the content check has refused anything this does not understand. */
export function settingsFrom(data: Record<string, unknown>, pages: readonly MenuPage[] = []): Settings {
  const items: unknown[] = Array.isArray(data.menu) ? data.menu : defaultMenu(pages)
  const menu = items.flatMap((raw): MenuEntry[] => {
    const item: Record<string, unknown> = typeof raw === 'object' && raw !== null ? { ...raw } : {}
    const section = SECTIONS.find((s) => s.key === item.section)
    const page = pages.find((p) => p.slug === item.page)
    const label = typeof item.label === 'string' ? item.label : (section?.label ?? page?.title)
    const href = section?.href ?? (page ? `/${page.slug}/` : typeof item.href === 'string' ? item.href : undefined)
    return label && href ? [{ href, label, type: section?.type }] : []
  })
  return {
    locale: typeof data.locale === 'string' ? data.locale : 'en',
    menu,
    footer: typeof data.footer === 'string' ? data.footer : undefined,
    redirects: (Array.isArray(data.redirects) ? data.redirects : []).flatMap((raw: unknown) =>
      typeof raw === 'object' &&
      raw !== null &&
      'from' in raw &&
      'to' in raw &&
      typeof raw.from === 'string' &&
      typeof raw.to === 'string' &&
      raw.from.startsWith('/') &&
      raw.to.startsWith('/')
        ? [{ from: raw.from as `/${string}`, to: raw.to as `/${string}` }]
        : [],
    ),
  }
}

/** Every section in the engine's order, and the pages that ask to be in the menu (by title) before the CV. */
function defaultMenu(pages: readonly MenuPage[]): Record<string, string>[] {
  const sections = SECTIONS.map((s) => ({ section: s.key }))
  const asked = pages
    .filter((p) => p.menu)
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((p) => ({ page: p.slug }))
  const cv = sections.findIndex((s) => s.section === 'cv')
  return cv < 0 ? [...sections, ...asked] : [...sections.slice(0, cv), ...asked, ...sections.slice(cv)]
}

/**
 * The menu and the pages, which only the two together can say: an item names a page that exists,
 * and a page that asks to be in the menu is in it when the menu is written out in full.
 */
export function menuPageRules(
  data: Record<string, unknown>,
  pages: readonly MenuPage[],
  report: (at: { file: string; root?: string; field: string }, message: string) => void,
): void {
  if (!Array.isArray(data.menu)) return
  const named = new Set<string>()
  data.menu.forEach((raw: unknown, i) => {
    if (typeof raw !== 'object' || raw === null || !('page' in raw) || typeof raw.page !== 'string') return
    named.add(raw.page)
    if (!pages.some((p) => p.slug === raw.page))
      report(
        { root: 'data', file: SETTINGS_FILE.split('/').at(-1) ?? SETTINGS_FILE, field: `menu[${i}].page` },
        `no page has the file name "${raw.page}" (there is no content/pages/${raw.page}.mdx)${pages.length > 0 ? `; the pages are ${pages.map((p) => p.slug).join(', ')}` : ''}`,
      )
  })
  for (const page of pages)
    if (page.menu && !named.has(page.slug))
      report(
        { file: `pages/${page.slug}.mdx`, field: 'menu' },
        `the page asks to be in the menu, but ${SETTINGS_FILE} writes the menu out in full and does not name it: add "- page: ${page.slug}" where it should go, or remove menu: true`,
      )
}

/** The raw settings of a project folder: {} when it has no settings file. */
export function readSettingsData(root: string): Record<string, unknown> {
  const path = join(root, SETTINGS_FILE)
  if (!existsSync(path)) return {}
  const data: unknown = parseYaml(readFileSync(path, 'utf8').replace(/\r\n?/g, '\n'))
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...data } : {}
}

/** What the field checks cannot say about the settings: one of section or href, a valid language tag. */
export function settingsRules(data: Record<string, unknown>, report: (field: string, message: string) => void): void {
  if (typeof data.locale === 'string') {
    try {
      Intl.getCanonicalLocales(data.locale)
    } catch {
      report('locale', `"${data.locale}" is not a BCP 47 language tag (en, en-GB, zh-CN)`)
    }
  }
  if (!Array.isArray(data.menu)) return
  const seen = new Set<string>()
  data.menu.forEach((raw: unknown, i) => {
    if (typeof raw !== 'object' || raw === null) return
    const item: Record<string, unknown> = { ...raw }
    const at = `menu[${i}]`
    const targets = ['section', 'page', 'href'].filter((k) => item[k] !== undefined)
    if (targets.length > 1)
      report(at, `names both ${targets.join(' and ')}: keep one (a section and a page know their address)`)
    else if (targets.length === 0)
      report(at, `names neither a section (${SECTION_KEYS.join(', ')}), a page nor an href`)
    else if (item.href !== undefined && item.label === undefined) report(`${at}.label`, 'a link needs a label')
    if (typeof item.href === 'string' && !/^(\/|https:\/\/|mailto:)/.test(item.href))
      report(`${at}.href`, `"${item.href}" is neither a site path (/…) nor an https:// or mailto: address`)
    const key = [item.section, item.page, item.href].find((v): v is string => typeof v === 'string') ?? ''
    if (key && seen.has(key)) report(at, `"${key}" is in the menu twice`)
    seen.add(key)
  })
}
