//! Features of the learned tagger, shared by training and tagging.
//!
//! Each feature is a template id and a payload, hashed into a fixed space of
//! [`FEATURE_BITS`] bits (the hashing trick: no feature dictionary to ship). The templates
//! look at the token, its clitic-stripped stem, affixes, shape, its neighbours, gazetteer and
//! name-list membership, title triggers around it, and how often its stem was seen inside a
//! name in the training corpus.

use std::hash::Hasher;

use crate::doc::Document;
use crate::hash::FxHasher;
use crate::lexicon::titles::strip_article;
use crate::lexicon::{lexicon, GazKind, PatternForm};
use crate::text::clitics::Article;
use crate::text::tokenize::TokenKind;

/// Bits of the hashed feature space.
pub const FEATURE_BITS: u32 = 20;

/// How often a stem was seen in the corpus, and how often inside a name. During training
/// this comes from the other folds of the corpus (jackknifing), so that the tagger does not
/// learn to trust a statistic that saw the very token it is tagging.
pub trait StemStats {
    /// `(occurrences, occurrences inside a named entity)`, if seen.
    fn stats(&self, stem: &str) -> Option<(u32, u32)>;
}

/// The embedded stem lexicon as [`StemStats`].
pub struct EmbeddedStats;

impl StemStats for EmbeddedStats {
    fn stats(&self, stem: &str) -> Option<(u32, u32)> {
        let s = &lexicon().stems;
        let n = s.count(stem);
        (n > 0).then(|| (n, (s.entity_share(stem).unwrap_or(0.0) * n as f32).round() as u32))
    }
}

/// Per-token context computed once per sentence: gazetteer tags and title triggers.
pub struct Context {
    /// Gazetteer tag per token: kind and whether it begins the match.
    gaz: Vec<Option<(GazKind, PatternForm, bool)>>,
    /// Whether a title phrase ends right before this token.
    title_before: Vec<bool>,
    /// Whether a title phrase starts right after this token (or after a comma after it).
    title_after: Vec<bool>,
    /// How each token's stem is used in general Arabic (see [`usage_code`]).
    usage: Vec<[u8; 3]>,
}

/// How the stem of token `j` is used in general Arabic (wordfreq): frequency, article share
/// and pronoun share buckets; names rarely take the article or a pronoun suffix. A listed name
/// is read as one whatever else the word is ("فاضل", virtuous; "سالم", safe): its own code, so
/// that its use as a word does not count against it.
fn usage_code(doc: &Document, j: usize) -> [u8; 3] {
    let (given, family) = trained_lists(doc, j);
    if given || family {
        [6, 0, 0]
    } else {
        lexicon().usage.get(stem_of(doc, j)).copied().unwrap_or([0; 3])
    }
}

impl Context {
    /// Computes gazetteer tags and title triggers for tokens `range` of the document.
    pub fn new(doc: &Document, range: std::ops::Range<usize>) -> Context {
        let lex = lexicon();
        let n = range.len();
        let mut gaz = vec![None; n];
        for m in crate::ner::gazetteer::matches_trained(doc, range.clone()) {
            let c = lex.gazetteer.concept(m.pattern.concept);
            for t in m.first..m.end {
                gaz[t - range.start] = Some((c.sub, m.pattern.form, t == m.first));
            }
        }
        let mut title_before = vec![false; n];
        let mut title_after = vec![false; n];
        let mut i = range.start;
        while i < range.end {
            if let Some(tp) = crate::ner::rules::trained_title_phrase_at(doc, i, range.end) {
                let end = tp.tokens.end;
                if end < range.end {
                    title_before[end - range.start] = true;
                }
                if i > range.start {
                    title_after[i - 1 - range.start] = true;
                    if i > range.start + 1 && doc.light(i - 1) == "," {
                        title_after[i - 2 - range.start] = true;
                    }
                }
                i = end.max(i + 1);
            } else {
                i += 1;
            }
        }
        let usage = range.clone().map(|j| usage_code(doc, j)).collect();
        Context { gaz, title_before, title_after, usage }
    }
}

fn gaz_name(k: GazKind, f: PatternForm) -> u8 {
    if f == PatternForm::Nisba {
        return 9;
    }
    match k {
        GazKind::Country => 1,
        GazKind::Capital => 2,
        GazKind::City => 3,
        GazKind::Region => 4,
        GazKind::Facility => 5,
        GazKind::Organization => 6,
        GazKind::Person => 7,
    }
}

/// Collects hashed features.
struct Sink<'a> {
    out: &'a mut Vec<u32>,
}

