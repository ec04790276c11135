//! The public result contract (schema version 1), and UTF-16 offsets for JavaScript.
//!
//! Reads: nothing itself; [`crate::pipeline`] fills these types from the document. Every
//! span here is a half-open range `[start, end)` into the text the user gave: UTF-8 bytes
//! from the Rust API ([`OffsetUnit::Utf8`]), UTF-16 code units after [`Analysis::to_utf16`]
//! (JavaScript, the CLI's JSON), so that `text.slice(start, end) === mention.text` holds in JS.
//! `docs/output.md` documents every field; `js/types.d.ts` mirrors it for TypeScript.

use serde::{Deserialize, Serialize};

/// The schema version this crate writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The unit of every `start`/`end` in an [`Analysis`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-8 bytes (the Rust API).
    Utf8,
    /// UTF-16 code units (JavaScript and JSON output).
    Utf16,
}

/// Everything Mizan found in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The unit of every span.
    pub offset_unit: OffsetUnit,
    /// Length of the analysed text, in `offset_unit`.
    pub length: u32,
    /// Headline, dateline, byline and sections.
    pub document: DocumentInfo,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens with their clitic segmentation, when `Options::tokens` asks for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<TokenInfo>>,
    /// Article-level entities, most salient first.
    pub entities: Vec<Entity>,
    /// Event frames.
    pub events: Vec<Event>,
    /// Quotes and reported speech.
    pub quotes: Vec<Quote>,
    /// The article's stance toward its main topic.
    pub stance: Stance,
    /// Generated summaries.
    pub summary: Summary,
    /// The analyst's table: one row per person.
    pub table: Vec<TableRow>,
    /// Things the analyser could not do well with this input (never errors).
    pub warnings: Vec<String>,
    /// The file the text came from (set by the CLI; absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A span with the text under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// Start offset.
    pub start: u32,
    /// End offset (exclusive).
    pub end: u32,
    /// The original text under the span.
    pub text: String,
}

/// The article's layout.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentInfo {
    /// The headline (first line, when it reads as one).
    pub headline: Option<TextSpan>,
    /// A dateline such as "خميس 07/08/2025:" with its date.
    pub dateline: Option<Dateline>,
    /// A byline such as "كتب: أحمد السيد".
    pub byline: Option<Byline>,
    /// Sections: a heading (or none, for the lead) and the paragraphs under it.
    pub sections: Vec<Section>,
}

/// A dateline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// The dateline as written.
    pub text: String,
    /// ISO 8601 date, when the dateline holds a full date.
    pub value: Option<String>,
}

/// A byline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Byline {
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// The byline as written.
    pub text: String,
    /// The author's name as written.
    pub author: String,
}

/// A section of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Start offset (the heading's start when there is one).
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// The section heading, if any.
    pub heading: Option<TextSpan>,
}

/// What a sentence is, in the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SentenceKind {
    /// The headline.
    Headline,
    /// A section heading.
    Heading,
    /// A byline or dateline line.
    Meta,
    /// A line of a list or flattened table (short lines in a run).
    List,
    /// Running text.
    Body,
}

/// A sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// Its role in the layout.
    pub kind: SentenceKind,
    /// Index into `document.sections`.
    pub section: u32,
}

/// A token with its clitic segmentation (only with `Options::tokens`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenInfo {
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// `word`, `foreign`, `number`, `url`, `email`, `hashtag`, `handle`, `punct` or `symbol`.
    pub kind: String,
    /// The matching form (normalised and folded).
    pub norm: String,
    /// Proclitics, article included: `["و", "ال"]`.
    pub proclitics: Vec<String>,
    /// The stem (light form).
    pub stem: String,
    /// The enclitic pronoun, if any.
    pub enclitic: Option<String>,
}

/// Kinds of entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation (government bodies, companies, agencies, parties).
    Organization,
    /// A place: country, city, region, facility.
    Location,
    /// A date, time, relative date or duration (see `subtype`).
    Date,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// Anything else named (events, works, nationalities without a country).
    Misc,
}

