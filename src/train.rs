//! Training: the corpus-derived stem lexicon (and, in later stages, the tagger).
//! Native only; run through `mizan-train`.

use std::collections::HashMap;

use crate::corpus;
use crate::lexicon::lexicon;
use crate::text::clitics::{Segmenter, StemLexicon};
use crate::text::normalize::{fold_light, light};
use crate::text::tokenize::is_arabic_letter;

/// Derives stem counts from the ANERcorp training split by hard EM with leave-one-out.
///
/// Every word type is segmented against the stem counts of all *other* words (its own
/// occurrences are taken out first), and its occurrences are credited to the stem chosen.
/// Starting from "every word is its own stem", the counts of clitic-bearing forms ("وقال")
/// drain into their stems ("قال") while words that only look clitic-bearing ("وزير",
/// "بوتين") keep theirs. Returns `(stem, count, count inside named entities)` sorted.
pub fn derive_stems(iterations: usize) -> Result<Vec<(String, u32, u32)>, String> {
    let sentences = corpus::anercorp("train")?;
    // Word types keyed by their folded form (so that "وأشار" and "واشار" are one type, and
    // leaving a type out leaves all its spellings out), with the most frequent light spelling.
    let mut types: HashMap<String, (HashMap<String, u32>, u32, u32)> = HashMap::new();
    for s in &sentences {
        for (tok, tag) in s {
            let l = light(tok);
            if l.is_empty() || !l.chars().all(|c| is_arabic_letter(c) || c == '-') {
                continue;
            }
            let e = types.entry(fold_light(&l)).or_default();
            *e.0.entry(l).or_insert(0) += 1;
            e.1 += 1;
            if tag != "O" {
                e.2 += 1;
            }
        }
    }
    let mut words: Vec<(String, u32, u32)> = types
        .into_values()
        .map(|(spellings, c, ne)| {
            let mut sp: Vec<(String, u32)> = spellings.into_iter().collect();
            sp.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            (sp.swap_remove(0).0, c, ne)
        })
        .collect();
    words.sort();
    let base = lexicon().base_stems();
    // Assignment of each type to a stem key; start with the whole word.
    let mut assign: Vec<String> = words.iter().map(|(w, _, _)| fold_light(w)).collect();
    let mut counts = StemLexicon::new();
    for ((_, c, _), k) in words.iter().zip(&assign) {
        counts.add_folded(k, *c);
    }
    for _ in 0..iterations {
        let mut changed = 0;
        for (i, (w, c, _)) in words.iter().enumerate() {
            counts.remove(&assign[i], *c);
            let lexes = [&base, &counts];
            let seg = Segmenter::new(&lexes).segment(w);
            let k = fold_light(seg.stem(w));
            let k = if seg.enclitic.is_some() && k.ends_with('ت') {
                // زيارت+ه is the stem زيارة
                let mut t = k[..k.len() - 'ت'.len_utf8()].to_string();
                if counts.count(&format!("{t}ه")) > counts.count(&k) {
                    t.push('ه');
                    t
                } else {
                    k
                }
            } else {
                k
            };
            if k != assign[i] {
                changed += 1;
            }
            counts.add_folded(&k, *c);
            assign[i] = k;
        }
        eprintln!("stems: iteration changed {changed} of {} word types", words.len());
        if changed == 0 {
            break;
        }
    }
    let mut out: HashMap<String, (u32, u32)> = HashMap::new();
    for ((_, c, ne), k) in words.iter().zip(&assign) {
        let e = out.entry(k.clone()).or_insert((0, 0));
        e.0 += c;
        e.1 += ne;
    }
    let mut out: Vec<(String, u32, u32)> =
        out.into_iter().filter(|(_, (c, _))| *c > 0).map(|(k, (c, ne))| (k, c, ne)).collect();
    out.sort();
    Ok(out)
}

/// A corpus chunk prepared for the tagger: our tokens, sentence ranges over them, and the
/// gold label of each of our tokens (a corpus token split by our tokenizer passes its label
/// to its first piece and I- to the rest).
pub struct Chunk {
    /// The chunk's text: corpus tokens joined by spaces, sentences by newlines.
    pub text: String,
    /// Byte range of each corpus token in `text`.
    pub corpus_tokens: Vec<(usize, usize)>,
    /// Corpus labels.
    pub corpus_labels: Vec<String>,
    /// Corpus token ranges of the sentences.
    pub corpus_sentences: Vec<std::ops::Range<usize>>,
}

