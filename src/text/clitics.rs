//! Clitic segmentation: proclitics (و ف, ب ك ل, س, the article ال/لل) and enclitic pronouns.
//!
//! Reads: Arabic word tokens (light form). Adds: a [`Seg`] per word.
//!
//! Every way of peeling clitics off a word is scored: the stem's evidence in a stem lexicon
//! (the corpus-derived counts in `data/lexicon/stems.tsv`, the gazetteers, and the words of
//! the document itself — "بوتين" standing alone makes "لبوتين" ل+بوتين), plus a prior per
//! clitic, plus shape rules (ال before a stem of two letters or more is the article; the
//! future س only before an imperfect verb). Names and stems that merely begin with a clitic
//! letter ("بوتين", "واشنطن", "كييف", "لبنان") stay whole because the whole word is better
//! attested than its remainder.

use std::rc::Rc;

use crate::hash::{FxHashMap, FxHashSet};

use crate::text::normalize::fold_light;

/// The article on a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Article {
    /// No article.
    #[default]
    None,
    /// ال written out.
    Full,
    /// ل + ال written لل (the alef dropped after the preposition ل).
    Elided,
}

/// Enclitic pronouns, longest first.
pub const ENCLITICS: &[&str] = &["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ي", "ك"];

/// One word's clitic analysis. Offsets are bytes into the word's light form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Seg {
    /// Conjunction و or ف.
    pub conj: Option<char>,
    /// Preposition ب, ك or ل.
    pub prep: Option<char>,
    /// Future particle س.
    pub fut: bool,
    /// The article.
    pub article: Article,
    /// Stem start (after proclitics and article).
    pub stem_start: u16,
    /// Stem end (before the enclitic).
    pub stem_end: u16,
    /// Index into [`ENCLITICS`].
    pub enclitic: Option<u8>,
}

impl Seg {
    /// The unsegmented analysis of a word of `len` bytes.
    pub fn whole(len: usize) -> Seg {
        Seg { stem_end: len.min(u16::MAX as usize) as u16, ..Seg::default() }
    }
    /// Whether anything was split off.
    pub fn is_split(&self) -> bool {
        self.conj.is_some()
            || self.prep.is_some()
            || self.fut
            || self.article != Article::None
            || self.enclitic.is_some()
    }
    /// Whether anything besides a conjunction was split off.
    pub fn is_split_beyond_conj(&self) -> bool {
        self.prep.is_some() || self.fut || self.article != Article::None || self.enclitic.is_some()
    }
    /// The stem.
    pub fn stem<'a>(&self, word: &'a str) -> &'a str {
        word.get(self.stem_start as usize..self.stem_end as usize).unwrap_or(word)
    }
    /// The enclitic pronoun, if any.
    pub fn enclitic_str(&self) -> Option<&'static str> {
        self.enclitic.map(|i| ENCLITICS[i as usize])
    }
    /// The proclitics in order, the article restored to ال: `["و", "ل", "ال"]`.
    pub fn proclitics(&self) -> Vec<&'static str> {
        let mut v = Vec::with_capacity(3);
        match self.conj {
            Some('و') => v.push("و"),
            Some('ف') => v.push("ف"),
            _ => {}
        }
        match self.prep {
            Some('ب') => v.push("ب"),
            Some('ك') => v.push("ك"),
            Some('ل') => v.push("ل"),
            _ => {}
        }
        if self.fut {
            v.push("س");
        }
        if self.article != Article::None {
            v.push("ال");
        }
        v
    }
    /// Article + stem, the article restored (`للولايات` → `الولايات`): the form gazetteers
    /// and names are matched on.
    pub fn base(&self, word: &str) -> String {
        let stem = self.stem(word);
        if self.article == Article::None {
            stem.to_string()
        } else {
            let mut s = String::with_capacity(stem.len() + 4);
            s.push_str("ال");
            s.push_str(stem);
            s
        }
    }
}

/// Stem evidence: folded stem → (count, how many of those were inside a named entity).
#[derive(Debug, Default, Clone)]
pub struct StemLexicon {
    counts: FxHashMap<Box<str>, (u32, u32)>,
}

