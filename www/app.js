// Mizan's page: reads pasted text or dropped files, sends them to the analysis worker,
// and renders the results. All text is inserted as DOM text (never as HTML).

const KIND_AR = {
  person: "شخص", organization: "مؤسسة", location: "مكان", date: "زمن",
  money: "مال", percent: "نسبة", misc: "أخرى",
};
const EVENT_AR = {
  visit: "زيارة", arrival: "وصول", departure: "مغادرة", meeting: "اجتماع", talks: "محادثات",
  reception: "استقبال", call: "اتصال", agreement: "اتفاق", summit: "قمة", statement: "تصريح",
};
const ROLE_AR = {
  agent: "الفاعل", visitor: "الزائر", host: "المضيف", guest: "الضيف", with: "مع", speaker: "المتحدث",
  signatory: "الموقِّع", participant: "مشارك", caller: "المتصل", callee: "المتلقي", arriving: "الواصل",
};
const MODALITY_AR = { happened: "وقع", planned: "مخطط", possible: "محتمل", denied: "منفي" };
const CUE_AR = {
  positive: "إيجابي", negative: "سلبي", hedge: "تحفّظ", negator: "نفي", intensifier: "تقوية",
  diminisher: "تخفيف", contrast: "استدراك", past: "تجاوز للماضي", remedy: "معالجة", negated: "منفي",
};
const LABEL_AR = { positive: "إيجابي", negative: "سلبي", neutral: "محايد", mixed: "مختلط", hedged: "متحفظ" };

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c != null) node.append(c);
  return node;
};

// ---- the worker -------------------------------------------------------------
const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
const pending = new Map();
let nextId = 1;
let ready;
const readyPromise = new Promise((r) => (ready = r));
worker.onmessage = (e) => {
  if (e.data.ready) return ready();
  const p = pending.get(e.data.id);
  if (!p) return;
  pending.delete(e.data.id);
  if (e.data.error) p.reject(new Error(e.data.error));
  else p.resolve(e.data.analysis);
};
worker.onerror = (e) => setStatus(`تعذّر تشغيل المحلل: ${e.message || "خطأ في العامل"}`);
function analyze(text) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, text });
  });
}

// ---- input ------------------------------------------------------------------
function setStatus(s) { $("#status").textContent = s; }

/** Reduces an HTML document to its readable text (scripts, styles and navigation dropped). */
function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  doc.querySelectorAll("script, style, noscript, template, nav, footer, iframe, svg, head").forEach((n) => n.remove());
  const blocks = "p,div,h1,h2,h3,h4,h5,h6,li,tr,br,article,section,header,blockquote,pre,table,ul,ol,figcaption";
  doc.querySelectorAll(blocks).forEach((n) => n.append(doc.createTextNode("\n")));
  return (doc.body ? doc.body.textContent : "").replace(/[ \t\u00a0]+/g, " ").replace(/\n\s*\n+/g, "\n\n").trim();
}

