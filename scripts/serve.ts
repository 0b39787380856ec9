// npm run serve [-- --dir out --port 4173]: serves the export on 127.0.0.1 and names every request
// that fails, so a broken link shows while you click through. The e2e suite serves with it too.
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { serveStatic } from './shared/serve-static'

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'out' }, port: { type: 'string', default: process.env.PORT ?? '4173' } },
})
if (!existsSync(values.dir)) {
  console.error(`${values.dir}/ does not exist: run npm run build first`)
  process.exit(1)
}
const server = await serveStatic(values.dir, Number(values.port), (r) => {
  if (r.status >= 400) console.warn(`${r.status} ${r.path}`)
})
console.log(`Serving ${values.dir}/ on ${server.url}/ (Ctrl-C stops)`)
