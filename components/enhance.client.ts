// The site's only script: progressive enhancement over complete HTML. Every page works without
// it. It is a plain script (no imports, no framework), transpiled at build by app/enhance.js.

/** Buttons with data-copy="<id>" copy that element's text. */
function enhanceCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const target = document.getElementById(button.dataset.copy ?? '')
    if (!target || !navigator.clipboard) {
      button.hidden = true
      continue
    }
    button.addEventListener('click', async () => {
      const label = button.textContent
      try {
        await navigator.clipboard.writeText(target.innerText.trim())
        button.textContent = 'Copied'
      } catch {
        button.textContent = 'Press Ctrl+C'
        const range = document.createRange()
        range.selectNodeContents(target)
        getSelection()?.removeAllRanges()
        getSelection()?.addRange(range)
      }
      setTimeout(() => (button.textContent = label), 2000)
    })
  }
}

/** The theme toggle: a pressed "Dark theme" button; the choice is remembered (localStorage). */
function enhanceThemeToggle(): void {
  const root = document.documentElement
  const systemDark = matchMedia('(prefers-color-scheme: dark)')
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches)
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-theme-toggle]')]
  const sync = () => buttons.forEach((b) => b.setAttribute('aria-pressed', String(isDark())))
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const next = isDark() ? 'light' : 'dark'
      root.dataset.theme = next
      try {
        localStorage.setItem('theme', next)
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      sync()
    })
  }
  systemDark.addEventListener('change', sync)
  sync()
}

/** A form[data-filter] narrows the article[data-slug] items of its list by text, status and topic. */
function enhancePublicationFilter(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-filter]')
  if (!form) return
  const items = [...document.querySelectorAll<HTMLElement>('[data-filter-item]')]
  const groups = [...document.querySelectorAll<HTMLElement>('[data-filter-group]')]
  const status = form.querySelector<HTMLOutputElement>('output')
  const text = (el: HTMLElement) => (el.textContent ?? '').toLowerCase()
  const apply = () => {
    const data = new FormData(form)
    const words = String(data.get('q') ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
    const wantStatus = String(data.get('status') ?? '')
    const wantTopic = String(data.get('topic') ?? '')
    let shown = 0
    for (const item of items) {
      const visible =
        words.every((w) => text(item).includes(w)) &&
        (!wantStatus || item.dataset.status === wantStatus) &&
        (!wantTopic || (item.dataset.tags ?? '').split(' ').includes(wantTopic))
      item.hidden = !visible
      if (visible) shown++
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-filter-item]:not([hidden])')
    if (status)
      status.textContent = shown === items.length ? `Showing all ${shown}` : `Showing ${shown} of ${items.length}`
  }
  form.addEventListener('input', apply)
  form.addEventListener('submit', (event) => event.preventDefault())
  form.addEventListener('reset', () => setTimeout(apply))
  apply()
}

/**
 * The search page's own script, named by its form: loaded from here, after the first frame like
 * this script, so that no page's first paint waits on it (a <script defer> cost the search page's
 * mobile LCP about 70 ms in Lighthouse).
 */
function loadPageScript(): void {
  const src = document.querySelector<HTMLElement>('form[data-script]')?.dataset.script
  if (!src) return
  const script = document.createElement('script')
  script.src = src
  script.dataset.siteScript = ''
  document.body.append(script)
}

enhanceThemeToggle()
enhanceCopyButtons()
loadPageScript()
enhancePublicationFilter()
// Loaded after the page (see lib/theme-script.ts): say so, for whoever waits on it.
document.documentElement.dataset.enhanced = ''