impl EntityKind {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
            EntityKind::Date => "date",
            EntityKind::Money => "money",
            EntityKind::Percent => "percent",
            EntityKind::Misc => "misc",
        }
    }
}

/// How an entity is mentioned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionForm {
    /// Its name (full or as given).
    Name,
    /// Part of a person's name (the surname, or the first name) standing alone.
    Partial,
    /// A title standing for a person named elsewhere ("الرئيس الروسي").
    Title,
    /// A nisba or demonym pointing at a country ("الروسي", "الأمريكيين").
    Nisba,
    /// A pronoun resolved to the entity.
    Pronoun,
    /// Another name for it (a capital standing for its country…).
    Alias,
}

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// The original text under the span.
    pub text: String,
    /// How the entity is mentioned here.
    pub form: MentionForm,
}

/// A title or honorific held by a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    /// The title as written ("الممثل الخاص للرئيس الروسي للاستثمار").
    pub title: String,
    /// Start offset of the title in the text.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// `title` or `honorific`.
    pub kind: String,
    /// The country or organisation the title is of (entity id), if known.
    pub affiliation: Option<String>,
}

/// An article-level entity: all its mentions merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable within one analysis: `e1`, `e2`…
    pub id: String,
    /// Its kind.
    pub kind: EntityKind,
    /// A finer type: `country`, `capital`, `city`, `facility` for places; `duration`,
    /// `relative`, `time` for dates; the ISO 4217 code for money; or null.
    pub subtype: Option<String>,
    /// Canonical name as written in the article.
    pub name: String,
    /// Latin-script name (known spelling, or a romanisation), or null.
    pub latin: Option<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Titles and honorifics (persons).
    pub roles: Vec<Role>,
    /// The entity (country or organisation) this one belongs to, or null.
    pub affiliation: Option<String>,
    /// Normalised value: ISO date or duration, amount, percentage; or null.
    pub value: Option<String>,
    /// Salience in the article, 0..1.
    pub salience: f64,
}

/// One participant of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// Entity id.
    pub entity: String,
    /// Its part: `agent`, `visitor`, `host`, `with`, `speaker`, `signatory`…
    pub role: String,
}

/// When an event happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRef {
    /// As written ("أمس", "صباحًا", "07/08/2025").
    pub text: String,
    /// ISO 8601 value when it can be resolved, else null.
    pub value: Option<String>,
}

/// An event frame.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `v1`, `v2`…
    pub id: String,
    /// `visit`, `arrival`, `departure`, `meeting`, `talks`, `reception`, `call`,
    /// `agreement`, `summit`, `statement`…
    pub kind: String,
    /// The word or phrase that evokes it.
    pub trigger: TextSpan,
    /// Who took part, and how.
    pub participants: Vec<Participant>,
    /// Where (entity id), or null.
    pub place: Option<String>,
    /// When, or null.
    pub time: Option<TimeRef>,
    /// How long ("ثلاث ساعات"), or null.
    pub duration: Option<TimeRef>,
    /// `happened`, `planned`, `possible` or `denied`.
    pub modality: String,
    /// Index of its sentence.
    pub sentence: u32,
}

/// A quote or reported statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    /// The speaker's entity id, or null when unresolved.
    pub speaker: Option<String>,
    /// The speaker as written, when unresolved to an entity ("مصادر", "بعض المحللين").
    pub speaker_text: Option<String>,
    /// The speech verb or attribution phrase ("أوضح", "وفقا لـ").
    pub cue: Option<TextSpan>,
    /// What was said.
    pub text: String,
    /// Start of the content.
    pub start: u32,
    /// End of the content.
    pub end: u32,
    /// Whether the words are quoted directly (inside quotation marks).
    pub direct: bool,
}

/// A word or phrase that carries polarity, hedging or negation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// As written.
    pub text: String,
    /// `positive`, `negative`, `hedge`, `negator`, `intensifier`, `diminisher`, `contrast`, `past`, `remedy`.
    pub kind: String,
    /// Its signed weight after negation and scope (0 for non-polar cues).
    pub weight: f64,
    /// `negated` or `past` when scope changed its sign or strength, else null.
    pub scope: Option<String>,
}