impl StemLexicon {
    /// An empty lexicon.
    pub fn new() -> StemLexicon {
        StemLexicon::default()
    }
    /// Adds `n` to a stem's count. The key is folded here.
    pub fn add(&mut self, stem: &str, n: u32) {
        self.add_folded(&fold_light(stem), n);
    }
    /// Adds a stem given already in folded form.
    pub fn add_folded(&mut self, key: &str, n: u32) {
        self.add_counts(key, n, 0);
    }
    /// Adds occurrences of a folded stem, `ne` of them inside named entities.
    pub fn add_counts(&mut self, key: &str, n: u32, ne: u32) {
        match self.counts.get_mut(key) {
            Some(c) => {
                c.0 = c.0.saturating_add(n);
                c.1 = c.1.saturating_add(ne);
            }
            None => {
                self.counts.insert(key.into(), (n, ne));
            }
        }
    }
    /// Removes occurrences (saturating at zero).
    pub fn remove(&mut self, key: &str, n: u32) {
        if let Some(c) = self.counts.get_mut(key) {
            c.0 = c.0.saturating_sub(n);
        }
    }
    /// The count of a folded stem.
    #[inline]
    pub fn count(&self, key: &str) -> u32 {
        self.counts.get(key).map_or(0, |c| c.0)
    }
    /// Share of a stem's corpus occurrences inside named entities, when it was seen.
    pub fn entity_share(&self, key: &str) -> Option<f32> {
        self.counts.get(key).filter(|c| c.0 > 0).map(|c| c.1 as f32 / c.0 as f32)
    }
    /// Number of stems.
    pub fn len(&self) -> usize {
        self.counts.len()
    }
    /// Whether it holds no stem.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
    /// Every stem with its counts.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u32, u32)> {
        self.counts.iter().map(|(k, c)| (&**k, c.0, c.1))
    }
    /// Parses `stem<TAB>count<TAB>entity count` lines (comments with `#`).
    pub fn parse_into(&mut self, tsv: &str) {
        for line in tsv.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let k = cols.next().unwrap_or("");
            let n = cols.next().and_then(|c| c.trim().parse().ok()).unwrap_or(1);
            let ne = cols.next().and_then(|c| c.trim().parse().ok()).unwrap_or(0);
            self.add_counts(&fold_light(k), n, ne);
        }
    }
}

/// Words that begin with ال but carry no article (relative pronouns, the divine name).
const AL_WORDS: &[&str] = &[
    // Form VIII verbs of roots beginning with ل: "التقى" is not ال + تقى.
    "التقى",
    "التقي",
    "التقت",
    "التقوا",
    "التقيا",
    "التحق",
    "التحقت",
    "التحقوا",
    "التزم",
    "التزمت",
    "التزموا",
    "التفت",
    "التمس",
    "التقط",
    "التهم",
    "التهمت",
    "الله",
    "اللهم",
    "الذي",
    "التي",
    "الذين",
    "اللذان",
    "اللتان",
    "اللذين",
    "اللتين",
    "اللاتي",
    "اللواتي",
    "اللائي",
    "الا",
    "الى",
    "الي",
];

/// Function words that are written as one word although they begin with a clitic letter
/// ("كما" is not ك + ما, "لكن" not ل + كن); a conjunction may still precede them ("ولكن").
const LEXICALIZED: &[&str] = &[
    "كما",
    "لكن",
    "لكنما",
    "فيما",
    "بينما",
    "عندما",
    "طالما",
    "كلما",
    "ربما",
    "إنما",
    "انما",
    "لدى",
    "لدي",
    "حينما",
    "مثلما",
    "كيفما",
    "أينما",
    "كأنما",
    "بعدما",
    "قبلما",
    "لكي",
    "كي",
    "بل",
    "بين",
    "بعد",
    "بعض",
    "فقط",
    "فوق",
    "كل",
    "كلا",
    "كيف",
    "ليس",
    "ليست",
    "لعل",
    "لقد",
    "لولا",
    "لو",
    "لن",
    "لم",
    "لا",
    "لما",
];

/// Particles spelt with a hamza on the alef; their folded forms collide with words that
/// merely contain a bare alef (كان is not ك + أن).
const HAMZA_PARTICLES: &[&str] = &["ان", "ام", "او", "اي", "اذ", "اذا", "الا", "الي", "اما", "انا", "ما"];

