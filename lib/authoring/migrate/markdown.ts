// A Jekyll page's Markdown (kramdown, Liquid, raw HTML) as a safe MDX body: what this site's
// content check accepts and its renderer draws. What cannot be carried is said in a note, never
// dropped silently; the result is checked like any content (lib/model/check.ts's checkBody).
import GithubSlugger from 'github-slugger'
import { nameToEmoji } from 'gemoji'
import { checkBody } from '../../model/check'
import { SITE_ADDRESS_LIQUID } from '../importer'

export interface MarkdownContext {
  /** The old site's own addresses (url + baseurl): links to them become site paths. */
  siteUrls: string[]
  /** Where a relative picture lives on this site: al-folio's assets/img/x.jpg becomes /images/x.jpg. */
  picturePath: (path: string) => string
  /** Records a note for the report: something changed or not carried over. */
  note: (message: string) => void
}

/** Elements HTML has: anything else after a < is text (al-folio's "<your name>"), escaped as &lt;. */
const HTML_TAGS = new Set(
  (
    'a abbr address article aside audio b bdi bdo blockquote br caption center cite code col colgroup dd del details dfn div dl dt em ' +
    'figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark nav ol p picture pre q s samp section small ' +
    'source span strong sub summary sup table tbody td tfoot th thead time tr u ul var video wbr font'
  ).split(' '),
)
const INLINE_OVER_LINES =
  /<(a|span|b|i|em|strong|small|sup|sub|u|font|abbr|code|kbd|mark)\b[^>]*>(?:(?!\n\s*\n)[\s\S])*?<\/\1>/g
const VOID_TAGS = new Set(['br', 'hr', 'img', 'source', 'wbr', 'col'])
/** Elements the content check refuses (they could run code or restyle the site): turned into a link or dropped. */
const REMOVED_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form'])
/** Attributes HTML deprecated for styles (html-validate's no-deprecated-attr): dropped, each said. */
const PRESENTATIONAL = new Set([
  'align',
  'valign',
  'bgcolor',
  'border',
  'cellpadding',
  'cellspacing',
  'color',
  'face',
  'size',
  'background',
  'nowrap',
  'hspace',
  'vspace',
  'frame',
  'rules',
])
/** Elements whose width and height are still HTML (a picture's, a video's). */
const SIZED = new Set(['img', 'video', 'source', 'picture'])
/** Addresses that run code when followed (the content check refuses them): never carried. */
const SCRIPT_URL = /^\s*(javascript|vbscript|data:text\/html)/i

/** Placeholders for the parts no rule may touch (code, the comments made here), as private-use characters. */
class Vault {
  private items: string[] = []
  keep(text: string): string {
    this.items.push(text)
    return `\uE000${this.items.length - 1}\uE001`
  }
  open(text: string): string {
    return text.replace(/\uE000(\d+)\uE001/g, (_, i: string) => this.items[Number(i)] ?? '')
  }
}

