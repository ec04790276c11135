//! The learned tagger: a first-order linear-chain model over BIO labels (an averaged
//! structured perceptron, trained by `mizan-train ner`), decoded with Viterbi under BIO
//! constraints.
//!
//! Reads: tokens, segmentation, sentences. Adds: model mentions (source `Model`).
//!
//! The model file (`data/model/ner.bin`) is `MIZANNER` + format version + label set +
//! quantised weights for the feature buckets that carry any (sparse, delta-coded); a stale
//! or foreign file is refused with a clear error.

use std::sync::OnceLock;

use crate::doc::{Document, MentionInfo, Source};
use crate::error::{Error, Result};
use crate::hash::FxHashMap;
use crate::ner::features::{token_features_in, Context, DocLabels, StemStats, FEATURE_BITS};
use crate::output::{EntityKind, MentionForm};
use crate::span::Span;

/// File magic.
pub const MAGIC: &[u8; 8] = b"MIZANNER";
/// Format version this crate reads and writes.
pub const FORMAT_VERSION: u32 = 3;

/// The labels, in model order.
pub const LABELS: [&str; 9] = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];
/// Number of labels.
pub const L: usize = LABELS.len();

/// Label index of a tag string (unknown tags are O).
pub fn label_index(tag: &str) -> usize {
    LABELS.iter().position(|l| *l == tag).unwrap_or(0)
}

/// Whether label `to` may follow label `from` (`None` = sentence start) under BIO.
pub fn allowed(from: Option<usize>, to: usize) -> bool {
    if to == 0 || to % 2 == 1 {
        return true; // O and B-X may go anywhere
    }
    // I-X only after B-X or I-X of the same type.
    matches!(from, Some(f) if f != 0 && f.div_ceil(2) == to.div_ceil(2))
}

/// Model weights: per feature bucket, one weight per label; plus label-to-label transitions.
#[derive(Debug, Clone)]
pub struct Weights {
    /// Bucket → its `L` weights, held in the table itself: tagging is bound by memory
    /// lookups, and one table costs one cache miss where an index into rows costs two.
    rows: FxHashMap<u32, [f32; L]>,
    /// `trans[from][to]`; `from == L` is the sentence start.
    pub trans: [[f32; L]; L + 1],
}

impl Weights {
    /// Builds from a dense table (training) keeping buckets with any non-zero weight.
    pub fn from_dense(dense: &[[f32; L]], trans: [[f32; L]; L + 1]) -> Weights {
        let rows = dense
            .iter()
            .enumerate()
            .filter(|(_, row)| row.iter().any(|w| *w != 0.0))
            .map(|(b, row)| (b as u32, *row))
            .collect();
        Weights { rows, trans }
    }

    /// Number of feature buckets carrying weights.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether no bucket carries weights.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Adds the weights of `features` to `scores`.
    #[inline]
    pub fn score(&self, features: &[u32], scores: &mut [f32; L]) {
        for f in features {
            if let Some(row) = self.rows.get(f) {
                for l in 0..L {
                    scores[l] += row[l];
                }
            }
        }
    }

