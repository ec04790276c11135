//! Stance: the article's tone toward its main topic, with the words behind it.
//!
//! Reads: tokens, sentences and sections, entities and their salience, quotes. Adds:
//! `Document::stance`.
//!
//! 1. **Cues** from the project's lexicon (`data/lexicon/stance.tsv`), matched on token
//!    stems and their inflections ([`crate::lexicon::cues::Cues::at`]), longest first:
//!    positive and negative words and phrases, negators, hedges, intensifiers and
//!    diminishers, contrast words and past framing. A noun cue spelled like a verb of another
//!    sense ("تقدم": progress, or presents/applies) counts only where it reads as the noun.
//! 2. **Scope**, inside a clause (commas, colons and contrast words close it): a negator
//!    reverses the polar cue it governs — the next word, or one reached over particles,
//!    light verbs and the subject's name only ("لم ينجح", "عدم الاستقرار", "لم يتم التوصل إلى
//!    أي تسوية", "لم يكن جاك مصابا"; "لم ينج أحد
//!    في الحادث" negates ينج, not الحادث; "لم تتحسن إلا قليلا" is restrictive and asserts
//!    the cue); a negated negative counts 0.4, as a weak positive
//!    (a denial is not praise); an intensifier or diminisher next to it scales it; a negative
//!    framed as past ("بعيدًا عن التوترات السابقة") becomes a weak positive (something left
//!    behind), where "سابق/ماضٍ" frame only the noun just before them ("في وقت سابق" is a
//!    time), and so does a harm right after a remedy ("مكافحة الفساد", "سد الثغرات"); a
//!    conflict that only dates the sentence ("منذ بداية الأزمة", "قبل الحرب") is background
//!    and keeps 0.3 of its weight; a good thing right after a word of harm is harmed
//!    ("تهديد السلام"), and so is one with an adjective of harm after it ("الاتفاق الهش"); after "لكن / إلا أن" a clause weighs more, and the one before less
//!    when the clause after weighs something against it; a concession ("رغم …")
//!    weighs less, and a harm conceded where the sentence asserts none tells of endurance
//!    ("كان الحضور كثيرا رغم الوضع المتوتر": a weak good); a hedge ("قد" + present verb, "ربما", "رهنًا") marks the sentence as
//!    hedged and softens it, and an indirect question ("ما إذا") leaves little of what
//!    follows it in its clause, as does "ما لم" (unless), and a good thing appealed for
//!    ("داعيا إلى") or under discussion ("بحث سبل"). A verbal negator or a denial ("نفى")
//!    also reaches past its verb and subject to their bare object ("لم يحقق الفريق الفوز"),
//!    or through an "أي" phrase; a negated harm takes its object along ("لم تعد تعاني من");
//!    a fall or rise next to an indicator is composed, by whether the indicator is bad or
//!    good when high ("تراجع معدل البطالة", "تضاعف حجم التبادل التجاري": good news; "التضخم
//!    في تونس يقفز", "ألا يتجاوز النمو 1%": bad), and the level alone carries no tone; a fall
//!    of a harm remedies it ("تراجعت ساعات انقطاع الكهرباء"); a harm denied over "أي" counts
//!    more than a bare denial ("دون أي مشاكل"), a good subject fails with its negated verb
//!    ("فرق الإغاثة لم تتمكن من دخول المخيم"), and a remedy in the complement of a negated
//!    cue leaves its harm ("لم تحقق أي تقدم في معالجة الأزمة"); a good thing something is
//!    for or would need ("كي", "اللازم ل") is not said to happen. Words inside names, people's
//!    titles and quoted titles of works carry no tone ("عبد السلام", "مبعوث الأمم المتحدة
//!    للسلام", "فيلم \"عملية القتل\"").
//! 3. **Scores**: a sentence's score is the sum of its cues' weights; the article's weighs
//!    the headline double and the lead one and a half, and compares the positive and negative
//!    mass: clearly more of one is `positive`/`negative`, both strong and close is `mixed`,
//!    and so is hope hedged by obstacles (a positive article with most of its opinion
//!    hedged and real negative weight, or with nearly all of it hedged), and so is an article
//!    whose headline weighs a clear good against a clear harm while neither side of the
//!    article is less than half the other; little of either is
//!    `neutral`, and so is an article whose headline and lead carry no tone and whose
//!    opinion sentences hardly lean either way (a factual report with a stray cue in its
//!    background). The thresholds were
//!    chosen on the development split of the gold (`mizan eval stance`). Sections and quoted speakers are scored the same way.
//! 4. **Topic**: the most frequent topic noun (`data/lexicon/topics.tsv`, the headline
//!    counting triple) with the most salient entities ("التقارب بين روسيا والولايات
//!    المتحدة"), else the headline.

use std::ops::Range;

use crate::doc::Document;
use crate::lexicon::cues::{cue_forms, CueKind};
use crate::lexicon::lexicon;
use crate::lexicon::titles::strip_article;
use crate::output::{EntityKind, SentenceKind};
use crate::span::Span;
use crate::text::clitics::Article;
use crate::text::tokenize::TokenKind;

/// A sentence scoring at least this (in absolute value) takes that polarity.
pub const SENTENCE_THRESHOLD: f64 = 0.5;
/// Below this much positive plus negative mass an article is neutral.
const NEUTRAL_MASS: f64 = 0.5;
/// When the weaker side reaches this share of the stronger, the article is mixed.
const MIXED_RATIO: f64 = 0.8;
/// How much a hedge softens the polar cues of its sentence.
const HEDGE_FACTOR: f64 = 0.85;
/// Hope hedged by obstacles is mixed: a positive article at least this hedged…
const HEDGED_HOPE: f64 = 0.5;
/// …whose negative mass is at least this share of its positive mass, or whose opinion is
/// nearly all hedged (hope that nothing asserts: "يعتقدون", "يرجح", "يحتمل").
const HEDGED_HOPE_NEG: f64 = 0.3;
const UNASSERTED_HOPE: f64 = 0.75;
/// An article that opens without tone (headline and lead neutral) is neutral unless its
/// opinion sentences lean one way by more than this share of its sentences: factual
/// reports (an election, an appointment, a study) carry a stray cue or two in background
/// and biography, which a tone announced at the top would outweigh.
const QUIET_NET_SHARE: f64 = 0.15;
/// A headline with both a good and a harm makes the article mixed when its weaker side
/// reaches this share of the stronger.
const SPLIT_HEADLINE_RATIO: f64 = 0.5;

/// A polarity label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Label {
    /// Hopeful, successful, improving, welcome.
    Positive,
    /// Harm, failure, conflict, crisis, alarm.
    Negative,
    /// No evident tone.
    #[default]
    Neutral,
    /// Both, neither outweighing the other.
    Mixed,
}

impl Label {
    /// Its name in the output.
    pub fn name(self) -> &'static str {
        match self {
            Label::Positive => "positive",
            Label::Negative => "negative",
            Label::Neutral => "neutral",
            Label::Mixed => "mixed",
        }
    }

    /// The label of a sentence-level score.
    pub fn of_sentence(raw: f64) -> Label {
        if raw >= SENTENCE_THRESHOLD {
            Label::Positive
        } else if raw <= -SENTENCE_THRESHOLD {
            Label::Negative
        } else {
            Label::Neutral
        }
    }

    /// The label of a body of text from its positive and negative mass.
    pub fn of_masses(pos: f64, neg: f64) -> Label {
        let (hi, lo) = if pos >= neg { (pos, neg) } else { (neg, pos) };
        if pos + neg < NEUTRAL_MASS {
            Label::Neutral
        } else if lo >= MIXED_RATIO * hi && lo >= NEUTRAL_MASS / 2.0 {
            Label::Mixed
        } else if pos > neg {
            Label::Positive
        } else {
            Label::Negative
        }
    }
}

/// A cue found in the text, with its weight after scope.
#[derive(Debug, Clone)]
pub struct CueHit {
    /// Original span.
    pub span: Span,
    /// Tokens covered.
    pub tokens: Range<usize>,
    /// Lexicon entry.
    pub entry: usize,
    /// Kind.
    pub kind: CueKind,
    /// Signed weight after scope (0 for cues without polarity).
    pub weight: f64,
    /// Reversed by a negator.
    pub negated: bool,
    /// Framed as past, or remedied ("مكافحة الفساد").
    pub past: bool,
    /// Asked or appealed for, not said to happen ("ما إذا", "داعيا إلى"): no reason to cite.
    pub unasserted: bool,
}

/// One sentence weighed.
#[derive(Debug, Clone, Default)]
pub struct SentenceStance {
    /// Sum of its cues' weights.
    pub raw: f64,
    /// Whether a hedge touches it.
    pub hedged: bool,
    /// Its cues, in text order.
    pub cues: Vec<CueHit>,
    /// Its weight in the article (headline 2, lead 1.5, meta lines 0).
    pub weight: f64,
}

/// One holder of a view (a quoted speaker).
#[derive(Debug, Clone)]
pub struct HolderInfo {
    /// The speaker's entity.
    pub entity: Option<usize>,
    /// The speaker as written.
    pub name: String,
    /// Positive and negative mass of what they say.
    pub pos: f64,
    /// Negative mass.
    pub neg: f64,
    /// Sentences where their view is given.
    pub sentences: Vec<usize>,
}

/// The article's main topic.
#[derive(Debug, Clone, Default)]
pub struct Topic {
    /// Short Arabic label.
    pub ar: String,
    /// English label.
    pub en: String,
    /// The topic noun's lexicon form, if one was found.
    pub noun: Option<String>,
    /// The entities it concerns.
    pub entities: Vec<usize>,
}

/// The stance stage's result.
#[derive(Debug, Clone, Default)]
pub struct StanceInfo {
    /// Per sentence of the document.
    pub sentences: Vec<SentenceStance>,
    /// Article label.
    pub label: Label,
    /// Signed score, -1..1.
    pub score: f64,
    /// 0..1.
    pub confidence: f64,
    /// Share of opinionated sentences that are hedged.
    pub hedging: f64,
    /// Weighted positive mass.
    pub pos: f64,
    /// Weighted negative mass.
    pub neg: f64,
    /// Evidence sentences, strongest first.
    pub evidence: Vec<usize>,
    /// Per section: (label or "hedged", score).
    pub sections: Vec<(String, f64)>,
    /// Per holder.
    pub holders: Vec<HolderInfo>,
    /// Topic.
    pub topic: Topic,
}

/// The stance stage.
pub fn assess(doc: &mut Document) {
    let marks = name_marks(doc);
    let sentences: Vec<SentenceStance> = (0..doc.sentences.len()).map(|s| sentence(doc, s, &marks)).collect();
    let mut info = StanceInfo { sentences, ..StanceInfo::default() };
    let (mut pos, mut neg) = (0.0, 0.0);
    let (mut opinion, mut hedged) = (0usize, 0usize);
    for s in &info.sentences {
        if s.raw > 0.0 {
            pos += s.raw * s.weight;
        } else {
            neg += -s.raw * s.weight;
        }
        if Label::of_sentence(s.raw) != Label::Neutral && s.weight > 0.0 {
            opinion += 1;
            hedged += s.hedged as usize;
        }
    }
    info.pos = pos;
    info.neg = neg;
    info.hedging = if opinion > 0 { round3(hedged as f64 / opinion as f64) } else { 0.0 };
    info.label = Label::of_masses(pos, neg);
    if matches!(info.label, Label::Positive | Label::Negative) && quiet(&info.sentences) {
        info.label = Label::Neutral;
    }
    let (hi, lo) = if pos >= neg { (pos, neg) } else { (neg, pos) };
    if matches!(info.label, Label::Positive | Label::Negative)
        && lo >= SPLIT_HEADLINE_RATIO * hi
        && split_headline(doc, &info.sentences)
    {
        info.label = Label::Mixed;
    }
    if info.label == Label::Positive
        && info.hedging >= HEDGED_HOPE
        && (neg >= HEDGED_HOPE_NEG * pos || info.hedging >= UNASSERTED_HOPE)
    {
        info.label = Label::Mixed;
    }
    info.score = round3((pos - neg) / (pos + neg + 1.0));
    let total = pos + neg;
    info.confidence = if total > 0.0 {
        let margin = match info.label {
            Label::Mixed => 1.0 - (pos - neg).abs() / total,
            Label::Neutral if total < NEUTRAL_MASS => 1.0 - total / NEUTRAL_MASS,
            // A quiet article with cues: as sure as its sentences are without tone.
            Label::Neutral => {
                let counted = info.sentences.iter().filter(|s| s.weight > 0.0);
                let calm = counted.clone().filter(|s| Label::of_sentence(s.raw) == Label::Neutral).count();
                calm as f64 / counted.count().max(1) as f64
            }
            _ => (pos - neg).abs() / total,
        };
        round3(margin.clamp(0.0, 1.0) * (1.0 - (-total / 3.0).exp()).max(0.3))
    } else {
        0.5
    };
    let mut ev: Vec<usize> = (0..info.sentences.len()).filter(|&s| info.sentences[s].raw.abs() >= 0.3).collect();
    ev.sort_by(|&a, &b| {
        let w = |s: usize| info.sentences[s].raw.abs() * info.sentences[s].weight.max(0.5);
        w(b).total_cmp(&w(a)).then(a.cmp(&b))
    });
    ev.truncate(6);
    info.evidence = ev;
    info.sections = sections(doc, &info.sentences);
    info.holders = holders(doc, &info.sentences);
    info.topic = topic(doc);
    doc.stance = info;
}

/// Whether the headline weighs a clear good against a clear harm ("يبتكر تطبيقا يسمح
/// باختطاف طائرة": an invention that enables a hijacking), each cue at full strength.
fn split_headline(doc: &Document, ss: &[SentenceStance]) -> bool {
    let Some(h) = doc.sentences.iter().position(|s| s.kind == SentenceKind::Headline) else { return false };
    let cues = &ss[h].cues;
    cues.iter().any(|c| c.weight >= SENTENCE_THRESHOLD) && cues.iter().any(|c| c.weight <= -SENTENCE_THRESHOLD)
}

