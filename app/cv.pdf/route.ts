import { cvPdf } from '@/lib/render/cv-pdf'

export const dynamic = 'force-static'

/** The CV as a tagged A4 PDF, made at build time (lib/render/cv-pdf.ts). */
export async function GET() {
  const { pdf, pages, missing } = await cvPdf()
  console.log(`cv.pdf: ${pages} page${pages === 1 ? '' : 's'}`)
  if (missing.length > 0) {
    console.warn(
      `cv.pdf: no face (Inter, DejaVu Sans, Noto Emoji) has a glyph for ${missing.join(' ')}; those characters are left out of the PDF (the /cv/ page shows them)`,
    )
  }
  return new Response(new Uint8Array(pdf), { headers: { 'Content-Type': 'application/pdf' } })
}
