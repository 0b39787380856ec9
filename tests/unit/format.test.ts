// The order and words the pages are built from (lib/format.ts), on invented papers.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { newestPublicationFirst } from '../../lib/format'

describe('newest first', () => {
  test('a paper known only by its year stands in the middle of that year, never after earlier years', () => {
    const papers = [
      { title: 'December 2024', year: 2024, month: 12 },
      { title: 'Only 2025', year: 2025 },
      { title: 'January 2025', year: 2025, month: 1 },
      { title: 'June 2025', year: 2025, month: 6 },
      { title: 'July 2025', year: 2025, month: 7 },
      { title: 'Only 2024', year: 2024 },
      { title: 'March 2026', year: 2026, month: 3 },
    ]
    assert.deepEqual(
      [...papers].sort(newestPublicationFirst).map((p) => p.title),
      ['March 2026', 'July 2025', 'Only 2025', 'June 2025', 'January 2025', 'December 2024', 'Only 2024'],
    )
  })

  test('papers of the same date are in title order', () => {
    const papers = [
      { title: 'b', year: 2025 },
      { title: 'a', year: 2025 },
    ]
    assert.deepEqual(
      [...papers].sort(newestPublicationFirst).map((p) => p.title),
      ['a', 'b'],
    )
  })
})