    /// Appends one pass's weights: scale, transitions, then delta-coded buckets with weights
    /// quantised to `i16`.
    fn write_block(&self, out: &mut Vec<u8>) {
        let max = self.rows.values().flatten().chain(self.trans.iter().flatten()).fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / i16::MAX as f32 } else { 1.0 };
        out.extend_from_slice(&scale.to_le_bytes());
        let q = |w: f32| ((w / scale).round().clamp(i16::MIN as f32, i16::MAX as f32) as i16).to_le_bytes();
        for row in &self.trans {
            for w in row {
                out.extend_from_slice(&q(*w));
            }
        }
        let mut buckets: Vec<(u32, &[f32; L])> = self.rows.iter().map(|(b, r)| (*b, r)).collect();
        buckets.sort_unstable_by_key(|(b, _)| *b);
        // Keep only rows that survive quantisation.
        let rows: Vec<(u32, [i16; L])> = buckets
            .iter()
            .map(|(b, r)| {
                let mut qr = [0i16; L];
                for (l, w) in r.iter().enumerate() {
                    qr[l] = i16::from_le_bytes(q(*w));
                }
                (*b, qr)
            })
            .filter(|(_, qr)| qr.iter().any(|w| *w != 0))
            .collect();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for (b, qr) in rows {
            write_varint(out, b - prev);
            prev = b;
            // Rows are sparse (an update touches the gold and the predicted label): a bitmask
            // of the labels present, then their weights.
            let mask = qr.iter().enumerate().fold(0u16, |m, (l, w)| if *w != 0 { m | 1 << l } else { m });
            out.extend_from_slice(&mask.to_le_bytes());
            for w in qr.iter().filter(|w| **w != 0) {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
    }

    /// Reads one pass's weights.
    fn read_block(r: &mut Reader) -> Result<Weights> {
        let err = |m: &str| Error::Model(format!("ner model: {m}"));
        let scale = f32::from_le_bytes(r.take(4)?.try_into().map_err(|_| err("truncated"))?);
        let mut trans = [[0f32; L]; L + 1];
        for row in trans.iter_mut() {
            for w in row.iter_mut() {
                *w = r.i16()? as f32 * scale;
            }
        }
        let count = r.u32()? as usize;
        if count > 1 << FEATURE_BITS {
            return Err(err("corrupt bucket count"));
        }
        let mut rows = FxHashMap::default();
        rows.reserve(count);
        let mut bucket = 0u32;
        for _ in 0..count {
            bucket = bucket.checked_add(r.varint()?).ok_or_else(|| err("corrupt bucket"))?;
            let mask = r.i16()? as u16;
            if mask >> L != 0 {
                return Err(err("corrupt label mask"));
            }
            let mut row = [0f32; L];
            for (l, w) in row.iter_mut().enumerate() {
                if mask & (1 << l) != 0 {
                    *w = r.i16()? as f32 * scale;
                }
            }
            rows.insert(bucket, row);
        }
        Ok(Weights { rows, trans })
    }
}

/// The tagger: a first pass, and optionally a second pass that also sees the first pass's
/// labels of the same stems elsewhere in the document.
#[derive(Debug, Clone)]
pub struct Tagger {
    /// First pass.
    pub first: Weights,
    /// Second, document-aware pass.
    pub second: Option<Weights>,
}

impl Tagger {
    /// Feature buckets carrying weights, over both passes.
    pub fn len(&self) -> usize {
        self.first.len() + self.second.as_ref().map_or(0, Weights::len)
    }

    /// Whether the tagger has no weights.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Serialises: magic, format version, label set, feature bits, number of passes, then
    /// each pass's block.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(32 + self.len() * (2 + 2 * L));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        let labels = LABELS.join(",");
        out.extend_from_slice(&(labels.len() as u32).to_le_bytes());
        out.extend_from_slice(labels.as_bytes());
        out.extend_from_slice(&FEATURE_BITS.to_le_bytes());
        out.extend_from_slice(&(1 + self.second.is_some() as u32).to_le_bytes());
        self.first.write_block(&mut out);
        if let Some(s) = &self.second {
            s.write_block(&mut out);
        }
        out
    }

    /// Reads a model file, checking its magic, version, label set and feature space.
    pub fn from_bytes(b: &[u8]) -> Result<Tagger> {
        let err = |m: &str| Error::Model(format!("ner model: {m}"));
        let mut r = Reader { b, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(err("not a Mizan NER model (bad magic)"));
        }
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(err(&format!("format version {version}, this build reads {FORMAT_VERSION}; retrain it")));
        }
        let n = r.u32()? as usize;
        let labels = std::str::from_utf8(r.take(n)?).map_err(|_| err("label list is not UTF-8"))?;
        if labels != LABELS.join(",") {
            return Err(err(&format!("label set {labels:?} differs from this build's")));
        }
        let bits = r.u32()?;
        if bits != FEATURE_BITS {
            return Err(err(&format!("feature space of {bits} bits, this build uses {FEATURE_BITS}")));
        }
        let passes = r.u32()?;
        if !(1..=2).contains(&passes) {
            return Err(err(&format!("{passes} passes; 1 or 2 expected")));
        }
        let first = Weights::read_block(&mut r)?;
        let second = if passes == 2 { Some(Weights::read_block(&mut r)?) } else { None };
        if r.at != r.b.len() {
            return Err(err("trailing bytes"));
        }
        Ok(Tagger { first, second })
    }

    /// Labels of every token of `doc`'s sentences (0 = O outside sentences).
    pub fn tag(&self, doc: &Document, stats: &dyn StemStats) -> Vec<usize> {
        let mut labels = vec![0usize; doc.tokens.len()];
        let mut contexts = Vec::with_capacity(doc.sentences.len());
        for s in &doc.sentences {
            let ctx = Context::new(doc, s.tokens.clone());
            let l = tag_with(&self.first, doc, s.tokens.clone(), &ctx, stats, None);
            labels[s.tokens.clone()].copy_from_slice(&l);
            contexts.push(ctx);
        }
        let Some(second) = &self.second else { return labels };
        let first = DocLabels::new(doc, labels.clone());
        for (s, ctx) in doc.sentences.iter().zip(&contexts) {
            let l = tag_with(second, doc, s.tokens.clone(), ctx, stats, Some(&first));
            labels[s.tokens.clone()].copy_from_slice(&l);
        }
        labels
    }
}

