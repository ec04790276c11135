//! Stance against the project's gold labels of Wikinews articles (`gold/stance/wikinews.json`:
//! ids and labels only; the text is read from the shared corpus). Even article ids are the
//! development split, odd ids the test split.
//!
//! - **article**: Mizan's `stance.label` against the gold label (positive, negative,
//!   neutral, mixed): accuracy and macro-F1 over the labels that occur.
//! - **sentence**: for each gold sentence, the signed weights of the cues Mizan found inside
//!   it are summed and labelled as Mizan labels its own sentences
//!   ([`crate::stance::Label::of_sentence`]), so that sentence splitting differences do not
//!   count: accuracy and macro-F1 over positive, negative, neutral.
//!
//! The confusion matrices printed are the development split's only (the test split is held
//! out: its figures are reported, its errors are not shown).
//!
//! With `--dev-errors`, the development split's wrong sentences follow the report, with the
//! cues behind them (every sentence of an article whose label is wrong).
//!
//! The seeds' labels (`../shared/gold/seeds.json`) are reported beside them when present.

use serde::Deserialize;
use serde_json::{json, Value};

use crate::corpus::wikinews_articles;
use crate::stance::Label;

#[derive(Debug, Deserialize)]
struct GoldArticle {
    id: String,
    label: String,
    sentences: Vec<GoldSentence>,
}

#[derive(Debug, Deserialize)]
struct GoldSentence {
    paragraph: i64,
    start: usize,
    end: usize,
    label: String,
}

const ARTICLE_LABELS: [&str; 4] = ["positive", "negative", "neutral", "mixed"];
const SENTENCE_LABELS: [&str; 3] = ["positive", "negative", "neutral"];

/// Gold/predicted pairs of one level.
#[derive(Default)]
struct Pairs(Vec<(String, String)>);

impl Pairs {
    fn accuracy(&self) -> f64 {
        if self.0.is_empty() {
            return 0.0;
        }
        self.0.iter().filter(|(g, p)| g == p).count() as f64 / self.0.len() as f64
    }

    /// Macro-F1 over the labels that occur in the gold or the predictions.
    fn macro_f1(&self, labels: &[&str]) -> f64 {
        let mut f1s = Vec::new();
        for l in labels {
            let tp = self.0.iter().filter(|(g, p)| g == l && p == l).count() as f64;
            let gold = self.0.iter().filter(|(g, _)| g == l).count() as f64;
            let pred = self.0.iter().filter(|(_, p)| p == l).count() as f64;
            if gold + pred == 0.0 {
                continue;
            }
            f1s.push(2.0 * tp / (gold + pred));
        }
        if f1s.is_empty() {
            0.0
        } else {
            f1s.iter().sum::<f64>() / f1s.len() as f64
        }
    }

    /// "gold→predicted: n" lines of the confusion matrix.
    fn confusion(&self, labels: &[&str]) -> String {
        let mut out = String::from("           predicted:");
        for l in labels {
            out.push_str(&format!(" {l:>9}"));
        }
        out.push('\n');
        for g in labels {
            out.push_str(&format!("    gold {g:>9}:"));
            for p in labels {
                let n = self.0.iter().filter(|(a, b)| a == g && b == p).count();
                out.push_str(&format!(" {n:>9}"));
            }
            out.push('\n');
        }
        out
    }
}

fn gold(path: Option<&str>) -> Result<Vec<GoldArticle>, String> {
    super::read_gold::<GoldArticle>("gold/stance/wikinews.json", path)
}

/// The seeds' article labels, when the shared gold is there: (file, gold, predicted).
fn seeds() -> Vec<(String, String, String)> {
    let Ok(shared) = crate::corpus::shared_dir() else { return Vec::new() };
    let Ok(text) = std::fs::read_to_string(shared.join("gold/seeds.json")) else { return Vec::new() };
    let Ok(g) = serde_json::from_str::<Value>(&text) else { return Vec::new() };
    let analyzer = crate::Analyzer::default();
    let mut out = Vec::new();
    for art in g["articles"].as_array().into_iter().flatten() {
        let (Some(file), Some(label)) = (art["file"].as_str(), art["stance"]["label"].as_str()) else { continue };
        let Ok(t) = std::fs::read_to_string(shared.join(file)) else { continue };
        if let Ok(a) = analyzer.analyze(&t) {
            out.push((file.to_string(), label.to_string(), a.stance.label));
        }
    }
    out
}