/// A word that is only a preposition and a pronoun ("بها", "لهم", "ولها", "فلكم"), or a
/// conjunction and a pronoun ("وهم", "فهما").
fn prep_pronoun(word: &str) -> Option<Seg> {
    let (conj, rest) = match word.chars().next()? {
        c @ ('و' | 'ف') if word.chars().count() > 2 => (Some(c), &word[2..]),
        _ => (None, word),
    };
    if in_set(&sets().lexicalized, rest) || conj.is_some() && rest.ends_with('ي') {
        return None; // "ولي" is a noun (ولي العهد), not و + ل + ي
    }
    if conj.is_some() {
        if let Some(i) =
            ["هما", "هم", "هن"].iter().find(|e| **e == rest).and_then(|e| ENCLITICS.iter().position(|x| x == e))
        {
            return Some(Seg { conj, stem_start: 2, stem_end: 2, enclitic: Some(i as u8), ..Seg::default() });
        }
    }
    let mut chars = rest.chars();
    let p = chars.next()?;
    if !matches!(p, 'ب' | 'ل') {
        return None;
    }
    let enc = &rest[2..];
    let i = ENCLITICS.iter().position(|e| *e == enc)?;
    let start = word.len() - enc.len();
    Some(Seg {
        conj,
        prep: Some(p),
        stem_start: start as u16,
        stem_end: start as u16,
        enclitic: Some(i as u8),
        ..Seg::default()
    })
}

/// Function words that take enclitic pronouns: فيه، منها، عليهم، إنه، لأنها…
const PRONOUN_HOSTS: &[&str] = &[
    "في",
    "من",
    "عن",
    "على",
    "علي",
    "إلى",
    "إلي",
    "الى",
    "الي",
    "مع",
    "لدى",
    "لدي",
    "عند",
    "بين",
    "حول",
    "دون",
    "ضد",
    "أمام",
    "خلال",
    "لكن",
    "لكن",
    "أن",
    "إن",
    "كأن",
    "ليت",
    "لعل",
    "منذ",
    "عبر",
    "نحو",
    "لدي",
    "إلي",
    "علي",
    "حيث",
    "بعد",
    "قبل",
    "فوق",
    "تحت",
    "لأن",
    "عندما",
    "مثل",
    "كل",
    "بعض",
    "نفس",
    "ذات",
    "عبر",
];

/// The words of one document as evidence: how often a folded form stands alone, and how
/// often it follows a proclitic inside another word ("ويتكوف" inside "وويتكوف").
#[derive(Debug, Default)]
pub struct DocVocab {
    alone: StemLexicon,
    inside: StemLexicon,
}

/// The forms left when one or two proclitic letters come off a folded word (لل → ال).
fn peeled(x: &str) -> impl Iterator<Item = String> + '_ {
    let one = ['و', 'ف', 'ب', 'ل', 'ك'];
    let mut out: Vec<String> = Vec::new();
    if let Some(c) = x.chars().next().filter(|c| one.contains(c)) {
        let rest = &x[c.len_utf8()..];
        if rest.chars().count() >= 2 {
            out.push(rest.to_string());
            if c == 'ل' && rest.starts_with('ل') {
                out.push(format!("ا{rest}"));
            }
            if matches!(c, 'و' | 'ف') {
                if let Some(d) = rest.chars().next().filter(|d| matches!(d, 'ب' | 'ل' | 'ك')) {
                    let r2 = &rest[d.len_utf8()..];
                    if r2.chars().count() >= 2 {
                        out.push(r2.to_string());
                        if d == 'ل' && r2.starts_with('ل') {
                            out.push(format!("ا{r2}"));
                        }
                    }
                }
            }
        }
    }
    out.into_iter()
}

impl DocVocab {
    /// Builds the evidence from a document's words (folded forms).
    pub fn new<'w>(words: impl Iterator<Item = &'w str>) -> DocVocab {
        let mut types: FxHashMap<&str, u32> = FxHashMap::default();
        for w in words {
            *types.entry(w).or_insert(0) += 1;
        }
        DocVocab::from_types(types.iter().map(|(w, n)| (*w, *n)))
    }

    /// Builds the evidence from word types (folded) and their counts.
    pub fn from_types<'w>(types: impl Iterator<Item = (&'w str, u32)>) -> DocVocab {
        let mut v = DocVocab::default();
        for (w, n) in types {
            v.alone.add_folded(w, n);
            for y in peeled(w) {
                v.inside.add_folded(&y, n);
            }
        }
        v
    }
}

