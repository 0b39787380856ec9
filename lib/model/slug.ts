// The one slug rule, for file names (which become addresses), BibTeX keys and title matching:
// @sindresorhus/slugify, which transliterates (ß -> ss, ø -> o, é -> e) to lower-case ASCII.
// Camel case stays one word, so "InfiJanice" gives "infijanice" and "MD3R" gives "md3r".
import slugify from '@sindresorhus/slugify'

/** Lower-case ASCII words joined by hyphens: "Über die Größe" -> "ueber-die-groesse". */
export function slug(text: string): string {
  return slugify(text, { decamelize: false })
}

/** The same, without separators: "García-Pérez" -> "garciaperez". */
export function asciiWord(text: string): string {
  return slugify(text, { decamelize: false, separator: '' })
}