export function jekyllToMdx(source: string, ctx: MarkdownContext): string {
  const vault = new Vault()
  let text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')

  // Code is kept exactly: fenced blocks, then inline code spans.
  text = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?\n\1[ \t]*$/gm, (block) => vault.keep(block))
  text = text.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, (span) => vault.keep(span))
  // Math is TeX, braces and all: $$…$$ (MathJax's display and al-folio's inline) and $…$.
  text = text.replace(/\$\$[\s\S]+?\$\$|\$(?=\S)[^$\n]*?\S\$(?!\d)/g, (math) => vault.keep(math))

  // HTML comments: MDX comments, so nothing the author wrote is lost (and nothing shows, as before).
  text = text.replace(/<!--([\s\S]*?)-->/g, (_, inner: string) => vault.keep(`{/*${inner.replace(/\*\//g, '*\\/')}*/}`))

  text = liquid(text, ctx, vault)
  for (const base of ctx.siteUrls) {
    const root = base.replace(/\/+$/, '')
    if (root) text = text.split(`${root}/`).join('/')
  }
  // A link written with the old site's base path (al-folio's own about page: /al-folio/publications/)
  // is that site's page: here it is a site path without it.
  for (const basePath of new Set(ctx.siteUrls.map(pathOf).filter((p) => p !== '/' && p !== ''))) {
    const escaped = basePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    text = text.replace(new RegExp(`(\\]\\(\\s*<?|(?:href|src)\\s*=\\s*["'])${escaped}(?=/)`, 'g'), '$1')
  }
  text = kramdown(text, ctx)
  // An inline element written over several lines (a badge link: <a …>\n<img …>\n</a> text) is
  // one line of text to MDX only when it is written on one line.
  text = text.replace(INLINE_OVER_LINES, (whole) => whole.replace(/\s*\n\s*/g, ' '))
  text = html(text, ctx, vault)

  // Autolinks (<https://…>) are not MDX: ordinary links.
  text = text.replace(/<((?:https?|mailto):[^\s>]+)>/g, (_, url: string) => vault.keep(`[${url}](${url})`))
  text = text.replace(/<([^\s<>@]+@[^\s<>@]+\.[a-z]{2,})>/gi, (_, address: string) =>
    vault.keep(`[${address}](mailto:${address})`),
  )
  // A Markdown link to an address written without mailto:.
  text = text.replace(
    /(?<!!)\[([^\]]+)\]\(\s*([^\s@:/()]+@[^\s@/()]+\.[a-z]{2,})\s*\)/gi,
    (_, words: string, address: string) => {
      ctx.note(`the link to ${address} had no mailto: it writes to that address`)
      return `[${words}](mailto:${address})`
    },
  )
  // A link to nothing (# alone, a placeholder for an address to come): its words stay, with a note.
  text = text.replace(/(?<!!)\[([^\]]+)\]\(\s*#\s*\)/g, (whole, words: string) => {
    ctx.note(`the link "${words}" led nowhere (#): its words kept, add its address when there is one`)
    return words
  })
  // A Markdown link to a script address: its words stay, the address goes.
  text = text.replace(
    /(?<!!)\[([^\]]*)\]\(\s*<?((?:javascript|vbscript|data):(?:[^()\s>]|\([^()]*\))*)>?\s*\)/gi,
    (whole, words: string, url: string) => {
      if (!SCRIPT_URL.test(url)) return whole
      ctx.note(
        `the link "${words}" to ${oneLine(url).slice(0, 60)} was dropped, its words kept: content is data, not code`,
      )
      return words
    },
  )
  // Markdown pictures: local ones moved with the files, remote ones (never loaded here) become a
  // link to the picture, or their alt text inside a link of their own (a badge).
  text = text.replace(
    /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)(\]\()?/g,
    (whole, alt: string, url: string, linked?: string) => {
      if (/^(https?:)?\/\//.test(url)) {
        const label = alt || 'picture'
        ctx.note(
          linked
            ? `the picture ${url} is on another site (pages never load from another origin): its alt text "${label}" stands in its place in the link`
            : `the picture ${url} is on another site (pages never load from another origin): it became a link, "${label}"`,
        )
        return linked ? `${label}](` : `[${label}](${url.startsWith('//') ? `https:${url}` : url})`
      }
      if (linked) return `![${alt || pictureAlt(url)}](${ctx.picturePath(url)})](`
      return `![${alt || pictureAlt(url)}](${ctx.picturePath(url)})`
    },
  )

  // GitHub's emoji names (jemoji, on by default in both themes): the emoji itself.
  text = text.replace(/:([a-z0-9_+-]+):/g, (whole, name: string) => nameToEmoji[name] ?? whole)
  // What MDX reads as code: a bare { or }, and a < that starts no element.
  text = text.replace(/[{}]/g, (c) => `\\${c}`)
  text = text.replace(/<(?!\/?([A-Za-z][A-Za-z0-9]*)\b)/g, '&lt;')
  text = text.replace(/<(\/?)([A-Za-z][A-Za-z0-9]*)\b/g, (whole, slash: string, name: string) =>
    HTML_TAGS.has(name.toLowerCase()) ? whole : `&lt;${slash}${name}`,
  )
  return (
    inPageLinks(vault.open(text), ctx)
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  )
}

/**
 * Links to a part of the page (#publications) that the body does not have (the old theme drew that
 * part): to the page of this site that holds it (its publications, its CV), else their words alone,
 * each said.
 */
function inPageLinks(body: string, ctx: MarkdownContext): string {
  const slugger = new GithubSlugger()
  const ids = new Set<string>()
  for (const m of body.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) ids.add(slugger.slug(m[1] ?? ''))
  for (const m of body.matchAll(/\bid="([^"]+)"/g)) ids.add(m[1] ?? '')
  const target = (id: string): string | undefined => {
    if (ids.has(id)) return `#${id}`
    // The pages every site here has; another section (talks, news) may have no page on the migrated site.
    const section = /^(publications?|papers|cv)$/i.exec(id)?.[1]
    if (!section) return undefined
    const page = /^cv$/i.test(section) ? 'cv' : 'publications'
    ctx.note(`the link to #${id}, a part of the old page, leads to /${page}/`)
    return `/${page}/`
  }
  const dropped = (id: string) =>
    ctx.note(`the link to #${id} led to a part of the old page that is not here: its words kept`)
  return body
    .replace(/(?<!!)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(#([^)\s]+)\)/g, (whole, words: string, id: string) => {
      const to = target(id)
      if (to === `#${id}`) return whole
      if (to) return `[${words}](${to})`
      dropped(id)
      return words
    })
    .replace(/<a\b([^>]*?)\shref="#([^"]+)"([^>]*)>/g, (whole, before: string, id: string, after: string) => {
      const to = target(id)
      if (to === `#${id}`) return whole
      if (to) return `<a${before} href="${to}"${after}>`
      dropped(id)
      return `<a${before}${after}>`
    })
}

