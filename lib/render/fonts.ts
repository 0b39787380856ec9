// The one font the build draws with (PDF, OG images): DejaVu Sans from npm, so nothing is
// downloaded. Text is filtered to what it can draw; what it cannot is reported by the caller.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import * as fontkit from 'fontkit'

/** node_modules/dejavu-fonts-ttf/ttf, looked for upwards from the working directory as Node resolves packages. */
function fontDir(): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'dejavu-fonts-ttf', 'ttf')
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir) throw new Error('dejavu-fonts-ttf is not installed: run npm install')
  }
}

const DIR = fontDir()
export const FONT_FILES = { regular: join(DIR, 'DejaVuSans.ttf'), bold: join(DIR, 'DejaVuSans-Bold.ttf') } as const

let coverage: fontkit.Font | undefined
function font(): fontkit.Font {
  if (!coverage) {
    const loaded = fontkit.create(readFileSync(FONT_FILES.regular))
    if (!('hasGlyphForCodePoint' in loaded)) throw new Error('DejaVuSans.ttf is a font collection, expected one font')
    coverage = loaded
  }
  return coverage
}

/** The text without the characters DejaVu Sans has no glyph for, and those characters. */
export function drawable(text: string): { text: string; missing: string[] } {
  const missing: string[] = []
  let out = ''
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp < 0x80 || /[\p{M}\s]/u.test(ch) || font().hasGlyphForCodePoint(cp)) out += ch
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
