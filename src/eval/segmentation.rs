//! Clitic segmentation accuracy on the WikiNews gold segmentation.
//!
//! Only clitic boundaries are compared: proclitics (و ف ب ك ل س), the article ال, and the
//! enclitic pronouns of [`ENCLITICS`]; noun suffixes and verb inflection are ignored. A word
//! counts as right when its proclitics and its enclitic are exactly the gold's.

use serde_json::{json, Value};

use crate::corpus::{wikinews_articles, wikinews_segmentation, GoldWord};
use crate::doc::Document;
use crate::text::clitics::{segment_document, ENCLITICS};
use crate::text::normalize::{key, light, normalize};
use crate::text::tokenize::{is_arabic_letter, tokenize};

/// A word's clitics: proclitics in order, then the enclitic.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Clitics {
    /// Proclitics, the article as ال.
    pub pro: Vec<String>,
    /// The enclitic pronoun.
    pub enc: Option<String>,
}

/// The surface word and its clitics, read from a gold word.
pub fn gold_clitics(g: &GoldWord) -> (String, Clitics) {
    let n = g.segs.len();
    let enc = (n >= 2 && g.tags[n - 1] == "PRON" && ENCLITICS.contains(&g.segs[n - 1].as_str()))
        .then(|| g.segs[n - 1].clone());
    // Proclitics come before the stem; a word may be proclitic + pronoun only ("بها").
    let limit = n - 1;
    let mut pro = Vec::new();
    let mut i = 0;
    while i < limit {
        let ok = matches!(
            (g.segs[i].as_str(), g.tags[i].as_str()),
            ("و" | "ف", "CONJ") | ("ب" | "ل" | "ك", "PREP") | ("ل", "PART") | ("س", "FUT_PART") | ("ال", "DET")
        );
        if !ok {
            break;
        }
        pro.push(g.segs[i].clone());
        i += 1;
    }
    // The surface: segments joined, ل + ال written لل.
    let mut surface = String::new();
    for (k, s) in g.segs.iter().enumerate() {
        if s == "ال" && k > 0 && g.segs[k - 1] == "ل" && g.tags[k - 1] != "NOUN" {
            surface.push('ل');
        } else {
            surface.push_str(s);
        }
    }
    (surface, Clitics { pro, enc })
}

/// Cuts the gold word stream into its articles: each article of articles.jsonl begins where
/// the first words of its title appear next. Falls back to one document if titles are missing.
fn split_articles(words: &[(String, Clitics)]) -> Vec<Vec<(String, Clitics)>> {
    let keys: Vec<String> = words.iter().map(|(w, _)| key(w)).collect();
    let mut cuts = Vec::new();
    if let Ok(arts) = wikinews_articles() {
        let mut from = 0;
        for a in &arts {
            let title: Vec<String> = a.title.split_whitespace().take(3).map(key).collect();
            if title.is_empty() {
                continue;
            }
            if let Some(p) =
                (from..keys.len().saturating_sub(title.len())).find(|&p| keys[p..p + title.len()] == title[..])
            {
                cuts.push(p);
                from = p + 1;
            }
        }
    }
    if cuts.first() != Some(&0) {
        cuts.insert(0, 0);
    }
    cuts.push(words.len());
    cuts.windows(2).map(|w| words[w[0]..w[1]].to_vec()).collect()
}

/// Accuracy of the pipeline's segmentation against the WikiNews gold. Each article is
/// segmented as Mizan segments a document (with its own words as evidence); the gold's
/// articles begin at its "#" lines.
pub fn run() -> Result<(String, Value), String> {
    let gold = wikinews_segmentation()?;
    let words_all: Vec<(String, Clitics)> =
        gold.iter().filter(|g| !(g.segs.len() == 1 && g.segs[0] == "#")).map(gold_clitics).collect();
    let articles = split_articles(&words_all);
    let mut words = 0usize;
    let mut right = 0usize;
    let mut errors: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut examples: Vec<String> = Vec::new();
    for art in &articles {
        // The article as text: words separated by spaces, each word's byte offset kept.
        let mut text = String::new();
        let mut offsets = Vec::with_capacity(art.len());
        for (w, _) in art {
            offsets.push(text.len());
            text.push_str(w);
            text.push(' ');
        }
        let mut doc = Document::new(&text, normalize(&text));
        doc.tokens = tokenize(&doc.norm);
        segment_document(&mut doc);
        let mut t = 0;
        for ((surface, want), &off) in art.iter().zip(&offsets) {
            let w = light(surface);
            if w.is_empty() || !w.chars().all(is_arabic_letter) {
                continue;
            }
            while t < doc.tokens.len() && (doc.tokens[t].span.s()) < off {
                t += 1;
            }
            if t >= doc.tokens.len() || doc.tokens[t].span.s() != off || doc.tokens[t].span.e() != off + surface.len() {
                continue; // the tokenizer split the gold word differently (rare): not comparable
            }
            words += 1;
            let s = &doc.segs[t];
            let got = Clitics {
                pro: s.proclitics().iter().map(|p| p.to_string()).collect(),
                enc: s.enclitic_str().map(str::to_string),
            };
            if &got == want {
                right += 1;
            } else {
                let kind = format!("{:?}/{:?} -> {:?}/{:?}", want.pro, want.enc, got.pro, got.enc);
                *errors.entry(kind).or_default() += 1;
                if examples.len() < 80 {
                    examples.push(format!(
                        "{w}: gold {:?}/{:?} got {:?}+{}+{:?}",
                        want.pro,
                        want.enc,
                        got.pro,
                        s.stem(&w),
                        got.enc
                    ));
                }
            }
        }
    }
    let acc = if words > 0 { right as f64 / words as f64 } else { 0.0 };
    let mut report = format!(
        "segmentation (WikiNews gold, clitic level, {} articles): accuracy {:.2}% on {words} words\n",
        articles.len(),
        acc * 100.0
    );
    let mut errs: Vec<_> = errors.into_iter().collect();
    errs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    report.push_str("most frequent errors (gold -> predicted):\n");
    for (k, n) in errs.iter().take(12) {
        report.push_str(&format!("  {n:5}  {k}\n"));
    }
    if std::env::var_os("MIZAN_EVAL_EXAMPLES").is_some() {
        for e in &examples {
            report.push_str(&format!("  {e}\n"));
        }
    }
    Ok((report, json!({"task": "segmentation", "accuracy": acc, "words": words, "articles": articles.len()})))
}
