//! Stance cues (`data/lexicon/stance.tsv`) and topic nouns (`data/lexicon/topics.tsv`),
//! written by the project for news about politics, diplomacy, economy and conflict.
//!
//! A cue is one or more words, matched on token stems (clitics and the article stripped on
//! both sides, [`crate::lexicon::forms`]) and the inflections a cue may stand under
//! ([`cue_forms`]), longest first; a trailing `*` matches any word beginning with the stem,
//! and a `…` between two words lets up to [`MAX_GAP`] words stand between them, as news word
//! order splits a verb from its object ("لقي 17 شخصا حتفهم", "أغلقت كثير من المحال أبوابها").

use std::collections::HashMap;

use crate::lexicon::data_lines;
use crate::lexicon::forms::{Forms, TokenForms};
use crate::lexicon::titles::strip_article;
use crate::text::normalize::key;

/// What a cue does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// Positive polarity.
    Positive,
    /// Negative polarity.
    Negative,
    /// Reverses the polarity of what follows (لا، لم، عدم…).
    Negator,
    /// Marks uncertainty (قد، ربما، محتمل…).
    Hedge,
    /// Strengthens a neighbouring cue.
    Intensifier,
    /// Weakens a neighbouring cue.
    Diminisher,
    /// Opposes the clause that follows to the one before (لكن، رغم…).
    Contrast,
    /// Frames a negative as past, left behind (بعيدًا عن، السابقة…).
    Past,
    /// Remedies the negative right after it (مكافحة الفساد، سد الثغرات، تخفيف الأزمة).
    Remedy,
    /// A term whose words carry no tone of their own ("سعر الفائدة": interest, not a benefit);
    /// it only keeps shorter cues from matching inside it and is never reported.
    Neutral,
}

impl CueKind {
    fn parse(s: &str) -> Option<CueKind> {
        Some(match s {
            "positive" => CueKind::Positive,
            "negative" => CueKind::Negative,
            "negator" => CueKind::Negator,
            "hedge" => CueKind::Hedge,
            "intensifier" => CueKind::Intensifier,
            "diminisher" => CueKind::Diminisher,
            "contrast" => CueKind::Contrast,
            "past" => CueKind::Past,
            "remedy" => CueKind::Remedy,
            "neutral" => CueKind::Neutral,
            _ => return None,
        })
    }

    /// Its name in the output.
    pub fn name(self) -> &'static str {
        match self {
            CueKind::Positive => "positive",
            CueKind::Negative => "negative",
            CueKind::Negator => "negator",
            CueKind::Hedge => "hedge",
            CueKind::Intensifier => "intensifier",
            CueKind::Diminisher => "diminisher",
            CueKind::Contrast => "contrast",
            CueKind::Past => "past",
            CueKind::Remedy => "remedy",
            CueKind::Neutral => "neutral",
        }
    }

    /// Whether it carries polarity.
    pub fn polar(self) -> bool {
        matches!(self, CueKind::Positive | CueKind::Negative)
    }
}

/// One cue of the lexicon.
#[derive(Debug, Clone)]
pub struct Cue {
    /// The phrase as written in the lexicon.
    pub phrase: String,
    /// Folded words, article stripped.
    pub words: Vec<String>,
    /// Whether the last word matches as a prefix.
    pub prefix: bool,
    /// The index of the word before which up to [`MAX_GAP`] other words may stand (`…`).
    pub gap: Option<usize>,
    /// Kind.
    pub kind: CueKind,
    /// Strength (polar cues) or multiplier (intensifiers, diminishers).
    pub weight: f64,
    /// English gloss.
    pub gloss: String,
}

/// How many words may stand in a cue's gap (`…`).
pub const MAX_GAP: usize = 4;

/// The cue lexicon, indexed by first word.
pub struct Cues {
    entries: Vec<Cue>,
    /// Whole first word → entries, longest first.
    first: HashMap<String, Vec<usize>>,
    /// One-word prefix entries: stem prefix → entry.
    prefixes: HashMap<String, usize>,
    /// Topic nouns (folded, article stripped) → (as written, English).
    topics: HashMap<String, (String, String)>,
}

