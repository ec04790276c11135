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
}

impl Default for NerConfig {
    fn default() -> NerConfig {
        NerConfig { epochs: 12, seed: 7, per_chunk: 25, folds: 5, prune: 0.05, holdout: None }
    }
}

/// Trains the tagger on the ANERcorp training split (averaged structured perceptron).
/// Deterministic for a given config.
pub fn train_ner(cfg: &NerConfig) -> Result<crate::ner::model::Weights, String> {
    use crate::ner::features::{stem_of, token_features, Context, FEATURE_BITS};
    use crate::ner::model::{viterbi_with, Weights, L};
    let sentences = ner_training_sentences(cfg)?;
    let chunks = chunks(&sentences, cfg.per_chunk);
    // Stem statistics per fold, for jackknifing.
    let mut per_fold: Vec<HashMap<String, (u32, u32)>> = vec![HashMap::new(); cfg.folds];
    let mut prepared = Vec::with_capacity(chunks.len());
    for (ci, c) in chunks.iter().enumerate() {
        let (doc, owner) = chunk_document(c);
        let gold = token_labels(c, &owner);
        let fold = &mut per_fold[ci % cfg.folds];
        for (i, g) in gold.iter().enumerate() {
            let e = fold.entry(stem_of(&doc, i).to_string()).or_insert((0, 0));
            e.0 += 1;
            if *g != 0 {
                e.1 += 1;
            }
        }
        prepared.push((ci, gold));
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
    // Features of every training sentence, computed once.
    let mut examples: Vec<(Vec<Vec<u32>>, Vec<usize>)> = Vec::new();
    for (ci, gold) in &prepared {
        let (doc, _) = chunk_document(&chunks[*ci]);
        let stats = &fold_stats[ci % cfg.folds];
        for s in &doc.sentences {
            let r = s.tokens.clone();
            let ctx = Context::new(&doc, r.clone());
            let feats: Vec<Vec<u32>> = r
                .clone()
                .map(|i| {
                    let mut f = Vec::with_capacity(40);
                    token_features(&doc, &r, &ctx, stats, i, &mut f);
                    f
                })
                .collect();
            examples.push((feats, gold[r].to_vec()));
        }
    }
    eprintln!(
        "ner: {} training sentences, {} tokens",
        examples.len(),
        examples.iter().map(|e| e.1.len()).sum::<usize>()
    );
    // Averaged perceptron: w is the current weight, u accumulates c * update.
    let size = 1usize << FEATURE_BITS;
    let mut w = vec![[0f32; L]; size];
    let mut u = vec![[0f32; L]; size];
    let mut tw = [[0f32; L]; L + 1];
    let mut tu = [[0f32; L]; L + 1];
    let mut c = 1f32;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = cfg.seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    for epoch in 0..cfg.epochs {
        for i in (1..order.len()).rev() {
            rng = rng.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            order.swap(i, (rng >> 33) as usize % (i + 1));
        }
        let mut wrong = 0usize;
        for &ei in &order {
            let (feats, gold) = &examples[ei];
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
        eprintln!("ner: epoch {} — {wrong} token errors", epoch + 1);
    }
    // Averaged weights, small ones pruned.
    for (wr, ur) in w.iter_mut().zip(&u) {
        for l in 0..L {
            let a = wr[l] - ur[l] / c;
            wr[l] = if a.abs() < cfg.prune { 0.0 } else { a };
        }
    }
    for (wr, ur) in tw.iter_mut().zip(&tu) {
        for l in 0..L {
            wr[l] -= ur[l] / c;
        }
    }
    Ok(Weights::from_dense(&w, tw))
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
