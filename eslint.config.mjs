import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'out/**',
      '.contentlayer/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      '.tmp/**',
      '.bench/**',
      'reports/**',
      'screenshots/**',
    ],
  },
  // Rooms by role. lib/model/ is the content model: it reads raw files before Contentlayer runs (the
  // content check, the schema), so it never depends on Contentlayer's output or the site's data
  // layer. lib/authoring/ is what the author commands do (import, identifiers, migration, writing
  // files): it may use the model, never the site. The site never imports lib/authoring/.
  ...[
    { files: ['lib/model/**'], room: 'lib/model', allowed: 'lib/model', outside: ['../*'] },
    {
      files: ['lib/authoring/*.ts'],
      room: 'lib/authoring',
      allowed: 'lib/model and lib/authoring',
      outside: ['../*', '!../model'],
    },
    {
      files: ['lib/authoring/*/**'],
      room: 'lib/authoring',
      allowed: 'lib/model and lib/authoring',
      outside: ['../../*', '!../../model', '!../../authoring'],
    },
  ].map(({ files, room, allowed, outside }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'contentlayer/generated', message: `${room} runs before Contentlayer: read raw content instead.` },
          ],
          patterns: [
            {
              group: ['**/.contentlayer/**', '@/*', ...outside],
              message: `${room} imports only from ${allowed} and packages.`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['app/**', 'components/**', 'lib/*.ts', 'lib/render/**', 'scripts/pipeline/**', 'contentlayer.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/authoring/**', '**/authoring'],
              message: 'The site never imports the author commands (lib/authoring/).',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
]

export default config