/** Front matter text (an excerpt, a summary) without the Liquid that only a Jekyll page could expand. */
export function stripLiquid(text: string): string {
  return text
    .replace(SITE_ADDRESS_LIQUID, '')
    .replace(/\{%-?[\s\S]*?-?%\}|\{\{-?[\s\S]*?-?\}\}/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Liquid: the site's own address goes (links become site paths), includes that draw a picture or video become Markdown, the rest is reported. */
function liquid(text: string, ctx: MarkdownContext, vault: Vault): string {
  let out = text.replace(/\{%-?\s*(end)?raw\s*-?%\}/g, '')
  out = out.replace(SITE_ADDRESS_LIQUID, '')
  out = out.replace(/\{%-?\s*include\s+base_path\s*-?%\}/g, '')
  // al-folio: {% include figure.liquid path="assets/img/1.jpg" title="example image" class="…" %}
  out = out.replace(
    /\{%-?\s*include\s+(figure|video)(?:\.liquid|\.html)?\s+([\s\S]*?)-?%\}/g,
    (whole, kind: string, args: string) => {
      const attr = (name: string) => {
        const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(args)
        return m ? (m[1] ?? m[2]) : undefined
      }
      const path = attr('path')
      if (!path) {
        ctx.note(`the Liquid include ${oneLine(whole)} names no path: not carried`)
        return ''
      }
      const label = attr('alt') ?? attr('title') ?? attr('caption')
      if (kind === 'video' || /^(https?:)?\/\//.test(path)) {
        ctx.note(`the ${kind} ${path} (a Liquid include) became a link`)
        return vault.keep(`[${label ?? 'Video'}](${path.startsWith('//') ? `https:${path}` : path})`)
      }
      const where = ctx.picturePath(path)
      if (!label) ctx.note(`the figure ${path} had no alt text or title: its file name stands in; describe it`)
      return vault.keep(`![${label ?? pictureAlt(path)}](${where})`)
    },
  )
  out = out.replace(/\{%-?[\s\S]*?-?%\}|\{\{-?[\s\S]*?-?\}\}/g, (tag) => {
    ctx.note(`the Liquid ${oneLine(tag)} has no equivalent here: not carried`)
    return ''
  })
  return out
}

/** kramdown's attribute lists ({: .notice}) and extensions ({::options}) style Jekyll's theme only. */
function kramdown(text: string, ctx: MarkdownContext): string {
  return text
    .replace(/^[ \t]*\{:{1,2}[^}\n]*\}[ \t]*$\n?/gm, (ial) => {
      ctx.note(`the kramdown attribute ${ial.trim()} (a style of the old theme) was dropped`)
      return ''
    })
    .replace(/\{:[^}\n]*\}/g, (ial) => {
      ctx.note(`the kramdown attribute ${ial.trim()} (a style of the old theme) was dropped`)
      return ''
    })
}

