import type { Thing, WithContext } from 'schema-dts'

/** Structured data as a JSON-LD script; `<` escaped so no string in it can close the tag. */
export function JsonLd({ data }: { data: WithContext<Thing> }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  )
}
