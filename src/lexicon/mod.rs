//! Embedded data: gazetteers, titles, names, months, stop words and stem counts.
//!
//! Every file comes from `data/` through `include_str!` and is parsed once, on first use
//! ([`lexicon`]). Sources and licences are in `data/NOTICE.md`.

pub mod cues;
pub mod forms;
pub mod gazetteer;
pub mod titles;
pub mod triggers;

use crate::hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

use crate::text::clitics::StemLexicon;
use crate::text::normalize::key;

pub use gazetteer::{Concept, ConceptId, GazKind, Gazetteer, PatternForm};
pub use titles::{TitleKind, Titles};

/// All embedded lexical data.
pub struct Lexicon {
    /// Places, organisations and known people.
    pub gazetteer: Gazetteer,
    /// Titles and honorifics.
    pub titles: Titles,
    /// Stop words (folded).
    pub stopwords: FxHashSet<String>,
    /// Given names, Arabic and foreign, with the rules-only list (folded).
    pub given_names: FxHashSet<String>,
    /// The given names the tagger's features and the stem evidence were built from (without
    /// `given_names_rules.txt`, which only the rules read).
    pub trained_given_names: FxHashSet<String>,
    /// Arabic given names only (folded): romanisation spells these with short vowels.
    pub arabic_given_names: FxHashSet<String>,
    /// Words of the trained lists that the rules read as ordinary words, never as a name's
    /// ("قادة", leaders): the `-` lines of `given_names_rules.txt`, left out of `given_names`.
    pub not_given_names: FxHashSet<String>,
    /// Family names (folded).
    pub family_names: FxHashSet<String>,
    /// Latin spellings of name words (folded Arabic word, or a fixed two-word compound) → the
    /// spelling English news uses: `latin_names.tsv`. Read through [`Lexicon::latin_name`].
    pub latin_names: FxHashMap<String, String>,
    /// Month names (folded, possibly two words) → month number.
    pub months: FxHashMap<String, u8>,
    /// Weekday names (folded, without the article) → 0 = Sunday.
    pub weekdays: FxHashMap<String, u8>,
    /// Stem evidence for clitic segmentation.
    pub stems: StemLexicon,
    /// Event triggers.
    pub events: triggers::Triggers,
    /// Speech and attribution cues.
    pub speech: triggers::Triggers,
    /// Stance cues and topic nouns.
    pub cues: cues::Cues,
    /// Words that build organisation names (folded, without the article): `org_heads.tsv`.
    pub org_words: FxHashMap<String, OrgWord>,
    /// How a stem is used in general Arabic text (from wordfreq): frequency, share of its
    /// uses with the article, share with a pronoun suffix, as three small buckets.
    pub usage: FxHashMap<Box<str>, [u8; 3]>,
}

/// What a word of `org_heads.tsv` does in an organisation's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgWord {
    /// A noun that names a body with its genitive or adjectives ("وزارة", "حزب").
    Head,
    /// A head that is as often an ordinary noun ("حركة", "مركز"): it needs more evidence.
    WeakHead,
    /// An adjective that goes on a name ("المعارض", "الوطني").
    Adjective,
    /// A head with its genitive naming a part of another body ("مجلس الإدارة"): keyed on
    /// both words, without the article.
    Common,
}

fn org_words(s: &str) -> FxHashMap<String, OrgWord> {
    data_lines(s)
        .filter_map(|l| l.split_once('\t'))
        .filter_map(|(w, role)| {
            let role = match role.trim() {
                "head" => OrgWord::Head,
                "weak" => OrgWord::WeakHead,
                "adj" => OrgWord::Adjective,
                "common" => OrgWord::Common,
                _ => return None,
            };
            let words: Vec<String> = w.split_whitespace().map(|x| key(titles::strip_article(x))).collect();
            Some((words.join(" "), role))
        })
        .collect()
}

