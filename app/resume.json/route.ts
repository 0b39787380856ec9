import { resume } from '@/lib/resume'

export const dynamic = 'force-static'

/** The CV as JSON Resume, for resume tools and themes (lib/resume.ts). */
export function GET() {
  return new Response(`${JSON.stringify(resume(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