/// The word being segmented, for document evidence that must not count the word itself.
struct Own {
    /// The word's folded form: byte offsets match the light form's.
    key: String,
    peeled: Vec<String>,
    count: u32,
}

/// Weight of one occurrence in the document against one in the corpus.
const DOC_WEIGHT: u32 = 4;

/// The word lists above as hash sets, built once.
struct Sets {
    lexicalized: FxHashSet<&'static str>,
    al_words: FxHashSet<&'static str>,
    hosts: FxHashSet<&'static str>,
    hamza: FxHashSet<&'static str>,
}

fn sets() -> &'static Sets {
    static SETS: std::sync::OnceLock<Sets> = std::sync::OnceLock::new();
    SETS.get_or_init(|| Sets {
        lexicalized: LEXICALIZED.iter().copied().collect(),
        al_words: AL_WORDS.iter().copied().collect(),
        hosts: PRONOUN_HOSTS.iter().copied().collect(),
        hamza: HAMZA_PARTICLES.iter().copied().collect(),
    })
}

#[inline]
fn in_set(set: &FxHashSet<&'static str>, w: &str) -> bool {
    set.contains(w)
}

/// Scores and picks the clitic analysis of one Arabic word (light form).
pub struct Segmenter<'a> {
    lexicons: &'a [&'a StemLexicon],
    /// The document's own words. A word never attests itself: a whole word draws evidence
    /// from other words that hold it after a proclitic, a stem from the words that are it
    /// (alone, or inside another word) other than the one being segmented.
    doc: Option<&'a DocVocab>,
}

#[derive(Clone, Copy)]
struct Cand {
    seg: Seg,
    score: f32,
}

const MIN_STEM_CHARS: usize = 2;

