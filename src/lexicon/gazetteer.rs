//! Gazetteers: countries (with nisba and demonyms), capitals, and more, matched with
//! aho-corasick (leftmost-longest) over the clitic-stripped, folded words of a document.
//!
//! Each name is a *concept* (Russia, Moscow…) reached through several *patterns*: its names,
//! its nisba forms ("الروسي", "الروسية", "الروس"), aliases. Patterns are keyed on folded
//! words joined by single spaces; a document is matched through its "base line": every
//! token's base (article + stem, proclitics and enclitics removed) joined the same way, so
//! "للولايات المتحدة", "وروسيا" and "بالقاهرة" meet their names.

use crate::hash::FxHashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::lexicon::data_lines;
use crate::output::EntityKind;
use crate::text::normalize::key;

/// Index of a concept.
pub type ConceptId = u32;

/// What a gazetteer concept is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GazKind {
    /// A sovereign country.
    Country,
    /// A country's capital.
    Capital,
    /// Another city.
    City,
    /// A region, province or landmark.
    Region,
    /// A facility: airport, palace, port.
    Facility,
    /// An organisation.
    Organization,
    /// A known person.
    Person,
}

impl GazKind {
    /// Lowercase name for the output's `subtype`.
    pub fn as_str(self) -> &'static str {
        match self {
            GazKind::Country => "country",
            GazKind::Capital => "capital",
            GazKind::City => "city",
            GazKind::Region => "region",
            GazKind::Facility => "facility",
            GazKind::Organization => "organization",
            GazKind::Person => "person",
        }
    }
}

/// A named thing in the gazetteer.
#[derive(Debug, Clone)]
pub struct Concept {
    /// Its entity kind.
    pub kind: EntityKind,
    /// Its finer kind.
    pub sub: GazKind,
    /// Canonical Arabic name.
    pub name: String,
    /// Latin name.
    pub latin: Option<String>,
    /// ISO 3166-1 alpha-2 code of its country (a country's own code for countries).
    pub country: Option<String>,
    /// A finer label: an organisation's kind (`fund`, `agency`, `igo`…), a place's kind
    /// (`airport`, `region`…), a person's office in English.
    pub label: Option<String>,
    /// A listed person's office as Arabic news writes it ("الرئيس الفرنسي").
    pub office: Option<String>,
}

/// How a pattern names its concept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PatternForm {
    /// One of its names.
    Name,
    /// A nisba adjective or demonym of a country.
    Nisba,
}

/// One way of writing a concept.
#[derive(Debug, Clone, Copy)]
pub struct Pattern {
    /// The concept.
    pub concept: ConceptId,
    /// How it names it.
    pub form: PatternForm,
}

/// A gazetteer match over tokens `[first, end)`.
#[derive(Debug, Clone, Copy)]
pub struct GazMatch {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// The pattern (the highest-priority one for that spelling).
    pub pattern: Pattern,
}

/// The gazetteer with its automaton.
pub struct Gazetteer {
    concepts: Vec<Concept>,
    /// Pattern keys (" " + folded words), one per automaton pattern id.
    keys: Vec<String>,
    /// The pattern chosen for each key (first added wins: countries over capitals).
    patterns: Vec<Pattern>,
    by_country: FxHashMap<String, ConceptId>,
    index: FxHashMap<String, usize>,
    /// Places of other countries that share a pattern's spelling ("عمان": Oman, and Amman in
    /// Jordan), for the article's context to choose between.
    alternates: FxHashMap<usize, Vec<ConceptId>>,
    rules_only: Vec<bool>,
    ac: AhoCorasick,
}

/// Builds pattern lists before the automaton exists.
#[derive(Default)]
struct Builder {
    concepts: Vec<Concept>,
    keys: Vec<String>,
    patterns: Vec<Pattern>,
    index: FxHashMap<String, usize>,
    alternates: FxHashMap<usize, Vec<ConceptId>>,
    ambiguous: Vec<String>,
    /// Per key: added after the tagger was trained, for the rules only (not a feature).
    rules_only: Vec<bool>,
    /// Other spellings of names, for the rules only, added after every list so that they
    /// take no spelling from a pattern the tagger was trained with.
    late: Vec<(String, ConceptId)>,
}

