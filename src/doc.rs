//! The document that flows through the stages.
//!
//! Each stage reads what earlier stages left here and adds its own part; the order is fixed
//! in [`crate::Analyzer::analyze`]: normalise → tokenise → segment → layout & sentences →
//! entities (NER) → merge/corefer → roles → events → quotes → stance → summary → output.

use std::ops::Range;

use crate::output::{EntityKind, MentionForm, SentenceKind};
use crate::span::Span;
use crate::text::clitics::Seg;
use crate::text::normalize::Normalized;
use crate::text::tokenize::Token;

/// A sentence found by [`crate::text::sentences`].
#[derive(Debug, Clone)]
pub struct SentenceInfo {
    /// Original span.
    pub span: Span,
    /// Its tokens.
    pub tokens: Range<usize>,
    /// Its role in the layout.
    pub kind: SentenceKind,
    /// Index into `Layout::sections`.
    pub section: usize,
}

/// A section: an optional heading and the sentences under it.
#[derive(Debug, Clone)]
pub struct SectionInfo {
    /// Original span, heading included.
    pub span: Span,
    /// The heading's span.
    pub heading: Option<Span>,
}

/// Headline, dateline, byline and sections.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Headline span.
    pub headline: Option<Span>,
    /// Dateline span and ISO date.
    pub dateline: Option<(Span, Option<String>)>,
    /// Byline span and the author's name span.
    pub byline: Option<(Span, Span)>,
    /// Sections in order (the first is the lead, possibly without a heading).
    pub sections: Vec<SectionInfo>,
}

/// Where a mention came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A gazetteer concept.
    Gazetteer(crate::lexicon::ConceptId),
    /// A name introduced by a title or a name-shape rule.
    Rule,
    /// The learned tagger.
    Model,
    /// A number, date or amount pattern.
    Pattern,
    /// Propagated from another mention of the same name in the document.
    Propagated,
}

/// A mention found by the NER stage, before merging into entities.
#[derive(Debug, Clone)]
pub struct MentionInfo {
    /// Original span (proclitics excluded where they can be).
    pub span: Span,
    /// Tokens covered.
    pub tokens: Range<usize>,
    /// Entity kind.
    pub kind: EntityKind,
    /// How it names its entity.
    pub form: MentionForm,
    /// Folded name key (bases joined by spaces).
    pub key: String,
    /// Where it came from.
    pub source: Source,
    /// Normalised value for dates, amounts and percentages.
    pub value: Option<String>,
    /// Finer type (`duration`, `relative`, currency code…).
    pub subtype: Option<String>,
    /// Whether what comes before fixes its first word: a person the rules read after a title
    /// and the body it heads ("رئيس شركة توتال [باتريك بويانيه]").
    pub anchored: bool,
}

/// A title phrase attached to a person mention.
#[derive(Debug, Clone)]
pub struct RoleInfo {
    /// Index of the entity holding it.
    pub entity: usize,
    /// Original span of the title phrase.
    pub span: Span,
    /// The title as a title ("للرئيس الروسي" → "الرئيس الروسي"; built for relative clauses).
    pub title: String,
    /// Title or honorific.
    pub honorific: bool,
    /// Affiliated entity (country or organisation), if known.
    pub affiliation: Option<usize>,
}

/// An article-level entity.
#[derive(Debug, Clone)]
pub struct EntityInfo {
    /// Kind.
    pub kind: EntityKind,
    /// Finer type.
    pub subtype: Option<String>,
    /// Canonical name as written.
    pub name: String,
    /// Latin name.
    pub latin: Option<String>,
    /// Indices into `Document::mentions`.
    pub mentions: Vec<usize>,
    /// Affiliated entity.
    pub affiliation: Option<usize>,
    /// Gazetteer concept, if any.
    pub concept: Option<crate::lexicon::ConceptId>,
    /// Normalised value.
    pub value: Option<String>,
    /// Salience 0..1.
    pub salience: f64,
}

/// Which mentions cover each token, in mention order: the one token → mention map of the
/// document. Roles, events, quotes and stance each read the kinds they need from it ("the
/// person named at this token", "a date covers this token") instead of building their own.
#[derive(Debug, Clone, Default)]
pub struct MentionIndex {
    /// `ids[starts[t]..starts[t + 1]]` are the mentions covering token `t`.
    starts: Vec<u32>,
    ids: Vec<u32>,
    /// How many mentions it was built for (a check that it is not stale).
    built_for: usize,
}