fn tag_with(
    w: &Weights,
    doc: &Document,
    range: std::ops::Range<usize>,
    ctx: &Context,
    stats: &dyn StemStats,
    second: Option<&DocLabels>,
) -> Vec<usize> {
    let mut feats = Vec::with_capacity(range.len());
    for i in range.clone() {
        let mut f = Vec::with_capacity(48);
        token_features_in(doc, &range, ctx, stats, second, i, &mut f);
        feats.push(f);
    }
    viterbi(w, &feats)
}

fn write_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let s = self.b.get(self.at..self.at + n).ok_or_else(|| Error::Model("ner model: truncated file".into()))?;
        self.at += n;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().map_err(|_| Error::Model("ner model: truncated".into()))?))
    }
    fn i16(&mut self) -> Result<i16> {
        Ok(i16::from_le_bytes(self.take(2)?.try_into().map_err(|_| Error::Model("ner model: truncated".into()))?))
    }
    fn varint(&mut self) -> Result<u32> {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = self.take(1)?[0];
            v |= ((byte & 0x7f) as u32) << shift;
            if byte < 0x80 {
                return Ok(v);
            }
        }
        Err(Error::Model("ner model: corrupt varint".into()))
    }
}

/// The embedded model, loaded on first use.
pub fn embedded() -> Result<&'static Tagger> {
    static MODEL: OnceLock<std::result::Result<Tagger, Error>> = OnceLock::new();
    MODEL.get_or_init(|| Tagger::from_bytes(include_bytes!("../../data/model/ner.bin"))).as_ref().map_err(Clone::clone)
}

/// Viterbi decoding of one sentence; `features[i]` are token `i`'s feature buckets.
pub fn viterbi(w: &Weights, features: &[Vec<u32>]) -> Vec<usize> {
    viterbi_with(features.len(), &w.trans, |i, emit| w.score(&features[i], emit))
}

/// Viterbi decoding under BIO constraints with any emission scorer (training uses dense
/// weights): `emit(i, scores)` adds token `i`'s label scores.
pub fn viterbi_with(n: usize, trans: &[[f32; L]; L + 1], mut emit_fn: impl FnMut(usize, &mut [f32; L])) -> Vec<usize> {
    if n == 0 {
        return Vec::new();
    }
    let w_trans = trans;
    let mut delta = vec![[f32::NEG_INFINITY; L]; n];
    let mut back = vec![[0u8; L]; n];
    let mut emit = [0f32; L];
    for i in 0..n {
        emit.fill(0.0);
        emit_fn(i, &mut emit);
        for to in 0..L {
            if i == 0 {
                if allowed(None, to) {
                    delta[0][to] = w_trans[L][to] + emit[to];
                }
                continue;
            }
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for from in 0..L {
                if !allowed(Some(from), to) || delta[i - 1][from] == f32::NEG_INFINITY {
                    continue;
                }
                let s = delta[i - 1][from] + w_trans[from][to];
                if s > best {
                    best = s;
                    arg = from as u8;
                }
            }
            delta[i][to] = best + emit[to];
            back[i][to] = arg;
        }
    }
    let mut last = (0..L).max_by(|&a, &b| delta[n - 1][a].total_cmp(&delta[n - 1][b])).unwrap_or(0);
    let mut out = vec![0usize; n];
    for i in (0..n).rev() {
        out[i] = last;
        last = back[i][last] as usize;
    }
    out
}

/// The kind a label's type names.
pub fn label_kind(l: usize) -> Option<EntityKind> {
    match l {
        1 | 2 => Some(EntityKind::Person),
        3 | 4 => Some(EntityKind::Location),
        5 | 6 => Some(EntityKind::Organization),
        7 | 8 => Some(EntityKind::Misc),
        _ => None,
    }
}

/// BIO labels → `(first token, end token, kind)` spans (absolute token indices).
pub fn spans(labels: &[usize], offset: usize) -> Vec<(usize, usize, EntityKind)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let l = labels[i];
        if l == 0 {
            i += 1;
            continue;
        }
        let kind = label_kind(l);
        let mut j = i + 1;
        while j < labels.len() && labels[j] != 0 && labels[j] % 2 == 0 && label_kind(labels[j]) == kind {
            j += 1;
        }
        if let Some(k) = kind {
            out.push((offset + i, offset + j, k));
        }
        i = j;
    }
    out
}

