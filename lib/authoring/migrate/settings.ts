// The old site's menu, language and list addresses as this site's settings (data/site.yml): each
// item of the old menu becomes a section, a page or a link, in the old order; the theme's lists
// and their pages (/year-archive/, /blog/page/2/) become redirects to the sections that replace
// them. Made from the plan as it stands after the check's repairs, so an item never names a page
// that was held back or renamed.
import { SECTIONS } from '../../model/settings'
import { DOCUMENT_TYPES, ownPage } from '../../model/schema'
import { redirectKey } from '../../model/rules'
import type { Plan } from './plan'
import { sectionFor, slashed } from './pages'

export interface MigratedSettings {
  /** The menu, when the old site had one. */
  menu?: Record<string, string>[]
  redirects: { from: `/${string}`; to: `/${string}` }[]
  locale?: string
  /** What became of each old menu item and list address, for the report. */
  notes: string[]
}

export function migratedSettings(plan: Plan): MigratedSettings {
  const notes: string[] = []
  const menu: Record<string, string>[] = []
  const named = new Set<string>()
  const add = (item: Record<string, string>, key: string) => {
    if (named.has(key)) return
    named.add(key)
    menu.push(item)
  }
  const ordered = [...plan.oldMenu].sort((a, b) => (a.order || 0) - (b.order || 0))
  if (ordered.length > 0) add({ section: 'about' }, 'section:about')
  for (const item of ordered) {
    const url = ownAddress(plan, item.url)
    const label = item.label
    const section = SECTIONS.find((s) => s.href === slashed(url) || (url === '/' && s.key === 'about'))
    const page = pageAt(plan, url)
    // A section's own address is the section (a page written there is kept as a draft), else a page, else a section by its words.
    if (/^(https?:|mailto:)/.test(url)) add({ label, href: url }, url)
    else if (page && !section)
      add({ page: page.slug, ...(sameWords(label, String(page.data.title)) ? {} : { label }) }, `page:${page.slug}`)
    else if (section || sectionFor(url)) {
      const s = section ?? SECTIONS.find((x) => x.href === sectionFor(url))
      if (!s) continue
      add({ section: s.key, ...(sameWords(label, s.label) ? {} : { label }) }, `section:${s.key}`)
      if (!section) notes.push(`menu: "${label}" (${item.url}) is ${s.href} here`)
    } else if (/\.[a-z0-9]+$/i.test(url) && plan.assets.some((a) => a.to === url)) add({ label, href: url }, url)
    else
      notes.push(`menu: "${label}" (${item.url}) leads nowhere here (its page was not migrated): left out of the menu`)
  }
  if (ordered.length > 0) {
    const shown = menu
      .map(
        (m) =>
          m.label ??
          (m.page ? String(plan.documentsIn('pages').find((d) => d.slug === m.page)?.data.title) : m.section),
      )
      .join(', ')
    notes.push(`the menu, in the old order: ${shown}`)
    // Sections the migration filled that the old menu did not link keep their pages, off the menu.
    const off = SECTIONS.filter(
      (s) =>
        s.type?.optional &&
        !named.has(`section:${s.key}`) &&
        plan.documents.some((d) => DOCUMENT_TYPES.find((t) => t.folder === d.folder)?.page === s.href),
    )
    if (off.length > 0)
      notes.push(
        `${off.map((s) => s.href).join(', ')} ha${off.length === 1 ? 's' : 've'} entries the old menu did not link: off the menu, as before (add - section: ${off[0]?.key} to data/site.yml to show it)`,
      )
  }

  // The lists' old addresses, unless an entry has one already or it is a page of this site.
  const taken = new Set(
    plan.documents.flatMap((d) =>
      Array.isArray(d.data.redirectFrom) ? d.data.redirectFrom.map((p) => redirectKey(String(p))) : [],
    ),
  )
  const pages = new Set([
    ...SECTIONS.map((s) => s.href as string),
    ...plan.documents.flatMap(
      (d) =>
        ownPage(
          DOCUMENT_TYPES.find((t) => t.folder === d.folder),
          d.slug,
          d.body,
        ) ?? [],
    ),
  ])
  const redirects: MigratedSettings['redirects'] = []
  for (const r of plan.listRedirects) {
    const to = sectionWithEntries(plan, r.to) ? r.to : '/'
    if (
      taken.has(redirectKey(r.from)) ||
      pages.has(redirectKey(r.from)) ||
      redirects.some((x) => redirectKey(x.from) === redirectKey(r.from))
    )
      continue
    redirects.push({ from: r.from, to })
  }
  if (redirects.length > 0)
    notes.push(`old list addresses kept: ${redirects.map((r) => `${r.from} -> ${r.to}`).join(', ')}`)
  const lost = plan.lostAddresses.filter(
    (l) => !pages.has(redirectKey(l.path)) && !redirects.some((r) => redirectKey(r.from) === redirectKey(l.path)),
  )
  if (lost.length > 0)
    notes.push(
      `old addresses that land nowhere (the site's 404 page): ${lost.map((l) => `${l.path} (${l.why})`).join(', ')}`,
    )
  return { ...(ordered.length > 0 ? { menu } : {}), redirects, ...(plan.locale ? { locale: plan.locale } : {}), notes }
}

/** A URL of the old site as a path here: its own address and base path dropped, .html as a folder. */
function ownAddress(plan: Plan, url: string): string {
  let path = url.trim()
  for (const base of plan.siteUrls)
    if (base && path.startsWith(base)) path = path.slice(base.replace(/\/+$/, '').length) || '/'
  if (/^(https?:|mailto:)/.test(path)) return path
  if (!path.startsWith('/')) path = `/${path}`
  return /\.(pdf|bib|txt|zip|png|jpe?g|svg|gif)$/i.test(path) ? path : slashed(path)
}

/** The migrated page an old address is (its own address, or one it keeps as redirectFrom). */
function pageAt(plan: Plan, url: string) {
  return plan
    .documentsIn('pages')
    .find(
      (d) =>
        d.data.draft !== true &&
        (`/${d.slug}/` === url ||
          (Array.isArray(d.data.redirectFrom) && d.data.redirectFrom.some((p) => slashed(String(p)) === url))),
    )
}

function sectionWithEntries(plan: Plan, href: string): boolean {
  // The CV page is drawn from the other sections: it is always there.
  if (SECTIONS.some((s) => s.href === href && !s.type)) return true
  return DOCUMENT_TYPES.some(
    (t) =>
      t.page === href && (!t.optional || plan.documents.some((d) => d.folder === t.folder && d.data.draft !== true)),
  )
}

const sameWords = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()