/// Groups tagged sentences into chunks of `per_chunk` sentences (an article's worth).
pub fn chunks(sentences: &[crate::corpus::Tagged], per_chunk: usize) -> Vec<Chunk> {
    sentences
        .chunks(per_chunk.max(1))
        .map(|group| {
            let mut text = String::new();
            let mut toks = Vec::new();
            let mut labels = Vec::new();
            let mut sents = Vec::new();
            for s in group {
                let first = toks.len();
                for (k, (tok, tag)) in s.iter().enumerate() {
                    if k > 0 {
                        text.push(' ');
                    }
                    toks.push((text.len(), text.len() + tok.len()));
                    text.push_str(tok);
                    labels.push(tag.clone());
                }
                text.push('\n');
                sents.push(first..toks.len());
            }
            Chunk { text, corpus_tokens: toks, corpus_labels: labels, corpus_sentences: sents }
        })
        .collect()
}

/// Builds the document of a chunk (normalised, tokenised, segmented, with the corpus's
/// sentences) and maps each of our tokens to its corpus token.
pub fn chunk_document(c: &Chunk) -> (crate::doc::Document<'_>, Vec<usize>) {
    use crate::doc::{Document, SentenceInfo};
    let mut doc = Document::new(&c.text, crate::text::normalize::normalize(&c.text));
    doc.tokens = crate::text::tokenize::tokenize(&doc.norm);
    crate::text::clitics::segment_document(&mut doc);
    // Our token → the corpus token holding its start.
    let owner: Vec<usize> = doc
        .tokens
        .iter()
        .map(|t| {
            c.corpus_tokens.partition_point(|(_, e)| *e <= t.span.s()).min(c.corpus_tokens.len().saturating_sub(1))
        })
        .collect();
    for r in &c.corpus_sentences {
        let a = owner.partition_point(|&o| o < r.start);
        let b = owner.partition_point(|&o| o < r.end);
        if a < b {
            doc.sentences.push(SentenceInfo {
                span: doc.tokens_span(a..b),
                tokens: a..b,
                kind: crate::output::SentenceKind::Body,
                section: 0,
            });
        }
    }
    doc.layout.sections.push(crate::doc::SectionInfo { span: crate::span::Span::new(0, c.text.len()), heading: None });
    (doc, owner)
}

/// Gold labels (model label indices) for our tokens.
pub fn token_labels(c: &Chunk, owner: &[usize]) -> Vec<usize> {
    use crate::ner::model::label_index;
    owner
        .iter()
        .enumerate()
        .map(|(i, &o)| {
            let tag = c.corpus_labels.get(o).map_or("O", |s| s.as_str());
            let first_piece = i == 0 || owner[i - 1] != o;
            if first_piece || tag == "O" {
                label_index(tag)
            } else {
                label_index(&format!("I-{}", &tag[2..]))
            }
        })
        .collect()
}

/// Stem statistics from a map, for jackknifed training features.
pub struct MapStats(pub HashMap<String, (u32, u32)>);

impl crate::ner::features::StemStats for MapStats {
    fn stats(&self, stem: &str) -> Option<(u32, u32)> {
        self.0.get(stem).copied().filter(|c| c.0 > 0)
    }
}

/// Settings of `mizan-train ner`.
#[derive(Debug, Clone)]
pub struct NerConfig {
    /// Training epochs.
    pub epochs: usize,
    /// Seed of the sentence shuffle.
    pub seed: u64,
    /// Sentences per chunk (document).
    pub per_chunk: usize,
    /// Folds for the jackknifed corpus statistics.
    pub folds: usize,
    /// Weights smaller than this (in absolute value, after averaging) are dropped.
    pub prune: f32,
    /// Hold out one block of the training split for development measurements:
    /// `(block, blocks)`; the last tenth is `(9, 10)`.
    pub holdout: Option<(usize, usize)>,
    /// Train the second, document-aware pass.
    pub two_pass: bool,
    /// Perceptrons trained on differently shuffled orders (seeds `seed`, `seed + 1`, …) whose
    /// averaged weights are averaged again: one model of the same size, less dependent on
    /// the order of the sentences.
    pub bag: usize,
}

impl Default for NerConfig {
    fn default() -> NerConfig {
        NerConfig { epochs: 12, seed: 7, per_chunk: 25, folds: 5, prune: 0.05, holdout: None, two_pass: true, bag: 1 }
    }
}

/// One training sentence: its tokens' feature buckets and gold labels.
type Example = (Vec<Vec<u32>>, Vec<usize>);

/// Dense emission weights (one row per feature bucket) and transition weights.
type Dense = (Vec<[f32; crate::ner::model::L]>, [[f32; crate::ner::model::L]; crate::ner::model::L + 1]);

