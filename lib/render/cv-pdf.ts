// The CV as a tagged PDF (PDF/UA-1), from the same data as /cv/ (lib/cv.ts), with pdfkit: no
// browser, no network. Its structure tree reads in order: the name (H1), the headline, the links,
// then a Sect per section with its heading (H2) and a list (L > LI > LBody) of entries, each a
// title, a date, the authors, a detail and a Link; rules are artifacts. Text is set in Inter,
// with DejaVu Sans and Noto Emoji for what Inter lacks (lib/render/fonts.ts); a character no face
// has is left out and listed on the build's output, never dropped silently.
import PDFDocument from 'pdfkit'
import { isOwner } from '../queries'
import { cvHeader, cvSections, type CvEntry, type CvSection } from '../cv'
import { fontRuns, PDF_FACES, type Weight } from './fonts'
import { identityLabel } from '../format'
import { site } from '../site'

const GREY = '#444444'
/** The date column on the right of an entry's title. */
const TITLE_GAP = 120

type Struct = PDFKit.PDFStructureElement

/** What every drawing step needs: the document, the text width, and what no face could draw. */
interface Pen {
  doc: PDFKit.PDFDocument
  width: number
  missing: Set<string>
}

interface Say extends PDFKit.Mixins.TextOptions {
  weight?: Weight
  size: number
  color?: string
  at?: [x: number, y: number]
}

export async function cvPdf(): Promise<{ pdf: Buffer; pages: number; missing: string[] }> {
  const header = cvHeader()
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 50, left: 54, right: 54 },
    pdfVersion: '1.7',
    // pdfkit 0.20 has PDF/UA; @types/pdfkit lists only the PDF/A subsets.
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: site.locale,
    displayTitle: true,
    info: { Title: `${header.name}: CV`, Author: header.name },
  })
  for (const weight of ['regular', 'bold'] as const) for (const f of PDF_FACES[weight]) doc.registerFont(f.name, f.file)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<void>((resolve) => doc.on('end', resolve))
  let pages = 1
  doc.on('pageAdded', () => pages++)

  const pen: Pen = { doc, width: doc.page.width - doc.page.margins.left - doc.page.margins.right, missing: new Set() }
  const root = doc.struct('Document')
  doc.addStructure(root)
  writeHeader(pen, root)
  const sections = cvSections()
  for (const section of sections) writeSection(pen, root, section)
  root.end()

  doc.end()
  await done
  return { pdf: Buffer.concat(chunks), pages, missing: [...pen.missing] }
}

/** Text in runs of the faces that have its characters; `continued` as pdfkit's, for the last run. */
function say(pen: Pen, text: string, { weight = 'regular', size, color = 'black', at, continued, ...options }: Say) {
  const { doc } = pen
  const { runs, missing } = fontRuns(text, weight)
  missing.forEach((ch) => pen.missing.add(ch))
  doc.fontSize(size).fillColor(color)
  if (runs.length === 0) runs.push({ face: PDF_FACES[weight][0]!.name, text: '' })
  runs.forEach((run, i) => {
    doc.font(run.face)
    const more = i < runs.length - 1 || continued === true
    if (i === 0 && at) doc.text(run.text, at[0], at[1], { ...options, continued: more })
    else doc.text(run.text, { ...options, continued: more })
  })
}

/** How tall text will be in the main face at a size: enough to decide where pages break. */
function heightOf({ doc }: Pen, text: string, size: number, width: number, weight: Weight = 'regular'): number {
  return doc.font(PDF_FACES[weight][0]!.name).fontSize(size).heightOfString(text, { width })
}

/** A new page when the next block would not fit above the bottom margin. */
function ensureRoom({ doc }: Pen, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
}

/** A structure element holding what `draw` puts on the page. */
function block(pen: Pen, parent: Struct, type: string, draw: () => void, options: Record<string, unknown> = {}) {
  const element = pen.doc.struct(type, options, draw)
  parent.add(element)
  element.end()
}

function writeHeader(pen: Pen, root: Struct) {
  const { doc } = pen
  const header = cvHeader()
  block(pen, root, 'H1', () => say(pen, header.name, { weight: 'bold', size: 20 }))
  block(pen, root, 'P', () => say(pen, header.headline, { size: 10.5, color: GREY }))
  if (header.links.length > 0) {
    const list = doc.struct('L')
    root.add(list)
    for (const l of header.links) {
      const item = doc.struct('LI')
      list.add(item)
      const body = doc.struct('LBody')
      item.add(body)
      block(pen, body, 'Link', () =>
        say(pen, `${identityLabel(l)}: ${l.url.replace(/^mailto:/, '')}`, { size: 9, color: GREY, link: l.url }),
      )
      body.end()
      item.end()
    }
    list.end()
  }
  doc.moveDown(0.8)
}

