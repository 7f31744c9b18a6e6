// Runs Mozilla Readability (with jsdom) over a list of HTML pages, for the side-by-side comparison with Kronika
// (eval/extraction-side-by-side.sh). Reads the list from standard input, one page a line, TAB-separated:
//   id <TAB> path of the HTML (gzipped when it ends in .gz) <TAB> url (optional)
// and prints one JSON line per page, in list order:
//   {"id", "text", "title", "byline", "publishedTime", "ms"}
// where text is the article's textContent ("" when Readability finds no article) and ms is the wall time of
// parsing the page with jsdom and running Readability on it, in milliseconds (reading and gunzipping the file are
// not counted). A page that throws prints {"id", "error", "ms"} instead.
//
// jsdom 29.1.1 throws while it parses some style sheets (a calc() in min-height, where a browser would drop the one
// declaration), before Readability runs at all. Readability never reads style sheets (it looks at inline styles and
// hidden attributes only), so such a page is parsed again without its <style> elements; the line then says
// "retried": "without <style>" and ms counts both attempts.
//
// --utf8 decodes every page as UTF-8 and hands jsdom a string, as the Zyte and WCXB benchmarks' own runners do (both
// sets are stored in UTF-8, and many Zyte pages declare no charset, which a browser would read as windows-1252).
// Without it jsdom gets the bytes and picks the encoding from a byte-order mark or a meta tag, as a browser does.
//
// --warmup S first runs pages untimed and unprinted, from the top of the list and round again, until S seconds have
// passed, so that the timings are those of a warm process (JIT-compiled jsdom and Readability); Kronika's side warms
// up for the same time.

import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

function parseArguments(argv) {
  let warmup = 0;
  let utf8 = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--warmup" && i + 1 < argv.length) {
      warmup = Number.parseFloat(argv[++i]);
    } else if (argv[i] === "--utf8") {
      utf8 = true;
    } else {
      throw new Error(`unknown argument ${argv[i]} (usage: node run.mjs [--utf8] [--warmup SECONDS] < pages.tsv)`);
    }
  }
  if (!Number.isFinite(warmup) || warmup < 0) {
    throw new Error("--warmup takes a number of seconds");
  }
  return { warmup, utf8 };
}

function readPages() {
  return readFileSync(0, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const [id, path, url] = line.split("\t");
      if (!id || !path) {
        throw new Error(`expected "id<TAB>path[<TAB>url]", got ${JSON.stringify(line)}`);
      }
      return { id, path, url: url && url.length > 0 ? url : undefined };
    });
}

function readHtml(path) {
  const bytes = readFileSync(path);
  return path.endsWith(".gz") ? gunzipSync(bytes) : bytes;
}

function parse(html, url) {
  return new JSDOM(html, {
    url: url ?? "https://example.invalid/",
    contentType: "text/html",
    // A console that forwards nothing: jsdom's complaints about CSS it cannot parse must not reach stdout.
    virtualConsole: new VirtualConsole(),
  });
}

const styleElements = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

function extract(bytes, url, utf8) {
  const html = utf8 ? utf8Decoder.decode(bytes) : bytes;
  let dom;
  let retried;
  try {
    dom = parse(html, url);
  } catch {
    const text = typeof html === "string" ? html : utf8Decoder.decode(html);
    dom = parse(text.replace(styleElements, ""), url);
    retried = "without <style>";
  }
  try {
    return { article: new Readability(dom.window.document).parse(), retried };
  } finally {
    dom.window.close();
  }
}

const { warmup, utf8 } = parseArguments(process.argv.slice(2));
const utf8Decoder = new TextDecoder("utf-8");
const pages = readPages().map((page) => ({ ...page, bytes: readHtml(page.path) }));

const warmupEnds = performance.now() + warmup * 1000;
for (let i = 0; pages.length > 0 && performance.now() < warmupEnds; i = (i + 1) % pages.length) {
  try {
    extract(pages[i].bytes, pages[i].url, utf8);
  } catch {
    // The timed pass reports the error.
  }
}

for (const page of pages) {
  const started = performance.now();
  let line;
  try {
    const { article, retried } = extract(page.bytes, page.url, utf8);
    const ms = performance.now() - started;
    line = {
      id: page.id,
      text: article?.textContent ?? "",
      title: article?.title ?? null,
      byline: article?.byline ?? null,
      publishedTime: article?.publishedTime ?? null,
      ms,
      ...(retried ? { retried } : {}),
    };
  } catch (error) {
    line = { id: page.id, error: String(error?.stack ?? error), ms: performance.now() - started };
  }
  process.stdout.write(JSON.stringify(line) + "\n");
}
