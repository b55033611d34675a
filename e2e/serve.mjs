// A small static server for the built app, on loopback only.
// A page's path answers with its `<path>.html`, or its folder's index.html
// where the folder holds pages of its own (the pre-rendered pages, as GitHub
// Pages, Netlify and Cloudflare Pages serve them); other paths without a file
// extension fall back to 404.html, the bare app, so deep links work, as on a
// static host with an SPA rewrite; a missing file with an extension (a .json,
// a .wasm) is a real 404.
//
// With --brotli it compresses what it sends, as a static host or CDN would
// (quality 11, each file once): the bench measures what a reader downloads.
//
// It caches as docs/deploy.md asks of a host: the JS, wasm and CSS, named after a
// hash of their content, for a year as immutable; everything else is
// revalidated each time, by an ETag answered with 304 when unchanged.
//
// With --prefix /tocsin it serves the folder under that path, as a host
// serving the site from a sub-path would; everything outside it is a 404.
//
// usage: node serve.mjs <dist folder> <port> [--brotli] [--prefix /path]
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? '../dist');
const port = Number(process.argv[3] ?? 4173);
const brotli = process.argv.includes('--brotli');
const prefixAt = process.argv.indexOf('--prefix');
const prefix = prefixAt > 0 ? process.argv[prefixAt + 1].replace(/\/$/, '') : '';
const blocks = headersFile(join(root, '_headers'));
const security = blocks.get('/*') ?? {};

// The blocks of a Netlify-style `_headers` file, by path pattern: the
// security headers the site ships with, served here as a static host would.
function headersFile(path) {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return new Map();
  }
  const found = new Map();
  let headers = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      headers = {};
      found.set(line.trim(), headers);
    } else if (headers) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return found;
}

// The headers for `path` (below the prefix): every block whose pattern
// matches, a header named twice sent with both values, as Netlify does.
function headersFor(path) {
  const merged = {};
  for (const [pattern, headers] of blocks) {
    const matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (!matches) continue;
    for (const [name, value] of Object.entries(headers)) {
      merged[name] = merged[name] ? `${merged[name]}, ${value}` : value;
    }
  }
  return merged;
}
// Each file is compressed once per version: a rebuild under a running
// server (new content at the same path) is compressed afresh.
const compressed = new Map();

function brotliOf(file, body, modified) {
  const key = `${file}@${modified}`;
  if (!compressed.has(key)) {
    compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return compressed.get(key);
}

// Files named after their content: Trunk's JS and wasm (`tocsin-<hash>.js`,
// `tocsin-<hash>_bg.wasm`) and the build's whole stylesheet
// (`style-<hash>.css`).
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

async function fileFor(urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  const page = extname(decoded) === '';
  // The file itself, then a page as the build writes it: `<path>.html`, or
  // the folder's `index.html` where the folder holds pages of its own.
  const trimmed = candidate.endsWith(sep) ? candidate.slice(0, -1) : candidate;
  const tries = page ? [candidate, `${trimmed}.html`, join(candidate, 'index.html')] : [candidate];
  for (const file of tries) {
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // not there: the next, then the SPA fallback below
    }
  }
  return page ? join(root, '404.html') : null;
}

createServer(async (req, res) => {
  try {
    const full = new URL(req.url ?? '/', 'http://localhost').pathname;
    const inside = full === prefix || full.startsWith(`${prefix}/`);
    const file = inside ? await fileFor(full.slice(prefix.length) || '/') : null;
    if (!file) {
      res.writeHead(404, { ...security, 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const { size, mtimeMs } = await stat(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const br = brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    // Each encoding is its own representation, with its own tag.
    const etag = `"${size.toString(36)}-${Math.round(mtimeMs).toString(36)}${br ? '-br' : ''}"`;
    const headers = {
      ...headersFor(full.slice(prefix.length) || '/'),
      'content-type': type,
      'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
      ...(brotli ? { vary: 'accept-encoding' } : {}),
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    let body = await readFile(file);
    if (br) {
      body = brotliOf(file, body, mtimeMs);
      headers['content-encoding'] = 'br';
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(400, { ...security, 'content-type': 'text/plain; charset=utf-8' });
    res.end('bad request');
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}`);
});
