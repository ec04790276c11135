//! Titles and honorifics (`data/lexicon/titles.tsv`), matched on token bases.

use crate::hash::FxHashMap;

use crate::lexicon::data_lines;
use crate::text::normalize::key;

/// Title or honorific.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// An office or occupation ("الرئيس", "وزير الخارجية", "المبعوث").
    Title,
    /// A form of address kept apart from titles ("السيد", "الشيخ", "الأمير", "سمو").
    Honorific,
}

/// One title.
#[derive(Debug, Clone)]
pub struct TitleEntry {
    /// As written in the list.
    pub form: String,
    /// Title or honorific.
    pub kind: TitleKind,
    /// English gloss.
    pub gloss: String,
    /// A political office.
    pub political: bool,
    /// May stand alone for a person named before it.
    pub standalone: bool,
    /// Also a common noun: counts only when a name follows.
    pub ambiguous: bool,
    /// Added after the tagger was trained: read by the rules, not a tagger feature, so that
    /// it does not change the trained model (flag `r`).
    pub rules_only: bool,
    /// Only with the article (`d`): "العماد" is a rank, "عماد" a given name.
    pub definite: bool,
    /// A rank the list writes with the article that is also a common noun without it
    /// ("الفريق", a general; "فريق البحث", the research team): the rules read it only with the
    /// article (the tagger's features, as trained, read it either way).
    pub rank: bool,
    /// Number of words.
    pub words: usize,
}

/// The title list, indexed by first word.
pub struct Titles {
    entries: Vec<TitleEntry>,
    /// First word (folded, without the article) → (remaining folded words, entry), longest first.
    index: FxHashMap<String, Vec<(Vec<String>, usize)>>,
}

/// Heads of titles sent somewhere ("المبعوث الأممي إلى ليبيا"), folded, article stripped: the
/// title goes on with where ("إلى ليبيا"), and the holder's name after it.
pub const ENVOY_HEADS: &[&str] = &[
    "مبعوث",
    "مبعوثه",
    "موفد",
    "موفده",
    "سفير",
    "سفيره",
    "ممثل",
    "ممثله",
    "مندوب",
    "مندوبه",
    "منسق",
    "منسقه",
    "وفد",
    "بعثه",
];

/// Strips the article from a folded word.
pub fn strip_article(w: &str) -> &str {
    match w.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => w,
    }
}

/// A folded key of one or more words with the article stripped from its first word
/// ("الدولار" → "دولار", "الأمين العام" → "امين العام").
pub fn strip_article_key(k: &str) -> String {
    match k.split_once(' ') {
        Some((first, rest)) => format!("{} {rest}", strip_article(first)),
        None => strip_article(k).to_string(),
    }
}

