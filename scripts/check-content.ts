// npm run check:content [-- --content DIR --public DIR]: every content check, without a Next build.
import { parseArgs } from 'node:util'
import { checkContent, formatProblems } from '../lib/model/check'

const { values } = parseArgs({
  options: { content: { type: 'string', default: 'content' }, public: { type: 'string', default: 'public' } },
})
const started = performance.now()
const problems = await checkContent({ contentDir: values.content, publicDir: values.public })
const ms = Math.round(performance.now() - started)
if (problems.length > 0) {
  console.error(formatProblems(problems))
  process.exit(1)
}
console.log(`Content check passed (${ms} ms)`)
