// The author's editor checks front matter as they type: remark's language server (VS Code's
// unifiedjs.vscode-remark extension, recommended in .vscode/extensions.json) reads this file and
// checks each content file's front matter against its type's JSON Schema in docs/schemas/
// (generated from lib/model/schema.ts by `npm run docs`). `npm run check:editor` runs the same
// check in a terminal. The build's own check (npm run check:content) stays the one that decides.
import { readdirSync } from 'node:fs'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema'
import remarkMath from 'remark-math'
import remarkMdx from 'remark-mdx'

/** docs/schemas/<folder>.schema.json checks content/<folder>/: one schema a content type. */
const schemas = Object.fromEntries(
  readdirSync(new URL('./docs/schemas/', import.meta.url))
    .filter((f) => f.endsWith('.schema.json') && f !== 'settings.schema.json')
    .map((f) => [`./docs/schemas/${f}`, [`./content/${f.replace('.schema.json', '')}/**/*.mdx`]]),
)

const remarkConfig = {
  plugins: [remarkFrontmatter, remarkMdx, remarkGfm, remarkMath, [remarkLintFrontmatterSchema, { schemas }]],
}

export default remarkConfig