/// The forms a cue is looked up under for one word: the word's own forms, then the
/// inflections a cue may be written under ([`inflections`] of its stem).
pub fn cue_forms(forms: Forms<'_>) -> impl Iterator<Item = &str> + '_ {
    forms.iter().chain(forms.first().into_iter().flat_map(inflections))
}

/// The forms a cue may be written in under an inflected word, tried after the word itself:
/// without the accusative alif ("تهديدا" → "تهديد"), the feminine ending of adjectives and
/// participles ("ناجحة" → "ناجح"), the plural "-ين" ("مصابين" → "مصاب") and the past endings
/// ("دمرت" → "دمر", "نجحوا" → "نجح"), and the future "س" the segmenter left on an imperfect
/// ("ستخفض" → "تخفض"). The remainder keeps at least three letters (four after "س"). (The
/// imperfect is expanded from the lexicon's ي-forms instead, in [`Cues::parse`]: stripping
/// prefixes here would misread "يجيد" as "جيد".)
pub fn inflections(stem: &str) -> impl Iterator<Item = &str> {
    let n = stem.chars().count();
    let future = stem.strip_prefix('س').filter(|r| r.starts_with(['ي', 'ت', 'ن']) && n >= 5);
    [("ا", 4), ("ه", 5), ("ت", 4), ("وا", 5), ("ين", 5)]
        .into_iter()
        .filter(move |&(_, min)| n >= min)
        .filter_map(move |(suffix, _)| stem.strip_suffix(suffix))
        .chain(future)
}

/// English irregular pasts a gloss may open with ("lost", "won"): the entry is a past verb.
const IRREGULAR_PASTS: &[&str] = &["lost", "won", "fell", "broke", "withdrew", "grew", "swept", "went"];

/// The folded, article-stripped form of a lexicon word.
fn fold(w: &str) -> String {
    strip_article(&key(w)).to_string()
}

impl Cues {
    /// Parses the embedded lexicons.
    pub fn load() -> Cues {
        Cues::parse(include_str!("../../data/lexicon/stance.tsv"), include_str!("../../data/lexicon/topics.tsv"))
    }

    /// Parses `phrase<TAB>kind<TAB>weight<TAB>gloss` lines and `noun<TAB>gloss` topic
    /// lines; malformed lines are skipped (a unit test keeps the files clean).
    pub fn parse(stance: &str, topics: &str) -> Cues {
        let mut entries = Vec::new();
        let mut first: HashMap<String, Vec<usize>> = HashMap::new();
        let mut prefixes = HashMap::new();
        for line in data_lines(stance) {
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let (Some(phrase), Some(kind)) = (cols.first(), cols.get(1).and_then(|k| CueKind::parse(k))) else {
                continue;
            };
            let weight = cols.get(2).and_then(|w| w.parse::<f64>().ok()).unwrap_or(1.0);
            let gloss = cols.get(3).copied().unwrap_or("").to_string();
            let prefix = phrase.ends_with('*');
            let raw: Vec<&str> = phrase.trim_end_matches('*').split_whitespace().collect();
            let gap = raw.iter().position(|w| *w == "…");
            let words: Vec<String> = raw.iter().filter(|w| **w != "…").map(|w| fold(w)).collect();
            if words.is_empty() || words.iter().any(String::is_empty) || gap.is_some_and(|g| g == 0 || g >= words.len())
            {
                continue;
            }
            let id = entries.len();
            if prefix && words.len() == 1 {
                prefixes.entry(words[0].clone()).or_insert(id);
            } else {
                first.entry(words[0].clone()).or_default().push(id);
                // An imperfect verb given in the 3rd person masculine ("ينجح") also stands
                // for its feminine and plural-subject forms ("تنجح", "ينجحون", "تنجحان").
                if words.len() == 1 && words[0].starts_with('ي') && words[0].chars().count() >= 4 {
                    let rest = &words[0]['ي'.len_utf8()..];
                    for f in
                        [format!("ت{rest}"), format!("{}ون", words[0]), format!("{}ان", words[0]), format!("ت{rest}ان")]
                    {
                        first.entry(f).or_default().push(id);
                    }
                }
            }
            let phrase = phrase.trim_end_matches('*').replace(" … ", " ");
            entries.push(Cue { phrase, words, prefix, gap, kind, weight, gloss });
        }
        // A polar verb given in the past — its gloss is an English past ("failed", "attacked")
        // — also stands for its imperfect ("يفشل", "تهاجم", "ينتقدون", "يتدهور": ي/ت before
        // the past stem, a leading alif dropped), where no entry is written that way.
        let mut imperfects: Vec<(String, usize)> = Vec::new();
        for (id, e) in entries.iter().enumerate() {
            let w = &e.words[0];
            let n = w.chars().count();
            let past_gloss = e
                .gloss
                .split_whitespace()
                .next()
                .is_some_and(|g| g.len() > 3 && g.ends_with("ed") || IRREGULAR_PASTS.contains(&g));
            if e.words.len() != 1
                || e.prefix
                || !e.kind.polar()
                || !past_gloss
                || !(3..=5).contains(&n)
                || w.starts_with('ي')
            {
                continue;
            }
            if w.ends_with('ه') || w.ends_with('ا') || w.ends_with("ات") || w.ends_with("ون") || w.ends_with("ين")
            {
                continue;
            }
            // A hollow verb changes its middle letter ("فاز" → "يفوز"): written out if needed.
            if n == 3 && w.chars().nth(1) == Some('ا') {
                continue;
            }
            let stem = if n >= 4 { w.strip_prefix('ا').unwrap_or(w) } else { w };
            for f in [
                format!("ي{stem}"),
                format!("ت{stem}"),
                format!("ي{stem}ون"),
                format!("ي{stem}ان"),
                format!("ت{stem}ان"),
            ] {
                if !first.contains_key(&f) {
                    imperfects.push((f, id));
                }
            }
        }
        for (f, id) in imperfects {
            first.entry(f).or_default().push(id);
        }
        for ids in first.values_mut() {
            ids.sort_by_key(|&i| std::cmp::Reverse(entries[i].words.len()));
        }
        let mut topic_map = HashMap::new();
        for line in data_lines(topics) {
            if let Some((noun, gloss)) = line.split_once('\t') {
                topic_map.entry(fold(noun.trim())).or_insert((noun.trim().to_string(), gloss.trim().to_string()));
            }
        }
        Cues { entries, first, prefixes, topics: topic_map }
    }

    /// One entry.
    pub fn entry(&self, i: usize) -> &Cue {
        &self.entries[i]
    }

    /// The entry of kind `kind` whose words, folded and article-stripped, are `words`.
    pub fn find(&self, words: &[&str], kind: CueKind) -> Option<usize> {
        let first = fold(words.first()?);
        self.first.get(&first)?.iter().copied().find(|&id| {
            let e = &self.entries[id];
            e.kind == kind
                && e.gap.is_none()
                && e.words.len() == words.len()
                && e.words.iter().zip(words).all(|(a, b)| *a == fold(b))
        })
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The longest cue starting at token `i` and ending by token `end` (the sentence's
    /// end): its entry and the number of tokens it covers. Every word is looked up under its
    /// forms (`forms`, the document's [`TokenForms`]) and the inflections a cue may stand
    /// under ([`cue_forms`]).
    pub fn at(&self, forms: &TokenForms, i: usize, end: usize) -> Option<(usize, usize)> {
        let end = end.min(forms.len());
        let here = forms.word(i);
        let mut best: Option<(usize, usize)> = None;
        for f in cue_forms(here) {
            if let Some(ids) = self.first.get(f) {
                for &id in ids {
                    let e = &self.entries[id];
                    let n = e.words.len();
                    if best.is_some_and(|(_, m)| m >= n) || i + n > end {
                        continue;
                    }
                    let word_ok = |k: usize, t: usize| {
                        let w = &e.words[k];
                        cue_forms(forms.word(t))
                            .any(|g| g == w || (k + 1 == n && e.prefix && g.starts_with(w.as_str())))
                    };
                    // Words after the gap start up to MAX_GAP tokens later; the nearest wins.
                    let skips = match e.gap {
                        Some(_) => 0..=MAX_GAP,
                        None => 0..=0,
                    };
                    for skip in skips {
                        if i + n + skip > end {
                            break;
                        }
                        let at = |k: usize| i + k + if e.gap.is_some_and(|g| k >= g) { skip } else { 0 };
                        if (1..n).all(|k| word_ok(k, at(k))) {
                            best = Some((id, n + skip));
                            break;
                        }
                    }
                }
            }
        }
        if best.is_none() {
            for f in cue_forms(here) {
                // Proper prefixes of three letters or more, longest first.
                if let Some((min, _)) = f.char_indices().nth(3) {
                    for (b, _) in f.char_indices().rev().take_while(|&(b, _)| b >= min) {
                        if let Some(&id) = self.prefixes.get(&f[..b]) {
                            return Some((id, 1));
                        }
                    }
                }
                if let Some(&id) = self.prefixes.get(f) {
                    return Some((id, 1));
                }
            }
        }
        best
    }

    /// The topic noun a folded, article-stripped word is, if any: (as written, English).
    pub fn topic(&self, folded: &str) -> Option<&(String, String)> {
        self.topics.get(folded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_files_are_well_formed() {
        let stance = include_str!("../../data/lexicon/stance.tsv");
        let mut seen = std::collections::HashSet::new();
        for line in data_lines(stance) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "stance.tsv: not 4 columns: {line:?}");
            assert!(CueKind::parse(cols[1].trim()).is_some(), "stance.tsv: unknown kind in {line:?}");
            let w: f64 = cols[2].trim().parse().unwrap_or_else(|_| panic!("stance.tsv: bad weight in {line:?}"));
            assert!(w > 0.0 && w <= 3.0, "stance.tsv: weight out of range in {line:?}");
            assert!(seen.insert((fold(cols[0].trim()), cols[1].trim())), "stance.tsv: duplicate {line:?}");
        }
        let c = Cues::load();
        assert!(c.len() > 300, "only {} cues", c.len());
        for line in data_lines(include_str!("../../data/lexicon/topics.tsv")) {
            assert!(line.contains('\t'), "topics.tsv: no gloss in {line:?}");
        }
    }

    #[test]
    fn longest_match_and_prefixes() {
        let c = Cues::parse(
            "عقوبات\tnegative\t1\tsanctions\nرفع العقوبات\tpositive\t1\tlifting sanctions\nانتهاك*\tnegative\t1\tviolation\n",
            "",
        );
        let forms = |ws: &[&str]| TokenForms::from_words(ws.iter().map(std::slice::from_ref));
        let f = forms(&["رفع", "عقوبات"]);
        assert_eq!(c.at(&f, 0, usize::MAX).map(|(e, n)| (c.entry(e).kind, n)), Some((CueKind::Positive, 2)));
        assert_eq!(c.at(&f, 1, usize::MAX).map(|(e, _)| c.entry(e).kind), Some(CueKind::Negative));
        let f = forms(&["انتهاكات"]);
        assert_eq!(c.at(&f, 0, usize::MAX).map(|(e, _)| c.entry(e).gloss.as_str()), Some("violation"));
        let f = forms(&["انتها"]);
        assert_eq!(c.at(&f, 0, usize::MAX), None);
    }

    #[test]
    fn cues_match_under_inflections() {
        let c = Cues::parse("ناجح\tpositive\t1\tsuccessful\nتهديد\tnegative\t1\ta threat\n", "");
        let forms = |ws: &[&str]| TokenForms::from_words(ws.iter().map(std::slice::from_ref));
        for w in ["ناجحه", "ناجحين", "تهديدا"] {
            assert!(c.at(&forms(&[w]), 0, usize::MAX).is_some(), "{w}");
        }
        assert_eq!(inflections("نجحت").collect::<Vec<_>>(), ["نجح"]);
        assert_eq!(inflections("بها").count(), 0, "the remainder keeps three letters");
        assert_eq!(inflections("ستخفض").collect::<Vec<_>>(), ["تخفض"], "the future prefix");
        assert_eq!(inflections("ستين").count(), 0);
        assert_eq!(c.at(&forms(&["ناجحه"]), 0, 0), None, "nothing past the end");
    }

    #[test]
    fn a_gap_lets_words_stand_inside_a_cue() {
        let c = Cues::parse("لقي … حتفهم\tnegative\t1.7\tdied\n", "");
        let forms = |ws: &[&str]| TokenForms::from_words(ws.iter().map(std::slice::from_ref));
        let f = forms(&["لقي", "17", "شخصا", "حتفهم"]);
        assert_eq!(c.at(&f, 0, usize::MAX).map(|(e, n)| (c.entry(e).phrase.as_str(), n)), Some(("لقي حتفهم", 4)));
        assert_eq!(c.at(&forms(&["لقي", "حتفهم"]), 0, usize::MAX).map(|(_, n)| n), Some(2), "an empty gap");
        let far = forms(&["لقي", "a", "b", "c", "d", "e", "حتفهم"]);
        assert_eq!(c.at(&far, 0, usize::MAX), None, "at most MAX_GAP words");
    }

    #[test]
    fn find_looks_an_entry_up_by_its_words() {
        let c = Cues::load();
        assert!(c.find(&["فقد"], CueKind::Negative).is_some());
        assert!(c.find(&["فقد"], CueKind::Positive).is_none());
    }

    #[test]
    fn past_verbs_stand_for_their_imperfect() {
        let c = Cues::parse(
            "فشل\tnegative\t1\tfailed\nانتقد\tnegative\t1\tcriticised\nجيد\tpositive\t1\tgood\n\
             خسر\tnegative\t1\tlost\nاتفق\tpositive\t1\tagreed\nفاز\tpositive\t1\twon\n",
            "",
        );
        let forms = |ws: &[&str]| TokenForms::from_words(ws.iter().map(std::slice::from_ref));
        for w in ["يفشل", "تفشل", "ينتقد", "ينتقدون", "يخسر", "تخسر", "يتفقان", "تتفقان"]
        {
            assert!(c.at(&forms(&[w]), 0, usize::MAX).is_some(), "{w}");
        }
        assert_eq!(c.at(&forms(&["يجيد"]), 0, usize::MAX), None, "an adjective has no imperfect");
        assert_eq!(c.at(&forms(&["يفاز"]), 0, usize::MAX), None, "a hollow verb's imperfect is written out");
    }
}
