import { clientScript } from '@/lib/render/client-script'

export const dynamic = 'force-static'

/** The site's enhancement script, transpiled from components/enhance.client.ts at build time. */
export function GET() {
  return clientScript('enhance')
}
