// The JS API from Node: plain objects, UTF-16 spans that slice the JS string, real Errors,
// and TypeScript types that name every field the analyser returns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Analyzer, version } from "../../js/node.js";

const TEXT = "😀👍🏽 عاجل: قالَ الرئيـــسُ الروسيُّ فلاديميرُ بوتينَ (Putin) إن «العلاقات مع أمريكا تتحسّن» في موسكو 🇷🇺.";

test("mentions slice the JavaScript string exactly", () => {
  const a = new Analyzer().analyze(TEXT);
  assert.equal(a.schemaVersion, 1);
  assert.equal(a.offsetUnit, "utf16");
  assert.equal(a.length, TEXT.length);
  let n = 0;
  for (const e of a.entities) {
    for (const m of e.mentions) {
      assert.equal(TEXT.slice(m.start, m.end), m.text, JSON.stringify(m));
      n++;
    }
  }
  assert.ok(n >= 4, `mentions found: ${n}`);
  assert.ok(a.entities.some((e) => e.kind === "person" && e.name.includes("بوتين")));
  for (const s of a.sentences) assert.ok(s.start < s.end && s.end <= TEXT.length);
});

test("stance cues and evidence slice the JavaScript string exactly", () => {
  const text = "😀 تحسّنت العلاقات 👍🏽 بين البلدين بعيدًا عن التوترات السابقة، لكن العقوبات قد تُعرقل التقارب.";
  const a = new Analyzer().analyze(text);
  assert.equal(a.stance.placeholder, false);
  let n = 0;
  for (const s of [...a.stance.evidence, ...a.stance.sentences]) {
    for (const c of s.cues) {
      assert.equal(text.slice(c.start, c.end), c.text, JSON.stringify(c));
      n++;
    }
  }
  for (const ev of a.stance.evidence) assert.equal(text.slice(ev.start, ev.end), ev.text);
  assert.ok(n >= 4, `cues found: ${n}`);
  assert.ok(a.stance.sentences.some((s) => s.hedged), "قد + present verb hedges");
  assert.ok(a.stance.sentences.flatMap((s) => s.cues).some((c) => c.scope === "past"), "past framing");
  assert.ok(a.summary.ar.length > 0 && a.summary.en.length > 0);
});

test("results are plain data, absent values are null", () => {
  const a = new Analyzer().analyze("زار وزير الخارجية المصري القاهرة.");
  assert.equal(Object.getPrototypeOf(a), Object.prototype);
  const round = JSON.parse(JSON.stringify(a));
  assert.deepEqual(round, a);
  for (const e of a.entities) {
    assert.ok(e.latin === null || typeof e.latin === "string");
    assert.ok(e.affiliation === null || typeof e.affiliation === "string");
  }
});

test("bad options and bad input throw Errors with clear messages", () => {
  assert.throws(() => new Analyzer({ tokenz: true }), (e) => e instanceof Error && /unknown field `tokenz`/.test(e.message));
  assert.throws(() => new Analyzer({ maxBytes: 0 }), (e) => e instanceof Error && /maxBytes/.test(e.message));
  assert.throws(() => new Analyzer({ referenceDate: "tomorrow" }), /referenceDate/);
  assert.throws(() => new Analyzer(42), /expected an object/);
  const a = new Analyzer({ maxBytes: 20 });
  assert.throws(() => a.analyze(42), (e) => e instanceof Error && /takes a string/.test(e.message));
  assert.throws(() => a.analyze("روسيا وأمريكا والصين والهند"), (e) => e instanceof Error && /too large/.test(e.message));
});

test("lone surrogates and odd input never break the analyser", () => {
  const a = new Analyzer();
  for (const t of ["", "\uD800", "a\uDC00b بوتين", "\u0000\u0000", "ـ".repeat(1000), "🇷🇺".repeat(500)]) {
    const r = a.analyze(t);
    assert.equal(r.length, t.length);
  }
  const t = "\uD800 قال الرئيس الروسي فلاديمير بوتين";
  const r = a.analyze(t);
  const putin = r.entities.find((e) => e.name === "فلاديمير بوتين");
  assert.ok(putin);
  assert.equal(t.slice(putin.mentions[0].start, putin.mentions[0].end), "فلاديمير بوتين");
  assert.equal(r.warnings.length, 1);
});

test("tokens option exposes the clitic segmentation", () => {
  const r = new Analyzer({ tokens: true }).analyze("وبوتين قال لبوتين بوتين");
  assert.deepEqual(r.tokens.map((t) => [t.proclitics, t.stem]), [[["و"], "بوتين"], [[], "قال"], [["ل"], "بوتين"], [[], "بوتين"]]);
});

test("the TypeScript types name every field the analyser returns", () => {
  const dts = readFileSync(new URL("../../pkg/mizan.d.ts", import.meta.url), "utf8");
  const r = new Analyzer({ tokens: true }).analyze(
    "خميس 07/08/2025: عنوان\n\nكتب: أحمد السيد\nقال الرئيس الروسي فلاديمير بوتين في موسكو أمس إن التعاون يتقدم.",
  );
  const keys = new Set();
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) { keys.add(k); walk(x); }
  };
  walk(r);
  for (const k of keys) assert.match(dts, new RegExp(`\\b${k}\\??:`), `field ${k} is not typed in mizan.d.ts`);
  assert.match(version(), /^\d+\.\d+\.\d+$/);
});

test("tokens() runs the text layer alone, with UTF-16 spans", () => {
  const t = "😀 وللرئيس «بوتينَ»";
  const toks = new Analyzer().tokens(t);
  assert.deepEqual(toks.map((x) => t.slice(x.start, x.end)), ["😀", "وللرئيس", "«", "بوتينَ", "»"]);
  assert.deepEqual(toks[1].proclitics, ["و", "ل", "ال"]);
  assert.equal(toks[1].stem, "رئيس");
  assert.throws(() => new Analyzer().tokens(null), /takes a string/);
});
