// The archive's search, run by Pagefind in the browser. Its script comes
// from the index the build writes (`pagefind/`), imported only when the
// search page first searches, so no other page ever loads it.
let pagefind;

// Searches for `words` in the index at `index` (its address, ending in
// `/`) and answers the number of matches and the first `count` of them, as
// JSON `crate::search::Answer` reads; a failure rejects, and the next
// search loads the index afresh.
export async function search(index, words, count) {
  pagefind ??= import(`${index}pagefind.js`).then(async (module) => {
    await module.options({ basePath: index, excerptLength: 24 });
    await module.init();
    return module;
  });
  try {
    const module = await pagefind;
    const found = await module.search(words);
    const shown = await Promise.all(found.results.slice(0, count).map((result) => result.data()));
    return JSON.stringify({
      total: found.results.length,
      hits: shown.map(({ meta, excerpt }) => ({
        slug: meta.slug,
        title: meta.title,
        language: meta.language,
        date: meta.date,
        excerpt,
      })),
    });
  } catch (error) {
    pagefind = undefined;
    throw error;
  }
}