/** A section's heading over a rule (an artifact), then its entries as a list; the legend of marks after papers that carry one. */
function writeSection(pen: Pen, root: Struct, section: CvSection) {
  const { doc, width } = pen
  const sect = doc.struct('Sect')
  root.add(sect)
  // Keep the heading with its first entry.
  const first = section.entries[0]
  ensureRoom(pen, 30 + (first ? entryHeight(pen, first) : 0))
  block(pen, sect, 'H2', () => say(pen, section.title, { weight: 'bold', size: 12.5 }))
  const y = doc.y + 2
  doc.markContent('Artifact', { type: 'Layout' })
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.margins.left + width, y)
    .lineWidth(0.6)
    .strokeColor('#999999')
    .stroke()
  doc.endMarkedContent()
  doc.moveDown(0.5)
  const list = doc.struct('L')
  sect.add(list)
  const legend = legendOf(section)
  section.entries.forEach((e, i) => {
    const last = i === section.entries.length - 1
    // The legend never stands alone on a page: it comes with the last entry.
    writeEntry(pen, list, e, last && legend ? heightOf(pen, legend, 8, width) + 4 : 0)
  })
  list.end()
  if (legend) block(pen, sect, 'P', () => say(pen, legend, { size: 8, color: GREY, width }))
  sect.end()
  doc.moveDown(0.6)
}

/** "* equal contribution   ✉ corresponding author", for the marks a section's authors carry. */
function legendOf(section: CvSection): string | undefined {
  const authors = section.entries.flatMap((e) => e.authors ?? [])
  const marks = [
    authors.some((a) => a.equal) && '* equal contribution',
    authors.some((a) => a.corresponding) && '✉ corresponding author',
  ].filter(Boolean)
  return marks.length > 0 ? marks.join('   ') : undefined
}

const authorLine = (authors: NonNullable<CvEntry['authors']>) =>
  authors.map((a) => `${a.name}${a.equal ? '*' : ''}${a.corresponding ? '✉' : ''}`).join(', ')

/** How tall an entry will be, so that it moves to the next page whole. */
function entryHeight(pen: Pen, e: CvEntry): number {
  const { width } = pen
  let h = heightOf(pen, e.title, 10, width - TITLE_GAP, 'bold') + 2
  if (e.authors) h += heightOf(pen, authorLine(e.authors), 9, width) + 1
  if (e.detail) h += heightOf(pen, e.detail, 9, width) + 1
  if (e.url) h += heightOf(pen, e.url, 8, width)
  return h + 6
}

/** An entry: its title with the date on the right, its authors, its detail and its link. */
function writeEntry(pen: Pen, list: Struct, e: CvEntry, keepWith: number) {
  const { doc, width } = pen
  const left = doc.page.margins.left
  ensureRoom(pen, entryHeight(pen, e) + keepWith)
  const item = doc.struct('LI')
  list.add(item)
  const body = doc.struct('LBody')
  item.add(body)
  const top = doc.y
  block(pen, body, 'P', () =>
    say(pen, e.title, { weight: 'bold', size: 10, at: [left, top], width: width - TITLE_GAP }),
  )
  const below = doc.y
  if (e.when) {
    block(pen, body, 'P', () =>
      say(pen, e.when ?? '', {
        size: 9,
        color: GREY,
        at: [left + width - TITLE_GAP, top],
        width: TITLE_GAP,
        align: 'right',
      }),
    )
  }
  doc.x = left
  doc.y = below + 2
  if (e.authors) {
    const authors = e.authors
    block(pen, body, 'P', () => writeAuthors(pen, authors))
  }
  if (e.detail) block(pen, body, 'P', () => say(pen, e.detail ?? '', { size: 9, color: GREY, width }))
  if (e.url) {
    const url = e.url
    block(pen, body, 'Link', () => say(pen, url, { size: 8, color: GREY, width, link: url }))
  }
  body.end()
  item.end()
  doc.moveDown(0.5)
}

/** The author line, the owner in bold, with the * and ✉ marks. */
function writeAuthors(pen: Pen, authors: NonNullable<CvEntry['authors']>) {
  const { doc, width } = pen
  // Continued text across a font switch leaves doc.y at the start of its last line: measure the block and move below it.
  const top = doc.y
  const height = heightOf(pen, authorLine(authors), 9, width, 'bold')
  authors.forEach((a, i) => {
    const marks = `${a.equal ? '*' : ''}${a.corresponding ? '✉' : ''}`
    const last = i === authors.length - 1
    // The separator goes with the name, so a line never starts with it.
    say(pen, `${a.name}${marks}${last ? '' : ', '}`, {
      weight: isOwner(a.name) ? 'bold' : 'regular',
      size: 9,
      width,
      continued: !last,
    })
  })
  doc.x = doc.page.margins.left
  doc.y = Math.max(doc.y, top + height) + 1
}