/// A tagged span cleaned for use: punctuation trimmed from its ends, and cut where a word
/// inside it opens with the conjunction و ("بوتين وويتكوف" is two people).
fn clean_span(doc: &Document, (a, b, kind): (usize, usize, EntityKind)) -> Vec<(usize, usize, EntityKind)> {
    use crate::text::tokenize::TokenKind;
    let word = |t: usize| !matches!(doc.tokens[t].kind, TokenKind::Punct | TokenKind::Symbol);
    let mut out = Vec::new();
    let mut start = a;
    for t in a..=b {
        let cut = t == b || t > start && doc.segs[t].conj == Some('و') && kind != EntityKind::Organization;
        if cut {
            let (mut x, mut y) = (start, t);
            let person = kind == EntityKind::Person;
            while x < y
                && (!word(x)
                    || person
                        && (crate::ner::rules::possessed_noun(doc, x) || crate::ner::rules::governed_place(doc, x)))
            {
                x += 1;
            }
            while y > x
                && (!word(y - 1)
                    || person
                        && (crate::ner::rules::not_name_tail(doc, y - 1)
                            || crate::ner::rules::accusative_title(doc, y - 1, doc.tokens.len())
                            || crate::ner::rules::possessed_noun(doc, y - 1)
                            // "يزور الرئيس إيمانويل ماكرون [الرياض]": the object, a known place.
                            || y - x > 2 && doc.place_tokens.get(y - 1).copied().unwrap_or(false)
                            // "زار الرئيس أردوغان [الجزائر]": after a listed person's name, one
                            // with the article too.
                            || y - x == 2
                                && doc.segs[y - 1].article != crate::text::clitics::Article::None
                                && doc.place_tokens.get(y - 1).copied().unwrap_or(false)
                                && listed_person(doc, x)))
            {
                y -= 1;
            }
            if x < y {
                out.push((x, y, kind));
            }
            start = t;
        }
    }
    out
}

/// Runs a tagger over the document; returns its mentions.
pub fn recognize_with(tagger: &Tagger, doc: &Document) -> Vec<MentionInfo> {
    let stats = crate::ner::features::EmbeddedStats;
    let labels = tagger.tag(doc, &stats);
    let mut out = Vec::new();
    for s in &doc.sentences {
        for (a, b, kind) in
            spans(&labels[s.tokens.clone()], s.tokens.start).into_iter().flat_map(|sp| clean_span(doc, sp))
        {
            // A mention starts after the conjunction or preposition glued to its first word.
            let span = Span::new(doc.stem_start(a), doc.tokens[b - 1].span.e());
            out.push(MentionInfo {
                span,
                tokens: a..b,
                kind,
                form: MentionForm::Name,
                key: doc.bases[a..b].join(" "),
                source: Source::Model,
                value: None,
                subtype: None,
                anchored: false,
            });
        }
    }
    out
}

/// Whether token `t` alone names a person the gazetteer lists ("أردوغان").
fn listed_person(doc: &Document, t: usize) -> bool {
    let lex = crate::lexicon::lexicon();
    lex.gazetteer
        .lookup(&doc.bases[t])
        .is_some_and(|p| lex.gazetteer.concept(p.concept).sub == crate::lexicon::GazKind::Person)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_constraints() {
        assert!(allowed(None, 1));
        assert!(!allowed(None, 2));
        assert!(allowed(Some(1), 2));
        assert!(allowed(Some(2), 2));
        assert!(!allowed(Some(3), 2));
        assert!(!allowed(Some(0), 4));
    }

    #[test]
    fn spans_from_labels() {
        assert_eq!(
            spans(&[0, 1, 2, 0, 3, 5, 6], 10),
            vec![(11, 13, EntityKind::Person), (14, 15, EntityKind::Location), (15, 17, EntityKind::Organization)]
        );
    }

    #[test]
    fn round_trip_and_refusals() {
        let mut dense = vec![[0f32; L]; 8];
        dense[3][1] = 2.5;
        dense[5][4] = -1.0;
        let mut trans = [[0f32; L]; L + 1];
        trans[1][2] = 0.75;
        let w = Weights::from_dense(&dense, trans);
        let t = Tagger { first: w.clone(), second: Some(w) };
        let bytes = t.to_bytes();
        let back = Tagger::from_bytes(&bytes).unwrap();
        let mut s = [0f32; L];
        back.second.as_ref().unwrap().score(&[3, 5, 7], &mut s);
        assert!((s[1] - 2.5).abs() < 1e-3 && (s[4] + 1.0).abs() < 1e-3);
        assert!((back.first.trans[1][2] - 0.75).abs() < 1e-3);
        let mut bad = bytes.clone();
        bad[0] = b'X';
        assert!(Tagger::from_bytes(&bad).unwrap_err().to_string().contains("bad magic"));
        let mut old = bytes.clone();
        old[8] = 9;
        assert!(Tagger::from_bytes(&old).unwrap_err().to_string().contains("format version"));
        assert!(Tagger::from_bytes(&bytes[..bytes.len() - 3]).is_err());
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(Tagger::from_bytes(&extra).unwrap_err().to_string().contains("trailing"));
    }

    #[test]
    fn the_embedded_model_loads() {
        let w = embedded().expect("data/model/ner.bin is a valid model");
        assert!(!w.is_empty());
    }
}
