import { picture } from '@/lib/render/images'
import { site } from '@/lib/site'

interface Props {
  /** The original's site path, /images/… (the content check guarantees it exists). */
  src: string
  alt: string
  /** How wide the picture is drawn, for the browser's choice among the widths. */
  sizes: string
  className?: string
  /** Above the fold: load at once instead of lazily. */
  eager?: boolean
}

/** An optimised picture: AVIF and WebP at several widths, with the original's size to reserve its box. */
export async function Picture({ src, alt, sizes, className, eager = false }: Props) {
  const p = await picture(src, site.basePath)
  return (
    // display: contents, so that the <img> is what a flex or grid parent lays out (and the
    // <source> elements, which would then be laid out too, are hidden).
    <picture className="contents [&>source]:hidden">
      {p.sources.map((s) => (
        <source key={s.type} type={s.type} srcSet={s.srcSet} sizes={sizes} />
      ))}
      <img
        src={p.src}
        alt={alt}
        width={p.width}
        height={p.height}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
        className={className}
      />
    </picture>
  )
}
