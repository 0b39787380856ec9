// The one remark/rehype plugin list every MDX body is compiled with.
import rehypeSlug from 'rehype-slug'
import type { Image, Link, PhrasingContent, Root } from 'mdast'
import { visit, SKIP } from 'unist-util-visit'
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

export const remarkPlugins = [remarkDropBlockedTags, remarkJsxAsMarkdown]
export const rehypePlugins = [rehypeSlug]
