//! Named-entity recognition: entity-level (exact span and type, CoNLL-style) precision,
//! recall and F1 per type and micro-averaged, on the ANERcorp test split and, out of domain,
//! on AQMAR (PER/LOC/ORG; MISC reported apart).
//!
//! The whole recogniser is scored (tagger + gazetteers + rules + merge + name propagation),
//! on chunks of 25 corpus sentences treated as documents; its mentions are mapped back to
//! the corpus tokens (a mention covering part of a token — "بوتين" in "لبوتين" — tags the
//! token). Nisba, title, date and amount mentions are not named entities in these corpora
//! and are left out. The tagger alone is scored too, for comparison.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::corpus::Tagged;
use crate::ner::features::EmbeddedStats;
use crate::ner::model::{embedded, spans};
use crate::output::{EntityKind, MentionForm};
use crate::train::{chunk_document, chunks};

/// Precision/recall counts per type.
#[derive(Debug, Default, Clone)]
pub struct Prf {
    tp: BTreeMap<String, usize>,
    pred: BTreeMap<String, usize>,
    gold: BTreeMap<String, usize>,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// Entity spans `(start, end, type)` of a BIO sequence (CoNLL: an I- after O or another
/// type starts an entity).
pub fn bio_spans(tags: &[String]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let t = &tags[i];
        if t == "O" || t.len() < 3 {
            i += 1;
            continue;
        }
        let ty = t[2..].to_string();
        let mut j = i + 1;
        while j < tags.len() && tags[j].starts_with("I-") && tags[j][2..] == ty {
            j += 1;
        }
        out.push((i, j, ty));
        i = j;
    }
    out
}

impl Prf {
    /// Adds another tally to this one.
    pub fn merge(&mut self, o: &Prf) {
        for (m, om) in [(&mut self.tp, &o.tp), (&mut self.pred, &o.pred), (&mut self.gold, &o.gold)] {
            for (k, v) in om {
                *m.entry(k.clone()).or_default() += v;
            }
        }
    }

    /// Adds one sequence's gold and predicted tags.
    pub fn add(&mut self, gold: &[String], pred: &[String]) {
        let g = bio_spans(gold);
        let p = bio_spans(pred);
        for s in &g {
            *self.gold.entry(s.2.clone()).or_default() += 1;
        }
        for s in &p {
            *self.pred.entry(s.2.clone()).or_default() += 1;
            if g.contains(s) {
                *self.tp.entry(s.2.clone()).or_default() += 1;
            }
        }
    }

    fn prf(&self, types: &[&str]) -> (f64, f64, f64, usize) {
        let sum = |m: &BTreeMap<String, usize>| types.iter().map(|t| m.get(*t).copied().unwrap_or(0)).sum::<usize>();
        let (tp, pr, go) = (sum(&self.tp), sum(&self.pred), sum(&self.gold));
        let p = if pr > 0 { tp as f64 / pr as f64 } else { 0.0 };
        let r = if go > 0 { tp as f64 / go as f64 } else { 0.0 };
        (p * 100.0, r * 100.0, f1(p, r) * 100.0, go)
    }

