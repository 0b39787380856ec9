// The build's environment as each deploy host sets it (lib/env.ts): the base path, preview or
// production, and the site's address, which is never a localhost default.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { basePathOf, siteAddressOf, siteEnvOf } from '../../lib/env'

describe('the environment', () => {
  test('base path: trailing slashes dropped, a leading one added, none by default', () => {
    assert.equal(basePathOf({}), '')
    assert.equal(basePathOf({ BASE_PATH: '' }), '')
    assert.equal(basePathOf({ BASE_PATH: '/homepage/' }), '/homepage')
    assert.equal(basePathOf({ BASE_PATH: 'homepage' }), '/homepage')
  })

  test('previews: ours, Vercel, Netlify deploy previews and branch deploys, Cloudflare Pages branches', () => {
    assert.equal(siteEnvOf({}), 'production')
    assert.equal(siteEnvOf({ SITE_ENV: 'preview' }), 'preview')
    assert.equal(siteEnvOf({ VERCEL_ENV: 'preview' }), 'preview')
    assert.equal(siteEnvOf({ VERCEL_ENV: 'production' }), 'production')
    assert.equal(siteEnvOf({ NETLIFY: 'true', CONTEXT: 'deploy-preview' }), 'preview')
    assert.equal(siteEnvOf({ NETLIFY: 'true', CONTEXT: 'branch-deploy' }), 'preview')
    assert.equal(siteEnvOf({ NETLIFY: 'true', CONTEXT: 'production' }), 'production')
    assert.equal(siteEnvOf({ CF_PAGES: '1', CF_PAGES_BRANCH: 'main' }), 'production')
    assert.equal(siteEnvOf({ CF_PAGES: '1', CF_PAGES_BRANCH: 'fix-typo' }), 'preview')
    assert.equal(
      siteEnvOf({ CF_PAGES: '1', CF_PAGES_BRANCH: 'live', CF_PAGES_PRODUCTION_BRANCH: 'live' }),
      'production',
    )
  })

  test("the address: SITE_URL, then the host's, then the profile's; nothing, not localhost, without one", () => {
    const content = 'https://name.github.io/'
    assert.deepEqual(siteAddressOf(undefined, {}), { origin: undefined, from: 'nothing' })
    assert.equal(siteAddressOf(content, {}).origin, 'https://name.github.io')
    assert.equal(siteAddressOf(content, { SITE_URL: 'https://example.org/' }).origin, 'https://example.org')
    assert.equal(
      siteAddressOf(content, { VERCEL_PROJECT_PRODUCTION_URL: 'name.vercel.app' }).origin,
      'https://name.vercel.app',
    )
    assert.equal(
      siteAddressOf(content, { VERCEL_ENV: 'preview', VERCEL_BRANCH_URL: 'name-git-fix.vercel.app' }).origin,
      'https://name-git-fix.vercel.app',
    )
    assert.equal(
      siteAddressOf(content, { NETLIFY: 'true', CONTEXT: 'production', URL: 'https://name.netlify.app' }).origin,
      'https://name.netlify.app',
    )
    const netlifyPreview = {
      NETLIFY: 'true',
      CONTEXT: 'deploy-preview',
      DEPLOY_PRIME_URL: 'https://deploy-preview-3--name.netlify.app',
    }
    assert.equal(siteAddressOf(content, netlifyPreview).origin, 'https://deploy-preview-3--name.netlify.app')
    const cfPreview = { CF_PAGES: '1', CF_PAGES_BRANCH: 'fix', CF_PAGES_URL: 'https://abc.name.pages.dev' }
    assert.equal(siteAddressOf(content, cfPreview).origin, 'https://abc.name.pages.dev')
    // Cloudflare's production deploy URL is per deployment: the author's address wins there.
    assert.equal(siteAddressOf(content, { ...cfPreview, CF_PAGES_BRANCH: 'main' }).origin, 'https://name.github.io')
  })
})
