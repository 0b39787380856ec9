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
  return () => (tree: Root) => {
    const used = new Set<number>()
    visit(tree, 'heading', (node) => void used.add(node.depth))
    const levels = [...used].sort((a, b) => a - b)
    visit(tree, 'heading', (node) => {
      node.depth = Math.min(6, top + levels.indexOf(node.depth)) as typeof node.depth
    })
  }
}

export const remarkPlugins: PluggableList = [remarkGfm, remarkMath, remarkDropBlockedTags, remarkJsxAsMarkdown]
export const rehypePlugins: PluggableList = [
  rehypeSlug,
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
