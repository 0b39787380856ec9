// Contentlayer document types made from the one schema in lib/model/schema.ts, with the
// computed fields (slug, url) every page uses, and the content check run after each generation.
import {
  defineDocumentType,
  defineNestedType,
  makeSource,
  type ComputedFields,
  type FieldDefs,
  type NestedType as ContentlayerNested,
} from 'contentlayer2/source-files'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import { checkAndRecord, formatProblems } from './lib/model/check'
import { DOCUMENT_TYPES, filePattern, type Fields, type NestedType } from './lib/model/schema'
import { talkPlace, type PlaceInput } from './lib/model/places'

const slugOf = (flattenedPath: string) => flattenedPath.split('/').at(-1) ?? ''

const nestedTypes = new Map<string, ContentlayerNested>()

function nestedType(n: NestedType): ContentlayerNested {
  let made = nestedTypes.get(n.name)
  if (!made) {
    made = defineNestedType(() => ({ name: n.name, fields: toFields(n.fields) }))
    nestedTypes.set(n.name, made)
  }
  return made
}

function toFields(fields: Fields): FieldDefs {
  const out: FieldDefs = {}
  for (const [key, f] of Object.entries(fields)) {
    const common = { required: f.required ?? false, description: f.description }
    switch (f.type) {
      case 'enum':
        out[key] = { ...common, type: 'enum', options: [...f.options] }
        break
      case 'nested':
        out[key] = { ...common, type: 'nested', of: nestedType(f.of) }
        break
      case 'list':
        out[key] =
          'fields' in f.of
            ? { ...common, type: 'list', of: nestedType(f.of), default: f.default }
            : { ...common, type: 'list', of: { type: 'string' }, default: f.default }
        break
      case 'string':
        out[key] = { ...common, type: 'string', default: typeof f.default === 'string' ? f.default : undefined }
        break
      case 'number':
        out[key] = { ...common, type: 'number', default: typeof f.default === 'number' ? f.default : undefined }
        break
      case 'boolean':
        out[key] = { ...common, type: 'boolean', default: typeof f.default === 'boolean' ? f.default : undefined }
        break
      case 'date':
        out[key] = { ...common, type: 'date' }
        break
    }
  }
  return out
}

/** Fields computed for one type only. */
const TYPE_COMPUTED: Record<string, ComputedFields> = {
  // The place resolved to coordinates (lib/model/places.ts); read through lib/queries.ts's talkLocation.
  Talk: {
    location: {
      type: 'json',
      resolve: (doc) =>
        talkPlace({
          place: doc.place as PlaceInput | undefined,
          coordinates: doc.coordinates as { lat: number; lon: number } | undefined,
        }) ?? null,
    },
  },
}

const documentTypes = DOCUMENT_TYPES.map((t) => {
  // Types whose documents have pages only with a body (projects) get no url: lib/queries.ts's ownPage says which.
  const route = t.ownPage === 'with-body' ? undefined : t.route
  return defineDocumentType(() => ({
    name: t.name,
    description: t.description,
    filePathPattern: filePattern(t),
    isSingleton: t.singleton ?? false,
    contentType: 'mdx',
    fields: toFields(t.fields),
    computedFields: {
      slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
      // The document's own page, for types that have one (schema's `route`): used everywhere.
      ...(route ? { url: { type: 'string', resolve: (doc) => route(slugOf(doc._raw.flattenedPath)) } } : {}),
      ...TYPE_COMPUTED[t.name],
    },
  }))
})

export default makeSource({
  contentDirPath: 'content',
  disableImportAliasWarning: true,
  documentTypes,
  // Fail closed: by default Contentlayer skips a bad document with a warning and exits 0.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  // Contentlayer compiles each body too (the site renders body.raw with next-mdx-remote): it must
  // read math as math, or the braces of $\frac{1}{2}$ parse as JavaScript expressions.
  mdx: { remarkPlugins: [remarkGfm, remarkMath] },
  // The checks Contentlayer lacks (enum values, duplicate slugs, date order, references, unsafe
  // MDX, …), the same ones `npm run check:content` runs, so `contentlayer2 dev` reports them too.
  onSuccess: async () => {
    const problems = await checkAndRecord({ contentDir: 'content', publicDir: 'public' })
    if (problems.length > 0) throw new Error(formatProblems(problems))
  },
})
