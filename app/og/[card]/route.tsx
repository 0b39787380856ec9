import { readFile } from 'node:fs/promises'
import { ImageResponse } from 'next/og'
import { drawable, FONT_FILES } from '@/lib/render/fonts'
import { CANVAS, ogCards } from '@/lib/og'
import { site } from '@/lib/site'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return ogCards().map((c) => ({ card: c.file }))
}

/**
 * A 1200x630 card drawn with DejaVu Sans from npm. Text is filtered to the font's glyphs first:
 * given a glyph it lacks, next/og would try to download a font, and the build never uses the network.
 */
export async function GET(_request: Request, ctx: RouteContext<'/og/[card]'>) {
  const { card: file } = await ctx.params
  const card = ogCards().find((c) => c.file === file)
  if (!card) return new Response('Not found', { status: 404 })
  const [regular, bold] = await Promise.all([readFile(FONT_FILES.regular), readFile(FONT_FILES.bold)])
  const parts = { kicker: drawable(card.kicker), title: drawable(card.title), subtitle: drawable(card.subtitle) }
  const missing = [...new Set(Object.values(parts).flatMap((p) => p.missing))]
  if (missing.length > 0)
    console.warn(`og/${file}: DejaVu Sans has no glyph for ${missing.join(' ')}; left out of the image`)
  const titleSize = parts.title.text.length > 110 ? 44 : parts.title.text.length > 60 ? 54 : 68
  return new ImageResponse(
    <div
      style={{
        ...CANVAS,
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: 'linear-gradient(135deg, #eff6ff 0%, #ffffff 55%, #eef2ff 100%)',
        fontFamily: 'DejaVu Sans',
        color: '#09090b',
      }}
    >
      <div style={{ display: 'flex', fontSize: 28, color: '#1d4ed8', fontWeight: 700 }}>{parts.kicker.text}</div>
      <div style={{ display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, letterSpacing: -1 }}>
        {parts.title.text}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        <div style={{ display: 'flex', fontSize: 26, color: '#3f3f46' }}>{parts.subtitle.text}</div>
        <div style={{ display: 'flex', height: 8, width: 160, background: '#1d4ed8', borderRadius: 4 }} />
        <div style={{ display: 'flex', fontSize: 22, color: '#71717a' }}>{site.title}</div>
      </div>
    </div>,
    {
      width: 1200,
      height: 630,
      fonts: [
        { name: 'DejaVu Sans', data: regular, weight: 400, style: 'normal' },
        { name: 'DejaVu Sans', data: bold, weight: 700, style: 'normal' },
      ],
    },
  )
}
