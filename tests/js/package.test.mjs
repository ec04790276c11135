// Packs the npm package, installs the tarball into a temporary project and uses it from
// Node exactly as a user would: `import { Analyzer } from "mizan"`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

test("npm pack → npm install → import { Analyzer } from 'mizan'", () => {
  const dir = mkdtempSync(join(tmpdir(), "mizan-pack-"));
  try {
    const out = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: root, encoding: "utf8" });
    const info = JSON.parse(out)[0];
    const files = info.files.map((f) => f.path);
    for (const f of ["js/node.js", "js/browser.js", "js/index.d.ts", "pkg/mizan.js", "pkg/mizan_bg.wasm", "pkg/mizan.d.ts", "data/NOTICE.md"]) {
      assert.ok(files.includes(f), `the package ships ${f}`);
    }
    assert.ok(!files.some((f) => f.startsWith("src/") || f.startsWith("target/")), "no sources or build output");
    const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"));
    const app = join(dir, "app");
    execFileSync("mkdir", ["-p", app]);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", join(dir, tarball)], { cwd: app, stdio: "pipe" });
    writeFileSync(
      join(app, "main.js"),
      `import { Analyzer } from "mizan";
const a = new Analyzer().analyze("التقى الرئيس الروسي فلاديمير بوتين المبعوث الأمريكي ستيف ويتكوف في موسكو.");
console.log(JSON.stringify(a.entities.filter((e) => e.kind === "person").map((e) => e.name)));`,
    );
    const people = JSON.parse(execFileSync("node", ["main.js"], { cwd: app, encoding: "utf8" }));
    assert.ok(people.includes("فلاديمير بوتين"), JSON.stringify(people));
    assert.ok(people.includes("ستيف ويتكوف"), JSON.stringify(people));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