impl Builder {
    fn concept(&mut self, c: Concept) -> ConceptId {
        self.concepts.push(c);
        (self.concepts.len() - 1) as ConceptId
    }

    fn pattern(&mut self, text: &str, concept: ConceptId, form: PatternForm) {
        self.pattern_with(text, concept, form, false);
    }

    fn pattern_with(&mut self, text: &str, concept: ConceptId, form: PatternForm, rules_only: bool) {
        let k = key(text);
        let k = k.split_whitespace().collect::<Vec<_>>().join(" ");
        if k.chars().count() < 2 || self.ambiguous.contains(&k) {
            return;
        }
        if let Some(&i) = self.index.get(&k) {
            // An earlier (higher-priority) concept owns this spelling; a place of another
            // country named the same is kept as an alternate.
            let (owner, mine) = (&self.concepts[self.patterns[i].concept as usize], &self.concepts[concept as usize]);
            let place = |c: &Concept| c.kind == EntityKind::Location && c.country.is_some();
            if form == PatternForm::Name
                && self.patterns[i].form == PatternForm::Name
                && place(owner)
                && place(mine)
                && owner.country != mine.country
            {
                let alts = self.alternates.entry(i).or_default();
                if !alts.iter().any(|&a| self.concepts[a as usize].country == mine.country) {
                    alts.push(concept);
                }
            }
            return;
        }
        self.index.insert(k.clone(), self.keys.len());
        self.keys.push(format!(" {k}"));
        self.patterns.push(Pattern { concept, form });
        self.rules_only.push(rules_only);
    }

    /// A capital or city row: `country code<TAB>latin<TAB>arabic names ('|'-separated)`; the
    /// first Arabic name is the canonical one.
    fn city_row(&mut self, line: &str, sub: GazKind) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            return;
        }
        let names: Vec<&str> = cols[2].split('|').filter(|s| !s.is_empty()).collect();
        let Some(first) = names.first() else { return };
        let id = self.concept(Concept {
            kind: EntityKind::Location,
            sub,
            name: first.to_string(),
            latin: Some(cols[1].to_string()),
            country: Some(cols[0].to_string()),
            label: None,
            office: None,
        });
        for n in names {
            self.name(n, id);
        }
    }

    /// A curated entry: `names<TAB>latin<TAB>…`, with a label and a country code column.
    fn curated(&mut self, cols: &[&str], kind: EntityKind, sub: GazKind, label: Option<&&str>, country: Option<&&str>) {
        let names: Vec<&str> =
            cols.first().map(|c| c.split('|').filter(|s| !s.trim().is_empty()).collect()).unwrap_or_default();
        let Some(first) = names.first() else { return };
        let nonempty = |s: Option<&&str>| s.map(|x| x.trim()).filter(|x| !x.is_empty()).map(str::to_string);
        let id = self.concept(Concept {
            kind,
            sub,
            name: first.trim().to_string(),
            latin: nonempty(cols.get(1)),
            country: nonempty(country),
            label: nonempty(label),
            office: (sub == GazKind::Person).then(|| nonempty(cols.get(2))).flatten(),
        });
        for n in names {
            self.name(n.trim(), id);
        }
    }

    /// A name with and without the article ("الكرملين" / "كرملين" are both written).
    fn name(&mut self, text: &str, concept: ConceptId) {
        self.pattern(text, concept, PatternForm::Name);
        // A document is matched on its bases, where "للطاقة" is "الطاقة" and "لدول" is "دول":
        // a later word of a name written with a preposition is keyed as its base too.
        // Added after the tagger was trained: the rules' mentions see it, the features do not.
        if let Some(b) = bases_of_name(&key(text)) {
            self.pattern_with(&b, concept, PatternForm::Name, true);
        }
        // "الجيش الأميركي" as many outlets write what the list spells "الأمريكي" (for the
        // rules only, like the bases above).
        if text.contains("أمريك") {
            self.late.push((text.replace("أمريك", "أميرك"), concept));
        }
    }

    /// The inflections of a nisba stem: روسي → (ال)روسي، روسية، روسيون، روسيين، روسيان…
    fn nisba(&mut self, stem: &str, concept: ConceptId) {
        let words: Vec<&str> = stem.split(' ').collect();
        for suffix in ["", "ة", "ون", "ين", "ان", "تان", "تين", "ات"] {
            for art in ["", "ال"] {
                let form: Vec<String> = words.iter().map(|w| format!("{art}{w}{suffix}")).collect();
                self.pattern(&form.join(" "), concept, PatternForm::Nisba);
            }
        }
    }
}

