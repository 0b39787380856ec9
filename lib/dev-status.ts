// In `npm run dev`, a content error shows in the browser, on every page, instead of the last good
// page; the page recovers once the file is fixed. The status file is written by the content check
// (scripts/dev-content.ts, and Contentlayer's build); importing it makes the dev server reload the
// page whenever it changes. A build never shows it: a content problem stops the build first.
import status from '@/.contentlayer/content-status.json'

/** The content check's problems while developing ("content/x.mdx: field …"), else none. */
export function devContentProblems(): readonly string[] {
  return process.env.NODE_ENV === 'development' ? status.problems : []
}