/** Reads a file as UTF-8 text, or throws a message naming what is wrong with it. */
async function readFile(file) {
  const buf = await file.arrayBuffer();
  const bytes = new Uint8Array(buf);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new Error(`${file.name}: ملف ثنائي وليس نصًا (بايت صفري عند الموضع ${nul})`);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file.name}: ليس نصًا بترميز UTF-8`);
  }
  if (/\.html?$/i.test(file.name) || file.type === "text/html") text = htmlToText(text);
  if (!text.trim()) throw new Error(`${file.name}: الملف فارغ`);
  return text;
}

async function run(source, text) {
  await readyPromise;
  const started = performance.now();
  try {
    const analysis = await analyze(text);
    renderResult(source, text, analysis, performance.now() - started);
  } catch (err) {
    renderError(source, err.message);
  }
}

async function runFiles(files) {
  const list = [...files];
  if (!list.length) return;
  setStatus(`جارٍ تحليل ${list.length} ملف…`);
  for (const f of list) {
    try {
      await run(f.name, await readFile(f));
    } catch (err) {
      renderError(f.name, err.message);
    }
  }
  setStatus(`اكتمل تحليل ${list.length} ملف.`);
}

$("#analyze").addEventListener("click", async () => {
  const text = $("#text").value;
  if (!text.trim()) return setStatus("الصق نصًا أولًا.");
  setStatus("جارٍ التحليل…");
  await run("النص الملصق", text);
  setStatus("اكتمل التحليل.");
});
$("#files").addEventListener("change", (e) => runFiles(e.target.files));
const drop = $("#drop");
for (const t of [drop, document.body]) {
  t.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  t.addEventListener("dragleave", () => drop.classList.remove("over"));
  t.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); runFiles(e.dataTransfer.files); });
}

// ---- rendering ----------------------------------------------------------------
function renderError(source, message) {
  const card = el("article", { class: "result error", role: "alert" },
    el("h2", { class: "source" }, source), el("p", {}, message));
  $("#results").prepend(card);
}

/** The text with entity mentions highlighted (outermost mention wins where they nest). */
function highlighted(text, analysis) {
  const marks = [];
  for (const e of analysis.entities) for (const m of e.mentions) marks.push({ ...m, entity: e });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    frag.append(text.slice(at, m.start));
    frag.append(el("mark", {
      class: `ent ${m.entity.kind}`, title: `${KIND_AR[m.entity.kind]}: ${m.entity.name}${m.entity.latin ? " — " + m.entity.latin : ""}`,
      dataset: { entity: m.entity.id, kind: m.entity.kind },
    }, text.slice(m.start, m.end)));
    at = m.end;
  }
  frag.append(text.slice(at));
  return frag;
}

function withCues(text, ev) {
  const frag = document.createDocumentFragment();
  let at = ev.start;
  for (const c of [...ev.cues].sort((a, b) => a.start - b.start)) {
    if (c.start < at) continue;
    frag.append(text.slice(at, c.start));
    const cls = c.scope ? `cue-${c.kind} scope-${c.scope}` : `cue-${c.kind}`;
    const tip = `${CUE_AR[c.kind] || c.kind}${c.scope ? ` (${CUE_AR[c.scope]})` : ""}${c.weight ? ` ${c.weight > 0 ? "+" : ""}${c.weight}` : ""}`;
    frag.append(el("mark", { class: cls, title: tip }, text.slice(c.start, c.end)));
    at = c.end;
  }
  frag.append(text.slice(at, ev.end));
  return frag;
}

function renderStance(root, text, a) {
  const s = a.stance;
  root.replaceChildren();
  if (s.placeholder) {
    root.append(el("p", { class: "placeholder-note" }, "تحليل الموقف غير متاح في هذا الإصدار بعد."));
    return;
  }
  root.append(el("p", {}, "الموضوع: ", el("strong", {}, s.topic),
    s.topicEn ? el("div", { class: "latin", dir: "ltr" }, s.topicEn) : null));
  const meter = el("meter", { min: "-1", max: "1", low: "-0.2", high: "0.2", optimum: "1", value: String(s.score) });
  root.append(el("div", { class: "gauge" },
    el("span", { class: `label-badge label-${s.label}` }, LABEL_AR[s.label] || s.label), meter,
    el("span", {}, `${s.score.toFixed(2)} · ثقة ${Math.round(s.confidence * 100)}٪ · تحفّظ ${Math.round(s.hedging * 100)}٪`)));
  if (s.evidence.length) {
    root.append(el("h4", {}, "الأدلة"));
    const ol = el("ol", { class: "evidence" });
    for (const ev of s.evidence) ol.append(el("li", {}, el("span", { class: `label-badge label-${ev.polarity}` }, LABEL_AR[ev.polarity] || ev.polarity), " ", withCues(text, ev), ev.hedged ? " (متحفّظ)" : ""));
    root.append(ol);
  }
  if (s.sections.length) {
    root.append(el("h4", {}, "الأقسام"));
    const ul = el("ul", { class: "sections" });
    for (const sec of s.sections) ul.append(el("li", {}, `${sec.title}: `, el("span", { class: `label-badge label-${sec.label === "hedged" ? "mixed" : sec.label}` }, LABEL_AR[sec.label] || sec.label), ` ${sec.score.toFixed(2)}`));
    root.append(ul);
  }
  if (s.holders.length) {
    root.append(el("h4", {}, "أصحاب الآراء"));
    const ul = el("ul", { class: "holders" });
    for (const h of s.holders) ul.append(el("li", {}, `${h.name}: `, el("span", { class: `label-badge label-${h.label}` }, LABEL_AR[h.label] || h.label), ` (${h.sentences.length} ${h.sentences.length === 1 ? "جملة" : "جمل"})`));
    root.append(ul);
  }
}

function renderResult(source, text, a, ms) {
  const card = $("#result-template").content.firstElementChild.cloneNode(true);
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const name = (id) => (byId.get(id) || {}).name || id;
  $(".source", card).textContent = a.document.headline ? a.document.headline.text : source;
  const meta = [source];
  if (a.document.dateline) meta.push(a.document.dateline.value || a.document.dateline.text);
  if (a.document.byline) meta.push(`كتب: ${a.document.byline.author}`);
  meta.push(`${a.entities.length} كيانًا · ${a.events.length} حدثًا · ${a.quotes.length} اقتباسًا · ${Math.round(ms)} مللي ثانية`);
  $(".meta", card).textContent = meta.join(" · ");
  for (const w of a.warnings) card.querySelector(".meta").append(el("span", { class: "warning" }, ` ⚠ ${w}`));
  $(".article-text", card).append(highlighted(text, a));

  const tbody = $(".analyst-table tbody", card);
  for (const r of a.table) {
    tbody.append(el("tr", { dataset: { entity: r.entity } },
      el("td", {}, r.name, r.latin ? el("div", { class: "latin", dir: "ltr" }, r.latin) : null),
      el("td", {}, r.roles.join("؛ ")), el("td", {}, r.places.join("، ")), el("td", {}, r.events.join("؛ "))));
  }
  if (!a.table.length) tbody.append(el("tr", {}, el("td", { colspan: "4" }, "لم يُعثر على أشخاص.")));

  const etb = $(".entity-table tbody", card);
  for (const e of a.entities) {
    etb.append(el("tr", { dataset: { entity: e.id, kind: e.kind } },
      el("td", {}, el("span", { class: `ent ${e.kind}` }, e.name)), el("td", { class: "latin", dir: "ltr" }, e.latin || ""),
      el("td", {}, KIND_AR[e.kind] + (e.subtype ? ` (${e.subtype})` : "")),
      el("td", {}, e.roles.map((r) => r.title).join("؛ ")),
      el("td", {}, String(e.mentions.length)), el("td", {}, e.salience.toFixed(2))));
  }

  const evs = $(".events", card);
  for (const ev of a.events) {
    const who = ev.participants.map((p) => `${name(p.entity)} (${ROLE_AR[p.role] || p.role})`).join("، ");
    const parts = [`${EVENT_AR[ev.kind] || ev.kind} «${ev.trigger.text}»`, who];
    if (ev.place) parts.push(`في ${name(ev.place)}`);
    if (ev.time) parts.push(ev.time.value ? `${ev.time.text} (${ev.time.value})` : ev.time.text);
    if (ev.duration) parts.push(`المدة: ${ev.duration.text}`);
    parts.push(MODALITY_AR[ev.modality] || ev.modality);
    evs.append(el("li", {}, parts.filter(Boolean).join(" — ")));
  }
  if (!a.events.length) evs.append(el("li", { class: "placeholder-note" }, "لا أحداث."));

  const qs = $(".quotes", card);
  for (const q of a.quotes) {
    const who = q.speaker ? name(q.speaker) : q.speakerText || "؟";
    qs.append(el("li", {}, el("strong", {}, who), q.cue ? ` (${q.cue.text})` : "", ": ", q.direct ? `«${q.text}»` : q.text));
  }
  if (!a.quotes.length) qs.append(el("li", { class: "placeholder-note" }, "لا اقتباسات."));

  renderStance($(".stance", card), text, a);
  $(".summary-ar", card).textContent = a.summary.ar;
  $(".summary-en", card).textContent = a.summary.en;
  $("#results").prepend(card);
}