/// Whether an article opens without tone and its opinion sentences hardly lean either way
/// (see [`QUIET_NET_SHARE`]). The opening is the headline and lead (weight above 1).
fn quiet(ss: &[SentenceStance]) -> bool {
    let counted = || ss.iter().filter(|s| s.weight > 0.0);
    let mut opening = counted().filter(|s| s.weight > 1.0).peekable();
    if opening.peek().is_none() || opening.any(|s| Label::of_sentence(s.raw) != Label::Neutral) {
        return false;
    }
    let n = counted().count() as f64;
    let lean: f64 = counted()
        .map(|s| match Label::of_sentence(s.raw) {
            Label::Positive => 1.0,
            Label::Negative => -1.0,
            _ => 0.0,
        })
        .sum();
    lean.abs() <= QUIET_NET_SHARE * n
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Whether token `i` closes a clause (comma, semicolon, colon, dash, parenthesis), or opens
/// the main clause after a fronted one ("ورغم الجهود الدولية [فإن] الأزمة تفاقمت").
fn closes_clause(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    t.kind == TokenKind::Punct && matches!(doc.slice(t.span), "،" | "," | "؛" | ";" | ":" | "-" | "–" | "(" | ")")
        || t.kind == TokenKind::Word
            && matches!(doc.key(i), "فان" | "فانه" | "فانها")
            // (Not the Dutch "van" of a name: "هيرمان فان رومبوي".)
            && !doc.mentions_at(i).any(|m| doc.mentions[m].kind == EntityKind::Person)
}

/// Finds and weighs the cues of sentence `si`.
fn sentence(doc: &Document, si: usize, marks: &[bool]) -> SentenceStance {
    let s = &doc.sentences[si];
    let weight = match s.kind {
        SentenceKind::Headline => 2.0,
        SentenceKind::Meta => 0.0,
        _ if si <= 1 || doc.sentences[..si].iter().all(|p| p.kind != SentenceKind::Body) => 1.5,
        _ => 1.0,
    };
    let cues = cues_in(doc, s.tokens.clone(), marks);
    let hedged = cues.iter().any(|c| c.kind == CueKind::Hedge);
    let raw = cues.iter().map(|c| c.weight).sum::<f64>();
    SentenceStance { raw: round3(raw), hedged, cues, weight }
}

/// Finds and weighs the cues in tokens `r` (one sentence); `marks` is [`name_marks`] of the
/// document.
pub fn cues_in(doc: &Document, r: Range<usize>, marks: &[bool]) -> Vec<CueHit> {
    let lex = &lexicon().cues;
    let base = r.start;
    let forms = doc.forms();
    let named = name_tokens(doc, r.clone(), marks);
    let mut hits: Vec<CueHit> = Vec::new();
    // Terms without tone: no indicator is composed inside them ("الدول الأقل نموا").
    let mut terms: Vec<Range<usize>> = Vec::new();
    let mut k = 0;
    while k < r.len() {
        // "ألا" (أن + لا: "توقع البنك ألا يتجاوز النمو 1%") negates; folded, it is spelled like
        // "إلا" (except), so it is told by its hamza as written.
        if doc.tokens[base + k].kind == TokenKind::Word && matches!(doc.light(base + k), "ألا" | "وألا") {
            if let Some(e) = lex.find(&["لا"], CueKind::Negator) {
                let i = base + k;
                hits.push(CueHit {
                    span: doc.tokens[i].span,
                    tokens: i..i + 1,
                    entry: e,
                    kind: CueKind::Negator,
                    weight: 0.0,
                    negated: false,
                    past: false,
                    unasserted: false,
                });
                k += 1;
                continue;
            }
        }
        let Some((e, n)) = lex.at(forms, base + k, r.end) else {
            k += 1;
            continue;
        };
        let entry = lex.entry(e);
        let i = base + k;
        // A term without tone: its words are no cues ("أسعار الفائدة").
        if entry.kind == CueKind::Neutral {
            terms.push(i..i + n);
            k += n;
            continue;
        }
        if spelled_otherwise(&entry.phrase, doc.light(i)) || (n == 1 && other_sense(doc, i, r.clone(), &entry.words[0]))
        {
            k += 1;
            continue;
        }
        // A word of a name carries no tone ("عبد السلام", "مجلس الأمن", "حركة العدل والمساواة");
        // the words in a cue's gap are not the cue's ("علق الاتحاد الدولي عضوية").
        let own = |t: usize| entry.gap.is_none_or(|g| t < g || t >= n - (entry.words.len() - g));
        if entry.kind.polar() && (0..n).any(|t| own(t) && named[k + t]) {
            k += n;
            continue;
        }
        // "بمناسبة الذكرى السبعين لاغتيال الشاعر": a harm commemorated is history, not news.
        if entry.kind == CueKind::Negative && commemorated(doc, i, r.start) {
            k += n;
            continue;
        }
        // A definite object after the gap is the verb's only if the word before it is not a
        // noun governing it: "رفعت الحكومة العقوبات", not "رفع [قيمة] العقوبات".
        if let Some(g) = entry.gap.filter(|&g| n > entry.words.len() && entry.words.len() - g == 1) {
            let last_gap = i + n - (entry.words.len() - g) - 1;
            let definite_object = entry.phrase.split_whitespace().last().is_some_and(|w| w.starts_with("ال"));
            let s = &doc.segs[last_gap];
            if definite_object
                && last_gap > i
                && doc.tokens[last_gap].kind == TokenKind::Word
                && s.article == Article::None
                && s.prep.is_none()
                && doc.mentions_at(last_gap).next().is_none()
                && lexicon().gazetteer.lookup(&doc.bases[last_gap]).is_none()
                && !lexicon().is_stopword(&doc.bases[last_gap])
            {
                k += 1;
                continue;
            }
        }
        // A noun cue spelled like a verb of another sense counts only where it reads as the noun.
        if n == 1
            && entry.kind.polar()
            && verb_homographs().contains(&entry.words[0])
            && reads_as_verb(doc, i, r.clone(), &entry.words[0])
        {
            k += 1;
            continue;
        }
        // "إنه كان مسؤولا عن القتل" is no "إن كان" (even if): the particle carries a pronoun.
        if entry.kind == CueKind::Contrast && entry.words[0] == "ان" && doc.segs[i].enclitic.is_some() {
            k += 1;
            continue;
        }
        // "في مقابلة مع" (in an interview) is no "في المقابل" (on the other hand).
        if entry.kind == CueKind::Contrast
            && entry.phrase == "في المقابل"
            && (i + 1 >= r.end || doc.segs[i + 1].article == Article::None)
        {
            k += 1;
            continue;
        }
        // "الأنهار" (rivers) is no "انهار" (collapsed): a verb never takes the article.
        if entry.words.len() == 1 && entry.words[0] == "انهار" && doc.segs[i].article != Article::None {
            k += 1;
            continue;
        }
        // "قد" hedges only before a present verb ("قد يؤدي"); before a past verb it asserts,
        // and "فقد" before a noun is the verb "lost" ("فقد الريال نصف قيمته").
        let lost = entry.words.len() == 1 && entry.words[0] == "فقد";
        if entry.kind == CueKind::Hedge && entry.words.len() == 1 && entry.words[0] == "قد" || lost {
            // "وكان اللاعب قد تعرض لإصابة": after كان, قد is the pluperfect, whatever the verb.
            let pluperfect = (i.saturating_sub(4).max(r.start)..i).any(|k| matches!(&*doc.bases[k], "كان" | "كانت"))
                && !(i + 1 < r.end && doc.key(i + 1).starts_with('ي'));
            let present = i + 1 < r.end
                && !pluperfect
                && doc.tokens[i + 1].kind == TokenKind::Word
                && doc.segs[i + 1].article == Article::None
                && doc.key(i + 1).starts_with(['ي', 'ت', 'ن'])
                // Past verbs: "وقد أشاد", "وقد أعلنت" (the form أفعل; the first person is rare
                // in news), "وقد تم", "وقد تمكنت", "وقد نجحوا".
                && doc.key(i + 1) != "تم"
                // (not "قد يصوت", a present verb whose root ends in ت)
                && !(!doc.key(i + 1).starts_with('ي') && (doc.key(i + 1).ends_with('ت') || doc.key(i + 1).ends_with("وا")));
            let whole = doc.forms().get(i).iter().any(|f| f == "فقد");
            if lost && whole && !present && lost_object(doc, i + 1, r.end) {
                // the verb "lost": falls through as a cue
            } else if lost || !present {
                if !lost && whole && lost_object(doc, i + 1, r.end) {
                    if let Some(e2) = lex.find(&["فقد"], CueKind::Negative) {
                        hits.push(CueHit {
                            span: doc.tokens[i].span,
                            tokens: i..i + 1,
                            entry: e2,
                            kind: CueKind::Negative,
                            weight: -lex.entry(e2).weight,
                            negated: false,
                            past: false,
                            unasserted: false,
                        });
                    }
                }
                k += 1;
                continue;
            }
        }
        // "أولية / مبدئي" hedge what is known as preliminary ("النتائج الأولية", "اتفاق مبدئي",
        // "بشكل أولي"); as the adjective of anything else they classify it ("الرعاية الصحية
        // الأولية", "المواد الأولية", "القائمة الأولية") and hedge nothing.
        if entry.kind == CueKind::Hedge
            && n == 1
            && matches!(entry.words[0].as_str(), "اوليه" | "مبدئي")
            && !(i > r.start
                && doc.tokens[i - 1].kind == TokenKind::Word
                && doc.forms().get(i - 1).any_in(provisional()))
        {
            k += 1;
            continue;
        }
        // "تقارب" before a figure is "approximately" ("بزيادة تقارب 40%"), not rapprochement.
        if entry.kind.polar()
            && n == 1
            && entry.words[0] == "تقارب"
            && i + 1 < r.end
            && (doc.tokens[i + 1].kind == TokenKind::Number || number_word(doc.key(i + 1)))
        {
            k += 1;
            continue;
        }
        // "أقصى" is "utmost" where no definite subject follows it ("إلى أقصى مستوى", "الأقصى"):
        // the passive verb "أقصي" (was eliminated) is followed by its subject ("أقصي الفريق").
        if entry.kind.polar()
            && n == 1
            && entry.words[0] == "اقصي"
            && (doc.segs[i].article != Article::None
                || i + 1 >= r.end
                || doc.tokens[i + 1].kind != TokenKind::Word
                || doc.segs[i + 1].article == Article::None
                || i > r.start && matches!(doc.key(i - 1), "الي" | "في" | "علي" | "من"))
        {
            k += 1;
            continue;
        }
        let span = doc.tokens_span(i..i + n);
        // Leave proclitics out of the cue, unless the cue is the whole word ("بعيدا").
        let start = if doc.key(i) == entry.words[0] { span.start as usize } else { doc.stem_start(i) };
        let span = Span::new(start, span.end as usize);
        let w = if entry.kind == CueKind::Positive {
            entry.weight
        } else if entry.kind == CueKind::Negative {
            -entry.weight
        } else {
            0.0
        };
        hits.push(CueHit {
            span,
            tokens: i..i + n,
            entry: e,
            kind: entry.kind,
            weight: w,
            negated: false,
            past: false,
            unasserted: false,
        });
        k += n;
    }
    join_causes(doc, &mut hits);
    compose_indicators(doc, r.clone(), &terms, &mut hits);
    compose_reductions(doc, r, &mut hits);
    scope(doc, base, &mut hits);
    hits
}

/// Indicators that are bad when high: a fall is good news, a rise bad.
const BAD_INDICATORS: &str = "بطالة تضخم عجز ديون مديونية فقر وفيات كلفة تكلفة تكاليف أسعار انبعاثات انبعاث";
/// Indicators that are good when high: a rise is good news, a fall bad. (The price of crude
/// is read as markets report it, like shares: "تراجعت أسعار النفط" is a loss.)
const GOOD_INDICATORS: &str =
    "صادرات تبادل استثمارات إيرادات عائدات احتياطي احتياطيات مبيعات أرباح نمو إنتاج زوار زائرين سياح سائحين مشاهدين مستخدمين مشتركين ركاب مسافرين \
     أجور معاشات تصنيف أسهم بورصة إقبال";
/// Words of falling and of rising (verbs and nouns, folded).
const FALLS: &str = "تراجع تراجعت يتراجع تتراجع تراجعا انخفض انخفضت ينخفض تنخفض انخفاض انخفاضا هبط هبطت \
     يهبط تهبط هبوط هوت هوى تقلص تقلصت يتقلص تقليص خفض خفضت يخفض تخفض تخفيض تباطأ تباطؤ تدنى تدنت تدني \
     منخفض منخفضة";
const RISES: &str = "ارتفع ارتفعت يرتفع ترتفع ارتفاع ارتفاعا زاد زادت يزيد تزيد زيادة قفز قفزت يقفز تقفز \
     صعد صعدت يصعد تصعد صعود تضاعف تضاعفت يتضاعف تتضاعف تجاوز تجاوزت يتجاوز تتجاوز مرتفع مرتفعة";
/// Comparatives, which place an indicator low or high as a fall or a rise does ("أقل مراكز
/// البيانات انبعاثا", "جاء النمو أقل من المستوى اللازم", "أعلى مستوى").
const LOWER: &str = "أقل أدنى";
const HIGHER: &str = "أعلى";
/// Words of cancelling, which remedy a burden after them as a fall does ("إلغاء القيود").
const CANCELS: &str = "إلغاء ألغى ألغت يلغي تلغي";
/// Verbs of recording a level ("يسجل أعلى مستوى", "بلغ أدنى مستوياته").
const RECORDS: &str = "سجل سجلت يسجل تسجل بلغ بلغت يبلغ تبلغ وصل وصلت يصل تصل";
/// Words naming the level of an indicator ("معدل البطالة", "حجم الصادرات").
const RATES: &str = "معدل معدلات نسبة مستوى مستويات مؤشر عدد أعداد حجم قيمة";

/// Composes a fall or rise with an indicator, a few words apart in its clause ("تراجع معدل
/// البطالة إلى 6.8%", "البطالة تراجعت", "نجحت في خفض التضخم", "تضاعف حجم التبادل التجاري",
/// "التضخم في تونس يقفز"): for an indicator that is bad when high a fall is good news and a
/// rise bad, for one that is good when high the reverse (the lexicon's "تراجع X" / "ارتفاع
/// X"). The level of one named without a direction ("بلغ معدل التضخم 2%") carries no tone.
/// Nothing is composed inside a term without tone (`terms`: "الدول الأقل نموا").
fn compose_indicators(doc: &Document, r: Range<usize>, terms: &[Range<usize>], hits: &mut Vec<CueHit>) {
    static BAD: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    static GOOD: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    static FALL: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    static RISE: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    static LOW: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    static HIGH: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    static RATE: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    static RECORD: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    let (bad, good, rate) = (word_set(&BAD, BAD_INDICATORS), word_set(&GOOD, GOOD_INDICATORS), word_set(&RATE, RATES));
    let record = word_set(&RECORD, RECORDS);
    let (fall, rise, low, high) =
        (word_set(&FALL, FALLS), word_set(&RISE, RISES), word_set(&LOW, LOWER), word_set(&HIGH, HIGHER));
    let lex = &lexicon().cues;
    let word = |i: usize| doc.tokens[i].kind == TokenKind::Word;
    let clause_ok = |a: usize, b: usize| (a + 1..b).all(|i| !closes_clause(doc, i));
    let in_term = |i: usize| terms.iter().any(|t| t.contains(&i));
    // Whether token `d` falls (Some(true)) or rises (Some(false)); "على الأقل" is "at least".
    let direction = |d: usize| {
        if !word(d) || in_term(d) {
            return None;
        }
        let is = |set: &std::collections::HashSet<String>| cue_forms(doc.forms().get(d)).any(|f| set.contains(f));
        // "أسهم مرتفعة المخاطر", "منخفضة التكلفة": an adjective of level in construct
        // describes something else.
        let level_adjective = matches!(strip_article(doc.key(d)), "مرتفع" | "مرتفعه" | "منخفض" | "منخفضه");
        if level_adjective && d + 1 < r.end && word(d + 1) && doc.segs[d + 1].article != Article::None {
            return None;
        }
        if is(fall) || is(low) && !(d > r.start && doc.key(d - 1) == "علي") {
            Some(true)
        } else if is(rise) || is(high) {
            Some(false)
        } else {
            None
        }
    };
    for j in r.clone() {
        if !word(j) || in_term(j) {
            continue;
        }
        // The indicator, under its inflections ("انبعاثا").
        // ("مستخدمي التطبيق": a sound plural in construct is the plural's count.)
        let Some(f) = cue_forms(doc.forms().get(j)).find_map(|f| {
            let listed = |w: &str| bad.contains(w) || good.contains(w);
            if listed(f) {
                Some(f.to_string())
            } else {
                let plural = format!("{f}ن");
                (f.ends_with('ي') && listed(&plural)).then_some(plural)
            }
        }) else {
            continue;
        };
        // "أسعار النفط", "أسعار خام برنت": the price of crude, read as markets report it.
        let crude = f == "اسعار"
            && j + 1 < r.end
            && word(j + 1)
            && matches!(strip_article(&doc.bases[j + 1]), "نفط" | "خام" | "برنت");
        let f = if crude { "نفط".to_string() } else { f };
        // "أسعار الأسهم": the prices of what is good when high are the thing itself.
        if j + 1 < r.end && word(j + 1) && cue_forms(doc.forms().get(j + 1)).any(|g| good.contains(g)) {
            continue;
        }
        // The nearest direction word: up to three words before, or three after (subject first),
        // or four past a verb of recording ("إنتاج النفط العماني يسجل أعلى مستوى").
        let before = (j.saturating_sub(3).max(r.start)..j).rev().find(|&d| clause_ok(d, j) && direction(d).is_some());
        let recorded = |d: usize| d == j + 4 && (j + 1..d).any(|k| word(k) && doc.forms().get(k).any_in(record));
        let after = (j + 1..(j + 5).min(r.end))
            .find(|&d| clause_ok(j, d) && direction(d).is_some() && (d < j + 4 || recorded(d)));
        let Some(d) = before.or(after) else {
            if j > r.start && word(j - 1) && doc.forms().get(j - 1).any_in(rate) {
                hits.retain(|h| !(h.kind.polar() && h.tokens.contains(&j)));
            }
            continue;
        };
        let falls = direction(d) == Some(true);
        let canon = if falls { "تراجع" } else { "ارتفاع" };
        let kind = if falls == bad.contains(&f) { CueKind::Positive } else { CueKind::Negative };
        let Some(e) = lex.find(&[canon, &f], kind) else { continue };
        let (a, b) = (d.min(j), d.max(j) + 1);
        // The words composed lose their own reading ("تراجع": a decline; "تجاوز": overcoming).
        hits.retain(|h| {
            !(matches!(h.kind, CueKind::Positive | CueKind::Negative | CueKind::Past | CueKind::Remedy)
                && h.tokens.start < b
                && h.tokens.end > a)
        });
        let weight = if kind == CueKind::Positive { lex.entry(e).weight } else { -lex.entry(e).weight };
        let span = doc.tokens_span(a..b);
        let span = Span::new(doc.stem_start(a), span.end as usize);
        // Subject first, the cue stands at its verb, where a negator before the verb reaches
        // it ("النمو لن يتجاوز 1%").
        hits.push(CueHit {
            span,
            tokens: if d > j { d..b } else { a..b },
            entry: e,
            kind,
            weight,
            negated: false,
            past: false,
            unasserted: false,
        });
    }
    hits.sort_by_key(|h| h.tokens.start);
}

/// Counts of harm, which the harm named after them qualifies ("إصابات الكوليرا", "الوفيات
/// بالملاريا").
const HARM_COUNTS: &str = "إصابات إصابة وفيات ضحايا مصابين";

/// Joins a harm named right after a count of harm, as its genitive or with "ب" ("تراجعت
/// إصابات الكوليرا", "عدد الإصابات بالكوليرا انخفض"), to the count's cue: it says what the
/// count is of, and whatever the count is composed with (a fall, a remedy) holds for it too.
fn join_causes(doc: &Document, hits: &mut Vec<CueHit>) {
    static SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    let counts = word_set(&SET, HARM_COUNTS);
    let mut k = 0;
    while k + 1 < hits.len() {
        let (h, next) = (&hits[k], &hits[k + 1]);
        let last = h.tokens.end - 1;
        let t = next.tokens.start;
        if h.kind.polar()
            && next.kind == CueKind::Negative
            && t == h.tokens.end
            && next.tokens.len() == 1
            && cue_forms(doc.forms().get(last)).any(|f| counts.contains(f))
            && doc.segs[t].conj.is_none()
            && (doc.segs[t].prep.is_none() || doc.segs[t].prep == Some('ب'))
        {
            let end = next.tokens.end;
            let e = next.span.e();
            hits.remove(k + 1);
            hits[k].tokens.end = end;
            hits[k].span = Span::new(hits[k].span.s(), e);
            continue;
        }
        k += 1;
    }
}

/// How much of its weight a harm told as falling ("عدد الإصابات انخفض") weighs as good news.
const REDUCED_HARM: f64 = 0.6;

/// Words that measure how much of a harm there is ("ساعات انقطاع الكهرباء", "حدة المعارك").
const MEASURES: &str = "ساعات أيام حدة وتيرة";

/// Composes a fall with the harm it reduces ("تراجعت ساعات انقطاع الكهرباء", "خفضت المحطة
/// ساعات الانقطاع"): the harm is remedied, as after "تخفيف" (see [`scope`]), and the fall
/// loses its own reading (a decline). Between them may stand the subject of a verb of
/// reducing (a bare definite noun) and a word of measure or level; any other word ("تراجع
/// الاقتصاد جراء الحرب") keeps them apart. The remedy found stretches over the words between,
/// so that the harm is right after it.
fn compose_reductions(doc: &Document, r: Range<usize>, hits: &mut Vec<CueHit>) {
    static FALL: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    static MEASURE: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    static RATE: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    static CANCEL: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    let (fall, measure, rate) = (word_set(&FALL, FALLS), word_set(&MEASURE, MEASURES), word_set(&RATE, RATES));
    let cancel = word_set(&CANCEL, CANCELS);
    let lex = &lexicon().cues;
    let Some(remedy) = lex.find(&["خفض"], CueKind::Remedy) else { return };
    let word = |i: usize| doc.tokens[i].kind == TokenKind::Word;
    let bare = |i: usize| word(i) && doc.segs[i].prep.is_none() && doc.segs[i].conj.is_none();
    for d in r.clone() {
        let cancels = word(d) && cue_forms(doc.forms().get(d)).any(|f| cancel.contains(f));
        if !word(d) || !cancels && !cue_forms(doc.forms().get(d)).any(|f| fall.contains(f)) {
            continue;
        }
        // Not a fall already composed with an indicator, nor one inside a phrase of the
        // lexicon ("خفض التصعيد").
        if hits.iter().any(|h| h.kind.polar() && h.tokens.contains(&d) && lex.entry(h.entry).words.len() > 1) {
            continue;
        }
        // "عدد الإصابات انخفض", "الوفيات تراجعت": a definite harm right before the verb is
        // its subject, reduced: good news, as "تراجع الوفيات" is.
        // (A verb: "تراجعا" in the accusative is a noun, "سببت الحرب تراجعا".)
        if !cancels && doc.segs[d].article == Article::None && doc.segs[d].prep.is_none() && !doc.key(d).ends_with('ا')
        {
            // "عدد الإصابات بالكوليرا انخفض": a harm after the subject names what it is of.
            let of = |end: usize| {
                hits.iter().position(|h| {
                    h.kind == CueKind::Negative
                        && h.tokens.end == end
                        && (doc.segs[h.tokens.start].prep == Some('ب')
                            || doc.segs[h.tokens.start].prep.is_none()
                                && doc.segs[h.tokens.start].article != Article::None)
                })
            };
            let subject = |end: usize| {
                hits.iter().position(|h| {
                    h.kind == CueKind::Negative
                        && h.tokens.end == end
                        && doc.segs[h.tokens.start].article != Article::None
                        && doc.segs[h.tokens.start].prep.is_none()
                })
            };
            let found = match of(d) {
                Some(o) => subject(hits[o].tokens.start).or(subject(d)),
                None => subject(d),
            };
            if let Some(k) = found {
                let first = hits[k].tokens.start;
                hits.retain(|h| {
                    !(h.kind.polar() && (h.tokens.contains(&d) || h.tokens.start > first && h.tokens.end <= d))
                });
                let Some(k) = hits.iter().position(|h| h.tokens.start == first && h.kind == CueKind::Negative) else {
                    continue;
                };
                let h = &mut hits[k];
                h.kind = CueKind::Positive;
                h.weight = REDUCED_HARM * h.weight.abs();
                h.tokens = h.tokens.start..d + 1;
                h.span = Span::new(h.span.s(), doc.tokens[d].span.e());
                continue;
            }
        }
        let Some(harm) = hits.iter().find(|h| h.kind.polar() && h.tokens.start > d) else { continue };
        let hs = harm.tokens.start;
        if harm.kind != CueKind::Negative || (d + 1..hs).any(|i| closes_clause(doc, i)) {
            continue;
        }
        let mut i = d + 1;
        if i < hs && bare(i) && doc.segs[i].article != Article::None {
            i += 1;
        }
        if i < hs && bare(i) && (doc.forms().get(i).any_in(measure) || doc.forms().get(i).any_in(rate)) {
            i += 1;
        }
        if i != hs {
            continue;
        }
        hits.retain(|h| {
            !(matches!(h.kind, CueKind::Positive | CueKind::Negative | CueKind::Remedy) && h.tokens.contains(&d))
        });
        hits.push(CueHit {
            span: Span::new(doc.stem_start(d), doc.tokens[d].span.end as usize),
            tokens: d..hs,
            entry: remedy,
            kind: CueKind::Remedy,
            weight: 0.0,
            negated: false,
            past: false,
            unasserted: false,
        });
    }
    hits.sort_by_key(|h| h.tokens.start);
}

/// For each token of the document, whether it is part of a name of two words or more of a
/// person, organisation or place, or of a person's title ("مبعوث الأمم المتحدة للسلام"):
/// computed once per document (per sentence, it would cost every mention for every sentence).
pub fn name_marks(doc: &Document) -> Vec<bool> {
    let lex = lexicon();
    let country = |w: &str| {
        lex.gazetteer
            .lookup(w)
            .is_some_and(|p| lex.gazetteer.concept(p.concept).sub == crate::lexicon::GazKind::Country)
    };
    // One-word names are too often common words misread ("بحماس", "أمل").
    let mut out: Vec<bool> = (0..doc.tokens.len())
        .map(|t| {
            doc.mentions_at(t).any(|mi| {
                let m = &doc.mentions[mi];
                m.tokens.len() >= 2
                    && matches!(m.kind, EntityKind::Person | EntityKind::Organization | EntityKind::Location)
                    // A country of the gazetteer is a name even in one word ("تشاد"); a city's
                    // name may be a word of tone too ("سيول": Seoul, floods).
                    || m.kind == EntityKind::Location && country(&doc.bases[t])
            })
        })
        .collect();
    for role in doc.roles.iter().filter(|x| !x.honorific) {
        // Tokens are in text order: the ones inside the role's span are one run.
        let a = doc.tokens.partition_point(|t| t.span.s() < role.span.s());
        let b = a + doc.tokens[a..].iter().take_while(|t| role.span.contains(t.span)).count();
        out[a..b].fill(true);
    }
    let n = out.len();
    for t in &doc.titles {
        out[t.start.min(n)..t.end.min(n)].fill(true);
    }
    out
}

/// For each token of `r`, whether it carries no tone: part of a name or title
/// ([`name_marks`]), or of the quoted title of a work ("فيلم \" عملية القتل \"").
fn name_tokens(doc: &Document, r: Range<usize>, marks: &[bool]) -> Vec<bool> {
    let mut out: Vec<bool> = r.clone().map(|i| marks.get(i).copied().unwrap_or(false)).collect();
    let mut mark = |a: usize, b: usize| {
        for i in a.max(r.start)..b.min(r.end) {
            out[i - r.start] = true;
        }
    };
    // A quoted title right after the noun of a work.
    let quote = |i: usize| {
        doc.tokens[i].kind != TokenKind::Word && matches!(doc.slice(doc.tokens[i].span), "\"" | "«" | "»" | "“" | "”")
    };
    let works = work_nouns();
    let mut i = r.start;
    while i < r.end {
        if quote(i)
            && (i.saturating_sub(3).max(r.start)..i)
                .any(|j| doc.tokens[j].kind == TokenKind::Word && doc.forms().get(j).any_in(works))
        {
            if let Some(close) = (i + 1..r.end.min(i + 12)).find(|&j| quote(j)) {
                mark(i + 1, close);
                i = close + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Whether "فقد" before token `j` reads as the verb "lost": its object carries the article,
/// or is a figure or a quantity ("فقد الريال", "فقد أكثر من نصف", "فقد 20 ألف وظيفة").
fn lost_object(doc: &Document, j: usize, end: usize) -> bool {
    j < end
        && (doc.tokens[j].kind == TokenKind::Number
            || doc.tokens[j].kind == TokenKind::Word
                && (doc.segs[j].article != Article::None && doc.segs[j].prep.is_none()
                    || matches!(doc.key(j), "اكثر" | "نحو" | "حوالي" | "قرابه" | "معظم" | "جميع" | "كل")
                    || number_word(doc.key(j))))
}

/// Whether the word as written (`light`: hamzas and ى kept) is another word than the cue
/// `phrase`, though both fold alike: a final hamza on its alif not written, an initial hamza
/// written differently ("إعمار",
/// reconstruction, is not "أعمارهم", their ages; "أسى", grief, not "آسيا"), or a cue's final ى
/// standing inside a longer word ("بشرى", good news, is not "بشرية", human; "هوى", plunged, not
/// "هويتها", its identity).
fn spelled_otherwise(phrase: &str, light: &str) -> bool {
    let mut words = phrase.split_whitespace();
    let Some(first) = words.next() else { return false };
    // A final hamza on its alif written without any: "هنا" is "here", not "هنأ"
    // (congratulated); "خطا" stepped.
    if first.ends_with('أ') && !light.contains('أ') {
        return true;
    }
    let hamza = |w: &str| w.chars().find(|c| matches!(c, 'أ' | 'إ' | 'آ'));
    if let (Some(a), Some(b)) = (hamza(first), hamza(light)) {
        if a != b {
            return true;
        }
    }
    let Some(stem) = first.strip_suffix('ى').filter(|_| words.next().is_none()) else { return false };
    ["ية", "يت", "يه"].iter().any(|end| light.contains(&format!("{stem}{end}")))
}

/// Objects of "تصدر" in its sense "is issued" ("تصدر النتائج", "يصدر عن"), not "tops".
const ISSUED: &str = "نتائج نتيجة تقرير تقارير قرار قرارات بيان بيانات حكم أحكام مجلة صحيفة كتاب رواية طبعة نسخة \
     مرسوم قانون أرقام توصيات إحصاءات عن";

/// Whether a one-word cue `w` (folded) at token `i` of the clause `r` stands in another,
/// toneless sense: "ضعف" after a quantity word or before a figure is "twice" ("نحو ضعف طول
/// الجسر", "ضعف ما كان"); "تصدر" before what is published is "is issued" ("تصدر النتائج");
/// "لقب" before ب, over its subject, is "was nicknamed" ("لقب الشاعر بأمير الشعراء").
/// ("ضعف" before a quantity is twice too: "ضعف إنتاج الأجهزة"; "ستصدر" is issued.)
fn other_sense(doc: &Document, i: usize, r: Range<usize>, w: &str) -> bool {
    static ISSUED_SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    let word = |j: usize| r.contains(&j) && doc.tokens[j].kind == TokenKind::Word;
    match w {
        "ضعف" => {
            let before = |j: usize, set: &[&str]| i >= j + r.start && word(i - j) && set.contains(&doc.key(i - j));
            // Before a quantity ("ضعف إنتاج الأجهزة المماثلة", "ضعف عدد الزوار").
            let quantity = word(i + 1)
                && doc.segs[i + 1].article == Article::None
                && matches!(
                    strip_article(doc.key(i + 1)),
                    "انتاج"
                        | "عدد"
                        | "كميه"
                        | "حجم"
                        | "قيمه"
                        | "مساحه"
                        | "طول"
                        | "سعر"
                        | "مبلغ"
                        | "متوسط"
                        | "معدل"
                );
            quantity
                || before(
                    1,
                    &["نحو", "حوالي", "قرابه", "يعادل", "تعادل", "يبلغ", "تبلغ", "بلغ", "بلغت", "يفوق", "تفوق"],
                )
                || before(1, &["من"]) && before(2, &["اكثر", "اقل"])
                || i + 1 < r.end
                    && (doc.tokens[i + 1].kind == TokenKind::Number
                        || word(i + 1) && (doc.key(i + 1) == "ما" || number_word(doc.key(i + 1))))
        }
        // "ستصدر الرواية": the future is "will be issued" ("will top" is "ستتصدر").
        // "لم تصدر الحكومة أي بيان": after a particle of the jussive or the future it is
        // "issue" ("did not top" is "لم تتصدر"), and what is issued may follow its subject.
        "تصدر" => {
            let issued = |j: usize| word(j) && doc.forms().get(j).any_in(word_set(&ISSUED_SET, ISSUED));
            doc.segs[i].fut
                || doc.light(i).contains("ستصدر")
                || i > r.start && word(i - 1) && matches!(&*doc.bases[i - 1], "لم" | "لن")
                || issued(i + 1)
                || (i + 2..i + 4).any(|j| issued(j) && (i + 1..j).all(|k| word(k) && doc.segs[k].prep.is_none()))
        }
        // "هبوط المسبار على سطح المريخ", "هبطت الطائرة بسلام": a landing, not a fall.
        // ("موقع الهبوط", "عملية الهبوط", "مركبة الهبوط": the landing's site, operation, craft.)
        "هبوط" | "هبط" | "هبطت" => {
            (i + 1..(i + 5).min(r.end)).any(|j| {
                word(j) && matches!(strip_article(doc.key(j)), "سطح" | "بسلام" | "مطار" | "مدرج" | "ارض" | "مهبط")
            }) || i > r.start
                && word(i - 1)
                && doc.segs[i].article != Article::None
                && matches!(strip_article(doc.key(i - 1)), "موقع" | "عمليه" | "مركبه" | "منطقه" | "وحده" | "مسبار")
        }
        // "اثني عشر": the numeral twelve, not the verb "praised" (أثنى).
        "اثني" => word(i + 1) && matches!(doc.key(i + 1), "عشر" | "عشره"),
        // "لم تعثر الشرطة على الأسلحة": finds (عثر على), not stumbles.
        // (The imperfect "finds" follows a particle: "وتعثر الفريق على أرضه" stumbled.)
        "تعثر" => {
            i > r.start
                && word(i - 1)
                && matches!(doc.key(i - 1), "لم" | "ولم" | "لن" | "ولن" | "ان" | "كي" | "لكي")
                && (i + 1..(i + 4).min(r.end)).any(|j| {
                    word(j)
                        && doc.key(j) == "علي"
                        && !(word(j + 1) && matches!(strip_article(doc.key(j + 1)), "مدي" | "مدار"))
                })
        }
        // "ولما انهارت المفاوضات": "when" before a perfect; "لمّا يصل" (not yet) takes an
        // imperfect.
        "لما" => !(word(i + 1) && doc.key(i + 1).starts_with(['ي', 'ت', 'ن'])),
        // "خلافة ميركل", "خلافته": succession, written with ة; a dispute is "خلافه" (his) or
        // "خلافات".
        // "على خلاف السنوات الماضية" (unlike), "بخلاف ذلك" (apart from): no dispute, unless
        // with someone ("على خلاف مع الحكومة").
        "خلاف" => {
            let l = doc.light(i);
            let bare = doc.segs[i].article == Article::None && doc.segs[i].enclitic.is_none();
            // ("على خلاف حول الحدود", "على خلاف شديد مع الحكومة": at odds; "unlike" takes a
            // definite noun, "ما" or "ذلك".)
            let compared = word(i + 1)
                && (doc.segs[i + 1].article != Article::None || matches!(doc.key(i + 1), "ما" | "ذلك" | "هذا" | "هذه"));
            let unlike = bare
                && compared
                && (doc.segs[i].prep == Some('ب') || i > r.start && word(i - 1) && &*doc.bases[i - 1] == "علي")
                && !(i + 1..(i + 5).min(r.end)).any(|j| word(j) && matches!(doc.key(j), "مع" | "حول" | "بشان"));
            unlike || l.contains("خلافة") || l.contains("خلافت") && !l.contains("خلافات")
        }
        // "وغيرها" (and others), "غيّرت" (changed): not the negator "غير".
        "غير" => {
            let l = doc.light(i);
            doc.segs[i].enclitic.is_some() || l.contains('\u{651}') || !doc.key(i).ends_with("غير")
        }
        // "سعادة السفير", "سعادة عيسى بوشهاب": a form of address, not happiness.
        "سعاده" => {
            word(i + 1)
                && (title_word(doc, i + 1)
                    || doc.mentions_at(i + 1).any(|m| doc.mentions[m].kind == EntityKind::Person))
        }
        // "يمكنهم الطعن", "تقدم بطعن": the procedure of appeal, not a dispute or a stabbing.
        "طعن" => doc.segs[i].article != Article::None || doc.segs[i].prep.is_some(),
        "لقب" => {
            doc.segs[i].prep.is_none()
                && (i == r.start || doc.segs[i].conj.is_some())
                && (i + 1..i + 3).any(|j| word(j) && doc.segs[j].prep == Some('ب') && doc.segs[j].enclitic.is_none())
        }
        _ => false,
    }
}

/// Whether the cue at token `i` is what an anniversary ("ذكرى", "الذكرى السبعين ل…")
/// commemorates, within three words after it in the clause.
fn commemorated(doc: &Document, i: usize, start: usize) -> bool {
    (i.saturating_sub(3).max(start)..i).any(|k| {
        strip_article(&doc.bases[k]) == "ذكري"
            && (k + 1..i).all(|j| doc.tokens[j].kind != TokenKind::Punct && doc.segs[j].conj.is_none())
            // (What it is of, after لـ or definite: "ذكرى مؤلمة" is a painful one.)
            && (k + 1 == i && doc.segs[i].article != Article::None || doc.segs[i].prep == Some('ل'))
    })
}

/// Whether word `i` is a noun in the sound plural or dual with its ن ("للاجئين", "نازحين"),
/// which cannot head a construct: it acts on no word after it.
fn sound_plural_noun(doc: &Document, i: usize) -> bool {
    let k = doc.key(i);
    k.chars().count() >= 5 && k.ends_with("ين") && (doc.segs[i].prep.is_some() || !verb_form(k))
}

/// Whether a folded word is shaped like a verb of the perfect or imperfect, not a noun:
/// a perfect in ت (feminine), an imperfect in ي/ت/ن, or a perfect of form VII/VIII (ان…, ا…ت…).
fn verb_form(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    c.len() >= 4 && (c[c.len() - 1] == 'ت' || matches!(c[0], 'ي' | 'ت' | 'ن') || c[0] == 'ا' && c[1] == 'ن')
}

/// Whether a folded word is a number written out ("خمسة", "عشرات").
fn number_word(w: &str) -> bool {
    const NUMBERS: &str = "واحد اثنين اثنان ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثماني ثمانيه تسع تسعه \
         عشر عشره عشرات مئات الاف الف مليون ملايين مليار نصف ربع ثلث نحو حوالي قرابه";
    NUMBERS.split_whitespace().any(|n| n == w)
}

/// Nouns of works whose quoted titles follow them (folded, article stripped).
const WORK_NOUNS: &str = "فيلم أفلام فيلما كتاب رواية أغنية أغاني قصيدة مسرحية مسلسل برنامج ألبوم لوحة عرض معرض";

fn work_nouns() -> &'static std::collections::HashSet<String> {
    static SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| WORK_NOUNS.split_whitespace().map(crate::text::normalize::key).collect())
}

/// What "أولية / مبدئي" make provisional: findings, figures, estimates and agreements, and
/// the manner of saying or doing something ("بشكل أولي").
const PROVISIONAL: &str = "نتائج نتيجة تقديرات تقدير أرقام رقم بيانات معطيات إحصاءات إحصائيات حصيلة تحقيقات \
     تحقيق تقارير تقرير معلومات مؤشرات مؤشر تقييم اتفاق اتفاقا موافقة قرار بشكل بصفة بصورة شكل صفة صورة";

fn provisional() -> &'static std::collections::HashSet<String> {
    static SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    word_set(&SET, PROVISIONAL)
}

/// Noun cues spelled like a verb of another sense: "تقدم" is progress as a noun, but as a
/// verb it presents or applies ("تقدم الشركة خدمات", "تقدمت بطلب", "لم تقدم أيا من …").
const VERB_HOMOGRAPHS: &str = "تقدم";

fn verb_homographs() -> &'static std::collections::HashSet<String> {
    static SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| VERB_HOMOGRAPHS.split_whitespace().map(crate::text::normalize::key).collect())
}

