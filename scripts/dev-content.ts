// Part of `npm run dev`: runs the content check whenever a file under content/ or public/
// changes and records the result, which the open page shows (lib/dev-status.ts) until it is fixed.
// Contentlayer's own watcher keeps the last good data when a file is bad, so without this the
// browser would go on showing the old page.
import { watch } from 'node:fs'
import { checkAndRecord, formatProblems } from '../lib/model/check'

const options = { contentDir: 'content', publicDir: 'public' }
let timer: NodeJS.Timeout | undefined
let last = ''

async function check() {
  const problems = await checkAndRecord(options)
  const report = problems.length > 0 ? formatProblems(problems) : 'Content check passed'
  if (report !== last) console.log(report)
  last = report
}

const later = () => {
  clearTimeout(timer)
  timer = setTimeout(() => void check(), 100)
}
for (const dir of [options.contentDir, options.publicDir]) watch(dir, { recursive: true }, later)
await check()
