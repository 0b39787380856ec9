// `npm run migrate`'s reading half: which kind of Jekyll site a folder is, and the Plan it
// becomes (documents, files, report). Nothing here writes; scripts/migrate.ts checks and writes.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { isAcademicPages, readAcademicPages } from './academic-pages'
import { isAlFolio, readAlFolio } from './al-folio'
import type { Plan } from './plan'

export type { Plan } from './plan'

export function planMigration(root: string): Plan {
  if (!existsSync(join(root, '_config.yml'))) throw new Error(`${root} is not a Jekyll site: it has no _config.yml`)
  if (isAlFolio(root)) return readAlFolio(root)
  if (isAcademicPages(root)) return readAcademicPages(root)
  throw new Error(
    `${root} is a Jekyll site, but neither Academic Pages (_publications/ or markdown_generator/) nor al-folio (_bibliography/ or _news/)`,
  )
}
