// The page in Debian's Chromium, driven by playwright-core: paste an article, see the
// highlighted people and the analyst's table, drop files (one of them unreadable), and
// check that no request leaves for another origin. Saves docs/screenshot.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const shared = process.env.MIZAN_SHARED || new URL("../../../shared", import.meta.url).pathname;
const seedPath = join(shared, "seeds/003_1519af166ae1b5ff.txt");

// Our own short article, for machines without ../shared.
const FIXTURE = `الرئيس الروسي يستقبل المبعوث الأمريكي في موسكو

استقبل الرئيس الروسي فلاديمير بوتين، أمس، المبعوث الأمريكي الخاص ستيف ويتكوف في الكرملين بموسكو.
وقال كيريل دميترييف، الممثل الخاص للرئيس الروسي للاستثمار، إن اللقاء كان إيجابيًا.`;

let server, browser, origin;
before(async () => {
  server = await startServer(0);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${origin}/`);
  return { page, requests, errors };
}

test("paste an article: people highlighted, analyst table shown, nothing leaves the origin", async () => {
  let text = FIXTURE;
  if (existsSync(seedPath)) text = readFileSync(seedPath, "utf8");
  else if (process.env.MIZAN_REQUIRE_SHARED) assert.fail(`seed article missing: ${seedPath}`);
  else console.error(`\n*** e2e: ${seedPath} not found; using the built-in fixture article instead\n`);
  const { page, requests, errors } = await openPage();
  await page.fill("#text", text);
  await page.click("#analyze");
  await page.waitForSelector(".result .analyst-table tbody tr");
  const people = await page.locator(".result mark.ent.person").allTextContents();
  for (const name of ["كيريل دميترييف", "ستيف ويتكوف", "فلاديمير بوتين"]) {
    assert.ok(people.includes(name), `${name} highlighted as a person (got ${JSON.stringify(people)})`);
  }
  const rows = await page.locator(".result .analyst-table tbody tr td:first-child").allTextContents();
  assert.ok(rows.some((r) => r.includes("ستيف ويتكوف")), JSON.stringify(rows));
  assert.ok(page.workers().some((w) => w.url().endsWith("/www/worker.js")), "analysis runs in a web worker");
  // The stance: a gauge, evidence with cue words marked, sections, and both summaries.
  assert.equal(await page.locator(".result .stance meter").count(), 1);
  assert.ok((await page.locator(".result .stance .evidence mark.cue-positive").count()) > 0, "positive cues marked");
  assert.ok((await page.locator(".result .stance .sections li").count()) >= 3, "section breakdown");
  assert.match(await page.locator(".result .summary-en").textContent(), /Russia/);
  assert.ok((await page.locator(".result .summary-ar").textContent()).length > 40);
  await page.screenshot({ path: new URL("../../docs/screenshot.png", import.meta.url).pathname });
  assert.deepEqual(errors, []);
  const foreign = requests.filter((u) => !u.startsWith(origin + "/") && !u.startsWith("data:"));
  assert.deepEqual(foreign, [], "no request leaves for another origin");
  await page.close();
});

test("dropped files: text and HTML analysed, an unreadable file reported, the rest still shown", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mizan-e2e-"));
  const good = join(dir, "خبر.txt");
  const html = join(dir, "page.html");
  const bad = join(dir, "broken.txt");
  writeFileSync(good, FIXTURE);
  writeFileSync(html, `<html><head><title>t</title><script>window.bad = 1</script><style>p{}</style></head>
    <body><nav>القائمة</nav><h1>لقاء في موسكو</h1><p>التقى الرئيس الروسي فلاديمير بوتين المبعوث الأمريكي ستيف ويتكوف.</p>
    <img src="https://example.com/x.png"></body></html>`);
  writeFileSync(bad, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
  const { page, requests, errors } = await openPage();
  await page.setInputFiles("#files", [good, bad, html]);
  await page.waitForFunction(() => document.querySelectorAll(".result").length >= 3, null, { timeout: 20000 });
  const errorCards = await page.locator(".result.error").allTextContents();
  assert.equal(errorCards.length, 1);
  assert.match(errorCards[0], /broken\.txt/);
  const titles = await page.locator(".result:not(.error) .source").allTextContents();
  assert.equal(titles.length, 2, JSON.stringify(titles));
  const people = await page.locator(".result mark.ent.person").allTextContents();
  assert.ok(people.includes("فلاديمير بوتين"), JSON.stringify(people));
  assert.equal(await page.evaluate(() => window.bad), undefined, "scripts in dropped HTML never run");
  assert.deepEqual(errors, []);
  const foreign = requests.filter((u) => !u.startsWith(origin + "/") && !u.startsWith("data:"));
  assert.deepEqual(foreign, [], "no request leaves for another origin (not even the dropped page's image)");
  await page.close();
});
