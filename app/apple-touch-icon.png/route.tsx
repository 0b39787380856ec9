import { ImageResponse } from 'next/og'
import { ICON_COLORS, initials } from '@/lib/icon'
import { CANVAS } from '@/lib/og'

export const dynamic = 'force-static'

/** The home-screen icon, 180x180: the owner's initials (Latin text only, so next/og needs no font download). */
export function GET() {
  return new ImageResponse(
    <div
      style={{
        ...CANVAS,
        alignItems: 'center',
        justifyContent: 'center',
        background: `linear-gradient(135deg, ${ICON_COLORS[0]}, ${ICON_COLORS[1]})`,
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