impl<'a> Segmenter<'a> {
    /// A segmenter consulting these lexicons (their counts add up).
    pub fn new(lexicons: &'a [&'a StemLexicon]) -> Segmenter<'a> {
        Segmenter { lexicons, doc: None }
    }

    /// The same, also taking evidence from the document's own words.
    pub fn with_document(lexicons: &'a [&'a StemLexicon], doc: &'a DocVocab) -> Segmenter<'a> {
        Segmenter { lexicons, doc: Some(doc) }
    }

    fn global(&self, key: &str) -> u32 {
        self.lexicons.iter().map(|l| l.count(key)).fold(0u32, u32::saturating_add)
    }

    /// Evidence for `key`: corpus counts plus document counts (see [`Segmenter::doc`]).
    /// `own` is None for the whole word, the word being segmented for a stem.
    fn count(&self, key: &str, own: Option<&Own>) -> u32 {
        let g = self.global(key);
        let Some(d) = self.doc else { return g };
        let local = match own {
            None => d.inside.count(key),
            Some(o) => {
                let mut n = d.alone.count(key) + d.inside.count(key);
                if o.peeled.iter().any(|p| p == key) {
                    n = n.saturating_sub(o.count);
                }
                n
            }
        };
        g.saturating_add(local.saturating_mul(DOC_WEIGHT))
    }

    /// Evidence for a stem (folded key): log-count, or a length-based guess when unseen.
    /// `own` is None for the whole word, the word itself when scoring what a split leaves.
    fn stem_score(&self, stem: &str, with_article: bool, own: Option<&Own>) -> f32 {
        self.stem_score_folded(stem, &fold_light(stem), with_article, own)
    }

    /// [`Segmenter::stem_score`] with the stem's folded form at hand.
    fn stem_score_folded(&self, stem: &str, key: &str, with_article: bool, own: Option<&Own>) -> f32 {
        let mut n = self.count(key, own);
        if with_article {
            // A noun seen with the article is well attested as a stem too.
            let mut k = String::with_capacity(key.len() + 4);
            k.push_str("ال");
            k.push_str(key);
            n = n.saturating_add(self.count(&k, own));
        }
        if n > 0 {
            1.0 + (n as f32).ln()
        } else {
            let chars = stem.chars().count();
            // Unseen stems: short ones are unlikely words, long ones are likely names.
            match chars {
                0..=1 => -12.0,
                2 => -4.0,
                3 => -1.5,
                _ => -0.8,
            }
        }
    }

    /// Segments one word given in its light form (Arabic letters, possibly `-` and digits).
    pub fn segment(&self, word: &str) -> Seg {
        self.segment_counted(word, 0)
    }

    /// Segments a word that occurs `own` times in the document being segmented.
    pub fn segment_counted(&self, word: &str, own: u32) -> Seg {
        let key = fold_light(word);
        let own = Own { peeled: peeled(&key).collect(), key, count: own };
        self.segment_inner(word, &own)
    }

    fn segment_inner(&self, word: &str, own: &Own) -> Seg {
        let len = word.len();
        if word.chars().nth(2).is_none() || len > u16::MAX as usize {
            // One-letter and two-letter words are never split except عن/من style hosts,
            // which only take enclitics: "له" (ل+ه) and "به" (ب+ه) are handled below.
            return self.short(word);
        }
        // "بها", "لهم", "ولها" — unless the word is a well-attested stem of its own ("ولي").
        if let Some(s) = prep_pronoun(word).filter(|_| self.global(&own.key) < 10) {
            return s;
        }
        if in_set(&sets().lexicalized, word) {
            return Seg::whole(len);
        }
        let mut best = Cand { seg: Seg::whole(len), score: self.whole_score(word, &own.key) };
        let conj_opts: &[Option<char>] = &[None, Some('و'), Some('ف')];
        for &conj in conj_opts {
            let mut p = 0usize;
            if let Some(c) = conj {
                if !word.starts_with(c) {
                    continue;
                }
                p += c.len_utf8();
            }
            let lexicalized = in_set(&sets().lexicalized, &word[p..]);
            for prep in [None, Some('ب'), Some('ك'), Some('ل'), Some('س')] {
                if lexicalized && prep.is_some() {
                    continue; // "وكما" is و + كما
                }
                let mut q = p;
                if let Some(c) = prep {
                    if !word[q..].starts_with(c) {
                        continue;
                    }
                    q += c.len_utf8();
                }
                let fut = prep == Some('س');
                if fut && !word[q..].starts_with(['ي', 'ت', 'ن', 'أ']) {
                    continue;
                }
                for art in [Article::None, Article::Full, Article::Elided] {
                    if art != Article::None && (in_set(&sets().al_words, &word[q..]) || lexicalized) {
                        continue; // "والذي" is و + الذي, not و + ال + ذي
                    }
                    let r = match art {
                        Article::None => q,
                        Article::Full if !fut && prep != Some('ل') && word[q..].starts_with("ال") => q + 4,
                        Article::Elided if prep == Some('ل') && word[q..].starts_with('ل') => q + 2,
                        _ => continue,
                    };
                    self.consider_enclitics(word, conj, prep, fut, art, r, own, &mut best);
                }
            }
        }
        best.seg
    }

    fn whole_score(&self, word: &str, key: &str) -> f32 {
        let mut s = self.stem_score_folded(word, key, false, None);
        s += unseen_shape_penalty(word, self.count(key, None));
        if word.starts_with("ال") && word.chars().count() >= 4 && !in_set(&sets().al_words, word) {
            // A word that begins with ال almost always carries the article.
            s -= 6.0;
        }
        s
    }

    #[allow(clippy::too_many_arguments)]
    fn consider_enclitics(
        &self,
        word: &str,
        conj: Option<char>,
        prep: Option<char>,
        fut: bool,
        art: Article,
        start: usize,
        own: &Own,
        best: &mut Cand,
    ) {
        let nothing_split = conj.is_none() && prep.is_none() && art == Article::None;
        for e in std::iter::once(None).chain((0..ENCLITICS.len()).map(Some)) {
            if nothing_split && e.is_none() {
                continue; // the whole word, already scored
            }
            let mut end = word.len();
            if let Some(i) = e {
                if art != Article::None {
                    break; // no pronoun after the article
                }
                let enc = ENCLITICS[i];
                if !word.ends_with(enc) {
                    continue;
                }
                end -= enc.len();
            }
            if end <= start {
                continue;
            }
            let stem = &word[start..end];
            // Folding keeps byte lengths: the stem's folded form is the same slice of the key.
            let fstem = own.key.get(start..end).unwrap_or(stem);
            if stem.chars().count() < MIN_STEM_CHARS || stem.contains('-') && e.is_some() {
                continue;
            }
            if stem.starts_with('ة') || stem.ends_with('ة') && e.is_some() {
                continue;
            }
            let host = in_set(&sets().hosts, stem);
            let chars = stem.chars().count();
            if chars == 2 && art == Article::None && !self.short_stem_ok(stem, fstem) {
                continue;
            }
            if in_set(&sets().hamza, fstem) && stem.starts_with('ا') && art == Article::None {
                // "كان" is not ك + أن: a bare alef does not spell the particle.
                continue;
            }
            let bare_alef = (conj.is_some() || prep.is_some()) && art == Article::None && stem.starts_with('ا');
            let mut score = self.stem_score_folded(stem, fstem, art != Article::None, Some(own));
            if bare_alef && !wasl_stem(stem) {
                // After a proclitic, a stem opening with a bare alef must open with hamzat
                // al-wasl; "واحد" is not و + أحد, "لاعب" not ل + اعب.
                score -= 3.0;
            }
            if conj.is_none() && prep.is_none() && art == Article::None {
                // Only an enclitic came off: the stem still opens the word.
                score += unseen_shape_penalty(stem, self.count(fstem, Some(own))).clamp(-2.0, 0.0) * 0.5;
            }
            if own.count >= 2 && (conj.is_some() || prep.is_some()) && art == Article::None && e.is_none() {
                // A word repeated in the document, always with the same first letter and never
                // without it, keeps that letter: "ويكيبيديا" ×10 is not و + "يكيبيديا".
                if self.global(fstem) == 0 && self.count(fstem, Some(own)) == 0 {
                    score -= 1.2 * (own.count.min(6) - 1) as f32;
                }
            }
            if e.is_some() {
                if let Some(t) = stem.strip_suffix('ت') {
                    // Ta marbuta is written ت before a pronoun: زيارته = زيارة + ه.
                    let mut tm = String::with_capacity(t.len() + 2);
                    tm.push_str(t);
                    tm.push('ة');
                    score = score.max(self.stem_score(&tm, false, Some(own)));
                }
            }
            score += clitic_prior(conj, prep, fut, art, e, host, stem);
            if art == Article::Full && stem.chars().count() >= 2 {
                // The article is the strongest shape cue there is.
                score += 2.5;
            }
            if score > best.score {
                *best = Cand {
                    seg: Seg {
                        conj,
                        prep: if fut { None } else { prep },
                        fut,
                        article: art,
                        stem_start: start as u16,
                        stem_end: end as u16,
                        enclitic: e.map(|i| i as u8),
                    },
                    score,
                };
            }
        }
    }

    /// A two-letter stem must be a known function word or a frequent word ("من", "يد").
    fn short_stem_ok(&self, stem: &str, key: &str) -> bool {
        in_set(&sets().hosts, stem) || crate::lexicon::lexicon().is_stopword(key) || self.global(key) >= 50
    }

    /// Two-letter and shorter words: only preposition + pronoun ("له", "به", "لي", "بك").
    fn short(&self, word: &str) -> Seg {
        let len = word.len();
        let mut chars = word.chars();
        if let (Some(p @ ('ل' | 'ب')), Some(e @ ('ه' | 'ي' | 'ك')), None) = (chars.next(), chars.next(), chars.next())
        {
            let enc = ENCLITICS.iter().position(|x| x.starts_with(e) && x.len() == 2);
            return Seg { prep: Some(p), stem_start: 2, stem_end: 2, enclitic: enc.map(|i| i as u8), ..Seg::default() };
        }
        Seg::whole(len)
    }
}