/// A folded name of several words with the preposition ل or ب taken off its later words
/// ("مجلس التعاون لدول الخليج العربيه" → "… دول …", "الوكاله الدوليه للطاقه" → "… الطاقه"), as
/// the clitic splitter leaves them in a document's bases; None when no word changes.
fn bases_of_name(folded: &str) -> Option<String> {
    let words: Vec<&str> = folded.split_whitespace().collect();
    let mut changed = false;
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let base = if i == 0 {
            None
        } else if let Some(rest) = w.strip_prefix("لل").filter(|r| r.chars().count() >= 2) {
            Some(format!("ال{rest}"))
        } else {
            w.strip_prefix(['ل', 'ب']).filter(|r| r.chars().count() >= 3).map(str::to_string)
        };
        changed |= base.is_some();
        out.push(base.unwrap_or_else(|| w.to_string()));
    }
    changed.then(|| out.join(" "))
}

impl Gazetteer {
    /// Parses the embedded gazetteer files.
    pub fn load() -> Gazetteer {
        let mut b = Builder {
            ambiguous: data_lines(include_str!("../../data/lexicon/ambiguous_names.txt")).map(key).collect(),
            ..Builder::default()
        };
        let mut by_country = FxHashMap::default();
        let mut nisbas = Vec::new();
        for line in data_lines(include_str!("../../data/gazetteer/countries.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (code, latin, names) =
                (cols[0], cols.get(1).copied().unwrap_or(""), cols.get(2).copied().unwrap_or(""));
            let mut names = names.split('|').filter(|s| !s.is_empty());
            let Some(canonical) = names.next() else {
                continue;
            };
            let id = b.concept(Concept {
                kind: EntityKind::Location,
                sub: GazKind::Country,
                name: canonical.to_string(),
                latin: (!latin.is_empty()).then(|| latin.to_string()),
                country: Some(code.to_string()),
                label: None,
                office: None,
            });
            by_country.insert(code.to_string(), id);
            b.name(canonical, id);
            for n in names {
                b.name(n, id);
            }
            nisbas.push((id, cols.get(3).copied().unwrap_or(""), cols.get(4).copied().unwrap_or("")));
        }
        for line in data_lines(include_str!("../../data/gazetteer/capitals.tsv")) {
            b.city_row(line, GazKind::Capital);
        }
        // Curated by the project: organisations, places that are not cities, people.
        for line in data_lines(include_str!("../../data/gazetteer/organizations.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            b.curated(&cols, EntityKind::Organization, GazKind::Organization, cols.get(2), cols.get(3));
        }
        for line in data_lines(include_str!("../../data/gazetteer/places.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            let sub = match cols.get(2).copied().unwrap_or("") {
                "region" | "body_of_water" => GazKind::Region,
                _ => GazKind::Facility,
            };
            b.curated(&cols, EntityKind::Location, sub, cols.get(2), cols.get(3));
        }
        for line in data_lines(include_str!("../../data/gazetteer/people.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            b.curated(&cols, EntityKind::Person, GazKind::Person, cols.get(4), cols.get(3));
        }
        // Nisba forms after the names above: a country, capital or listed name wins over an
        // adjective spelled the same.
        for (id, stems, plurals) in nisbas {
            for s in stems.split('|').filter(|s| !s.is_empty()) {
                b.nisba(s, id);
            }
            for p in plurals.split('|').filter(|s| !s.is_empty()) {
                b.pattern(p, id, PatternForm::Nisba);
                b.pattern(&format!("ال{p}"), id, PatternForm::Nisba);
            }
        }
        // Other cities last: a country's adjective is far commoner in news than a town's
        // other name spelled the same ("السويدية" is Swedish before it is Samandağ).
        for line in data_lines(include_str!("../../data/gazetteer/cities.tsv")) {
            b.city_row(line, GazKind::City);
        }
        for (other, concept) in std::mem::take(&mut b.late) {
            b.pattern_with(&other, concept, PatternForm::Name, true);
            if let Some(base) = bases_of_name(&key(&other)) {
                b.pattern_with(&base, concept, PatternForm::Name, true);
            }
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&b.keys)
            .expect("gazetteer automaton builds");
        Gazetteer {
            concepts: b.concepts,
            keys: b.keys,
            patterns: b.patterns,
            by_country,
            index: b.index,
            alternates: b.alternates,
            rules_only: b.rules_only,
            ac,
        }
    }

    /// Every concept.
    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }

    /// One concept.
    pub fn concept(&self, id: ConceptId) -> &Concept {
        &self.concepts[id as usize]
    }

    /// The country concept for an ISO code.
    pub fn country(&self, iso2: &str) -> Option<ConceptId> {
        self.by_country.get(iso2).copied()
    }

    /// The pattern for an exact folded spelling (words joined by single spaces).
    pub fn lookup(&self, folded: &str) -> Option<Pattern> {
        self.index.get(folded).map(|&i| self.patterns[i])
    }

    /// Places of other countries spelled like the place a folded name gives first ("عمان":
    /// Amman, beside Oman), in load order: countries, capitals, listed places, cities.
    pub fn alternates(&self, folded: &str) -> &[ConceptId] {
        self.index.get(folded).and_then(|i| self.alternates.get(i)).map_or(&[], |v| v.as_slice())
    }

    /// Whether a folded word is a nisba or demonym of a country ("الروسي", "أمريكية").
    pub fn is_nisba(&self, folded: &str) -> bool {
        self.lookup(folded).is_some_and(|p| p.form == PatternForm::Nisba)
    }

    /// The folded words of every pattern (for the stem lexicon).
    pub fn words(&self) -> impl Iterator<Item = &str> {
        // Keys added for the rules only give the segmenter no evidence either.
        self.keys.iter().zip(&self.rules_only).filter(|(_, r)| !**r).flat_map(|(k, _)| k.split_whitespace())
    }

    /// Finds names in a base line. `line` is " base1 base2 … " (a space before every token and
    /// one at the end); `starts[i]` is the offset of the space before token `i`. Returns
    /// leftmost-longest matches that start and end on token boundaries, in text order.
    pub fn find(&self, line: &str, starts: &[usize]) -> Vec<GazMatch> {
        self.find_with(line, starts, false)
    }

    /// [`Gazetteer::find`] with the patterns the tagger was trained with only (its features).
    pub fn find_trained(&self, line: &str, starts: &[usize]) -> Vec<GazMatch> {
        self.find_with(line, starts, true)
    }

    fn find_with(&self, line: &str, starts: &[usize], trained: bool) -> Vec<GazMatch> {
        let bytes = line.as_bytes();
        let mut cands: Vec<(usize, usize, usize)> = Vec::new(); // (start, end, pattern)
        for m in self.ac.find_overlapping_iter(line) {
            let (s, e) = (m.start(), m.end());
            // Patterns begin with a space, so they start on a token boundary; they must also
            // end on one.
            if bytes.get(e) == Some(&b' ') && !(trained && self.rules_only[m.pattern().as_usize()]) {
                cands.push((s, e, m.pattern().as_usize()));
            }
        }
        cands.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out = Vec::new();
        let mut taken_to = 0usize;
        for (s, e, p) in cands {
            if s < taken_to {
                continue;
            }
            let first = starts.partition_point(|&x| x < s);
            let end = starts.partition_point(|&x| x < e);
            if first >= starts.len() || starts[first] != s {
                continue;
            }
            out.push(GazMatch { first, end, pattern: self.patterns[p] });
            taken_to = e;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(words: &[&str]) -> (String, Vec<usize>) {
        let mut s = String::new();
        let mut starts = Vec::new();
        for w in words {
            starts.push(s.len());
            s.push(' ');
            s.push_str(&key(w));
        }
        s.push(' ');
        (s, starts)
    }

    fn names(words: &[&str]) -> Vec<(usize, usize, String, PatternForm)> {
        let g = Gazetteer::load();
        let (l, st) = line(words);
        g.find(&l, &st)
            .into_iter()
            .map(|m| (m.first, m.end, g.concept(m.pattern.concept).name.clone(), m.pattern.form))
            .collect()
    }

    #[test]
    fn longest_name_wins_and_boundaries_hold() {
        let got = names(&["في", "الولايات", "المتحدة", "الأمريكية", "و", "روسيا"]);
        assert_eq!(got[0], (1, 4, "الولايات المتحدة".to_string(), PatternForm::Name));
        assert_eq!(got[1], (5, 6, "روسيا".to_string(), PatternForm::Name));
        assert!(names(&["روسياتي"]).is_empty());
    }

    #[test]
    fn nisba_points_at_the_country() {
        let got = names(&["الرئيس", "الروسي", "والمسؤولين", "الأمريكيين", "الروس"]);
        let c: Vec<_> = got.iter().map(|g| (g.2.as_str(), g.3)).collect();
        assert_eq!(
            c,
            vec![("روسيا", PatternForm::Nisba), ("الولايات المتحدة", PatternForm::Nisba), ("روسيا", PatternForm::Nisba)]
        );
    }

    #[test]
    fn a_country_adjective_outranks_a_town_spelled_the_same() {
        // "السويدية" is also another name of Samandağ, a Turkish town.
        let got = names(&["الوزيرة", "السويدية"]);
        let c: Vec<_> = got.iter().map(|g| (g.2.as_str(), g.3)).collect();
        assert_eq!(c, vec![("السويد", PatternForm::Nisba)]);
    }

    #[test]
    fn places_spelled_alike_are_kept_as_alternates() {
        let g = Gazetteer::load();
        let alts: Vec<&str> = g.alternates("عمان").iter().map(|&c| g.concept(c).country.as_deref().unwrap()).collect();
        assert!(alts.contains(&"JO"), "{alts:?}");
        assert!(g.alternates("موسكو").is_empty());
    }

    #[test]
    fn capitals_and_countries() {
        let got = names(&["موسكو", "واشنطن", "القاهرة", "عمان"]);
        let n: Vec<_> = got.iter().map(|g| g.2.as_str()).collect();
        assert_eq!(n, vec!["موسكو", "واشنطن", "القاهرة", "عمان"]);
        let g = Gazetteer::load();
        let (l, st) = line(&["عمان"]);
        let m = g.find(&l, &st);
        assert_eq!(g.concept(m[0].pattern.concept).sub, GazKind::Country, "a country outranks a capital");
    }

    #[test]
    fn the_american_spelled_with_ya_before_ra_names_the_same_body() {
        let got = names(&["أعلن", "الجيش", "الأميركي"]);
        assert_eq!((got[0].0, got[0].1, got[0].2.as_str()), (1, 3, "الجيش الأمريكي"), "{got:?}");
        let g = Gazetteer::load();
        let (l, st) = line(&["الجيش", "الأميركي"]);
        assert!(g.find_trained(&l, &st).iter().all(|m| m.end - m.first == 1), "not a feature of the trained tagger");
    }
}
