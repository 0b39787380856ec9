// Before a command replaces the author's files (npm run new-site, npm run migrate --replace), it
// moves them here: <workDir>/<folder>/<time>/, each path keeping its place (content/, public/images/).
import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Moves each existing path (relative to workDir) into a new backup folder; returns the folder, or undefined when nothing moved. */
export function moveToBackup(workDir: string, folder: string, paths: readonly string[]): string | undefined {
  const present = paths.filter((p) => existsSync(join(workDir, p)))
  if (present.length === 0) return undefined
  const backup = join(workDir, folder, new Date().toISOString().replace(/[:.]/g, '-'))
  for (const p of present) {
    mkdirSync(dirname(join(backup, p)), { recursive: true })
    renameSync(join(workDir, p), join(backup, p))
  }
  return backup
}
