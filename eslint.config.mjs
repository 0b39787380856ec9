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
  ...[
    // lib/model/*.ts: a parent folder is outside lib/model; lib/model/migrate/: two levels up is.
    { files: ['lib/model/*.ts'], outside: '../*' },
    { files: ['lib/model/*/**'], outside: '../../*' },
  ].map(({ files, outside }) => ({
    // The content model reads raw files before Contentlayer runs (the content check, the
    // importer, the migration): it never depends on Contentlayer's output or on the site's data layer.
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'contentlayer/generated',
              message: 'lib/model runs before Contentlayer: read raw content instead.',
            },
          ],
          patterns: [
            {
              group: ['**/.contentlayer/**', '@/lib/*', outside],
              message: 'lib/model imports only from lib/model and packages.',
            },
          ],
        },
      ],
    },
  })),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
]

export default config
