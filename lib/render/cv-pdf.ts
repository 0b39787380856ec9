// The CV as a PDF, from the same data as /cv/ (lib/cv.ts), with pdfkit and an embedded DejaVu Sans
// from npm: no browser, no network. Characters the font lacks (emoji, CJK) cannot be drawn; they
// are left out and listed on the build's output, never dropped silently.
import PDFDocument from 'pdfkit'
import { isOwner } from '../queries'
import { cvHeader, cvSections, type CvEntry, type CvSection } from '../cv'
import { FONT_FILES, drawable as drawableText } from './fonts'
import { identityLabel } from '../format'

const GREY = '#444444'

/** What every drawing step needs: the document, the text width, and the font's filter (which notes what it leaves out). */
interface Pen {
  doc: PDFKit.PDFDocument
  width: number
  drawable: (text: string) => string
}

export async function cvPdf(): Promise<{ pdf: Buffer; pages: number; missing: string[] }> {
  const header = cvHeader()
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 50, left: 54, right: 54 },
    info: { Title: `${header.name}: CV`, Author: header.name },
  })
  doc.registerFont('body', FONT_FILES.regular)
  doc.registerFont('bold', FONT_FILES.bold)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<void>((resolve) => doc.on('end', resolve))
  let pages = 1
  doc.on('pageAdded', () => pages++)

  const missing = new Set<string>()
  const pen: Pen = {
    doc,
    width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
    drawable: (text) => {
      const result = drawableText(text)
      result.missing.forEach((ch) => missing.add(ch))
      return result.text
    },
  }
  writeHeader(pen)
  for (const section of cvSections()) writeSection(pen, section)
  doc
    .font('body')
    .fontSize(8)
    .fillColor(GREY)
    .text('* equal contribution   ✉ corresponding author', { width: pen.width })

  doc.end()
  await done
  return { pdf: Buffer.concat(chunks), pages, missing: [...missing] }
}

/** A new page when the next block would not fit above the bottom margin. */
function ensureRoom({ doc }: Pen, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
}

function writeHeader({ doc, drawable }: Pen) {
  const header = cvHeader()
  doc.font('bold').fontSize(20).fillColor('black').text(drawable(header.name))
  doc.font('body').fontSize(10.5).fillColor(GREY).text(drawable(header.headline))
  for (const l of header.links)
    doc.fontSize(9).text(`${identityLabel(l.kind)}: ${l.url.replace(/^mailto:/, '')}`, { link: l.url })
  doc.moveDown(0.8)
}

/** A section's title over a rule, then its entries. */
function writeSection(pen: Pen, section: CvSection) {
  const { doc, width } = pen
  ensureRoom(pen, 60)
  doc.font('bold').fontSize(12.5).fillColor('black').text(section.title)
  const y = doc.y + 2
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.margins.left + width, y)
    .lineWidth(0.6)
    .strokeColor('#999999')
    .stroke()
  doc.moveDown(0.5)
  for (const e of section.entries) writeEntry(pen, e)
  doc.moveDown(0.4)
}

/** How tall an entry will be, so that it moves to the next page whole. */
function entryHeight({ doc, width, drawable }: Pen, e: CvEntry): number {
  doc.font('bold').fontSize(10)
  let h = doc.heightOfString(drawable(e.title), { width: width - 90 }) + 4
  doc.font('body').fontSize(9)
  if (e.authors) h += doc.heightOfString(drawable(e.authors.map((a) => a.name).join(', ')), { width }) + 2
  if (e.detail) h += doc.heightOfString(drawable(e.detail), { width }) + 2
  if (e.url) h += 12
  return h + 6
}

/** An entry: its title with the date on the right, its authors, its detail and its link. */
function writeEntry(pen: Pen, e: CvEntry) {
  const { doc, width, drawable } = pen
  ensureRoom(pen, entryHeight(pen, e))
  const top = doc.y
  if (e.when)
    doc.font('body').fontSize(9).fillColor(GREY).text(e.when, doc.page.margins.left, top, { width, align: 'right' })
  doc
    .font('bold')
    .fontSize(10)
    .fillColor('black')
    .text(drawable(e.title), doc.page.margins.left, top, { width: width - 90 })
  doc.moveDown(0.15)
  if (e.authors) writeAuthors(pen, e.authors)
  if (e.detail) doc.font('body').fontSize(9).fillColor(GREY).text(drawable(e.detail), { width })
  if (e.url) doc.font('body').fontSize(8).fillColor(GREY).text(e.url, { width, link: e.url })
  doc.moveDown(0.5)
}

/** The author line, the owner in bold, with the * and ✉ marks. */
function writeAuthors({ doc, width, drawable }: Pen, authors: NonNullable<CvEntry['authors']>) {
  doc.fontSize(9)
  // Continued text across a font switch leaves doc.y at the start of its last line: measure the block and move below it.
  const top = doc.y
  const block = doc.font('bold').heightOfString(drawable(authors.map((a) => `${a.name}*✉`).join(', ')), { width })
  authors.forEach((a, i) => {
    const marks = `${a.equal ? '*' : ''}${a.corresponding ? '✉' : ''}`
    const last = i === authors.length - 1
    doc
      .font(isOwner(a.name) ? 'bold' : 'body')
      .fillColor('black')
      .text(drawable(a.name) + marks, { continued: true, width })
    doc.font('body').text(last ? '' : ', ', { continued: !last, width })
  })
  doc.x = doc.page.margins.left
  doc.y = Math.max(doc.y, top + block) + 1
}
