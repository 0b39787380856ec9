// Math, as the site renders and checks it: KaTeX at build time, the same options everywhere, so
// a formula the content check accepts is one the build renders.
import type { Root as HastRoot, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import katex from 'katex'

export const KATEX_OPTIONS = { throwOnError: true, strict: 'ignore', output: 'htmlAndMathml' } as const

/** KaTeX's complaint about a formula, or undefined when it renders. */
export function mathProblem(tex: string, displayMode: boolean): string | undefined {
  try {
    katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode })
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error)
  }
}

/** Text with inline math, `$…$`, split into its parts; `\$` is a dollar sign. */
export function mathParts(text: string): { math: boolean; value: string }[] {
  const parts: { math: boolean; value: string }[] = []
  const pattern = /(?<!\\)\$([^$]+?)(?<!\\)\$/g
  let last = 0
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push({ math: false, value: text.slice(last, m.index).replace(/\\\$/g, '$') })
    parts.push({ math: true, value: m[1] ?? '' })
    last = m.index + m[0].length
  }
  if (last < text.length) parts.push({ math: false, value: text.slice(last).replace(/\\\$/g, '$') })
  return parts
}

/**
 * A formula as plain text, for places that take no markup (meta tags, JSON-LD, feeds, OG cards):
 * KaTeX's MathML read back as characters, with scripts and fractions written out.
 * "O(n^2)" stays "O(n^2)", "\alpha" becomes "α", "\frac{1}{2}" becomes "1/2".
 */
export function texToText(tex: string): string {
  const tree = fromHtml(katex.renderToString(tex, { ...KATEX_OPTIONS, throwOnError: false, output: 'mathml' }), {
    fragment: true,
  })
  const group = (s: string) => (s.length > 1 ? `(${s})` : s)
  const text = (node: RootContent | HastRoot): string => {
    if (node.type === 'text') return node.value
    if (node.type !== 'element' && node.type !== 'root') return ''
    if (node.type === 'element' && node.tagName === 'annotation') return ''
    const [a = '', b = '', c = ''] = node.children.map(text)
    switch (node.type === 'element' ? node.tagName : '') {
      case 'msup':
        return `${a}^${group(b)}`
      case 'msub':
        return `${a}_${group(b)}`
      case 'msubsup':
        return `${a}_${group(b)}^${group(c)}`
      case 'mfrac':
        return `${group(a)}/${group(b)}`
      case 'msqrt':
        return `√${group(node.children.map(text).join(''))}`
      default:
        return node.children.map(text).join('')
    }
  }
  return text(tree).replace(/\s+/g, ' ').trim()
}

/** Text with inline math as plain text: the formulas written out, the dollar signs gone. */
export function plainMath(text: string): string {
  return mathParts(text)
    .map((p) => (p.math ? texToText(p.value) : p.value))
    .join('')
}
