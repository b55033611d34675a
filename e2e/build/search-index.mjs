// Builds the archive's search index with Pagefind's Node API, for
// `cargo xtask build` (xtask/src/search.rs): one record per article, read
// from the JSON file the build writes, all in one index so that a search
// from a page in any language finds articles in every language.
//
//   node e2e/build/search-index.mjs RECORDS.json OUTPUT_DIR LANGUAGE
//
// RECORDS.json holds [{url, content, language, meta: {…}}]; LANGUAGE is the
// site's first language, whose word rules the one index uses.
import { readFile } from "node:fs/promises";
import * as pagefind from "pagefind";

const [recordsFile, outputPath, language] = process.argv.slice(2);
if (!recordsFile || !outputPath || !language) {
  console.error("usage: node search-index.mjs RECORDS.json OUTPUT_DIR LANGUAGE");
  process.exit(2);
}

const fail = (what, errors) => {
  console.error(`search index: ${what}: ${errors.join("; ")}`);
  process.exit(1);
};

const records = JSON.parse(await readFile(recordsFile, "utf8"));
const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
if (!index) fail("cannot start Pagefind", errors);

// Sent in batches: one message at a time would wait on the service for each.
const BATCH = 200;
for (let at = 0; at < records.length; at += BATCH) {
  const answers = await Promise.all(records.slice(at, at + BATCH).map((r) => index.addCustomRecord(r)));
  const failed = answers.flatMap((a) => a.errors);
  if (failed.length) fail("a record was refused", failed);
}
const written = await index.writeFiles({ outputPath });
if (written.errors.length) fail("cannot write the index", written.errors);
await pagefind.close();
console.log(`search index: ${records.length} articles`);
