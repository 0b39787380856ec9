// What an MDX body may contain, shared by the content check (which rejects the rest) and the
// site's remark plugins (which drop it again, in depth).
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'

/** Raw HTML elements that could run code or restyle the page. */
export const BLOCKED_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form'])

/** A JSX element's attribute written as a plain string (name="value"), else undefined. */
export function jsxAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const value = node.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  )?.value
  return typeof value === 'string' ? value : undefined
}