/** Raw HTML as JSX: void elements closed, class -> className, inline styles and scripts out, remote pictures as their alt text. */
function html(text: string, ctx: MarkdownContext, vault: Vault): string {
  // HTML 4's <center> and <font> are HTML no more: a <div> and a <span> (their styles go below).
  let out = text.replace(/<(\/?)(center|font)\b/gi, (_, slash: string, tag: string) => {
    if (!slash)
      ctx.note(`a <${tag.toLowerCase()}> (HTML has it no more) became a <${/center/i.test(tag) ? 'div' : 'span'}>`)
    return `<${slash}${/center/i.test(tag) ? 'div' : 'span'}`
  })
  for (const tag of REMOVED_TAGS) {
    out = out.replace(
      new RegExp(`<${tag}\\b([^>]*)>(?:[\\s\\S]*?<\\/${tag}>)?|<${tag}\\b[^>]*\\/>`, 'gi'),
      (whole, attrs: string = '') => {
        const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1]
        // A frame or an embedded object shows something a reader may follow; a script's address means nothing to them.
        if (src && tag !== 'script' && /^(https?:)?\/\//.test(src)) {
          ctx.note(`the <${tag}> ${src} became a link (embedded frames and scripts do not run here)`)
          return vault.keep(`[${src}](${src.startsWith('//') ? `https:${src}` : src})`)
        }
        ctx.note(
          `a <${tag}> element was dropped (it could run code or restyle the site): ${oneLine(whole).slice(0, 80)}`,
        )
        return ''
      },
    )
  }
  return out.replace(
    /<([A-Za-z][A-Za-z0-9]*)\b((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g,
    (whole, name: string, attrs: string, selfClose: string, offset: number, all: string) => {
      const tag = name.toLowerCase()
      if (!HTML_TAGS.has(tag)) return whole
      const kept: string[] = []
      let src: string | undefined
      let alt: string | undefined
      for (const m of attrs.matchAll(/([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
        const attr = m[1] ?? ''
        const raw = m[2]
        const value = raw?.replace(/^["']|["']$/g, '')
        const key = attr.toLowerCase()
        if (key === 'style') {
          ctx.note(
            `the inline style style="${value ?? ''}" on <${tag}> was dropped (the site's styles come from its stylesheet)`,
          )
          continue
        }
        // HTML 4's presentational attributes (a table cell's width, align, bgcolor): styles of the old theme, no longer HTML.
        if (PRESENTATIONAL.has(key) || ((key === 'width' || key === 'height') && !SIZED.has(tag))) {
          ctx.note(
            `the attribute ${attr}="${value ?? ''}" on <${tag}> was dropped (a style of the old theme; HTML has it no more)`,
          )
          continue
        }
        if (/^on/.test(key)) {
          ctx.note(`the event handler ${attr} on <${tag}> was dropped: content is data, not code`)
          continue
        }
        // An address written without mailto: (href="name@example.org") is one to write to.
        if (key === 'href' && value && /^[^\s@:/]+@[^\s@/]+\.[a-z]{2,}$/i.test(value.trim())) {
          ctx.note(`the link to ${value.trim()} had no mailto: it writes to that address`)
          kept.push(`href="mailto:${value.trim()}"`)
          continue
        }
        if (key === 'href' && value?.trim() === '#') {
          ctx.note(`a link on <${tag}> led nowhere (href="#"): its words kept, add its address when there is one`)
          continue
        }
        if (value !== undefined && SCRIPT_URL.test(value)) {
          ctx.note(
            `the script address ${attr}="${oneLine(value).slice(0, 60)}" on <${tag}> was dropped: content is data, not code`,
          )
          continue
        }
        if (key === 'src') src = value
        if (key === 'alt') alt = value
        const jsxName = key === 'class' ? 'className' : key === 'for' ? 'htmlFor' : attr
        kept.push(value === undefined ? jsxName : `${jsxName}="${value.replace(/"/g, '&quot;')}"`)
      }
      if (tag === 'img') {
        if (!src || /^(https?:)?\/\//.test(src)) {
          // Inside a link of its own (a badge) its alt text stands in the link; alone, it becomes a link to the picture.
          const before = all.slice(0, offset)
          const inLink = (before.match(/<a\b/gi) ?? []).length > (before.match(/<\/a>/gi) ?? []).length
          if (!src || inLink) {
            ctx.note(
              `the picture ${src ?? '(no src)'} is on another site (pages never load from another origin): its alt text "${alt ?? ''}" stands in its place`,
            )
            return alt ?? ''
          }
          const href = src.startsWith('//') ? `https:${src}` : src
          ctx.note(
            `the picture ${src} is on another site (pages never load from another origin): it became a link, "${alt || 'picture'}"`,
          )
          return `<a href="${href.replace(/"/g, '&quot;')}">${alt || 'picture'}</a>`
        }
        const local = ctx.picturePath(src)
        const i = kept.findIndex((k) => /^src=/i.test(k))
        kept[i] = `src="${local}"`
        if (!alt) kept.push(`alt="${pictureAlt(src)}"`)
      }
      const close = VOID_TAGS.has(tag) || selfClose ? ' /' : ''
      return vault.keep(`<${name}${kept.length ? ` ${kept.join(' ')}` : ''}${close}>`)
    },
  )
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()

/** The path of an address (https://name.github.io/al-folio -> /al-folio), '' when it is none. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname.replace(/\/+$/, '')
  } catch {
    return ''
  }
}

/** A picture's file name as words, when the old site gave it no alt text: "prof_pic.jpg" -> "prof pic". */
function pictureAlt(path: string): string {
  return (path.split('/').at(-1) ?? path).replace(/\.[a-z0-9]+$/i, '').replace(/[-_]+/g, ' ')
}

/** The converted body's problems, as the content check would report them (line numbers of the MDX). */
export function mdxProblems(body: string, file: string): string[] {
  return checkBody(body, 0, file).map((p) => p.message)
}
