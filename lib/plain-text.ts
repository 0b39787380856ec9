// An MDX body as plain text, for places that take no markup: feed entries, JSON-LD descriptions.
import { toString } from 'mdast-util-to-string'
import remarkMath from 'remark-math'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath)

/** The words of a Markdown/MDX body, paragraphs joined by a space; cut at `max` characters with an ellipsis. */
export function plainText(body: string, max = Infinity): string {
  const tree = parser.parse(body)
  const text = tree.children
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}