    /// Report lines and the JSON object for the given micro types.
    pub fn summary(&self, corpus: &str, micro_types: &[&str]) -> (String, Value) {
        let mut per_type = serde_json::Map::new();
        let mut s = String::new();
        let all: Vec<String> = self
            .gold
            .keys()
            .chain(self.pred.keys())
            .cloned()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        for t in &all {
            let (p, r, f, n) = self.prf(&[t]);
            s.push_str(&format!("    {t:<5} P {p:5.1}  R {r:5.1}  F1 {f:5.1}  ({n} gold)\n"));
            per_type.insert(t.clone(), json!({"p": round1(p), "r": round1(r), "f1": round1(f), "gold": n}));
        }
        let (p, r, f, n) = self.prf(micro_types);
        let head = format!(
            "  {corpus}: micro ({}) P {p:.1}  R {r:.1}  F1 {f:.1}  ({n} gold entities)\n",
            micro_types.join("/")
        );
        (
            head + &s,
            json!({"corpus": corpus, "micro": {"p": round1(p), "r": round1(r), "f1": round1(f)}, "micro_types": micro_types, "per_type": per_type}),
        )
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn kind_tag(k: EntityKind) -> Option<&'static str> {
    match k {
        EntityKind::Person => Some("PER"),
        EntityKind::Location => Some("LOC"),
        EntityKind::Organization => Some("ORG"),
        EntityKind::Misc => Some("MISC"),
        _ => None,
    }
}

/// Scores one corpus with a tagger: `(full system, tagger alone)`.
pub fn score(sentences: &[Tagged], w: Option<&crate::ner::model::Tagger>) -> (Prf, Prf) {
    score_with(sentences, w, &EmbeddedStats)
}

/// [`score`] with the tagger-alone figure computed under given corpus statistics (for
/// held-out measurements, whose statistics must not have seen the held-out sentences).
pub fn score_with(
    sentences: &[Tagged],
    w: Option<&crate::ner::model::Tagger>,
    stats: &dyn crate::ner::features::StemStats,
) -> (Prf, Prf) {
    let mut full = Prf::default();
    let mut alone = Prf::default();
    for c in chunks(sentences, 25) {
        let (mut doc, owner) = chunk_document(&c);
        // Tagger alone.
        let mut pred_alone = vec!["O".to_string(); c.corpus_labels.len()];
        if let Some(w) = w {
            let labels = w.tag(&doc, stats);
            for s in &doc.sentences {
                for (a, b, kind) in spans(&labels[s.tokens.clone()], s.tokens.start) {
                    mark(&mut pred_alone, owner[a]..owner[b - 1] + 1, kind);
                }
            }
        }
        // The whole recogniser.
        crate::ner::recognize_with(&mut doc, w);
        crate::entities::resolve(&mut doc);
        let mut pred = vec!["O".to_string(); c.corpus_labels.len()];
        let mut ms: Vec<_> = doc
            .mentions
            .iter()
            .filter(|m| matches!(m.form, MentionForm::Name | MentionForm::Partial) && kind_tag(m.kind).is_some())
            .collect();
        ms.sort_by_key(|m| (m.tokens.start, std::cmp::Reverse(m.tokens.end)));
        for m in ms {
            let r = owner[m.tokens.start]..owner[m.tokens.end - 1] + 1;
            if r.clone().all(|t| pred[t] == "O") {
                mark(&mut pred, r, m.kind);
            }
        }
        for r in &c.corpus_sentences {
            full.add(&c.corpus_labels[r.clone()], &pred[r.clone()]);
            alone.add(&c.corpus_labels[r.clone()], &pred_alone[r.clone()]);
        }
    }
    (full, alone)
}

fn mark(pred: &mut [String], r: std::ops::Range<usize>, kind: EntityKind) {
    let Some(t) = kind_tag(kind) else { return };
    for (k, i) in r.enumerate() {
        pred[i] = format!("{}-{t}", if k == 0 { "B" } else { "I" });
    }
}

/// `mizan eval ner [--data FILE]`.
pub fn run(data: Option<&str>) -> Result<(String, Value), String> {
    let mut report = String::from("ner (entity level, exact span and type):\n");
    let mut results = Vec::new();
    let sets: Vec<(String, Vec<Tagged>, Vec<&str>)> = match data {
        Some(path) => vec![(
            path.to_string(),
            crate::corpus::read_conll(std::path::Path::new(path))?,
            vec!["PER", "LOC", "ORG", "MISC"],
        )],
        None => vec![
            ("anercorp-test".into(), crate::corpus::anercorp("test")?, vec!["PER", "LOC", "ORG", "MISC"]),
            ("aqmar".into(), crate::corpus::aqmar()?, vec!["PER", "LOC", "ORG"]),
        ],
    };
    for (name, sents, micro) in &sets {
        let (full, alone) = score(sents, embedded().ok());
        let (r, j) = full.summary(name, micro);
        report.push_str(&r);
        let (ra, _) = alone.summary(&format!("{name} (tagger alone)"), micro);
        report.push_str(&ra);
        results.push(j);
    }
    let json = if results.len() == 1 { results.remove(0) } else { json!({"task": "ner", "corpora": results}) };
    Ok((report, json))
}
