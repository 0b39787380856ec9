import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ts from 'typescript'

export const dynamic = 'force-static'

/** The site's enhancement script, transpiled from components/enhance.client.ts at build time. */
export async function GET() {
  const source = await readFile(join(process.cwd(), 'components', 'enhance.client.ts'), 'utf8')
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.None, removeComments: true },
  })
  return new Response(outputText, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } })
}
