/** What `npm run dev` shows instead of a page while a content file is wrong. */
export function ContentProblems({ problems }: { problems: readonly string[] }) {
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-5 py-10">
      <h1 className="text-2xl font-semibold text-red-700 dark:text-red-400">Content check failed</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        Fix {problems.length === 1 ? 'this problem' : `these ${problems.length} problems`}; the page reloads by itself.
      </p>
      <ul className="mt-6 space-y-3 font-mono text-sm">
        {problems.map((p) => (
          <li
            key={p}
            className="rounded border border-red-300 bg-red-50 p-3 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          >
            {p}
          </li>
        ))}
      </ul>
    </main>
  )
}
