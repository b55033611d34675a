// The interface catalogs, as the tests read them: what a page in another
// language must never show.
import { readFileSync } from 'node:fs';

const CATALOGS = new URL('../../public/i18n/', import.meta.url);

// The English catalog's texts, cut at its placeholders into the fragments a
// page could show: what must never appear on a Russian page.
export function englishFragments() {
  const lines = readFileSync(new URL('en.txt', CATALOGS), 'utf8').split('\n');
  return lines
    .filter((line) => /^[a-z-]+(\.[a-z]+)?\s*=/.test(line))
    .map((line) => line.slice(line.indexOf('=') + 1).trim())
    .filter((text) => !text.includes('|'))
    .flatMap((text) => text.split(/\{[a-z]+\}/))
    .map((fragment) => fragment.replace(/^[\s:(),.#←→]+|[\s:(),.#←→]+$/g, ''))
    // A word or two such as "Email" may be a name or part of the content.
    .filter((fragment) => fragment.split(/\s+/).length >= 3);
}