/// Particles only a verb follows.
const VERB_PARTICLES: &str = "لم لن أن قد كي لكي سوف";

fn verb_particles() -> &'static std::collections::HashSet<String> {
    static SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| VERB_PARTICLES.split_whitespace().map(crate::text::normalize::key).collect())
}

/// Whether word `i` of the sentence `r` reads as a verb rather than a noun: without the
/// article, and with a past ending ("تقدمت"), the future prefix, a particle only verbs
/// follow ("لم تقدم"), a preposition starting the next word ("تقدم بطلب", "تقدمت لهيئة"),
/// or at the head of its clause, where news puts the verb before its subject ("وتقدم
/// الخدمة عدة تطبيقات").
fn reads_as_verb(doc: &Document, i: usize, r: Range<usize>, noun: &str) -> bool {
    let seg = &doc.segs[i];
    if seg.article != Article::None {
        return false;
    }
    let word = |j: usize| doc.tokens[j].kind == TokenKind::Word;
    // (At the head of a sentence "في" after it makes it the noun: "تقدم في المفاوضات".)
    let head = i == r.start || closes_clause(doc, i - 1);
    if head && seg.conj.is_none() && i + 1 < r.end && word(i + 1) && doc.key(i + 1) == "في" {
        return seg.fut || seg.enclitic.is_none() && &*doc.bases[i] != noun;
    }
    seg.fut
        || seg.enclitic.is_none() && &*doc.bases[i] != noun
        || head
        || word(i - 1) && verb_particles().contains(doc.key(i - 1))
        || i + 1 < r.end && word(i + 1) && matches!(doc.segs[i + 1].prep, Some('ب' | 'ل'))
}

/// Words a negator passes over to reach what it negates: particles, pronouns and light
/// verbs of being, achieving and occurring ("لم يتم التوصل إلى أي تسوية", "لا توجد أي
/// مؤشرات", "لم يعد هناك خطر", "لم يتحقق أي تقدم", "لم يطرأ أي تحسن"). Any other
/// word takes the negation itself ("لم ينج أحد في الحادث", "لا تلقى إلا الذل").
const NEGATION_BRIDGE: &str = "أي أية أيا من إلى على عن في هناك ثمة فقط مجرد أن له لها لهم ذلك هذا \
     هذه يتم تتم تم يكن تكن يكون تكون يكونوا يعد تعد يوجد توجد وجود يستطع \
     تستطع يستطيع تستطيع يتمكن تتمكن يمكن التوصل يتوصل تتوصل يشهد تشهد يحقق \
     تحقق يحرز تحرز يسفر تسفر يؤد تؤد يبد تبد يبدو تبدو يتحقق تتحقق يطرأ تطرأ يحدث تحدث \
     يحصل تحصل يسجل تسجل حتى الآن حالة حالات باسم بالضرورة بالفعل إطلاقا تسجيل وقوع حدوث \
     مؤشرات مؤشر دلائل علامات بوادر قابل قابلة";

fn bridge_words() -> &'static std::collections::HashSet<String> {
    static SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| NEGATION_BRIDGE.split_whitespace().map(crate::text::normalize::key).collect())
}

/// Words that set a time frame: a negative right after them, or after an onset word after
/// them ("منذ بداية الأزمة", "قبل الحرب", "بعد أيام من بداية الأزمة"), dates the sentence
/// by a conflict or crisis in the background; it is not what the sentence reports.
const TIME_FRAME: &str = "منذ قبل قبيل إبان";
/// Words of onset, which frame the time the same way after a time word or "من".
const ONSET: &str = "بداية بدء اندلاع مطلع";
/// How much of its weight a negative in the background keeps.
const BACKGROUND_FACTOR: f64 = 0.3;

fn word_set(
    cell: &'static std::sync::OnceLock<std::collections::HashSet<String>>,
    words: &str,
) -> &'static std::collections::HashSet<String> {
    cell.get_or_init(|| words.split_whitespace().map(crate::text::normalize::key).collect())
}

/// Whether the negative cue starting at token `hs` of the sentence starting at `start` is
/// a time frame's background (see [`TIME_FRAME`]).
fn in_background(doc: &Document, start: usize, hs: usize, harm: bool) -> bool {
    static TIME: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    static ONS: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    let (time, onset) = (word_set(&TIME, TIME_FRAME), word_set(&ONS, ONSET));
    let is = |i: usize, set: &std::collections::HashSet<String>| {
        i >= start && doc.tokens[i].kind == TokenKind::Word && doc.forms().get(i).any_in(set)
    };
    let from = |i: usize| i >= start && doc.tokens[i].kind == TokenKind::Word && doc.key(i) == "من";
    // "قبل أيام من إطلاق رفيقه", "بعد سنوات من الحرب": a span of time before or after it.
    let span_of = |i: usize| {
        i >= start
            && doc.tokens[i].kind == TokenKind::Word
            && matches!(
                strip_article(&doc.bases[i]),
                "ايام" | "اسابيع" | "اشهر" | "شهور" | "سنوات" | "اعوام" | "عقود" | "ساعات"
                    // "بعد يومين من توقيع الاتفاق", "بعد يوم من": one or two of them.
                    | "يوم" | "يومين" | "ساعه" | "ساعتين" | "اسبوع" | "اسبوعين" | "شهر" | "شهرين" | "عام" | "عامين"
                    | "سنه" | "سنتين"
            )
    };
    let before_after =
        |i: usize| i >= start && doc.tokens[i].kind == TokenKind::Word && matches!(&*doc.bases[i], "قبل" | "بعد");
    // ("بعد ساعات من إعلان الهدنة": a noun of its coming about between.)
    let onset_noun = |i: usize| {
        i >= start
            && matches!(strip_article(&doc.bases[i]), "اعلان" | "توقيع" | "بدء" | "دخول" | "سريان" | "انتهاء" | "اقرار")
    };
    let dated = hs > start + 2 && from(hs - 1) && span_of(hs - 2) && before_after(hs - 3)
        || hs > start + 3 && onset_noun(hs - 1) && from(hs - 2) && span_of(hs - 3) && before_after(hs - 4);
    // "بعد سنوات كانت فيها البلاد تسجل آلاف الإصابات": an era told as past, up to the harm.
    let era = (hs.saturating_sub(10).max(start)..hs.saturating_sub(2)).any(|k| {
        before_after(k)
            && span_of(k + 1)
            && matches!(doc.key(k + 2), "كانت" | "كان")
            && (k + 3..hs).all(|j| !matches!(doc.light(j), "," | "." | ";" | ":"))
    });
    let dated = dated || era;
    dated
        || harm
            && hs > start
            && (is(hs - 1, time) || hs > start + 1 && is(hs - 1, onset) && (is(hs - 2, time) || from(hs - 2)))
}

/// Whether the clause from `start` to `end` is told in the pluperfect ("وكان … قد عانى").
fn pluperfect(doc: &Document, start: usize, end: usize) -> bool {
    (start..end.min(start + 3))
        .any(|k| matches!(&*doc.bases[k], "كان" | "كانت") && (k + 1..(k + 5).min(end)).any(|j| &*doc.bases[j] == "قد"))
}

/// Whether the harm at token `hs` is told in a relative clause that describes what the main
/// clause, good news, acts on ("تعهدت المنظمة بترميم المباني [التي دمرها الزلزال]"): the
/// damage is the background of the repair.
fn relative_harm(doc: &Document, hits: &[CueHit], start: usize, hs: usize) -> bool {
    let Some(rel) = (hs.saturating_sub(3).max(start)..hs).rev().find(|&k| {
        doc.tokens[k].kind == TokenKind::Word
            && matches!(&*doc.bases[k], "التي" | "الذي" | "الذين" | "اللتين" | "اللذين")
    }) else {
        return false;
    };
    hits.iter().any(|x| x.kind == CueKind::Positive && x.tokens.end <= rel && x.weight > 0.0)
}