/// Averaged structured perceptrons over `examples`, one per seed of the bag, their weights
/// averaged and pruned.
fn perceptron(examples: &[&Example], cfg: &NerConfig, label: &str) -> crate::ner::model::Weights {
    use crate::ner::model::{Weights, L};
    let bag = cfg.bag.max(1);
    let (mut w, mut tw) = perceptron_once(examples, cfg, cfg.seed, label);
    for k in 1..bag {
        let (w2, tw2) = perceptron_once(examples, cfg, cfg.seed.wrapping_add(k as u64), label);
        for (a, b) in w.iter_mut().zip(&w2) {
            for l in 0..L {
                a[l] += b[l];
            }
        }
        for (a, b) in tw.iter_mut().zip(&tw2) {
            for l in 0..L {
                a[l] += b[l];
            }
        }
    }
    let n = bag as f32;
    for row in w.iter_mut() {
        for x in row.iter_mut() {
            *x /= n;
            if x.abs() < cfg.prune {
                *x = 0.0;
            }
        }
    }
    for row in tw.iter_mut() {
        for x in row.iter_mut() {
            *x /= n;
        }
    }
    Weights::from_dense(&w, tw)
}

/// One averaged structured perceptron over `examples`, sentence order shuffled by `seed`.
fn perceptron_once(examples: &[&Example], cfg: &NerConfig, seed: u64, label: &str) -> Dense {
    use crate::ner::features::FEATURE_BITS;
    use crate::ner::model::{viterbi_with, L};
    // w is the current weight; u accumulates c × update, so that the average is w − u/c.
    let size = 1usize << FEATURE_BITS;
    let mut w = vec![[0f32; L]; size];
    let mut u = vec![[0f32; L]; size];
    let mut tw = [[0f32; L]; L + 1];
    let mut tu = [[0f32; L]; L + 1];
    let mut c = 1f32;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    for epoch in 0..cfg.epochs {
        for i in (1..order.len()).rev() {
            rng = rng.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            order.swap(i, (rng >> 33) as usize % (i + 1));
        }
        let mut wrong = 0usize;
        for &ei in &order {
            let (feats, gold) = examples[ei];
            let pred = viterbi_with(feats.len(), &tw, |i, emit| {
                for f in &feats[i] {
                    let row = &w[*f as usize];
                    for l in 0..L {
                        emit[l] += row[l];
                    }
                }
            });
            if pred != *gold {
                for i in 0..gold.len() {
                    let (g, p) = (gold[i], pred[i]);
                    if g != p {
                        wrong += 1;
                        for f in &feats[i] {
                            let f = *f as usize;
                            w[f][g] += 1.0;
                            w[f][p] -= 1.0;
                            u[f][g] += c;
                            u[f][p] -= c;
                        }
                    }
                    let (gp, pp) = if i == 0 { (L, L) } else { (gold[i - 1], pred[i - 1]) };
                    if (gp, g) != (pp, p) {
                        tw[gp][g] += 1.0;
                        tw[pp][p] -= 1.0;
                        tu[gp][g] += c;
                        tu[pp][p] -= c;
                    }
                }
            }
            c += 1.0;
        }
        if epoch + 1 == cfg.epochs {
            eprintln!("ner {label} (seed {seed}): {} sentences, last epoch {wrong} token errors", examples.len());
        }
    }
    for (wr, ur) in w.iter_mut().zip(&u) {
        for l in 0..L {
            wr[l] -= ur[l] / c;
        }
    }
    for (wr, ur) in tw.iter_mut().zip(&tu) {
        for l in 0..L {
            wr[l] -= ur[l] / c;
        }
    }
    (w, tw)
}

/// Trains the tagger on the ANERcorp training split: a first pass (averaged structured
/// perceptron), and a second pass that also sees how the first labelled each stem elsewhere
/// in the document. The second pass trains on first-pass labels from models that did not
/// see the document (cross-fitted by fold), as it will meet them on new text.
/// Deterministic for a given config.
pub fn train_ner(cfg: &NerConfig) -> Result<crate::ner::model::Tagger, String> {
    train_ner_with_stats(cfg).map(|(t, _)| t)
}

