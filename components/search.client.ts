// The search page's script: nothing loads until the visitor types (or arrives with ?q=), then
// Pagefind's own script and the parts of its index the query needs, all from this site.
// Plain script, no imports: transpiled at build by app/search.js.

interface PagefindResult {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
}
interface Pagefind {
  options(o: { baseUrl?: string; excerptLength?: number }): Promise<void>
  debouncedSearch(
    q: string,
    o?: object,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>
}

/** The excerpt's text, with Pagefind's <mark> around the words found, and nothing else of its markup. */
function excerpt(html: string): DocumentFragment {
  const template = document.createElement('template')
  template.innerHTML = html
  const out = document.createDocumentFragment()
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark')
      mark.textContent = node.textContent
      out.append(mark)
    } else out.append(node.textContent ?? '')
  }
  return out
}

/** One result: its title as a link, its kind (Paper, Talk, Post, Page), and the excerpt. */
function resultItem(r: PagefindResult): HTMLLIElement {
  const item = document.createElement('li')
  item.className = 'search-result'
  const kind = document.createElement('span')
  kind.className = 'search-kind'
  kind.textContent = r.meta.type ?? 'Page'
  const link = document.createElement('a')
  link.href = r.url
  link.textContent = r.meta.title ?? r.url
  const heading = document.createElement('h2')
  heading.append(link, ' ', kind)
  const text = document.createElement('p')
  text.append(excerpt(r.excerpt))
  item.append(heading, text)
  return item
}

/** What the status line says of a query's results. */
function foundLine(query: string, n: number): string {
  if (n === 0) return `Nothing found for “${query}”.`
  return `${n} result${n === 1 ? '' : 's'} for “${query}”${n > 20 ? ', the first 20 shown' : ''}.`
}

function enhanceSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]')
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]')
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')
  const status = document.querySelector<HTMLElement>('[data-search-status]')
  if (!form || !input || !list || !status) return
  const base = form.dataset.search ?? '/'
  let pagefind: Promise<Pagefind> | undefined

  const load = () => {
    pagefind ??= (import(`${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (p) => {
      await p.options({ baseUrl: base, excerptLength: 24 })
      return p
    })
    return pagefind
  }

  const run = async () => {
    const query = input.value.trim()
    const url = new URL(location.href)
    if (query) url.searchParams.set('q', query)
    else url.searchParams.delete('q')
    history.replaceState(null, '', url)
    if (!query) {
      list.replaceChildren()
      status.textContent = ''
      return
    }
    status.textContent = 'Searching…'
    const found = await (await load()).debouncedSearch(query, {}, 150)
    if (found === null) return // a newer query is on its way
    const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()))
    if (input.value.trim() !== query) return
    list.replaceChildren(...results.map(resultItem))
    status.textContent = foundLine(query, found.results.length)
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void run()
  })
  input.addEventListener('input', () => void run())
  // Loaded after the first paint (by /enhance.js): say when typing is heard, for whoever waits on it.
  form.dataset.ready = ''
  const initial = new URLSearchParams(location.search).get('q')
  if (initial) {
    input.value = initial
    void run()
  }
}

enhanceSearch()