/// Whether a negator ending before token `from` reaches a cue starting at token `to`: every
/// word between is a bridge word or part of a name, the subject news puts between a
/// negated verb and its predicate ("لم يكن أحمد مصابا", "لم تعد سوريا آمنة").
///
/// A verbal negator (لم، لن، لا، ليس، عدم, and a verb of denial, "نفى") also passes over up to
/// two other words, the verb it negates and its subject, to the polar noun that is the
/// verb's subject or object ("لم يحقق الفريق الفوز", "لم تقع إصابات", "لا يمثل خسارة",
/// "ليست الخطة ناجحة", "نفى المتحدث وجود أي أزمة"); never over "إلا / سوى", which make it
/// restrictive ("لن يكون لها سوى أثر محدود": only a limited effect).
fn negation_reaches(doc: &Document, negator: &[String], from: usize, to: usize) -> bool {
    let bridge = bridge_words();
    let named = |i: usize| {
        doc.mentions_at(i).any(|mi| {
            matches!(doc.mentions[mi].kind, EntityKind::Person | EntityKind::Organization | EntityKind::Location)
        })
    };
    let verbal = negator.len() == 1
        && matches!(
            negator[0].as_str(),
            "لم" | "لن" | "لا" | "ليس" | "ليست" | "ليسوا" | "ليسا" | "عدم" | "نفي" | "نفت" | "ينفي"
        );
    let mut free = if verbal { 2 } else { 0 };
    // "لا" before a noun denies the noun itself ("لا ضرورة لإخفائها"): only before a verb
    // does it reach past it.
    if negator.len() == 1 && negator[0] == "لا" {
        let verb = from < to
            && doc.tokens[from].kind == TokenKind::Word
            && doc.segs[from].article == Article::None
            && doc.key(from).starts_with(['ي', 'ت', 'ن']);
        if !verb {
            free = 0;
        }
    }
    let mut used = false;
    // After "أي" the negated noun phrase runs on to the cue, complements and all ("لم تسجل
    // أي حالة انتقال محلي للمرض").
    let any = (from..to).find(|&i| doc.tokens[i].kind == TokenKind::Word && matches!(doc.key(i), "اي" | "ايه"));
    if to - from > if any.is_some() { 7 } else { 5 } {
        return false;
    }
    // A verb after a noun opens another predicate ("لم تقبل ملفاتهم [يمكنهم] الطعن"); verbs
    // in a row are one ("لم تعد تعاني").
    let mut noun_seen = false;
    let being = from < to && matches!(doc.key(from), "تعد" | "يعد" | "تكن" | "يكن" | "تزال" | "يزال" | "تبق" | "يبق");
    let reaches = (from..to).all(|i| {
        let w = doc.tokens[i].kind == TokenKind::Word;
        let verb_shaped = w
            && doc.segs[i].article == Article::None
            && doc.segs[i].prep.is_none()
            && doc.bases[i].starts_with(['ي', 'ت'])
            && doc.bases[i].chars().count() >= 4;
        // ("لم تعد الأنظمة تعمل": after a verb of being, the predicate's verb follows its
        // subject.)
        if verb_shaped && noun_seen && !being {
            return false;
        }
        if w && !verb_shaped && i > from {
            noun_seen = true;
        }
        if doc.tokens[i].kind != TokenKind::Word
            || doc.forms().get(i).any_in(bridge)
            || matches!(doc.key(i), "بشكل" | "بصوره" | "بطريقه")
            || named(i)
            || any.is_some_and(|a| i > a && !matches!(doc.key(i), "الا" | "سوي"))
        {
            return true;
        }
        if matches!(doc.key(i), "الا" | "سوي") || free == 0 {
            return false;
        }
        free -= 1;
        used = true;
        true
    });
    // Past the verb, only to its bare subject or object: no preposition on the way or on the
    // cue ("لا تحتاج إلى تصفيق", "لن يسمح بالاعتداء"), no new conjunct ("لم يتم والسبب مجهول").
    let prep_word = |i: usize| matches!(doc.key(i), "الي" | "علي" | "في" | "من" | "عن" | "مع");
    // Save the preposition a verb of outcome takes ("لم يتوصل الطرفان إلى اتفاق", "لم تسفر
    // المحادثات عن أي اتفاق", "لم تحصل الجامعة على جائزة").
    let outcome = from < to
        && doc.tokens[from].kind == TokenKind::Word
        && match doc.key(from) {
            "يتوصل" | "تتوصل" | "يتوصلوا" | "يتوصلا" | "تتوصلا" => Some("الي"),
            "يسفر" | "تسفر" => Some("عن"),
            "يحصل" | "تحصل" | "يحصلوا" | "يحصلا" | "تحصلا" => Some("علي"),
            "يفض" | "تفض" | "يؤد" | "تؤد" => Some("الي"),
            _ => None,
        }
        .is_some_and(|p| (from + 1..to).any(|i| doc.key(i) == p));
    let governed_prep = |i: usize| outcome && matches!(doc.key(i), "الي" | "عن" | "علي");
    // And the one a verb of suffering takes on its harm ("لم يتعرض المبنى لأي هجوم", "لم يصب
    // أحد بأذى").
    let suffered = (from < to && doc.tokens[from].kind == TokenKind::Word)
        .then(|| match doc.key(from) {
            "يتعرض" | "تتعرض" | "يتعرضوا" | "يتعرضا" | "تتعرضا" => Some('ل'),
            "يصب" | "تصب" | "يصابوا" | "يصاب" | "تصاب" => Some('ب'),
            _ => None,
        })
        .flatten();
    let end = any.unwrap_or(to);
    reaches
        && (!used
            || (from..=end).all(|i| {
                doc.tokens[i].kind != TokenKind::Word
                    || doc.segs[i].conj.is_none()
                        && (!prep_word(i) || governed_prep(i))
                        // ("لا تعمل بشكل طبيعي", "لم تعد تعمل بكفاءة": a manner adverb with ب.)
                        && (doc.segs[i].prep.is_none()
                            || suffered.is_some() && doc.segs[i].prep == suffered
                            || matches!(
                                doc.key(i),
                                "باسم" | "بالضروره" | "بالفعل" | "بشكل" | "بكفاءه" | "بنجاح" | "بصوره" | "بطريقه"
                            ))
            }))
}

/// Whether "إلا" follows a cue within two words, making its negation restrictive: "لم تتحسن
/// إلا قليلا" (improved only a little), "لا يعمل إلا …" (works only …) assert the cue.
fn exceptive_after(doc: &Document, hits: &[CueHit], end: usize) -> bool {
    (end..(end + 2).min(doc.tokens.len())).any(|i| {
        doc.tokens[i].kind == TokenKind::Word
            && matches!(doc.key(i), "الا" | "سوي")
            && !hits.iter().any(|h| h.kind == CueKind::Contrast && h.tokens.contains(&i))
            && !boundary_between(doc, hits, end - 1, i)
    })
}

/// Whether a past cue is an adjective that frames only the noun right before it
/// ("التوترات السابقة"), not a time phrase ("في وقت سابق", "الأسبوع الماضي").
fn past_adjective(words: &[String]) -> bool {
    words.len() == 1 && (words[0].starts_with("سابق") || words[0].starts_with("ماضي"))
}

/// Whether the harm starting at token `hs` ends a chain of harms in construct that opens at
/// most one word after token `from` ("من [تهمة] [التحريض]": each but the last without the
/// article, each right after the one before).
fn construct_chain(doc: &Document, hits: &[CueHit], from: usize, hs: usize) -> bool {
    let harm_at = |t: usize| hits.iter().find(|x| x.kind == CueKind::Negative && x.tokens.start == t);
    // (A construct is a few words long: the walk is bounded, whatever the text.)
    if hs > from + 8 {
        return false;
    }
    let Some(mut x) = (from..=from + 1).find_map(harm_at) else { return false };
    while x.tokens.start < hs && doc.segs[x.tokens.start].article == Article::None {
        match harm_at(x.tokens.end) {
            Some(next) => x = next,
            None => return false,
        }
    }
    x.tokens.start == hs
}

/// Whether a remedy's words stop or prevent what follows ("أوقف", "منع", "تجنب"): said of a
/// good thing, they harm it; easing, solving or cutting ("خفض الفائدة") do not.
fn stops(words: &[String]) -> bool {
    words.len() == 1
        && matches!(
            words[0].as_str(),
            "وقف" | "اوقف" | "منع" | "يمنع" | "تجنب" | "يتجنب" | "تفادي" | "جمد" | "جمدت" | "يجمد"
        )
}

/// Whether token `t` is a title of one word ("وزير", "رئيس", "سفير").
fn title_word(doc: &Document, t: usize) -> bool {
    doc.tokens[t].kind == TokenKind::Word && lexicon().titles.match_at(&doc.bases[t..t + 1], 0).is_some()
}

/// Whether a clause boundary lies strictly between tokens `a` and `b` (a < b).
fn boundary_between(doc: &Document, hits: &[CueHit], a: usize, b: usize) -> bool {
    (a + 1..b).any(|i| closes_clause(doc, i))
        || hits.iter().any(|h| h.kind == CueKind::Contrast && h.tokens.start > a && h.tokens.start < b)
}

/// After "لكن / غير أن / إلا أن" the clause carries the point of the sentence: it weighs
/// this much more, and the clause before, when the one after weighs something, this much.
const CONTRAST_AFTER: f64 = 1.5;
const CONTRAST_BEFORE: f64 = 0.6;

/// Verbs of refusal, folded: a good thing they take as their object is refused.
const REFUSALS: &[&str] = &["رفض", "رفضت", "يرفض", "ترفض", "رفضوا", "يرفضون", "رفضه", "رفضها"];

/// Words of appeal: what is called for after them ("داعيا إلى وقف إطلاق النار", "طالب
/// بالإفراج", "حث على التهدئة") is not happening; a good thing there keeps
/// [`WHETHER_FACTOR`] of its weight.
const APPEALS: &str =
    "داعيا داعية دعا دعت يدعو تدعو طالب طالبت يطالب تطالب مطالبا مطالبة مطالبين حث حثت يحث تحث ناشد ناشدت يناشد تناشد";

/// The words of [`APPEALS`], folded (the quotes stage reads them too).
pub(crate) fn appeal_words() -> &'static std::collections::HashSet<String> {
    static SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    word_set(&SET, APPEALS)
}

/// Whether an appeal word ([`APPEALS`]) followed by "إلى / على" or a word with "ب" lies before
/// token `hs` in its clause.
fn appealed(doc: &Document, hits: &[CueHit], start: usize, hs: usize) -> bool {
    let set = appeal_words();
    // The preposition right after the verb, or after its subject and object ("دعا الوزير
    // الطرفين إلى التوصل إلى اتفاق", "دعت المنظمة الدول الأوروبية إلى تعزيز …").
    (start..hs).any(|i| {
        doc.tokens[i].kind == TokenKind::Word
            && doc.forms().get(i).any_in(set)
            // "ناشد" takes whom it implores and what it asks for without a preposition
            // ("ناشدت السلطات المنظمات الدولية تقديم مساعدات").
            && (hs - i <= 5 && cue_forms(doc.forms().get(i)).any(|f| f.ends_with("ناشد") || f.ends_with("ناشدت"))
            // (إلى / على past a long subject and an adjunct: "دعا وزير الخارجية الأردني فلان
            // بعد مشاورات مع أنان إلى إنهاء …".)
            || (i + 1..=(i + 12).min(hs)).any(|j| {
                doc.tokens[j].kind == TokenKind::Word
                    && (matches!(doc.key(j), "الي" | "علي")
                        // "طالب بالإفراج", "طالبت المنظمة بالإفراج": past a subject of one or
                        // two words without a preposition.
                        // (A definite subject: "فاز طالب مصري بالميدالية" is a student.)
                        || j <= i + 4
                            && doc.segs[j].prep == Some('ب')
                            && (i + 1..j).all(|k| doc.segs[k].prep.is_none() && doc.segs[k].article != Article::None))
            }))
            && !boundary_between(doc, hits, i, hs)
    })
}

/// Words of purpose and need: a good thing after them in their clause is what something is
/// for or would take, not what happened ("لجمع 40 مليون دولار كي يتمكنوا من زراعة أرضهم",
/// "جاء النمو أقل من المستوى اللازم لخلق فرص عمل", "يحتاج إقرار القانون إلى موافقة الأغلبية").
const PURPOSE: &str = "كي لكي لازم لازمة ضروري ضرورية كافي كافية يحتاج تحتاج يتطلب تتطلب يستلزم تستلزم يشترط تشترط";

/// Whether a word of purpose or need ([`PURPOSE`]) lies before token `hs` in its clause.
fn purposed(doc: &Document, hits: &[CueHit], start: usize, hs: usize) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    let set = word_set(&SET, PURPOSE);
    (start..hs).any(|i| {
        doc.tokens[i].kind == TokenKind::Word && doc.forms().get(i).any_in(set) && !boundary_between(doc, hits, i, hs)
    })
}

/// Words of discussion and study: a good thing right after them, or one or two words on, is
/// the subject of talks or research, not their result ("سيبحث الوزيران سبل تعزيز التعاون",
/// "ناقش البرلمان بنود الاتفاق", "يدرس الباحثون نمو النباتات").
const DISCUSSION: &str =
    "بحث بحثت يبحث تبحث ناقش ناقشت يناقش تناقش مناقشة سبل يدرس تدرس قياس يقيس تقيس تناول تناولت يتناول تتناول";

/// Whether a word of discussion ([`DISCUSSION`]) lies at most three words before token `hs`
/// in its clause.
fn discussed(doc: &Document, hits: &[CueHit], start: usize, hs: usize) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    let set = word_set(&SET, DISCUSSION);
    (hs.saturating_sub(3).max(start)..hs).any(|i| {
        doc.tokens[i].kind == TokenKind::Word && doc.forms().get(i).any_in(set) && !boundary_between(doc, hits, i, hs)
    })
}

/// How much of its weight a cue keeps inside an indirect question ("ما إذا / إذا ما").
const WHETHER_FACTOR: f64 = 0.3;

/// Whether a hedge's words are "whether" ("ما إذا", "إذا ما", "فيما إذا"), folded.
/// "ما لم" (unless) is a condition the same way: what it sets as a condition is not said to
/// happen ("لن يتعافى ما لم تتوصل الحكومة إلى تفاهم").
fn whether(words: &[String]) -> bool {
    words.len() == 2 && (words.iter().any(|w| w == "اذا") || words[0] == "ما" && words[1] == "لم")
}

/// Whether a contrast word concedes what follows it: "رغم / على الرغم من", and "وإن كان"
/// (even if: "الزخم مرشح للاستمرار، وإن كانت التقلبات قد تضغط").
fn concessive(words: &[String]) -> bool {
    words.iter().any(|x| x.contains("رغم")) || words.len() == 2 && words[0] == "ان" && words[1].starts_with("كان")
}

/// How much of its weight a harm conceded ("رغم الوضع المتوتر") counts for the good the
/// sentence reports despite it, when the sentence asserts no harm.
const CONCEDED_HARM: f64 = 0.7;

/// Whether token `i` lies in a concession: after "رغم / على الرغم من" with no clause
/// boundary between.
fn conceded(doc: &Document, hits: &[CueHit], i: usize) -> bool {
    let lex = &lexicon().cues;
    hits.iter().any(|c| {
        c.kind == CueKind::Contrast
            && concessive(&lex.entry(c.entry).words)
            && c.tokens.end <= i
            && !boundary_between(doc, hits, c.tokens.end - 1, i)
    })
}

/// Whether the concession `o` opens its sentence's first clause ("رغم X، فإن Y", "على الرغم
/// من X، Y"): what follows its clause is the main one. (Not "نجحت المهمة رغم الصعوبات، و…".)
fn hits_before_clause_end(doc: &Document, hits: &[CueHit], o: &CueHit) -> bool {
    let start = doc.sentence_of(o.tokens.start).map_or(0, |k| doc.sentences[k].tokens.start);
    (start..o.tokens.start)
        .all(|i| doc.tokens[i].kind != TokenKind::Word || doc.segs[i].conj.is_some() && i + 1 == o.tokens.start)
        && !hits.iter().any(|h| h.kind.polar() && h.tokens.start < o.tokens.start)
}

/// Whether a hedge's words also negate: "قد لا" (may not: "قد لا ينجح الاتفاق").
fn may_not(words: &[String]) -> bool {
    words.len() > 1 && words.last().is_some_and(|w| w == "لا")
}

/// Whether a cue negates what it reaches: a negator, or a hedge that negates ([`may_not`]).
fn negates(o: &CueHit) -> bool {
    o.kind == CueKind::Negator || o.kind == CueKind::Hedge && may_not(&lexicon().cues.entry(o.entry).words)
}

/// The words a negator reaches by: "قد لا" reaches as "لا" does.
fn negator_words(words: &[String]) -> &[String] {
    if may_not(words) {
        &words[words.len() - 1..]
    } else {
        words
    }
}

/// How much of its weight a harm denied over "أي" ("دون أي مشاكل") counts as a good; a bare
/// denial counts 0.4.
const DENIED_OUTRIGHT: f64 = 0.65;