impl Titles {
    /// Parses `form<TAB>kind<TAB>gloss<TAB>flags` lines.
    pub fn parse(tsv: &str) -> Titles {
        let mut entries = Vec::new();
        let mut index: FxHashMap<String, Vec<(Vec<String>, usize)>> = FxHashMap::default();
        for line in data_lines(tsv) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                continue;
            }
            let flags = cols.get(3).copied().unwrap_or("");
            let k = key(cols[0]);
            let words: Vec<String> = k.split_whitespace().map(str::to_string).collect();
            let Some(first) = words.first() else { continue };
            let entry = TitleEntry {
                form: cols[0].to_string(),
                kind: if cols[1] == "honorific" { TitleKind::Honorific } else { TitleKind::Title },
                gloss: cols[2].to_string(),
                political: flags.contains('p'),
                standalone: flags.contains('n'),
                ambiguous: flags.contains('a'),
                rules_only: flags.contains('r'),
                definite: flags.contains('d'),
                rank: flags.contains('a') && !flags.contains('n') && cols[0].starts_with("ال"),
                words: words.len(),
            };
            let slot = index.entry(strip_article(first).to_string()).or_default();
            if slot.iter().any(|(rest, _)| rest[..] == words[1..]) {
                continue; // the same title written with and without the article
            }
            slot.push((words[1..].to_vec(), entries.len()));
            entries.push(entry);
        }
        for v in index.values_mut() {
            v.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        Titles { entries, index }
    }

    /// Number of titles.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// One entry.
    pub fn entry(&self, i: usize) -> &TitleEntry {
        &self.entries[i]
    }

    /// Every folded word of every title the tagger was trained with (not `rules_only`).
    pub fn words(&self) -> impl Iterator<Item = &str> {
        let trained = |(_, e): &&(Vec<String>, usize)| !self.entries[*e].rules_only;
        self.index.iter().filter(move |(_, v)| v.iter().any(|x| trained(&x))).flat_map(move |(k, v)| {
            std::iter::once(k.as_str()).chain(v.iter().filter(trained).flat_map(|(r, _)| r.iter().map(String::as_str)))
        })
    }

    /// The longest title starting at `bases[i]` (folded bases: article + stem). Returns the
    /// number of tokens it covers and its entry index.
    pub fn match_at<S: AsRef<str>>(&self, bases: &[S], i: usize) -> Option<(usize, usize)> {
        self.match_with(bases, i, false)
    }

    /// Whether a title starting at or after `from` ends right before `bases[end]`.
    pub fn ends_at<S: AsRef<str>>(&self, bases: &[S], from: usize, end: usize) -> bool {
        (from..end).any(|h| self.match_at(bases, h).is_some_and(|(n, _)| h + n == end))
    }

    /// Whether `bases[i]` is a form of address of one word ("الشيخ", "الأمير", "السيد").
    pub fn honorific_word_at<S: AsRef<str>>(&self, bases: &[S], i: usize) -> bool {
        self.match_at(bases, i).is_some_and(|(n, e)| n == 1 && self.entries[e].kind == TitleKind::Honorific)
    }

    /// [`Titles::match_at`] among the titles the tagger was trained with (its features).
    pub fn match_trained<S: AsRef<str>>(&self, bases: &[S], i: usize) -> Option<(usize, usize)> {
        self.match_with(bases, i, true)
    }

    fn match_with<S: AsRef<str>>(&self, bases: &[S], i: usize, trained: bool) -> Option<(usize, usize)> {
        let first = strip_article(bases.get(i)?.as_ref());
        let cands = self.index.get(first)?;
        'c: for (rest, e) in cands {
            if trained && self.entries[*e].rules_only {
                continue;
            }
            let definite = self.entries[*e].definite || !trained && self.entries[*e].rank;
            if definite && !bases.get(i).is_some_and(|b| b.as_ref().starts_with("ال")) {
                continue;
            }
            for (j, w) in rest.iter().enumerate() {
                match bases.get(i + 1 + j).map(|b| b.as_ref()) {
                    Some(b)
                        if b == w
                            || strip_article(b) == strip_article(w) && w.starts_with("ال") == b.starts_with("ال") =>
                        {}
                    _ => continue 'c,
                }
            }
            return Some((1 + rest.len(), *e));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lexicon;

    fn m(words: &[&str]) -> Option<(usize, String)> {
        let keys: Vec<String> = words.iter().map(|w| key(w)).collect();
        let bases: Vec<&str> = keys.iter().map(String::as_str).collect();
        let t = &lexicon().titles;
        t.match_at(&bases, 0).map(|(n, e)| (n, t.entry(e).form.clone()))
    }

    #[test]
    fn longest_title_first() {
        assert_eq!(m(&["الرئيس", "الروسي"]), Some((1, "رئيس".into())));
        assert_eq!(m(&["رئيس", "الوزراء", "الإسرائيلي"]), Some((2, "رئيس الوزراء".into())));
        assert_eq!(m(&["ولي", "العهد"]), Some((2, "ولي العهد".into())));
        assert_eq!(m(&["ولي", "الأمر"]), None);
        assert_eq!(m(&["الأمير"]).map(|x| x.0), Some(1));
        let t = &lexicon().titles;
        let e = t.match_at(&["امير"], 0).map(|(_, e)| t.entry(e).kind);
        assert_eq!(e, Some(TitleKind::Honorific));
    }

    #[test]
    fn ranks_only_with_the_article() {
        let t = &lexicon().titles;
        assert!(t.match_at(&["العماد"], 0).is_some());
        assert!(t.match_at(&["عماد"], 0).is_none(), "a given name");
    }

    #[test]
    fn titles_added_after_training_are_for_the_rules_only() {
        let t = &lexicon().titles;
        assert!(t.match_at(&["الهاكر"], 0).is_some());
        assert!(t.match_trained(&["الهاكر"], 0).is_none(), "not a tagger feature");
        assert!(t.match_trained(&["الرئيس"], 0).is_some());
        assert!(!t.words().any(|w| w == "هاكر"), "no stem evidence for the segmenter either");
    }
}
