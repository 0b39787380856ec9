// The one remark/rehype plugin list every MDX body is compiled with.
import rehypeSlug from 'rehype-slug'
import type { Root } from 'mdast'
import { visit, SKIP } from 'unist-util-visit'

/** Raw HTML elements that could run code or restyle the page; the content check rejects them too. */
export const BLOCKED_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form'])

/** Defence in depth: drops blocked JSX elements if one ever gets past the content check. */
function remarkDropBlockedTags() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && BLOCKED_TAGS.has(node.name.toLowerCase()) && parent && index !== undefined) {
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
    })
  }
}

export const remarkPlugins = [remarkDropBlockedTags]
export const rehypePlugins = [rehypeSlug]