/// Applies negation, intensity, past framing, contrast and hedging to the polar cues.
fn scope(doc: &Document, start: usize, hits: &mut [CueHit]) {
    let lex = &lexicon().cues;
    let hedged = hits.iter().any(|h| h.kind == CueKind::Hedge);
    let snapshot: Vec<CueHit> = hits.to_vec();
    // A negator reaches the first polar cue after it only ("لم تستجب للعلاج وتوفيت").
    let first_polar_after = |o: &CueHit| snapshot.iter().find(|x| x.kind.polar() && x.tokens.start >= o.tokens.end);
    // Negation first: a negator reaches the first polar cue after it, over bridge words
    // ("لم يتم التوصل إلى أي تسوية").
    // The negators reaching each cue.
    let negators: Vec<Vec<usize>> = snapshot
        .iter()
        .map(|h| {
            let (hs, he) = (h.tokens.start, h.tokens.end);
            (0..snapshot.len())
                .filter(|&oi| {
                    let o = &snapshot[oi];
                    let oe = o.tokens.end;
                    h.kind.polar()
                        && negates(o)
                        && oe <= hs
                        && hs - oe <= 7
                        && !boundary_between(doc, &snapshot, oe - 1, hs)
                        && first_polar_after(o).is_some_and(|x| x.tokens == h.tokens)
                        && negation_reaches(doc, negator_words(&lex.entry(o.entry).words), oe, hs)
                        && !exceptive_after(doc, &snapshot, he)
                })
                .collect()
        })
        .collect();
    let mut negated: Vec<bool> = negators.iter().map(|n| n.len() % 2 == 1).collect();
    // A harm denied over "أي" ("دون أي مشاكل", "لم يشهد أي أعطال"): no harm at all, said
    // outright, which tells more than a bare denial.
    let emphatic: Vec<bool> = snapshot
        .iter()
        .enumerate()
        .map(|(hi, h)| {
            negated[hi]
                && h.kind == CueKind::Negative
                && negators[hi].iter().any(|&oi| {
                    (snapshot[oi].tokens.end..h.tokens.start)
                        .any(|i| doc.tokens[i].kind == TokenKind::Word && matches!(doc.key(i), "اي" | "ايه"))
                })
        })
        .collect();
    // A negated harm takes the harm right after it with it ("لم تعد تعاني من انقطاع الكهرباء":
    // no longer suffers from the outage), or the one its "من" names ("لا توجد مخاوف من انتشار
    // الوباء"), and a negated good its subject or object ("لم ينجح الاتفاق"), or the "أي"
    // phrase after its subject ("لم تحرز المحادثات أي تقدم"): what the verb does not do to it
    // is not asserted either.
    for j in 1..snapshot.len() {
        let Some(p) = (0..j).rev().find(|&p| snapshot[p].kind.polar()) else { continue };
        let (a, b) = (&snapshot[p], &snapshot[j]);
        let (ae, bs) = (a.tokens.end, b.tokens.start);
        if b.kind.polar()
            && negated[p]
            && !negated[j]
            && a.kind == b.kind
            && bs >= ae
            // (Not the setting or cause of the harm denied: "لم يصب أحد بأذى [في] الهجوم".)
            && (bs - ae == 0
                || bs - ae == 1 && !matches!(doc.key(ae), "في" | "خلال" | "اثناء" | "جراء" | "بسبب" | "اثر")
                || bs - ae == 2 && doc.key(ae) == "من"
                || bs - ae <= 3 && matches!(doc.key(bs - 1), "اي" | "ايه")
                // "لم تنجح المفاوضات في التوصل إلى اتفاق": what a success denied was to bring.
                || a.kind == CueKind::Positive && bs - ae <= 3 && doc.key(bs - 1) == "في"
                // "لم يتمكن المراقبون من الوصول إلى المنطقة للتحقق من الالتزام بالهدنة": what
                // the failed attempt was for, told with لـ and a verbal noun.
                || a.kind == CueKind::Positive
                    && bs - ae <= 8
                    && (ae + 1..bs).any(|k| {
                        let s = &doc.segs[k];
                        doc.tokens[k].kind == TokenKind::Word
                            && s.prep == Some('ل')
                            && s.enclitic.is_none()
                            // a noun ("للتحقق", "لتوزيع"), not a verb ("ليتمكن"): it takes
                            // the article in general use
                            && (s.article != Article::None
                                || lexicon().usage.get(&*doc.bases[k]).is_some_and(|u| u[1] >= 1))
                    }))
            && !boundary_between(doc, &snapshot, ae - 1, bs)
        {
            negated[j] = true;
        }
    }
    // A good subject before its negated verb of success fails with it ("فرق الإغاثة لم تتمكن
    // من دخول المخيم", "الاتفاق لم ينجح").
    for (q, h) in snapshot.iter().enumerate() {
        let failed = snapshot.iter().any(|o| {
            negates(o)
                && o.tokens.start == h.tokens.end
                && first_polar_after(o).is_some_and(|x| {
                    x.kind == CueKind::Positive
                        && snapshot.iter().position(|y| y.tokens == x.tokens).is_some_and(|y| negated[y])
                })
        });
        if h.kind == CueKind::Positive && !negated[q] && failed {
            negated[q] = true;
        }
    }
    // A remedy in the complement of a negated cue is not achieved, and the harm it would
    // remedy stays ("لم تحقق المفاوضات أي تقدم في معالجة الأزمة").
    for (j, h) in snapshot.iter().enumerate() {
        let hs = h.tokens.start;
        let unremedied = snapshot.iter().any(|o| {
            o.kind == CueKind::Remedy
                && o.tokens.end <= hs
                && hs - o.tokens.end <= 1
                && !boundary_between(doc, &snapshot, o.tokens.end - 1, hs)
                && snapshot.iter().enumerate().any(|(p, x)| {
                    x.kind.polar()
                        && negated[p]
                        && x.tokens.end <= o.tokens.start
                        && o.tokens.start - x.tokens.end <= 1
                        && !boundary_between(doc, &snapshot, x.tokens.end - 1, o.tokens.start)
                })
        });
        if h.kind == CueKind::Negative && !negated[j] && unremedied {
            negated[j] = true;
        }
    }
    // A good thing right after a word of harm, or one noun further in its construct, is what
    // is harmed ("تهديد السلام", "عرقلة جهود السلام", "طرد منظمات الإغاثة"): part of the harm.
    // A word of harm acts on what follows it: a verb or a noun in construct, without the
    // article ("يهدر المكاسب", "يقوض القرار جهود السلام": the subject may stand between); a
    // definite noun of harm before a verb is its subject instead ("الأزمة تعزز التعاون").
    // A good right after a harmed one is harmed with it ("أضاع الفريق فرصة التأهل").
    let mut harmed: Vec<bool> = vec![false; snapshot.len()];
    let mut stopped: Vec<bool> = vec![false; snapshot.len()];
    for (hi, h) in snapshot.iter().enumerate() {
        if h.kind != CueKind::Positive {
            continue;
        }
        let hs = h.tokens.start;
        // A remedy acts on a good thing as a harm does: stopped or prevented ("أوقفت المنظمة
        // المساعدات", "منع التعاون").
        let acts_on = |o: &CueHit| {
            let oe = o.tokens.end;
            // ("وقف على": stood at, inspected.)
            (o.kind == CueKind::Negative
                || o.kind == CueKind::Remedy
                    && stops(&lex.entry(o.entry).words)
                    && !(oe..hs).any(|k| doc.key(k) == "علي"))
                && doc.segs[hs].prep.is_none()
                && doc.segs[o.tokens.start].article == Article::None
                && !sound_plural_noun(doc, o.tokens.start)
                && oe <= hs
                && (hs - oe <= 1
                    || hs - oe == 2
                        && doc.tokens[oe].kind == TokenKind::Word
                        && doc.segs[oe].article != Article::None
                        && doc.segs[oe].prep.is_none()
                    // A refusal reaches past its subject or a request ("رفض طلب أنان رفع
                    // الحصار", "رفضت الحكومة الإسرائيلية وقف إطلاق النار").
                    || hs - oe <= 4
                        && o.kind == CueKind::Negative
                        && REFUSALS.contains(&doc.key(o.tokens.start).trim_start_matches(['و', 'ف']))
                        // (Not what one refused to speak about: "رفض الوزير الكشف عن تفاصيل
                        // الاتفاق", "رفضت الوزارة التعليق على نجاح العملية".)
                        && !(oe..hs).any(|k| {
                            matches!(
                                strip_article(&doc.bases[k]),
                                "تعليق" | "كشف" | "حديث" | "ادلاء" | "افصاح" | "رد" | "خوض" | "اجابه" | "تحدث"
                            )
                        }))
                && !boundary_between(doc, &snapshot, oe - 1, hs)
                && !snapshot.iter().any(|x| x.kind.polar() && x.tokens.start >= oe && x.tokens.end <= hs)
        };
        let prev = (0..hi).rev().find(|&p| snapshot[p].kind.polar());
        let after_harmed = prev.is_some_and(|p| {
            harmed[p]
                && hs >= snapshot[p].tokens.end
                && hs - snapshot[p].tokens.end <= 1
                && !boundary_between(doc, &snapshot, snapshot[p].tokens.end - 1, hs)
        });
        // A definite good right before a verb of harm is its subject, undone ("هذه المكاسب
        // تبخرت", "الاتفاق انهار").
        let undone = |o: &CueHit| {
            o.kind == CueKind::Negative
                && o.tokens.start == h.tokens.end
                && doc.segs[hs].article != Article::None
                && doc.segs[o.tokens.start].article == Article::None
                && doc.segs[o.tokens.start].prep.is_none()
                && verb_form(doc.key(o.tokens.start))
        };
        harmed[hi] =
            snapshot.iter().enumerate().any(|(oi, o)| !negated[oi] && (acts_on(o) || undone(o))) || after_harmed;
        // Stopped outright, the good thing is lost whole: no word of harm carries the rest.
        // (Not the verb's subject, right after it with its object after: "وتمنع المعاهدة
        // انتشار الأسلحة".)
        let he = h.tokens.end;
        let subject_with_object = he < doc.tokens.len()
            && doc.tokens[he].kind == TokenKind::Word
            && doc.segs[he].prep.is_none()
            && doc.segs[he].conj.is_none()
            && !matches!(doc.light(he), "," | "." | "،");
        stopped[hi] = snapshot
            .iter()
            .any(|o| o.kind == CueKind::Remedy && acts_on(o) && !(o.tokens.end == hs && subject_with_object));
    }
    for (hi, h) in hits.iter_mut().enumerate().filter(|(_, h)| h.kind.polar()) {
        let (hs, he) = (h.tokens.start, h.tokens.end);
        let mut w = h.weight;
        h.negated = negated[hi];
        // How much a harm left behind counts ("خالية من": free of a harm counts more).
        let mut behind = 1.0f64;
        for o in &snapshot {
            let (os, oe) = (o.tokens.start, o.tokens.end);
            // A past frame before the harm, with no negator between: "انتهت الرحلة دون أي عوائق"
            // denies the harm, it does not leave one behind.
            let before = oe <= hs
                && hs - oe <= 3
                && !boundary_between(doc, &snapshot, oe - 1, hs)
                && !snapshot.iter().any(|x| negates(x) && x.tokens.start >= oe && x.tokens.end <= hs);
            let near = (oe <= hs && hs - oe <= 1 && !boundary_between(doc, &snapshot, oe - 1, hs))
                || (os >= he && os - he <= 1 && !boundary_between(doc, &snapshot, he - 1, os));
            match o.kind {
                CueKind::Intensifier | CueKind::Diminisher if near => w *= lex.entry(o.entry).weight,
                // A remedy reaches the negative right after it, or one noun further in its
                // construct ("مكافحة الفساد", "سد الثغرات", "الحد من انتشار الوباء"), never what
                // comes before ("أزمة سد النهضة").
                // So does a harm in the construct of one it reaches ("برأت المحكمة فلانا من تهمة
                // التحريض": the incitement with the charge).
                CueKind::Remedy if w < 0.0 => {
                    let remedied = oe <= hs
                        && !boundary_between(doc, &snapshot, oe - 1, hs)
                        && (hs - oe <= 1
                            && !snapshot.iter().any(|x| x.kind.polar() && x.tokens.start >= oe && x.tokens.end <= hs)
                            || construct_chain(doc, &snapshot, oe, hs));
                    if remedied {
                        h.past = true;
                        behind = behind.max(lex.entry(o.entry).weight);
                    }
                }
                CueKind::Past if w < 0.0 => {
                    let words = &lex.entry(o.entry).words;
                    // "أصبح … جزءا من الماضي": every harm before it in its clause is over
                    // ("المرض الذي عانى منه الفراعنة أصبح اليوم جزءا من تاريخها").
                    // "تجاوزت الخسائر مليار دولار": a harm going past a figure or a limit
                    // exceeds it, it is not overcome.
                    let exceeds = words[0].starts_with("تجاوز")
                        && (he..(he + 3).min(doc.tokens.len())).any(|i| {
                            doc.tokens[i].kind == TokenKind::Number
                                || doc.tokens[i].kind == TokenKind::Word
                                    && (number_word(doc.key(i))
                                        || matches!(strip_article(doc.key(i)), "حد" | "حاجز" | "عتبه" | "سقف"))
                        });
                    let framed = if exceeds {
                        false
                    } else if words[0] == "جزء" {
                        os >= he && !boundary_between(doc, &snapshot, he - 1, os)
                    } else if past_adjective(words) {
                        // "منذ فيضانات العام الماضي": since a harm dated by the adjective of a
                        // time noun, what it brought goes on; it is not behind.
                        let dated = os == he + 1
                            && hs > 0
                            && doc.tokens[hs - 1].kind == TokenKind::Word
                            && doc.key(hs - 1) == "منذ"
                            && matches!(
                                strip_article(doc.key(he)),
                                "عام"
                                    | "شهر"
                                    | "اسبوع"
                                    | "سنه"
                                    | "يوم"
                                    | "صيف"
                                    | "شتاء"
                                    | "خريف"
                                    | "ربيع"
                                    | "موسم"
                            );
                        // (A verb of harm is no noun the adjective describes: "أفشلت محاولات
                        // سابقة" — the attempts were earlier, the failing is told.)
                        let verb = doc.segs[hs].article == Article::None && verb_form(doc.key(hs));
                        // Nor one after an office ("بسجن وزير سابق": a former minister).
                        let office = os == he + 1 && title_word(doc, he);
                        !dated
                            && !verb
                            && !office
                            && os >= he
                            && os - he <= 1
                            && !boundary_between(doc, &snapshot, he - 1, os)
                    } else {
                        before || (os >= he && os - he <= 2 && !boundary_between(doc, &snapshot, he - 1, os))
                    };
                    // A page turned on a harm counts it more than a harm merely behind
                    // ("طويت صفحة الخلاف": the entry's weight).
                    if framed {
                        h.past = true;
                        behind = behind.max(lex.entry(o.entry).weight);
                    }
                }
                _ => {}
            }
        }
        // …and so is a definite one with an adjective of harm right after it ("منظمات الإغاثة
        // المطرودة", "الاتفاق الهش"): both words carry the article and the second no
        // proclitic, which tells the adjective from a construct ("تحسن مشكلة الشخير") or a
        // new phrase ("المساعدات للنازحين").
        let harmed_after = |o: &CueHit| {
            o.kind == CueKind::Negative
                && o.tokens.start == he
                && doc.tokens[o.tokens.start].kind == TokenKind::Word
                && doc.segs[o.tokens.start].article != Article::None
                && doc.segs[o.tokens.start].prep.is_none()
                && doc.segs[o.tokens.start].conj.is_none()
                && doc.segs[he - 1].article != Article::None
        };
        // A good thing denied is bad already: a word of harm over its absence does not turn it
        // back ("انتقدت المنظمة غياب الإنقاذ").
        if w > 0.0 && !h.negated && (harmed[hi] || snapshot.iter().any(harmed_after)) {
            w *= if stopped[hi] { -1.0 } else { -0.5 };
        }
        if h.past && h.negated {
            // A harm not left behind stays ("لن تحل مشكلات الاقتصاد", "لم يتم تجاوز الأزمة").
            w = -0.8 * w.abs();
            (h.negated, h.past) = (false, false);
        } else if h.past && appealed(doc, &snapshot, start, hs) {
            // A harm someone calls to end is still there ("دعا الوزير إلى إنهاء فوري للحصار").
            w = -0.5 * w.abs();
            h.past = false;
        } else if h.past {
            w = 0.3 * w.abs() * behind;
        } else if in_background(doc, start, hs, w < 0.0) || w < 0.0 && relative_harm(doc, &snapshot, start, hs) {
            w *= BACKGROUND_FACTOR;
        }
        if h.negated {
            w = if w > 0.0 {
                -0.8 * w
            } else if emphatic[hi] {
                -DENIED_OUTRIGHT * w
            } else {
                -0.4 * w
            };
        }
        // Contrast: the clause after "لكن" is foregrounded; the one before weighs less only
        // when the clause after weighs something against it ("نجحت المركبة، لكن دون علم
        // العلماء" still reports a success); a concession ("رغم X") is granted, not asserted.
        for o in snapshot.iter().filter(|o| o.kind == CueKind::Contrast) {
            let concessive = concessive(&lex.entry(o.entry).words);
            let polar_after = snapshot.iter().any(|x| x.kind.polar() && x.tokens.start >= o.tokens.end);
            if o.tokens.end <= hs {
                if concessive {
                    if !boundary_between(doc, &snapshot, o.tokens.end - 1, hs) {
                        // A harm conceded where no harm is asserted ("كان الحضور كثيرا رغم
                        // الوضع المتوتر"): what the sentence reports held up against it.
                        let harm_asserted = snapshot
                            .iter()
                            .any(|x| x.kind == CueKind::Negative && !conceded(doc, &snapshot, x.tokens.start));
                        if w < 0.0 && !harm_asserted && !h.negated && !h.past {
                            w *= -CONCEDED_HARM;
                        } else if w > 0.0 && harm_asserted {
                            // A good conceded where a harm is asserted ("رغم التفوق …، فإن
                            // العائد تراجع"): what the harm came despite.
                            w *= 0.3;
                        } else {
                            w *= 0.6;
                        }
                    } else if hits_before_clause_end(doc, &snapshot, o) {
                        // "رغم التفوق في عدد السياح، فإن العائد تراجع": the clause after the
                        // concession carries the point, as after "لكن".
                        w *= CONTRAST_AFTER;
                    }
                } else {
                    w *= CONTRAST_AFTER;
                }
            } else if !concessive && o.tokens.start >= he && polar_after {
                w *= CONTRAST_BEFORE;
            } else if !concessive && o.tokens.start >= he && pluperfect(doc, start, o.tokens.start) {
                // "وكان اللاعب قد عانى من إصابة، لكنه عاد …": what had happened before the
                // contrast is the background of what the sentence reports.
                w *= BACKGROUND_FACTOR;
            }
        }
        // An indirect question ("ستقرر ما إذا كانت المباراة أجلت") asks what follows it in its
        // clause; it does not report it.
        let asked = snapshot.iter().any(|o| {
            o.kind == CueKind::Hedge
                && whether(&lex.entry(o.entry).words)
                && o.tokens.end <= hs
                && !boundary_between(doc, &snapshot, o.tokens.end - 1, hs)
        });
        // "كان من الممكن أن تجعل الحفل فريدا", "كان يمكن أن تقع كارثة": what could have been and
        // was not: a good missed, a harm escaped.
        let counterfactual = snapshot.iter().any(|o| {
            o.kind == CueKind::Hedge
                && o.tokens.end <= hs
                && o.tokens.start > start
                && doc.tokens[o.tokens.start - 1].kind == TokenKind::Word
                && matches!(&*doc.bases[o.tokens.start - 1], "كان" | "كانت")
                && lex
                    .entry(o.entry)
                    .words
                    .iter()
                    .any(|w| w.contains("ممكن") || w.contains("يمكن") || w.contains("امكان"))
                && !boundary_between(doc, &snapshot, o.tokens.end - 1, hs)
        });
        if counterfactual {
            w *= if w > 0.0 { -0.5 } else { -0.3 };
        }
        if asked
            || w > 0.0
                && (appealed(doc, &snapshot, start, hs)
                    || discussed(doc, &snapshot, start, hs)
                    || purposed(doc, &snapshot, start, hs))
        {
            w *= WHETHER_FACTOR;
            h.unasserted = true;
        }
        if hedged {
            w *= HEDGE_FACTOR;
        }
        h.weight = round3(w);
    }
}

/// Each section's label ("hedged" when most of its opinion is hedged) and score.
fn sections(doc: &Document, ss: &[SentenceStance]) -> Vec<(String, f64)> {
    let n = doc.layout.sections.len();
    let mut out = Vec::with_capacity(n);
    for sec in 0..n {
        let (mut pos, mut neg, mut op, mut hed, mut any_hedge) = (0.0, 0.0, 0, 0, 0);
        for (si, _) in doc.sentences.iter().enumerate().filter(|(_, s)| s.section == sec) {
            let st = &ss[si];
            if st.raw > 0.0 {
                pos += st.raw;
            } else {
                neg -= st.raw;
            }
            if Label::of_sentence(st.raw) != Label::Neutral {
                op += 1;
                hed += st.hedged as usize;
            }
            any_hedge += st.hedged as usize;
        }
        let label = Label::of_masses(pos, neg);
        let hedged_section = (op > 0 && hed * 2 > op) || (op == 0 && any_hedge >= 2);
        let name = if hedged_section { "hedged" } else { label.name() };
        out.push((name.to_string(), round3((pos - neg) / (pos + neg + 1.0))));
    }
    out
}

/// What each quoted speaker says, weighed by the cues inside their quotes.
fn holders(doc: &Document, ss: &[SentenceStance]) -> Vec<HolderInfo> {
    let mut out: Vec<HolderInfo> = Vec::new();
    for q in &doc.quotes {
        let name = match (q.speaker, q.speaker_text) {
            (Some(e), _) => doc.entities[e].name.clone(),
            (None, Some(t)) => doc.slice(t).to_string(),
            (None, None) => continue,
        };
        let (mut pos, mut neg) = (0.0, 0.0);
        for st in &ss[q.sentence.min(ss.len().saturating_sub(1))..] {
            for c in st.cues.iter().filter(|c| q.content.contains(c.span)) {
                if c.weight > 0.0 {
                    pos += c.weight;
                } else {
                    neg -= c.weight;
                }
            }
            if st.cues.last().is_some_and(|c| c.span.start > q.content.end) {
                break;
            }
        }
        let h = match out.iter_mut().position(|h| h.entity == q.speaker && (q.speaker.is_some() || h.name == name)) {
            Some(i) => &mut out[i],
            None => {
                out.push(HolderInfo { entity: q.speaker, name, pos: 0.0, neg: 0.0, sentences: Vec::new() });
                out.last_mut().unwrap()
            }
        };
        h.pos += pos;
        h.neg += neg;
        if !h.sentences.contains(&q.sentence) {
            h.sentences.push(q.sentence);
        }
    }
    out
}