/// Whether a stem written with a bare initial alef can begin with hamzat al-wasl: verbal
/// nouns and verbs of forms VII, VIII and X (انتخاب، اجتماع، اصطدام، ازدهار، استقبال) and
/// the few nouns that take it (اسم، ابن، اثنان، امرأة).
pub fn wasl_stem(stem: &str) -> bool {
    let mut c = stem.chars();
    if c.next() != Some('ا') {
        return false;
    }
    let (Some(c1), Some(c2)) = (c.next(), c.next()) else {
        return false;
    };
    // Form VIII: C1 + ت, or its assimilated spellings (ازدهر، ادّعى، اصطدم، اضطر).
    c2 == 'ت'
        || c2 == 'د' && matches!(c1, 'د' | 'ز' | 'ذ')
        || c2 == 'ط' && matches!(c1, 'ص' | 'ض' | 'ط' | 'ظ')
        || c1 == 'ن'
        || c1 == 'ت'
        || ["اسم", "ابن", "اثن", "امرأ", "امرا"].iter().any(|p| stem.starts_with(p))
}

/// For a word (or a stem left after removing only an enclitic) never seen anywhere: how
/// unlikely it is to be a stem of its own, judged by its shape. An unknown word opening with
/// و, ب or ل is far more often a clitic on an unknown stem; one ending in ه، ها، هم، هما or
/// اتنا more often carries a pronoun.
fn unseen_shape_penalty(word: &str, count: u32) -> f32 {
    if count > 0 {
        return 0.0;
    }
    let n = word.chars().count();
    let mut p = 0.0;
    if n >= 4 && word.starts_with(['و', 'ب', 'ل']) {
        p -= 2.0;
    }
    if n >= 4
        && (word.ends_with('ه')
            || word.ends_with("ها")
            || word.ends_with("هم")
            || word.ends_with("هما")
            || word.ends_with("اتنا"))
    {
        p -= 1.0;
    }
    p
}

