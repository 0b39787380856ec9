// The one remark/rehype plugin list every MDX body is compiled with: math rendered by KaTeX and
// code highlighted by Shiki at build time, so neither costs the visitor any JavaScript.
import { createHash } from 'node:crypto'
import rehypeShiki from '@shikijs/rehype'
import type { Element, Root as HastRoot } from 'hast'
import rehypeKatex from 'rehype-katex'
import rehypeSlug from 'rehype-slug'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import type { Image, Link, PhrasingContent, Root } from 'mdast'
import type { PluggableList } from 'unified'
import { visit, SKIP } from 'unist-util-visit'
import { KATEX_OPTIONS } from './model/math'
import { BLOCKED_TAGS, jsxAttribute } from './model/mdx'

/** Defence in depth: drops blocked JSX elements if one ever gets past the content check. */
function remarkDropBlockedTags() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name &&
        BLOCKED_TAGS.has(node.name.toLowerCase()) &&
        parent &&
        index !== undefined
      ) {
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
    })
  }
}

/**
 * MDX never hands JSX written as <img> or <a> to the component map (only Markdown's ![]() and
 * []()), so those would skip picture optimisation, the base path and rel="noopener noreferrer".
 * They become the Markdown nodes they mean.
 */
function remarkJsxAsMarkdown() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !parent || index === undefined)
        return
      const attr = (name: string) => jsxAttribute(node, name)
      let replacement: Image | Link | undefined
      if (node.name === 'img')
        replacement = { type: 'image', url: attr('src') ?? '', alt: attr('alt') ?? '', title: attr('title') ?? null }
      else if (node.name === 'a' && attr('href') !== undefined) {
        replacement = {
          type: 'link',
          url: attr('href') ?? '',
          title: attr('title') ?? null,
          children: node.children as PhrasingContent[],
        }
      }
      if (replacement) parent.children.splice(index, 1, replacement as (typeof parent.children)[number])
    })
  }
}

/**
 * Each highlighted block gets a copy button (shown only with JavaScript, wired by the enhancement
 * script) and an id for it to copy from; long lines scroll inside the block (see globals.css).
 */
/** Display math wider than the column scrolls inside itself (globals.css): the keyboard must reach it. */
function rehypeFocusableDisplayMath() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties.className
      if (Array.isArray(classes) && classes.includes('katex-display')) node.properties.tabIndex = 0
    })
  }
}

function rehypeCodeCopy() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return
      const id = `code-${createHash('sha256').update(JSON.stringify(node.children)).digest('hex').slice(0, 10)}`
      node.properties.id = id
      node.properties.tabIndex = 0
      const button: Element = {
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', dataCopy: id, dataJsOnly: '', className: ['code-copy'] },
        children: [{ type: 'text', value: 'Copy' }],
      }
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-block'] },
        children: [button, node],
      }
      parent.children.splice(index, 1, wrapper)
      return SKIP
    })
  }
}

/**
 * A body's headings, fitted to where it is shown: its highest level becomes `top` (the level under
 * the page's own heading there) and each level below follows without a gap, in the order the
 * author used them. A news item's "#### List" under the home page's h2 is an h3, not an h4.
 */
export function remarkHeadingLevels(top: number) {
  // A heading written as HTML (<h1> in an old site's page) is a heading too.
  const jsxLevel = (node: { type: string; name?: string | null }) =>
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^h[1-6]$/.test(node.name ?? '')
      ? Number(node.name?.slice(1))
      : undefined
  return () => (tree: Root) => {
    const used = new Set<number>()
    visit(tree, (node) => {
      const level = node.type === 'heading' ? node.depth : jsxLevel(node)
      if (level) used.add(level)
    })
    const levels = [...used].sort((a, b) => a - b)
    const fitted = (level: number) => Math.min(6, top + levels.indexOf(level))
    visit(tree, (node) => {
      if (node.type === 'heading') node.depth = fitted(node.depth) as typeof node.depth
      else {
        const level = jsxLevel(node)
        if (level && 'name' in node) node.name = `h${fitted(level)}`
      }
    })
  }
}

/**
 * Ids the pages' own markup uses (the skip link's main, a paper's abstract and cite sections, the
 * home page's sections): a body's element or heading with one of them (a migrated "# Abstract", an
 * old theme's <div id="main">) takes the next free one, and the body's links to it follow.
 */
export const PAGE_IDS: ReadonlySet<string> = new Set([
  ...['main', 'about', 'abstract', 'notes', 'cite', 'cite-apa', 'cite-bibtex', 'papers', 'news'],
  ...['selected-publications', 'education', 'interests', 'awards', 'activities', 'search-query', 'missing-query'],
])

function rehypeKeepPageIds() {
  // An element's id, as hast has it, or as an attribute of JSX written in the body (<div id="main">).
  type Node = {
    type: string
    properties?: Record<string, unknown>
    attributes?: { type: string; name?: string; value?: unknown }[]
  }
  const attr = (node: Node, name: string) =>
    node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string')
  const get = (node: Node, name: string): string | undefined => {
    const v = node.properties?.[name] ?? attr(node, name)?.value
    return typeof v === 'string' ? v : undefined
  }
  const set = (node: Node, name: string, value: string) => {
    const a = attr(node, name)
    if (a) a.value = value
    else if (node.properties) node.properties[name] = value
  }
  return (tree: HastRoot) => {
    const used = new Set<string>()
    visit(tree, (node: Node) => {
      const id = get(node, 'id')
      if (id) used.add(id)
    })
    const renamed = new Map<string, string>()
    visit(tree, (node: Node) => {
      const id = get(node, 'id')
      if (!id || !PAGE_IDS.has(id)) return
      let n = 1
      while (used.has(`${id}-${n}`) || PAGE_IDS.has(`${id}-${n}`)) n++
      renamed.set(id, `${id}-${n}`)
      used.add(`${id}-${n}`)
      set(node, 'id', `${id}-${n}`)
    })
    if (renamed.size === 0) return
    visit(tree, (node: Node) => {
      const href = get(node, 'href')
      const to = href?.startsWith('#') ? renamed.get(href.slice(1)) : undefined
      if (to) set(node, 'href', `#${to}`)
    })
  }
}

export const remarkPlugins: PluggableList = [remarkGfm, remarkMath, remarkDropBlockedTags, remarkJsxAsMarkdown]
export const rehypePlugins: PluggableList = [
  rehypeSlug,
  rehypeKeepPageIds,
  [rehypeKatex, KATEX_OPTIONS],
  rehypeFocusableDisplayMath,
  [
    rehypeShiki,
    {
      // Light colours inline, dark ones as --shiki-dark, switched by the theme in globals.css.
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: 'light',
      langs: [],
      lazy: true,
      fallbackLanguage: 'text',
    },
  ],
  rehypeCodeCopy,
]
