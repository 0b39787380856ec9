import katex from 'katex'
import { KATEX_OPTIONS, mathParts } from '@/lib/model/math'

/**
 * Text that may hold inline math ($…$), such as a title or an abstract: the formulas rendered by
 * KaTeX at build time (the content check has made sure each one renders), the rest as text.
 */
export function MathText({ text }: { text: string }) {
  const parts = mathParts(text)
  if (!parts.some((p) => p.math)) return <>{parts.map((p) => p.value).join('')}</>
  return (
    <>
      {parts.map((p, i) =>
        p.math ? (
          <span
            key={i}
            // KaTeX's own HTML for a formula the check accepted: markup made from data, not code.
            dangerouslySetInnerHTML={{
              __html: katex.renderToString(p.value, { ...KATEX_OPTIONS, displayMode: false }),
            }}
          />
        ) : (
          p.value
        ),
      )}
    </>
  )
}
