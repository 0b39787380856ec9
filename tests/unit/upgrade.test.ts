// Taking an upgrade as docs/upgrading.md says, tried once: a new owner's site (npm run new-site,
// committed), an upstream that then changes the engine and its own owner's content, and the
// guide's commands run as written. The engine arrives; the new owner's folders do not change.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { filesBelow, ROOT } from '../helpers'

const IDENTITY = ['-c', 'user.name=Test', '-c', 'user.email=test@example.org']

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...IDENTITY, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

/** The shell commands of the guide's code blocks, in order, as written. */
function guideCommands(): string[] {
  const guide = readFileSync(join(ROOT, 'docs/upgrading.md'), 'utf8')
  return [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
    (m[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter(Boolean),
  )
}

test("an upgrade as docs/upgrading.md says: the new engine arrives, the owner's folders stay as they are", () => {
  const dir = mkdtempSync(join(tmpdir(), 'upgrade-'))
  try {
    const upstream = join(dir, 'upstream')
    const site = join(dir, 'site')
    git(dir, 'clone', '--quiet', ROOT, upstream)
    git(dir, 'clone', '--quiet', upstream, site)

    // The new owner's site: new-site, then their own first entry and settings, committed.
    execFileSync(process.execPath, [
      '--import',
      'tsx',
      join(ROOT, 'scripts/new-site.ts'),
      '--name',
      'Ada Example',
      '--email',
      'ada@site.example',
      '--yes',
      '--dir',
      site,
    ])
    assert.match(readFileSync(join(site, 'content/profile/index.mdx'), 'utf8'), /^email: ada@site\.example$/m)
    mkdirSync(join(site, 'content/awards'))
    writeFileSync(
      join(site, 'content/awards/2024-example-award.mdx'),
      '---\ntitle: Example Award\nissuer: Example Society\nyear: 2024\n---\n',
    )
    git(site, 'add', '-A')
    git(site, 'commit', '--quiet', '-m', 'My site')
    const mine = git(site, 'rev-parse', 'HEAD').trim()

    // Upstream moves on: an engine change, and its own owner's content (edited, added, removed).
    appendFileSync(join(upstream, 'lib/site.ts'), '\n// A newer engine.\n')
    writeFileSync(join(upstream, 'lib/upgrade-probe.ts'), 'export const NEWER = true\n')
    appendFileSync(join(upstream, 'content/profile/index.mdx'), '\nA new line from the upstream owner.\n')
    writeFileSync(join(upstream, 'content/publications/upstream-paper.mdx'), '---\ntitle: Upstream\n---\n')
    appendFileSync(join(upstream, 'data/site.yml'), '# the upstream owner edits their menu\n')
    const [award] = filesBelow(join(upstream, 'content/awards'))
    assert.ok(award)
    appendFileSync(join(upstream, 'content/awards', award), '\n')
    git(upstream, 'add', '-A')
    git(upstream, 'commit', '--quiet', '-m', 'A newer engine')

    const commands = guideCommands()
    assert.ok(commands.some((c) => c.startsWith('git merge')) && commands.some((c) => c.startsWith('git clean')))
    for (const command of commands) {
      // The last step, the whole suite on the upgraded site, is what npm test proves of this engine already.
      if (command.startsWith('npm ')) continue
      const line = command.replace("<this repository's URL>", upstream)
      try {
        execFileSync('sh', ['-c', line], {
          cwd: site,
          stdio: 'pipe',
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 'Test',
            GIT_AUTHOR_EMAIL: 'test@example.org',
            GIT_COMMITTER_NAME: 'Test',
            GIT_COMMITTER_EMAIL: 'test@example.org',
          },
        })
      } catch (error) {
        // The guide says conflicts in the author's folders are expected at the merge; nothing else may fail.
        if (!command.startsWith('git merge')) throw error
      }
    }

    assert.equal(git(site, 'rev-parse', 'HEAD^1').trim(), mine, 'the upgrade is a merge onto the owner’s commit')
    assert.equal(
      git(site, 'diff', '--stat', mine, 'HEAD', '--', 'content', 'public', 'data'),
      '',
      'the owner’s folders changed',
    )
    assert.equal(
      git(site, 'diff', '--stat', 'upstream/main', 'HEAD', '--', '.', ':!content', ':!public', ':!data'),
      '',
      'the engine is not the newer one',
    )
    assert.ok(existsSync(join(site, 'lib/upgrade-probe.ts')))
    assert.equal(existsSync(join(site, 'content/publications/upstream-paper.mdx')), false)
    assert.match(readFileSync(join(site, 'content/profile/index.mdx'), 'utf8'), /name: Ada Example/)
    assert.equal(git(site, 'status', '--porcelain'), '', 'nothing left half-merged')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
