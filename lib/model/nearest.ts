// "Did you mean …?": the names closest to a mistyped one, for the content check's messages.

/** Levenshtein distance between two words. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = row
  }
  return prev[b.length] ?? 0
}

/**
 * Up to `count` candidates within a small edit distance of the word (a third of its length, at
 * least 2), closest first; `key` says how words are compared (by default, case-insensitively).
 */
export function nearest(
  word: string,
  candidates: Iterable<string>,
  { count = 3, key = (s: string) => s.toLowerCase() }: { count?: number; key?: (s: string) => string } = {},
): string[] {
  const w = key(word)
  const limit = Math.max(2, Math.floor(w.length / 3))
  const found: { name: string; d: number }[] = []
  for (const name of new Set(candidates)) {
    const k = key(name)
    if (Math.abs(k.length - w.length) > limit) continue
    const d = editDistance(w, k)
    if (d <= limit) found.push({ name, d })
  }
  return found
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((x) => x.name)
}
