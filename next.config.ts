import type { NextConfig } from 'next'
import { basePathOf } from './lib/env'

// A static export: `out/` is plain HTML and CSS that any static host serves.
// Contentlayer runs as its own CLI step before `next build` (see package.json):
// its webpack plugin does nothing under Turbopack, Next 16's default builder.

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath: basePathOf() || undefined,
  images: { unoptimized: true },
  poweredByHeader: false,
  // `npm run typecheck` checks the engine (npm test and CI run it); a build checks the author's
  // content instead (npm run check:content). Next's own pass repeated it: 12-13 s of every build.
  typescript: { ignoreBuildErrors: true },
  // Used by build-time routes (app/cv.pdf) and lib/images.ts, and read from node_modules as they are: pdfkit loads its font data from disk.
  serverExternalPackages: ['pdfkit', 'fontkit', 'sharp'],
  reactStrictMode: true,
  // Turbopack keeps its work in .next/cache, so that a rebuild here compiles in about 4 s, not 15.
  // A build that is never built again (each temporary copy the tests build) is spared writing it
  // with TURBOPACK_BUILD_CACHE=0: about 4 s of 35.
  ...(process.env.TURBOPACK_BUILD_CACHE === '0' && { experimental: { turbopackFileSystemCacheForBuild: false } }),
  // `next dev` serves its live-reload socket to localhost only; the tools here open 127.0.0.1.
  allowedDevOrigins: ['127.0.0.1'],
}

export default nextConfig