impl Sink<'_> {
    #[inline]
    fn add(&mut self, template: u8, parts: &[&[u8]]) {
        let mut h = FxHasher::default();
        h.write_u8(template);
        for p in parts {
            h.write(p);
            h.write_u8(0xff);
        }
        let v = h.finish();
        self.out.push(((v >> 20) ^ v) as u32 & ((1 << FEATURE_BITS) - 1));
    }
}

fn bucket_share(stats: Option<(u32, u32)>) -> (u8, u8) {
    match stats {
        None => (0, 0),
        Some((n, ne)) => {
            let share = ne as f32 / n.max(1) as f32;
            let s = if ne == 0 {
                1
            } else if share < 0.2 {
                2
            } else if share < 0.5 {
                3
            } else if share < 0.8 {
                4
            } else {
                5
            };
            let c = match n {
                0..=1 => 1,
                2..=4 => 2,
                5..=19 => 3,
                20..=99 => 4,
                _ => 5,
            };
            (s, c)
        }
    }
}

/// Whether token `j`'s stem is in the trained list of given names, and whether its base or
/// stem is a listed family name.
fn trained_lists(doc: &Document, j: usize) -> (bool, bool) {
    let lex = lexicon();
    let stem = stem_of(doc, j);
    (
        lex.trained_given_names.contains(stem),
        lex.family_names.contains(&*doc.bases[j]) || lex.family_names.contains(stem),
    )
}

/// The stem (folded, clitics and article off) of token `i`.
pub fn stem_of<'a>(doc: &'a Document, i: usize) -> &'a str {
    strip_article(&doc.bases[i])
}

/// Features of token `i` (absolute index) of a sentence spanning `range`.
pub fn token_features(
    doc: &Document,
    range: &std::ops::Range<usize>,
    ctx: &Context,
    stats: &dyn StemStats,
    i: usize,
    out: &mut Vec<u32>,
) {
    token_features_in(doc, range, ctx, stats, None, i, out)
}

/// First-pass labels over a whole document, as evidence for the second pass: how each stem
/// was labelled elsewhere in the article ("بوتين" tagged a person in one sentence is likely
/// one in the next).
pub struct DocLabels {
    /// Stem → counts of (type × begin/inside) over the document.
    counts: crate::hash::FxHashMap<String, [u16; 8]>,
    /// First-pass label of every token.
    labels: Vec<usize>,
}

impl DocLabels {
    /// From first-pass labels of every token of `doc`.
    pub fn new(doc: &Document, labels: Vec<usize>) -> DocLabels {
        let mut counts: crate::hash::FxHashMap<String, [u16; 8]> = crate::hash::FxHashMap::default();
        for (i, &l) in labels.iter().enumerate() {
            if l != 0 {
                let c = counts.entry(stem_of(doc, i).to_string()).or_insert([0; 8]);
                c[l - 1] = c[l - 1].saturating_add(1);
            }
        }
        DocLabels { counts, labels }
    }

    /// Counts for `stem`, less token `i`'s own first-pass label.
    fn others(&self, stem: &str, i: usize) -> [u16; 8] {
        let mut c = self.counts.get(stem).copied().unwrap_or([0; 8]);
        let own = self.labels.get(i).copied().unwrap_or(0);
        if own != 0 {
            c[own - 1] = c[own - 1].saturating_sub(1);
        }
        c
    }
}