/// Log-prior of a clitic combination: how often news Arabic attaches these, and where.
fn clitic_prior(
    conj: Option<char>,
    prep: Option<char>,
    fut: bool,
    art: Article,
    enc: Option<usize>,
    host: bool,
    stem: &str,
) -> f32 {
    let mut s = 0.0;
    s += match conj {
        Some('و') => -1.2,
        Some('ف') => -3.0,
        _ => 0.0,
    };
    s += match prep {
        Some('ب') | Some('ل') if !fut => -1.6,
        Some('ك') => -3.2,
        _ => 0.0,
    };
    if fut {
        s -= 2.0;
    }
    s += match art {
        Article::None => 0.0,
        Article::Full => -0.3,
        Article::Elided => 3.0,
    };
    if let Some(i) = enc {
        let e = ENCLITICS[i];
        s += match e {
            _ if host => 1.0,
            // Words ending in ها/هم/هما almost always carry the pronoun; ه is often a root letter.
            "ها" => -0.3,
            "هم" | "هما" => -0.6,
            "ه" if stem.ends_with('ت') => -0.4,
            "ه" => -0.7,
            "نا" => -2.8,
            "هن" => -4.5,
            // "ي" and "ك" end too many nouns and nisba adjectives (روسي، تركي، مبارك).
            _ => -9.0,
        };
        if stem.ends_with(['ا', 'ي', 'و']) && e == "ه" {
            s -= 0.5;
        }
    }
    s
}

