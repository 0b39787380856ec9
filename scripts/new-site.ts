// npm run new-site [-- --name "Ada Lovelace" --orcid … --dblp … --scholar … --email … --yes]
// Starts the site afresh for a new owner: today's content/, data/ and public/ files move to
// new-site-backup/<time>/, and a site with only the owner's profile and the default settings is
// written in their place. Asks for what the flags do not give when run in a terminal.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { checkContent, formatProblems } from '../lib/model/check'
import { moveToBackup } from '../lib/authoring/backup'
import { defaultSettings, newProfile, type NewOwner } from '../lib/authoring/new-site'

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    orcid: { type: 'string' },
    dblp: { type: 'string' },
    scholar: { type: 'string' },
    email: { type: 'string' },
    yes: { type: 'boolean', default: false },
    dir: { type: 'string', default: '.' },
  },
})
const root = resolve(values.dir)
const asking = process.stdin.isTTY && !values.yes

const owner: NewOwner = {
  name: values.name ?? '',
  orcid: values.orcid,
  dblp: values.dblp,
  scholar: values.scholar,
  email: values.email,
}
if (asking) {
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  const ask = async (question: string, given: string | undefined) =>
    given ?? ((await rl.question(question)).trim() || undefined)
  owner.name = (await ask('Your name, as in author lists: ', values.name)) ?? ''
  owner.orcid = await ask('ORCID iD (Enter to skip): ', values.orcid)
  owner.dblp = await ask('DBLP pid or URL (Enter to skip): ', values.dblp)
  owner.scholar = await ask('Google Scholar profile URL (Enter to skip): ', values.scholar)
  owner.email = await ask('An email address visitors may write to (Enter to skip): ', values.email)
  const sure =
    values.yes || /^y/i.test(await rl.question('Move the content here now to a backup and start afresh? [y/N] '))
  rl.close()
  if (!sure) {
    console.log('Nothing changed.')
    process.exit(0)
  }
} else if (!values.yes || !values.name) {
  console.error(
    'usage: npm run new-site -- --name "Your Name" [--orcid ID] [--dblp PID] [--scholar URL] [--email ADDRESS] --yes',
  )
  process.exit(2)
}

// Staged and checked first: an error (a wrong id, a bad name) leaves every file where it was.
const stage = mkdtempSync(join(root, '.new-site-'))
try {
  process.exitCode = await replaceSite(stage)
} finally {
  rmSync(stage, { recursive: true, force: true })
}

async function replaceSite(stage: string): Promise<number> {
  let profile: string
  try {
    profile = newProfile(owner)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 2
  }
  mkdirSync(join(stage, 'content/profile'), { recursive: true })
  mkdirSync(join(stage, 'data'))
  writeFileSync(join(stage, 'content/profile/index.mdx'), profile)
  writeFileSync(join(stage, 'data/site.yml'), defaultSettings())
  const problems = await checkContent({ contentDir: join(stage, 'content'), publicDir: join(stage, 'public') })
  if (problems.length > 0) {
    console.error(formatProblems(problems))
    return 1
  }
  // Everything of the old owner's: content/, data/ and what public/ holds.
  const publicDir = join(root, 'public')
  const publicFiles = existsSync(publicDir)
    ? readdirSync(publicDir)
        .filter((f) => f !== '.gitkeep')
        .map((f) => `public/${f}`)
    : []
  const backup = moveToBackup(root, 'new-site-backup', ['content', 'data', ...publicFiles])
  for (const folder of ['content', 'data']) renameSync(join(stage, folder), join(root, folder))
  mkdirSync(publicDir, { recursive: true })
  if (backup) console.log(`The previous content moved to ${relative(process.cwd(), backup) || '.'}/`)
  console.log(
    [
      `A new site for ${owner.name.trim()}: content/profile/index.mdx and data/site.yml.`,
      'Next: add your papers (npm run import -- file.bib, or npm run sync with the profiles above),',
      'write your "About me" in content/profile/index.mdx, then npm run build && npm run serve.',
    ].join('\n'),
  )
  return 0
}
