import { clientScript } from '@/lib/render/client-script'

export const dynamic = 'force-static'

/** The search page's script, transpiled from components/search.client.ts; no other page loads it. */
export function GET() {
  return clientScript('search')
}