/// The article's topic: the leading topic noun and the most salient entities.
fn topic(doc: &Document) -> Topic {
    let lex = lexicon();
    let mut counts: Vec<(&(String, String), f64, usize)> = Vec::new();
    let headline = doc.layout.headline;
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            continue;
        }
        let stem = strip_article(&doc.bases[i]);
        let Some(topic) = lex.cues.topic(stem) else { continue };
        let w = if headline.is_some_and(|h| h.contains(t.span)) { 3.0 } else { 1.0 };
        match counts.iter_mut().find(|c| c.0 .0 == topic.0) {
            Some(c) => c.1 += w,
            None => counts.push((topic, w, i)),
        }
    }
    let best = counts.iter().filter(|c| c.1 >= 2.0).max_by(|a, b| a.1.total_cmp(&b.1).then(b.2.cmp(&a.2)));
    let gloss = best.map(|b| b.0 .1.clone());
    let noun = best.map(|b| b.0 .0.clone());
    // The entities it concerns: the most salient named people, organisations and places.
    // A one-word name spelled like a topic noun or a cue is that word, not the name ("سيول":
    // flash floods, not Seoul).
    let common = |e: usize| {
        let name = doc.entities[e].name.trim();
        !name.contains(' ') && {
            let folded = strip_article(&crate::text::normalize::key(name)).to_string();
            lex.cues.topic(&folded).is_some()
                || [CueKind::Positive, CueKind::Negative].into_iter().any(|k| lex.cues.find(&[name], k).is_some())
        }
    };
    let mut ents: Vec<usize> = (0..doc.entities.len())
        .filter(|&e| {
            matches!(doc.entities[e].kind, EntityKind::Person | EntityKind::Organization | EntityKind::Location)
                && doc.entities[e].salience >= 0.25
                && !common(e)
        })
        .collect();
    ents.sort_by(|&a, &b| doc.entities[b].salience.total_cmp(&doc.entities[a].salience).then(a.cmp(&b)));
    ents.truncate(3);
    // Two places make a pair unless one lies in the other ("السعودية" and its capital "الرياض"):
    // the article is then about the one country, not about relations "between" them.
    let mut countries: Vec<usize> = Vec::new();
    for &e in &ents {
        let ent = &doc.entities[e];
        if ent.kind != EntityKind::Location || ent.salience < 0.4 || countries.len() == 2 {
            continue;
        }
        let nested = countries.iter().any(|&c| ent.affiliation == Some(c) || doc.entities[c].affiliation == Some(e));
        if !nested {
            countries.push(e);
        }
    }
    let latin =
        |e: usize| doc.entities[e].latin.clone().unwrap_or_else(|| crate::romanize::romanize(&doc.entities[e].name));
    let (ar, en) = match (&noun, &gloss) {
        (Some(n), Some(g)) => {
            let with_article = if n.starts_with("ال") { n.clone() } else { format!("ال{n}") };
            if countries.len() == 2 {
                let (a, b) = (countries[0], countries[1]);
                (
                    format!("{with_article} بين {} و{}", doc.entities[a].name, doc.entities[b].name),
                    format!("{g} between {} and {}", latin(a), latin(b)),
                )
            } else if let Some(&e) = ents.first() {
                let ent = &doc.entities[e];
                if ent.kind == EntityKind::Location {
                    (format!("{with_article} في {}", ent.name), format!("{g} in {}", latin(e)))
                } else if strip_article(&ent.name).starts_with(strip_article(n)) {
                    // The entity's name already says it: "البنك المركزي التركي", not "بنك البنك المركزي التركي".
                    (ent.name.clone(), latin(e))
                } else {
                    (format!("{n} {}", ent.name), format!("{g} involving {}", latin(e)))
                }
            } else {
                (with_article, g.clone())
            }
        }
        _ => {
            let head = headline.map(|h| doc.slice(h).trim().to_string()).unwrap_or_default();
            if !head.is_empty() {
                let short: Vec<&str> = head.split_whitespace().take(12).collect();
                (short.join(" "), String::new())
            } else if !ents.is_empty() {
                (
                    ents.iter().map(|&e| doc.entities[e].name.as_str()).collect::<Vec<_>>().join("، "),
                    ents.iter().map(|&e| latin(e)).collect::<Vec<_>>().join(", "),
                )
            } else {
                (String::new(), String::new())
            }
        }
    };
    Topic { ar, en, noun, entities: ents }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stance(text: &str) -> StanceInfo {
        let a = crate::Analyzer::default();
        let mut doc = a.text_layer(text).unwrap();
        crate::text::sentences::split(&mut doc);
        assess(&mut doc);
        doc.stance
    }

    fn raw(text: &str) -> f64 {
        stance(text).sentences.iter().map(|s| s.raw).sum()
    }

    #[test]
    fn polarity_and_negation() {
        assert!(raw("وأكد الجانبان تعزيز التعاون بينهما.") > 0.5);
        assert!(raw("وتصاعدت التوترات بعد فرض عقوبات جديدة.") < -0.5);
        assert!(raw("ولم تنجح المفاوضات.") < 0.0, "a negated positive is negative");
        assert!(raw("وتحدث عن عدم الاستقرار في المنطقة.") < 0.0);
        assert!(raw("ولم يتم التوصل إلى أي تسوية.") < 0.0, "a negator passes over light words");
        assert!(raw("لم يتحقق أي تقدم حتى الآن في المحادثات.") < 0.0, "and over verbs of occurring");
        assert!(raw("ولم يطرأ أي تحسن على الوضع.") < 0.0);
    }

    #[test]
    fn burdens_lifted_and_harms_counted_then_reduced() {
        assert!(raw("وقررت الحكومة إلغاء القيود على السفر.") > 0.0, "a burden cancelled");
        assert!(raw("وقررت الحكومة إلغاء الرسوم الجمركية على السيارات.") > 0.0);
        assert!(raw("وأعلن الوزير إلغاء الحفل.") < 0.0, "a cancellation is still bad news");
        assert!(raw("رفعت الحكومة القيود على السفر.") > 0.5, "the verb apart from its object");
        assert!(raw("رفعت واشنطن العقوبات عن إيران.") > 0.5);
        assert!(raw("وقررت الحكومة رفع قيمة العقوبات على المتحرشين.") < 0.0, "raising the penalties");
        // The disease a count of harm is of goes with it.
        assert!(raw("تراجعت إصابات الكوليرا في اليمن.") > 0.5);
        assert!(raw("وقالت المنظمة إن عدد الإصابات بالكوليرا انخفض بنسبة أربعين بالمئة.") > 0.0);
        assert!(raw("ارتفعت الإصابات بالكوليرا.") < -0.5);
    }

    #[test]
    fn negation_stops_at_another_predicate_and_covers_what_success_was_to_bring() {
        assert_eq!(raw("وقالت اللجنة إن المترشحين الذين لم تقبل ملفاتهم يمكنهم الطعن."), 0.0);
        assert!(raw("لم تنجح المفاوضات في التوصل إلى اتفاق.") < -0.5);
        assert_eq!(raw("ولم تصدر الوزارة أي تعليق."), 0.0, "issues, with و too");
        assert!(raw("وطعن المحامون في الحكم.") < 0.0, "an appeal is a dispute");
    }

    #[test]
    fn levels_turnout_and_what_is_only_asked_for() {
        assert!(raw("وشهدت الانتخابات إقبالا مرتفعا.") > 0.5);
        assert!(raw("وسجلت البطالة معدلات مرتفعة.") < -0.5);
        assert!(raw("إنتاج النفط العماني يسجل أعلى مستوى له منذ عشر سنوات.") > 0.5, "past a verb of recording");
        assert!(raw("وطالبت المنظمة بالإفراج الفوري عن المعتقلين.") < 0.0, "a release called for, past the subject");
        assert!(raw("ويحتاج إقرار القانون إلى موافقة الأغلبية المطلقة.") < 0.3, "an approval needed");
        assert_eq!(raw("وبلغ عدد الأعضاء اثني عشر عضوا."), 0.0, "twelve, not praise");
        assert!(raw("فاز طالب مصري بالميدالية الذهبية.") > 1.0, "a student, not a demand");
        assert!(raw("ويفضل المستثمرون أسهم مرتفعة المخاطر.") <= 0.0, "high-risk, no rise");
        assert!(raw("وأثنى الوزير على جهود الفريق.") > 0.5);
    }

    #[test]
    fn terms_without_tone_hide_the_cues_inside_them() {
        let s = stance("وقرر المصرف المركزي الأردني تثبيت أسعار الفائدة عند 7 بالمئة.");
        assert!(s.sentences.iter().all(|x| x.cues.is_empty()), "interest is no benefit: {:?}", s.sentences);
        assert!(raw("وقال إن للمشروع فائدة كبيرة للسكان.") > 0.0, "a benefit still is");
    }

    #[test]
    fn a_negator_stops_at_the_word_it_negates() {
        assert!(raw("ولم ينج أحد في الحادث.") < 0.0, "the negator takes ينج, not الحادث");
        assert!(raw("لكنها لا تلقى إلا الذل.") < 0.0, "لا … إلا affirms");
        assert!(raw("ولم تتحسن حالته إلا قليلا.") > 0.0, "negated, then إلا: only a little");
    }

    #[test]
    fn a_good_thing_harmed_is_bad() {
        assert!(raw("وتحدث عن تهديد السلام في المنطقة.") < -1.0);
        assert!(raw("وتحدث عن عرقلة وصول المساعدات.") < -1.0);
    }

    #[test]
    fn a_good_thing_with_an_adjective_of_harm_is_harmed() {
        assert!(raw("وتحدث عن الاتفاق الهش بين الطرفين.") < -0.5);
        assert!(raw("وطالبت بعودة منظمات الإغاثة المطرودة.") < -0.5);
        assert!(raw("وتحدث عن تحسن مشكلة النوم.") > 0.0, "a construct, not an adjective");
        assert!(raw("وقدم المساعدات للنازحين.") > -0.5, "a new phrase, not an adjective");
    }

    #[test]
    fn heading_somewhere_is_not_crowning() {
        assert_eq!(raw("وقالت إن البعثة تتوجه إلى جنيف الأسبوع المقبل."), 0.0);
        assert_eq!(raw("وقال إن الحركة لن تتوجه إلى الدوحة."), 0.0);
        assert!(raw("وتوجت الفرقة بالجائزة.") > 0.5);
    }

    #[test]
    fn a_noun_cue_read_as_a_verb_carries_no_tone() {
        assert!(raw("وأحرزت المفاوضات تقدما كبيرا.") > 0.5);
        assert!(raw("وأشار إلى تقدم في المحادثات.") > 0.0);
        for t in ["وتقدم الشركة خدمات جديدة.", "وقد تقدمت بطلب رسمي.", "وقالت إنها لم تقدم أي أغنية.", "وهو تقدم بطلب."]
        {
            assert_eq!(raw(t), 0.0, "{t}");
        }
    }

    #[test]
    fn a_time_phrase_is_not_past_framing() {
        assert!(raw("وأعلنت الوزارة في وقت سابق عن إصابة جديدة بالفيروس.") < 0.0);
        assert!(raw("وتجاوز البلدان التوترات السابقة.") >= 0.0);
    }

    #[test]
    fn past_framing_is_not_negative() {
        assert!(raw("وتسعى العلاقات إلى المضي قدما بعيدا عن التوترات السابقة.") >= 0.0);
    }

    #[test]
    fn hedges_are_marked() {
        let s = stance("وقد يؤدي الاتفاق إلى انفراج في العلاقات.");
        assert!(s.sentences.iter().any(|s| s.hedged));
        let s = stance("وقد وقع الطرفان الاتفاق.");
        assert!(!s.sentences.iter().any(|s| s.hedged), "قد before a past verb asserts");
        let s = stance("وكانت الحكومة قد أعلنت الاتفاق.");
        assert!(!s.sentences.iter().any(|s| s.hedged), "أعلنت is past");
        for past in ["وقد أشاد الوزير بالاتفاق.", "وقد تم توقيع الاتفاق.", "وقد نجحوا في التوصل إلى اتفاق."]
        {
            assert!(!stance(past).sentences.iter().any(|s| s.hedged), "{past}");
        }
        for present in ["وقد تؤدي الأزمة إلى انهيار الاقتصاد.", "وقد نشهد انفراجا قريبا.", "وقد يصوت البرلمان ضد الاتفاق."]
        {
            assert!(stance(present).sentences.iter().any(|s| s.hedged), "{present}");
        }
    }

    #[test]
    fn the_words_of_an_office_carry_no_tone() {
        // Held by no one named: "التعاون" names the ministry.
        assert_eq!(analyzed("استقبلت وزيرة التعاون الدولي سفير الاتحاد الأوروبي في القاهرة."), 0.0);
        assert_eq!(analyzed("وقال الأمين العام للاتفاقية إن الوفود وصلت."), 0.0);
        // What the office holder does, and the object of the verb, still count; so do what
        // a bare title's verb takes, and a quotation after it.
        assert!(analyzed("ووصف الرئيس الهجوم بأنه عمل إرهابي.") < -0.5);
        assert!(analyzed("وأضاف المتحدث «إن الهجوم فاشل».") < -0.5);
        assert!(analyzed("وتحدث وزير الخارجية بشأن الهجوم على السفارة.") < -0.5);
        assert!(analyzed("ووصف وزير الآثار الاكتشاف بأنه مهم.") > 0.0);
        assert!(analyzed("ورحب وزير الطاقة السعودي بالاتفاق.") > 0.0);
        assert!(analyzed("وهدد الأمين العام للنقابة باستئناف الإضراب.") < 0.0);
        // A title that is also a common noun ("مساعدة": an assistant, or help).
        assert!(analyzed("ويقدم البرنامج للأسر مساعدة في إيجاد عمل.") > 0.0);
    }

    /// The sum of the cue weights after the whole pipeline (names found by the tagger).
    fn analyzed(text: &str) -> f64 {
        let a = crate::Analyzer::default().analyze(text).unwrap();
        a.stance.sentences.iter().flat_map(|s| &s.cues).map(|c| c.weight).sum()
    }

    #[test]
    fn a_negator_reaches_past_the_subject_name() {
        assert!(analyzed("وأوضح الطبيب أنه لم يكن جاك ميلر مصابا بالفيروس.") > 0.0);
        assert!(analyzed("ولم يكن جون سميث مصابا.") > 0.0);
        assert!(analyzed("وأوضح الطبيب أن جاك مصاب بالفيروس.") < 0.0);
    }

    #[test]
    fn contrast_weakens_a_clause_only_against_another() {
        let alone = raw("ونجحت المهمة.");
        assert_eq!(raw("ونجحت المهمة، لكن دون علم أحد."), alone, "nothing polar after لكن");
        assert!(raw("ونجحت المهمة، لكن الخسائر كانت كبيرة.") < alone);
    }

    #[test]
    fn a_harm_conceded_where_none_is_asserted_tells_of_endurance() {
        assert_eq!(Label::of_sentence(raw("وكان الحضور كثيرا رغم الوضع المتوتر في البلاد.")), Label::Positive);
        assert!(raw("ونجحت المهمة رغم الصعوبات.") > raw("ونجحت المهمة."));
        assert!(raw("وتفاقمت الأزمة رغم الجهود الدولية.") < -0.5, "a good thing conceded stays granted");
        assert!(raw("وقتل عشرة أشخاص رغم الأزمة.") < -0.5, "a harm asserted keeps the conceded one a harm");
        // The clause after a concession that opens the sentence carries its point.
        let s = stance("رغم التفوق الذي حققته فرنسا في عدد السياح، فإن العائد المالي تراجع.");
        let w = |k: CueKind| s.sentences[0].cues.iter().find(|c| c.kind == k).map(|c| c.weight).unwrap();
        assert!(w(CueKind::Negative) < -0.5 && w(CueKind::Positive) < 0.5, "{:?}", s.sentences[0].cues);
        assert!(raw("وعلى الرغم من الصعوبات، نجحت المهمة.") > raw("ونجحت المهمة."));
    }

    #[test]
    fn a_remedied_harm_is_not_harm() {
        assert!(raw("وتعهدت الحكومة بمكافحة الفساد.") > 0.0);
        assert!(raw("ويهدف البرنامج إلى سد الثغرات في النظام.") > 0.0);
        assert!(raw("واتخذت الإجراءات المناسبة لسد الثغرات في النظام.") > 0.0, "a proclitic on سد");
        assert!(raw("وخرج من السجن قبل أن يبلغ الثامنة عشرة.") > 0.0, "a harm left behind");
        assert!(raw("وتسعى الحكومة إلى الخروج من الأزمة.") > 0.0);
        assert!(raw("وتفاقمت أزمة سد النهضة.") < -0.5, "a remedy reaches only what follows it");
    }

    #[test]
    fn a_conflict_that_dates_the_sentence_is_background() {
        assert_eq!(Label::of_sentence(raw("وعاد إلى بلاده منذ بداية الحرب.")), Label::Neutral);
        assert_eq!(Label::of_sentence(raw("وكان ذلك بعد أيام من بداية الأزمة.")), Label::Neutral);
        assert_eq!(Label::of_sentence(raw("وتفاقمت الأزمة في البلاد.")), Label::Negative);
    }

    #[test]
    fn news_register_positives() {
        for t in ["وأعلنت الشركة استحواذها على شركة ناشئة.", "وقالت إن الدور أعجبها كثيرا.", "وشكر الوزير المشاركين."]
        {
            assert_eq!(Label::of_sentence(raw(t)), Label::Positive, "{t}");
        }
    }

    #[test]
    fn help_and_fault_in_news_register() {
        assert_eq!(Label::of_sentence(raw("وقالت الدراسة إن الرياضة تفيد في علاج الأرق.")), Label::Positive);
        assert_eq!(Label::of_sentence(raw("ويؤخذ على الحكومة أنها تأخرت في الرد.")), Label::Negative);
    }

    #[test]
    fn protesters_are_people_not_a_harm() {
        assert_eq!(Label::of_sentence(raw("والتقى الوزير ممثلين عن المتظاهرين أمام البرلمان.")), Label::Neutral);
        assert_eq!(Label::of_sentence(raw("واعتقلت الشرطة عشرات المحتجين.")), Label::Negative);
    }

    #[test]
    fn an_indirect_question_asks_rather_than_reports() {
        assert_eq!(Label::of_sentence(raw("وستقرر اللجنة ما إذا كانت الحكومة قد فشلت في مهمتها.")), Label::Neutral);
        assert_eq!(Label::of_sentence(raw("وستقرر اللجنة إذا ما كانت الحكومة فشلت، وقد فشلت.")), Label::Negative);
        assert_eq!(Label::of_sentence(raw("وقالت اللجنة إن الحكومة فشلت في مهمتها.")), Label::Negative);
    }

    #[test]
    fn a_quiet_opening_with_a_stray_cue_is_neutral() {
        let body = "وأعلن المجلس الأربعاء انتخاب رئيس جديد له خلال اجتماعه في العاصمة. \
                    وحصل الرئيس الجديد على 62 صوتا من أصوات الأعضاء. \
                    وولد في المدينة عام 1959 وعمل في إدارة مؤسسات تجارية. \
                    ودرس الهندسة في الجامعة ثم انتقل إلى الخارج. \
                    وخرج من السجن قبل أن يبلغ الثامنة عشرة. \
                    ويشغل المجلس مقرا في وسط المدينة منذ سنوات.";
        let quiet = stance(&format!("انتخاب رئيس جديد للمجلس\n\n{body}"));
        assert_eq!(quiet.label, Label::Neutral, "{:?}", quiet.sentences);
        assert!(quiet.confidence > 0.0, "a neutral read over a stray cue still has some confidence");
        let loud = stance(&format!("انتخاب رئيس جديد للمجلس وسط أزمة حادة\n\n{body}"));
        assert_eq!(loud.label, Label::Negative, "a tone in the headline stands");
    }

    #[test]
    fn a_headline_weighing_good_against_harm_makes_mixed() {
        let body = "وعرض المهندس تطبيقه في مؤتمر في أمستردام. \
                    ويستغل التطبيق الثغرات في أنظمة التحكم. \
                    وكان رد فعل الشركات مفاجأة سارة. \
                    ويعمل المهندس في مجال الحاسوب منذ سنوات.";
        let split = stance(&format!("مهندس يبتكر تطبيقا يسمح باختطاف طائرة\n\n{body}"));
        assert_eq!(split.label, Label::Mixed, "{:?}", split.sentences);
        let harm = stance(&format!("مهندس يعرض تطبيقا يسمح باختطاف طائرة\n\n{body}"));
        assert_eq!(harm.label, Label::Negative, "{:?}", harm.sentences);
    }

    #[test]
    fn news_idioms_of_progress_and_loss() {
        for t in [
            "وتسير المملكة بخطى ثابتة نحو تحقيق الهدف.",
            "وتقفز الصادرات إلى 7 مليارات دولار.",
            "وقال المدرب إن اللاعبين قادرون على صنع المستحيل.",
            "وقال إن هناك بصيص أمل.",
            "وأكدت السلطات أن الوضع تحت السيطرة.",
            "واستؤنفت صادرات النفط.",
        ] {
            assert_eq!(Label::of_sentence(raw(t)), Label::Positive, "{t}");
        }
        for t in [
            "وهوت العملة الإيرانية.",
            "وقال إن الوضع يتدهور بسرعة.",
            "وأغلقت كثير من المحال أبوابها.",
            "وتآكلت القدرة الشرائية للمواطنين.",
            "ونفقت مئات المواشي.",
            "وسيؤدي القرار إلى نتائج عكسية.",
            "ولقي 17 شخصا على الأقل حتفهم.",
            "وفقد الريال أكثر من نصف قيمته.",
        ] {
            assert_eq!(Label::of_sentence(raw(t)), Label::Negative, "{t}");
        }
        assert!(raw("وقال إن النمو يبدو سلاحا ذا حدين.") < 0.0);
        assert!(raw("وطوت البلاد صفحة الحرب الأهلية.") > 0.0, "the verb and its object split by the subject");
    }

    #[test]
    fn spelled_or_used_in_another_sense() {
        // Hamzas and a final ى as written tell apart words that fold alike.
        assert_eq!(raw("تتراوح أعمارهم بين 20 و30 عاما."), 0.0, "ages, not reconstruction");
        assert!(raw("وبدأت إعادة إعمار المدينة.") > 0.0, "reconstruction");
        assert_eq!(raw("معظم العمال من آسيا."), 0.0, "Asia, not grief");
        assert_eq!(raw("وتنشر وزارة الموارد البشرية تقريرها."), 0.0, "human, not good news");
        assert_eq!(raw("وتحتفظ المدينة بهويتها الثقافية."), 0.0, "identity, not plunged");
        assert!(raw("وهوى المؤشر بنسبة 5 بالمئة.") < 0.0, "plunged");
        // Twice, is issued, was nicknamed.
        assert_eq!(raw("يبلغ طوله نحو ضعف طول الجسر القديم."), 0.0);
        assert_eq!(raw("وارتفع الإنتاج إلى ضعف ما كان عليه."), raw("وارتفع الإنتاج."));
        assert!(raw("ويعاني الاقتصاد من ضعف الطلب.") < 0.0, "weakness");
        assert_eq!(raw("وتصدر النتائج في منتصف العام المقبل."), 0.0);
        assert!(raw("وتصدر الفريق ترتيب الدوري.") > 0.0, "topped");
        assert_eq!(raw("ولقب الشاعر بأمير الشعراء."), 0.0);
        assert!(raw("وفاز الفريق بلقب البطولة.") > 0.0);
    }

    #[test]
    fn wikinews_registers_of_science_culture_sport_and_health() {
        assert!(raw("وقال إن النتائج مشجعة جدا.") > 0.0);
        assert!(raw("ارتفع عدد السياح العرب بنسبة 15 بالمئة.") > 0.0, "more visitors");
        assert!(raw("انخفض عدد الزوار بنسبة 30 بالمئة.") < 0.0, "fewer visitors");
        assert!(raw("وودع المنتخب البطولة من الدور الأول.") < 0.0, "the subject in the gap");
        assert!(raw("أعلنت الوكالة تعليق جميع الرحلات.") < 0.0);
        assert!(raw("ونفدت تذاكر الحفل قبل أيام من موعده.") > 0.0);
        assert!(raw("وأتلفت الأمطار مئات المخطوطات.") < 0.0);
        assert!(raw("وقال إن النتائج لم تكن على قدر الطموحات.") < 0.0, "negated");
        assert!(raw("وأدرجت اليونسكو المدينة القديمة على قائمة التراث العالمي.") > 0.0);
        assert_eq!(raw("وتقام البطولة في المغرب الشهر المقبل."), 0.0, "a tournament");
        let studied = raw("يدرس الباحثون نمو النباتات في التربة المالحة.");
        assert!(studied < 0.5 * raw("وسجلت النباتات نموا في التربة المالحة."), "what is studied: {studied}");
        assert!(raw("وأظهرت الدراسة تراجع معدلات الإصابة.") > 0.0, "what a study showed");
        assert_eq!(raw("ويدرس الباحثون عوامل الخطر."), 0.0, "a term");
    }

    #[test]
    fn a_pluperfect_a_span_of_time_before_and_an_appeal_over_its_object() {
        let injured = stance("وكان اللاعب قد تعرض لإصابة في الركبة.");
        assert!(!injured.sentences.iter().any(|s| s.hedged), "after كان, قد is the pluperfect");
        assert!(stance("قد يتعرض اللاعب لإصابة.").sentences.iter().any(|s| s.hedged));
        let dated = raw("وصل المسبار قبل أيام من إطلاق رفيقه.");
        assert!(dated > 0.0 && dated < 0.5 * raw("وشهد الأسبوع إطلاق رفيقه."), "a launch that only dates it: {dated}");
        assert!(raw("دعا الوزير الطرفين إلى التوصل إلى اتفاق.") < raw("توصل الطرفان إلى اتفاق."), "an appeal");
        assert_eq!(raw("ينتج الجهاز ضعف إنتاج الأجهزة المماثلة."), 0.0, "twice");
        assert_eq!(raw("وقال الكاتب إن الرواية ستصدر الشهر المقبل."), 0.0, "will be published");
        assert_eq!(raw("حضر المباراة 30 ألف مشجع."), 0.0, "fans");
        assert!(raw("يفشل البرلمان في انتخاب رئيس للجمهورية.") < 0.0);
        assert!(raw("ولم يكتمل النصاب القانوني للجلسة.") < 0.0);
        // What the rules above must not take: a weakness, a title won, a hedge after كان.
        assert!(raw("أدى ذلك إلى ضعف الطلب.") < 0.0, "weakness after إلى");
        assert!(raw("حسم الفريق لقب الدوري بفوزه.") > 0.0, "a title won");
        assert!(stance("ما كان يحدث قد يؤدي إلى أزمة.").sentences.iter().any(|s| s.hedged), "قد before an imperfect");
        assert!(raw("وطالب بالإصلاح.") < 0.5 * raw("وتحقق الإصلاح."), "an appeal with ب on its cue");
    }

    #[test]
    fn words_of_another_sense() {
        assert_eq!(raw("وزاد عدد المشاركين بنسبة تقارب 40 بالمئة."), 0.0, "approximately");
        assert!(raw("وأكد تقارب البلدين.") > 0.0, "rapprochement");
        assert_eq!(raw("وسجل الريال أدنى مستوى له على الإطلاق."), 0.0);
        assert_eq!(raw("وبلغت درجة الحرارة الحد الأقصى."), 0.0);
        assert_eq!(raw("وارتفعت الحرارة إلى أقصى مستوى."), 0.0);
        assert!(raw("وأقصي الفريق من البطولة.") < 0.0, "the passive verb before its subject");
        assert_eq!(raw("ويدر العمل عملة صعبة للبلاد."), 0.0);
        assert_eq!(raw("وتحقق الهيئة من توافق أجهزتهم مع الشبكة."), 0.0);
        assert_eq!(raw("وينص الاتفاق على انسحاب القوات."), raw("وينص الاتفاق."));
        assert!(raw("وأحرزت المحادثات تقدما حذرا.") > 0.0, "cautious progress is no warning");
        assert!(raw("وحذر الوزير من التصعيد.") < 0.0);
        let lost = stance("وقال إنه فقد الريال نصف قيمته.");
        assert!(!lost.sentences.iter().any(|s| s.hedged), "فقد before a noun is lost, not فـ + قد");
        assert!(raw("فقد أعلن الوزير الخطة.") == 0.0, "فقد before a verb is فـ + قد");
    }

    #[test]
    fn others_changed_unlike_and_excellency_are_no_cues() {
        assert!(raw("وبنت الحكومة المدارس والمستشفيات وغيرها من الإنجازات.") > 0.0, "and others");
        assert!(raw("وغيّرت الجائزة عاداته في الكتابة.") >= 0.0, "changed");
        assert!(raw("وهذا الوضع غير مستقر.") < 0.0, "the negator still negates");
        assert_eq!(raw("وعلى خلاف السنوات الماضية، افتتح المعرض في الربيع.").min(0.0), 0.0, "unlike");
        assert!(raw("والحزب على خلاف مع الحكومة.") < 0.0, "at odds with");
        assert!(raw("ولا يزال البلدان على خلاف حول ترسيم الحدود.") < 0.0, "at odds over");
        assert_eq!(raw("وحضر الاستقبال سعادة السفير عيسى بوشهاب."), 0.0, "his excellency");
        assert!(raw("وعبر عن سعادة كبيرة بالفوز.") > 0.0);
    }

    #[test]
    fn a_fronted_concession_ends_at_fa_inna_and_no_harm_suffered() {
        assert!(raw("ورغم الجهود الدولية فإن الأزمة تفاقمت.") < 0.0);
        // The Dutch "van" of a name is no "فإن".
        let a = crate::Analyzer::default()
            .analyze("عنوان\n\nودعا رئيس المجلس الأوروبي هيرمان فان رومبوي إلى وقف العنف.")
            .unwrap();
        assert_eq!(a.stance.label, "negative", "{:?}", a.stance);
        assert_eq!(Label::of_sentence(raw("ولم يتعرض المبنى لأي هجوم.")), Label::Neutral);
        assert_eq!(Label::of_sentence(raw("ولم يصب أحد بأذى.")), Label::Neutral);
        assert!(raw("وتعرض المبنى لهجوم.") < 0.0);
        // The setting of the harm denied still happened.
        assert!(raw("ولم يصب أحد بأذى في الهجوم.") < 0.0);
    }

    #[test]
    fn threats_kidnappers_outbreaks_and_releases() {
        assert!(raw("وتوعد الزعيم بالرد.") < 0.0);
        assert!(raw("وأبدت الحكومة انزعاجها من التصريحات.") < 0.0);
        assert!(raw("وتفشت الكوليرا في المدينة.") < 0.0);
        assert_eq!(raw("وقام الرئيس بزيارة خاطفة إلى بغداد."), 0.0, "a brief visit");
        assert_eq!(raw("وقد يؤثر القرار سلبا أو إيجابا على السوق."), 0.0);
        assert_eq!(raw("وصدرت بيانات ثقة المستهلك الأمريكي."), 0.0, "an indicator's name");
    }

    #[test]
    fn a_world_war_as_a_date() {
        assert_eq!(raw("وقبيل الحرب العالمية الأولى، استقر العالم في مدينة برلين."), 0.0);
        assert_eq!(Label::of_sentence(raw("وقبيل الحرب وصل الوزير.")), Label::Neutral, "just before, a date");
        assert!(raw("النظام غير قابل للإصلاح.") < 0.0, "beyond repair");
        assert!(raw("وقتل الملايين في الحرب العالمية الثانية.") < 0.0);
    }

    #[test]
    fn still_and_raised_forecasts_are_no_hedges() {
        for t in ["ولا تزال الخلافات قائمة.", "ولا يزال الاقتصاد ينمو بقوة.", "ورفع الصندوق توقعاته للنمو."]
        {
            assert!(!stance(t).sentences.iter().any(|s| s.hedged), "{t}");
        }
        assert!(raw("ولا تزال الخلافات قائمة.") < -0.5, "still is not negation");
        assert!(raw("ومن غير المرجح أن ينجح الاتفاق.") < 0.0, "unlikely reverses");
        assert!(raw("ومن المرجح أن ينجح الاتفاق.") > 0.0);
        assert!(raw("ومن غير المتوقع أن يتعافى الاقتصاد.") < 0.0);
    }

    #[test]
    fn an_aim_is_hedged_and_a_road_fraught_with_obstacles_is_bad() {
        assert!(stance("وتسعى روسيا إلى تعزيز علاقاتها مع واشنطن.").sentences.iter().any(|s| s.hedged));
        assert!(stance("وحاول البنك احتواء الأزمة.").sentences.iter().any(|s| s.hedged));
        assert!(raw("وقال إن الطريق محفوف بالمخاطر.") < -0.5);
    }

    #[test]
    fn a_negator_reaches_the_object_of_its_verb() {
        assert!(raw("ولم يحقق الفريق الفوز.") < 0.0);
        assert!(raw("ولم تصل حتى الآن أي مساعدات.") < 0.0);
        assert!(raw("ولم تقع إصابات.") > 0.0);
        assert!(raw("وقال إن القرار لا يمثل خسارة للاقتصاد.") > 0.0);
        assert!(raw("وليست الخطة ناجحة.") < 0.0);
        assert!(raw("ونفى المتحدث وجود أي أزمة.") > 0.0, "a denial");
        assert!(raw("وانتقد عدم التزام الحكومة بالاتفاق.") < 0.0);
        assert!(raw("ولم ينج أحد في الحادث.") < 0.0, "not over a preposition");
        assert!(raw("ولا ضرورة لإخفائها لأن اكتشافها سهل.") > 0.0, "لا before a noun denies the noun");
        assert!(raw("وقال إن الإجراءات لن يكون لها سوى أثر محدود.") < 0.0, "لا … سوى is only");
        assert!(raw("ولم تعد المدينة تعاني من انقطاع الكهرباء.") > 0.0, "no longer");
        assert!(raw("وقال إن الاقتصاد لن يتعافى ما لم تتوصل الحكومة إلى تفاهم.") < 0.0, "unless");
        assert!(raw("وقال إن الخطوة لن تحل مشكلات الاقتصاد.") < 0.0);
    }

    #[test]
    fn free_of_a_harm_and_a_harm_in_the_past() {
        assert_eq!(Label::of_sentence(raw("وحصلت البلاد على شهادة الخلو من مرض الملاريا.")), Label::Positive);
        assert!(raw("وأصبح المرض جزءا من الماضي.") > 0.0);
    }

    #[test]
    fn a_fall_of_a_bad_indicator_is_good_news() {
        for t in [
            "وتراجع معدل البطالة إلى 6.8%.",
            "وانخفض معدل التضخم إلى 2%.",
            "ونجحت الحكومة في خفض التضخم.",
            "والبطالة تراجعت.",
        ] {
            assert_eq!(Label::of_sentence(raw(t)), Label::Positive, "{t}");
        }
        assert!(raw("وخفضت المشاريع كلفة التوليد.") > 0.0);
        assert_eq!(Label::of_sentence(raw("وارتفع معدل البطالة.")), Label::Negative);
        assert_eq!(raw("وبلغ معدل التضخم 2%."), 0.0, "a level without direction");
        assert!(raw("وتحدث عن التضخم.") < 0.0, "the indicator alone is still a harm");
    }

    #[test]
    fn a_harm_acting_on_a_good_thing() {
        assert!(raw("وقال إن التأخر قد يهدر المكاسب.") < -0.5);
        assert!(raw("وأضاع الفريق فرصة التأهل.") < -0.5);
        assert!(raw("ويقوض القرار جهود السلام.") < -0.5, "the subject between");
        assert!(raw("وقال إن الأزمة الحادة تعزز التعاون بين البلدين.") > 0.0, "a harm as subject");
    }

    #[test]
    fn the_clause_after_but_carries_the_point() {
        assert_eq!(
            Label::of_sentence(raw("ونجح الوسطاء في تقريب وجهات النظر، غير أن الخلافات مستمرة.")),
            Label::Negative
        );
    }

    #[test]
    fn an_appeal_is_not_good_news() {
        let warned = raw("وحذر المكتب من تدهور الوضع.");
        let appeal = raw("وحذر المكتب من تدهور الوضع، داعيا إلى وقف فوري لإطلاق النار وفتح ممرات آمنة.");
        assert_eq!(Label::of_sentence(appeal), Label::Negative, "{warned} {appeal}");
        assert!(raw("وأعلن الطرفان وقف فوري لإطلاق النار.") > 0.5, "a ceasefire, split by its adjective");
    }

    #[test]
    fn a_negated_any_phrase_and_adverbs_on_the_way() {
        assert!(raw("ولم تسجل البلاد أي حالة انتقال محلي للمرض.") > 0.0);
        assert!(raw("وقال إن ذلك لا يمثل بالضرورة خسارة للاقتصاد.") > 0.0);
        assert!(raw("ونفى المتحدث باسم الحكومة وجود أي أزمة.") > 0.0);
        assert!(raw("وقالت إن الحكومة لن تسمح بأي فوضى.") < 0.0, "a preposition before أي still stops it");
    }

    #[test]
    fn a_remedy_negated_leaves_the_harm() {
        assert_eq!(Label::of_sentence(raw("وقال إن الخطوة لن تحل مشكلات الاقتصاد.")), Label::Negative);
    }

    #[test]
    fn a_thing_of_the_past_frames_its_clause() {
        assert!(raw("وقال إن المرض الذي عانى منه الفراعنة أصبح اليوم جزءا من تاريخها.") > 0.0);
    }

    #[test]
    fn even_if_concedes() {
        assert!(raw("ويرى اقتصاديون أن النمو مرشح للاستمرار، وإن كانت التقلبات قد تضغط على الإيرادات.") > 0.0);
    }

    #[test]
    fn meeting_needs_and_infringing_rights() {
        assert!(raw("والطاقة المتجددة تغطي ربع احتياجات الأردن من الكهرباء.") > 0.0);
        assert!(raw("وقال إن الحركة لن تقبل بأي صيغة تمس حقوق الشعب.") < 0.0);
        assert_eq!(raw("وقال البنك إنه سيواصل العمل للحفاظ على الاستقرار النقدي."), 0.0, "a policy aim");
    }

    #[test]
    fn a_name_spelled_like_a_topic_noun_is_not_in_the_topic() {
        let a = crate::Analyzer::default()
            .analyze(
                "سيول جارفة تجتاح حضرموت وتخلف قتلى\n\nالمكلا - خاص\nلقي 17 شخصا حتفهم جراء سيول جارفة اجتاحت \
                 محافظة حضرموت. وقالت السلطة المحلية في حضرموت إن السيول جرفت منازل. وتوقعت الأرصاد هطول \
                 أمطار جديدة على حضرموت.",
            )
            .unwrap();
        assert!(!a.stance.topic.contains("وسيول"), "{}", a.stance.topic);
    }

    #[test]
    fn recovering_and_coming_out_of_a_harm_over_the_subject() {
        assert!(raw("وخرجت البلاد من الركود.") > 0.0);
        assert!(raw("وتعافى الاقتصاد من آثار الأزمة.") > 0.0);
        assert!(raw("وأعلنت الوزارة أن البلاد خالية من الكوليرا.") > 0.0);
        assert!(raw("ولم يعد الوضع آمنا.") < 0.0);
    }

    #[test]
    fn the_subject_of_talks_is_not_their_result() {
        assert_eq!(Label::of_sentence(raw("وسيبحث الوزيران سبل تعزيز التعاون.")), Label::Neutral);
        assert_eq!(Label::of_sentence(raw("وناقش البرلمان بنود الاتفاق.")), Label::Neutral);
        assert_eq!(Label::of_sentence(raw("واتفق الوزيران على تعزيز التعاون.")), Label::Positive);
    }

    #[test]
    fn masses_give_labels() {
        assert_eq!(Label::of_masses(0.2, 0.1), Label::Neutral);
        assert_eq!(Label::of_masses(4.0, 3.5), Label::Mixed);
        assert_eq!(Label::of_masses(5.0, 1.0), Label::Positive);
        assert_eq!(Label::of_masses(1.0, 5.0), Label::Negative);
    }

    fn label(text: &str) -> Label {
        Label::of_sentence(raw(text))
    }

    fn hedged(text: &str) -> bool {
        stance(text).sentences.iter().any(|s| s.hedged)
    }

    #[test]
    fn turning_the_page_on_a_harm_is_good_news() {
        assert_eq!(label("وطوى الطرفان صفحة الخلاف."), Label::Positive);
        assert_eq!(label("وقال الوزير إن صفحة الخلاف طويت."), Label::Positive, "the page named first");
    }

    #[test]
    fn more_indicators_rise_and_fall() {
        for t in ["وتضاعف حجم التبادل التجاري.", "وارتفعت قيمة الصادرات.", "والمصنع من أقل المصانع انبعاثا للغازات."]
        {
            assert_eq!(label(t), Label::Positive, "{t}");
        }
        for t in [
            "وصعدت أسعار الوقود.",
            "والبطالة في البلاد تقفز إلى مستوى قياسي.",
            "وتباطأ النمو الاقتصادي.",
            "وقال إن النمو لن يتجاوز 1%.",
            "وتوقع الصندوق ألا يتجاوز النمو 2%.",
        ] {
            assert_eq!(label(t), Label::Negative, "{t}");
        }
        assert_eq!(raw("وتضم مجموعة البلدان الأقل نموا 46 بلدا."), 0.0, "a UN category");
        assert_eq!(raw("وقتل على الأقل عشرة أشخاص."), raw("وقتل عشرة أشخاص."), "at least");
    }

    #[test]
    fn reducing_or_ending_a_harm_is_good_news() {
        for t in [
            "وأعلنت الوزارة خلو المدينة من الوباء.",
            "وأشاد الوزير بقضائها على الفساد.",
            "والمشروع يخفف أزمة المياه.",
            "وخفضت الشركة ساعات انقطاع المياه.",
            "وتراجعت ساعات انقطاع الكهرباء.",
            "وستخفض المحطة ساعات الانقطاع.",
        ] {
            assert_eq!(label(t), Label::Positive, "{t}");
        }
        assert_eq!(label("وتراجع الاقتصاد جراء الحرب."), Label::Negative, "a fall beside a harm it does not reduce");
    }

    #[test]
    fn a_good_capped_warned_against_or_needed() {
        assert_eq!(label("وحذرت الخبيرة من الإفراط في التفاؤل بالنتائج."), Label::Negative);
        assert_eq!(label("وجاء النمو أقل من المستوى اللازم لخلق فرص عمل جديدة."), Label::Negative);
        assert_eq!(label("وقال إن الحكومة قد لا تنجح في مهمتها."), Label::Negative, "may not");
    }

    #[test]
    fn a_purpose_is_not_what_happened() {
        assert_eq!(label("وتمكن المزارعون من زراعة أرضهم."), Label::Positive);
        assert_eq!(label("وجمعت المنظمة الأموال كي يتمكن المزارعون من زراعة أرضهم."), Label::Neutral);
    }

    #[test]
    fn a_negated_progress_in_a_remedy_leaves_the_harm() {
        assert_eq!(label("ولم تحرز المحادثات أي تقدم في معالجة الخلاف."), Label::Negative);
    }

    #[test]
    fn denied_harms_are_good_news() {
        for t in [
            "ولا توجد مخاوف من عودة المرض.",
            "وقال إنه لا توجد أي قضايا عالقة تعيق التعاون.",
            "وجرى التصويت دون أي مشاكل.",
            "وانتهت الرحلة دون أي عوائق.",
            "ولم تسجل المحطة أي أعطال.",
            "وجرت العملية دون أي عوائق، بعد أشهر من المفاوضات.",
        ] {
            assert_eq!(label(t), Label::Positive, "{t}");
        }
        assert!(raw("ولم تقع إصابات.") < raw("ولم تقع أي إصابات."), "denied outright weighs more");
    }

    #[test]
    fn could_not_is_a_failure() {
        assert_eq!(label("ولم تتمكن البلدية من جمع النفايات."), Label::Negative);
        assert_eq!(label("وقالت إن قوافل الإغاثة لم تتمكن من الوصول إلى المدينة."), Label::Negative);
        assert_eq!(label("وقال إن الاتفاق لم ينجح."), Label::Negative, "a good subject fails with its verb");
    }

    #[test]
    fn news_vocabulary_of_round_six() {
        for t in [
            "وتطلق الوزارة منصة رقمية.",
            "وسيوفر المصنع مئات الوظائف.",
            "وأصبحت البلاد في مصاف الدول المتقدمة.",
            "وأعلنت الشركة عن كشف نفطي جديد.",
            "وأثبت النظام كفاءة عالية.",
        ] {
            assert_eq!(label(t), Label::Positive, "{t}");
        }
        for t in ["وعلق الاتحاد الأفريقي عضوية البلاد.", "وقال إن المدينة تغرق.", "وقال إن الفقراء يدفعون الثمن."]
        {
            assert_eq!(label(t), Label::Negative, "{t}");
        }
        assert_eq!(raw("وكان المسبار قد أطلق قبل 36 عاما."), 0.0, "a launch alone");
    }

    #[test]
    fn here_is_not_congratulated_and_disappointing_is_no_hedge() {
        assert_eq!(raw("ووصل الوزير إلى هنا أمس."), 0.0);
        assert!(raw("وهنأ الرئيس الفائزين.") > 0.5);
        assert_eq!(label("وقالت إن النتيجة مخيبة للآمال."), Label::Negative);
        assert!(!hedged("وقالت إن النتيجة مخيبة للآمال."));
    }

    #[test]
    fn procedural_terms_and_primary_care() {
        assert_eq!(raw("وتعلن القائمة بعد إغلاق باب الترشح."), 0.0);
        assert!(!hedged("ونجح برنامج الرعاية الصحية الأولية."), "primary, not preliminary");
        assert!(hedged("وأظهرت النتائج الأولية فوز الحزب."), "preliminary results");
    }

    #[test]
    fn outcomes_issuing_exceeding_vanishing_and_falling_harms() {
        // A negator reaches the outcome a verb of reaching takes with its preposition.
        assert_eq!(label("ولم يتوصل الطرفان إلى اتفاق."), Label::Negative);
        assert_eq!(label("ولم تسفر المحادثات عن أي اتفاق."), Label::Negative);
        assert_eq!(label("ولم يشر التقرير إلى الدعم."), Label::Positive, "not any preposition");
        // A need, denied or not, is not a thing done ("لا تحتاج إلى تصفيق").
        assert_eq!(label("ولا تحتاج الخطة إلى دعم."), Label::Neutral);
        // "لم تصدر" issues; "تصدر" alone tops.
        assert_eq!(raw("ولم تصدر الحكومة أي بيان."), 0.0);
        assert!(raw("وتصدر الفريق الترتيب.") > 0.5);
        // A harm going past a figure exceeds it; one past a crisis is overcome.
        assert_eq!(label("وتوقف التداول بعد أن تجاوزت الخسائر مليار دولار."), Label::Negative);
        assert!(raw("وتجاوزت البلاد الأزمة.") > 0.0);
        // A good subject of a verb of harm is undone.
        assert_eq!(label("إلا أن هذه المكاسب تبخرت خلال أيام."), Label::Negative);
        assert_eq!(label("وقال إن الاتفاق انهار."), Label::Negative);
        // A harm told as falling, subject first.
        assert_eq!(label("وقالت الوزارة إن عدد الإصابات انخفض بشكل كبير."), Label::Positive);
        assert_eq!(label("وسببت الحرب تراجعا كبيرا."), Label::Negative, "a decline the harm caused");
        // A routine opening alone is a plain fact.
        assert_eq!(label("افتتح الوزير المعرض يوم الثلاثاء."), Label::Neutral);
        assert_eq!(label("والتهمت النيران المبنى بالكامل."), Label::Negative);
    }

    #[test]
    fn counts_in_construct_and_goods_that_date_a_harm() {
        assert_eq!(label("تضاعف عدد مستخدمي التطبيق."), Label::Positive);
        assert_eq!(label("تراجع عدد زائري المتحف."), Label::Negative);
        // What a failed attempt was for fails with it.
        assert_eq!(label("لم يتمكن المراقبون من الوصول إلى المنطقة للتحقق من الالتزام بالهدنة."), Label::Negative);
        assert_eq!(label("لم تتمكن فرق الإغاثة من دخول المدينة لتوزيع المساعدات."), Label::Negative);
        assert_eq!(label("تمكن المراقبون من الوصول إلى المنطقة للتحقق من الالتزام بالهدنة."), Label::Positive);
        // A good thing that only dates a harm is no good news.
        assert_eq!(label("قتل جنديان بعد يومين من توقيع الاتفاق."), Label::Negative);
        assert_eq!(label("تجددت الاشتباكات بعد ساعات من إعلان الهدنة."), Label::Negative);
    }

    #[test]
    fn a_second_read_of_the_new_cues() {
        // Negation reaches a manner adverb with ب.
        assert_ne!(label("وقال إن المطار لا يعمل بشكل طبيعي."), Label::Positive);
        assert_eq!(label("ولم تعد الأنظمة تعمل بكفاءة."), Label::Negative);
        assert_ne!(label("ولم تعمل الحكومة بشكل فعال."), Label::Positive);
        // Crude is read as markets report it only as a price.
        assert_eq!(label("وارتفعت فاتورة استيراد النفط."), Label::Neutral);
        assert_ne!(label("وانخفض تسرب النفط."), Label::Negative);
        assert_eq!(label("وارتفعت أسعار خام برنت."), Label::Positive);
        // Stopping: not "وقف على" (inspected), not the verb's subject.
        assert_ne!(label("ووقف الأمير على التقدم المحرز."), Label::Negative);
        assert_ne!(label("وتمنع المعاهدة انتشار الأسلحة النووية."), Label::Negative);
        // Words another word is spelled like, left out of the list.
        assert_ne!(label("وأكد المتحدث أن الخبر عار عن الصحة."), Label::Negative);
        assert_ne!(label("ووعدوا بتقديم المساعدة."), Label::Negative);
        assert_ne!(label("وأصدر القاضي حكمه في القضية."), Label::Positive);
        assert_ne!(label("وأكد أن الدولة سخرت كل إمكاناتها لخدمة الحجاج."), Label::Negative);
    }

    #[test]
    fn stopped_denied_implored_and_forced() {
        // A good thing stopped or frozen is lost whole.
        assert_eq!(label("أوقفت الحكومة المساعدات للمزارعين."), Label::Negative);
        assert_eq!(label("وجمدت الدولتان التعاون العسكري."), Label::Negative);
        // Criticising the absence of a good thing does not turn it back into a good.
        assert_eq!(label("انتقدت المنظمة غياب الإنقاذ."), Label::Negative);
        assert_eq!(label("وأشار إلى أن انعدام الثقة بين الطرفين لا يزال قائما."), Label::Negative);
        // "لم يحصل X على": the negation reaches past a one-word subject to what was not won.
        assert_eq!(label("لم تحصل الجامعة على جائزة."), Label::Negative);
        assert_eq!(label("حصلت الجامعة على جائزة."), Label::Positive);
        // Aid implored is need, not relief.
        assert_eq!(label("ناشدت السلطات المنظمات الدولية تقديم مساعدات عاجلة للأسر النازحة."), Label::Negative);
        assert_eq!(label("اضطرت الحكومة إلى تقليص إنفاقها."), Label::Negative);
        assert_eq!(label("وأكد المهندسون أن جميع الأنظمة تعمل بكفاءة."), Label::Positive);
        // Names of offices and weapons carry no tone of their own.
        assert_eq!(label("قال وزير الهجرة واللاجئين إن الاجتماع سيعقد غدا."), Label::Neutral);
        assert_eq!(label("واستخدمت الشرطة الغاز المسيل للدموع."), label("واستخدمت الشرطة الغاز."));
        // Words whose spelling another word shares are kept out of the list ("كليات",
        // "تدعى", "آمنا").
        assert_eq!(
            label("افتتحت الجامعة ثلاث كليات جديدة تدعى كليات المستقبل."),
            label("افتتحت الجامعة ثلاث كليات جديدة.")
        );
        assert_eq!(label("أصبح الوضع آمنا."), Label::Positive);
    }

    #[test]
    fn cuts_landings_doubts_and_shortfalls() {
        // A fall of what is good when high ("خفض الأجور", "هبوط أسعار الأسهم") is bad news.
        assert_eq!(label("وقررت الحكومة خفض الأجور والمعاشات."), Label::Negative);
        assert_eq!(label("وأدى ذلك إلى هبوط أسعار الأسهم."), Label::Negative);
        assert_eq!(label("وأدى ذلك إلى ارتفاع أسعار الخبز."), Label::Negative, "prices are a cost");
        // Crude oil is read as markets report it, like shares.
        assert_eq!(label("وأدى ذلك إلى هبوط أسعار النفط."), Label::Negative);
        assert_eq!(label("وتراجعت أسعار النفط بسبب فائض المعروض."), Label::Negative);
        assert_eq!(label("وارتفعت البورصة بنسبة 2 بالمئة عند الإغلاق."), Label::Positive);
        // A landing is no fall.
        assert_eq!(label("ونجح هبوط المسبار على سطح المريخ."), Label::Positive);
        // "دون" reaches over a noun of occurring.
        assert_eq!(label("ومر عام دون وقوع أي حادث."), Label::Positive);
        assert_eq!(label("وأبدى أعضاء في الكونغرس شكوكا حول الاتفاق."), Label::Negative);
        assert_eq!(label("والتمويل المتوفر لا يكفي."), Label::Negative);
        assert_eq!(label("وتمثل المهمة خطوة كبيرة نحو فهم أصل النظام الشمسي."), Label::Positive);
    }

    #[test]
    fn an_era_left_behind_and_damage_a_repair_acts_on() {
        assert_eq!(label("ويأتي هذا الإنجاز بعد سنوات كانت فيها البلاد تسجل آلاف الإصابات."), Label::Positive);
        assert_ne!(label("وتعهدت المنظمة بترميم المباني التي دمرها الزلزال."), Label::Negative);
        // What had happened before a contrast is background.
        assert_ne!(label("وكان اللاعب قد عانى من إصابة العام الماضي، لكنه عاد هذا الموسم بمستوى قوي."), Label::Negative);
        assert_eq!(label("وعانى اللاعب من إصابة خطيرة."), Label::Negative);
        // A harm in a relative clause after a harm stays one.
        assert_eq!(label("وانتقد الوزير الهجوم الذي أدى إلى مقتل عشرة أشخاص."), Label::Negative);
    }

    #[test]
    fn empty_and_odd_inputs_do_not_panic() {
        for t in ["", "لا", "قد", "لكن", "،،،", "رغم", "\u{0}"] {
            let _ = stance(t);
        }
    }

    #[test]
    fn stopping_missing_and_finding() {
        assert!(raw("أوقفت المنظمة المساعدات الإنسانية للمخيمات.") < -0.3, "a good stopped");
        assert!(raw("منعت السلطات دخول المساعدات.") < -0.3, "a good prevented");
        assert!(raw("وقال إن الحكومة ستعمل على وقف التصعيد وتعزيز التعاون.") > 0.5, "a harm stopped");
        assert!(raw("وصف ممثل المفوضية للاجئين الاتفاق بأنه ناجح.") > 0.5, "a plural noun heads no construct");
        assert_eq!(analyzed("وصل وزير الخارجية إلى تشاد يوم الأحد."), 0.0, "a country's name has no tone");
        assert!(analyzed("سيول جارفة تجتاح مدينة جدة.") < -0.5, "a city's name may be a word of tone");
        assert!(raw("ولا يسمح للأندية بتسجيل لاعبين جدد بعد إغلاق الفترة.").abs() < 0.5);
        assert!(raw("وهي قضايا أفشلت محاولات سابقة للمصالحة.") < 0.5, "the adjective is the attempts'");
        assert!(raw("واختار الفريق موقع الهبوط.").abs() < 0.5, "a landing's site");
        assert!(raw("وقضت المحكمة بتغريم الشركة مليون دولار.") < -0.5);
        assert!(raw("وأطلقت الوزارة حملة تطعيم ضد شلل الأطفال.") > -0.5, "a disease vaccinated against");
        assert!(raw("وقضت المحكمة بسجن وزير سابق خمس سنوات.") < -0.5, "a former minister, not a harm behind");
        // Over-reaches a second read found.
        assert!(raw("وخفض البنك المركزي الفائدة لدعم النمو.") > 0.5, "cutting is not stopping");
        assert!(raw("وكان يسعى إلى تعزيز التعاون.") > 0.0, "no counterfactual without a modal");
        assert!(raw("وتعثر الفريق على أرضه.") < -0.5, "stumbled, not found");
        assert!(raw("وتقدم في الانتخابات عشرون مرشحا.").abs() < 0.5, "the verb after و");
        assert!(raw("وسقطت أمطار غزيرة.").abs() < 0.5);
        assert!(raw("وبعد عام من الزلزال، لا يزال آلاف السكان يعانون.") < -0.5);
        assert!(raw("أنهى الرجل حياته.") < -0.5);
        assert!(raw("لم تعثر الشرطة على الأسلحة.").abs() < 0.5, "عثر على finds");
        assert!(raw("تعثرت المفاوضات.") < -0.5);
        assert!(raw("وكان من الممكن أن تجعل الحفل فريدا من نوعه.") < 0.0, "a good that could have been");
        assert!(raw("دعت المنظمة الدول الأوروبية إلى تعزيز عمليات البحث والإنقاذ.") < 0.5, "asked, not done");
        assert!(raw("لم تستجب الحكومة لنداءات المنظمات الإنسانية.") < -0.5);
    }

    #[test]
    fn headline_verbs_and_endings() {
        assert!(raw("العراق وتركيا يتفقان على زيادة إطلاقات المياه") > 0.5, "a dual imperfect");
        assert!(raw("المنتخب العراقي يخسر أمام إيران") < -0.5, "the imperfect of an irregular past");
        assert!(raw("المنتخب يودع البطولة") < -0.5);
        assert!(raw("أنهى عمال الموانئ إضرابا استمر ستة أيام.") > 0.3, "a harm ended");
        assert!(raw("عادت حركة الملاحة في الميناء إلى طبيعتها.") > 0.5);
        assert!(raw("صوت البرلمان على حجب الثقة عن الحكومة.") < -0.5);
        assert!(raw("وينص الاتفاق على إجراء انتخابات عامة خلال عام.").abs() < 0.5, "what a deal provides for");
    }

    #[test]
    fn look_alikes_of_a_concession_a_contrast_and_a_collapse() {
        assert!(raw("قال إنه كان مسؤولا عن القتل.") < -0.5, "«إنه كان» is no «إن كان»");
        assert!(raw("ارتفع منسوب الأنهار في شمال البلاد.").abs() < 0.5, "rivers");
        assert!(raw("انهار المبنى.") < -0.5);
        assert!(raw("قتل جندي في نهاية الأسبوع.") < -0.5, "the weekend is a date, not the end of a harm");
        assert!(raw("حضر الجلسة سعادة السفير.").abs() < 0.5, "a form of address");
        let s = stance("انتقد الوزير الحكومة، وقال في مقابلة مع الجزيرة إنها نجحت.");
        assert!(s.sentences[0].cues.iter().all(|c| c.kind != CueKind::Contrast), "an interview is no contrast");
        assert!(raw("قضت المحكمة بأن القانون غير دستوري.") < 0.0);
        assert!(raw("تربط البلدين علاقات طيبة.") > 0.0);
    }

    #[test]
    fn failures_reassurance_and_military_terms() {
        assert!(raw("حاول الجيش عبثا السيطرة على مدرسة البلدة.") < 0.0);
        assert!(raw("أعرب الوزير عن اطمئنانه لسير العملية الانتخابية.") > 0.0);
        assert!(raw("ذهبت هذه القوى إلى إطلاق حملة اغتيالات واسعة.") < -0.5);
        assert!(raw("وطلبت القوات دعما جويا.").abs() < 0.5, "air support is no support");
        assert!(raw("ويعتمد المدرب على هجوم الفريق.").abs() < 0.5, "a team's forwards");
    }

    #[test]
    fn acquittals_dated_harms_and_terms_of_sport() {
        assert!(raw("وبرأت المحكمة الناشطين من تهمة التحريض.") > 0.5, "a charge and its construct cleared");
        assert!(raw("وتواجه المدينة نقصا في المياه منذ فيضانات العام الماضي.") < -0.5, "a harm dated, not behind");
        assert!(raw("وبعيدا عن التوترات السابقة أكد الطرفان التعاون.") > 0.5);
        assert!(raw("ويلعب العمراني في مركز الهجوم.").abs() < 0.5);
        assert!(raw("ولم يكشف النادي عن قيمة الصفقة.").abs() < 0.5);
        assert!(raw("ولا توجد مؤشرات على تراجع الطلب.") >= 0.0, "a negation through «مؤشرات على»");
        assert!(raw("وسقطت طائرة ركاب قرب المطار.") < -0.5);
        assert!(raw("وكان اللاعب قد عانى من إصابة العام الماضي، لكنه عاد هذا الموسم بمستوى قوي.") > -0.5);
        assert!(raw("ووصف خبراء الدراسة بأنها إضافة مهمة للعلم.") > 0.5);
        assert!(raw("وتتناول الجلسات خطط خفض الانبعاثات.") < 0.5, "an agenda, not a result");
        assert!(raw("تقدم في المفاوضات بين الحكومة والنقابات") > 0.5, "the noun at a headline's head");
        assert!(raw("تقدم الرئيس بطلب رسمي.").abs() < 0.5, "the verb");
    }

    #[test]
    fn when_succession_anniversaries_and_dates_of_a_war_s_end_are_no_tone() {
        // "لما" before a perfect is "when", not "not yet": the collapse stays a harm.
        assert!(raw("ولما انهارت المفاوضات اندلعت الاشتباكات.") < -0.5);
        assert!(raw("ولما اندلعت الحرب نزح آلاف السكان.") < -0.5);
        assert_eq!(Label::of_sentence(raw("يتنافس ثلاثة مرشحين على خلافة المستشارة ميركل.")), Label::Neutral);
        assert_eq!(Label::of_sentence(raw("وأعلن الأمير تنازله عن الحكم وتسليم خلافته لابنه.")), Label::Neutral);
        assert!(raw("وتصاعدت الخلافات بين الحزبين.") < -0.5, "disputes stay disputes");
        assert!(raw("وتفاقم خلافه مع الحكومة.") < -0.5, "his dispute");
        assert_eq!(
            Label::of_sentence(raw("بدأت فعاليات معرض يقام بمناسبة الذكرى السبعين لاغتيال الشاعر.")),
            Label::Neutral
        );
        assert!(raw("وقتل ثلاثة أشخاص في ذكرى الثورة.") < -0.5, "a harm on an anniversary is news");
        assert_eq!(Label::of_sentence(raw("وتتوجه الطائرة من القاهرة إلى الرياض.")), Label::Neutral);
        assert_eq!(
            Label::of_sentence(raw("بعد انتهاء الحرب الباردة أصبحت الولايات المتحدة القوة العظمى الوحيدة.")),
            Label::Neutral
        );
        assert!(raw("عقد الطرفان اجتماعا لم يتم التوصل فيه إلى نتيجة.") < -0.5);
    }

    #[test]
    fn a_harm_someone_calls_to_end_is_still_there() {
        assert!(
            raw("دعا وزير الخارجية الأردني عبد الإله الخطيب بعد مشاورات مع أنان إلى إنهاء فوري للحصار على لبنان.") < -0.3
        );
        assert!(raw("أنهت الحكومة الحصار على المدينة.") > 0.3, "ended, not called for");
    }

    #[test]
    fn a_refusal_reaches_its_object_past_a_subject_or_a_request() {
        assert!(raw("كان أولمرت قد أعلن أنه رفض طلب أنان رفع الحصار عن لبنان.") < -0.5);
        assert!(raw("ورفضت الحكومة الإسرائيلية وقف إطلاق النار.") < -0.5);
        // Not past a clause's edge.
        assert!(raw("رفض الوزير التعليق، وتوصل الطرفان إلى اتفاق.") > 0.0);
    }

    #[test]
    fn second_read_of_stop_23_stance() {
        assert!(raw("ورفض الوزير الكشف عن تفاصيل الاتفاق.") > -0.3, "refused to disclose, not the deal");
        assert!(raw("وتمر اليوم ذكرى مؤلمة على الشعب الفلسطيني.") < -0.5, "a painful anniversary");
        assert_eq!(Label::of_sentence(raw("وبدأت إثيوبيا الملء الثاني لسد النهضة.")), Label::Neutral);
        assert_eq!(Label::of_sentence(raw("وأطاح الأهلي بالزمالك من بطولة الكأس.")), Label::Neutral);
    }
}