impl MentionIndex {
    /// The index of `mentions` over `n` tokens.
    pub fn build(mentions: &[MentionInfo], n: usize) -> MentionIndex {
        let mut starts = vec![0u32; n + 1];
        for m in mentions {
            for t in m.tokens.start.min(n)..m.tokens.end.min(n) {
                starts[t + 1] += 1;
            }
        }
        for t in 0..n {
            starts[t + 1] += starts[t];
        }
        let mut fill = starts.clone();
        let mut ids = vec![0u32; starts[n] as usize];
        for (mi, m) in mentions.iter().enumerate() {
            for t in m.tokens.start.min(n)..m.tokens.end.min(n) {
                ids[fill[t] as usize] = mi as u32;
                fill[t] += 1;
            }
        }
        MentionIndex { starts, ids, built_for: mentions.len() }
    }

    /// The mentions covering token `t`, in mention order (none past the last token).
    pub fn at(&self, t: usize) -> impl DoubleEndedIterator<Item = usize> + '_ {
        let r = match (self.starts.get(t), self.starts.get(t + 1)) {
            (Some(&a), Some(&b)) => a as usize..b as usize,
            _ => 0..0,
        };
        self.ids[r].iter().map(|&m| m as usize)
    }
}

/// The document.
pub struct Document<'t> {
    /// The text as given.
    pub text: &'t str,
    /// Its normalised forms.
    pub norm: Normalized,
    /// Tokens.
    pub tokens: Vec<Token>,
    /// Clitic analysis per token (whole for non-words).
    pub segs: Vec<Seg>,
    /// Folded base (article + stem) per token; the folded token for non-words. Shared
    /// between tokens of the same spelling.
    pub bases: Vec<std::rc::Rc<str>>,
    /// Each token's lookup forms in the word lists, worked out on first use (after
    /// segmentation): see [`Document::forms`].
    forms: std::cell::OnceCell<crate::lexicon::forms::TokenForms>,
    /// Layout.
    pub layout: Layout,
    /// Sentences.
    pub sentences: Vec<SentenceInfo>,
    /// Mentions.
    pub mentions: Vec<MentionInfo>,
    /// Entities.
    pub entities: Vec<EntityInfo>,
    /// The entity of each mention (by index into `mentions`).
    pub mention_entity: Vec<Option<usize>>,
    /// The mentions covering each token ([`Document::index_mentions`]).
    pub mention_index: MentionIndex,
    /// Titles held by entities.
    pub roles: Vec<RoleInfo>,
    /// For each token, the person whose (non-honorific) title covers it, the outermost title
    /// winning: set by the roles stage ([`crate::roles::holders`]); events and quotes read a
    /// title as its holder.
    pub holders: Vec<Option<usize>>,
    /// Every title phrase the roles stage read (token ranges), held by a named person or not
    /// ("استقبلت وزيرة التعاون الدولي …"): its words name an office, they carry no tone.
    pub titles: Vec<std::ops::Range<usize>>,
    /// Events.
    pub events: Vec<crate::events::EventInfo>,
    /// Quotes.
    pub quotes: Vec<crate::quotes::QuoteInfo>,
    /// Stance toward the main topic.
    pub stance: crate::stance::StanceInfo,
    /// People introduced by titles (the rules' finds, with their title phrases).
    pub intros: Vec<crate::ner::rules::RulePerson>,
    /// Tokens inside a gazetteer place name (a place is not a person's name).
    pub place_tokens: Vec<bool>,
    /// Notes for the user about this input.
    pub warnings: Vec<String>,
    /// ISO date to resolve relative dates against when there is no dateline.
    pub reference_date: Option<String>,
}