/// [`train_ner`], also returning the corpus statistics of the sentences it trained on.
pub fn train_ner_with_stats(cfg: &NerConfig) -> Result<(crate::ner::model::Tagger, MapStats), String> {
    use crate::ner::features::{stem_of, token_features_in, Context, DocLabels};
    use crate::ner::model::{viterbi, Tagger};
    let sentences = ner_training_sentences(cfg)?;
    let chunks = chunks(&sentences, cfg.per_chunk);
    let docs: Vec<_> = chunks.iter().map(chunk_document).collect();
    let gold: Vec<Vec<usize>> = chunks.iter().zip(&docs).map(|(c, (_, owner))| token_labels(c, owner)).collect();
    // Stem statistics per fold, for jackknifing.
    let mut per_fold: Vec<HashMap<String, (u32, u32)>> = vec![HashMap::new(); cfg.folds];
    for (ci, (doc, _)) in docs.iter().enumerate() {
        let fold = &mut per_fold[ci % cfg.folds];
        for (i, g) in gold[ci].iter().enumerate() {
            let e = fold.entry(stem_of(doc, i).to_string()).or_insert((0, 0));
            e.0 += 1;
            if *g != 0 {
                e.1 += 1;
            }
        }
    }
    let mut total: HashMap<String, (u32, u32)> = HashMap::new();
    for f in &per_fold {
        for (k, v) in f {
            let e = total.entry(k.clone()).or_insert((0, 0));
            e.0 += v.0;
            e.1 += v.1;
        }
    }
    let fold_stats: Vec<MapStats> = per_fold
        .iter()
        .map(|f| {
            let mut m = total.clone();
            for (k, v) in f {
                if let Some(e) = m.get_mut(k) {
                    e.0 -= v.0;
                    e.1 -= v.1;
                }
            }
            MapStats(m)
        })
        .collect();
    // Features of every sentence, with or without first-pass document labels.
    let examples_of = |ci: usize, second: Option<&DocLabels>| -> Vec<Example> {
        let (doc, _) = &docs[ci];
        let stats = &fold_stats[ci % cfg.folds];
        doc.sentences
            .iter()
            .map(|s| {
                let r = s.tokens.clone();
                let ctx = Context::new(doc, r.clone());
                let feats = r
                    .clone()
                    .map(|i| {
                        let mut f = Vec::with_capacity(48);
                        token_features_in(doc, &r, &ctx, stats, second, i, &mut f);
                        f
                    })
                    .collect();
                (feats, gold[ci][r].to_vec())
            })
            .collect()
    };
    let first: Vec<Vec<Example>> = (0..docs.len()).map(|ci| examples_of(ci, None)).collect();
    let all: Vec<&Example> = first.iter().flatten().collect();
    let first_pass = perceptron(&all, cfg, "pass 1");
    if !cfg.two_pass {
        return Ok((Tagger { first: first_pass, second: None }, MapStats(total)));
    }
    // First-pass labels of each document from a model trained without its fold.
    let mut doc_labels: Vec<Option<DocLabels>> = (0..docs.len()).map(|_| None).collect();
    for k in 0..cfg.folds {
        let train: Vec<&Example> =
            first.iter().enumerate().filter(|(ci, _)| ci % cfg.folds != k).flat_map(|(_, e)| e).collect();
        let w = perceptron(&train, cfg, &format!("pass 1, fold {k}"));
        for ci in (0..docs.len()).filter(|ci| ci % cfg.folds == k) {
            let (doc, _) = &docs[ci];
            let mut labels = vec![0usize; doc.tokens.len()];
            for (s, (feats, _)) in doc.sentences.iter().zip(&first[ci]) {
                for (i, l) in viterbi(&w, feats).into_iter().enumerate() {
                    labels[s.tokens.start + i] = l;
                }
            }
            doc_labels[ci] = Some(DocLabels::new(doc, labels));
        }
    }
    let second: Vec<Example> = (0..docs.len()).flat_map(|ci| examples_of(ci, doc_labels[ci].as_ref())).collect();
    let all2: Vec<&Example> = second.iter().collect();
    let second_pass = perceptron(&all2, cfg, "pass 2");
    Ok((Tagger { first: first_pass, second: Some(second_pass) }, MapStats(total)))
}

/// The sentences the tagger trains on: the ANERcorp training split, less the held-out
/// block when there is one.
pub fn ner_training_sentences(cfg: &NerConfig) -> Result<Vec<crate::corpus::Tagged>, String> {
    let s = corpus::anercorp("train")?;
    Ok(match cfg.holdout {
        Some((k, n)) => {
            let (a, b) = (s.len() * k / n, s.len() * (k + 1) / n);
            s[..a].iter().chain(&s[b..]).cloned().collect()
        }
        None => s,
    })
}

/// The held-out block `(k, n)` of the ANERcorp training split (a development set).
pub fn ner_dev_sentences(k: usize, n: usize) -> Result<Vec<crate::corpus::Tagged>, String> {
    let s = corpus::anercorp("train")?;
    Ok(s[s.len() * k / n..s.len() * (k + 1) / n].to_vec())
}
