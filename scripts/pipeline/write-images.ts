// Post-export: writes the optimised copies of every picture under public/images/ (AVIF and WebP
// at each width, see lib/render/images.ts) into out/img/, where the pages' <picture> markup points.
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { encodeVariant, fileOf, imageVariants, OPTIMISED_DIR } from '../../lib/render/images'

export async function writeImages(out: string): Promise<string> {
  const dir = join(out, OPTIMISED_DIR)
  const variants = await imageVariants()
  mkdirSync(dir, { recursive: true })
  let bytes = 0
  // A few at a time: sharp spreads each encode over the cores, and a thousand at once would hold them all in memory.
  for (let i = 0; i < variants.length; i += 4) {
    const batch = variants.slice(i, i + 4)
    const encoded = await Promise.all(batch.map(encodeVariant))
    batch.forEach((v, j) => {
      writeFileSync(join(dir, v.file), encoded[j]!)
      bytes += encoded[j]!.length
    })
  }
  const originals = [...new Set(variants.map((v) => v.source))]
  const originalBytes = originals.reduce((sum, s) => sum + statSync(fileOf(s)).size, 0)
  return originals.length === 0
    ? 'Pictures: none under public/images/'
    : `Pictures: ${originals.length} originals (${Math.round(originalBytes / 1024)} KiB) -> ${variants.length} AVIF/WebP files in out/${OPTIMISED_DIR}/ (${Math.round(bytes / 1024)} KiB in all)`
}
