// Author lists as people write them in citation strings and front matter, one person each:
// "Given Family, Given Family and Given Family" (IEEE, plain), "Family, G., Family, G., & Family, G."
// (APA), "Family, Given, Given Family, and Given Family" (MLA: the first author inverted),
// "Family, Given, Family, Given" (Chicago-like, told apart from two people by the shape of its
// parts), "Family G" without a comma (Vancouver), initials, particles (van, de la) and CJK names
// written without spaces. What follows the names (a quoted title, "(2023, July).", a title after
// the last initial) is not a name; "et al." ends the list.

/** The names of a citation string, each "Family, Given" or "Given Family" (or one word), in order. */
export function citationAuthors(citation: string): string[] {
  return parseAuthorList(citation).names
}

/** A citation's names, and whether it cut the list short ("et al.", "and others"). */
export function parseAuthorList(citation: string): { names: string[]; truncated: boolean } {
  const { head, truncated } = namesPart(citation)
  const tokens = head
    .split(/\s*(?:;|,|\\?&|\band\b)\s*/)
    .map((t) => t.trim().replace(/^\.+|,+$/g, ''))
    .filter(Boolean)
  const names: string[] = []
  // The first author says the list's order: "Family, Given" first, or "Given Family".
  let i = 0
  while (i < tokens.length) {
    const token = cutAtTitle(tokens[i] ?? '')
    const next = tokens[i + 1] !== undefined ? cutAtTitle(tokens[i + 1] ?? '') : undefined
    if (next !== undefined && isFamilyPart(token.text) && isGivenPart(next.text)) {
      names.push(`${token.text}, ${next.text.replace(/\s+/g, ' ').replace(/\b(\p{Lu})$/u, '$1.')}`)
      i += 2
      if (next.cut) break
      continue
    }
    names.push(wholeName(token.text))
    i += 1
    if (token.cut) break
  }
  return { names: names.filter(Boolean), truncated }
}

/** The part of a citation before its title and year, with HTML and entities undone; whether it ends in "et al.". */
function namesPart(citation: string): { head: string; truncated: boolean } {
  let text = citation
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  // The year in parentheses (APA: "(2023)", "(2023, July)", "(2023a)") and a quoted title end the names.
  const end = /\s*\(\s*(?:\d{4}[a-z]?|n\.d\.|in press|forthcoming)\b[^)]*\)|["“”«]|\s+\*\*|\s+_/i.exec(text)
  if (end) text = text.slice(0, end.index)
  const etAl = /[,;]?\s*\b(?:et\.?\s*al\b\.?|and others\b)/i.exec(text)
  if (etAl) text = text.slice(0, etAl.index)
  return { head: text.replace(/[\s,.:;]+$/, '').trim(), truncated: etAl !== null }
}

/**
 * A token without the title that runs on after the last name (", and Allen, Peter K. Generative
 * Attention Learning: a …"): cut at a full stop followed by three words (not initials).
 */
function cutAtTitle(token: string): { text: string; cut: boolean } {
  const m = /^(.*?\S)\.\s+(?=['‘"“]?(?:\p{L}[\p{L}'’:-]+\s+){2}\p{L}{2,})/u.exec(token)
  if (!m?.[1])
    return { text: token.replace(/\.$/, (d) => (/\b\p{Lu}$/u.test(token.slice(0, -1)) ? d : '')), cut: false }
  // The full stop of an initial stays with it.
  const name = /\b\p{Lu}$/u.test(m[1]) ? `${m[1]}.` : m[1]
  return { text: name, cut: true }
}

const INITIAL = /^\p{Lu}\.?(?:-\p{Lu}\.?)?$/u
const PARTICLE = /^(van|von|der|den|de|del|della|di|da|du|dos|das|la|le|bin|ibn|al|el|ter|ten|y)$/i
const LATIN = /\p{Script=Latin}/u
const words = (s: string) => s.split(/\s+/).filter(Boolean)
const isWord = (w: string) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) && !INITIAL.test(w)

/** A family name standing alone before its given names: one to three words (particles too), in Latin letters, no initials. */
function isFamilyPart(token: string): boolean {
  const ws = words(token)
  return (
    LATIN.test(token) &&
    ws.length >= 1 &&
    ws.length <= 3 &&
    ws.every((w) => isWord(w) || PARTICLE.test(w)) &&
    ws.some(isWord)
  )
}

/** Given names after a family name: initials ("J. F.", "JF"), one name, or one name and initials ("Peter K."). */
function isGivenPart(token: string): boolean {
  const ws = words(token.replace(/\.(?=\p{Lu})/gu, '. '))
  if (!LATIN.test(token) || ws.length === 0 || ws.length > 3) return false
  if (ws.every((w) => INITIAL.test(w))) return true
  if (/^\p{Lu}{2,3}$/u.test(token)) return true // "JF": Vancouver initials
  const [first, ...rest] = ws
  return first !== undefined && isWord(first) && rest.every((w) => INITIAL.test(w))
}

/** A token that is one whole name: "Given Family", or "Family G" (Vancouver), as "Family, G.". */
function wholeName(token: string): string {
  const ws = words(token)
  if (ws.length >= 2 && LATIN.test(token)) {
    const tail: string[] = []
    while (ws.length > 1 && (INITIAL.test(ws.at(-1) ?? '') || /^\p{Lu}{2,3}$/u.test(ws.at(-1) ?? '')))
      tail.unshift(ws.pop() ?? '')
    if (tail.length > 0 && ws.every((w) => isWord(w) || PARTICLE.test(w)) && !INITIAL.test(ws[0] ?? ''))
      return `${ws.join(' ')}, ${tail.map((t) => (/^\p{Lu}$/u.test(t) ? `${t}.` : t)).join(' ')}`
  }
  return token
}

/**
 * A person's name without what is not part of it: titles ("Dr.", "Prof."), degrees ("PhD",
 * "M.D."), and a pronunciation or nickname in parentheses or slashes ("Kuleen Sasse (/kuˈliːn/)").
 */
export function personName(name: string): string {
  return name
    .replace(/\([^)]*\)|\/[^/]*\//g, ' ')
    .replace(/^\s*(?:(?:dr|prof|professor|mr|mrs|ms|mx)\.?\s+)+/i, '')
    .replace(
      /,?\s+(?:ph\.?\s?d|d\.?\s?phil|m\.?\s?d|m\.?\s?sc|m\.?\s?s|m\.?\s?a|b\.?\s?sc|b\.?\s?a|mba|msc|dsc|frs)\.?(?=\s|,|$)/gi,
      '',
    )
    .replace(/\s+/g, ' ')
    .replace(/[\s,]+$/, '')
    .trim()
}