/// [`token_features`] with first-pass document labels for the second pass.
pub fn token_features_in(
    doc: &Document,
    range: &std::ops::Range<usize>,
    ctx: &Context,
    stats: &dyn StemStats,
    second: Option<&DocLabels>,
    i: usize,
    out: &mut Vec<u32>,
) {
    out.clear();
    let lex = lexicon();
    let mut f = Sink { out };
    let rel = i - range.start;
    let tok = &doc.tokens[i];
    let seg = &doc.segs[i];
    let key = doc.key(i);
    let base = &*doc.bases[i];
    let stem = stem_of(doc, i);
    let at = |k: isize| -> Option<usize> {
        let j = i as isize + k;
        (j >= range.start as isize && j < range.end as isize).then_some(j as usize)
    };
    let word = |k: isize| -> &[u8] {
        match at(k) {
            Some(j) => stem_of(doc, j).as_bytes(),
            None if k < 0 => b"<s>",
            None => b"</s>",
        }
    };
    f.add(0, &[]);
    f.add(1, &[key.as_bytes()]);
    f.add(2, &[base.as_bytes()]);
    f.add(3, &[stem.as_bytes()]);
    let chars: Vec<(usize, char)> = stem.char_indices().collect();
    let n = chars.len();
    for k in 1..=3.min(n) {
        f.add(3 + k as u8, &[&stem.as_bytes()[..chars.get(k).map_or(stem.len(), |c| c.0)]]);
        f.add(40 + k as u8, &[&stem.as_bytes()[chars[n - k].0..]]);
    }
    let kind = match tok.kind {
        TokenKind::Word => 0u8,
        TokenKind::Foreign => {
            if doc.light(i).chars().next().is_some_and(char::is_uppercase) {
                1
            } else {
                2
            }
        }
        TokenKind::Number => 3,
        TokenKind::Punct => 4,
        _ => 5,
    };
    let len = n.min(9) as u8;
    let shape = [
        kind,
        (seg.article != Article::None) as u8,
        seg.conj.is_some() as u8,
        seg.prep.is_some() as u8,
        seg.enclitic.is_some() as u8,
    ];
    f.add(10, &[&shape]);
    f.add(11, &[&[kind, len]]);
    // Neighbours.
    f.add(12, &[word(-1)]);
    f.add(13, &[word(1)]);
    f.add(14, &[word(-2)]);
    f.add(15, &[word(2)]);
    f.add(16, &[word(-1), stem.as_bytes()]);
    f.add(17, &[stem.as_bytes(), word(1)]);
    f.add(18, &[word(-1), word(1)]);
    if let Some(j) = at(-1) {
        let s = &doc.segs[j];
        f.add(19, &[&[(s.article != Article::None) as u8, s.conj.is_some() as u8, s.prep.is_some() as u8]]);
    }
    if let Some(j) = at(1) {
        let s = &doc.segs[j];
        f.add(20, &[&[(s.article != Article::None) as u8, s.conj.is_some() as u8, s.prep.is_some() as u8]]);
    }
    // Gazetteers and name lists.
    if let Some((k, form, begin)) = ctx.gaz[rel] {
        f.add(21, &[&[gaz_name(k, form), begin as u8]]);
    }
    for (d, t) in [(-1isize, 22u8), (1, 23)] {
        if let Some(j) = at(d) {
            if let Some((k, form, _)) = ctx.gaz[j - range.start] {
                f.add(t, &[&[gaz_name(k, form)]]);
            }
        }
    }
    let (given, family) = trained_lists(doc, i);
    f.add(24, &[&[given as u8, family as u8]]);
    if let Some(j) = at(-1) {
        f.add(25, &[&[lex.trained_given_names.contains(stem_of(doc, j)) as u8, given as u8]]);
    }
    // Title triggers: "الرئيس الروسي [فلاديمير] بوتين", "[كيريل] دميترييف، الممثل الخاص".
    f.add(26, &[&[ctx.title_before[rel] as u8, ctx.title_after[rel] as u8]]);
    if let Some(j) = at(-1) {
        f.add(27, &[&[ctx.title_before[j - range.start] as u8, ctx.title_before[rel] as u8]]);
    }
    if let Some(j) = at(1) {
        f.add(28, &[&[ctx.title_after[j - range.start] as u8]]);
    }
    // Corpus statistics of the stem (and of the neighbours' stems).
    let (s0, c0) = bucket_share(stats.stats(stem));
    f.add(29, &[&[s0, c0]]);
    f.add(30, &[&[s0], word(-1)]);
    if let Some(j) = at(-1) {
        f.add(31, &[&[bucket_share(stats.stats(stem_of(doc, j))).0, s0]]);
    }
    if let Some(j) = at(1) {
        f.add(32, &[&[s0, bucket_share(stats.stats(stem_of(doc, j))).0]]);
    }
    // How the stem is used in general Arabic, computed once per sentence.
    let usage = |j: usize| ctx.usage[j - range.start];
    let u0 = usage(i);
    f.add(33, &[&u0]);
    f.add(34, &[&u0[1..]]);
    f.add(35, &[&[u0[0], s0]]);
    if let Some(j) = at(-1) {
        f.add(36, &[&[usage(j)[1], u0[1]]]);
    }
    if let Some(j) = at(1) {
        f.add(37, &[&[u0[1], usage(j)[1]]]);
    }
    if let Some(d) = second {
        let c = d.others(stem, i);
        let mut best = (0u16, 0u8);
        for t in 0..4u8 {
            let (b, inside) = (c[2 * t as usize], c[2 * t as usize + 1]);
            if b + inside > 0 {
                f.add(50, &[&[t]]);
                f.add(52, &[&[t, (b > 0) as u8, (inside > 0) as u8]]);
                f.add(53, &[&[t, s0]]);
                if b + inside > best.0 {
                    best = (b + inside, t + 1);
                }
            }
        }
        f.add(51, &[&[best.1]]);
        if let Some(j) = at(-1) {
            f.add(54, &[&[d.labels.get(j).copied().unwrap_or(0) as u8, best.1]]);
        }
    }
}