/// `mizan eval stance`; with `dev_errors`, the development split's errors follow the report.
pub fn run(gold_path: Option<&str>, dev_errors: bool) -> Result<(String, Value), String> {
    let gold = gold(gold_path)?;
    let arts = wikinews_articles()?;
    let analyzer = crate::Analyzer::default();
    // [dev, test] × [article, sentence]
    let mut art_pairs = [Pairs::default(), Pairs::default()];
    let mut sent_pairs = [Pairs::default(), Pairs::default()];
    let mut errors = String::new();
    for g in &gold {
        let Some(art) = arts.iter().find(|a| a.id == g.id) else {
            return Err(format!("article {} of the gold is not in articles.jsonl", g.id));
        };
        let text = art.text();
        let a = analyzer.analyze(&text).map_err(|e| e.to_string())?;
        let num: usize = g.id.rsplit('-').next().and_then(|x| x.parse().ok()).unwrap_or(0);
        let s = num % 2;
        art_pairs[s].0.push((g.label.clone(), a.stance.label.clone()));
        let show = dev_errors && s == 0;
        let article_wrong = g.label != a.stance.label;
        if show {
            let mark = if article_wrong { "WRONG" } else { "ok" };
            let sums = a.stance.sentences.iter().map(|s| s.cues.iter().map(|c| c.weight).sum::<f64>());
            let pos: f64 = sums.clone().filter(|&x| x > 0.0).sum();
            let neg: f64 = -sums.filter(|&x| x < 0.0).sum::<f64>();
            let np = a.stance.sentences.iter().filter(|s| s.polarity == "positive").count();
            let nn = a.stance.sentences.iter().filter(|s| s.polarity == "negative").count();
            let at = |i: u32| a.stance.sentences.iter().find(|s| s.sentence == i).map_or(0.0, |s| s.score);
            errors.push_str(&format!(
                "{} {mark}: gold {}, Mizan {} (score {:+.2}; headline {:+.2}, lead {:+.2}; unweighted +{pos:.1} -{neg:.1}; {np}+ {nn}- of {} sentences)\n",
                g.id,
                g.label,
                a.stance.label,
                a.stance.score,
                at(0),
                at(1),
                a.sentences.len()
            ));
        }
        for gs in &g.sentences {
            let (b, e) = art.byte_span(gs.paragraph, gs.start, gs.end);
            let (b, e) = (b as u32, e as u32);
            let cues: Vec<_> =
                a.stance.sentences.iter().flat_map(|s| &s.cues).filter(|c| c.start >= b && c.end <= e).collect();
            let raw: f64 = cues.iter().map(|c| c.weight).sum();
            let pred = Label::of_sentence(raw).name();
            if show && (article_wrong || pred != gs.label) {
                let cues: Vec<String> =
                    cues.iter().map(|c| format!("{}:{}:{:+.2}", c.text, c.kind, c.weight)).collect();
                errors.push_str(&format!(
                    "  {} {:>8} -> {:<8} {:+.2} | {}\n      [{}]\n",
                    if pred == gs.label { " " } else { "!" },
                    gs.label,
                    pred,
                    raw,
                    text.get(b as usize..e as usize).unwrap_or("").trim(),
                    cues.join(", ")
                ));
            }
            sent_pairs[s].0.push((gs.label.clone(), pred.to_string()));
        }
    }
    let mut report = format!(
        "stance (gold: {} Wikinews articles, {} sentences; docs/annotation.md)\n",
        gold.len(),
        gold.iter().map(|g| g.sentences.len()).sum::<usize>()
    );
    let mut json = serde_json::Map::new();
    json.insert("task".into(), json!("stance"));
    let mut all_a = Pairs::default();
    let mut all_s = Pairs::default();
    for k in 0..2 {
        all_a.0.extend(art_pairs[k].0.iter().cloned());
        all_s.0.extend(sent_pairs[k].0.iter().cloned());
    }
    for (name, pa, ps) in
        [("dev", &art_pairs[0], &sent_pairs[0]), ("test", &art_pairs[1], &sent_pairs[1]), ("all", &all_a, &all_s)]
    {
        let (aa, af) = (pa.accuracy(), pa.macro_f1(&ARTICLE_LABELS));
        let (sa, sf) = (ps.accuracy(), ps.macro_f1(&SENTENCE_LABELS));
        report.push_str(&format!(
            "  {name:<4} articles ({:2}): accuracy {aa:.3}  macro-F1 {af:.3}   sentences ({:3}): accuracy {sa:.3}  macro-F1 {sf:.3}\n",
            pa.0.len(),
            ps.0.len()
        ));
        json.insert(
            name.into(),
            json!({
                "article": {"accuracy": aa, "macro_f1": af, "n": pa.0.len()},
                "sentence": {"accuracy": sa, "macro_f1": sf, "n": ps.0.len()},
            }),
        );
    }
    // The confusion matrices show the development split only: the test split's errors stay
    // unseen, so that nothing is tuned on them.
    report.push_str("  articles, dev split only:\n");
    report.push_str(&art_pairs[0].confusion(&ARTICLE_LABELS));
    report.push_str("  sentences, dev split only:\n");
    report.push_str(&sent_pairs[0].confusion(&SENTENCE_LABELS));
    let seeds = seeds();
    if !seeds.is_empty() {
        report.push_str("  seeds:\n");
        for (f, g, p) in &seeds {
            report.push_str(&format!("    {f}: gold {g}, Mizan {p}\n"));
        }
        json.insert(
            "seeds".into(),
            json!(seeds.iter().map(|(f, g, p)| json!({"file": f, "gold": g, "predicted": p})).collect::<Vec<_>>()),
        );
    }
    if dev_errors {
        report.push_str("\ndev errors:\n");
        report.push_str(&errors);
    }
    Ok((report, Value::Object(json)))
}
