// The parts of citation-js this project uses (the packages ship no type declarations).
declare module '@citation-js/core' {
  export interface CslName {
    given?: string
    family?: string
    literal?: string
    'dropping-particle'?: string
    'non-dropping-particle'?: string
    suffix?: string
  }
  export interface CslDate {
    'date-parts'?: (number | string)[][]
    raw?: string
    literal?: string
  }
  export interface CslItem {
    id: string
    type: string
    'citation-key'?: string
    title?: string
    author?: CslName[]
    editor?: CslName[]
    issued?: CslDate
    'container-title'?: string
    publisher?: string
    number?: string
    genre?: string
    status?: string
    note?: string
    DOI?: string
    URL?: string
    abstract?: string
    keyword?: string
    [field: string]: unknown
  }
  export interface FormatOptions {
    format?: 'text' | 'html'
    template?: string
    lang?: string
  }
  export class Cite {
    constructor(data?: unknown, options?: object)
    data: CslItem[]
    format(style: 'bibtex' | 'biblatex'): string
    /** The entries citation-js would write: { type, label, properties } each. */
    format(style: 'bibtex' | 'biblatex', options: { format: 'object' }): unknown
    format(style: 'bibliography' | 'citation', options?: FormatOptions): string
    format(style: 'data', options?: { format?: 'object' | 'string' }): CslItem[] | string
    static async(data: unknown, options?: object): Promise<Cite>
  }
  export const plugins: {
    input: {
      chain(data: unknown, options?: { target?: string; generateGraph?: boolean }): unknown
    }
    config: { get(name: string): unknown }
  }
}
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-csl'
declare module '@citation-js/name' {
  import type { CslName } from '@citation-js/core'
  export function parse(name: string): CslName
  export function format(name: CslName): string
}
