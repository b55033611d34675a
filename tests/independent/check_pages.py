"""Independent check of Tocsin's pre-rendered pages: Python's html.parser
reads each page's preview tags, xml.etree the sitemap and the Atom feed, and
feedparser (PyPI, installed by `cargo xtask test` into target/python) reads
the feed as a feed reader would; all must agree with the content files as
the build publishes them (dist/data).

usage: check_pages.py <dist> <data> <base url>; prints every disagreement
and exits 1 if there is any.
"""
import json
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

try:
    import feedparser
except ImportError:
    sys.exit("check_pages.py needs feedparser: run `cargo xtask test` once (it installs it into target/python), or `pip install --target target/python feedparser`")

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


class Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.canonical, self.title, self._in_title = {}, None, "", False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and "content" in a:
            self.meta[a.get("property") or a.get("name")] = a["content"]
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def page_file(dist, path):
    """The file a static host answers a page's path with: `<path>.html`, or
    the folder's `index.html`."""
    path = path.strip("/")
    files = [dist / f"{path}.html"] if path else []
    files.append(dist / path / "index.html")
    return next((file for file in files if file.is_file()), files[-1])


def main(dist, data, base):
    problems = []
    site = json.loads((data / "site.json").read_text())
    pages = []
    for kind, folder in (("article", "articles"), ("campaign", "campaigns")):
        for file in sorted((data / folder).glob("*.json")):
            content = json.loads(file.read_text())
            url = f"{base}/{folder}/{content['slug']}"
            head = Head()
            head.feed(page_file(dist, f"{folder}/{content['slug']}").read_text())
            description = content["standfirst"] if kind == "article" else content["summary"]
            want = {
                "og:title": content["title"],
                "og:description": description,
                "description": description,
                "og:type": "article",
                "og:url": url,
                "og:site_name": site["name"],
                "twitter:card": "summary",
                # X takes the title and description from Open Graph.
                "twitter:title": None,
                "twitter:description": None,
            }
            if kind == "article":
                want["article:published_time"] = content["published"]
            for key, value in want.items():
                if head.meta.get(key) != value:
                    problems.append(f"{url}: {key} is {head.meta.get(key)!r}, not {value!r}")
            if head.canonical != url:
                problems.append(f"{url}: canonical is {head.canonical!r}")
            if head.title != f"{content['title']} · {site['name']}":
                problems.append(f"{url}: title is {head.title!r}")
            pages.append((url, content))
    # The list pages, worked out here from the articles: the front page,
    # the campaigns, each month with articles and each tag in use; and each
    # month's list files, page after page, hold exactly that month's
    # articles, newest first.
    written = [c for u, c in pages if "/articles/" in u]
    lists = [(f"{base}/", site["name"]), (f"{base}/campaigns", "Campaigns")]
    tags = {t for a in written for t in a.get("tags", [])}
    for month in sorted({a["published"][:7] for a in written}):
        year, number = month.split("-")
        lists.append((f"{base}/archive/{year}/{number}", None))
        folder = dist / "data" / "lists" / "archive" / month
        first = json.loads((folder / "1.json").read_text())
        got = []
        for page in range(1, first["pages"] + 1):
            listed = json.loads((folder / f"{page}.json").read_text())
            got += [(a["slug"], a["published"]) for a in listed["articles"]]
        want = {a["slug"] for a in written if a["published"].startswith(month)}
        if sorted(got, key=lambda g: g[1], reverse=True) != got or {g[0] for g in got} != want:
            problems.append(f"lists/archive/{month}/ lists {got}")
    lists += [(f"{base}/tags/{tag}", f"#{tag}") for tag in sorted(tags)]
    for url, title in lists:
        path = page_file(dist, url[len(base) + 1:])
        if not path.is_file():
            problems.append(f"{url}: no page at {path}")
            continue
        head = Head()
        head.feed(path.read_text())
        if head.canonical != url or head.meta.get("og:url") != url:
            problems.append(f"{url}: canonical {head.canonical!r}, og:url {head.meta.get('og:url')!r}")
        if head.meta.get("og:type") != "website" or not head.meta.get("description"):
            problems.append(f"{url}: og:type {head.meta.get('og:type')!r}, description {head.meta.get('description')!r}")
        if title is not None and head.meta.get("og:title") != title:
            problems.append(f"{url}: og:title is {head.meta.get('og:title')!r}, not {title!r}")
    # sitemap.xml is the sitemap, or an index of sitemaps beside it.
    root = ET.parse(dist / "sitemap.xml").getroot()
    parts = [root]
    if root.tag == f"{SITEMAP}sitemapindex":
        parts = [ET.parse(dist / loc.text.rsplit("/", 1)[1]).getroot()
                 for loc in root.iter(f"{SITEMAP}loc")]
    listed = {loc.text for part in parts for loc in part.iter(f"{SITEMAP}loc")}
    for url in [u for u, _ in pages] + [u for u, _ in lists]:
        if url not in listed:
            problems.append(f"sitemap.xml does not list {url}")
    feed = ET.parse(dist / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    articles = [c for u, c in pages if "/articles/" in u]
    # The feed holds the latest fifty.
    if len(entries) != min(len(articles), 50):
        problems.append(f"feed.xml has {len(entries)} entries for {len(articles)} articles")
    dates = [e.findtext(f"{ATOM}published") for e in entries]
    if dates != sorted(dates, reverse=True):
        problems.append("feed.xml is not newest first")
    titles = {e.findtext(f"{ATOM}title") for e in entries}
    for article in articles:
        if article["title"] not in titles:
            problems.append(f"feed.xml lacks {article['title']!r}")
    parsed = feedparser.parse(str(dist / "feed.xml"))
    if parsed.bozo or parsed.version != "atom10":
        problems.append(f"feedparser: {parsed.get('bozo_exception')!r}, version {parsed.version!r}")
    if parsed.feed.get("title") != site["name"]:
        problems.append(f"feedparser: feed title {parsed.feed.get('title')!r}")
    by_link = {e.link: e for e in parsed.entries}
    for url, content in pages:
        if "/articles/" in url:
            entry = by_link.get(url)
            if entry is None or entry.title != content["title"] or entry.summary != content["standfirst"]:
                problems.append(f"feedparser: entry for {url} is {entry!r}")
            elif entry.published_parsed[:3] != tuple(int(p) for p in content["published"].split("-")):
                problems.append(f"feedparser: {url} published {entry.published!r}")
    # Each other language has its own feed, in its language, linking its pages.
    for language in site["languages"][1:]:
        other = feedparser.parse(str(dist / language / "feed.xml"))
        if other.bozo or other.feed.get("language") != language:
            problems.append(f"{language}/feed.xml: language {other.feed.get('language')!r}, "
                            f"{other.get('bozo_exception')!r}")
        links = [e.link for e in other.entries]
        if len(links) != len(parsed.entries) or not all(l.startswith(f"{base}/{language}/articles/") for l in links):
            problems.append(f"{language}/feed.xml links {links!r}")
    if f"Sitemap: {base}/sitemap.xml" not in (dist / "robots.txt").read_text():
        problems.append("robots.txt does not point to the sitemap")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]))
