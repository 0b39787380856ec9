import { ImageResponse } from 'next/og'
import { profile } from '@/lib/queries'

export const dynamic = 'force-static'

/** The home-screen icon, 180x180: the owner's initials (Latin text only, so next/og needs no font download). */
export function GET() {
  const initials = profile.name
    .split(/\s+/)
    .map((w) => w[0])
    .join('')
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(135deg, #2563eb, #3730a3)',
        color: 'white',
        fontSize: 80,
        fontWeight: 700,
      }}
    >
      {initials}
    </div>,
    { width: 180, height: 180 },
  )
}