/// Segments every Arabic word of the document and computes each token's base.
///
/// Reads: tokens. Adds: `segs` and `bases`. The document's own vocabulary counts as stem
/// evidence, so a name seen alone ("ويتكوف") is recognised inside "وويتكوف".
pub fn segment_document(doc: &mut crate::doc::Document) {
    use crate::text::tokenize::TokenKind;
    let lex = crate::lexicon::lexicon();
    // Word types (light form) with their counts; each type is segmented once, and the same
    // spelling gets the same analysis throughout the document.
    let mut types: FxHashMap<&str, (u32, usize)> = FxHashMap::default();
    let mut type_of: Vec<u32> = Vec::with_capacity(doc.tokens.len());
    let mut order: Vec<&str> = Vec::new();
    for t in &doc.tokens {
        if t.kind != TokenKind::Word {
            type_of.push(u32::MAX);
            continue;
        }
        let light = t.light(&doc.norm);
        let next = order.len();
        let e = types.entry(light).or_insert((0, next));
        if e.1 == next {
            order.push(light);
        }
        e.0 += 1;
        type_of.push(e.1 as u32);
    }
    let keys: Vec<String> = order.iter().map(|l| fold_light(l)).collect();
    let mut folded_counts: FxHashMap<&str, u32> = FxHashMap::default();
    for (l, k) in order.iter().zip(&keys) {
        *folded_counts.entry(k.as_str()).or_insert(0) += types[l].0;
    }
    let vocab = DocVocab::from_types(folded_counts.iter().map(|(k, n)| (*k, *n)));
    let global = [&lex.stems];
    let seg = Segmenter::with_document(&global, &vocab);
    let analysed: Vec<(Seg, Rc<str>)> = order
        .iter()
        .zip(&keys)
        .map(|(light, k)| {
            let s = seg.segment_counted(light, folded_counts[k.as_str()]);
            let base: Rc<str> = fold_light(&s.base(light)).into();
            (s, base)
        })
        .collect();
    let mut segs = Vec::with_capacity(doc.tokens.len());
    let mut bases = Vec::with_capacity(doc.tokens.len());
    for (t, &ty) in doc.tokens.iter().zip(&type_of) {
        if ty == u32::MAX {
            let light = t.light(&doc.norm);
            segs.push(Seg::whole(light.len()));
            bases.push(Rc::from(t.key(&doc.norm)));
        } else {
            let (s, b) = &analysed[ty as usize];
            segs.push(*s);
            bases.push(Rc::clone(b));
        }
    }
    doc.segs = segs;
    doc.bases = bases;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(words: &[(&str, u32)]) -> StemLexicon {
        let mut l = StemLexicon::new();
        for (w, n) in words {
            l.add(w, *n);
        }
        l
    }

    fn seg(l: &StemLexicon, w: &str) -> String {
        let lexes = [l];
        let s = Segmenter::new(&lexes).segment(w);
        let mut parts: Vec<String> = s.proclitics().iter().map(|p| format!("{p}+")).collect();
        parts.push(s.stem(w).to_string());
        if let Some(e) = s.enclitic_str() {
            parts.push(format!("+{e}"));
        }
        parts.concat()
    }

    #[test]
    fn names_that_begin_with_clitic_letters_stay_whole() {
        let l = lex(&[("بوتين", 5), ("واشنطن", 5), ("كييف", 3), ("لبنان", 4), ("وزير", 20), ("بيت", 3)]);
        for w in ["بوتين", "واشنطن", "كييف", "لبنان", "وزير"] {
            assert_eq!(seg(&l, w), w, "{w}");
        }
    }

    #[test]
    fn clitics_come_off_attested_stems() {
        let l = lex(&[("بوتين", 5), ("واشنطن", 5), ("قال", 40), ("زيارة", 9), ("ولايات", 2), ("يلتقي", 2)]);
        assert_eq!(seg(&l, "لبوتين"), "ل+بوتين");
        assert_eq!(seg(&l, "وبوتين"), "و+بوتين");
        assert_eq!(seg(&l, "وواشنطن"), "و+واشنطن");
        assert_eq!(seg(&l, "وقال"), "و+قال");
        assert_eq!(seg(&l, "زيارته"), "زيارت+ه");
        assert_eq!(seg(&l, "للولايات"), "ل+ال+ولايات");
        assert_eq!(seg(&l, "والعلاقات"), "و+ال+علاقات");
        assert_eq!(seg(&l, "بالقاهرة"), "ب+ال+قاهرة");
        assert_eq!(seg(&l, "سيلتقي"), "س+يلتقي");
    }

    #[test]
    fn a_bare_alef_after_a_clitic_must_be_wasl() {
        let l = lex(&[("احد", 50), ("انتخاب", 5), ("اعب", 1), ("واحد", 1)]);
        assert_eq!(seg(&l, "واحد"), "واحد");
        assert_eq!(seg(&l, "وانتخاب"), "و+انتخاب");
        assert!(wasl_stem("استقبال") && wasl_stem("اجتماع") && wasl_stem("اسم") && !wasl_stem("احد"));
    }

    #[test]
    fn article_and_its_exceptions() {
        let l = lex(&[]);
        assert_eq!(seg(&l, "الرئيس"), "ال+رئيس");
        assert_eq!(seg(&l, "الذي"), "الذي");
        assert_eq!(seg(&l, "إلى"), "إلى");
        assert_eq!(seg(&l, "ألمانيا"), "ألمانيا");
    }

    #[test]
    fn short_prepositions_with_pronouns() {
        let l = lex(&[]);
        assert_eq!(seg(&l, "له"), "ل++ه");
        assert_eq!(seg(&l, "من"), "من");
    }

    #[test]
    fn base_restores_the_article() {
        let lexes: [&StemLexicon; 0] = [];
        let s = Segmenter::new(&lexes).segment("للولايات");
        assert_eq!(s.base("للولايات"), "الولايات");
    }
}