/// A sentence weighed for stance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Index of the sentence.
    pub sentence: u32,
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// The sentence.
    pub text: String,
    /// `positive`, `negative`, `neutral` or `mixed`.
    pub polarity: String,
    /// Signed score, -1..1.
    pub score: f64,
    /// Whether it is hedged.
    pub hedged: bool,
    /// The cues behind the score.
    pub cues: Vec<Cue>,
}

/// One sentence's polarity (every sentence with a cue).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceStance {
    /// Index of the sentence.
    pub sentence: u32,
    /// `positive`, `negative` or `neutral`.
    pub polarity: String,
    /// Signed score, -1..1.
    pub score: f64,
    /// Whether it is hedged.
    pub hedged: bool,
    /// Its cues.
    pub cues: Vec<Cue>,
}

/// Stance of one section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionStance {
    /// Index into `document.sections`.
    pub section: u32,
    /// The heading, or the first words of the section.
    pub title: String,
    /// `positive`, `negative`, `neutral`, `mixed` or `hedged`.
    pub label: String,
    /// Signed score, -1..1.
    pub score: f64,
}

/// What one holder of a view says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HolderStance {
    /// Entity id, or null for unnamed holders ("بعض المحللين").
    pub entity: Option<String>,
    /// The holder as written.
    pub name: String,
    /// `positive`, `negative`, `neutral` or `mixed`.
    pub label: String,
    /// Signed score, -1..1.
    pub score: f64,
    /// Sentences where the holder's view is given.
    pub sentences: Vec<u32>,
}

/// The article's stance toward its main topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Stance {
    /// The main topic, as a short Arabic label.
    pub topic: String,
    /// The main topic in English (empty when only the Arabic headline could name it).
    pub topic_en: String,
    /// The entities the topic concerns (ids).
    pub topic_entities: Vec<String>,
    /// `positive`, `negative`, `neutral` or `mixed`.
    pub label: String,
    /// Signed score, -1..1.
    pub score: f64,
    /// How sure the label is, 0..1.
    pub confidence: f64,
    /// Share of opinionated sentences that are hedged, 0..1.
    pub hedging: f64,
    /// The sentences that weigh most, strongest first.
    pub evidence: Vec<Evidence>,
    /// Every sentence that carries a cue.
    pub sentences: Vec<SentenceStance>,
    /// Per section.
    pub sections: Vec<SectionStance>,
    /// Per holder of a view.
    pub holders: Vec<HolderStance>,
    /// True while stance is a placeholder (it says so here rather than pretend).
    pub placeholder: bool,
}

/// Generated summaries.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Summary {
    /// In Arabic.
    pub ar: String,
    /// In English.
    pub en: String,
}

/// One row of the analyst's table (person | role | place | event).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableRow {
    /// The person's entity id.
    pub entity: String,
    /// Canonical name.
    pub name: String,
    /// Latin name, if known.
    pub latin: Option<String>,
    /// Titles.
    pub roles: Vec<String>,
    /// Places tied to the person in the article.
    pub places: Vec<String>,
    /// Events the person takes part in, phrased briefly in Arabic.
    pub events: Vec<String>,
}

impl Analysis {
    /// Calls `f` on every offset in the analysis.
    fn for_each_offset(&mut self, f: &mut impl FnMut(&mut u32)) {
        fn ts(t: &mut TextSpan, f: &mut impl FnMut(&mut u32)) {
            f(&mut t.start);
            f(&mut t.end);
        }
        f(&mut self.length);
        let d = &mut self.document;
        if let Some(h) = &mut d.headline {
            ts(h, f);
        }
        if let Some(x) = &mut d.dateline {
            f(&mut x.start);
            f(&mut x.end);
        }
        if let Some(x) = &mut d.byline {
            f(&mut x.start);
            f(&mut x.end);
        }
        for s in &mut d.sections {
            f(&mut s.start);
            f(&mut s.end);
            if let Some(h) = &mut s.heading {
                ts(h, f);
            }
        }
        for s in &mut self.sentences {
            f(&mut s.start);
            f(&mut s.end);
        }
        for t in self.tokens.iter_mut().flatten() {
            f(&mut t.start);
            f(&mut t.end);
        }
        for e in &mut self.entities {
            for m in &mut e.mentions {
                f(&mut m.start);
                f(&mut m.end);
            }
            for r in &mut e.roles {
                f(&mut r.start);
                f(&mut r.end);
            }
        }
        for e in &mut self.events {
            ts(&mut e.trigger, f);
        }
        for q in &mut self.quotes {
            f(&mut q.start);
            f(&mut q.end);
            if let Some(c) = &mut q.cue {
                ts(c, f);
            }
        }
        for ev in &mut self.stance.evidence {
            f(&mut ev.start);
            f(&mut ev.end);
            for c in &mut ev.cues {
                f(&mut c.start);
                f(&mut c.end);
            }
        }
        for s in &mut self.stance.sentences {
            for c in &mut s.cues {
                f(&mut c.start);
                f(&mut c.end);
            }
        }
    }

