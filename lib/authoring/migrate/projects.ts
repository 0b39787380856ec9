// Projects of a Jekyll site: al-folio's _projects/ (title, description, img, importance, category,
// github, redirect, a body with figures and {% cite %} tags) and Academic Pages' _portfolio/
// (title, excerpt with its picture, a body): each a project of content/projects/, with a page of its
// own when it has a body, its picture, category, order, repository or site, related papers and its
// old address as a redirect.
import { basename, join } from 'node:path'
import { oldAddress, plainHtml, readJekyll, text, unreadFields, type Plan } from './plan'
import { collection } from './plan'

export interface ProjectsOptions {
  folder: string
  /** The collection's address pattern on the old site. */
  pattern: string
  picturePath: (path: string) => string
  /** How the collection was read, when it is the site's own (_research/ as projects). */
  read?: string
}

const READ = [
  ...['title', 'description', 'excerpt', 'img', 'image', 'header', 'importance', 'category', 'github'],
  ...['repository', 'repo', 'redirect', 'paperurl', 'permalink', 'redirect_from', 'related_publications', 'date'],
]

export function readProjects(plan: Plan, options: ProjectsOptions): void {
  for (const file of collection(plan.root, options.folder))
    plan.guard(file, () => {
      const { data, body: source } = readJekyll(join(plan.root, file))
      if (plan.skipSample(file, text(data.title))) return
      const notes: string[] = options.read ? [options.read] : []
      const title =
        text(data.title) ||
        basename(file)
          .replace(/\.[a-z]+$/i, '')
          .replace(/^\d+[_-]/, '')
      const excerpt = text(data.excerpt)
      const project: Record<string, unknown> = { name: plainHtml(title) }

      const repo = text(data.github) || text(data.repository) || text(data.repo)
      if (repo) project.repository = /^https?:/.test(repo) ? repo : `https://github.com/${repo.replace(/^\/+/, '')}`
      const redirect = text(data.redirect) || text(data.paperurl)
      if (redirect) {
        project.website = redirect.replace(/^\{\{[^}]*\}\}/, '')
        notes.push(`${text(data.redirect) ? 'redirect' : 'paperurl'}: ${redirect}: the project's website`)
      }

      // The one line: the description, else the excerpt's words, else the body's first sentence, else the title.
      const line = plainHtml(text(data.description)) || plainHtml(excerpt) || firstSentence(source) || plainHtml(title)
      // A card's line is one sentence: a longer text (an abstract as the excerpt) opens the project's page instead.
      const long = line.length > 200 ? line : undefined
      project.description = long ? firstSentence(long) : line
      if (long)
        notes.push(
          `its description was ${long.split(/\s+/).length} words: the first sentence is the card's line, the whole opens its page`,
        )
      if (!text(data.description) && !plainHtml(excerpt))
        notes.push(`it has no description: "${line}" stands in (write one line of your own)`)

      const picture = text(data.img) || text(data.image) || /<img\b[^>]*\bsrc=["']([^"']+)["']/i.exec(excerpt)?.[1]
      if (picture && /^(https?:)?\/\//.test(picture))
        notes.push(
          `the picture ${picture} is on another site (pages never load from another origin): save it under public/images/ and set image`,
        )
      else if (picture) project.image = options.picturePath(picture)
      if (text(data.category)) project.category = text(data.category)
      const importance = Number(data.importance)
      if (data.importance !== undefined && Number.isFinite(importance)) project.order = importance

      // {% cite key %} in the body names the papers the project belongs to; {% bibliography --cited %} lists them.
      const cited = [...source.matchAll(/\{%-?\s*cite\s+([^%]+?)\s*-?%\}/g)].flatMap((m) =>
        (m[1] ?? '').split(/[\s,]+/).filter(Boolean),
      )
      const papers = cited.flatMap((key) => {
        const paper = plan
          .documentsIn('publications')
          .find((d) =>
            d.sources.some((s) => new RegExp(`@\\w+\\{${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\}$`).test(s)),
          )
        if (!paper)
          notes.push(`{% cite ${key} %}: no migrated paper has that key, so it is not among the project's papers`)
        return paper ? [paper.slug] : []
      })
      if (papers.length > 0) {
        const slugs = [...new Set(papers)]
        project.papers = slugs
        notes.push(`the papers it cites are its papers: ${slugs.join(', ')}`)
      }
      const converted = plan.mdx(
        source.replace(/\{%-?\s*cite\s+([^%]+?)\s*-?%\}/g, '').replace(/\{%-?\s*bibliography\b[^%]*-?%\}/g, ''),
        notes,
        options.picturePath,
      )
      const opening =
        long && !plainHtml(source).includes(long.slice(0, 80)) ? plan.mdx(long, notes, options.picturePath) : ''
      const body = [opening, converted].filter((b) => b.trim()).join('\n')
      const slug = plan.freeSlug('projects', title)
      const old = oldAddress(data, options.pattern, { path: basename(file).replace(/\.[a-z]+$/i, '') })
      if (old.length > 0) project.redirectFrom = old
      unreadFields(data, READ, notes)
      plan.add({ folder: 'projects', slug, data: project, body, sources: [file] })
      plan.record(
        file,
        `content/projects/${slug}.mdx${body.trim() ? ` (a page of its own, /projects/${slug}/)` : ' (a card on /projects/)'}`,
        notes,
      )
    })
}

/** The first sentence of a body's text, for a project with no description. */
function firstSentence(body: string): string {
  const plain = plainHtml(
    body
      .replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, '')
      .replace(/^#+\s.*$/gm, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1'),
  )
  const sentence = /^(.{10,200}?[.!?])(\s|$)/.exec(plain)?.[1]
  if (sentence) return sentence.trim()
  // No sentence ends soon enough: the words that fit, and an ellipsis.
  return plain.length <= 160
    ? plain.trim()
    : `${plain
        .slice(0, 160)
        .replace(/\s+\S*$/, '')
        .trim()}…`
}
