// npm run docs [-- --check]: writes what the documentation derives from the one schema, the field
// tables in docs/authoring.md and the JSON Schemas in docs/schemas/, formatted as Prettier would.
// With --check it writes nothing and fails when a file differs (a unit test runs it that way).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { generatedDocs } from './shared/docs'

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
const stale: string[] = []
for (const [path, text] of await generatedDocs(process.cwd())) {
  const now = (() => {
    try {
      return readFileSync(path, 'utf8')
    } catch {
      return undefined
    }
  })()
  if (now === text) continue
  if (values.check) stale.push(path)
  else {
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, text)
    console.log(`wrote ${path}`)
  }
}
if (stale.length > 0) {
  console.error(`out of date with lib/model/schema.ts (run npm run docs): ${stale.join(', ')}`)
  process.exit(1)
}
