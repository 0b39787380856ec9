// The faces the build draws with, all from npm so nothing is downloaded: DejaVu Sans for the OG
// images (text filtered to what it can draw; what it cannot is reported by the caller), and for
// the CV PDF Inter, with DejaVu Sans for the symbols Inter lacks and Noto Emoji (monochrome) for
// emoji, text cut into runs by the first face that has each character.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import * as fontkit from 'fontkit'

/** A package's folder under node_modules, looked for upwards from the working directory as Node resolves packages. */
function packageDir(name: string, sub: string): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name, sub)
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir) throw new Error(`${name} is not installed: run npm install`)
  }
}

const DIR = packageDir('dejavu-fonts-ttf', 'ttf')
export const FONT_FILES = { regular: join(DIR, 'DejaVuSans.ttf'), bold: join(DIR, 'DejaVuSans-Bold.ttf') } as const

const loaded = new Map<string, fontkit.Font>()
/** A font file, read once. */
function face(file: string): fontkit.Font {
  let f = loaded.get(file)
  if (!f) {
    const font = fontkit.create(readFileSync(file))
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${file} is a font collection, expected one font`)
    loaded.set(file, (f = font))
  }
  return f
}

/** The text without the characters DejaVu Sans has no glyph for, and those characters. */
export function drawable(text: string): { text: string; missing: string[] } {
  const missing: string[] = []
  let out = ''
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp < 0x80 || /[\p{M}\s]/u.test(ch) || face(FONT_FILES.regular).hasGlyphForCodePoint(cp)) out += ch
    else missing.push(ch)
  }
  return {
    text: out
      .replace(/\(\s*\)/g, '')
      .replace(/\s+([,.)])/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .trim(),
    missing,
  }
}

const INTER = packageDir('@fontsource/inter', 'files')
const EMOJI = packageDir('@fontsource/noto-emoji', 'files')
const INTER_SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese']

export type Weight = 'regular' | 'bold'

/** The CV PDF's faces by weight, in the order a character is looked for: Inter's subsets, DejaVu Sans, Noto Emoji. */
export const PDF_FACES: Record<Weight, { name: string; file: string }[]> = {
  regular: [
    ...INTER_SUBSETS.map((s) => ({ name: `inter-${s}`, file: join(INTER, `inter-${s}-400-normal.woff`) })),
    { name: 'dejavu', file: FONT_FILES.regular },
    { name: 'emoji', file: join(EMOJI, 'noto-emoji-emoji-400-normal.woff') },
  ],
  bold: [
    ...INTER_SUBSETS.map((s) => ({ name: `inter-${s}-bold`, file: join(INTER, `inter-${s}-700-normal.woff`) })),
    { name: 'dejavu-bold', file: FONT_FILES.bold },
    { name: 'emoji-bold', file: join(EMOJI, 'noto-emoji-emoji-700-normal.woff') },
  ],
}

/**
 * Text cut into runs, each in the first face of the weight that has its characters; marks and
 * zero-width joiners stay with the run before them, emoji presentation selectors are dropped. Characters
 * no face has are left out and returned, for the caller to report.
 */
export function fontRuns(text: string, weight: Weight): { runs: { face: string; text: string }[]; missing: string[] } {
  const runs: { face: { name: string; file: string }; text: string }[] = []
  const missing: string[] = []
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    // An emoji's presentation selector: the monochrome face draws the emoji without it.
    if (cp === 0xfe0e || cp === 0xfe0f) continue
    const last = runs.at(-1)
    if (last && (/\p{M}/u.test(ch) || cp === 0x200d)) {
      last.text += ch
      continue
    }
    // Spaces and punctuation stay in the run before them where its face has them: a run that
    // began with ", " could wrap onto a line of its own.
    const keep = last && /[\s\p{P}]/u.test(ch) && (/\s/.test(ch) || face(last.face.file).hasGlyphForCodePoint(cp))
    const found = keep ? last.face : PDF_FACES[weight].find((f) => face(f.file).hasGlyphForCodePoint(cp))
    if (!found) missing.push(ch)
    else if (last?.face === found) last.text += ch
    else runs.push({ face: found, text: ch })
  }
  return { runs: runs.map((r) => ({ face: r.face.name, text: r.text })), missing }
}