impl<'t> Document<'t> {
    /// A document with nothing analysed yet beyond normalisation.
    pub fn new(text: &'t str, norm: Normalized) -> Document<'t> {
        Document {
            text,
            norm,
            tokens: Vec::new(),
            segs: Vec::new(),
            bases: Vec::new(),
            forms: std::cell::OnceCell::new(),
            layout: Layout::default(),
            sentences: Vec::new(),
            mentions: Vec::new(),
            entities: Vec::new(),
            mention_entity: Vec::new(),
            mention_index: MentionIndex::default(),
            roles: Vec::new(),
            holders: Vec::new(),
            titles: Vec::new(),
            events: Vec::new(),
            quotes: Vec::new(),
            stance: crate::stance::StanceInfo::default(),
            intros: Vec::new(),
            place_tokens: Vec::new(),
            warnings: Vec::new(),
            reference_date: None,
        }
    }

    /// The date relative dates are resolved against: the dateline's, else the option's.
    pub fn reference(&self) -> Option<crate::temporal::Date> {
        self.layout
            .dateline
            .as_ref()
            .and_then(|d| d.1.as_deref())
            .or(self.reference_date.as_deref())
            .and_then(crate::temporal::Date::parse_iso)
    }

    /// Indexes the mentions by token: called once they are final (end of the entities stage),
    /// and again by the roles stage after it adds title mentions.
    pub fn index_mentions(&mut self) {
        self.mention_index = MentionIndex::build(&self.mentions, self.tokens.len());
    }

    /// Adds mentions of entities already resolved (`(entity, mention)`: a title standing for
    /// a person, a head noun standing for a body), keeps each entity's mentions in text order
    /// and indexes them again.
    pub fn add_entity_mentions(&mut self, extra: Vec<(usize, MentionInfo)>) {
        for (e, m) in extra {
            self.mentions.push(m);
            self.mention_entity.push(Some(e));
            self.entities[e].mentions.push(self.mentions.len() - 1);
        }
        let mentions = &self.mentions;
        for e in &mut self.entities {
            e.mentions.sort_by_key(|&m| mentions[m].span.start);
        }
        self.index_mentions();
    }

    /// The mentions covering token `t`, in mention order.
    #[inline]
    pub fn mentions_at(&self, t: usize) -> impl DoubleEndedIterator<Item = usize> + '_ {
        debug_assert_eq!(self.mention_index.built_for, self.mentions.len(), "mention index is stale");
        self.mention_index.at(t)
    }

    /// The forms every token is looked up under in the word lists (event triggers, speech
    /// and stance cues): computed once, on first use, from the tokens, segments and bases,
    /// which no stage changes after segmentation but the rejoining of a name's words
    /// ([`Document::forget_forms`]).
    pub fn forms(&self) -> &crate::lexicon::forms::TokenForms {
        self.forms.get_or_init(|| crate::lexicon::forms::TokenForms::of(self))
    }

    /// Drops the lookup forms worked out so far: for a stage that rejoins a word the
    /// segmenter cut ("بيرون" read as ب + "يرون"), so that no list matches the old reading.
    pub fn forget_forms(&mut self) {
        self.forms.take();
    }

    /// The original text of a span.
    #[inline]
    pub fn slice(&self, s: Span) -> &'t str {
        s.of(self.text)
    }

    /// The original span covering tokens `r`.
    pub fn tokens_span(&self, r: Range<usize>) -> Span {
        if r.is_empty() || r.end > self.tokens.len() {
            return Span::default();
        }
        self.tokens[r.start].span.cover(self.tokens[r.end - 1].span)
    }

    /// The folded form of token `i`.
    #[inline]
    pub fn key(&self, i: usize) -> &str {
        self.tokens[i].key(&self.norm)
    }

    /// The light form of token `i`.
    #[inline]
    pub fn light(&self, i: usize) -> &str {
        self.tokens[i].light(&self.norm)
    }

    /// Whether token `i` is أن/إن, with any pronoun or ب ("بأن", "أنه"): what was said or
    /// thought follows.
    pub fn is_that(&self, i: usize) -> bool {
        matches!(crate::lexicon::titles::strip_article(&self.bases[i]), "ان" | "انه" | "انها" | "انهم" | "انهما")
    }

    /// The sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> Option<usize> {
        let k = self.sentences.partition_point(|s| s.tokens.end <= i);
        (k < self.sentences.len() && self.sentences[k].tokens.contains(&i)).then_some(k)
    }

    /// The original span of token `i` without its conjunction and preposition proclitics
    /// (kept when the article is elided into لل, which cannot be cut cleanly).
    pub fn stem_start(&self, i: usize) -> usize {
        let t = &self.tokens[i];
        let seg = &self.segs[i];
        if seg.article == crate::text::clitics::Article::Elided {
            return t.span.s();
        }
        let pre = if seg.article == crate::text::clitics::Article::Full {
            seg.stem_start as usize - 4
        } else {
            seg.stem_start as usize
        };
        if pre == 0 {
            t.span.s()
        } else {
            self.norm.orig(t.n.s() + pre)
        }
    }
}
