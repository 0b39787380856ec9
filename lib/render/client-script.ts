// The site's own browser scripts are TypeScript in components/*.client.ts, transpiled at build
// (no bundler, no imports): app/enhance.js and app/search.js serve them.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ts from 'typescript'

export async function clientScript(name: string): Promise<Response> {
  const source = await readFile(join(process.cwd(), 'components', `${name}.client.ts`), 'utf8')
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, removeComments: true },
  })
  return new Response(outputText, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } })
}
