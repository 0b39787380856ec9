/** Old addresses that must keep working (the Jekyll site's `redirect_from`), written into out/ after the export. */
export const REDIRECTS: readonly { from: `/${string}`; to: `/${string}` }[] = [
  { from: '/about/', to: '/' },
  { from: '/about.html', to: '/' },
]