/// Lines of a data file, comments and blank lines skipped.
pub(crate) fn data_lines(s: &str) -> impl Iterator<Item = &str> {
    s.lines().filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn word_set(s: &str) -> FxHashSet<String> {
    data_lines(s).map(|l| key(l.trim())).collect()
}

/// `arabic<TAB>Latin` lines, keyed on the folded Arabic side; a malformed line is skipped
/// (the unit test below rejects any).
fn latin_table(s: &str) -> FxHashMap<String, String> {
    data_lines(s).filter_map(|l| l.split_once('\t')).map(|(ar, la)| (key(ar.trim()), la.trim().to_string())).collect()
}

/// `stem<TAB>zae` lines (three digits) → buckets.
fn usage_table(s: &str) -> FxHashMap<Box<str>, [u8; 3]> {
    data_lines(s)
        .filter_map(|l| l.split_once('\t'))
        .filter_map(|(w, c)| {
            let b = c.trim().as_bytes();
            (b.len() == 3 && b.iter().all(u8::is_ascii_digit))
                .then(|| (Box::from(w), [b[0] - b'0', b[1] - b'0', b[2] - b'0']))
        })
        .collect()
}

impl Lexicon {
    fn load() -> Lexicon {
        let gazetteer = Gazetteer::load();
        let titles = Titles::parse(include_str!("../../data/lexicon/titles.tsv"));
        let stopwords = word_set(include_str!("../../data/lexicon/stopwords.txt"));
        let arabic_given_names = word_set(include_str!("../../data/lexicon/given_names.txt"));
        let mut trained_given_names = arabic_given_names.clone();
        trained_given_names.extend(word_set(include_str!("../../data/lexicon/foreign_given_names.txt")));
        let mut given_names = trained_given_names.clone();
        let rules_list = include_str!("../../data/lexicon/given_names_rules.txt");
        let not_given_names: FxHashSet<String> =
            data_lines(rules_list).filter_map(|l| l.trim().strip_prefix('-')).map(|w| key(w.trim())).collect();
        given_names.extend(data_lines(rules_list).filter(|l| !l.trim().starts_with('-')).map(|l| key(l.trim())));
        given_names.retain(|w| !not_given_names.contains(w));
        let family_names = word_set(include_str!("../../data/lexicon/family_names.txt"));
        let latin_names = latin_table(include_str!("../../data/lexicon/latin_names.tsv"));
        let mut months = FxHashMap::default();
        for line in data_lines(include_str!("../../data/lexicon/months.tsv")) {
            if let Some((n, names)) = line.split_once('\t') {
                let n: u8 = n.parse().unwrap_or(0);
                for name in names.split('|') {
                    months.insert(key(name), n);
                }
            }
        }
        let mut weekdays = FxHashMap::default();
        for (i, line) in data_lines(include_str!("../../data/lexicon/weekdays.tsv")).enumerate() {
            if let Some((_, names)) = line.split_once('\t') {
                for name in names.split('|') {
                    let k = key(name);
                    let bare = k.strip_prefix("ال").unwrap_or(&k).to_string();
                    weekdays.insert(bare, i as u8);
                }
            }
        }
        let mut stems =
            base_stems(&gazetteer, &titles, &stopwords, &trained_given_names, &family_names, &months, &weekdays);
        stems.parse_into(include_str!("../../data/lexicon/stems.tsv"));
        Lexicon {
            gazetteer,
            titles,
            stopwords,
            given_names,
            trained_given_names,
            arabic_given_names,
            not_given_names,
            family_names,
            latin_names,
            months,
            weekdays,
            stems,
            events: triggers::Triggers::events(),
            speech: triggers::Triggers::speech(),
            cues: cues::Cues::load(),
            org_words: org_words(include_str!("../../data/lexicon/org_heads.tsv")),
            usage: usage_table(include_str!("../../data/lexicon/wordfreq.tsv")),
        }
    }

    /// The usual Latin spelling of a name word ("بوتين" → "Putin", "الأسد" → "al-Assad") or of a
    /// fixed two-word compound ("عبد الله" → "Abdullah"), if listed. Takes the word as written:
    /// it is normalised here, so hamza seats, ى/ي and ة/ه do not matter.
    pub fn latin_name(&self, word: &str) -> Option<&str> {
        self.latin_names.get(&key(word)).map(String::as_str)
    }

    /// Whether a folded word is a stop word (function word).
    pub fn is_stopword(&self, folded: &str) -> bool {
        self.stopwords.contains(folded)
    }

    /// Whether a folded word is a listed given or family name.
    pub fn is_listed_name(&self, folded: &str) -> bool {
        self.given_names.contains(folded) || self.family_names.contains(folded)
    }

    /// Whether a folded word is an adverb made from an adjective in ـي ("هاتفيا", "رسميا"):
    /// the adjective takes the article in general use, and the word is no listed given name
    /// ("ماريا").
    pub fn is_adjective_adverb(&self, folded: &str) -> bool {
        folded.strip_suffix('ا').is_some_and(|adj| {
            adj.ends_with('ي') && self.usage.get(adj).is_some_and(|u| u[1] >= 1) && !self.given_names.contains(folded)
        })
    }
}

/// Stem evidence that does not come from the corpus: every gazetteer word, title word,
/// stop word, month, weekday and listed name is a stem in its own right.
fn base_stems(
    gazetteer: &Gazetteer,
    titles: &Titles,
    stopwords: &FxHashSet<String>,
    given: &FxHashSet<String>,
    family: &FxHashSet<String>,
    months: &FxHashMap<String, u8>,
    weekdays: &FxHashMap<String, u8>,
) -> StemLexicon {
    let mut stems = StemLexicon::new();
    for w in gazetteer.words() {
        stems.add_folded(crate::lexicon::titles::strip_article(w), 3);
    }
    // Title words are common words of news: "ولي" (of ولي العهد) is a word, not و + لي.
    for w in titles.words() {
        stems.add_folded(crate::lexicon::titles::strip_article(w), 20);
    }
    for w in months.keys().chain(weekdays.keys()).flat_map(|k| k.split(' ')) {
        stems.add_folded(w, 5);
    }
    // Stop-word lists also hold clitic-bearing forms ("وقال", "لها"): those starting with a
    // conjunction are left out, and the rest count little, so that they never outweigh
    // the corpus evidence for a split.
    for w in stopwords.iter().filter(|w| !w.starts_with(['و', 'ف'])) {
        stems.add_folded(w, 2);
    }
    for w in given.iter().chain(family.iter()) {
        for part in w.split(' ') {
            stems.add_folded(crate::lexicon::titles::strip_article(part), 2);
        }
    }
    stems
}

impl Lexicon {
    /// The stem evidence without the corpus counts (what training starts from).
    pub fn base_stems(&self) -> StemLexicon {
        base_stems(
            &self.gazetteer,
            &self.titles,
            &self.stopwords,
            &self.trained_given_names,
            &self.family_names,
            &self.months,
            &self.weekdays,
        )
    }
}

/// The embedded lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_every_file() {
        let l = lexicon();
        assert!(l.gazetteer.concepts().len() > 400, "countries and capitals");
        assert!(l.titles.len() > 100);
        assert!(l.stopwords.contains("في"));
        assert_eq!(l.months.get(&key("جانفي")), Some(&1));
        assert_eq!(l.months.get(&key("كانون الثاني")), Some(&1));
        assert_eq!(l.weekdays.get(&key("خميس")), Some(&4));
        assert!(l.given_names.contains(&key("أحمد")));
        assert_eq!(l.latin_name("بوتين"), Some("Putin"));
        assert_eq!(l.latin_name("عبد الله"), Some("Abdullah"));
        assert_eq!(l.org_words.get(&key("وزارة")), Some(&OrgWord::Head));
        assert_eq!(l.org_words.get(&key("حركة")), Some(&OrgWord::WeakHead));
        assert_eq!(l.org_words.get(&key("معارضة")), Some(&OrgWord::Adjective));
        assert_eq!(l.org_words.get(&key("مجلس اداره")), Some(&OrgWord::Common));
        assert_eq!(l.latin_name("الاسد"), Some("al-Assad"), "hamza seats do not matter");
        assert_eq!(l.latin_name("ويتكوف"), Some("Witkoff"));
    }

    /// Every line of `wordfreq.tsv` parses into three buckets in range, and the buckets say
    /// what they should of words whose use is not in doubt.
    #[test]
    fn usage_table_is_well_formed() {
        let text = include_str!("../../data/lexicon/wordfreq.tsv");
        let lines = data_lines(text).count();
        let l = lexicon();
        assert_eq!(l.usage.len(), lines, "every line parses, no key twice");
        assert!(l.usage.values().all(|b| (3..=5).contains(&b[0]) && b[1] <= 4 && b[2] <= 3));
        let u = |w: &str| l.usage.get(key(w).as_str()).copied();
        // A noun takes the article and pronouns; names and verbs take neither article.
        assert!(u("زيارة").is_some_and(|b| b[1] >= 2 && b[2] >= 2), "{:?}", u("زيارة"));
        assert!(u("حكومة").is_some_and(|b| b[1] >= 3), "{:?}", u("حكومة"));
        for name in ["بوتين", "لافروف", "ترامب"] {
            assert!(u(name).is_some_and(|b| b[1] == 0 && b[2] == 0), "{name}: {:?}", u(name));
        }
        assert!(u("قال").is_some_and(|b| b[0] == 5 && b[1] == 0), "{:?}", u("قال"));
    }

    /// Every line of `latin_names.tsv` has an Arabic key of one or two words and a Latin
    /// value of letters, hyphens, apostrophes and spaces, and no key (after folding) is
    /// listed twice.
    #[test]
    fn latin_names_file_is_well_formed() {
        let mut seen: FxHashMap<String, (usize, &str)> = FxHashMap::default();
        let text = include_str!("../../data/lexicon/latin_names.tsv");
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.is_empty() && !l.starts_with('#')) {
            let n = n + 1;
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 2, "line {n}: two tab-separated fields: {line:?}");
            let (ar, la) = (cols[0], cols[1]);
            assert_eq!(ar, ar.trim(), "line {n}: stray spaces");
            assert_eq!(la, la.trim(), "line {n}: stray spaces");
            let words: Vec<&str> = ar.split(' ').collect();
            assert!(words.len() <= 2, "line {n}: at most two words");
            for w in words {
                assert!(
                    !w.is_empty() && w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c)),
                    "line {n}: Arabic letters only on the left: {ar:?}"
                );
            }
            assert!(
                la.starts_with(|c: char| c.is_ascii_alphabetic())
                    && la.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, '-' | '\'' | ' ')),
                "line {n}: Latin letters, hyphens, apostrophes and spaces on the right: {la:?}"
            );
            if let Some((first, _)) = seen.insert(key(ar), (n, la)) {
                panic!("line {n}: {ar} is already on line {first}");
            }
        }
        assert!(seen.len() > 1000, "{} names", seen.len());
        assert_eq!(seen.len(), lexicon().latin_names.len());
    }
}
