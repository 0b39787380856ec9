// Pictures: the author puts originals under public/images/ and links them as /images/<file>.
// At build, each raster original becomes AVIF and WebP copies at a ladder of widths (never wider
// than the original), written to out/img/ with content-hashed names by scripts/write-images.ts;
// pages get <picture> markup with the original's width and height, so nothing shifts while it
// loads. next/image cannot do this in a static export (its optimiser is a server), hence sharp.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import sharp from 'sharp'
import { PICTURE_EXTENSIONS, PICTURES } from '../model/schema'

/** The folder of out/ (and site path) the optimised copies are written to. */
export const OPTIMISED_DIR = 'img'
const IMAGE_PATH = PICTURES.path
const IMAGE_DIR = join(process.cwd(), 'public', ...IMAGE_PATH.split('/').filter(Boolean))
const hasExtension = (path: string, extensions: readonly string[]) =>
  extensions.some((ext) => path.toLowerCase().endsWith(ext))
/** The file under public/ a site path names. */
export const fileOf = (sitePath: string) => join(process.cwd(), 'public', ...sitePath.split('/').filter(Boolean))
const WIDTHS = [160, 320, 640, 960, 1280, 1920]
const FORMATS = { avif: { quality: 55, effort: 4 }, webp: { quality: 78, effort: 4 } } as const
type Format = keyof typeof FORMATS

export interface Variant {
  /** File name under /img/. */
  file: string
  /** The original's site path, /images/… */
  source: string
  width: number
  format: Format
}

export interface Picture {
  /** The site path for <img src> (with the base path): the original for SVG/GIF, else the widest WebP. */
  src: string
  width: number
  height: number
  /** srcset per type, widest last; empty for SVG/GIF. */
  sources: { type: `image/${Format}`; srcSet: string }[]
}

interface Original {
  sitePath: string
  width: number
  height: number
  variants: Variant[]
}

const isRaster = (path: string) => hasExtension(path, PICTURES.raster)

/** Every original under public/images/, as site paths. */
function originals(): string[] {
  let names: string[]
  try {
    names = readdirSync(IMAGE_DIR, { recursive: true, encoding: 'utf8' })
  } catch {
    return []
  }
  return names
    .map((n) => `${IMAGE_PATH}${relative(IMAGE_DIR, join(IMAGE_DIR, n)).split(sep).join('/')}`)
    .filter((p) => hasExtension(p, PICTURE_EXTENSIONS))
    .sort()
}

const described = new Map<string, Promise<Original>>()

/** Size (upright, as EXIF orientation shows it) and the optimised copies of one original. */
function describe(sitePath: string): Promise<Original> {
  let found = described.get(sitePath)
  if (!found) {
    found = (async () => {
      const bytes = readFileSync(fileOf(sitePath))
      const meta = await sharp(bytes).metadata()
      const { width, height } = meta.autoOrient
      if (!width || !height) throw new Error(`public${sitePath}: sharp could not read its size`)
      if (!isRaster(sitePath)) return { sitePath, width, height, variants: [] }
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10)
      const stem =
        sitePath
          .slice(IMAGE_PATH.length)
          .replace(/\.[^.]+$/, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'image'
      const widths = [...new Set([...WIDTHS.filter((w) => w < width), Math.min(width, WIDTHS.at(-1) ?? width)])]
      const variants = widths.flatMap((w) =>
        (['avif', 'webp'] as const).map((format) => ({
          file: `${stem}-${hash}-${w}.${format}`,
          source: sitePath,
          width: w,
          format,
        })),
      )
      return { sitePath, width, height, variants }
    })()
    described.set(sitePath, found)
  }
  return found
}

/** Every optimised copy the export holds. */
export async function imageVariants(): Promise<Variant[]> {
  return (await Promise.all(originals().map(describe))).flatMap((o) => o.variants)
}

/** The <picture> for an original, by its site path (/images/…); URLs are site paths, `base` is prefixed. */
export async function picture(sitePath: string, base = ''): Promise<Picture> {
  const o = await describe(sitePath)
  const url = (file: string) => `${base}/${OPTIMISED_DIR}/${file}`
  // `next dev` has no post-export step: it shows the original.
  if (o.variants.length === 0 || process.env.NODE_ENV === 'development')
    return { src: `${base}${sitePath}`, width: o.width, height: o.height, sources: [] }
  const of = (format: Format) => o.variants.filter((v) => v.format === format)
  const srcSet = (format: Format) =>
    of(format)
      .map((v) => `${url(v.file)} ${v.width}w`)
      .join(', ')
  const widest = of('webp').at(-1)
  return {
    src: url(widest?.file ?? ''),
    width: o.width,
    height: o.height,
    sources: [
      { type: 'image/avif', srcSet: srcSet('avif') },
      { type: 'image/webp', srcSet: srcSet('webp') },
    ],
  }
}

/** Encodes one optimised copy: upright, resized to its width, metadata dropped. */
export async function encodeVariant(variant: Variant): Promise<Buffer> {
  const pipeline = sharp(fileOf(variant.source)).rotate().resize({ width: variant.width, withoutEnlargement: true })
  return variant.format === 'avif' ? pipeline.avif(FORMATS.avif).toBuffer() : pipeline.webp(FORMATS.webp).toBuffer()
}
