/** The site's two inline link styles, written once: accent-coloured text, or text that turns accent on hover. */
export const LINK = {
  accent: 'text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-2',
  quiet: 'hover:text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-2',
} as const