    /// Converts every span from UTF-8 bytes to UTF-16 code units of `text` (the text that
    /// was analysed). Does nothing if the spans are already UTF-16.
    pub fn to_utf16(mut self, text: &str) -> Analysis {
        if self.offset_unit == OffsetUnit::Utf16 {
            return self;
        }
        let mut offsets = Vec::new();
        self.for_each_offset(&mut |o| offsets.push(*o));
        let table = Utf16Table::new(text, offsets);
        self.for_each_offset(&mut |o| *o = table.get(*o));
        self.offset_unit = OffsetUnit::Utf16;
        self
    }
}

/// Converts token spans from UTF-8 bytes to UTF-16 code units of `text`.
pub fn tokens_to_utf16(mut tokens: Vec<TokenInfo>, text: &str) -> Vec<TokenInfo> {
    let offsets = tokens.iter().flat_map(|t| [t.start, t.end]).collect();
    let table = Utf16Table::new(text, offsets);
    for t in &mut tokens {
        t.start = table.get(t.start);
        t.end = table.get(t.end);
    }
    tokens
}

/// Byte offset → UTF-16 offset, for a known set of byte offsets.
pub struct Utf16Table {
    pairs: Vec<(u32, u32)>,
}

impl Utf16Table {
    /// Computes the UTF-16 offset of each byte offset in `wanted` in one pass over `text`.
    /// An offset that is not on a character boundary maps to the character containing it.
    pub fn new(text: &str, mut wanted: Vec<u32>) -> Utf16Table {
        wanted.sort_unstable();
        wanted.dedup();
        let mut pairs = Vec::with_capacity(wanted.len());
        let mut units = 0u32;
        let mut w = wanted.iter().peekable();
        for (i, c) in text.char_indices() {
            while let Some(&&b) = w.peek() {
                if b as usize > i {
                    break;
                }
                pairs.push((b, units));
                w.next();
            }
            units += c.len_utf16() as u32;
        }
        for &b in w {
            pairs.push((b, units));
        }
        Utf16Table { pairs }
    }

    /// The UTF-16 offset of a byte offset given to [`Utf16Table::new`].
    pub fn get(&self, byte: u32) -> u32 {
        match self.pairs.binary_search_by_key(&byte, |p| p.0) {
            Ok(i) => self.pairs[i].1,
            Err(i) => self.pairs.get(i.saturating_sub(1)).map_or(0, |p| p.1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// JavaScript's `text.slice(start, end)`, on UTF-16 code units.
    pub(crate) fn js_slice(text: &str, start: u32, end: u32) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16_lossy(&units[start as usize..end as usize])
    }

    #[test]
    fn utf16_table_handles_astral_and_arabic() {
        let text = "😀 بوتينَ x";
        let b = text.find("بوتين").unwrap() as u32;
        let e = b + "بوتينَ".len() as u32;
        let t = Utf16Table::new(text, vec![e, b, 0, text.len() as u32]);
        assert_eq!(t.get(0), 0);
        assert_eq!(t.get(b), 3); // 😀 is two code units, then a space
        assert_eq!(js_slice(text, t.get(b), t.get(e)), "بوتينَ");
        assert_eq!(t.get(text.len() as u32), text.encode_utf16().count() as u32);
    }
}
