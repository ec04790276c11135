//! Events: visits, arrivals, departures, meetings, talks, receptions, calls, agreements,
//! summits and statements — who, with whom, where, when, for how long, and whether it
//! happened, is planned, possible or denied.
//!
//! Reads: tokens, sentences, mentions by token (`Document::mentions_at`) and entities, roles
//! and their holders. Adds: `Document::events`.
//!
//! A trigger is a verb (زار، التقى، استقبل، وصل…, in any person and tense, clitics off) or a
//! verbal noun (زيارة، لقاء، اجتماع، استقبال، مباحثات، اتصال هاتفي…) from
//! `data/lexicon/events.tsv`. Its participants are read by the trigger's frame: the first
//! person, organisation or country after a verb is its subject (Arabic news writes VSO),
//! else the last one before it; the noun's genitive ("زيارة دميترييف") is its agent;
//! "بين A و B", "مع B", "لـ B" give the others; a pronoun ("استقبال دميترييف **له**") is the
//! person last named before. The place is the location after في، إلى، لـ (or the object of
//! زار); the time and duration are the sentence's dates and durations; س، سوف، من المقرر
//! make it planned, قد، ربما possible, لم، لن، نفى denied. A definite noun standing alone
//! ("استغرق **اللقاء** ثلاث ساعات") is the same event as the last one of its kind, and adds
//! to it.

use std::ops::Range;

use crate::doc::Document;
use crate::lexicon::lexicon;
use crate::lexicon::titles::strip_article;
use crate::lexicon::triggers::Pos;
use crate::output::{EntityKind, MentionForm};
use crate::text::clitics::Article;

/// An event found in the document.
#[derive(Debug, Clone)]
pub struct EventInfo {
    /// Kind (`visit`, `meeting`…).
    pub kind: String,
    /// Trigger tokens.
    pub trigger: Range<usize>,
    /// Participants: entity and part.
    pub participants: Vec<(usize, &'static str)>,
    /// Place entity.
    pub place: Option<usize>,
    /// Time mention.
    pub time: Option<usize>,
    /// Duration mention.
    pub duration: Option<usize>,
    /// `happened`, `planned`, `possible` or `denied`.
    pub modality: &'static str,
    /// Sentence index.
    pub sentence: usize,
}

/// The actor (person, organisation, country) mention covering token `t`, the last one. A
/// country acts, whether the gazetteer or the tagger found this mention of it.
fn actor_at(doc: &Document, t: usize) -> Option<usize> {
    let lex = lexicon();
    let is_country = |c| lex.gazetteer.concept(c).sub == crate::lexicon::GazKind::Country;
    // "وقعت الحكومة السودانية اتفاقا", "أعلنت السلطات المصرية": the government of a country
    // named by its adjective acts for it.
    // Only as a party: right after a verb of an event or of saying, after مع/بين, or joined
    // by و to a party ("ووقعت إسرائيل والحكومة الفلسطينية").
    let verb_at = |k: usize| {
        lex.speech.at(doc, k).is_some_and(|(e, _)| lex.speech.entry(e).pos == Pos::Verb)
            || lex.events.at(doc, k).is_some_and(|(e, _)| lex.events.entry(e).pos == Pos::Verb)
    };
    let government = |x: &crate::doc::MentionInfo| {
        let k = x.tokens.start;
        x.kind == EntityKind::Location
            && k > 1
            && doc.segs[k].article != Article::None
            && matches!(strip_article(&doc.bases[k - 1]), "حكومه" | "سلطات")
            && (doc.segs[k - 1].conj == Some('و') || matches!(&*doc.bases[k - 2], "مع" | "بين") || verb_at(k - 2))
    };
    doc.mentions_at(t).rev().find(|&mi| {
        let x = &doc.mentions[mi];
        (x.form != MentionForm::Nisba || government(x))
            && match x.kind {
                EntityKind::Person | EntityKind::Organization => true,
                EntityKind::Location => {
                    matches!(x.source, crate::doc::Source::Gazetteer(c) if is_country(c))
                        || entity(doc, mi).and_then(|e| doc.entities[e].concept).is_some_and(is_country)
                        // "أعلن البيت الأبيض", "وأصدر قصر الإليزيه بيانا", "وأعلنت واشنطن": a
                        // seat of power or a capital right after a verb of saying or announcing
                        // speaks for its holders.
                        // (A capital only after a verb: "إعلان دمشق" is a document's name.)
                        || match x.source {
                            crate::doc::Source::Gazetteer(c) => Some(c),
                            _ => entity(doc, mi).and_then(|e| doc.entities[e].concept),
                        }
                        .is_some_and(|c| match lex.gazetteer.concept(c).sub {
                            crate::lexicon::GazKind::Facility => true,
                            crate::lexicon::GazKind::Capital => x.tokens.start.checked_sub(1).is_some_and(verb_at),
                            _ => false,
                        })
                            && doc.segs[x.tokens.start].prep.is_none()
                            && x.tokens.start > 0
                            && (lex.speech.at(doc, x.tokens.start - 1).is_some()
                                || matches!(&*doc.bases[x.tokens.start - 1], "اصدر" | "اصدرت")
                                || lex.events.at(doc, x.tokens.start - 1).is_some_and(|(e, n)| {
                                    n == 1 && lex.events.entry(e).frame == "agent"
                                }))
                }
                _ => false,
            }
    })
}

/// Whether forms of address from token `k` on lead to a person's name ("الشيخ محمد",
/// "صاحب السمو الشيخ محمد بن راشد", "الشيخ الدكتور فلان"), before `b`.
fn addressed_name(doc: &Document, mut k: usize, b: usize) -> bool {
    let lex = lexicon();
    let start = k;
    while k < b {
        match lex.titles.match_at(&doc.bases[..b], k) {
            Some((n, e)) if lex.titles.entry(e).kind == crate::lexicon::TitleKind::Honorific => k += n,
            _ => break,
        }
    }
    k > start && k < b && actor_at(doc, k).is_some_and(|m| doc.mentions[m].kind == EntityKind::Person)
}

/// The place mention covering token `t`, the last one.
fn place_at(doc: &Document, t: usize) -> Option<usize> {
    last_of(doc, t, EntityKind::Location)
}

/// The date or duration mention covering token `t`, the last one.
fn time_at(doc: &Document, t: usize) -> Option<usize> {
    last_of(doc, t, EntityKind::Date)
}

fn last_of(doc: &Document, t: usize, kind: EntityKind) -> Option<usize> {
    doc.mentions_at(t).rev().find(|&mi| doc.mentions[mi].kind == kind && doc.mentions[mi].form != MentionForm::Nisba)
}

fn entity(doc: &Document, mention: usize) -> Option<usize> {
    doc.mention_entity.get(mention).copied().flatten()
}

/// An actor in a clause: an entity and where it is named.
#[derive(Debug, Clone, Copy)]
struct Actor {
    entity: usize,
    at: usize,
    /// Where its name (or title and name) ends.
    end: usize,
    kind: EntityKind,
}

/// Verbs that take an event noun as their object: "تلقى/أجرى اتصالا هاتفيا", and with
/// `hold`, "عقد اجتماعا / جلسة مباحثات".
/// Also reaching an agreement and starting or resuming talks: "توصلت مصر إلى اتفاق مع
/// الصندوق", "بدأت مصر مفاوضات مع الصندوق".
pub(crate) const LIGHT_VERBS: &[&str] = &[
    "تلقي",
    "تلقت",
    "تلقى",
    "يتلقي",
    "اجري",
    "اجرت",
    "يجري",
    "تجري",
    "اجراء",
    "توصل",
    "توصلت",
    "توصلا",
    "توصلوا",
    "يتوصل",
    "تتوصل",
    "بدا",
    "بدات",
    "يبدا",
    "تبدا",
    "استانف",
    "استانفت",
    "يستانف",
    "تستانف",
    // "وأبرمت شركة نوكيا اتفاقا مع شركة مايكروسوفت".
    "ابرم",
    "ابرمت",
    "ابرما",
    "ابرموا",
    "يبرم",
    "تبرم",
];
pub(crate) const HOLD_VERBS: &[&str] = &["عقد", "عقدت", "يعقد", "تعقد"];

/// Verbs of a gathering taking place, before it as their subject ("اختتمت في كوالالمبور جولة
/// من المفاوضات", "انطلقت يوم السبت في سرت القمة العربية"), folded; and [`HOLD_VERBS`].
const TAKE_PLACE_VERBS: &[&str] = &[
    "اختتمت",
    "اختتم",
    "انطلقت",
    "انطلق",
    "جرت",
    "جري",
    "بدات",
    "بدا",
    "استؤنفت",
    "استانفت",
    "انعقدت",
    "انعقد",
    "تنطلق",
    "ينطلق",
    "تختتم",
    "يختتم",
];

/// Verbs of opening, chairing and hosting a gathering, whose subject takes part in it as one
/// who holds it does ("افتتح القذافي القمة العربية", "وترأس الوزير الاجتماع"), folded.
const OPEN_VERBS: &[&str] = &[
    "افتتح",
    "افتتحت",
    "يفتتح",
    "تفتتح",
    "اختتم",
    "اختتمت",
    "تراس",
    "تراست",
    "يتراس",
    "تتراس",
    "استضاف",
    "استضافت",
    "يستضيف",
    "تستضيف",
];

/// The light verb nearest before an event noun at `noun` in its clause (from `left`), within
/// 20 tokens: the subject may be a long chain of titles ("تلقى الشيخ حمد بن جاسم بن جبر آل
/// ثاني النائب الأول لرئيس مجلس الوزراء وزير الخارجية اتصالا").
fn light_verb(doc: &Document, left: usize, noun: usize, hold: bool) -> Option<usize> {
    // Past 14 tokens, only over the subject's names and titles, and a time or a comma
    // ("… وزير الخارجية الليلة الماضية اتصالا").
    let subject_only = |k: usize| {
        (k + 1..noun).all(|t| {
            doc.holders[t].is_some()
                || doc.mentions_at(t).any(|m| matches!(doc.mentions[m].kind, EntityKind::Person | EntityKind::Date))
                || lexicon().titles.honorific_word_at(&doc.bases, t)
                || doc.light(t) == ","
        })
    };
    (left.max(noun.saturating_sub(20))..noun).rev().filter(|&k| noun - k <= 14 || subject_only(k)).find(|&k| {
        let b = strip_article(&doc.bases[k]);
        // "لإجراء محادثات", "لعقد اجتماع": the verbal noun of purpose after لـ.
        let prep_ok = match doc.segs[k].prep {
            None => true,
            Some('ل') => matches!(b, "اجراء" | "عقد"),
            _ => false,
        };
        prep_ok && (LIGHT_VERBS.contains(&b) || hold && (HOLD_VERBS.contains(&b) || OPEN_VERBS.contains(&b)))
    })
}

/// Whether token `k` opens what was said: أن/إن (with a pronoun) or a colon.
fn is_that_or_colon(doc: &Document, k: usize) -> bool {
    doc.light(k) == ":" || doc.is_that(k)
}

/// Whether token `i` names what is signed, the accusative too ("وقع عقدا", "وقعا اتفاقا",
/// "توقع اتفاقية"): the object that makes وقع/توقع a signing.
pub fn agreement_noun(doc: &Document, i: usize) -> bool {
    let b = strip_article(&doc.bases[i]);
    // (The whole word too: the segmenter may read "بروتوكولا" as ب + a stem.)
    let k = strip_article(doc.key(i));
    [b, b.strip_suffix('ا').unwrap_or(b), k, k.strip_suffix('ا').unwrap_or(k)].iter().any(|w| {
        matches!(
            *w,
            "اتفاق"
                | "اتفاقيه"
                | "اتفاقيات"
                | "مذكره"
                | "مذكرات"
                | "عقد"
                | "عقود"
                | "معاهده"
                | "بروتوكول"
                | "مبادره"
                | "ميثاق"
                | "وثيقه"
                | "صفقه"
        )
    })
}

/// Whether the name at `t` is who asked for something ("بطلب من الجزائر", "بدعوة من الرئيس",
/// "بناء على طلب مصر").
fn requested(doc: &Document, t: usize) -> bool {
    let w = |i: usize| strip_article(&doc.bases[i]);
    t >= 2 && &*doc.bases[t - 1] == "من" && matches!(w(t - 2), "طلب" | "دعوه" | "مبادره")
        || t >= 1 && doc.segs[t].prep.is_none() && matches!(w(t - 1), "طلب" | "دعوه") && doc.segs[t - 1].prep.is_some()
        // "بحضور رئيس الوزراء فلان": who attends is no party either.
        || t >= 1 && doc.segs[t].prep.is_none() && w(t - 1) == "حضور" && doc.segs[t - 1].prep == Some('ب')
}

/// Whether an actor is governed by a preposition ("للمملكة", "إلى السعودية"): a destination
/// or a complement, not an agent.
fn governed(doc: &Document, a: &Actor) -> bool {
    doc.segs[a.at].prep.is_some()
        || a.at > 0 && matches!(strip_article(&doc.bases[a.at - 1]), "الي" | "في" | "من" | "علي" | "عن" | "مع" | "نحو")
}

/// Actors in `[from, to)`, in order, each once: a title counts as its holder, and the names
/// inside a title are not actors of their own. A dual ("الجانبان", "الوزيران") stands for
/// `pair`, the two people of the event told before. A name in a place phrase ("في مقر وزارة
/// الخارجية", "على موقع فيسبوك", "بالقاهرة") is where, not who, and is left out.
fn actors(doc: &Document, r: Range<usize>, pair: Option<[usize; 2]>) -> Vec<Actor> {
    let mut out = actors_all(doc, r, pair);
    out.retain(|a| !in_place_phrase(doc, a));
    out
}

/// Words standing for the two parties of the event told before, article stripped.
const DUALS: &[&str] =
    &["جانبان", "جانبين", "طرفان", "طرفين", "وزيران", "وزيرين", "رئيسان", "رئيسين", "زعيمان", "زعيمين", "مسؤولان"];

/// For a dual of an office ("الوزيران", "الرئيسين"), the last two people named with that office
/// (or as a counterpart, "نظيره") before token `t`.
fn titled_pair(doc: &Document, t: usize) -> Option<[usize; 2]> {
    let w = strip_article(&doc.bases[t]);
    let office = w.strip_suffix("ان").or_else(|| w.strip_suffix("ين"))?;
    if matches!(office, "جانب" | "طرف") {
        return None;
    }
    let mut found: Vec<usize> = Vec::new();
    for i in (t.saturating_sub(400)..t).rev() {
        if let Some(h) = doc.holders[i] {
            // A counterpart ("نظيره الأردني") holds the same office.
            if matches!(strip_article(&doc.bases[i]), w if w == office || w.starts_with("نظير")) && !found.contains(&h)
            {
                found.push(h);
                if found.len() == 2 {
                    return Some([found[0], found[1]]);
                }
            }
        }
    }
    None
}

/// Prepositions of place (folded): a name after them, or in the genitive of a noun after them,
/// is a place or a setting.
const LOCATIVE: &[&str] = &["في", "علي", "عبر", "قرب", "داخل", "الي", "امام", "خارج"];

/// Nouns of people whose affiliation follows في ("مسؤولين في الاتحاد الأوروبي"), article stripped.
const PEOPLE_NOUNS: &[&str] = &[
    "مسؤول",
    "مسؤولين",
    "مسؤولي",
    "مسؤولون",
    "ممثل",
    "ممثلي",
    "ممثلين",
    "اعضاء",
    "عضو",
    "قاده",
    "وفد",
    "وزراء",
    "خبراء",
    // "أعلن مصدر في وزارة الداخلية": an unnamed source speaks for the body it is in.
    "مصدر",
    "مصادر",
];

/// Whether actor `x` is the body of the people named right after a verb ending at `v`:
/// "أعلن مصدر [في وزارة الداخلية]", "قال مسؤولون أمنيون [في الحكومة]" (one adjective between).
fn people_of(doc: &Document, x: &Actor, v: usize) -> bool {
    let k = x.at;
    k >= v + 2
        && k <= v + 3
        && doc.segs[k].prep.is_none()
        && &*doc.bases[k - 1] == "في"
        && PEOPLE_NOUNS.contains(&strip_article(&doc.bases[v]))
        && (k == v + 2 || doc.segs[v + 1].prep.is_none() && doc.segs[v + 1].conj.is_none())
}

/// Whether token `n` is a plain word that can govern a genitive: no article, conjunction or
/// pronoun, and not a function word ("مقر" in "في مقر الوزارة", "مطار" in "إلى مطار القاهرة").
fn bare_noun(doc: &Document, n: usize) -> bool {
    let s = &doc.segs[n];
    doc.tokens[n].kind == crate::text::tokenize::TokenKind::Word
        && s.article == Article::None
        && s.enclitic.is_none()
        && s.conj.is_none()
        && !lexicon().is_stopword(&doc.bases[n])
}

/// Whether token `t` ends a clause for a plan or a time to reach across: a clause break or a
/// comma.
fn clause_edge(doc: &Document, t: usize) -> bool {
    clause_break(doc, t) || doc.light(t) == ","
}

/// Whether actor `a` is named in a place phrase: after a preposition of place, or after a noun
/// governed by one ("في مقر وزارة الخارجية", "على موقع فيسبوك", "بمقر الوزارة"), or a
/// country with ب ("بالقاهرة" style). Officials of a body are its people, not a place.
fn in_place_phrase(doc: &Document, a: &Actor) -> bool {
    let k = a.at;
    if doc.holders[k].is_some() {
        return false;
    }
    let s = &doc.segs[k];
    if s.prep.is_some() {
        return s.prep == Some('ب') && a.kind == EntityKind::Location;
    }
    let word = |i: usize| strip_article(&doc.bases[i]);
    // "مسؤولين في الاتحاد", "مصدر أمني في الوزارة" (one adjective between).
    let people_before = |i: usize| {
        i > 0 && PEOPLE_NOUNS.contains(&word(i - 1))
            || i > 1
                && PEOPLE_NOUNS.contains(&word(i - 2))
                && doc.segs[i - 1].prep.is_none()
                && doc.segs[i - 1].conj.is_none()
                && doc.segs[i - 1].article == doc.segs[i - 2].article
    };
    let prep_at = |i: usize| doc.segs[i].enclitic.is_none() && LOCATIVE.contains(&&*doc.bases[i]);
    if k >= 1 && prep_at(k - 1) {
        return !people_before(k - 1);
    }
    // "في الأنبار غرب العراق", "بلدة قرب حلب شمال سوريا": where a place named before lies.
    let compass = |i: usize| {
        doc.segs[i].prep.is_none()
            && doc.segs[i].article == Article::None
            && matches!(word(i), "غرب" | "شرق" | "شمال" | "جنوب" | "وسط" | "شمالي" | "جنوبي" | "شرقي" | "غربي")
    };
    if k >= 2 && compass(k - 1) {
        let mut j = k - 1;
        if j >= 2 && compass(j - 1) {
            j -= 1;
        }
        if place_at(doc, j - 1).is_some() {
            return true;
        }
    }
    if k >= 2 {
        let n = k - 1;
        let ns = &doc.segs[n];
        // "في استقبال غروندبرغ": an event's noun is no place; nor is "برئاسة", "بقيادة" (the
        // head of a delegation).
        let plain = bare_noun(doc, n)
            && !PEOPLE_NOUNS.contains(&word(n))
            && lexicon().events.at(doc, n).is_none()
            && !matches!(word(n), "رئاسه" | "قياده");
        // "في العاصمة السعودية الرياض", "بالعاصمة الفرنسية": a country's adjective on a place.
        let place_head =
            ns.article != Article::None && matches!(word(n), "عاصمه" | "مدينه" | "محافظه" | "ولايه" | "اقليم" | "منطقه");
        if (plain || place_head) && (ns.prep == Some('ب') || ns.prep.is_none() && prep_at(n - 1)) {
            return true;
        }
    }
    false
}

fn actors_all(doc: &Document, r: Range<usize>, pair: Option<[usize; 2]>) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::new();
    let mut t = r.start;
    while t < r.end {
        // "خلفا للمدرب حسن شحاتة": the one replaced takes no part.
        if doc.tokens[t].is_word() && doc.key(t) == "خلفا" {
            let stop =
                (t + 1..r.end.min(t + 7)).find_map(|k| actor_at(doc, k).map(|m| doc.mentions[m].tokens.end.max(k + 1)));
            t = stop.unwrap_or(t + 1);
            continue;
        }
        let dual = actor_at(doc, t).is_none() && DUALS.contains(&strip_article(&doc.bases[t]));
        // "الجانبان المغربي والموريتاني": the two countries their adjectives name.
        let nisba_country = |k: usize| {
            (k < r.end)
                .then(|| {
                    doc.mentions_at(k).find(|&m| {
                        doc.mentions[m].form == MentionForm::Nisba && doc.mentions[m].kind == EntityKind::Location
                    })
                })
                .flatten()
                .and_then(|m| entity(doc, m))
        };
        if dual && doc.segs.get(t + 2).is_some_and(|s| s.conj == Some('و')) {
            if let (Some(x), Some(y)) = (nisba_country(t + 1), nisba_country(t + 2)) {
                for e in [x, y] {
                    if !out.iter().any(|a| a.entity == e) {
                        out.push(Actor { entity: e, at: t, end: t + 3, kind: EntityKind::Location });
                    }
                }
                t += 3;
                continue;
            }
        }
        if let Some(p) = dual.then(|| titled_pair(doc, t).or(pair)).flatten() {
            for e in p {
                if !out.iter().any(|a| a.entity == e) {
                    out.push(Actor { entity: e, at: t, end: t + 1, kind: EntityKind::Person });
                }
            }
            t += 1;
            continue;
        }
        if let Some(h) = doc.holders[t] {
            let at = t;
            while t < r.end && doc.holders[t] == Some(h) {
                t += 1;
            }
            // The holder's own name right after the title is the same actor, past a form of
            // address ("أمير قطر الشيخ حمد بن خليفة").
            let own = |k: usize| actor_at(doc, k).and_then(|m| entity(doc, m)) == Some(h);
            while t + 1 < r.end && lexicon().titles.honorific_word_at(&doc.bases, t) && own(t + 1) {
                t += 1;
            }
            while t < r.end && own(t) {
                t += 1;
            }
            if t < r.end && doc.light(t) == "," {
                t += 1;
                while t < r.end && actor_at(doc, t).and_then(|m| entity(doc, m)) == Some(h) {
                    t += 1;
                }
            }
            if !out.iter().any(|a| a.entity == h) {
                out.push(Actor { entity: h, at, end: t, kind: EntityKind::Person });
            }
            continue;
        }
        // "التقى معاليه فلانا": a form of address with a pronoun stands for its holder.
        if actor_at(doc, t).is_none() {
            if let Some(e) = crate::quotes::honorific_pronoun(doc, t) {
                if !out.iter().any(|a| a.entity == e) {
                    out.push(Actor { entity: e, at: t, end: t + 1, kind: EntityKind::Person });
                }
                t += 1;
                continue;
            }
        }
        if let Some(m) = actor_at(doc, t) {
            let end = doc.mentions[m].tokens.end.max(t + 1);
            // "استقبل الوزير رئيس وزراء اليونان": a country in an unnamed office's genitive is
            // whose office it is, not a party.
            let lex = lexicon();
            let of_office =
                doc.entities.get(entity(doc, m).unwrap_or(usize::MAX)).is_some_and(|x| x.kind == EntityKind::Location)
                    && doc.segs[t].prep.is_none()
                    && (t.saturating_sub(3)..t).any(|k| {
                        lex.titles.match_at(&doc.bases[k..t], 0).is_some_and(|(n, _)| {
                            (k + n..t).all(|j| {
                                let s = &doc.segs[j];
                                doc.tokens[j].kind == crate::text::tokenize::TokenKind::Word
                                    && s.article == Article::None
                                    && s.prep.is_none()
                                    && s.conj.is_none()
                            })
                        })
                    });
            // "مؤتمر حول سوريا", "محادثات بشأن إيران": what it is about takes no part.
            let about = doc.segs[t].prep.is_none()
                && t > r.start
                && matches!(&*doc.bases[t - 1], "حول" | "بشان" | "حيال")
                && matches!(doc.mentions[m].kind, EntityKind::Location | EntityKind::Organization);
            if of_office || about {
                t = end;
                continue;
            }
            if let Some(e) = entity(doc, m) {
                // "سامح شكري وزير الخارجية المصري وأيمن الصفدي": the title after the name is
                // the same actor's, so a list runs on past it.
                let mut end = end;
                while end < r.end && doc.holders[end] == Some(e) {
                    end += 1;
                }
                if !out.iter().any(|a| a.entity == e) {
                    out.push(Actor { entity: e, at: t, end, kind: doc.entities[e].kind });
                }
                t = end;
                continue;
            }
            t = end;
            continue;
        }
        t += 1;
    }
    out
}

/// Whether token `t` closes a clause: sentence punctuation, or a relative pronoun.
fn clause_break(doc: &Document, t: usize) -> bool {
    matches!(doc.light(t), "." | "!" | "?" | ";" | ":") || matches!(&*doc.bases[t], "الذي" | "التي" | "الذين")
}

/// Whether token `t` is another event trigger or a speech verb (the end of this clause's
/// reach: "وصول ويتكوف إلى موسكو مع **استقبال** دميترييف له" are two events).
fn other_trigger(doc: &Document, t: usize) -> bool {
    let lex = lexicon();
    let s = &doc.segs[t];
    let verb_like = s.article == Article::None && !matches!(s.prep, Some('ب' | 'ك'));
    // "لقاء سري جمع فلانا بفلان": "جمع" without بين is no event of its own.
    // A session ("جلسة", held or not) bounds no clause: "عقد A جلسة مباحثات مع B".
    let event = lex.events.at(doc, t).is_some_and(|(e, _)| {
        let flags = &lex.events.entry(e).flags;
        !flags.contains('h')
            && (!flags.contains('b') || (t + 1..(t + 4).min(doc.tokens.len())).any(|k| &*doc.bases[k] == "بين"))
    });
    // A verb of saying, and an attribution ("، بحسب صحيفة لوموند", "وفقا للوكالة"): who tells
    // of it takes no part in it.
    let speech = lex.speech.at(doc, t).map(|(e, _)| lex.speech.entry(e));
    let trigger = event || speech.is_some_and(|c| c.kind == "a" || verb_like && c.pos == Pos::Verb);
    // A word inside a name of two words or more ("قصر بيان", "مؤتمر الحوار الوطني" as a body)
    // is the name's, no event (asked of triggers only: this runs for every word of a reach).
    trigger
        && !doc.mentions_at(t).any(|m| {
            let m = &doc.mentions[m];
            m.tokens.len() >= 2
                && m.tokens.start < t
                && matches!(m.kind, EntityKind::Location | EntityKind::Organization | EntityKind::Person)
        })
}

/// "في استقبال الضيف **لدى وصوله** المطار فلان": the arrival a reception is timed by does not
/// end the reception's reach; its hosts are named after it.
/// So does an event noun with its own pronoun in an adjunct of time ("والتقى الوزير فلان **في
/// مستهل زيارته** رئيس البلدية", "عقب وصوله").
fn arrival_clause(doc: &Document, t: usize, frame: &str) -> bool {
    let arrival = frame == "host-guest"
        && t > 0
        && matches!(&*doc.bases[t - 1], "لدي" | "عند" | "فور")
        && lexicon().events.at(doc, t).is_some_and(|(e, _)| lexicon().events.entry(e).kind == "arrival");
    arrival || adjunct_noun(doc, t)
}

/// An event noun in an adjunct of time, with its own pronoun or told back with the article
/// ("في مستهل زيارته", "خلال الزيارة"), or any after "على هامش": the event is the one it
/// frames, and the words after it belong to the clause around it.
fn adjunct_noun(doc: &Document, t: usize) -> bool {
    let lex = lexicon();
    let Some((e, _)) = lex.events.at(doc, t) else { return false };
    let entry = lex.events.entry(e);
    // "على هامش اجتماعات الجمعية العامة": whatever follows "هامش" is the occasion.
    let margin = t > 0 && strip_article(&doc.bases[t - 1]) == "هامش";
    entry.pos == Pos::Noun
        && t > 0
        && (doc.segs[t].enclitic.is_some()
            || doc.segs[t].article != Article::None && entry.flags.contains('a')
            || margin)
        && doc.segs[t].prep.is_none()
        && matches!(
            strip_article(&doc.bases[t - 1]),
            "هامش"
                | "مستهل"
                | "ختام"
                | "خلال"
                | "اطار"
                | "ضمن"
                | "عقب"
                | "اثناء"
                | "لدي"
                | "عند"
                | "فور"
                | "بدايه"
                | "نهايه"
        )
}

/// The event told last, when it was told in sentence `si` before token `t`: the one a clause
/// joined to it continues.
fn prior_in_sentence(events: &[EventInfo], si: usize, t: usize) -> Option<&EventInfo> {
    events.last().filter(|p| p.sentence == si && p.trigger.end <= t)
}

/// The first party of event `p`, as an actor at token `at`, if a person or an organisation.
fn first_party(doc: &Document, p: &EventInfo, at: usize) -> Option<Actor> {
    let &(e, _) = p.participants.first()?;
    let kind = doc.entities[e].kind;
    matches!(kind, EntityKind::Person | EntityKind::Organization).then_some(Actor { entity: e, at, end: at + 1, kind })
}

/// The person last named before token `t` (for a pronoun), skipping `not`.
fn antecedent(doc: &Document, t: usize, not: &[usize]) -> Option<usize> {
    let floor = t.saturating_sub(80);
    (floor..t).rev().find_map(|i| {
        let e = doc.holders[i].or_else(|| actor_at(doc, i).and_then(|m| entity(doc, m)))?;
        (doc.entities[e].kind == EntityKind::Person && !not.contains(&e)).then_some(e)
    })
}

/// A time mention that points ahead: "الشهر المقبل", "الأسبوع القادم", "غدا", "الجمعة المقبلة".
fn future_time(doc: &Document, tm: usize) -> bool {
    let m = &doc.mentions[tm];
    let toks = m.tokens.start..(m.tokens.end + 1).min(doc.tokens.len());
    toks.into_iter().any(|i| matches!(strip_article(&doc.bases[i]), "مقبل" | "مقبله" | "قادم" | "قادمه" | "غدا" | "غد"))
}

/// Words that make what follows a plan (folded, article stripped): "من المقرر", "من المنتظر",
/// "المزمع", "يعتزم", "يستعد".
pub(crate) const PLAN_WORDS: &[&str] = &[
    "سوف",
    "مقرر",
    "متوقع",
    "منتظر",
    "مرتقب",
    "مزمع",
    "مزمعه",
    "مفترض",
    "يعتزم",
    "تعتزم",
    "يعتزمان",
    "ينوي",
    "تنوي",
    "يرتقب",
    "يتوقع",
    "ينتظر",
    "يستعد",
    "تستعد",
    "يخطط",
    "تخطط",
];

/// Whether the trigger word at `t` is an imperfect verb ("يلتقي", "تلتقي"), not a perfect
/// whose ال is no article ("التقى") nor a noun in ت ("تعاون").
fn imperfect_trigger(doc: &Document, t: usize) -> bool {
    let b = strip_article(&doc.bases[t]);
    b.starts_with('ي') || b.strip_prefix('ت').is_some_and(|rest| lexicon().events.has_form(&format!("ي{rest}")))
}

fn modality(doc: &Document, trig: &Range<usize>, s: Range<usize>, kind: &str) -> &'static str {
    let t = trig.start;
    let seg = &doc.segs[t];
    let imperfect = imperfect_trigger(doc, t);
    // "سيزور", and "ستزور" which the clitic splitter may leave whole.
    let whole_future = strip_article(&doc.bases[t])
        .strip_prefix('س')
        .is_some_and(|rest| rest.starts_with(['ي', 'ت', 'ن']) && lexicon().events.has_form(rest));
    if seg.fut || whole_future {
        return "planned";
    }
    // "وسيعقد الوزير فلان، يوم الخميس، اجتماعا": the light verb of a noun is in the future,
    // however far before it.
    let noun = lexicon().events.at(doc, t).is_some_and(|(e, _)| lexicon().events.entry(e).pos == Pos::Noun);
    if noun {
        if let Some(k) = light_verb(doc, s.start, t, true) {
            let w = strip_article(&doc.bases[k]);
            let whole = w.strip_prefix('س').is_some_and(|r| r.starts_with(['ي', 'ت', 'ن']));
            if doc.segs[k].fut || whole {
                return "planned";
            }
        }
    }
    let lo = t.saturating_sub(4).max(s.start);
    let before: Vec<&str> = (lo..t).map(|i| &*doc.bases[i]).collect();
    let has = |w: &[&str]| before.iter().any(|b| w.contains(&strip_article(b)));
    // "ما" negates, except as "what" after بحسب / وفق / كما ("بحسب ما أعلنه البنك"), or in
    // one word with them (as written too: "بما" may be read as ب + ما).
    let what = (lo + 1..t).any(|i| {
        &*doc.bases[i] == "ما"
            && matches!(strip_article(&doc.bases[i - 1]), "بحسب" | "حسب" | "وفق" | "وفقا" | "كما" | "مثل")
    }) || (lo..t)
        .any(|i| [&*doc.bases[i], doc.key(i)].iter().any(|w| matches!(*w, "حسبما" | "كما" | "مما" | "بما" | "عما")));
    // "دون التوصل إلى اتفاق": "دون" right before the trigger or before "التوصل / أن"; "تنفي
    // عقد لقاء": a denial with no comma between.
    let without = (lo..t).any(|k| {
        matches!(strip_article(&doc.bases[k]), "دون" | "بدون")
            && (k + 1 == t || matches!(strip_article(&doc.bases[k + 1]), "توصل" | "ان"))
    });
    let denies =
        (lo..t).any(|k| matches!(strip_article(&doc.bases[k]), "نفت" | "تنفي") && !(k..t).any(|j| doc.light(j) == ","));
    // "لم يستبعد دبلوماسيون أن يزور …": what is not ruled out is possible.
    let not_ruled_out = (s.start.max(t.saturating_sub(20)) + 1..t).any(|k| {
        matches!(strip_article(&doc.bases[k]), "يستبعد" | "تستبعد" | "يستبعدون" | "استبعد" | "استبعدت")
            && matches!(&*doc.bases[k - 1], "لم" | "لا")
    });
    if not_ruled_out {
        return "possible";
    }
    if has(&["لم", "لن", "لا", "عدم", "نفي", "ينفي"]) || without || denies || !what && has(&["ما"]) {
        return "denied";
    }
    // "نفى المتحدث، في تصريح، وجود أي ترتيبات لعقد اللقاء", "نفى مصدر أن يكون الوزير قد
    // التقى": a denial earlier in the sentence governs what it denies.
    // (Not a verb of a relative clause: "ونفى الوزير، الذي زار باريس الأسبوع الماضي، أن
    // يكون …".)
    let relative = |i: usize| matches!(&*doc.bases[i], "الذي" | "التي" | "الذين" | "اللذين" | "اللتين");
    let denial = (s.start.max(t.saturating_sub(20))..lo).rev().take_while(|&i| !clause_break(doc, i)).any(|i| {
        doc.segs[i].article == Article::None
            && matches!(strip_article(&doc.bases[i]), "نفي" | "نفت" | "ينفي" | "تنفي" | "نافيا" | "نافيه")
            && !(t > i + 1 && relative(t - 1)
                || t > i + 2 && relative(t - 2) && matches!(&*doc.bases[t - 1], "قد" | "كان" | "كانت"))
    });
    // A statement denying something happened ("نفت المنظمة في بيان …").
    if denial && kind != "statement" {
        return "denied";
    }
    // "إمكانية عقد لقاء", "احتمال زيارة": a possibility.
    if has(&["امكانيه", "امكان", "احتمال", "احتماليه"]) {
        return "possible";
    }
    // "ودعاها إلى زيارة باريس", "وجه دعوة إلى نظيره فلان لزيارة …": an invitation in the
    // clause before is a plan.
    let invited = kind != "statement"
        && (s.start.max(t.saturating_sub(12))..t)
            .rev()
            .take_while(|&i| !clause_break(doc, i))
            // (Not "حزب الدعوة".)
            .any(|i| {
                doc.segs[i].article == Article::None
                    && matches!(&*doc.bases[i], "دعا" | "دعت" | "دعوه" | "دعوات" | "يدعو" | "تدعو")
                    // What is invited to comes after إلى or with لـ ("إلى زيارة", "لزيارة"),
                    // not in the setting of the appeal ("ودعا فلان في اتصال هاتفي مع … إلى").
                    && (i + 1..=t).any(|k| &*doc.bases[k] == "الي" || doc.segs[k].prep == Some('ل'))
            });
    if has(PLAN_WORDS) || invited {
        return "planned";
    }
    // "في زيارة يلتقي خلالها قادة الجيش": what a visit is to hold, in the imperfect.
    if trig.end < s.end
        && imperfect
        && doc.segs[t].article == Article::None
        && &*doc.bases[trig.end] == "خلال"
        && doc.segs[trig.end].enclitic.is_some()
    {
        return "planned";
    }
    // "وصل الوفد إلى القاهرة لاستئناف المحادثات": what one comes to do is still to come.
    if t > s.start && doc.segs[t - 1].prep == Some('ل') && {
        let w = strip_article(&doc.bases[t - 1]);
        matches!(w, "استئناف" | "استيناف" | "اجراء" | "عقد" | "حضور" | "مشاركه" | "بدء" | "اطلاق" | "توقيع")
    } {
        return "planned";
    }
    // "بدأت التحضيرات لاجتماع …", "استعدادا للقمة": what is prepared for is still to come.
    if t > s.start
        && doc.segs[t].prep == Some('ل')
        && matches!(
            strip_article(&doc.bases[t - 1]),
            "تحضيرات"
                | "تحضير"
                | "تحضيرا"
                | "استعدادات"
                | "استعداد"
                | "استعدادا"
                | "تمهيدا"
                | "تمهيد"
        )
    {
        return "planned";
    }
    // "المشاورات ستستأنف في الكويت", "المفاوضات ستبدأ": the noun's own verb of taking place,
    // after it, in the future.
    // (Not a noun of an adjunct: "وعقب المحادثات … ستعقد ندوة صحفية".)
    let adjunct = t > s.start && {
        let w = strip_article(&doc.bases[t - 1]);
        TIME_ADJUNCTS.contains(&w) || w == "قبل"
    };
    let noun_will = noun
        && !adjunct
        && (trig.end..(trig.end + 4).min(s.end)).take_while(|&i| !clause_break(doc, i) && !doc.is_that(i)).any(|i| {
            // ("… ستعقد ندوة": a verb with its own subject after it is another's.)
            let own_subject = i + 1 < s.end
                && doc.tokens[i + 1].is_word()
                && doc.segs[i + 1].prep.is_none()
                && doc.segs[i + 1].conj.is_none()
                && !PREPS_AFTER.contains(&strip_article(&doc.bases[i + 1]))
                && time_at(doc, i + 1).is_none();
            let w = strip_article(&doc.bases[i]);
            let rest = if doc.segs[i].fut { Some(w) } else { w.strip_prefix('س') };
            rest.is_some_and(|r| {
                TAKES_PLACE.contains(&r) || matches!(r, "يبدا" | "تبدا" | "ينطلق" | "تنطلق" | "يتواصل" | "تتواصل")
            }) && !own_subject
        });
    if noun_will {
        return "planned";
    }
    // "قد" with the imperfect is "may"; with the perfect ("قد التقى", "وكان الوزير … قد
    // التقى") it asserts, as does "لقد".
    // The verb after "قد" decides, the trigger or a light verb before its noun ("قد أجرى
    // اتصالا هاتفيا" asserts, "قد يجري" may).
    let imperfect_at = |k: usize| {
        if k == t {
            return imperfect;
        }
        let w = &*doc.bases[k];
        w.starts_with('ي') || w.starts_with('ن') || w.starts_with('ت') && !matches!(w, "تم" | "تلقي" | "تلقت" | "توجه")
    };
    let maybe = (lo..t).any(|i| {
        &*doc.bases[i] == "قد"
            && doc.segs[i].prep.is_none()
            && i < t
            && imperfect_at(i + 1)
            && !(i.saturating_sub(3).max(s.start)..i).any(|k| strip_article(&doc.bases[k]).starts_with("كان"))
    });
    // "أن اجتماعا جديدا للمنظمة قد يعقد في فيينا": the noun's own verb of taking place, after
    // it, may (not one of what it may bring: "زيارة … قد تسهم في").
    let noun_may = noun
        && (trig.end..(trig.end + 6).min(s.end)).take_while(|&i| !clause_break(doc, i)).any(|i| {
            &*doc.bases[i] == "قد" && doc.segs[i].prep.is_none() && i + 1 < s.end && {
                let w = strip_article(&doc.bases[i + 1]);
                TAKES_PLACE.contains(&w) || matches!(w, "يتم" | "تتم")
            }
        });
    // "من غير المعقول / من غير المرجح / من المستبعد أن تشارك كوريا في محادثات": unlikely.
    let unlikely = (t.saturating_sub(10).max(s.start)..t).any(|k| {
        let w = strip_article(&doc.bases[k]);
        k + 1 < t
            && w == "غير"
            && matches!(strip_article(&doc.bases[k + 1]), "معقول" | "مرجح" | "محتمل" | "متوقع" | "وارد")
            || w == "مستبعد" && k > s.start && &*doc.bases[k - 1] == "من"
    });
    if maybe || noun_may || unlikely || has(&["ربما", "محتمل", "يحتمل", "يمكن"]) {
        return "possible";
    }
    let after: Vec<&str> = (trig.end..(trig.end + 3).min(s.end)).map(|i| strip_article(&doc.bases[i])).collect();
    if after.iter().any(|a| {
        matches!(
            *a,
            "مقبله"
                | "مرتقبه"
                | "مقرره"
                | "قادمه"
                | "مقبل"
                | "مرتقب"
                | "مقرر"
                | "قادم"
                | "مزمع"
                | "مزمعه"
        )
    }) {
        return "planned";
    }
    // A plan stated earlier in the clause governs the events it leads to: "ومن المقرر أن
    // يتوجه الوزيران إلى بروكسل يوم الاثنين لحضور اجتماع", "سيتوجه … لحضور قمة". A verb in
    // the imperfect carries it past commas ("ومن المقرر أن يلتقي …، كما يزور ميناء الدقم").
    let verb = lexicon().events.at(doc, t).is_some_and(|(e, _)| lexicon().events.entry(e).pos == Pos::Verb);
    let mut i = t;
    while i > s.start {
        i -= 1;
        if clause_break(doc, i) || clause_edge(doc, i) && !(verb && imperfect) {
            break;
        }
        if doc.segs[i].fut || PLAN_WORDS.contains(&strip_article(&doc.bases[i])) {
            return "planned";
        }
    }
    // "على أن يقوم بزيارة", "على أن تعقد جولة": what is agreed to come; "قرر عقد اجتماع":
    // what was decided.
    let held = t > s.start && &*doc.bases[t - 1] == "عقد";
    let decided = (s.start.max(t.saturating_sub(4))..t)
        .any(|k| &*doc.bases[k] == "علي" && k + 1 < t && doc.is_that(k + 1))
        || (s.start.max(t.saturating_sub(12))..t).rev().take_while(|&k| !clause_edge(doc, k)).any(|k| {
            matches!(strip_article(&doc.bases[k]), "قرر" | "قررت" | "تقرر" | "يقرر" | "اتفق" | "اتفقا" | "اتفقت")
                && (k + 1 == t || held)
        });
    if decided {
        return "planned";
    }
    // "ويغادر الرئيس عمّان مساء الخميس": an imperfect verb opening a sentence of the body
    // tells what is to come (headlines tell what happened so).
    let opens = (s.start..t).all(|k| doc.tokens[k].kind != crate::text::tokenize::TokenKind::Word);
    let body = doc.sentence_of(t).is_some_and(|k| doc.sentences[k].kind == crate::output::SentenceKind::Body);
    if verb && imperfect && opens && body && doc.segs[t].conj.is_some() {
        return "planned";
    }
    "happened"
}

/// Words spelled like a trigger that tell no event: "وزارتا الخارجية والدفاع" (two
/// ministries, not و + "they visited"), "كل ما يتصل بالتطورات" (what concerns, not a call),
/// "وصل عدد المصابين إلى ألف" (a figure reached, not an arrival), "مباراة القمة", "قمة
/// الجبل" (the top, not a summit), "محرك بحث" (a search engine).
fn not_this_event(
    doc: &Document,
    trig: &crate::lexicon::triggers::Trigger,
    tr: Range<usize>,
    a: usize,
    b: usize,
) -> bool {
    let t = tr.start;
    let prev = (t > a).then(|| strip_article(&doc.bases[t - 1]));
    let next = (tr.end < b).then(|| strip_article(&doc.bases[tr.end]));
    match trig.kind.as_str() {
        "visit" => matches!(doc.key(t), "وزارتا" | "وزارتي"),
        "call" => {
            trig.pos == Pos::Verb && doc.bases[t].starts_with(['ي', 'ت']) && matches!(prev, Some("ما" | "مما" | "فيما"))
        }
        // "محرك بحث" (a search engine).
        "talks" => matches!(prev, Some("محرك" | "محركات")),
        // (Not "وصل عدد من الوزراء إلى القاهرة": some of them arrived.)
        "arrival" => {
            trig.pos == Pos::Verb
                && next.is_some_and(|w| FIGURES.contains(&w))
                && !(tr.end + 1 < b && &*doc.bases[tr.end + 1] == "من")
        }
        "summit" => {
            prev.is_some_and(|w| SPORT_WORDS.contains(&w))
                || next.is_some_and(|w| matches!(w, "جبل" | "هرم" | "ترتيب" | "جدول" | "سلم" | "دوري" | "مجد"))
        }
        _ => false,
    }
}

/// Nouns of a quantity that "reaches" a figure ("وصل عدد القتلى إلى", "وصلت نسبة البطالة").
const FIGURES: &[&str] = &[
    "عدد",
    "حجم",
    "نسبه",
    "قيمه",
    "معدل",
    "سعر",
    "اسعار",
    "حصيله",
    "اجمالي",
    "مجموع",
    "عجز",
    "دين",
    "ديون",
    "رصيد",
    "انتاج",
    "صادرات",
    "واردات",
    "حراره",
    "درجه",
    "مستوي",
    "ارتفاع",
    "عمق",
    "طول",
    "تكلفه",
    "كلفه",
    "خسائر",
    "ارباح",
];

/// Finds the events of the document.
pub fn extract(doc: &mut Document) {
    let lex = lexicon();
    let mut events: Vec<EventInfo> = Vec::new();
    // Agreement nouns read as a signing verb's object.
    let mut object_nouns: Vec<usize> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        if matches!(s.kind, crate::output::SentenceKind::List | crate::output::SentenceKind::Meta) {
            continue;
        }
        let (a, b) = (s.tokens.start, s.tokens.end);
        // What is said in quotation marks ("«… الاتفاق …»") tells no event of its own.
        let marks: Vec<usize> = (a..b)
            .filter(|&t| doc.tokens[t].kind == crate::text::tokenize::TokenKind::Punct && doc.light(t) == "\"")
            .collect();
        let quoted: Vec<Range<usize>> =
            marks.chunks(2).filter(|p| p.len() == 2 && p[1] > p[0] + 4).map(|p| p[0] + 1..p[1]).collect();
        let mut t = a;
        while t < b {
            let Some((e, n)) = lex.events.at(doc, t) else {
                t += 1;
                continue;
            };
            let trig = lex.events.entry(e).clone();
            let tr = t..t + n;
            t += n;
            if object_nouns.contains(&tr.start) {
                continue;
            }
            if trig.pos == Pos::Noun && trig.kind == "agreement" && quoted.iter().any(|r| r.contains(&tr.start)) {
                continue;
            }
            // A trigger inside a name ("مؤتمر" of a named conference) or a title is not an event.
            if actor_at(doc, tr.start).is_some() || place_at(doc, tr.start).is_some() {
                continue;
            }
            if not_this_event(doc, &trig, tr.clone(), a, b) {
                continue;
            }
            // A verb takes neither the article nor ب, nor follows a preposition: "من أصل 130"
            // is a noun.
            let seg = &doc.segs[tr.start];
            if trig.pos == Pos::Verb
                && (seg.article != Article::None
                    || matches!(seg.prep, Some('ب' | 'ك'))
                    || tr.start > a
                        && VERBLESS_BEFORE.contains(&&*doc.bases[tr.start - 1])
                        // "جرى خلاله بحث العلاقات": the verbal noun, read as the verb's event.
                        && !(tr.start >= a + 2
                            && doc.segs[tr.start - 1].enclitic.is_some()
                            && matches!(strip_article(&doc.bases[tr.start - 2]), "جري" | "جرت" | "تم")))
            {
                continue;
            }
            // Clause reach: to the right up to a clause break or the next event/speech verb.
            let mut right = tr.end;
            // "وقال فلان بعد لقائه الرئيس في القاهرة إن …": a noun in the adjunct of a verb of
            // saying ends where what was said begins.
            let said_after = trig.pos == Pos::Noun
                && (tr.start.saturating_sub(6).max(a)..tr.start).any(|k| {
                    lex.speech.at(doc, k).is_some_and(|(e, _)| lex.speech.entry(e).pos == Pos::Verb)
                        && !(k + 1..tr.start).any(|j| is_that_or_colon(doc, j))
                });
            // (What a statement says is no part of it: "وقالت الوزارة في بيان إن فلانا سيزور …".)
            while right < b
                && !clause_break(doc, right)
                && !((trig.kind == "statement" || said_after) && is_that_or_colon(doc, right))
                && !(right > tr.end
                    && (other_trigger(doc, right) && !arrival_clause(doc, right, &trig.frame)
                        || matches!(doc.light(right), "\"" | "«")
                        // "استقبل السفير ثم ترأس جلسة مجلس الوزراء": another clause.
                        // (Not "مباحثات ثنائية ثم موسعة", adjectives of a noun.)
                        || trig.pos == Pos::Verb && &*doc.bases[right] == "ثم" && !doc.segs[right].is_split()))
            {
                right += 1;
                // A name set off in quotation marks is no quotation: "أعلنت شركة " فيسبوك "";
                // nor is a blessing after a ruler's title ("رئيس الدولة " حفظه الله "").
                if right < b && doc.light(right) == "\"" {
                    if let Some(close) = (right + 2..(right + 5).min(b)).find(|&k| doc.light(k) == "\"") {
                        let blessing = (right + 1..close).any(|k| matches!(&*doc.bases[k], "الله" | "اللہ"));
                        if blessing || (right + 1..close).any(|k| actor_at(doc, k).is_some()) {
                            right = close + 1;
                        }
                    }
                }
            }
            // ("وأصدر المجلس في ختام الاجتماع بيانا": an event noun in an adjunct of time is
            // no clause of its own.)
            let mut left = tr.start;
            while left > a
                && !clause_break(doc, left - 1)
                && (!other_trigger(doc, left - 1) || adjunct_noun(doc, left - 1))
            {
                left -= 1;
            }
            // "وقال المتحدث فلان إن الوزير سيزور موسكو": what is reported after a speech verb's
            // أن/إن is a clause of its own; the speaker does not act in it. With a pronoun
            // ("أكد الوزير أنه سيزور") the one it stands for does.
            let reported = (left..tr.start).rev().find(|&k| {
                doc.is_that(k)
                    && k > a
                    && !matches!(strip_article(&doc.bases[k - 1]), "بعد" | "قبل" | "منذ" | "دون" | "حتي")
                    && left > a
                    && {
                        let v = left - 1;
                        let s = &doc.segs[v];
                        s.article == Article::None
                            && lex.speech.at(doc, v).is_some_and(|(e, _)| lex.speech.entry(e).pos == Pos::Verb)
                    }
            });
            let reported_pron = reported.filter(|&k| doc.segs[k].enclitic.is_some());
            if let Some(k) = reported {
                left = k + 1;
            }
            if trig.flags.contains('o') {
                // After the signer, however long his title ("ووقع الرئيس التونسي قيس سعيد
                // اتفاقية", "ووقع اللاعب محمد صلاح على العقد").
                // The agreement noun is itself a trigger, where the verb's reach stops.
                // Past a time, a place or an occasion between ("ووقع الجانبان في ختام اللقاء
                // مذكرة تفاهم", "وقع فلان وزير الطاقة، اليوم في الرياض، مذكرة تفاهم").
                let obj = (tr.end..b.min(tr.end + 16))
                    .take_while(|&i| !clause_break(doc, i))
                    .find(|&i| agreement_noun(doc, i));
                // "وقعها عن الجانب المغربي الوزير فلان": the pronoun is the agreement named just
                // before it.
                let pron_obj = obj.is_none()
                    && matches!(doc.segs[tr.start].enclitic_str(), Some("ها" | "ه" | "هما"))
                    && (a.saturating_sub(40)..tr.start).any(|i| agreement_noun(doc, i));
                let Some(o) = obj.or(pron_obj.then_some(tr.end)) else { continue };
                // (A pronoun on the verb at the very end: the agreement is before it, and
                // nothing follows: "اتفاق وقعها".)
                if o < b && o > right && lex.events.at(doc, o).is_some() {
                    right = o;
                }
                // "ووقع فلان اتفاقية مع فلان": the agreement noun is the verb's object, one
                // signing with the verb's parties, not an event of its own.
                if o < b && o == right && lex.events.at(doc, o).is_some() {
                    object_nouns.push(o);
                    right += 1;
                    while right < b && !clause_break(doc, right) && !other_trigger(doc, right) {
                        right += 1;
                    }
                }
            }
            // "اقتراح أعلن عنه من قبل": a preposition with a pronoun right after the verb refers
            // back to a noun the clause describes; the verb is mostly the passive, its agent untold.
            if trig.pos == Pos::Verb && trig.kind == "statement" && tr.end < b && {
                let s = &doc.segs[tr.end];
                s.enclitic.is_some() && (s.prep.is_some() && s.stem_start == s.stem_end || &*doc.bases[tr.end] == "عن")
            } {
                continue;
            }
            // "يتفقان على ضرورة وقف إطلاق النار": agreeing on a need is an opinion, not a deal.
            if trig.kind == "agreement"
                && trig.pos == Pos::Verb
                && (tr.end..right.min(tr.end + 3))
                    .any(|i| matches!(strip_article(&doc.bases[i]), "ضروره" | "اهميه" | "وجوب" | "حتميه"))
            {
                continue;
            }
            if trig.flags.contains('b') && !(tr.end..right.min(tr.end + 3)).any(|i| &*doc.bases[i] == "بين") {
                continue;
            }
            // "تلقى/أجرى اتصالا": a call only after a light verb.
            if trig.flags.contains('l') && light_verb(doc, left, tr.start, false).is_none() {
                continue;
            }
            // "عقد المجلس جلسة طارئة", "ترأس الوزير الجلسة": a session only when held, and
            // not one of talks ("جلسة مباحثات", "جلسة طارئة لبحث الوضع": the talks are the
            // event).
            // Nor a court's hearing or a session of treatment ("جلسة محاكمة", "جلسة علاج").
            let not_a_meeting = |k: usize| {
                matches!(
                    strip_article(&doc.bases[k]),
                    "علاج"
                        | "محاكمه"
                        | "استماع"
                        | "تصوير"
                        | "تدريب"
                        | "تدريبيه"
                        | "النطق"
                        | "نطق"
                        | "محكمه"
                )
            };
            if trig.flags.contains('h')
                && (light_verb(doc, left, tr.start, true).is_none()
                    || (tr.end..b.min(tr.end + 3)).any(|k| lexicon().events.at(doc, k).is_some() || not_a_meeting(k))
                    || (left..tr.start).any(&not_a_meeting))
            {
                continue;
            }
            // "هاتف" is a telephone as often as the verb "called": the verb is followed by its
            // subject or object ("هاتف الرئيس نظيره"), the device by an adjective ("هاتف ذكي").
            let party_next =
                tr.end < b && (actor_at(doc, tr.end).is_some() || doc.holders.get(tr.end).is_some_and(|h| h.is_some()));
            if trig.flags.contains('p') && !party_next {
                continue;
            }
            // "بحث عن" is searching for, not talks ("المتهم الذي تبحث عنه الشرطة", "البحث عن
            // المفقودين").
            if trig.kind == "talks"
                && tr.end < b
                && strip_article(&doc.bases[tr.start]).ends_with("بحث")
                && (tr.end..(tr.end + 3).min(b))
                    .take_while(|&k| doc.segs[k].prep.is_none() && doc.key(k) != "مع")
                    .any(|k| matches!(doc.key(k), "عن" | "عنه" | "عنها" | "عنهم" | "عنهما" | "عنهن"))
            {
                continue;
            }
            // "أن تصل قيمة السوق إلى 20 مليار دولار": reaching an amount is no arrival.
            if trig.kind == "arrival" {
                let amount = (tr.end..right.min(tr.end + 8)).any(|i| {
                    &*doc.bases[i] == "الي"
                        && i + 1 < b
                        && (matches!(doc.tokens[i + 1].kind, crate::text::tokenize::TokenKind::Number)
                            || doc
                                .mentions_at(i + 1)
                                .any(|m| matches!(doc.mentions[m].kind, EntityKind::Money | EntityKind::Percent))
                            || matches!(
                                strip_article(&doc.bases[i + 1]),
                                "نحو" | "حوالي" | "قرابه" | "اكثر" | "اقل" | "ما"
                            ))
                });
                if amount {
                    continue;
                }
            }
            // "ويستقبل المسلمون شهر رمضان", "وتستقبل البلاد هذه الذكرى": a season or an occasion
            // welcomed is no reception of a guest.
            if trig.kind == "reception" && trig.pos == Pos::Verb {
                let occasion = (tr.end..(tr.end + 4).min(b))
                    .take_while(|&k| actor_at(doc, k).is_none() || doc.key(k).ends_with("رمضان"))
                    .any(|k| {
                        let w = strip_article(&doc.bases[k]);
                        doc.segs[k].prep.is_none()
                            && (matches!(w, "ذكري" | "شهر" | "عيد" | "موسم" | "رمضان" | "مناسبه" | "صيف" | "شتاء")
                                // ("العام الجديد", not "أمين عام الوزارة").
                                || matches!(w, "عام" | "سنه") && doc.segs[k].article != Article::None)
                    });
                if occasion {
                    continue;
                }
            }
            // "حفاوة الاستقبال", "حسن الاستقبال": hospitality, not a reception.
            if trig.kind == "reception"
                && trig.pos == Pos::Noun
                && tr.start > a
                && matches!(strip_article(&doc.bases[tr.start - 1]), "حفاوه" | "حسن" | "كرم" | "دفء")
            {
                continue;
            }
            // "إعلانات" are advertisements, not announcements.
            if trig.kind == "statement"
                && trig.pos == Pos::Noun
                && trig.words == 1
                && strip_article(&doc.bases[tr.start]).ends_with("ات")
            {
                continue;
            }
            // "يستقبل … وفدا لبحث …", "عقد المجلس جلسة لبحث …": a verbal noun of purpose
            // shares the modality of the event it serves.
            let purpose_of = (seg.prep == Some('ل') && seg.article == Article::None && trig.pos == Pos::Verb)
                .then(|| prior_in_sentence(&events, si, tr.start).map(|p| p.modality))
                .flatten();
            let mut ev = EventInfo {
                kind: trig.kind.clone(),
                trigger: tr.clone(),
                participants: Vec::new(),
                place: None,
                time: None,
                duration: None,
                modality: purpose_of.unwrap_or_else(|| modality(doc, &tr, a..b, &trig.kind)),
                sentence: si,
            };
            // The two people of the last event with two: what a dual ("الجانبان") refers to.
            // Of a reception by two hosts, the first host and the guest.
            let pair = events.iter().rev().take(4).find_map(|p| {
                let ps: Vec<&(usize, &str)> =
                    p.participants.iter().filter(|x| doc.entities[x.0].kind == EntityKind::Person).collect();
                let first = ps.first()?;
                let other = ps.iter().skip(1).find(|x| x.1 != first.1).or(ps.get(1))?;
                Some([first.0, other.0])
            });
            // "بطلب من المملكة المتحدة": who asked for it takes no part in it.
            // So does one coordinated with it ("بطلب من بريطانيا والجزائر").
            let mut asked: Option<usize> = None;
            let after: Vec<Actor> = actors(doc, tr.end..right, pair)
                .into_iter()
                .filter(|x| {
                    let r = requested(doc, x.at) || asked == Some(x.at) && doc.segs[x.at].conj == Some('و');
                    asked = r.then_some(x.end);
                    !r
                })
                .collect();
            // "تجمع بين التراث والحداثة" joins ideas, not parties.
            if trig.flags.contains('b') && after.is_empty() {
                continue;
            }
            let before = actors(doc, left..tr.start, pair);
            let roles: (&'static str, &'static str) = match trig.frame.as_str() {
                _ if trig.kind == "agreement" && trig.pos == Pos::Verb => ("signatory", "signatory"),
                _ if trig.kind == "call" && trig.pos == Pos::Verb => ("caller", "callee"),
                "host-guest" => ("host", "guest"),
                "mover-place" => (if trig.kind == "arrival" { "arriving" } else { "visitor" }, "with"),
                "agent" => ("agent", "with"),
                _ => ("agent", "with"),
            };
            let push = |ev: &mut EventInfo, a: Actor, role: &'static str| {
                if !ev.participants.iter().any(|p| p.0 == a.entity) {
                    ev.participants.push((a.entity, role));
                }
            };
            // Countries act too, but a mover's place is not a participant.
            let is_person_or_org = |a: &Actor| matches!(a.kind, EntityKind::Person | EntityKind::Organization);
            // The first party (subject or genitive), then up to two others after the trigger
            // (none for an announcement).
            let parties = |ev: &mut EventInfo, first: Option<Actor>| {
                if let Some(a) = first {
                    push(ev, a, roles.0);
                }
                // An announcement by coordinated subjects ("وأعلن كيري ورودريغيز", "أوباما
                // وكاسترو أعلنا"): each one announces.
                if trig.frame == "agent" {
                    if let Some(f) = first {
                        let mut end = f.end;
                        let next = actors(doc, f.end..(f.end + 12).min(b), pair);
                        for x in next.iter() {
                            if x.at == end && doc.segs[x.at].conj == Some('و') {
                                push(ev, *x, roles.0);
                                end = x.end;
                            } else {
                                break;
                            }
                        }
                    }
                }
                let others = if trig.frame == "agent" { 0 } else { 2 };
                // Past two, only a list joined by و ("واتفقت الولايات المتحدة وبريطانيا وفرنسا
                // وألمانيا"), up to six.
                // (A list from the subject on, each joined to the one before: not "العلاقات بين
                // مصر وبريطانيا وفرنسا", a topic.)
                let mut prev_end = first.map(|f| f.end);
                let mut unbroken = first.is_some();
                for (n, a) in after.iter().filter(|a| Some(a.entity) != first.map(|f| f.entity)).enumerate() {
                    let joined = prev_end.is_some_and(|e| a.at == e) && doc.segs[a.at].conj == Some('و');
                    unbroken &= joined;
                    let listed = n < 6 && unbroken;
                    if n >= others && !(others > 0 && listed) {
                        break;
                    }
                    prev_end = Some(a.end);
                    if trig.frame == "mover-place" && !is_person_or_org(a) {
                        continue;
                    }
                    push(ev, *a, roles.1);
                }
            };
            // "اتفاقية جنيف التي توصلت إليها إيران مع…": for a noun, the parties named in the
            // relative clause right after it, rather than whoever was named before it.
            let relative = match (tr.end..(tr.end + 3).min(b)).find(|&k| matches!(&*doc.bases[k], "التي" | "الذي"))
            {
                Some(k) if trig.pos == Pos::Noun && k == right => {
                    let mut e = k + 1;
                    while e < b && !matches!(doc.light(e), "." | "!" | "?" | ";" | ":" | ",") {
                        e += 1;
                    }
                    actors(doc, k + 1..e, pair)
                }
                _ => Vec::new(),
            };
            // A definite noun ("الزيارة", "اللقاء") or one with its own pronoun ("اجتماعه")
            // refers to a known event or party: it takes no party merely named near it.
            let definite =
                trig.pos == Pos::Noun && trig.flags.contains('a') && doc.segs[tr.start].article != Article::None;
            let own_pron = trig.pos == Pos::Noun && matches!(doc.segs[tr.start].enclitic_str(), Some("ه"));
            // "بحسب بيان صادر عن …": a statement named as the source is not the last one named's.
            let attributed =
                tr.start > a && lex.speech.at(doc, tr.start - 1).is_some_and(|(e, _)| lex.speech.entry(e).kind == "a");
            // "في بيان للرئاسة": a statement of a body named after لـ, here one nobody's name
            // says, is not the last one named's.
            let issued_by_lam = trig.kind == "statement"
                && trig.pos == Pos::Noun
                && tr.end < b
                && doc.segs[tr.end].prep == Some('ل')
                && doc.segs[tr.end].article != Article::None
                && doc.tokens[tr.end].is_word()
                && actor_at(doc, tr.end).is_none();
            let near_before =
                if definite || own_pron || attributed || issued_by_lam { None } else { before.last().copied() };
            match (trig.pos, trig.frame.as_str()) {
                (_, "between") => {
                    // "لقاء بين A و B", "اجتماع A مع B", "لقاء A و B", "جمع بين A و B": the
                    // parties named one after the other, not those of a later phrase
                    // ("اجتماع A و B وتأثيره على العلاقات بين C و D").
                    // "تلقى/أجرى A اتصالا هاتفيا من/مع B": the subject of the light verb before the
                    // noun is a party too.
                    // "وعقد A جلسة مباحثات مع B" too; the subject may be a long chain of titles.
                    let mut other_role = "participant";
                    if let Some(k) = light_verb(doc, left, tr.start, true) {
                        // Its subject after it, or before it ("وكان فلان قد أجرى اتصالا").
                        // "زار بارو الجزائر وأجرى محادثات مع …": a light verb joined by و to the
                        // verb before shares its subject (not that verb's object).
                        let shared = (doc.segs[k].conj == Some('و'))
                            .then(|| prior_in_sentence(&events, si, k))
                            .flatten()
                            .and_then(|p| first_party(doc, p, k));
                        let between = actors(doc, k + 1..tr.start, pair);
                        // "وعقد الرئيسان تبون وأردوغان اجتماعا", "وأجرى الرئيس فلان والرئيس
                        // فلان محادثات": a subject of coordinated names; all of them act.
                        let mut co_subjects: Vec<Actor> = Vec::new();
                        for x in between.iter().skip(1) {
                            let prev_end = co_subjects.last().or(between.first()).map_or(0, |p| p.end);
                            // A dual ("الجانبان") stands for both, at one token.
                            let same_dual = between.first().is_some_and(|f| f.at == x.at);
                            if same_dual || doc.segs[x.at].conj == Some('و') && x.at == prev_end {
                                co_subjects.push(*x);
                            } else {
                                break;
                            }
                        }
                        let subject = between
                            .first()
                            .copied()
                            .or(shared)
                            .or_else(|| actors(doc, left..k, pair).into_iter().rev().find(|x| !governed(doc, x)))
                            // "لافتا إلى أنه سيعقد اجتماعا مع …": the one the pronoun on أن
                            // stands for.
                            .or_else(|| {
                                let p = reported_pron?;
                                let e = antecedent(doc, p, &[])?;
                                Some(Actor { entity: e, at: p, end: p + 1, kind: EntityKind::Person })
                            });
                        // "سيتوجه إلى بغداد لإجراء محادثات مع…": a purpose clause's doer is the
                        // one who acts in the clause before it.
                        let purpose = || {
                            let prev = events.last().filter(|p| p.sentence == si && doc.segs[k].prep == Some('ل'))?;
                            let &(e, _) = prev.participants.first()?;
                            matches!(doc.entities[e].kind, EntityKind::Person | EntityKind::Organization)
                                .then_some(Actor { entity: e, at: k, end: k + 1, kind: doc.entities[e].kind })
                        };
                        // "تلقى X اتصالا من Y": X was called; "أجرى X اتصالا مع Y": X called.
                        let (mine, theirs) = match (ev.kind.as_str(), strip_article(&doc.bases[k])) {
                            ("call", w) if w.starts_with("تلق") || w.starts_with("يتلق") => ("callee", "caller"),
                            ("call", _) => ("caller", "callee"),
                            _ => ("participant", "participant"),
                        };
                        if let Some(a) = subject.or_else(purpose) {
                            push(&mut ev, a, mine);
                        }
                        for x in co_subjects {
                            push(&mut ev, x, mine);
                        }
                        other_role = theirs;
                    }
                    // "قال فلان، في اتصال هاتفي مع فلان": the clause's subject is the first party of
                    // an event noun after في or خلال, with the other named after it.
                    let framed = ev.participants.is_empty()
                        && !definite
                        && tr.start > a
                        && matches!(&*doc.bases[tr.start - 1], "في" | "خلال")
                        && after.first().is_some_and(|x| x.at > tr.end && &*doc.bases[x.at - 1] == "مع");
                    if framed {
                        if let Some(x) = before.iter().rev().find(|x| !governed(doc, x)) {
                            let call = ev.kind == "call";
                            push(&mut ev, *x, if call { "caller" } else { "participant" });
                            if call {
                                other_role = "callee";
                            }
                        }
                    }
                    // "خلال لقاء جمعهما": the two named last.
                    let brought = tr.end < right
                        && &*doc.bases[tr.end] == "جمع"
                        && matches!(doc.segs[tr.end].enclitic_str(), Some("هما"));
                    if brought && ev.participants.is_empty() {
                        let two = pair.map(|p| p.to_vec()).unwrap_or_else(|| {
                            let x = antecedent(doc, tr.start, &[]);
                            let y = x.and_then(|x| antecedent(doc, tr.start, &[x]));
                            [y, x].into_iter().flatten().collect()
                        });
                        if two.len() == 2 {
                            for e in two {
                                ev.participants.push((e, "participant"));
                            }
                        }
                    }
                    let mut prev_end: Option<usize> = None;
                    // With its subject known, the noun takes only who is named right after it or
                    // after مع/بين/من/ب: not a topic ("محادثات تناولت الأوضاع في … ليبيا").
                    let subject_known = !ev.participants.is_empty();
                    let introduced = |a: &Actor| {
                        a.at <= tr.end + 1
                            || (tr.end..a.at).any(|k| {
                                matches!(&*doc.bases[k], "مع" | "بين" | "من" | "رئاسه")
                                    || k <= tr.end + 2 && matches!(doc.segs[k].prep, Some('ب' | 'ل'))
                            })
                            || matches!(doc.segs[a.at].prep, Some('ب' | 'ل')) && a.at <= tr.end + 3
                    };
                    // "بالاتفاق الموقع مع حركة حماس": the parties it was signed with.
                    let signed_with = tr.end + 1 < right
                        && matches!(strip_article(&doc.bases[tr.end]), "موقع" | "موقعه" | "مبرم" | "مبرمه")
                        && matches!(&*doc.bases[tr.end + 1], "مع" | "بين");
                    for a in after.iter().take(4) {
                        let joined = prev_end.map_or(
                            // "اللقاء بين A و B", not "وتناول اللقاء العلاقات بين مصر والسودان",
                            // where بين belongs to another noun.
                            (!definite || a.at <= tr.end + 1 || signed_with && a.at == tr.end + 2)
                                && (!subject_known || introduced(a)),
                            |e| a.at == e || a.at == e + 1 && matches!(&*doc.bases[e], "مع" | "و" | ","),
                        );
                        if !joined {
                            break;
                        }
                        push(&mut ev, *a, other_role);
                        prev_end = Some(a.end);
                    }
                    // "اجتماع طارئ لوزراء الخارجية بمشاركة الأمين العام فلان": who takes part.
                    for a in after.iter().take(6) {
                        let k = a.at;
                        if k > tr.end
                            && doc.segs[k].prep.is_none()
                            && doc.segs[k - 1].prep == Some('ب')
                            && matches!(strip_article(&doc.bases[k - 1]), "مشاركه" | "حضور")
                            && matches!(a.kind, EntityKind::Person | EntityKind::Organization)
                        {
                            push(&mut ev, *a, "participant");
                        }
                    }
                    if ev.participants.is_empty() {
                        for a in relative.iter().take(3) {
                            push(&mut ev, *a, "participant");
                        }
                    }
                    if ev.participants.is_empty() {
                        if let Some(a) = near_before {
                            // "ووقعت قطر والبحرين مذكرة تفاهم": both of two coordinated parties.
                            let first =
                                before.iter().rev().nth(1).filter(|p| {
                                    doc.segs[a.at].conj == Some('و') && (p.end == a.at || p.end + 1 == a.at)
                                });
                            if let Some(p) = first {
                                push(&mut ev, *p, "participant");
                            }
                            push(&mut ev, a, "participant");
                        }
                    }
                }
                (Pos::Verb, _) => {
                    // "وكان عالم الآثار فلان قد أعلن": the subject between كان and قد comes first.
                    let kana = (tr.start > left + 1 && matches!(&*doc.bases[tr.start - 1], "قد" | "لقد"))
                        .then(|| {
                            let k = (left..tr.start - 1).rev().find(|&i| {
                                doc.segs[i].prep.is_none()
                                    && matches!(strip_article(&doc.bases[i]), "كان" | "كانت" | "كانوا")
                            })?;
                            before.iter().find(|x| x.at > k).copied()
                        })
                        .flatten();
                    // "وكانت البعثة قد التقت رئيس الوزراء": a subject nobody's name says stands
                    // between كان and قد; the name after the verb is the one met.
                    let kana_unnamed = kana.is_none()
                        && tr.start > left + 2
                        && matches!(&*doc.bases[tr.start - 1], "قد" | "لقد")
                        && doc.tokens[tr.start - 2].kind == crate::text::tokenize::TokenKind::Word
                        && matches!(strip_article(&doc.bases[tr.start - 3]), "كان" | "كانت" | "كانوا")
                        && doc.segs[tr.start - 2].article != Article::None;
                    // VSO first, else SVO. A mover is a person or an organisation: "غادر سورية"
                    // names the place left, not who left.
                    // "كما اجتمع بوزير الدفاع فلان": a name after ب or مع is met, not meeting.
                    let vso = after
                        .iter()
                        .find(|x| {
                            trig.frame != "mover-place"
                                || matches!(x.kind, EntityKind::Person | EntityKind::Organization)
                        })
                        .copied()
                        .filter(|x| !(trig.frame == "agent-with" && x.at == tr.end && governed(doc, x)))
                        // "سيلتقي غدا وفدا من حركة حماس": a name after a preposition further on
                        // is no subject.
                        .filter(|x| {
                            !(x.at > tr.end && governed(doc, x) && trig.frame != "mover-place")
                                || people_of(doc, x, tr.end)
                        });
                    // "أن الملك عبد الله الثاني سيلتقي الرئيس السيسي": a name right before the
                    // verb is its subject, and those after it are the others.
                    // "أردوغان يزور الجزائر ويوقع 12 اتفاقية": what the verb before took as its
                    // place or object is no subject of the verb joined to it by و.
                    let prev_object = |x: &Actor| {
                        doc.segs[tr.start].conj == Some('و')
                            && events.last().is_some_and(|p| {
                                p.sentence == si
                                    && p.trigger.end <= tr.start
                                    && (p.place == Some(x.entity)
                                        || p.participants.iter().skip(1).any(|q| q.0 == x.entity))
                            })
                    };
                    let joined_to_object = before.last().is_some_and(|x| x.end == tr.start && prev_object(x));
                    let svo = before
                        .last()
                        .filter(|x| x.end == tr.start || x.end + 1 == tr.start && &*doc.bases[x.end] == "قد")
                        .filter(|x| !prev_object(x))
                        .copied();
                    // "السيسي وماكرون يبحثان …": a subject of two coordinated names; the first
                    // acts too.
                    // ("أن فرنسا وألمانيا وبريطانيا اتفقت": each one of a list.)
                    if let Some(x) = svo.filter(|x| doc.segs[x.at].conj == Some('و')) {
                        let mut at = x.at;
                        let mut list = Vec::new();
                        for p in before.iter().rev().skip(1).take(5) {
                            if p.end != at {
                                break;
                            }
                            list.push(*p);
                            if doc.segs[p.at].conj != Some('و') {
                                break;
                            }
                            at = p.at;
                        }
                        for p in list.into_iter().rev() {
                            push(&mut ev, p, roles.0);
                        }
                    }
                    // "عقد مجلس الأمن جلسة لبحث الوضع": a verbal noun of purpose after لـ is done
                    // by the subject of the clause it serves.
                    let purpose = doc.segs[tr.start].prep == Some('ل')
                        && !strip_article(&doc.bases[tr.start]).starts_with(['ي', 'ت', 'ن'])
                        && trig.frame != "agent";
                    let served = purpose.then(|| before.iter().rev().find(|a| !governed(doc, a)).copied()).flatten();
                    // "استقبل الرئيس اللبناني المبعوث الأمريكي ستيف ويتكوف": an office named
                    // right after the verb with nobody's name is the subject; the name after it
                    // is the object.
                    // (So is a form of address that is an office too: "استقبل أمير الكويت أمس
                    // وزير الخارجية المصري فلان".)
                    let unnamed_subject = trig.frame != "agent"
                        && vso.is_some_and(|x| {
                            x.at > tr.end
                                && lex.titles.match_at(&doc.bases, tr.end).is_some()
                                && !addressed_name(doc, tr.end, b)
                                && doc.holders[tr.end].is_none_or(|h| h != x.entity)
                                && (tr.end..x.at).all(|k| !clause_edge(doc, k))
                        });
                    // "سيلتقي نظيره الأردني أيمن الصفدي": the counterpart is the object; the
                    // subject is whoever the clause is about.
                    let counterpart = vso.is_some_and(|x| {
                        x.at <= tr.end + 3 && tr.end < b && strip_article(&doc.bases[tr.end]).starts_with("نظير")
                    });
                    let vso = vso.filter(|_| !unnamed_subject && !counterpart && !kana_unnamed);
                    // "…فلان، الذي وصل إلى القاهرة": the subject of a relative clause is the name
                    // it follows.
                    let relative_subject = (tr.start > a + 1
                        && matches!(&*doc.bases[tr.start - 1], "الذي" | "التي" | "الذين"))
                    .then(|| {
                        let rel = tr.start - 1;
                        let end = if doc.light(rel - 1) == "," { rel - 1 } else { rel };
                        actors(doc, a..end, pair).into_iter().rev().find(|x| x.end == end)
                    })
                    .flatten();
                    let pron_subject = reported_pron.filter(|_| before.is_empty()).and_then(|k| {
                        Some(Actor { entity: antecedent(doc, k, &[])?, at: k, end: k + 1, kind: EntityKind::Person })
                    });
                    // "نفى الوزير فلان أن يكون التقى أي مسؤول": with nobody named between أن
                    // (يكون، قد) and the verb, the speaker did it; who follows was met.
                    let speaker_subject = reported
                        .filter(|&k| {
                            (k + 1..tr.start).all(|j| matches!(&*doc.bases[j], "يكون" | "تكون" | "قد"))
                                && doc.segs[k].enclitic.is_none()
                        })
                        .and_then(|k| actors(doc, a..k, pair).into_iter().find(|x| !governed(doc, x)))
                        .filter(|x| x.kind == EntityKind::Person);
                    // "استقبل فلان ضيفه، وبحث معه …": a verb joined by و after a comma shares the
                    // subject of the verb before it in the sentence.
                    // "يزور فلان البصرة، على أن يلتقي …": what is agreed to come is the same
                    // subject's.
                    // The word before a bare "أن" right before the verb.
                    let before_that =
                        (tr.start >= a + 2 && doc.is_that(tr.start - 1) && doc.segs[tr.start - 1].enclitic.is_none())
                            .then(|| &*doc.bases[tr.start - 2]);
                    let on_condition = before_that == Some("علي");
                    // So does "قبل أن / بعد أن" with no subject of its own ("… حيث يلتقي حاكمها
                    // فلانا، قبل أن يغادر إندونيسيا": the visitor leaves, not the governor; "بعد أن
                    // التقى أوباما نتنياهو" names its own).
                    let before_after = matches!(before_that, Some("قبل" | "بعد")) && vso.is_none() && svo.is_none();
                    // "يزور كوستا كييف، حيث سيلتقي الرئيس الأوكراني فلان": the one who went there
                    // meets the one named.
                    // Also over a plan: "حيث من المقرر أن يلتقي".
                    let planned_there = |k: usize| {
                        (k + 1..tr.start).all(|j| {
                            let w = strip_article(&doc.bases[j]);
                            w == "من" || PLAN_WORDS.contains(&w) || doc.is_that(j)
                        })
                    };
                    let where_clause = (tr.start.saturating_sub(5).max(a)..tr.start)
                        .any(|k| &*doc.bases[k] == "حيث" && planned_there(k))
                        && trig.frame == "agent-with"
                        && after.len() <= 1;
                    let shared = (doc.segs[tr.start].conj == Some('و')
                        && tr.start > a
                        && (doc.light(tr.start - 1) == "," || joined_to_object)
                        || on_condition
                        || before_after
                        || where_clause)
                        .then(|| prior_in_sentence(&events, si, tr.start))
                        .flatten()
                        .and_then(|p| first_party(doc, p, tr.start));
                    // "في زيارة التقى خلالها فلان", "زيارة يبحث خلالها …": the one whose visit
                    // (or meeting) it is acts; the name after is the one met.
                    // "اتصالا هاتفيا، جرى خلاله بحث العلاقات": the call's parties talked.
                    let during_at =
                        |k: usize| &*doc.bases[k] == "خلال" && matches!(doc.segs[k].enclitic_str(), Some("ها" | "ه"));
                    // "وجرى خلال اللقاء بحث العلاقات": talks during the meeting or call of that
                    // kind told in this sentence or the one before (not a call told after it).
                    let during_noun = || {
                        let kind = (tr.start.saturating_sub(3).max(a)..tr.start).find_map(|k| {
                            let noun = (trig.kind == "talks"
                                && matches!(&*doc.bases[k], "خلال" | "اثناء")
                                && doc.segs[k].enclitic.is_none()
                                && k + 1 < tr.start)
                                .then(|| lexicon().events.at(doc, k + 1))
                                .flatten()
                                .map(|(e, _)| lexicon().events.entry(e))?;
                            (noun.pos == Pos::Noun
                                && matches!(noun.kind.as_str(), "meeting" | "call" | "reception" | "talks"))
                            .then(|| noun.kind.clone())
                        })?;
                        events.iter().rev().find(|p| {
                            p.sentence + 1 >= si
                                && (p.kind == kind || kind == "meeting" && p.kind == "reception")
                                && p.participants.len() >= 2
                        })
                    };
                    let during_pronoun = (tr.end < b && during_at(tr.end)
                        || tr.start >= a + 2
                            && during_at(tr.start - 1)
                            && matches!(strip_article(&doc.bases[tr.start - 2]), "جري" | "جرت" | "تم"))
                    .then(|| prior_in_sentence(&events, si, tr.start))
                    .flatten();
                    let noun_told = during_pronoun.is_none().then(during_noun).flatten();
                    if let Some(p) = noun_told {
                        ev.place = ev.place.or(p.place);
                    }
                    let during = during_pronoun.or(noun_told);
                    // Who took part with it, unless the verb names the one met.
                    let during_others: Vec<usize> = during
                        .filter(|_| after.is_empty() || !during_at(tr.end))
                        .map(|p| p.participants.iter().skip(1).map(|q| q.0).collect())
                        .unwrap_or_default();
                    let during = during.and_then(|p| first_party(doc, p, tr.start));
                    // "على أن يلتقي بعدها مسؤولي الهيئة": with nobody named to share, the name after
                    // the verb is the one met.
                    // So with "حيث التقى" after a visitor nobody's name says ("زار الوزير الأردني
                    // دمشق حيث التقى الرئيس بشار الأسد").
                    let vso = vso.filter(|_| !((on_condition || where_clause) && shared.is_none()));
                    let mut subj = during
                        .or(speaker_subject)
                        .or(served)
                        .or(relative_subject)
                        .or(kana)
                        .or(shared)
                        .or(svo)
                        .or(vso.filter(|a| a.at <= tr.end + 6 && pron_subject.is_none()))
                        .or(before.iter().rev().find(|a| !governed(doc, a)).copied())
                        .or(pron_subject);
                    // An announcer named after a long subject ("أعلنت وزارة الصحة [المصرية]…").
                    if trig.frame == "agent" {
                        subj = subj.or(vso);
                    }
                    // "ووصل فلان إلى عمان، واستقبله وزير الخارجية ناصر جودة": with a pronoun
                    // object on the verb, the name after it is the subject; the pronoun stands
                    // for the one the sentence was about.
                    // (Only a reception or a meeting takes a person as its object: "ووقعها" is the
                    // agreement, "وناقشها" the plan, "زارها" the place.)
                    let object_pronoun = (trig.frame == "host-guest" || trig.kind == "meeting")
                        && matches!(doc.segs[tr.start].enclitic_str(), Some("ه" | "ها" | "هم" | "هما"));
                    let mut pronoun_object = None;
                    if let Some(v) = vso.filter(|v| object_pronoun && v.at <= tr.end + 6) {
                        pronoun_object = subj
                            .filter(|s| s.entity != v.entity && s.at < tr.start)
                            .map(|s| s.entity)
                            .or_else(|| antecedent(doc, tr.start, &[v.entity]));
                        if pronoun_object.is_some() {
                            subj = Some(v);
                        }
                    }
                    parties(&mut ev, subj);
                    // "أن الوزيرين وقعا": a dual subject stands for both, at one token.
                    if let Some(sj) = subj {
                        let twin = before.iter().chain(after.iter()).find(|x| x.at == sj.at && x.entity != sj.entity);
                        if let Some(t) = twin {
                            if !ev.participants.iter().any(|p| p.0 == t.entity) {
                                ev.participants.push((t.entity, roles.1));
                            }
                        }
                    }
                    if let Some(e) = pronoun_object {
                        if !ev.participants.iter().any(|p| p.0 == e) {
                            ev.participants.push((e, roles.1));
                        }
                    }
                    for e in during_others {
                        if !ev.participants.iter().any(|p| p.0 == e) {
                            ev.participants.push((e, roles.1));
                        }
                    }
                    // "…، وبحثا العلاقات": a dual verb sharing the subject is both parties.
                    let base = &*doc.bases[tr.start];
                    let dual = base.strip_suffix('ا').is_some_and(|l| lex.events.find(l).is_some())
                        || base.starts_with(['ي', 'ت'])
                            && base.strip_suffix("ان").is_some_and(|l| lex.events.find(l).is_some());
                    if dual && shared.is_some() {
                        let second = events.last().and_then(|p| p.participants.get(1)).filter(|p| {
                            matches!(doc.entities[p.0].kind, EntityKind::Person | EntityKind::Organization)
                        });
                        if let Some(&(e, _)) = second {
                            if !ev.participants.iter().any(|p| p.0 == e) {
                                ev.participants.push((e, roles.1));
                            }
                        }
                    }
                    // "كما اجتمع بوزير الدفاع فلان": a verb opening its sentence with its subject
                    // left unsaid continues the one the article was telling of.
                    let opens = (a..tr.start).all(|k| {
                        doc.tokens[k].kind != crate::text::tokenize::TokenKind::Word
                            || matches!(strip_article(&doc.bases[k]), "كما" | "ثم")
                    });
                    if subj.is_none() && opens && trig.frame != "agent" && !ev.participants.is_empty() {
                        let have: Vec<usize> = ev.participants.iter().map(|p| p.0).collect();
                        // The one who acted in the sentence before, else the person named last.
                        let prior = events
                            .iter()
                            .rev()
                            .take_while(|p| p.sentence + 2 >= si)
                            .find(|p| p.sentence < si && p.kind != "statement")
                            .and_then(|p| p.participants.first())
                            .map(|p| p.0)
                            .filter(|e| !have.contains(e) && doc.entities[*e].kind == EntityKind::Person);
                        if let Some(e) = prior.or_else(|| antecedent(doc, tr.start, &have)) {
                            ev.participants.insert(0, (e, roles.0));
                        }
                    }
                    // "وقال تيسو …، وأعلن أنه سيقدم تطبيقه": a verb with its subject left
                    // unsaid continues the person spoken of.
                    let that_next = tr.end < b
                        && doc.segs[tr.end].prep.is_none()
                        && matches!(strip_article(&doc.bases[tr.end]), "ان" | "انه" | "انها" | "انهم");
                    if ev.participants.is_empty() && trig.frame == "agent" && that_next {
                        if let Some(e) = antecedent(doc, tr.start, &[]) {
                            ev.participants.push((e, roles.0));
                        }
                    }
                }
                // "وكان في استقبال [الضيف] لدى وصوله المطار [المضيف] و[المضيف]": the genitive
                // is the guest, the people named after it are the hosts.
                // "وكان في استقباله [المضيف]": the pronoun is the guest, those named the hosts.
                (Pos::Noun, "host-guest")
                    if tr.start > a
                        && &*doc.bases[tr.start - 1] == "في"
                        && !after.is_empty()
                        && matches!(doc.segs[tr.start].enclitic_str(), Some("ه" | "ها" | "هم")) =>
                {
                    let guest = antecedent(doc, tr.start, &[]);
                    for h in after.iter().filter(|x| Some(x.entity) != guest).take(3) {
                        if matches!(h.kind, EntityKind::Person | EntityKind::Organization) {
                            push(&mut ev, *h, "host");
                        }
                    }
                    if let Some(g) = guest {
                        ev.participants.push((g, "guest"));
                    }
                }
                // "وكان في استقبال المسؤول الدولي بالمطار يوسف العلمي": the genitive is an
                // unnamed title (a place or "لدى وصوله" comes before the first name), so the
                // guest is the one last named and all those named after are the hosts.
                (Pos::Noun, "host-guest")
                    if tr.start > a
                        && &*doc.bases[tr.start - 1] == "في"
                        && !after.is_empty()
                        && after[0].at > tr.end
                        && (doc.segs[tr.end].article == Article::Full
                            || lex.titles.match_at(&doc.bases, tr.end).is_some())
                        && doc.segs[tr.end].prep.is_none()
                        && (tr.end + 1..after[0].at)
                            .any(|k| doc.segs[k].prep.is_some() || matches!(&*doc.bases[k], "لدي" | "عند" | "فور")) =>
                {
                    let hosts: Vec<Actor> = after
                        .iter()
                        .filter(|x| matches!(x.kind, EntityKind::Person | EntityKind::Organization))
                        .take(3)
                        .copied()
                        .collect();
                    let not: Vec<usize> = hosts.iter().map(|h| h.entity).collect();
                    for h in &hosts {
                        push(&mut ev, *h, "host");
                    }
                    if let Some(g) = antecedent(doc, tr.start, &not) {
                        ev.participants.push((g, "guest"));
                    }
                }
                (Pos::Noun, "host-guest") if tr.start > a && &*doc.bases[tr.start - 1] == "في" && !after.is_empty() =>
                {
                    let guest = after[0];
                    // The hosts come after the arrival ("لدى وصوله"), past its trigger.
                    let mut end = tr.end;
                    while end < b && !clause_break(doc, end) {
                        end += 1;
                    }
                    let hosts: Vec<Actor> = actors(doc, tr.end..end, pair)
                        .iter()
                        .skip(1)
                        .filter(|x| {
                            x.entity != guest.entity && matches!(x.kind, EntityKind::Person | EntityKind::Organization)
                        })
                        .take(3)
                        .copied()
                        .collect();
                    for h in &hosts {
                        push(&mut ev, *h, "host");
                    }
                    push(&mut ev, guest, "guest");
                }
                (Pos::Noun, _) => {
                    // The genitive right after the noun is its agent ("زيارة دميترييف"), as is
                    // the issuer of a statement ("بيان صادر عن الحكومة").
                    let issued = trig.frame == "agent"
                        && (tr.end..(tr.end + 2).min(right))
                            .any(|i| matches!(strip_article(&doc.bases[i]), "صادر" | "صادره"));
                    let reach = if issued { 4 } else { 1 };
                    // A visit's country after لـ/إلى is where, not who ("في زيارة رسمية للمملكة").
                    // "زيارة رسمية أجراها الرئيس فلان إلى…", "الزيارة التي قام بها فلان": the doer
                    // named after the verb that carries the noun out.
                    let carried = (tr.end..(tr.end + 4).min(right)).find(|&k| {
                        let w = strip_article(&doc.bases[k]);
                        let pron = matches!(doc.segs[k].enclitic_str(), Some("ها" | "ه"));
                        matches!(w, "اجري" | "اجرا" | "اجرت" | "يجري" | "تجري") && pron
                            || matches!(w, "قام" | "قامت" | "يقوم" | "تقوم")
                                && k + 1 < b
                                && matches!(doc.key(k + 1), "بها" | "به")
                    });
                    let doer = carried
                        .and_then(|k| after.iter().find(|a| a.at > k && a.at <= k + 4 && !governed(doc, a)).copied());
                    // "فلان، الذي يقوم بزيارة رسمية إلى مصر": the one the relative clause is about.
                    let relative_doer = (tr.start >= a + 2
                        && doc.segs[tr.start].prep == Some('ب')
                        && matches!(strip_article(&doc.bases[tr.start - 1]), "يقوم" | "تقوم" | "قام" | "قامت")
                        && matches!(&*doc.bases[tr.start - 2], "الذي" | "التي"))
                    .then(|| {
                        let rel = tr.start - 2;
                        let end = if rel > a && doc.light(rel - 1) == "," { rel - 1 } else { rel };
                        actors(doc, a..end, pair).into_iter().rev().find(|x| x.end == end)
                    })
                    .flatten();
                    let doer = doer.or(relative_doer);
                    // "والتقى فلان في مستهل زيارته رئيس البلدية": a noun with its own pronoun in
                    // an adjunct of time is the pronoun's; who follows is the verb's object.
                    // "على أن يلتقي خلال الزيارة المحافظ فلان": so is a definite one.
                    let adjunct = (own_pron || definite) && tr.start > a && adjunct_noun(doc, tr.start);
                    // "نفى أن يكون التقى … خلال زيارته إلى باريس": the visit itself is told as
                    // having happened.
                    if adjunct && ev.modality == "denied" {
                        ev.modality = "happened";
                    }
                    // "أول زيارة لشافيز إلى روسيا": a person after لـ is the one visiting (the
                    // noun has no pronoun of its own: "زيارته لبوتين" is a visit to him).
                    // (Not after someone named before it who pays it: "وقام الرئيس عباس بزيارة
                    // لأردوغان" is a visit to him.)
                    let lam_person = |a: &Actor| {
                        a.kind == EntityKind::Person
                            && doc.segs[a.at].prep == Some('ل')
                            && doc.segs[tr.start].enclitic.is_none()
                            && before.is_empty()
                    };
                    let gen = doer.or_else(|| {
                        // ("زيارة الجزائر": a place after a noun of visiting is where, not who.)
                        after.first().copied().filter(|a| {
                            a.at <= tr.end + reach
                                && !(trig.frame == "mover-place"
                                    && (governed(doc, a) && !lam_person(a) || a.kind == EntityKind::Location))
                                && !adjunct
                        })
                    });
                    let rel = if gen.is_none() { relative.as_slice() } else { &[] };
                    if let Some((first, rest)) = rel.split_first() {
                        push(&mut ev, *first, roles.0);
                        for x in rest.iter().take(2) {
                            push(&mut ev, *x, roles.1);
                        }
                    } else if let Some(g) = gen.filter(|g| {
                        // "استقبال الرئيس البشير": the genitive of a noun of receiving is the one
                        // received, unless the one received follows with لـ ("استقبال الملك له",
                        // "استقبال الملك للرئيس").
                        // Nor when an object follows it, past a time ("استقبال الرئيس السيسي اليوم
                        // وزير الخارجية": the genitive receives), or the noun is what someone
                        // met with ("حظي الوفد باستقبال الرئيس").
                        let mut k = g.end;
                        while k < b
                            && (time_at(doc, k).is_some() || matches!(doc.key(k), "اليوم" | "امس" | "مساء" | "صباح"))
                        {
                            k += 1;
                        }
                        let object = k < b
                            && doc.tokens[k].is_word()
                            && doc.segs[k].prep.is_none()
                            && doc.segs[k].conj.is_none()
                            && !PREPS_AFTER.contains(&strip_article(&doc.bases[k]));
                        let met_with = (tr.start.saturating_sub(3).max(a)..tr.start).any(|k| {
                            matches!(strip_article(&doc.bases[k]), "حظي" | "حظيت" | "لقي" | "لقيت" | "يحظي" | "تحظي")
                        });
                        let lam_after = g.end < b && doc.segs[g.end].prep == Some('ل');
                        trig.frame == "host-guest" && !(lam_after || object || met_with)
                    }) {
                        push(&mut ev, g, roles.1);
                    } else if gen.is_some() || near_before.is_some() {
                        parties(&mut ev, gen.or(near_before));
                    }
                }
            }
            // Pronouns: "استقبال دميترييف له", "زيارته", "التقاه".
            // "ها" mostly stands for an organisation or a country ("اجتماعها" of a council),
            // not for a person.
            // "وبحث معه ملف …": with whom is the pronoun after مع; what follows is the topic.
            let with_pron = tr.end < right
                && &*doc.bases[tr.end] == "مع"
                && matches!(doc.segs[tr.end].enclitic_str(), Some("ه" | "ها"));
            let pron_at = (tr.start..right.min(tr.end + 4)).find(|&i| {
                let s = &doc.segs[i];
                matches!(s.enclitic_str(), Some("ه"))
                    && (i == tr.start || s.prep.is_some() && s.stem_start == s.stem_end || with_pron && i == tr.end)
            });
            if with_pron && pron_at == Some(tr.end) {
                let first = ev.participants.first().copied();
                ev.participants.retain(|p| Some(*p) == first);
            }
            if let Some(i) = pron_at {
                let have: Vec<usize> = ev.participants.iter().map(|p| p.0).collect();
                // "أعلن الائتلاف انتخاب فلان رئيسا له خلال اجتماعه": the noun's own pronoun
                // is the clause's subject, its first party, when the clause names one.
                let subject_of = |x: &&Actor| {
                    i == tr.start
                        && own_pron
                        && matches!(x.kind, EntityKind::Person | EntityKind::Organization)
                        && !governed(doc, x)
                        && !(left > a
                            && lex
                                .events
                                .at(doc, left - 1)
                                .is_some_and(|(e, _)| lex.events.entry(e).kind != "statement"))
                };
                // "وقال الرئيس فلان خلال لقائه مع فلان": the clause's subject, already a party,
                // is the one the pronoun stands for; nobody named earlier is added.
                let subject_had =
                    before.first().filter(|x| subject_of(x) && have.contains(&x.entity)).map(|x| x.entity);
                let subject = before
                    .first()
                    .filter(|x| {
                        i == tr.start
                            && own_pron
                            && !have.contains(&x.entity)
                            && matches!(x.kind, EntityKind::Person | EntityKind::Organization)
                            && !governed(doc, x)
                            // Not the object of the verb before ("التقى مسؤولين من شركة توتال
                            // خلال زيارته").
                            && !(left > a
                                && lex.events.at(doc, left - 1).is_some_and(|(e, _)| lex.events.entry(e).kind != "statement"))
                    })
                    .map(|x| x.entity);
                // "التقى فلان فلانا خلال زيارته": the pronoun of an adjunct noun is the one who
                // acted in the event it frames.
                let framing = (own_pron && i == tr.start && adjunct_noun(doc, tr.start))
                    .then(|| prior_in_sentence(&events, si, tr.start).filter(|p| p.kind != "reception"))
                    .flatten()
                    .and_then(|p| p.participants.first())
                    .map(|p| p.0)
                    .filter(|e| !have.contains(e) && doc.entities[*e].kind == EntityKind::Person);
                if let Some(e) = subject_had {
                    if let Some(k) = ev.participants.iter().position(|p| p.0 == e) {
                        let p = ev.participants.remove(k);
                        ev.participants.insert(0, (p.0, roles.0));
                    }
                } else if let Some(e) = subject.or(framing).or_else(|| antecedent(doc, tr.start, &have)) {
                    let role = if ev.participants.is_empty() { roles.0 } else { roles.1 };
                    if i == tr.start && trig.pos == Pos::Noun {
                        ev.participants.insert(0, (e, roles.0));
                    } else {
                        ev.participants.push((e, role));
                    }
                }
            }
            // Place: a location after في، إلى، لـ، بـ (or the object of زار), in reach.
            for i in tr.end..right {
                // What an announcement says is not where it was made.
                if ev.kind == "statement" && is_that_or_colon(doc, i) {
                    break;
                }
                // Nor a place in someone's title ("المبعوث الخاص إلى ليبيا فلان").
                // (Not when the event is itself told in the title: "رئيس وفد المعارضة إلى
                // مفاوضات جنيف".)
                if doc.holders[i].is_some() && doc.holders[i] != doc.holders[tr.start] {
                    continue;
                }
                // Nor where someone goes next ("التقى فلان فلانا قبل عودته إلى الخرطوم").
                // (Not "لدى عودته إلى الخرطوم", where a reception is.)
                if !matches!(ev.kind.as_str(), "arrival" | "departure" | "visit" | "reception")
                    && matches!(
                        strip_article(&doc.bases[i]),
                        "عوده" | "عودت" | "مغادره" | "مغادرت" | "توجه" | "توجهه" | "انتقال" | "انتقاله"
                    )
                    && i + 1 < right
                    && &*doc.bases[i + 1] == "الي"
                    && !(i > 0 && matches!(strip_article(&doc.bases[i - 1]), "لدي" | "عند" | "فور"))
                {
                    break;
                }
                // Nor is a place in its topic ("المحادثات بشأن وقف إطلاق النار في قطاع غزة").
                if doc.segs[i].enclitic.is_none()
                    && matches!(strip_article(&doc.bases[i]), "بشان" | "حول" | "حيال" | "بخصوص" | "تناولت" | "تناول")
                {
                    break;
                }
                // "إلى العاصمة الروسية", "في العاصمة السعودية الرياض": a capital named by its
                // country's adjective, and its name if it follows.
                // ("يزور … العاصمة الأردنية": the object of a visit, too.)
                let visited = trig.pos == Pos::Verb
                    && trig.kind == "visit"
                    && doc.segs[i].prep.is_none()
                    && doc.segs[i].conj.is_none();
                let capital = strip_article(&doc.bases[i]) == "عاصمه"
                    && doc.segs[i].article != Article::None
                    && i > 0
                    && (matches!(&*doc.bases[i - 1], "في" | "الي") || doc.segs[i].prep.is_some() || visited);
                if capital && i + 1 < right {
                    // "بالعاصمة عمان": the name right after it too ("السعودية" in "العاصمة
                    // السعودية الرياض" is the adjective).
                    let named = [i + 2, i + 1].into_iter().filter(|&k| k < right).find_map(|k| {
                        place_at(doc, k).filter(|&pm| {
                            doc.mentions[pm].tokens.start == k && doc.mentions[pm].form != MentionForm::Nisba
                        })
                    });
                    let nisba = doc.mentions_at(i + 1).find(|&m| {
                        doc.mentions[m].form == MentionForm::Nisba && doc.mentions[m].kind == EntityKind::Location
                    });
                    if let Some(pm) = named.or(nisba) {
                        ev.place = entity(doc, pm);
                        break;
                    }
                }
                if let Some(pm) = place_at(doc, i) {
                    let m = &doc.mentions[pm];
                    if m.tokens.start != i {
                        continue;
                    }
                    // "مسؤولين من الدول الخمس إضافة إلى ألمانيا": one more of those named, not
                    // where.
                    if i >= 2 && &*doc.bases[i - 1] == "الي" && strip_article(&doc.bases[i - 2]) == "اضافه" {
                        continue;
                    }
                    let prev = if i > 0 { strip_article(&doc.bases[i - 1]) } else { "" };
                    let s = &doc.segs[i];
                    // An arrival's place is where it ends ("قادمة من السعودية" is its origin).
                    let opens = |w: &str| {
                        matches!(w, "في" | "الي" | "داخل" | "عبر" | "قرب") || w == "من" && trig.kind != "arrival"
                    };
                    let introduced =
                        opens(prev) || s.prep.is_some() && !(trig.kind == "arrival" && s.prep == Some('م'));
                    // "إلى مطار القاهرة", "بمستشفى الرياض": a place in the genitive of a noun
                    // after the preposition.
                    let facility = i >= tr.end + 2 && {
                        let n = i - 1;
                        let ns = &doc.segs[n];
                        let plain = bare_noun(doc, n) && actor_at(doc, n).is_none();
                        plain
                            && s.prep.is_none()
                            && (ns.prep.is_some_and(|p| p != 'م')
                                || ns.prep.is_none() && opens(strip_article(&doc.bases[n - 1])))
                    };
                    let introduced = introduced || facility;
                    // "زار [subject] القاهرة": the first place after the trigger, uninflected.
                    // So is the place a departure leaves ("غادر سورية").
                    let object = trig.pos == Pos::Verb
                        && matches!(trig.kind.as_str(), "visit" | "departure")
                        && s.prep.is_none()
                        && s.conj.is_none();
                    let genitive_of_noun = trig.pos == Pos::Noun && trig.frame == "mover-place" && s.prep == Some('ل');
                    // "مفاوضات جنيف", "قمة الرياض": a place in the genitive of the noun.
                    // ("زيارة الجزائر": the place a visit is to, though a country may act.)
                    let named_after = trig.pos == Pos::Noun
                        && i == tr.end
                        && s.prep.is_none()
                        && s.conj.is_none()
                        && (actor_at(doc, i).is_none() || trig.frame == "mover-place");
                    // "بحث تطورات الأوضاع في قطاع غزة": a place inside the topic's phrase is
                    // what was discussed, not where.
                    let topic = (i.saturating_sub(4).max(tr.end)..i)
                        .any(|k| TOPIC_NOUNS.contains(&strip_article(&doc.bases[k])) && doc.segs[k].prep.is_none());
                    if topic || requested(doc, i) {
                        continue;
                    }
                    // "وقع قادة المعارضة [في سوريا] اتفاقا في الدوحة": a place right after a
                    // noun of the subject, with another place told later in the clause, is the
                    // subject's; the later one is where.
                    let in_subject = prev == "في"
                        && i >= tr.end + 3
                        && doc.tokens[i - 2].is_word()
                        && doc.segs[i - 2].prep.is_none()
                        && time_at(doc, i - 2).is_none()
                        && lex.events.at(doc, i - 2).is_none()
                        && (m.tokens.end + 1..right).any(|k| {
                            &*doc.bases[k - 1] == "في"
                                && place_at(doc, k).is_some_and(|p2| doc.mentions[p2].tokens.start == k)
                                && (m.tokens.end..k).any(|j| agreement_noun(doc, j) || lex.events.at(doc, j).is_some())
                        });
                    if in_subject {
                        continue;
                    }
                    if introduced || object || genitive_of_noun || named_after {
                        ev.place = entity(doc, pm);
                        break;
                    }
                }
            }
            // "أطلق المغرب والاتحاد الأوروبي يوم الاثنين في الرباط مفاوضات", "وقع فلان وفلان
            // يوم الثلاثاء في الرباط اتفاقية قرض": a noun told after its verb's subject and
            // adjuncts took place where they say, in its own clause.
            // ("اختتمت في كوالالمبور جولة من المفاوضات": a definite one too, after a verb of
            // taking place.)
            let verb_at = |x: usize| {
                let w = strip_article(&doc.bases[x]);
                lexicon().events.at(doc, x).is_some()
                    || LIGHT_VERBS.contains(&w)
                    || HOLD_VERBS.contains(&w)
                    || OPEN_VERBS.contains(&w)
                    || TAKE_PLACE_VERBS.contains(&w)
            };
            // A verb of taking place at `x`, or before a time at `x` ("انطلقت يوم السبت في سرت
            // القمة العربية").
            let takes_place = |x: usize| {
                let x =
                    time_at(doc, x).map(|tm| doc.mentions[tm].tokens.start).filter(|&st| st > a).map_or(x, |st| st - 1);
                let w = strip_article(&doc.bases[x]);
                TAKE_PLACE_VERBS.contains(&w) || HOLD_VERBS.contains(&w)
            };
            if ev.place.is_none() && trig.pos == Pos::Noun {
                ev.place = (left..tr.start)
                    .rev()
                    .find_map(|k| {
                        let pm = place_at(doc, k).filter(|&pm| doc.mentions[pm].tokens.start == k)?;
                        let m = &doc.mentions[pm];
                        let prev = if k > 0 { strip_article(&doc.bases[k - 1]) } else { "" };
                        let capital = prev == "عاصمه" && doc.segs[k - 1].prep.is_some_and(|p| p != 'م' && p != 'ل')
                            || prev == "عاصمه" && k > 1 && &*doc.bases[k - 2] == "في";
                        let introduced =
                            matches!(prev, "في") || doc.segs[k].prep.is_some_and(|p| p == 'ب' || p == 'ف') || capital;
                        // Right after a time or the verb, not inside the subject's phrase
                        // ("حركة العدل والمساواة المتمردة في إقليم دارفور").
                        let opening = if capital && doc.segs[k - 1].prep.is_none() {
                            k - 2
                        } else if prev == "في" || capital {
                            k - 1
                        } else {
                            k
                        };
                        // (The verb of taking place may be what opens the clause.)
                        let after_time_or_verb = (opening > left || opening > a && takes_place(opening - 1))
                            && if definite {
                                takes_place(opening - 1)
                            } else {
                                time_at(doc, opening - 1).is_some() || verb_at(opening - 1)
                            };
                        (introduced
                            && after_time_or_verb
                            && m.form != MentionForm::Nisba
                            && doc.holders[k].is_none()
                            && !requested(doc, k))
                        .then_some(pm)
                    })
                    .and_then(|pm| entity(doc, pm));
            }
            // "وفي نيروبي، التقى …": a place set before the sentence's clause, with a comma,
            // or right before its verb ("وفي القاهرة التقى الوزير نظيره").
            if ev.place.is_none() && ev.kind != "statement" && a + 1 < tr.start && &*doc.bases[a] == "في" {
                let fronted = place_at(doc, a + 1).filter(|&pm| {
                    let m = &doc.mentions[pm];
                    m.tokens.start == a + 1
                        && (m.tokens.end < tr.start && doc.light(m.tokens.end) == ","
                            || m.tokens.end == tr.start && trig.pos == Pos::Verb)
                });
                if let Some(pm) = fronted {
                    ev.place = entity(doc, pm);
                }
            }
            // Time and duration from the sentence.
            let mut best_time: Option<(usize, usize)> = None;
            for i in a..b {
                if let Some(tm) = time_at(doc, i) {
                    let m = &doc.mentions[tm];
                    if m.tokens.start != i {
                        continue;
                    }
                    let d = i.abs_diff(tr.start);
                    // Not across another event or speech verb: "الزيارة تأتي …، لافتا إلى أن
                    // فلانا سيلتقي فلانا الأسبوع المقبل" — the week is the meeting's.
                    let between = if i < tr.start { m.tokens.end..tr.start } else { tr.end..i };
                    // (The verb's own object, "ستوقع مصر اتفاقا مع الصندوق يوم الخميس", is
                    // no other event.)
                    if between.clone().any(|k| other_trigger(doc, k) && !(k > tr.start && object_nouns.contains(&k))) {
                        continue;
                    }
                    // What an announcement says is not when it was made: "أعلن … أن المؤتمر
                    // سيعقد الشهر المقبل".
                    // (Nor for a noun in the adjunct of a verb of saying: "وقال فلان بعد لقائه
                    // الرئيس إن المجلس قد يتبنى قرارا الأسبوع المقبل".)
                    if (ev.kind == "statement" || said_after)
                        && i > tr.start
                        && (tr.end..i).any(|k| is_that_or_colon(doc, k))
                    {
                        continue;
                    }
                    // Nor is the time of the announcement the time of what it tells: "أعلن أمس أن
                    // المؤتمر سيعقد الشهر المقبل".
                    if ev.kind != "statement" && i < tr.start && between.clone().any(|k| is_that_or_colon(doc, k)) {
                        continue;
                    }
                    // A time in a relative clause or a "since" phrase after the event is
                    // another one's: "مع المدرب فلان الذي درب المنتخب في يونيو الماضي", "في أول
                    // زيارة له منذ توليه منصبه في أبريل الماضي".
                    if i > tr.end
                        && (tr.end..i).any(|k| {
                            matches!(&*doc.bases[k], "الذي" | "التي" | "الذين") || strip_article(&doc.bases[k]) == "منذ"
                        })
                        && m.subtype.as_deref() != Some("duration")
                    {
                        continue;
                    }
                    // A duration in a relative clause is the event's only when the clause is on
                    // its noun ("الزيارة التي تستمر ثلاثة أيام"), not on a noun after it ("زار
                    // لبنان بعد الحرب التي استمرت 33 يوما").
                    if i > tr.end
                        && m.subtype.as_deref() == Some("duration")
                        && (tr.end + 2..i).any(|k| matches!(&*doc.bases[k], "الذي" | "التي" | "الذين"))
                    {
                        continue;
                    }
                    // "منذ عامين", "قبل ثلاثة أيام": a time ago, not how long it lasted.
                    let ago = i > 0 && matches!(strip_article(&doc.bases[i - 1]), "منذ" | "قبل" | "بعد");
                    if m.subtype.as_deref() == Some("duration") && ago {
                        continue;
                    }
                    if m.subtype.as_deref() == Some("duration") {
                        if ev.duration.is_none_or(|d| doc.mentions[d].value.is_none()) {
                            ev.duration = Some(tm);
                        }
                    } else if best_time.is_none_or(|(_, bd)| d < bd) {
                        best_time = Some((tm, d));
                    }
                }
            }
            ev.time = best_time.map(|x| x.0);
            // A time still to come makes a plan of a bare verb or noun: "يلتقي خلالها السيسي
            // … الشهر المقبل", "بزيارة رسمية إلى مصر الشهر المقبل".
            // Only a time in the trigger's own clause: "وسيعود … غدا، وكان قد عقد اجتماعا" is no plan.
            let same_clause = |tm: usize| {
                let m = &doc.mentions[tm];
                let gap = if m.tokens.start < tr.start { m.tokens.end..tr.start } else { tr.end..m.tokens.start };
                !gap.into_iter().any(|k| clause_edge(doc, k))
            };
            // A verb in the perfect told what happened: a time to come after it is that of
            // what was discussed or agreed ("ناقشت معه تنظيم أسبوع للمسرح العام المقبل").
            let perfect = trig.pos == Pos::Verb && !imperfect_trigger(doc, tr.start) && !doc.segs[tr.start].fut;
            if perfect
                && ev.modality == "happened"
                && ev.time.is_some_and(|tm| future_time(doc, tm) && doc.mentions[tm].tokens.start > tr.end)
            {
                ev.time = None;
            }
            if ev.modality == "happened"
                && ev.kind != "statement"
                && ev.time.is_some_and(|tm| future_time(doc, tm) && same_clause(tm))
            {
                ev.modality = "planned";
            }
            // "الذي يصل إلى المنامة فجر الأربعاء": a body verb in the imperfect on a day not
            // yet past is to come.
            let imperfect_verb = trig.pos == Pos::Verb && imperfect_trigger(doc, tr.start);
            let body = doc.sentences[si].kind == crate::output::SentenceKind::Body;
            let ahead = |tm: usize| {
                let day = doc.mentions[tm].value.as_deref().and_then(crate::temporal::Date::parse_iso);
                day.zip(doc.reference()).is_some_and(|(d, r)| d >= r)
            };
            if ev.modality == "happened"
                && imperfect_verb
                && body
                && ev.time.is_some_and(|tm| ahead(tm) && same_clause(tm))
            {
                ev.modality = "planned";
            }
            // "استقبل … في القاهرة، حيث بحث الجانبان …": the talks where the reception was.
            if let Some(h) = (left..tr.start).find(|&k| &*doc.bases[k] == "حيث") {
                // "… متوجها إلى عمان، حيث سيلتقي": where the clause before ended up, the place
                // named last before "حيث".
                let last_place = (a..h).rev().find_map(|k| {
                    place_at(doc, k).filter(|&pm| {
                        let m = &doc.mentions[pm];
                        m.tokens.start == k && m.kind == EntityKind::Location
                    })
                });
                if let Some(p) = events.last().filter(|p| p.sentence == si) {
                    ev.place = ev.place.or(last_place.and_then(|pm| entity(doc, pm))).or(p.place);
                    ev.time = ev.time.or(p.time);
                }
            }
            // "يتوجه الوزيران إلى بروكسل … لحضور اجتماع مع …": those who travel attend, and
            // the meeting is where they go.
            let attends = trig.pos == Pos::Noun
                && (tr.start.saturating_sub(2).max(left)..tr.start)
                    .any(|k| matches!(strip_article(&doc.bases[k]), "حضور" | "مشاركه"));
            if attends {
                let role = if trig.frame == "between" { "participant" } else { roles.0 };
                for x in before.iter().filter(|x| matches!(x.kind, EntityKind::Person | EntityKind::Organization)) {
                    push(&mut ev, *x, role);
                }
                if ev.place.is_none() {
                    ev.place = (left..tr.start)
                        .filter(|&k| k > 0 && &*doc.bases[k - 1] == "الي")
                        .find_map(|k| place_at(doc, k).filter(|&pm| doc.mentions[pm].tokens.start == k))
                        .and_then(|pm| entity(doc, pm));
                }
            }
            // "محادثات الدوحة": a noun named after its place is the talks told before there.
            let named_place = trig.pos == Pos::Noun
                && tr.end < b
                && doc.segs[tr.end].prep.is_none()
                && doc.segs[tr.end].conj.is_none()
                && place_at(doc, tr.end).is_some_and(|pm| doc.mentions[pm].tokens.start == tr.end);
            let anaphor = trig.pos == Pos::Noun && trig.flags.contains('a') && (definite || named_place);
            // A definite noun with nobody named: the event told before ("الزيارة" after a
            // reception is the guest's visit).
            if anaphor && ev.participants.is_empty() {
                // ("عقد الاجتماع المقبل في إسطنبول": the next one is another.)
                let next_one = tr.end < b
                    && matches!(
                        strip_article(&doc.bases[tr.end]),
                        "مقبل" | "مقبله" | "قادم" | "قادمه" | "تالي" | "تاليه"
                    );
                if let Some(prev) = events
                    .iter_mut()
                    .rev()
                    .find(|p| !next_one && (p.kind == ev.kind || ev.kind == "visit" && p.kind == "reception"))
                {
                    // Told again as the subject ("واستغرق اللقاء ثلاث ساعات في الكرملين") it
                    // adds where and how long; in an adjunct of another clause ("وقال عباس
                    // عقب اللقاء إن الانتخابات ستجرى خلال الأسبوعين") the times are that clause's.
                    if !adjunct_noun(doc, tr.start) {
                        prev.place = prev.place.or(ev.place);
                        prev.time = prev.time.or(ev.time);
                        prev.duration = better_duration(doc, prev.duration, ev.duration);
                    }
                    continue;
                }
            }
            // "وصل الشيباني إلى موسكو في زيارة رسمية": the visit an arrival is for is the
            // arriving one's, where he arrived.
            // (Its visitor may be named already: "وصل أردوغان إلى بغداد في زيارة رسمية" is
            // a visit to Baghdad all the same.)
            if ev.kind == "visit" && trig.pos == Pos::Noun && (ev.participants.is_empty() || ev.place.is_none()) {
                let arrival = events.iter().rev().find(|p| {
                    p.sentence == si
                        && p.kind == "arrival"
                        && p.trigger.end <= tr.start
                        && tr.start - p.trigger.end <= 10
                        && (ev.participants.is_empty()
                            || ev.participants.iter().all(|v| p.participants.iter().any(|q| q.0 == v.0)))
                });
                if let Some(p) = arrival {
                    if ev.participants.is_empty() {
                        ev.participants = p.participants.iter().map(|&(e, _)| (e, "visitor")).collect();
                    }
                    ev.place = ev.place.or(p.place);
                    ev.time = ev.time.or(p.time);
                }
            }
            // "أعلن النادي توقيع عقد مع المدرب …": the one announcing a signing signs; so does
            // the one announcing that it signed ("أعلنت شركة زين أنها وقعت اتفاقا مع …").
            let that_it = trig.pos == Pos::Verb
                && tr.start > a
                && matches!(doc.key(tr.start - 1), "انها" | "انه" | "انهما" | "انهم");
            if ev.kind == "agreement" && (trig.pos == Pos::Noun || that_it) {
                // Its object: "أعلن … توقيع", not "بيانا رحب فيه بالتوقيع".
                let announcer = prior_in_sentence(&events, si, tr.start)
                    .filter(|p| {
                        p.kind == "statement"
                            && doc.segs[tr.start].prep.is_none()
                            && lex
                                .events
                                .at(doc, p.trigger.start)
                                .is_some_and(|(e, _)| lex.events.entry(e).pos == Pos::Verb)
                            && p.trigger.end <= tr.start
                            && tr.start - p.trigger.end <= 8
                            && !(p.trigger.end..tr.start).any(|k| {
                                clause_break(doc, k) || is_that_or_colon(doc, k) && !(that_it && k + 1 == tr.start)
                            })
                    })
                    .and_then(|p| first_party(doc, p, tr.start));
                if let Some(x) = announcer.filter(|x| !ev.participants.iter().any(|p| p.0 == x.entity)) {
                    ev.participants.insert(0, (x.entity, "signatory"));
                }
            }
            // "في مؤتمر صحفي مشترك مع نظيره …": the one sharing the press conference takes part.
            if ev.kind == "statement" && trig.pos == Pos::Noun && !ev.participants.is_empty() {
                let mut k = tr.end;
                if k < b && strip_article(&doc.bases[k]).starts_with("مشترك") {
                    k += 1;
                }
                if k + 1 < b && &*doc.bases[k] == "مع" && k > tr.end {
                    if let Some(e) = (k + 1..(k + 4).min(b)).find_map(|j| actor_at(doc, j).and_then(|m| entity(doc, m)))
                    {
                        if !ev.participants.iter().any(|p| p.0 == e) {
                            ev.participants.push((e, "with"));
                        }
                    }
                }
            }
            // "وعقد الطرفان اجتماعا يوم السبت", "وسيناقش القادة العرب": parties told by a noun
            // of groups are there, though nobody is named.
            let parties_told = matches!(ev.kind.as_str(), "meeting" | "talks" | "summit" | "agreement" | "call")
                && (tr.start.saturating_sub(3).max(a)..(tr.end + 2).min(b)).any(|k| {
                    // (Not the genitive of a construct: "رئيس الوزراء", "مجلس الوزراء".)
                    doc.tokens[k].is_word()
                        && doc.segs[k].article != Article::None
                        && doc.segs[k].prep.is_none()
                        && GROUP_SUBJECTS.contains(&strip_article(&doc.bases[k]))
                        && !(k > 0
                            && doc.tokens[k - 1].is_word()
                            && doc.segs[k - 1].article == Article::None
                            && doc.segs[k - 1].enclitic.is_none()
                            && lex.events.at(doc, k - 1).is_none()
                            && !LIGHT_VERBS.contains(&&*doc.bases[k - 1])
                            && !HOLD_VERBS.contains(&&*doc.bases[k - 1])
                            && !lex.is_stopword(&doc.bases[k - 1]))
                });
            // "جامعة السوربون تستقبل سنويا عشرات الطلاب": what happens every year is no event.
            let habitual = trig.pos == Pos::Verb
                && (tr.start.saturating_sub(2).max(a)..(tr.end + 3).min(b))
                    .any(|k| matches!(doc.key(k), "سنويا" | "عاده" | "دائما" | "يوميا" | "اسبوعيا" | "شهريا"));
            if habitual {
                continue;
            }
            if ev.participants.is_empty() && (ev.place.is_none() && !parties_told || ev.kind == "statement") {
                continue; // nothing to tell about; an announcement by nobody named
            }
            // "وأعلن فائزا", "أعلن رئيسا": declared the winner, the passive, no announcement.
            if ev.kind == "statement"
                && trig.pos == Pos::Verb
                && tr.end < b
                && doc.segs[tr.end].article == Article::None
                && matches!(
                    &*doc.bases[tr.end],
                    "فائزا" | "فايزا" | "فائزه" | "فايزه" | "بطلا" | "رئيسا" | "مرشحا" | "ملكا"
                )
            {
                continue;
            }
            // "البرنامج الذي أعلنته الحكومة": a relative clause naming the thing announced.
            if ev.kind == "statement"
                && trig.pos == Pos::Verb
                && tr.start > a
                && matches!(&*doc.bases[tr.start - 1], "الذي" | "التي")
                && matches!(doc.segs[tr.start].enclitic_str(), Some("ه" | "ها"))
            {
                continue;
            }
            // "رئيس المؤتمر الوطني العام", "عضو المؤتمر": a body someone holds an office in.
            if ev.kind == "summit"
                && trig.pos == Pos::Noun
                && lex.titles.ends_at(&doc.bases, tr.start.saturating_sub(3).max(a), tr.start)
            {
                continue;
            }
            // "قمة الدوري", "قمة الترتيب": the top of a table, not a summit ("قمة مجموعة
            // العشرين", a group of states in construct, is one).
            if ev.kind == "summit"
                && tr.end < b
                && matches!(
                    strip_article(&doc.bases[tr.end]),
                    "دوري" | "ترتيب" | "جدول" | "مجموعه" | "هدافين" | "بطوله"
                )
                && !(strip_article(&doc.bases[tr.end]) == "مجموعه" && doc.segs[tr.end].article == Article::None)
            {
                continue;
            }
            // In sports news "لقاء" and "مواجهة" are matches, not meetings.
            // So is "يلتقي الأهلي مع فاركو" between clubs, the verb too.
            let clubs = !ev.participants.is_empty()
                && ev.participants.iter().all(|p| doc.entities[p.0].kind == EntityKind::Organization);
            // A board's "اجتماع" is a meeting whatever it decides about ("اجتماعا للتصويت على
            // مضيف كأس العالم").
            let gathering = strip_article(&doc.bases[tr.start]).starts_with("اجتماع");
            if ev.kind == "meeting"
                && (trig.pos == Pos::Noun || clubs)
                && !gathering
                && (a..b).any(|i| SPORT_WORDS.contains(&strip_article(&doc.bases[i])))
            {
                continue;
            }
            // An arrival or departure without a place is mostly another sense of the verb
            // ("ليصل عدد…" reaching a number, "وصول المولود"); one with a place is kept.
            // "وصل ماكرون إلى البلاد", "غادر الوزير المملكة": the country the article is about
            // is a place though no name says it.
            let the_country = (tr.end..right.min(tr.end + 8)).any(|k| {
                matches!(&*doc.bases[k], "البلاد" | "المملكه" | "السلطنه")
                    && (k == tr.end
                        || &*doc.bases[k - 1] == "الي"
                        || doc.segs[k].prep.is_none() && ev.kind == "departure")
            });
            // "وصل الوزير فلان إلى مقر المنظمة", "يغادر رائد الفضاء فلان المحطة": a named
            // person reaching or leaving a place no name says is an arrival or a departure too.
            let mover = ev.participants.iter().any(|p| doc.entities[p.0].kind == EntityKind::Person);
            let somewhere = (tr.end..right.min(tr.end + 8)).any(|k| {
                doc.tokens[k].is_word()
                    && PLACE_NOUNS.contains(&strip_article(&doc.bases[k]))
                    // A body named by its building is somewhere too ("متحف الفن الإسلامي").
                    && doc.mentions_at(k).all(|m| {
                        doc.mentions[m].kind == EntityKind::Organization && doc.mentions[m].tokens.start == k
                    })
                    && doc.segs[k].prep.is_none()
                    && (&*doc.bases[k - 1] == "الي"
                        || ev.kind == "departure"
                            && doc.segs[k].article != Article::None
                            && doc.mentions_at(k - 1).next().is_some())
            });
            if matches!(ev.kind.as_str(), "arrival" | "departure")
                && ev.place.is_none()
                && !the_country
                && !(mover && somewhere)
            {
                continue;
            }
            events.push(ev);
        }
    }
    doc.events = merge(events, doc);
}

/// Nouns of places no name says that one reaches or leaves (folded, article stripped):
/// "وصل إلى مقر المنظمة", "غادر المحطة" — not "وصل إلى الدور النهائي", "غادر السلطة".
/// Nouns of the parties of a meeting or talks told as a group (folded, without the article).
const GROUP_SUBJECTS: &[&str] = &[
    "بلدان",
    "بلدين",
    "دولتان",
    "دولتين",
    "رئيسان",
    "رئيسين",
    "زعيمان",
    "زعيمين",
    "وزيران",
    "وزيرين",
    "حكومتان",
    "حكومتين",
    "طرفان",
    "طرفين",
    "جانبان",
    "جانبين",
    "وفدان",
    "وفدين",
    "قاده",
    "زعماء",
    "وزراء",
    "مجتمعون",
    "مجتمعين",
    "مشاركون",
    "مشاركين",
    "مفاوضون",
    "مفاوضين",
];

const PLACE_NOUNS: &[&str] = &[
    "مقر",
    "مطار",
    "محطه",
    "متحف",
    "قصر",
    "مبني",
    "مستشفي",
    "مدينه",
    "قاعه",
    "ساحه",
    "ميناء",
    "مكتب",
    "مركز",
    "جامعه",
    "فندق",
    "مخيم",
    "قاعده",
    "ملعب",
    "معبر",
    "حدود",
    "بلده",
    "قريه",
    "عاصمه",
    "مسرح",
    "سفاره",
];

/// Nouns heading a topic of talks (folded, article stripped): "تطورات الأوضاع في غزة".
const TOPIC_NOUNS: &[&str] =
    &["تطورات", "تطور", "اوضاع", "وضع", "ملف", "ازمه", "قضيه", "مستجدات", "مستقبل", "اعمار", "ازمات"];

/// Words after which no verb comes (prepositions).
const VERBLESS_BEFORE: &[&str] = &["من", "في", "الي", "علي", "عن", "مع", "منذ", "خلال", "بعد", "قبل"];

/// Words that make "لقاء" a match (folded, article stripped).
const SPORT_WORDS: &[&str] = &["دوري", "مباراه", "مباريات", "كاس", "نادي", "منتخب", "ملعب", "هدف", "اهداف", "بطوله"];

/// Words opening an adjunct of time around an event noun ("بعد لقائه", "عقب المحادثات"),
/// folded: the events and quotes stages read what follows them as an occasion.
pub(crate) const TIME_ADJUNCTS: &[&str] = &["بعد", "عقب", "اثر", "خلال", "اثناء"];

/// A noun of an event's own verbs of taking place, in the imperfect (folded): what "قد" or the
/// future before them says of it ("قد يعقد", "ستستأنف").
const TAKES_PLACE: &[&str] = &["يعقد", "تعقد", "يجري", "تجري", "يقام", "تقام", "ينعقد", "تنعقد", "يستانف", "تستانف"];

/// Words that open an adjunct after a noun's genitive, not an object of it.
const PREPS_AFTER: &[&str] = &[
    "في",
    "الي",
    "علي",
    "من",
    "عن",
    "مع",
    "خلال",
    "لدي",
    "عند",
    "بعد",
    "قبل",
    "حيث",
    "الذي",
    "التي",
    "امس",
    "اليوم",
    "وسط",
    "فور",
    "اثناء",
    "ضمن",
];

/// Merges repeated accounts of one event: same kind, and the same participants (one list
/// holding the other), or a mention without participants right after one with them.
fn merge(events: Vec<EventInfo>, doc: &Document) -> Vec<EventInfo> {
    let mut out: Vec<EventInfo> = Vec::new();
    // Headline announcements that the body has told again already: the lead restates the
    // headline ("وزارة الصحة تعلن …" / "أعلنت وزارة الصحة …") once, later ones are others.
    let mut retold: Vec<bool> = Vec::new();
    let headline = |si: usize| doc.sentences.get(si).is_some_and(|s| s.kind == crate::output::SentenceKind::Headline);
    // The first sentence of the body.
    let first_body = doc.sentences.iter().position(|s| s.kind == crate::output::SentenceKind::Body);
    let lead = |si: usize| first_body == Some(si);
    for ev in events {
        // "كما أجرى بوتين اتصالا هاتفيا بـ…": a sentence opening with كما tells another one.
        let another = doc.sentences.get(ev.sentence).is_some_and(|s| {
            (s.tokens.start..ev.trigger.start)
                .find(|&k| doc.tokens[k].kind == crate::text::tokenize::TokenKind::Word)
                .is_some_and(|k| matches!(strip_article(&doc.bases[k]), "كما" | "وكذلك" | "كذلك"))
        });
        let body = |si: usize| doc.sentences.get(si).is_some_and(|s| s.kind == crate::output::SentenceKind::Body);
        let same = out.iter().enumerate().position(|(k, o)| {
            if another && o.sentence != ev.sentence {
                return false;
            }
            // Two verbs in the body, one planned and one that happened (or one denied), tell two
            // events: "يلتقي خلالها قادة الجيش" and, later, "التقى فيلدمان وفدا".
            let verb =
                |t: usize| lexicon().events.at(doc, t).is_some_and(|(e, _)| lexicon().events.entry(e).pos == Pos::Verb);
            // Nor is a plan told after what happened ("التقى فلانا. ومن المقرر أن يترأس غدا
            // وفد الدولة في اجتماع وزاري").
            if o.sentence != ev.sentence
                && body(o.sentence)
                && body(ev.sentence)
                && o.modality != ev.modality
                && (verb(o.trigger.start) && verb(ev.trigger.start)
                    || o.modality == "happened" && ev.modality == "planned")
            {
                return false;
            }
            // Each announcement is its own event, unless told twice in one sentence.
            // Two times that differ are two events ("بحث … يوم السبت، على أن تعقد جولة جديدة من
            // المفاوضات … الشهر المقبل").
            let apart = match (o.time, ev.time) {
                (Some(x), Some(y)) => {
                    let (mx, my) = (&doc.mentions[x], &doc.mentions[y]);
                    match (&mx.value, &my.value) {
                        (Some(a), Some(b)) => a != b,
                        // Unresolved (no dateline): as written.
                        _ => mx.key != my.key,
                    }
                }
                _ => false,
            };
            // "سيوقعان اتفاقية": the verb's object, a noun of its own kind, is the same event,
            // whoever its parties.
            let object = o.kind == ev.kind
                && o.sentence == ev.sentence
                && verb(o.trigger.start)
                && !verb(ev.trigger.start)
                && ev.trigger.start >= o.trigger.end
                && ev.trigger.start - o.trigger.end <= 3
                && (o.trigger.end..ev.trigger.start).all(|i| !clause_break(doc, i));
            if object {
                return true;
            }
            let restated = headline(o.sentence) && lead(ev.sentence) && !retold[k];
            o.kind == ev.kind && !apart && (o.kind != "statement" || o.sentence == ev.sentence || restated) && {
                let a: Vec<usize> = o.participants.iter().map(|p| p.0).collect();
                let b: Vec<usize> = ev.participants.iter().map(|p| p.0).collect();
                // An account that names nobody takes in no later verb with parties ("جرت
                // مفاوضات في عمان" … "وبحثا سبل دعم الاقتصاد"), only its own sentence's or a
                // definite noun's, which tells it again ("وشارك في المفاوضات الطرفان").
                let told_again = doc.segs[ev.trigger.start].article != crate::text::clitics::Article::None
                    && !verb(ev.trigger.start);
                !b.is_empty()
                    && (!a.is_empty() || o.sentence == ev.sentence || told_again)
                    && (b.iter().all(|x| a.contains(x)) || a.iter().all(|x| b.contains(x)))
            }
        });
        match same {
            Some(k) => {
                if headline(out[k].sentence) && !headline(ev.sentence) {
                    retold[k] = true;
                }
                // The body tells who did what better than a headline, whose subject may be a
                // title nobody resolved ("العاهل الأردني يستقبل رئيس الوزراء الهندي").
                let body_over_headline = ev.kind == "reception" && headline(out[k].sentence) && !headline(ev.sentence);
                let o = &mut out[k];
                for p in ev.participants {
                    match o.participants.iter_mut().find(|q| q.0 == p.0) {
                        Some(q) if body_over_headline => q.1 = p.1,
                        Some(_) => {}
                        None => o.participants.push(p),
                    }
                }
                o.place = o.place.or(ev.place);
                o.time = o.time.or(ev.time);
                o.duration = better_duration(doc, o.duration, ev.duration);
                // What happened wins over what was planned, unless a noun in the same sentence
                // only refers back to it ("أن يزور … بغداد يوم السبت، في أول زيارة له").
                let noun_back = o.sentence == ev.sentence
                    && lexicon()
                        .events
                        .at(doc, ev.trigger.start)
                        .is_some_and(|(e, _)| lexicon().events.entry(e).pos == Pos::Noun);
                if o.modality != "happened" && ev.modality == "happened" && !noun_back {
                    o.modality = ev.modality;
                }
            }
            None => {
                out.push(ev);
                retold.push(false);
            }
        }
    }
    out
}

/// Of two durations, the one with a value ("ثلاث ساعات" over "لساعات").
fn better_duration(doc: &Document, a: Option<usize>, b: Option<usize>) -> Option<usize> {
    match (a, b) {
        (Some(x), Some(y)) if doc.mentions[x].value.is_none() && doc.mentions[y].value.is_some() => Some(y),
        (x, y) => x.or(y),
    }
}

/// A short Arabic phrase for an event as seen from one participant, for the analyst's table:
/// "استقبال ويتكوف في مطار فنوكوفو-2", "اجتماع مع بوتين استمر ثلاث ساعات".
pub fn phrase_for(doc: &Document, ev: &EventInfo, person: usize) -> String {
    let short = |e: usize| -> String {
        let en = &doc.entities[e];
        // The surname as the article writes it alone, else the full name.
        en.mentions
            .iter()
            .map(|&m| &doc.mentions[m])
            .find(|m| m.form == MentionForm::Partial)
            .map(|m| doc.slice(m.span).to_string())
            .unwrap_or_else(|| en.name.clone())
    };
    let others: Vec<String> = ev.participants.iter().filter(|p| p.0 != person).map(|p| short(p.0)).collect();
    let role = ev.participants.iter().find(|p| p.0 == person).map(|p| p.1).unwrap_or("");
    let with = |prefix: &str| if others.is_empty() { String::new() } else { format!("{prefix}{}", others.join(" و")) };
    let mut s = match ev.kind.as_str() {
        "meeting" => format!("اجتماع{}", with(" مع ")),
        "talks" => format!("محادثات{}", with(" مع ")),
        "reception" if role == "guest" => format!("استقبله{}", with(" ")),
        "reception" => format!("استقبال{}", with(" ")),
        "visit" => "زيارة".to_string(),
        "arrival" => "الوصول".to_string(),
        "departure" => "المغادرة".to_string(),
        "call" => format!("اتصال هاتفي{}", with(" مع ")),
        "agreement" => format!("اتفاق{}", with(" مع ")),
        "summit" => "قمة".to_string(),
        "statement" => "إعلان".to_string(),
        other => other.to_string(),
    };
    if let Some(p) = ev.place {
        let prep = if matches!(ev.kind.as_str(), "visit" | "arrival") { " إلى " } else { " في " };
        s.push_str(prep);
        s.push_str(&doc.entities[p].name);
    }
    if let Some(d) = ev.duration {
        s.push_str(" استمر ");
        s.push_str(doc.slice(doc.mentions[d].span));
    }
    if ev.modality == "planned" {
        s.push_str(" (مخطط)");
    }
    s
}

#[cfg(test)]
mod tests {
    use crate::Analyzer;

    fn events(text: &str) -> Vec<(String, Vec<String>, Option<String>, String)> {
        let a = Analyzer::default().analyze(text).unwrap();
        let name = |id: &str| a.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default();
        a.events
            .iter()
            .map(|e| {
                (
                    e.kind.clone(),
                    e.participants.iter().map(|p| name(&p.entity)).collect(),
                    e.place.as_deref().map(name),
                    e.modality.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn a_meeting_in_the_adjunct_of_a_verb_of_saying_ends_where_what_was_said_begins() {
        let a = Analyzer::default()
            .analyze("عنوان\n\nوقال خافيير سولانا بعد لقائه الرئيس حسني مبارك في القاهرة إن مجلس الأمن قد يتبنى قرارا الأسبوع المقبل.")
            .unwrap();
        let m = a.events.iter().find(|e| e.kind == "meeting").expect("a meeting");
        assert_eq!(m.modality, "happened", "{m:?}");
        assert!(m.time.is_none(), "the week to come is what was said: {m:?}");
    }

    #[test]
    fn a_protocol_signed_and_its_signer_s_name() {
        let ev = events("عنوان\n\nووقعت مصر بروتوكولا أمنيا مع السودان.");
        assert!(ev.iter().any(|e| e.0 == "agreement" && e.1.len() == 2), "{ev:?}");
        let ev = events("عنوان\n\nووقع وزير الخارجية أحمد سالم بروتوكولا مع نظيره السوداني.");
        assert!(ev.iter().any(|e| e.0 == "agreement" && e.1.contains(&"أحمد سالم".to_string())), "{ev:?}");
    }

    #[test]
    fn what_talks_are_about_takes_no_part() {
        let ev = events("عنوان\n\nيشارك كوفي أنان في مؤتمر حول سوريا في جنيف.");
        assert!(ev.iter().all(|e| !e.1.contains(&"سوريا".to_string())), "{ev:?}");
        assert!(ev.iter().any(|e| e.1.contains(&"كوفي أنان".to_string())), "{ev:?}");
    }

    #[test]
    fn words_spelled_like_a_trigger() {
        for text in [
            "وصل عدد المصابين في القاهرة إلى ألف حالة.",
            "ومن المتوقع أن يصل عدد السيارات في الصين إلى 140 مليون سيارة.",
            "تقام مباراة القمة بين الأهلي والزمالك في القاهرة يوم الجمعة.",
            "وصعد المتسلقون إلى قمة الجبل في نيبال.",
            "وقالت وزارتا الخارجية والدفاع في مصر إن الوضع مستقر.",
        ] {
            let ev = events(&format!("عنوان\n\n{text}"));
            assert!(ev.is_empty(), "{text}: {ev:?}");
        }
        let ev = events("عنوان\n\nوستدمج الشركة محرك بحث مايكروسوفت في هواتفها.");
        assert!(ev.iter().all(|e| e.0 != "talks"), "a search engine: {ev:?}");
        let ev = events("عنوان\n\nناقش الوزيران في القاهرة كل ما يتصل بالتطورات في لبنان.");
        assert!(ev.iter().all(|e| e.0 != "call"), "{ev:?}");
        // The triggers themselves still are.
        assert_eq!(events("عنوان\n\nوصل الوزير أحمد سالم إلى القاهرة.")[0].0, "arrival");
        assert_eq!(events("عنوان\n\nووصل عدد من الوزراء إلى القاهرة.")[0].0, "arrival", "some of them");
        let ev = events("عنوان\n\nوقال الوزير، فيما اتصل الرئيس باراك أوباما بنظيره الروسي فلاديمير بوتين.");
        assert!(ev.iter().any(|e| e.0 == "call"), "{ev:?}");
        // A signing verb with its pronoun at the very end (no panic).
        for text in ["اتفاق وقعها", "الاتفاق وقعه", "وقعت الاتفاقية التي وقعها"]
        {
            let _ = events(text);
        }
        assert_eq!(events("عنوان\n\nوتعقد القمة العربية في القاهرة.")[0].0, "summit");
    }

    #[test]
    fn an_unnamed_emir_hosts_and_two_names_side_by_side_are_two() {
        let ev = events("عنوان\n\nاستقبل أمير الكويت أمس وزير الخارجية المصري أحمد أبو الغيط.");
        let a = Analyzer::default()
            .analyze("عنوان\n\nاستقبل أمير الكويت أمس وزير الخارجية المصري أحمد أبو الغيط.")
            .unwrap();
        let r = a.events.iter().find(|e| e.kind == "reception").expect("a reception");
        assert!(r.participants.iter().all(|p| p.role == "guest"), "{ev:?}");
        let a = Analyzer::default()
            .analyze("عنوان\n\nواستقبل صاحب السمو الشيخ محمد بن راشد آل مكتوم الرئيس الفرنسي.")
            .unwrap();
        assert!(a.events[0].participants.iter().all(|p| p.role == "host"), "stacked forms of address: {:?}", a.events);
        let a = Analyzer::default()
            .analyze("عنوان\n\nوقال إن زيارة الرئيس أحمد سالم إلى موسكو أمس قد تسهم في تحسين العلاقات.")
            .unwrap();
        assert!(a.events.iter().any(|e| e.kind == "visit" && e.modality == "happened"), "{:?}", a.events);
        let ev = events("عنوان\n\nاستقبل الشيخ محمد بن زايد الوزير.");
        assert!(ev.iter().any(|e| e.0 == "reception" && e.1 == vec!["محمد بن زايد".to_string()]), "{ev:?}");
        let a = Analyzer::default().analyze("عنوان\n\nاستقبل الشيخ محمد بن زايد الوزير.").unwrap();
        assert!(a.events[0].participants.iter().all(|p| p.role == "host"), "{:?}", a.events);
        let ev = events("عنوان\n\nوالتقى سعد الحريري وليد جنبلاط في بيروت.");
        assert!(
            ev.iter().any(|e| e.0 == "meeting" && e.1 == vec!["سعد الحريري".to_string(), "وليد جنبلاط".to_string()]),
            "{ev:?}"
        );
    }

    #[test]
    fn not_ruled_out_may_met_where_a_court_s_office_and_the_end_of_the_year() {
        let ev = events("عنوان\n\nولم يستبعد دبلوماسيون أن يزور الوزير أحمد أبو الغيط طهران الشهر المقبل.");
        assert!(ev.iter().any(|e| e.0 == "visit" && e.3 == "possible"), "{ev:?}");
        let ev = events("عنوان\n\nلم يستبعد مصدر حكومي أن يقوم الأمين العام للأمم المتحدة بان كي مون بزيارة إلى صنعاء.");
        assert!(ev.iter().any(|e| e.0 == "visit" && e.3 == "possible"), "{ev:?}");
        for t in ["عنوان\n\nومن ديوان المتنبي قرأ قصيدة.", "عنوان\n\nوصدر الديوان الشعري الجديد."]
        {
            let a = Analyzer::default().analyze(t).unwrap();
            assert!(
                !a.entities.iter().any(|e| e.kind == crate::output::EntityKind::Organization),
                "a poet's collection: {t}"
            );
        }
        let a = Analyzer::default().analyze("عنوان\n\nوسلم الملف للجنة الانتخابات المركزية.").unwrap();
        assert!(a.entities.iter().any(|e| e.name == "لجنة الانتخابات المركزية"), "{:?}", a.entities);
        let a = Analyzer::default().analyze("عنوان\n\nيعتزم النواب عقد اجتماع في ديوان أحمد السعدون غدا.").unwrap();
        assert!(!a.entities.iter().any(|e| e.name.starts_with("ديوان")), "a man's hall is no body: {:?}", a.entities);
        let ev = events("عنوان\n\nوأكد الوزير أن اجتماعا جديدا لمنظمة أوبك قد يعقد في فيينا في حزيران المقبل.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.3 == "possible"), "{ev:?}");
        // The visitor unnamed, the one met there is met, not meeting.
        let ev = events("عنوان\n\nزار الوزير الأردني أمس دمشق حيث التقى الرئيس بشار الأسد.");
        let a = Analyzer::default().analyze("عنوان\n\nزار الوزير الأردني أمس دمشق حيث التقى الرئيس بشار الأسد.").unwrap();
        let m = a.events.iter().find(|e| e.kind == "meeting").expect("a meeting");
        assert!(m.participants.iter().all(|p| p.role != "agent"), "{ev:?}");
        let ev = events("عنوان\n\nوأصدر الديوان الملكي الهاشمي بيانا يوم الأحد أكد فيه دعم المبادرة.");
        assert!(ev.iter().any(|e| e.0 == "statement" && e.1 == vec!["الديوان الملكي الهاشمي".to_string()]), "{ev:?}");
        let ev = events("عنوان\n\nوتقرر عقد اجتماع للجنة المشتركة في تونس.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.1 == vec!["اللجنة المشتركة".to_string()]), "{ev:?}");
        let a = Analyzer::default().analyze("عنوان\n\nستعقد اللجنة اجتماعا في تونس نهاية العام.").unwrap();
        assert!(a.events.iter().any(|e| e.time.is_some()), "{:?}", a.events);
    }

    #[test]
    fn a_seat_of_power_speaks_and_what_a_statement_says_is_no_part_of_it() {
        let ev = events("عنوان\n\nوأعلن البيت الأبيض أن الرئيس سيزور العراق.");
        assert!(ev.iter().any(|e| e.0 == "statement" && e.1 == vec!["البيت الأبيض".to_string()]), "{ev:?}");
        let ev = events("عنوان\n\nوأصدر قصر الإليزيه بيانا رحب فيه بالاتفاق.");
        assert!(ev.iter().any(|e| e.0 == "statement" && e.1 == vec!["قصر الإليزيه".to_string()]), "{ev:?}");
        let ev = events("عنوان\n\nوقالت الوزارة في بيان إن أوباما سيزور الصين.");
        assert!(!ev.iter().any(|e| e.0 == "statement" && e.1.contains(&"أوباما".to_string())), "{ev:?}");
        // A seat of power visited or received in is a place.
        let ev = events("عنوان\n\nواستقبل أوباما الوزير في البيت الأبيض.");
        assert!(ev.iter().any(|e| e.0 == "reception" && e.2.as_deref() == Some("البيت الأبيض")), "{ev:?}");
    }

    #[test]
    fn a_subject_before_its_verb_titled_and_addressed() {
        let ev = events(
            "عنوان\n\nوذكرت الوكالة أن أمير قطر الشيخ حمد بن خليفة استقبل رئيس الوزراء الشيخ جابر المبارك في الدوحة.",
        );
        let r = ev.iter().find(|e| e.0 == "reception").expect("a reception");
        assert_eq!(r.1, vec!["حمد بن خليفة".to_string(), "جابر المبارك".to_string()], "{ev:?}");
    }

    #[test]
    fn doers_named_after_their_verb_plans_agreed_or_decided_and_an_unnamed_subject() {
        let ev = events("عنوان\n\nوجاء ذلك خلال زيارة رسمية أجراها الرئيس الصومالي حسن شيخ محمود إلى إثيوبيا.");
        assert!(ev.iter().any(|e| e.0 == "visit" && e.1 == vec!["حسن شيخ محمود".to_string()]), "{ev:?}");
        let ev = events(
            "عنوان\n\nوتأتي الزيارة التي يقوم بها الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر في إطار تعزيز العلاقات.",
        );
        assert!(ev.iter().any(|e| e.0 == "visit" && e.1 == vec!["إيمانويل ماكرون".to_string()]), "{ev:?}");
        let ev = events("عنوان\n\nوقرر الرئيس عبد المجيد تبون عقد اجتماع مع الوزير أحمد عطاف.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.3 == "planned"), "{ev:?}");
        let ev = events("عنوان\n\nوبحث الوزير خالد عمر مع نظيره سامي حمدان الملف، على أن يقوم بزيارة إلى القاهرة.");
        assert!(ev.iter().any(|e| e.0 == "visit" && e.3 == "planned"), "{ev:?}");
        // The one met is not the subject nobody's name says.
        let ev = events("عنوان\n\nوكانت البعثة قد التقت أمس رئيس مجلس الوزراء نواف سلام في السراي الحكومي.");
        let m = ev.iter().find(|e| e.0 == "meeting").expect("a meeting");
        assert_eq!(m.1, vec!["نواف سلام".to_string()], "{ev:?}");
    }

    #[test]
    fn a_meeting_held_by_the_one_a_pronoun_on_that_stands_for() {
        let ev = events(
            "عنوان\n\nوقال المحافظ خالد العبيد إن الوضع صعب، لافتا إلى أنه سيعقد اجتماعا مع ممثلي المنظمات الدولية يوم الأحد المقبل.",
        );
        assert!(
            ev.iter().any(|e| e.0 == "meeting" && e.1.first().map(String::as_str) == Some("خالد العبيد")),
            "{ev:?}"
        );
    }

    #[test]
    fn talks_at_two_times_are_two_events() {
        let ev = events(
            "عنوان\n\nوبحث الوزير خالد عمر مع نظيره سامي حمدان ملف الأسرى يوم السبت، على أن تعقد جولة جديدة من المفاوضات في القاهرة الشهر المقبل.",
        );
        let talks: Vec<_> = ev.iter().filter(|e| e.0 == "talks").collect();
        assert_eq!(talks.len(), 2, "{ev:?}");
        assert!(talks.iter().any(|e| e.3 == "happened") && talks.iter().any(|e| e.3 == "planned"), "{ev:?}");
    }

    #[test]
    fn arriving_in_or_leaving_the_country_the_article_is_about() {
        let ev = events("عنوان\n\nوصل الرئيس الفرنسي إيمانويل ماكرون إلى البلاد أمس.");
        assert!(ev.iter().any(|e| e.0 == "arrival" && e.1 == vec!["إيمانويل ماكرون".to_string()]), "{ev:?}");
        let ev = events("عنوان\n\nوغادر الوزير خالد السعدي المملكة مساء أمس.");
        assert!(ev.iter().any(|e| e.0 == "departure"), "{ev:?}");
        // Reaching a number is still no arrival.
        let ev = events("عنوان\n\nووصل عدد الضحايا إلى مئة.");
        assert!(ev.iter().all(|e| e.0 != "arrival"), "{ev:?}");
    }

    #[test]
    fn a_verb_after_a_comma_shares_the_subject_and_attendees_are_no_party() {
        let ev = events("عنوان\n\nاستقبل الرئيس عبد الفتاح السيسي أمس رئيس الوزراء الهندي ناريندرا مودي، وبحث معه العلاقات الثنائية.");
        let talks = ev.iter().find(|e| e.0 == "talks").expect("talks");
        assert_eq!(talks.1[0], "عبد الفتاح السيسي", "{ev:?}");
        let ev = events(
            "عنوان\n\nاستقبل الرئيس عبد الفتاح السيسي أمس رئيس الوزراء الهندي ناريندرا مودي، وبحثا العلاقات الثنائية.",
        );
        let talks = ev.iter().find(|e| e.0 == "talks").expect("talks");
        assert_eq!(talks.1, vec!["عبد الفتاح السيسي".to_string(), "ناريندرا مودي".to_string()], "{ev:?}");
        let ev = events(
            "عنوان\n\nاستقبل الرئيس عبد الفتاح السيسي أمس رئيس الوزراء الهندي ناريندرا مودي، بحضور رئيس الوزراء مصطفى مدبولي.",
        );
        assert!(ev.iter().all(|e| !e.1.contains(&"مصطفى مدبولي".to_string())), "{ev:?}");
    }

    #[test]
    fn a_country_in_an_unnamed_office_is_no_party_and_amman_has_a_shadda() {
        let ev = events("عنوان\n\nاستقبل وزير الخارجية أمس رئيس وزراء اليونان.");
        assert!(ev.iter().all(|e| !e.1.contains(&"اليونان".to_string())), "{ev:?}");
        let ev = events("عنوان\n\nوعقد الاجتماع في عمّان أمس.");
        let a = crate::Analyzer::default().analyze("عنوان\n\nوعقد الاجتماع في عمّان أمس.").unwrap();
        let amman = a.entities.iter().find(|e| e.name == "عمّان").expect("the place");
        assert_eq!(amman.subtype.as_deref(), Some("capital"), "{ev:?}");
    }

    #[test]
    fn inspections_phone_talks_press_conferences_and_signings_past_an_occasion() {
        let ev = events("عنوان\n\nتفقد وزير الصحة خالد عبد الغفار، أمس، مستشفى الشيخ زايد في القاهرة.");
        assert!(ev.iter().any(|e| e.0 == "visit" && e.1 == vec!["خالد عبد الغفار".to_string()]), "{ev:?}");
        let ev = events("عنوان\n\nوتحادث الوزير خالد السعدي هاتفيا مع نظيره الفرنسي جان دوبون.");
        assert!(ev.iter().any(|e| e.0 == "talks" && e.1.len() == 2), "{ev:?}");
        let ev = events("عنوان\n\nوقال الوزير خالد السعدي في مؤتمر صحافي إن الوضع مستقر.");
        assert!(ev.iter().all(|e| e.0 != "summit"), "{ev:?}");
        let ev = events(
            "عنوان\n\nالتقى الوزير خالد السعدي نظيره الفرنسي جان دوبون. ووقع الجانبان في ختام اللقاء مذكرة تفاهم مدتها خمس سنوات.",
        );
        assert!(ev.iter().any(|e| e.0 == "agreement" && e.1.len() == 2), "{ev:?}");
        let ev = events(
            "عنوان\n\nوقع الأمير عبدالعزيز بن سلمان وزير الطاقة، اليوم في الرياض، مذكرة تفاهم مع الوزير كيم جونغ كوان.",
        );
        let sign = ev.iter().find(|e| e.0 == "agreement").expect("a signing");
        assert_eq!(sign.1, vec!["عبدالعزيز بن سلمان".to_string(), "كيم جونغ كوان".to_string()], "{ev:?}");
    }

    #[test]
    fn denied_possible_and_planned_from_afar() {
        let ev = events(
            "عنوان\n\nنفى المتحدث باسم الكرملين دميتري بيسكوف، في تصريح للصحفيين، وجود أي ترتيبات لعقد لقاء بين بوتين وزيلينسكي.",
        );
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.3 == "denied"), "{ev:?}");
        let ev = events("عنوان\n\nوتحدث الوزير عن إمكانية عقد لقاء بين بوتين وزيلينسكي.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.3 == "possible"), "{ev:?}");
        let ev = events("عنوان\n\nومن المقرر أن يلتقي الرئيس السيسي بالسلطان هيثم، كما يزور السيسي ميناء الدقم.");
        assert!(ev.iter().any(|e| e.0 == "visit" && e.3 == "planned"), "{ev:?}");
        let ev = events("عنوان\n\nوصل الرئيس السيسي إلى مسقط أمس.\nويغادر الرئيس السيسي مسقط يوم الخميس.");
        assert!(ev.iter().any(|e| e.0 == "departure" && e.3 == "planned"), "{ev:?}");
        // A headline tells what happened in the imperfect.
        let ev = events("السيسي يستقبل الرئيس الفرنسي ماكرون\n\nاستقبل الرئيس السيسي أمس الرئيس الفرنسي ماكرون.");
        assert!(ev.iter().all(|e| e.3 == "happened"), "{ev:?}");
    }

    #[test]
    fn the_speaker_does_not_act_in_what_he_reports() {
        let ev = events("عنوان\n\nوقال المتحدث باسم الوزارة أحمد أبو زيد إن الوزير سيزور موسكو.");
        assert!(ev.iter().all(|e| e.0 != "visit" || e.1.is_empty()), "{ev:?}");
        let ev = events("عنوان\n\nوأوضح الكواري أن وفدا إسرائيليا سيصل إلى الدوحة مساء اليوم.");
        assert!(ev.iter().all(|e| !e.1.contains(&"الكواري".to_string())), "{ev:?}");
        // A pronoun on أن is the one it stands for; a name after it is the one who acts.
        let ev = events("عنوان\n\nوأكد وزير الخارجية أيمن الصفدي أنه سيزور موسكو الأسبوع المقبل.");
        assert!(ev.iter().any(|e| e.0 == "visit" && e.1 == vec!["أيمن الصفدي".to_string()]), "{ev:?}");
        let ev = events("عنوان\n\nوقال الرئيس عبد الفتاح السيسي إن الملك عبد الله الثاني سيزور القاهرة.");
        assert!(ev.iter().any(|e| e.0 == "visit" && e.1 == vec!["عبد الله الثاني".to_string()]), "{ev:?}");
    }

    #[test]
    fn a_passive_announcement_and_the_place_a_departure_leaves() {
        let ev = events("يدرس البرلمان الأوروبي اقتراحا أعلن عنه من قبل في بروكسل.");
        assert!(!ev.iter().any(|e| e.0 == "statement"), "{ev:?}");
        let ev = events("أما الطبيب سامر الحلبي فقد غادر سورية بعد الحرب.");
        let dep = ev.iter().find(|e| e.0 == "departure").expect("a departure");
        assert_eq!(dep.1, vec!["سامر الحلبي".to_string()], "{ev:?}");
        assert_eq!(dep.2.as_deref(), Some("سورية"), "{ev:?}");
    }

    #[test]
    fn a_call_without_telephone() {
        let ev = events("وتلقى الرئيس عبد الفتاح السيسي اتصالا من الرئيس الفرنسي إيمانويل ماكرون.");
        assert!(ev.iter().any(|e| e.0 == "call" && e.1.len() == 2), "{ev:?}");
        let ev = events("وأكد الوزير سامح شكري أن الاتصال مع الجانب الأمريكي مستمر.");
        assert!(!ev.iter().any(|e| e.0 == "call"), "contact is no call: {ev:?}");
    }

    #[test]
    fn had_called_and_two_signers() {
        let ev = events("وكان الأمين العام أنطونيو غوتيريش قد أجرى اتصالا هاتفيا مع رئيس الوزراء السوداني كامل إدريس.");
        let call = ev.iter().find(|e| e.0 == "call").expect("a call");
        assert_eq!(call.1.len(), 2, "{ev:?}");
        assert_eq!(call.3, "happened", "{ev:?}");
        let ev = events("ووقعت قطر والبحرين مذكرة تفاهم في مجال الطاقة.");
        let deal = ev.iter().find(|e| e.0 == "agreement").expect("an agreement");
        assert_eq!(deal.1, vec!["قطر".to_string(), "البحرين".to_string()], "{ev:?}");
    }

    #[test]
    fn a_visit_s_destination_is_no_visitor() {
        let ev = events("ووصل الرئيس الفرنسي إيمانويل ماكرون إلى الرياض أمس في زيارة رسمية للمملكة العربية السعودية.");
        let visit = ev.iter().find(|e| e.0 == "visit").expect("a visit");
        assert_eq!(visit.1, vec!["إيمانويل ماكرون".to_string()], "{ev:?}");
        assert_eq!(visit.2.as_deref(), Some("المملكة العربية السعودية"), "the article restored in the name: {ev:?}");
    }

    #[test]
    fn an_appeal_made_during_a_call_leaves_the_call_done() {
        let ev = events("عنوان\n\nودعا مارتن كوبلر في اتصال هاتفي مع وزير الخارجية هوشيار زيباري إلى حماية المدنيين.");
        let c = ev.iter().find(|e| e.0 == "call").expect("the call");
        assert_eq!(c.3, "happened", "{ev:?}");
        let ev = events("عنوان\n\nودعا الرئيس أحمد سالم الأحزاب إلى اجتماع يوم الأحد.");
        assert_eq!(ev[0].3, "planned", "what is called for: {ev:?}");
        let ev = events("عنوان\n\nودعا الرئيس محمود عباس الفصائل للمشاركة في لقاء وطني.");
        assert_eq!(ev[0].3, "planned", "with لـ on the way: {ev:?}");
    }

    #[test]
    fn a_word_inside_a_name_bounds_no_clause() {
        let ev = events(
            "عنوان\n\nاستقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح في قصر بيان أمس الرئيس اللبناني ميشال سليمان.",
        );
        let r = ev.iter().find(|e| e.0 == "reception").expect("the reception");
        assert_eq!(r.1.len(), 2, "host and guest past «قصر بيان»: {ev:?}");
    }

    #[test]
    fn a_pronoun_object_and_a_city_visited_past_the_subject() {
        let ev = events("عنوان\n\nووصل الوزير أحمد المليفي إلى عمان، واستقبله وزير الخارجية ناصر جودة.");
        let r = ev.iter().find(|e| e.0 == "reception").expect("a reception");
        assert_eq!(r.1, ["ناصر جودة".to_string(), "أحمد المليفي".to_string()], "host first: {ev:?}");
        let ev = events("عنوان\n\nوزار وزير الخارجية سعود الفيصل البصرة يوم الاثنين.");
        assert_eq!(ev[0].2.as_deref(), Some("البصرة"), "{ev:?}");
        let ev = events("عنوان\n\nوزار الرئيس فلاديمير بوتين الصين.");
        assert_eq!(ev[0].1, ["فلاديمير بوتين".to_string()], "a given name is no city: {ev:?}");
        // A family name that is also a city is the family name.
        let ev = events("عنوان\n\nزار الوزير حلب الأسبوع الماضي.");
        assert_eq!(ev[0].2.as_deref(), Some("حلب"), "a time after the city: {ev:?}");
        let ev = events("عنوان\n\nوزار الوزير عمر الخليل مخيم الزعتري.");
        assert_eq!(ev[0].1, ["عمر الخليل".to_string()], "{ev:?}");
        // A pronoun that stands for a thing is no guest or party.
        let ev = events(
            "عنوان\n\nوقع الرئيس الفرنسي إيمانويل ماكرون الاتفاقية، ووقعها عن الجانب الجزائري وزير الخارجية أحمد عطاف.",
        );
        assert!(ev.iter().all(|e| e.0 != "agreement" || e.1.len() <= 2), "{ev:?}");
    }

    #[test]
    fn an_unnamed_source_speaks_for_the_body_it_is_in() {
        let ev = events("عنوان\n\nأعلن مصدر أمني في وزارة الداخلية العراقية يوم السبت أن 12 شخصا قتلوا.");
        assert!(ev.iter().any(|e| e.0 == "statement" && e.1 == ["وزارة الداخلية العراقية".to_string()]), "{ev:?}");
    }

    #[test]
    fn a_session_held_is_a_meeting() {
        let ev = events("عنوان\n\nعقد مجلس الشعب المصري يوم الثلاثاء جلسة طارئة برئاسة رئيس المجلس محمد سعد الكتاتني.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.1.iter().any(|p| p == "مجلس الشعب المصري")), "{ev:?}");
        let ev = events("عنوان\n\nوقال النائب محمد سالم إن جلسة المحكمة تأجلت.");
        assert!(ev.iter().all(|e| e.0 != "meeting"), "a session not held: {ev:?}");
        let ev = events("عنوان\n\nوعقدت محكمة جنايات القاهرة جلسة للنطق بالحكم على الرئيس السابق حسني مبارك.");
        assert!(ev.iter().all(|e| e.0 != "meeting"), "a hearing: {ev:?}");
        let ev = events("عنوان\n\nوعقد الطبيب جلسة علاج طبيعي للاعب محمد صلاح.");
        assert!(ev.iter().all(|e| e.0 != "meeting"), "a treatment: {ev:?}");
    }

    #[test]
    fn light_verbs_contracts_and_the_reception_formula() {
        let ev = events("وعقد وزير الخارجية المصري سامح شكري جلسة مباحثات مع نظيره الأردني أيمن الصفدي في القاهرة.");
        let talks = ev.iter().find(|e| e.0 == "talks").expect("talks");
        assert_eq!(talks.1, vec!["سامح شكري".to_string(), "أيمن الصفدي".to_string()], "{ev:?}");
        let ev = events("ووقع اللاعب كريستيانو رونالدو عقدا مع نادي النصر لمدة عامين.");
        assert!(ev.iter().any(|e| e.0 == "agreement" && e.1.len() == 2), "{ev:?}");
        let ev = events(
            "تلقى ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.",
        );
        assert!(ev.iter().any(|e| e.0 == "call" && e.1.len() == 2), "{ev:?}");
        let ev = events(
            "وكان في استقبال الرئيس الفرنسي إيمانويل ماكرون لدى وصوله إلى مطار الملك خالد الدولي ولي العهد الأمير محمد بن سلمان.",
        );
        let rec = ev.iter().find(|e| e.0 == "reception").expect("a reception");
        assert_eq!(rec.1, vec!["محمد بن سلمان".to_string(), "إيمانويل ماكرون".to_string()], "host, then guest: {ev:?}");
    }

    #[test]
    fn had_met_what_was_announced_and_reaching_an_amount() {
        let ev = events("وكان وزير الخارجية السعودي الأمير فيصل بن فرحان قد التقى نظيره الأردني أيمن الصفدي في عمان.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.3 == "happened"), "قد + perfect asserts: {ev:?}");
        let ev = events("وأكد البنك المركزي المصري، بحسب ما أعلنه في بيان، أن التضخم تراجع.");
        assert!(ev.iter().all(|e| e.3 != "denied"), "ما after بحسب is 'what': {ev:?}");
        let ev = events("وتوقع المحلل مارك ريدل أن تصل قيمة السوق في الشرق الأوسط إلى 20 مليار دولار.");
        assert!(!ev.iter().any(|e| e.0 == "arrival"), "{ev:?}");
        let ev = events("وقال الوزير إن الوفد قد يزور باريس الشهر المقبل.");
        assert!(ev.iter().all(|e| e.3 != "happened"), "قد + imperfect: {ev:?}");
    }

    #[test]
    fn a_quoted_name_and_an_unsaid_subject() {
        let ev = events("أعلنت شركة \" فيسبوك \" استحواذها على تطبيق التراسل الفوري في صفقة كبيرة.");
        assert!(ev.iter().any(|e| e.0 == "statement" && e.1 == vec!["فيسبوك".to_string()]), "{ev:?}");
        let ev = events("وقال المهندس هوغو تيسو إن الغرض من العرض لفت الانتباه، وأعلن أنه سيقدم تطبيقه للوكالات.");
        assert!(ev.iter().any(|e| e.0 == "statement" && e.1 == vec!["هوغو تيسو".to_string()]), "{ev:?}");
    }

    #[test]
    fn an_account_naming_nobody_takes_in_no_later_event() {
        let ev = events(
            "عنوان\n\nعقد وزراء المالية العرب يوم الاثنين اجتماعهم السنوي في أبوظبي.\n\
             وعلى هامش الاجتماع، التقى وزير المالية الإماراتي محمد الطاير نظيره المصري يوسف بطرس غالي.",
        );
        let meetings: Vec<_> = ev.iter().filter(|e| e.0 == "meeting").collect();
        assert_eq!(meetings.len(), 2, "{ev:?}");
        assert!(meetings.iter().any(|e| e.1.is_empty() && e.2.as_deref() == Some("أبوظبي")), "{ev:?}");
        assert!(meetings.iter().any(|e| e.1.contains(&"محمد الطاير".to_string()) && e.2.is_none()), "{ev:?}");
    }

    #[test]
    fn summits_signings_visits_and_who_opens_a_gathering() {
        let ev = events("عنوان\n\nيشارك الرئيس في قمة مجموعة العشرين في لندن الشهر المقبل.");
        assert!(ev.iter().any(|e| e.0 == "summit" && e.2.as_deref() == Some("لندن") && e.3 == "planned"), "{ev:?}");
        let ev = events("عنوان\n\nأعلنت شركة زين الكويتية يوم الاثنين أنها وقعت اتفاقا مع شركة أوراسكوم.");
        let sign = ev.iter().find(|e| e.0 == "agreement").expect("a signing");
        assert!(sign.1.contains(&"شركة زين".to_string()), "the announcer signs: {ev:?}");
        let ev = events("عنوان\n\nوصل رئيس الوزراء التركي رجب طيب أردوغان إلى بغداد في زيارة رسمية تستغرق يومين.");
        assert!(ev.iter().any(|e| e.0 == "visit" && e.2.as_deref() == Some("بغداد")), "{ev:?}");
        let ev =
            events("عنوان\n\nومن المقرر أن يزور وزير الخارجية المصري أحمد أبو الغيط العاصمة الأردنية الأسبوع المقبل.");
        assert!(ev.iter().any(|e| e.0 == "visit" && e.2.as_deref() == Some("الأردن")), "{ev:?}");
        let ev = events(
            "عنوان\n\nأعلنت منظمة الصحة العالمية رفع مستوى التحذير. وأوضح كيجي فوكودا أن المنظمة ستعقد اجتماعا مع \
             شركات تصنيع اللقاحات الأسبوع المقبل.",
        );
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.1 == ["منظمة الصحة العالمية"] && e.3 == "planned"), "{ev:?}");
        let ev = events("عنوان\n\nوافتتح الزعيم الليبي معمر القذافي القمة العربية في سرت.");
        assert!(ev.iter().any(|e| e.0 == "summit" && e.1 == ["معمر القذافي"]), "{ev:?}");
    }

    #[test]
    fn places_set_before_and_parties_left_out() {
        let ev = events("عنوان\n\nوفي نيروبي، التقى الرئيس الكيني مواي كيباكي الرئيس الأوغندي يويري موسيفيني.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.2.as_deref() == Some("نيروبي")), "{ev:?}");
        let ev = events("عنوان\n\nاختتمت في كوالالمبور جولة من المفاوضات بين الفلبين وماليزيا، دون التوصل إلى اتفاق.");
        assert!(ev.iter().any(|e| e.0 == "talks" && e.2.as_deref() == Some("كوالالمبور")), "{ev:?}");
        assert!(ev.iter().filter(|e| e.0 == "agreement").all(|e| e.3 == "denied"), "without reaching one: {ev:?}");
        let ev = events("عنوان\n\nانطلقت يوم السبت في سرت القمة العربية.");
        assert!(ev.iter().any(|e| e.0 == "summit" && e.2.as_deref() == Some("سرت")), "{ev:?}");
        let ev = events("عنوان\n\nومن المقرر أن يوقع البلدان يوم الخميس اتفاقيات في مجال الطاقة.");
        assert!(ev.iter().any(|e| e.0 == "agreement" && e.3 == "planned"), "{ev:?}");
        let ev = events("عنوان\n\nووقع الاتحاد المصري لكرة القدم عقدا مع المدرب بوب برادلي خلفا للمدرب حسن شحاتة.");
        assert!(ev.iter().all(|e| !e.1.contains(&"حسن شحاتة".to_string())), "the one replaced: {ev:?}");
        // A place in the subject's phrase, with the object and another place after it.
        let ev = events("عنوان\n\nوقع قادة المعارضة في سوريا اتفاقا في الدوحة.");
        assert!(ev.iter().any(|e| e.0 == "agreement" && e.2.as_deref() == Some("الدوحة")), "{ev:?}");
        // A time in a relative clause or a "since" phrase is another one's; a habit is no event.
        let ev =
            events("عنوان\n\nووقع الاتحاد عقدا مع المدرب بوب برادلي الذي درب منتخب الولايات المتحدة في يونيو الماضي.");
        assert!(ev.iter().any(|e| e.0 == "agreement"), "{ev:?}");
        let a = crate::Analyzer::default()
            .analyze("عنوان\n\nووقع الاتحاد عقدا مع المدرب بوب برادلي الذي درب منتخب الولايات المتحدة في يونيو الماضي.")
            .unwrap();
        assert!(a.events.iter().all(|e| e.time.is_none()), "{:?}", a.events);
        let ev = events("عنوان\n\nوأشار رئيس الجامعة إلى أن جامعة السوربون تستقبل سنويا عشرات الطلاب العرب.");
        assert!(ev.is_empty(), "{ev:?}");
        // Told again in an adjunct of another clause, an event takes none of its times.
        let a = crate::Analyzer::default()
            .analyze(
                "عنوان\n\nالتقى الرئيس المصري حسني مبارك الرئيس الفلسطيني محمود عباس يوم الأحد في القاهرة. \
                 وقال عباس عقب اللقاء إن الانتخابات ستجرى خلال الأسبوعين المقبلين.",
            )
            .unwrap();
        assert!(a.events.iter().all(|e| e.duration.is_none()), "{:?}", a.events);
        // An invitation is a plan, and the country after a noun of visiting is where.
        let ev =
            events("عنوان\n\nودعا الرئيس الجزائري عبد المجيد تبون نظيره الفرنسي إيمانويل ماكرون إلى زيارة الجزائر.");
        assert!(
            ev.iter().any(|e| e.0 == "visit"
                && e.1 == ["إيمانويل ماكرون"]
                && e.2.as_deref() == Some("الجزائر")
                && e.3 == "planned"),
            "{ev:?}"
        );
        // A verb after "قبل أن" with no subject of its own continues the sentence's doer.
        let ev = events(
            "عنوان\n\nومن المقرر أن يزور رئيس الوزراء الماليزي نجيب عبد الرزاق جزيرة سومطرة، حيث يلتقي حاكمها \
             ماديه مانغكو باستيكا، قبل أن يغادر إندونيسيا.",
        );
        let dep = ev.iter().find(|e| e.0 == "departure").expect("a departure");
        assert_eq!(dep.1, ["نجيب عبد الرزاق"], "{ev:?}");
        // A verb after "بعد أن" with a subject of its own keeps it.
        let ev = events(
            "عنوان\n\nالتقى الرئيس المصري حسني مبارك الرئيس الفلسطيني محمود عباس، بعد أن التقى الرئيس الأمريكي باراك \
             أوباما رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
        );
        assert!(ev.iter().any(|e| e.1 == ["باراك أوباما", "بنيامين نتنياهو"]), "{ev:?}");
        // Not a group in a construct, a party's name, a preposition before a noun, a dispute.
        assert!(events("عنوان\n\nوأعلن مكتب رئيس الوزراء تأجيل الاجتماع.").is_empty());
        let ev = events("عنوان\n\nوعقد حزب الدعوة الإسلامية اجتماعا في بغداد يوم الأحد.");
        assert!(ev.iter().all(|e| e.3 == "happened"), "{ev:?}");
        let ev =
            events("عنوان\n\nوعقد الرئيس المصري حسني مبارك دون حضور الصحفيين اجتماعا مع الرئيس الفلسطيني محمود عباس.");
        assert!(ev.iter().all(|e| e.3 == "happened"), "{ev:?}");
        let ev = events("عنوان\n\nوناقش الرئيس محمود عباس خلافه مع رئيس الوزراء سلام فياض.");
        assert!(ev.iter().any(|e| e.1.contains(&"سلام فياض".to_string())), "{ev:?}");
        // A disease is no place.
        let ev = events("عنوان\n\nأعلنت وزارة الصحة يوم السبت وفاة سيدة بفيروس إنفلونزا الخنازير.");
        assert!(ev.iter().all(|e| e.2.is_none()), "{ev:?}");
    }

    #[test]
    fn a_statement_issued_by_a_body_named_again_or_after_an_adjunct() {
        let ev = events("عنوان\n\nعقد مجلس الأمن الدولي اجتماعا طارئا. وأصدر المجلس بيانا أدان فيه التجربة.");
        assert!(ev.iter().any(|e| e.0 == "statement" && e.1 == ["مجلس الأمن الدولي"]), "{ev:?}");
        let ev = events("عنوان\n\nوأصدر مجلس الأمن الدولي في ختام الاجتماع بيانا أدان فيه التجربة.");
        assert!(ev.iter().any(|e| e.0 == "statement" && e.1 == ["مجلس الأمن الدولي"]), "{ev:?}");
    }

    #[test]
    fn parties_told_as_a_group() {
        let ev = events("عنوان\n\nوعقد الطرفان اجتماعا يوم السبت.");
        assert_eq!(ev, vec![("meeting".into(), vec![], None, "happened".into())]);
        let ev = events("عنوان\n\nوسيناقش القادة العرب مقترحا لإنشاء قوة مشتركة.");
        assert_eq!(ev, vec![("talks".into(), vec![], None, "planned".into())]);
        assert!(events("عنوان\n\nوقال إن الاجتماعات مهمة.").is_empty());
    }

    #[test]
    fn a_place_between_the_verb_and_its_event_noun() {
        let ev = events("عنوان\n\nأطلق المغرب والاتحاد الأوروبي يوم الاثنين في الرباط مفاوضات حول اتفاق للتبادل الحر.");
        assert!(ev.iter().any(|e| e.0 == "talks" && e.2.as_deref() == Some("الرباط")), "{ev:?}");
        let ev = events("عنوان\n\nوقع الأردن والبنك الدولي يوم الأربعاء بالعاصمة عمان اتفاقية قرض.");
        assert!(ev.iter().any(|e| e.0 == "agreement" && e.2.as_deref() == Some("عمان")), "{ev:?}");
        // Not a place in the subject's phrase.
        let ev = events("عنوان\n\nاشترطت حركة العدل والمساواة المتمردة في إقليم دارفور عودة المنظمات لاستئناف محادثات السلام مع الخرطوم.");
        assert!(ev.iter().all(|e| e.2.is_none()), "{ev:?}");
    }

    #[test]
    fn other_senses_are_not_events() {
        let ev = events("وأكد مدرب المنتخب أن لقاء الدوري بين الفريقين تأجل إلى الأسبوع المقبل.");
        assert!(!ev.iter().any(|e| e.0 == "meeting"), "a league match is not a meeting: {ev:?}");
        // A federation's board meets, whatever it votes on.
        let ev = events("عقد الاتحاد الدولي لكرة القدم اجتماعا في زيورخ للتصويت على مضيف كأس العالم.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.2.as_deref() == Some("زيورخ")), "{ev:?}");
        let ev = events("وقال وزير الصحة سامح فريد إن عدد المصابين ارتفع ليصل الرقم إلى خمسين.");
        assert!(!ev.iter().any(|e| e.0 == "arrival"), "reaching a number is not an arrival: {ev:?}");
        let ev = events("وصل وزير الخارجية المصري سامح شكري إلى الرياض أمس.");
        assert!(ev.iter().any(|e| e.0 == "arrival" && e.2.as_deref() == Some("الرياض")), "{ev:?}");
        // A telephone, advertisements, and a blend of ideas.
        let ev = events("عرضت شركة سامسونج في نيويورك هاتف ذكي جديد. ولا تقدم الخدمة إعلانات للمستخدمين.");
        assert!(!ev.iter().any(|e| e.0 == "call" || e.0 == "statement"), "{ev:?}");
        let ev = events("تقدم الفرقة السورية أغاني تجمع بين التراث والحداثة.");
        assert!(!ev.iter().any(|e| e.0 == "meeting"), "{ev:?}");
        // A noun's own verb in the future, and what is prepared for, are to come; a verb's
        // object of its own kind is its event again ("سيوقعان اتفاقية").
        let ev =
            events("وأعلن المبعوث الأممي إسماعيل ولد الشيخ أحمد أن المشاورات بين الحكومة والحوثيين ستستأنف في الكويت.");
        assert!(ev.iter().any(|e| e.0 == "talks" && e.3 == "planned"), "{ev:?}");
        let ev = events("وبدأت التحضيرات لاجتماع لجنة مبادرة السلام العربية في القاهرة.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.3 == "planned"), "{ev:?}");
        let ev = events("وقال فهمي عقب التوقيع مع نظيره سامح شكري إن المشروع سيبدأ الإنتاج قريبا.");
        assert!(!ev.iter().any(|e| e.3 == "planned"), "the project's start is not the signing's: {ev:?}");
        let ev = events("وقال المتحدث إن الجانبين سيوقعان اتفاقية للتعاون.");
        assert_eq!(ev.iter().filter(|e| e.0 == "agreement").count(), 1, "{ev:?}");
        // Where someone goes next is not where they met.
        let ev =
            events("التقى الرئيس السوداني عمر البشير رئيس الوزراء الصيني ون جيا باو في بكين قبل عودته إلى الخرطوم.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.2.as_deref() == Some("بكين")), "{ev:?}");
        let ev = events("التقى الرئيس السوداني عمر البشير رئيس الوزراء الصيني ون جيا باو قبل عودته إلى الخرطوم.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.2.is_none()), "{ev:?}");
        // The genitive of a noun of receiving is the one received, unless لـ names him.
        let a = Analyzer::default().analyze("وجرى استقبال الرئيس السوداني عمر البشير في مطار بكين.").unwrap();
        assert!(
            a.events.iter().any(|e| e.kind == "reception" && e.participants.iter().all(|p| p.role == "guest")),
            "{:?}",
            a.events
        );
        let a =
            Analyzer::default().analyze("وجاء استقبال الملك عبد الله للرئيس الفرنسي فرانسوا هولاند في القصر.").unwrap();
        let roles: Vec<&str> = a.events.iter().flat_map(|e| e.participants.iter().map(|p| p.role.as_str())).collect();
        assert_eq!(roles, ["host", "guest"], "{:?}", a.events);
        // A headline whose subject is a title nobody resolved takes its roles from the body.
        let a = Analyzer::default()
            .analyze("العاهل الأردني يستقبل رئيس الوزراء الهندي\n\nاستقبل الملك عبد الله الثاني في عمان يوم الأحد رئيس الوزراء الهندي مانموهان سينغ.")
            .unwrap();
        let name = |id: &str| a.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default();
        let guests: Vec<String> = a
            .events
            .iter()
            .flat_map(|e| e.participants.iter().filter(|p| p.role == "guest").map(|p| name(&p.entity)))
            .collect();
        assert_eq!(guests, ["مانموهان سينغ"], "{:?}", a.events);
        // A dual subject before its verb stands for both.
        let ev = events(
            "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي. وذكر المتحدث أن الوزيرين وقعا مذكرة تفاهم.",
        );
        assert!(ev.iter().any(|e| e.0 == "agreement" && e.1.len() == 2), "{ev:?}");
        // A denial does not reach the verb of a relative clause on the one who denies.
        let ev = events("ونفى وزير الخارجية سامح شكري، الذي زار باريس الأسبوع الماضي، أن يكون قد تلقى أي عمولات.");
        assert!(ev.iter().any(|e| e.0 == "visit" && e.3 == "happened"), "{ev:?}");
        // The next meeting is another than the one told.
        let ev = events("التقت وزيرة الخارجية الأمريكية هيلاري كلينتون رئيس الحكومة حمادي الجبالي. وذكر دبلوماسي أن المشاركين يعتزمون عقد الاجتماع المقبل للمجموعة في إسطنبول.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.3 == "happened" && e.2.is_none()), "{ev:?}");
        // A second read: the genitive of "استقبال" receives when an object follows it, or
        // when the noun is what someone met with; a noun of an adjunct is not made planned by
        // another's verb; a reception upon someone's return is where he returned.
        let a = Analyzer::default()
            .analyze("خلال استقبال الرئيس عبد الفتاح السيسي اليوم وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة.")
            .unwrap();
        let roles: Vec<&str> = a.events.iter().flat_map(|e| e.participants.iter().map(|p| p.role.as_str())).collect();
        assert_eq!(roles, ["host", "guest"], "{:?}", a.events);
        let a = Analyzer::default().analyze("وحظي الوفد باستقبال الرئيس محمود عباس.").unwrap();
        assert!(a.events.iter().all(|e| e.participants.iter().all(|p| p.role == "host")), "{:?}", a.events);
        let ev = events("وعقب المحادثات بين الرئيسين محمود عباس وعبد الفتاح السيسي ستعقد ندوة صحفية.");
        assert!(ev.iter().all(|e| e.3 == "happened"), "{ev:?}");
        let ev = events("وكان في استقبال الرئيس عمر البشير لدى عودته إلى الخرطوم نائبه علي عثمان طه.");
        assert!(ev.iter().any(|e| e.0 == "reception" && e.2.as_deref() == Some("الخرطوم")), "{ev:?}");
        let ev = events("وتبحث الشرطة عن المتهم محمد علي منذ أشهر.");
        assert!(!ev.iter().any(|e| e.0 == "talks"), "{ev:?}");
        // Searching for someone is no talks.
        let ev = events("ألقت الشرطة القبض على المتهم محمد علي الذي تبحث عنه منذ أشهر.");
        assert!(!ev.iter().any(|e| e.0 == "talks"), "{ev:?}");
        let ev = events("هاتف الرئيس الفرنسي إيمانويل ماكرون نظيره المصري عبد الفتاح السيسي أمس.");
        assert!(ev.iter().any(|e| e.0 == "call"), "the verb is still a call: {ev:?}");
    }

    #[test]
    fn meetings_receptions_visits() {
        let ev = events("استقبل الرئيس الروسي فلاديمير بوتين المبعوث الأمريكي ستيف ويتكوف في الكرملين.");
        assert!(
            ev.iter().any(|e| e.0 == "reception"
                && e.1 == ["فلاديمير بوتين", "ستيف ويتكوف"]
                && e.2.as_deref() == Some("الكرملين")),
            "{ev:?}"
        );
        let ev = events(
            "وصل المبعوث الخاص كيريل دميترييف إلى واشنطن في زيارة رسمية. وسيلتقي دميترييف بوزير الخزانة الأمريكي.",
        );
        assert!(
            ev.iter().any(|e| e.0 == "arrival"
                && e.1.contains(&"كيريل دميترييف".to_string())
                && e.2.as_deref() == Some("واشنطن")),
            "{ev:?}"
        );
        let ev = events("يأتي ذلك بعد لقاء جمع بين المبعوث الأمريكي ستيف ويتكوف والرئيس الروسي فلاديمير بوتين. واستغرق اللقاء ثلاث ساعات في الكرملين.");
        let m = ev.iter().find(|e| e.0 == "meeting").expect("a meeting");
        assert_eq!(m.1.len(), 2, "{ev:?}");
        assert_eq!(m.2.as_deref(), Some("الكرملين"), "the anaphoric اللقاء adds the place: {ev:?}");
    }

    #[test]
    fn a_joint_press_conference_an_announced_signing_and_what_else_is_signed() {
        let ev = events("وقال وزير الخارجية الأردني ناصر جودة في مؤتمر صحفي مشترك مع هوشيار زيباري إن الزيارة ناجحة.");
        let st = ev.iter().find(|e| e.0 == "statement").expect("the press conference");
        assert_eq!(st.1, ["ناصر جودة", "هوشيار زيباري"], "{ev:?}");
        let ev = events("أعلن نادي الوداد الرياضي يوم الثلاثاء توقيع عقد مع المدرب الأرجنتيني دييغو أغيري.");
        let ag = ev.iter().find(|e| e.0 == "agreement").expect("the signing");
        assert_eq!(ag.1, ["نادي الوداد الرياضي", "دييغو أغيري"], "{ev:?}");
        let ev = events("وأعلنت وزارة الصحة أن الجانبين يعتزمان توقيع مذكرة تفاهم مع منظمة الصحة العالمية.");
        let ag = ev.iter().find(|e| e.0 == "agreement").expect("the signing");
        assert!(!ag.1.iter().any(|p| p == "وزارة الصحة"), "what is announced after أن: {ev:?}");
        let ev = events("وقع الرئيس اليمني علي عبد الله صالح اليوم في الرياض على المبادرة الخليجية.");
        assert!(ev.iter().any(|e| e.0 == "agreement" && e.1 == ["علي عبد الله صالح"]), "{ev:?}");
        let ev = events("وقع الرئيس اليمني علي عبد الله صالح في العاصمة السعودية الرياض على المبادرة.");
        assert_eq!(ev[0].1, ["علي عبد الله صالح"], "the capital's country signs nothing: {ev:?}");
        let ev = events("وأصدر مجلس الأمن الدولي بيانا رحب فيه بالتوقيع.");
        assert!(!ev.iter().any(|e| e.0 == "agreement" && !e.1.is_empty()), "welcoming is no signing: {ev:?}");
        let ev = events("وأبرمت شركة فيسبوك صفقة مع شركة واتس آب.");
        assert!(ev.iter().any(|e| e.0 == "agreement"), "{ev:?}");
    }

    #[test]
    fn occasions_offices_passives_and_relatives_are_no_events_of_their_own() {
        let ev = events("والتقى الوزير الأردني نايف الفايز على هامش الاجتماعات المديرة العامة لليونسكو إيرينا بوكوفا.");
        assert_eq!(ev.len(), 1, "{ev:?}");
        assert_eq!(ev[0].1, ["نايف الفايز", "إيرينا بوكوفا"], "{ev:?}");
        assert!(events("وقال نوري أبو سهمين، رئيس المؤتمر الوطني العام، إن الاتفاق مرفوض.").is_empty());
        assert!(events("وقال أتاهيرو جيغا إن محمد بخاري استوفى جميع الشروط وأعلن فائزا.").is_empty());
        let ev = events("وأوضح ريتشارد كولنز أن الصندوق يدعم البرنامج الذي أعلنته الحكومة، مضيفا أن الاتفاق قريب.");
        assert!(!ev.iter().any(|e| e.0 == "statement"), "{ev:?}");
    }

    #[test]
    fn a_named_person_reaching_an_unnamed_place_and_plans_expected_or_set_there() {
        let ev = events("ومن المقرر أن يغادر رائد الفضاء الروسي أليكسي فولكوف المحطة الأسبوع المقبل.");
        assert_eq!(ev, vec![("departure".into(), vec!["أليكسي فولكوف".into()], None, "planned".into())]);
        let ev = events("ووصلت وزيرة الثقافة الفرنسية كاترين مارسو إلى متحف الفن الإسلامي.");
        assert_eq!(ev, vec![("arrival".into(), vec!["كاترين مارسو".into()], None, "happened".into())]);
        assert!(events("وقال إن عدد الضحايا وصل إلى المئات.").is_empty(), "a number reached");
        assert!(events("وصل رافائيل نادال إلى الدور النهائي.").is_empty(), "a stage reached");
        assert!(events("غادر حسني مبارك السلطة عام 2011.").is_empty(), "office left");
        let ev = events("ومن المتوقع أن يزور توماس باخ عمان يوم الجمعة.");
        assert_eq!(ev[0].3, "planned", "{ev:?}");
        let ev = events("وسيزور نوري المالكي مجلس الأمة غدا، حيث من المقرر أن يلتقي رئيس المجلس علي الراشد.");
        let m = ev.iter().find(|e| e.0 == "meeting").expect("the meeting");
        assert_eq!(m.1, ["نوري المالكي", "علي الراشد"], "{ev:?}");
    }

    #[test]
    fn a_body_named_again_as_the_subject_of_a_verb_that_holds_an_event_or_before_its_verb() {
        let ev = events(
            "عنوان\n\nأعلنت وزارة الصحة السعودية تسجيل وفيات جديدة. وستعقد الوزارة اجتماعا الأسبوع المقبل مع خبراء من منظمة الصحة العالمية.",
        );
        let m = ev.iter().find(|e| e.0 == "meeting").expect("the meeting");
        assert_eq!(m.1, ["وزارة الصحة السعودية", "منظمة الصحة العالمية"], "{ev:?}");
        let ev = events(
            "عنوان\n\nوصلت بعثة صندوق النقد الدولي إلى القاهرة أمس. وأجرت البعثة مباحثات مع رئيس الوزراء شريف إسماعيل.",
        );
        let t = ev.iter().find(|e| e.0 == "talks").expect("the talks");
        // The mission is a body of its own, named with the body it comes from.
        assert_eq!(t.1, ["بعثة صندوق النقد الدولي", "شريف إسماعيل"], "{ev:?}");
    }

    #[test]
    fn the_lead_restating_the_headline_s_announcement_is_one_event() {
        let ev = events(
            "وزارة الصحة تعلن تسجيل ثلاث وفيات جديدة\n\nأعلنت وزارة الصحة السعودية الاثنين تسجيل ثلاث وفيات جديدة. وأعلنت الوزارة لاحقا إغلاق مدرستين.",
        );
        let st: Vec<_> = ev.iter().filter(|e| e.0 == "statement").collect();
        assert_eq!(st.len(), 2, "the headline's and the lead's are one, the later one another: {ev:?}");
        assert!(st.iter().all(|e| e.1 == ["وزارة الصحة السعودية"]), "one ministry, named whole: {ev:?}");
        // Two ministries of two countries: the bare name is neither.
        let ev = events(
            "عنوان\n\nوقالت وزارة الخارجية الإيرانية إن المحادثات مفيدة. وردت وزارة الخارجية الأمريكية ببيان. وأعلنت وزارة الخارجية أن الجولة انتهت.",
        );
        assert!(ev.iter().any(|e| e.0 == "statement" && e.1 == ["وزارة الخارجية"]), "{ev:?}");
    }

    #[test]
    fn who_tells_of_an_event_takes_no_part_in_it() {
        let ev = events("والتقى الوزير أحمد سالم نظيره الفرنسي جان دوبون، وفقا لوكالة الأنباء الفرنسية.");
        assert_eq!(ev[0].1, ["أحمد سالم", "جان دوبون"], "{ev:?}");
        let ev = events("وكانت الوزيرة فاطمة علي قد التقت الرئيس ديلما روسيف يوم الثلاثاء، بحسب صحيفة لوموند.");
        assert!(ev.iter().all(|e| !e.1.iter().any(|p| p.contains("لوموند"))), "{ev:?}");
    }

    #[test]
    fn the_one_met_after_bi_is_no_part_of_the_subject_s_name() {
        let ev = events("والتقى حياتو بجمال علام، رئيس الاتحاد المصري لكرة القدم، في القاهرة.");
        assert_eq!(ev[0].1, ["حياتو", "جمال علام"], "{ev:?}");
        let ev = events("وهاتف شوقي غريب اللاعب محمد صلاح. ومن المقرر أن يلتقي غريب بصلاح في مارس المقبل.");
        let m = ev.iter().find(|e| e.0 == "meeting").expect("the meeting");
        assert_eq!(m.1, ["شوقي غريب", "محمد صلاح"], "{ev:?}");
    }

    #[test]
    fn reaching_an_agreement_starting_talks_and_announcing_together() {
        let ev = events("وتوصلت مصر إلى اتفاق مع صندوق النقد الدولي على قرض بقيمة 12 مليار دولار.");
        assert_eq!(ev[0].1, ["مصر", "صندوق النقد الدولي"], "{ev:?}");
        let ev = events("بدأت مصر مفاوضات مع صندوق النقد الدولي.");
        assert_eq!(ev[0].1, ["مصر", "صندوق النقد الدولي"], "{ev:?}");
        let ev = events("وأعلن جون كيري وسيرغي لافروف في مؤتمر صحفي مشترك تشكيل لجنة ثنائية.");
        assert_eq!(ev[0].1, ["جون كيري", "سيرغي لافروف"], "{ev:?}");
        let ev = events("وكان الرئيس الأمريكي باراك أوباما والرئيس الروسي فلاديمير بوتين قد أعلنا عن استئناف المحادثات.");
        assert!(ev.iter().any(|e| e.0 == "statement" && e.1.len() == 2), "{ev:?}");
        let ev = events("وأعلنت قطر تقديم مساعدات للسودان والصومال.");
        assert_eq!(ev[0].1, ["قطر"], "a coordinated object is no subject: {ev:?}");
    }

    #[test]
    fn an_institution_named_again_by_its_head_noun() {
        let ev = events("قدمت شركة سامسونغ هاتفها الجديد في برشلونة. وأعلنت الشركة أن الهاتف سيطرح في أبريل.");
        let st = ev.iter().find(|e| e.0 == "statement").expect("the company's announcement");
        assert_eq!(st.1, ["سامسونغ"], "{ev:?}");
        let ev = events("وفازت اللاعبة بلقب رابطة محترفات التنس. وذكرت الرابطة في بيان أن البطولة شهدت حضورا قياسيا.");
        let st = ev.iter().find(|e| e.0 == "statement").expect("the association's statement");
        assert_eq!(st.1, ["رابطة محترفات التنس"], "{ev:?}");
        // Another body headed by the same noun is not the one named before.
        let ev = events("وقالت شركة توتال إن الإنتاج ارتفع. وأعلنت الشركة الأم في بيان أن الأرباح تراجعت.");
        assert!(!ev.iter().any(|e| e.0 == "statement" && e.1 == ["توتال"]), "{ev:?}");
    }

    #[test]
    fn statements_and_verb_senses() {
        let ev = events("وبلغ عدد الوفيات 55 حالة من أصل 130 حالة إصابة في السعودية.");
        assert!(!ev.iter().any(|e| e.0 == "arrival"), "\"من أصل\" is no arrival: {ev:?}");
        let ev = events("أعلنت قطر عن حالة وفاة جديدة. وأعلنت قطر لاحقا عن حالة ثانية.");
        assert_eq!(ev.iter().filter(|e| e.0 == "statement").count(), 2, "two announcements: {ev:?}");
        let ev = events("وتناول اجتماع الرئيس الروسي فلاديمير بوتين والمبعوث الأمريكي ستيف ويتكوف وتأثيره على العلاقات بين روسيا وأمريكا قضايا عدة.");
        let m = ev.iter().find(|e| e.0 == "meeting").expect("a meeting");
        assert_eq!(m.1.len(), 2, "the parties named together, not the countries after: {ev:?}");
        let ev = events("وورد في بيان صادر عن الحكومة السعودية أن الاتفاقية خطوة أولى نحو حل شامل مع إيران.");
        let st = ev.iter().find(|e| e.0 == "statement").expect("a statement");
        assert_eq!(st.1, ["السعودية"], "the issuer only: {ev:?}");
        let ev = events("ورحبت السعودية باتفاقية جنيف التي توصلت إليها إيران مع القوى الكبرى.");
        let ag = ev.iter().find(|e| e.0 == "agreement").expect("an agreement");
        assert_eq!(ag.1, ["إيران"], "the party of the relative clause, not the one welcoming it: {ev:?}");
    }

    #[test]
    fn names_in_place_phrases_and_topics_are_no_parties_or_places() {
        let ev = events("استقبل وزير الخارجية الليبي سالم الورفلي نظيره التونسي كمال الجندوبي في مقر وزارة الخارجية بطرابلس، حيث بحث الجانبان تطورات الأوضاع في مدينة سرت.");
        let r = ev.iter().find(|e| e.0 == "reception").expect("a reception");
        assert_eq!(r.1, ["سالم الورفلي", "كمال الجندوبي"], "the ministry is where, not a guest: {ev:?}");
        let t = ev.iter().find(|e| e.0 == "talks").expect("talks");
        assert_eq!(t.1, ["سالم الورفلي", "كمال الجندوبي"], "the dual is the two ministers: {ev:?}");
        assert_eq!(t.2, r.2, "the talks are where the reception was, not in the topic's place: {ev:?}");
        let ev = events("وأعلن الحزب على صفحته على موقع فيسبوك أن الانتخابات ستجري في موعدها.");
        assert!(!ev.iter().any(|e| e.1.contains(&"فيسبوك".to_string())), "{ev:?}");
    }

    #[test]
    fn agreeing_on_a_need_is_no_agreement_and_a_subject_before_its_verb() {
        let ev = events("وقال الوزير إن تونس والجزائر تتفقان على ضرورة فتح الحدود.");
        assert!(!ev.iter().any(|e| e.0 == "agreement"), "{ev:?}");
        let ev = events("وأوضح المتحدث أن الرئيس التونسي قيس سعيد سيلتقي الرئيس الجزائري عبد المجيد تبون في الجزائر.");
        let m = ev.iter().find(|e| e.0 == "meeting").expect("a meeting");
        assert_eq!(m.1, ["قيس سعيد", "عبد المجيد تبون"], "{ev:?}");
    }

    #[test]
    fn a_visit_told_again_and_those_who_travel_to_a_meeting() {
        let text = "استقبل وزير الخارجية الليبي سالم الورفلي نظيره التونسي كمال الجندوبي في طرابلس.                     وأشار الجندوبي إلى أن الزيارة تأتي في إطار التشاور، لافتا إلى أن الرئيس قيس سعيد سيلتقي الرئيس عبد المجيد تبون الأسبوع المقبل.                     ومن المقرر أن يتوجه الوزيران إلى روما يوم الأحد لحضور اجتماع مع مسؤولين في الاتحاد الأوروبي.";
        let ev = events(text);
        assert!(!ev.iter().any(|e| e.0 == "visit"), "the visit is the reception told again: {ev:?}");
        let m = ev.iter().find(|e| e.0 == "meeting" && e.2.as_deref() == Some("روما")).expect("a meeting in Rome");
        for who in ["سالم الورفلي", "كمال الجندوبي", "الاتحاد الأوروبي"] {
            assert!(m.1.contains(&who.to_string()), "{who}: {ev:?}");
        }
    }

    #[test]
    fn coordinated_subjects_before_the_verb_both_act() {
        let ev = events("الرئيس التونسي قيس سعيد والرئيس الجزائري عبد المجيد تبون يبحثان في الجزائر التعاون الاقتصادي.");
        let talks = ev.iter().find(|e| e.0 == "talks").expect("talks");
        assert_eq!(talks.1, ["قيس سعيد", "عبد المجيد تبون"], "{ev:?}");
    }

    #[test]
    fn the_subject_of_a_light_verb_is_a_party_of_the_call() {
        let ev = events("تلقى رئيس الوزراء الأردني جعفر حسان اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان.");
        let call = ev.iter().find(|e| e.0 == "call").expect("a call");
        assert_eq!(call.1, ["جعفر حسان", "رجب طيب أردوغان"], "{ev:?}");
    }

    #[test]
    fn modality() {
        let ev = events("ومن المقرر أن يزور وزير الخارجية الروسي سيرغي لافروف القاهرة الأسبوع المقبل.");
        assert!(ev.iter().any(|e| e.0 == "visit" && e.3 == "planned"), "{ev:?}");
        let ev = events("ولم يلتق الرئيس الأمريكي دونالد ترامب بالرئيس الصيني شي جين بينغ.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.3 == "denied"), "{ev:?}");
        // The plan reaches an event noun further on in its clause, not past a comma.
        let ev =
            events("ومن المقرر أن يتوجه وزيرا خارجية مصر والأردن إلى بروكسل يوم الاثنين لحضور اجتماع مع الاتحاد الأوروبي.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.3 == "planned"), "{ev:?}");
        let ev = events(
            "وسيعود الوزير سامي الحداد إلى بلاده غدا، وكان قد عقد اجتماعا مع الرئيس المصري عبد الفتاح السيسي أمس.",
        );
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.3 == "happened"), "{ev:?}");
    }

    #[test]
    fn a_time_to_come_makes_a_plan() {
        let ev = events("واتفق الطرفان على أن يقوم رئيس الوزراء الإيطالي جورجيا ميلوني بزيارة إلى تونس الأسبوع المقبل.");
        assert!(ev.iter().any(|e| e.0 == "visit" && e.3 == "planned"), "{ev:?}");
        let ev = events("ويلتقي الرئيس الكيني وليام روتو نظيره الأوغندي يويري موسيفيني في نيروبي غدا.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.3 == "planned"), "{ev:?}");
        let ev = events("والتقى الرئيس الكيني وليام روتو نظيره الأوغندي يويري موسيفيني في نيروبي الأسبوع الماضي.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.3 == "happened"), "{ev:?}");
    }
    #[test]
    fn heading_somewhere_and_the_purpose_it_serves() {
        let ev = events(
            "وأعلن وزير الخارجية التركي هاكان فيدان أنه سيتوجه إلى بغداد الأسبوع المقبل لإجراء محادثات مع نظيره العراقي فؤاد حسين.",
        );
        let dep = ev.iter().find(|e| e.0 == "departure").expect("a departure");
        assert_eq!(
            (dep.1.as_slice(), dep.2.as_deref(), dep.3.as_str()),
            (&["هاكان فيدان".to_string()][..], Some("بغداد"), "planned")
        );
        let talks = ev.iter().find(|e| e.0 == "talks").expect("talks");
        assert_eq!(talks.1, ["هاكان فيدان", "فؤاد حسين"], "{ev:?}");
        let st = ev.iter().find(|e| e.0 == "statement").expect("a statement");
        assert_eq!(st.2, None, "the place told is the trip's, not the announcement's");
    }

    #[test]
    fn who_asked_for_a_session_takes_no_part_in_it() {
        let ev = events("وعقد مجلس الأمن الدولي جلسة طارئة لبحث الوضع في السودان بطلب من المملكة المتحدة والجزائر.");
        assert_eq!(ev.len(), 1, "{ev:?}");
        assert_eq!((ev[0].1.as_slice(), ev[0].2.as_deref()), (&["مجلس الأمن الدولي".to_string()][..], None), "{ev:?}");
    }
    #[test]
    fn words_of_a_plan_and_a_future_left_whole() {
        let ev = events("ومن المنتظر أن يزور الرئيس الفرنسي إيمانويل ماكرون الرياض.");
        assert_eq!(ev, vec![("visit".into(), vec!["إيمانويل ماكرون".into()], Some("الرياض".into()), "planned".into())]);
        let ev = events("وستزور وزيرة الخارجية الألمانية أنالينا بيربوك القاهرة الأسبوع المقبل.");
        assert_eq!(ev, vec![("visit".into(), vec!["أنالينا بيربوك".into()], Some("القاهرة".into()), "planned".into())]);
        let ev = events("وقال الوزير إن الاجتماع المزمع عقده في الرباط سيبحث الأزمة.");
        assert!(ev.iter().all(|e| e.3 == "planned"), "{ev:?}");
    }
    #[test]
    fn an_unnamed_office_after_the_verb_is_its_subject() {
        let ev = events("عنوان\n\nواستقبل الرئيس اللبناني المبعوث الأمريكي ستيف ويتكوف في قصر بعبدا.");
        assert_eq!(
            ev,
            vec![("reception".into(), vec!["ستيف ويتكوف".into()], Some("قصر بعبدا".into()), "happened".into())]
        );
        let a = crate::Analyzer::default()
            .analyze("عنوان\n\nواستقبل الرئيس اللبناني المبعوث الأمريكي ستيف ويتكوف في قصر بعبدا.")
            .unwrap();
        assert_eq!(a.events[0].participants[0].role, "guest");
        let w = a.entities.iter().find(|e| e.name == "ستيف ويتكوف").unwrap();
        assert!(w.roles.iter().all(|r| r.title != "الرئيس اللبناني"), "{:?}", w.roles);
    }
    #[test]
    fn signatories_and_the_direction_of_a_call() {
        let a = crate::Analyzer::default()
            .analyze(
                "عنوان\n\nووقع الرئيس التونسي قيس سعيد اتفاقية مع الرئيس الفرنسي إيمانويل ماكرون. \
                 وتلقى رئيس الوزراء الأردني جعفر حسان اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان. \
                 ووقع اللاعب محمد صلاح على العقد الجديد مع النادي.",
            )
            .unwrap();
        let name = |id: &str| a.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default();
        let got: Vec<(String, Vec<(String, String)>)> = a
            .events
            .iter()
            .map(|e| (e.kind.clone(), e.participants.iter().map(|p| (name(&p.entity), p.role.clone())).collect()))
            .collect();
        let p = |n: &str, r: &str| (n.to_string(), r.to_string());
        assert_eq!(
            got,
            vec![
                ("agreement".into(), vec![p("قيس سعيد", "signatory"), p("إيمانويل ماكرون", "signatory")]),
                ("call".into(), vec![p("جعفر حسان", "callee"), p("رجب طيب أردوغان", "caller")]),
                ("agreement".into(), vec![p("محمد صلاح", "signatory")]),
            ]
        );
    }
    #[test]
    fn a_city_after_a_preposition_of_place_is_the_city() {
        let ev = events("عنوان\n\nووصل المبعوث الأممي هانس غروندبرغ إلى عدن أمس.");
        assert_eq!(ev, vec![("arrival".into(), vec!["هانس غروندبرغ".into()], Some("عدن".into()), "happened".into())]);
    }
    #[test]
    fn relative_clauses_counterparts_and_where_a_clause_with_haythu_happens() {
        let ev = events(
            "عنوان\n\nوالتقى الرئيس المصري عبد الفتاح السيسي المبعوث الأممي هانس غروندبرغ، الذي وصل إلى القاهرة أمس.",
        );
        assert!(
            ev.contains(&("arrival".into(), vec!["هانس غروندبرغ".into()], Some("القاهرة".into()), "happened".into())),
            "{ev:?}"
        );
        let ev = events("عنوان\n\nوغادر الوزير القاهرة متوجها إلى عمان، حيث سيلتقي نظيره الأردني أيمن الصفدي.");
        let a = crate::Analyzer::default()
            .analyze("عنوان\n\nوغادر الوزير القاهرة متوجها إلى عمان، حيث سيلتقي نظيره الأردني أيمن الصفدي.")
            .unwrap();
        let meeting = a.events.iter().find(|e| e.kind == "meeting").expect("a meeting");
        assert_eq!(meeting.participants[0].role, "with", "the counterpart is met: {ev:?}");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.2.as_deref() == Some("عمان") && e.3 == "planned"), "{ev:?}");
    }
    #[test]
    fn an_announcement_and_what_it_tells_keep_their_own_time_and_place() {
        let a = crate::Analyzer::default()
            .analyze("عنوان\n\nوأعلن وزير الخارجية أحمد سالم في القاهرة أمس أن المؤتمر سيعقد في الرياض الشهر المقبل.")
            .unwrap();
        let name = |id: &Option<String>| {
            id.as_ref().and_then(|id| a.entities.iter().find(|e| &e.id == id)).map(|e| e.name.clone())
        };
        let st = a.events.iter().find(|e| e.kind == "statement").expect("the announcement");
        assert_eq!(
            (name(&st.place).as_deref(), st.time.as_ref().map(|t| t.text.as_str())),
            (Some("القاهرة"), Some("أمس"))
        );
        let conf = a.events.iter().find(|e| e.kind != "statement").expect("the conference");
        assert_eq!(
            (name(&conf.place).as_deref(), conf.time.as_ref().map(|t| t.text.as_str()), conf.modality.as_str()),
            (Some("الرياض"), Some("الشهر المقبل"), "planned")
        );
        let a = crate::Analyzer::default()
            .analyze("عنوان\n\nوالتقى الرئيس عبد الفتاح السيسي الوزير أحمد سالم الذي يتولى منصبه منذ ثلاثة أيام.")
            .unwrap();
        assert!(a.events.iter().all(|e| e.duration.is_none()), "a time ago is no duration: {:?}", a.events);
    }
    #[test]
    fn a_press_conference_in_the_accusative_is_a_statement() {
        let ev = events("عنوان\n\nوعقد الوزير أحمد سالم مؤتمرا صحفيا في القاهرة.");
        assert_eq!(ev, vec![("statement".into(), vec!["أحمد سالم".into()], Some("القاهرة".into()), "happened".into())]);
    }
    #[test]
    fn a_blessing_after_a_ruler_s_title_and_wam_s_dateline() {
        let text = "عنوان\n\nروما في 24 فبراير 2026 / وام / وصل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة \"حفظه الله\" إلى روما اليوم في زيارة دولة.";
        let ev = events(text);
        assert!(
            ev.contains(&(
                "arrival".into(),
                vec!["محمد بن زايد آل نهيان".into()],
                Some("روما".into()),
                "happened".into()
            )),
            "{ev:?}"
        );
        let a = crate::Analyzer::default().analyze(text).unwrap();
        assert_eq!(a.document.dateline.as_ref().and_then(|d| d.value.as_deref()), Some("2026-02-24"));
        assert!(a.events.iter().all(|e| e.participants.iter().all(|p| a
            .entities
            .iter()
            .find(|x| x.id == p.entity)
            .unwrap()
            .name
            != "وام")));
    }
    #[test]
    fn an_unsaid_subject_a_reception_by_pronoun_and_a_bare_office_after_the_verb() {
        let a = crate::Analyzer::default()
            .analyze("عنوان\n\nوالتقى الرئيس عبد الفتاح السيسي وزير الخارجية الصيني وانغ يي. كما اجتمع بوزير الدفاع محمد زكي.")
            .unwrap();
        let name = |id: &str| a.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default();
        let second: Vec<(String, String)> =
            a.events[1].participants.iter().map(|p| (name(&p.entity), p.role.clone())).collect();
        assert_eq!(
            second,
            [("عبد الفتاح السيسي".to_string(), "agent".to_string()), ("محمد زكي".to_string(), "with".to_string())]
        );
        let a = crate::Analyzer::default()
            .analyze("عنوان\n\nووصل الرئيس الفرنسي إيمانويل ماكرون إلى الرياض، وكان في استقباله ولي العهد الأمير محمد بن سلمان.")
            .unwrap();
        let name = |id: &str| a.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default();
        let rec = a.events.iter().find(|e| e.kind == "reception").expect("a reception");
        let got: Vec<(String, String)> = rec.participants.iter().map(|p| (name(&p.entity), p.role.clone())).collect();
        assert_eq!(
            got,
            [("محمد بن سلمان".to_string(), "host".to_string()), ("إيمانويل ماكرون".to_string(), "guest".to_string())]
        );
        let a =
            crate::Analyzer::default().analyze("عنوان\n\nوالتقى الوزير قائد الجيش السوري حسن عبدي في دمشق.").unwrap();
        let abdi = a.entities.iter().find(|e| e.name == "حسن عبدي").unwrap();
        assert!(abdi.roles.iter().all(|r| r.title != "الوزير"), "{:?}", abdi.roles);
        assert_eq!(a.events[0].participants[0].role, "with");
    }
    #[test]
    fn a_light_verb_joined_to_the_verb_before_shares_its_subject() {
        let ev = events("عنوان\n\nوزار وزير الخارجية الفرنسي جان نويل بارو الجزائر وأجرى محادثات مع نظيره أحمد عطاف.");
        let talks = ev.iter().find(|e| e.0 == "talks").expect("talks");
        assert_eq!(talks.1, ["جان نويل بارو", "أحمد عطاف"], "{ev:?}");
    }
    #[test]
    fn a_capital_named_by_its_country_s_adjective() {
        let ev = events("عنوان\n\nووصل وزير الخارجية السوري أسعد الشيباني إلى العاصمة الروسية أمس.");
        assert_eq!(ev, vec![("arrival".into(), vec!["أسعد الشيباني".into()], Some("روسيا".into()), "happened".into())]);
        let ev = events("عنوان\n\nووصل وزير الخارجية الصيني وانغ يي إلى العاصمة السعودية الرياض أمس.");
        assert_eq!(ev, vec![("arrival".into(), vec!["وانغ يي".into()], Some("الرياض".into()), "happened".into())]);
    }
    #[test]
    fn the_meeting_told_before_and_relations_between_countries() {
        let ev = events("عنوان\n\nوالتقى الرئيس عبد الفتاح السيسي رئيس الوزراء الإثيوبي آبي أحمد. وتناول اللقاء العلاقات بين مصر والسودان.");
        assert_eq!(ev.len(), 1, "{ev:?}");
    }
    #[test]
    fn an_event_noun_framing_what_was_said() {
        let ev = events("عنوان\n\nوقال الرئيس الفرنسي إيمانويل ماكرون، في اتصال هاتفي مع الرئيس الجزائري عبد المجيد تبون، إن العلاقات مهمة.");
        let call = ev.iter().find(|e| e.0 == "call").expect("a call");
        assert_eq!(call.1, ["إيمانويل ماكرون", "عبد المجيد تبون"], "{ev:?}");
    }
    #[test]
    fn the_visit_an_arrival_is_for_and_a_meeting_noun_with_its_pronoun() {
        let ev = events("عنوان\n\nوكان وزير الخارجية السوري أسعد الشيباني قد وصل إلى موسكو في زيارة رسمية.");
        assert!(
            ev.contains(&("visit".into(), vec!["أسعد الشيباني".into()], Some("موسكو".into()), "happened".into())),
            "{ev:?}"
        );
        let ev = events("عنوان\n\nوأكد الوزير أحمد سالم، خلال لقائه وزير الخارجية التركي هاكان فيدان، أن العلاقات قوية.");
        assert!(ev.iter().any(|e| e.0 == "meeting" && e.1 == ["أحمد سالم", "هاكان فيدان"]), "{ev:?}");
    }
    #[test]
    fn an_agreement_named_in_a_quotation_is_no_signing() {
        let ev =
            events("عنوان\n\nوقال الوزير أحمد سالم: «نحن ملتزمون باتفاق الضمانات مع الوكالة الدولية للطاقة الذرية».");
        assert!(ev.iter().all(|e| e.0 != "agreement"), "{ev:?}");
    }
    #[test]
    fn the_top_of_a_league_table_is_no_summit() {
        let ev = events("عنوان\n\nوانفرد الأهلي بقمة الدوري المصري بعد فوزه على الزمالك في القاهرة.");
        assert!(ev.iter().all(|e| e.0 != "summit"), "{ev:?}");
    }
    #[test]
    fn clubs_meeting_in_a_fixture_play_a_match() {
        let ev = events("عنوان\n\nويلتقي نادي الهلال مع نادي النصر في الجولة المقبلة من الدوري السعودي في الرياض.");
        assert!(ev.iter().all(|e| e.0 != "meeting"), "{ev:?}");
    }

    #[test]
    fn a_reception_whose_guest_is_an_unnamed_title_or_named_before_the_arrival_it_waits_for() {
        // The hosts come after a place or "لدى وصوله"; the guest is the one named before.
        let a = Analyzer::default()
            .analyze(
                "عنوان\n\nوصل الوزير الفرنسي جان دوبون إلى الرباط، وكان في استقبال المسؤول الفرنسي بالمطار يوسف العلمي، رئيس الجامعة.",
            )
            .unwrap();
        let name = |id: &str| a.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default();
        let r = a.events.iter().find(|e| e.kind == "reception").expect("a reception");
        let parts: Vec<(String, &str)> = r.participants.iter().map(|p| (name(&p.entity), p.role.as_str())).collect();
        assert_eq!(
            parts,
            vec![("يوسف العلمي".to_string(), "host"), ("جان دوبون".to_string(), "guest")],
            "{:?}",
            a.events
        );
        let ev = events(
            "وكان في استقبال هانس غروندبرغ لدى وصوله مطار عدن الدولي وزير الخارجية شائع الزنداني، ومحافظ عدن أحمد حامد.",
        );
        let r = ev.iter().find(|e| e.0 == "reception").expect("a reception");
        assert_eq!(r.1, vec!["شائع الزنداني", "أحمد حامد", "هانس غروندبرغ"], "{ev:?}");
    }

    #[test]
    fn coordinated_subjects_of_a_light_verb_and_no_topic_as_a_party() {
        let ev = events("عنوان\n\nوعقد الرئيسان عبد المجيد تبون ورجب طيب أردوغان اجتماعا مغلقا.");
        assert_eq!(ev[0].1, vec!["عبد المجيد تبون", "رجب طيب أردوغان"], "{ev:?}");
        let ev = events("عنوان\n\nوأجرى الرئيس عبد المجيد تبون والرئيس رجب طيب أردوغان محادثات.");
        assert_eq!(ev[0].1, vec!["عبد المجيد تبون", "رجب طيب أردوغان"], "{ev:?}");
        let ev = events("عنوان\n\nأجرى الوزيران سيرغي لافروف وأحمد عطاف محادثات تناولت الأوضاع في منطقة الساحل وليبيا.");
        assert_eq!(ev[0].1, vec!["سيرغي لافروف", "أحمد عطاف"], "{ev:?}");
        // Named after a title that مع or من introduces, the other party still is one.
        let ev = events(
            "عنوان\n\nوكان جابر قد تلقى اتصالا هاتفيا من مدير دائرة الشرق الأوسط في صندوق النقد الدولي جهاد أزعور.",
        );
        assert!(ev[0].1.iter().any(|p| p == "جهاد أزعور"), "{ev:?}");
    }

    #[test]
    fn a_light_verb_s_future_a_noun_told_back_adjuncts_of_time_and_with_him() {
        let ev = events("عنوان\n\nوسيعقد الوزير خالد الحسن، يوم الخميس، اجتماعا مع الوزير سالم الحسن.");
        assert_eq!(ev[0].3, "planned", "{ev:?}");
        let ev =
            events("عنوان\n\nومن المقرر أن يزور الرئيس عبد المجيد تبون بغداد يوم السبت، في أول زيارة له إلى العراق.");
        assert!(ev.iter().all(|e| e.3 == "planned"), "{ev:?}");
        // "في مستهل زيارته": the visit is the pronoun's, the one met follows.
        let ev =
            events("عنوان\n\nوالتقى الوزير بلال الخصاونة في مستهل زيارته رئيس بلدية الرمثا الدكتور كمال أبو عرابي.");
        let meet = ev.iter().find(|e| e.0 == "meeting").expect("a meeting");
        assert_eq!(meet.1, vec!["بلال الخصاونة", "كمال أبو عرابي"], "{ev:?}");
        let visit = ev.iter().find(|e| e.0 == "visit").expect("a visit");
        assert_eq!(visit.1, vec!["بلال الخصاونة"], "{ev:?}");
        // "في زيارة التقى خلالها": the visitor meets.
        let ev = events(
            "عنوان\n\nوصل المبعوث الأممي هانس غروندبرغ إلى عدن أمس، في زيارة التقى خلالها رئيس مجلس القيادة الرئاسي رشاد العليمي.",
        );
        let meet = ev.iter().find(|e| e.0 == "meeting").expect("a meeting");
        assert_eq!(meet.1, vec!["هانس غروندبرغ", "رشاد العليمي"], "{ev:?}");
        // "وبحث معه ملف …": the one received, not the topic.
        let ev = events(
            "عنوان\n\nاستقبل رئيس الحكومة عبد الحميد الدبيبة السفير ريتشارد نورلاند، وبحث معه ملف توحيد المؤسسة العسكرية.",
        );
        let talks = ev.iter().find(|e| e.0 == "talks").expect("talks");
        assert_eq!(talks.1, vec!["عبد الحميد الدبيبة", "ريتشارد نورلاند"], "{ev:?}");
    }

    #[test]
    fn another_call_with_kama_a_purpose_to_come_a_topic_s_place_and_a_name_after_min() {
        let ev = events(
            "عنوان\n\nأجرى الرئيس فلاديمير بوتين اتصالا هاتفيا مع الرئيس الجزائري. كما أجرى بوتين اتصالا هاتفيا بالرئيس البيلاروسي ألكسندر لوكاشينكو.",
        );
        assert_eq!(ev.iter().filter(|e| e.0 == "call").count(), 2, "{ev:?}");
        let ev = events("عنوان\n\nوصل الوزير خالد الحسن إلى القاهرة لإجراء محادثات بشأن الأوضاع في قطاع غزة.");
        let talks = ev.iter().find(|e| e.0 == "talks").expect("talks");
        assert_eq!((talks.2.as_deref(), talks.3.as_str()), (None, "planned"), "{ev:?}");
        let a = Analyzer::default()
            .analyze(
                "عنوان\n\nوأضاف أن الوفد سيلتقي غدا الخميس وفدا من حركة حماس برئاسة عضو المكتب السياسي فتحي الغول.",
            )
            .unwrap();
        let meet = a.events.iter().find(|e| e.kind == "meeting").expect("a meeting");
        assert!(meet.participants.iter().all(|p| p.role == "with"), "no subject after من: {:?}", meet.participants);
    }

    #[test]
    fn signings_told_by_pronoun_or_by_two_adjectives_and_subjects_left_unsaid() {
        let ev = events(
            "عنوان\n\nوتم بالمناسبة التوقيع على ثلاث مذكرات تفاهم، وقعها عن الجانب المغربي الوزير خالد الحسن، وعن الجانب الموريتاني الوزير سالم الحسن.",
        );
        let sign = ev.iter().find(|e| e.1.len() == 2).expect("a signing by two");
        assert_eq!(sign.1, vec!["خالد الحسن", "سالم الحسن"], "{ev:?}");
        let ev = events("عنوان\n\nووقع الجانبان المغربي والموريتاني مذكرة تفاهم.");
        assert_eq!(ev[0].1, vec!["المغرب", "موريتانيا"], "{ev:?}");
        // The place of the verb before is no subject of the verb joined to it.
        let ev = events("أردوغان يزور الجزائر ويوقع 12 اتفاقية تعاون في مجالات الطاقة\n\nنص.");
        let sign = ev.iter().find(|e| e.0 == "agreement").expect("a signing");
        assert_eq!(sign.1, vec!["أردوغان"], "{ev:?}");
        // "نفى فلان أن يكون التقى": the speaker; the visit in an adjunct did happen.
        let ev = events(
            "عنوان\n\nنفى الوزير أسعد الشيباني أن يكون التقى وزير الخارجية الإسرائيلي جدعون ساعر خلال زيارته إلى باريس.",
        );
        let meet = ev.iter().find(|e| e.0 == "meeting").expect("a meeting");
        assert_eq!(
            (meet.1.clone(), meet.3.as_str()),
            (vec!["أسعد الشيباني".to_string(), "جدعون ساعر".to_string()], "denied")
        );
        let visit = ev.iter().find(|e| e.0 == "visit").expect("a visit");
        assert_eq!((visit.1.clone(), visit.3.as_str()), (vec!["أسعد الشيباني".to_string()], "happened"), "{ev:?}");
    }

    #[test]
    fn work_sessions_talks_during_a_call_days_to_come_and_no_hospitality() {
        let ev = events("عنوان\n\nكما عقد الوزير كمال بلقاسمي جلسة عمل مع إطارات مصفاة أرزيو.");
        assert_eq!(ev.first().map(|e| e.0.as_str()), Some("meeting"), "{ev:?}");
        let ev = events(
            "عنوان\n\nوتلقى الشيخ خليفة بن سعيد آل نهيان، اليوم، اتصالا هاتفيا من وزير الخارجية الإيطالي جوزيبي لوكاتيلي، جرى خلاله بحث العلاقات الثنائية.",
        );
        let talks = ev.iter().find(|e| e.0 == "talks").expect("talks");
        assert_eq!(talks.1, vec!["خليفة بن سعيد آل نهيان", "جوزيبي لوكاتيلي"], "{ev:?}");
        let opts = crate::Options { reference_date: Some("2025-11-10".into()), ..Default::default() };
        let a = Analyzer::new(opts)
            .unwrap()
            .analyze("عنوان\n\nوأناب عنه رئيس الحكومة نواف سلام الذي يصل إلى المنامة فجر الأربعاء.")
            .unwrap();
        assert_eq!(a.events[0].modality, "planned", "{:?}", a.events);
        assert!(events("عنوان\n\nمن جانبه، أعرب كينجي ياماموتو عن شكره للشيخ على حفاوة الاستقبال.").is_empty());
    }

    #[test]
    fn a_perfect_verb_on_the_day_of_the_article_happened() {
        let opts = crate::Options { reference_date: Some("2014-04-29".into()), ..Default::default() };
        let analyzer = Analyzer::new(opts).unwrap();
        let modality = |text: &str| {
            let a = analyzer.analyze(text).unwrap();
            a.events.iter().map(|e| (e.modality.clone(), e.time.is_some())).collect::<Vec<_>>()
        };
        // "التقى" is no imperfect in ت once its ال is taken for the article.
        let m = modality("عنوان\n\nوالتقى وزير الخارجية المصري سامح شكري يوم الثلاثاء نظيره الأردني ناصر جودة.");
        assert_eq!(m, vec![("happened".to_string(), true)]);
        let m = modality("عنوان\n\nالتقى الرئيس الروسي فلاديمير بوتين اليوم الرئيس السوري بشار الأسد.");
        assert_eq!(m, vec![("happened".to_string(), true)]);
        let m = modality("عنوان\n\nويلتقي وزير الخارجية المصري سامح شكري يوم الخميس نظيره الأردني ناصر جودة.");
        assert_eq!(m, vec![("planned".to_string(), true)]);
        // A time to come after a perfect verb is that of what was discussed.
        let m = modality(
            "عنوان\n\nوناقشت وزيرة الثقافة التونسية لطيفة الأخضر مع المخرج الياباني هيروشي تاكاهاشي تنظيم أسبوع للمسرح الياباني العام المقبل.",
        );
        assert_eq!(m, vec![("happened".to_string(), false)]);
    }

    #[test]
    fn a_place_in_someone_s_title_is_not_where_it_happens() {
        let ev = events("عنوان\n\nاستقبل الدبيبة السفير الأمريكي والمبعوث الخاص إلى ليبيا ريتشارد نورلاند.");
        assert_eq!(ev[0].2, None, "{ev:?}");
        let ev =
            events("عنوان\n\nوالتقى الوزير فراس الهواري في وقت لاحق ممثلة منظمة الصحة العالمية في الأردن جميلة الراعبي.");
        assert_eq!(ev[0].2, None, "{ev:?}");
    }

    #[test]
    fn another_clause_after_thumma_what_is_agreed_to_come_and_a_meeting_that_brought_two() {
        let ev = events("عنوان\n\nاستقبل الرئيس تبون السفير الياباني ثم ترأس جلسة مجلس الوزراء.");
        assert_eq!(ev[0].1, vec!["تبون"], "no guest from the next clause: {ev:?}");
        let ev = events(
            "عنوان\n\nومن المقرر أن يزور الرئيس عبد المجيد تبون بغداد يوم السبت، على أن يلتقي خلال الزيارة المحافظ أسعد العيداني.",
        );
        let meet = ev.iter().find(|e| e.0 == "meeting").expect("a meeting");
        assert_eq!(meet.1, vec!["عبد المجيد تبون", "أسعد العيداني"], "{ev:?}");
        assert_eq!(ev.iter().filter(|e| e.0 == "visit").count(), 1, "the visit told back is the same: {ev:?}");
        let ev = events(
            "عنوان\n\nأطلع الوزير بسام العمري، اليوم، المنسق الأممي فيليب لارسن على آخر التطورات. وجاء ذلك خلال لقاء جمعهما في مقر الوزارة برام الله.",
        );
        assert_eq!(ev[0].1, vec!["بسام العمري", "فيليب لارسن"], "{ev:?}");
        // A listed person's name takes no place after it; the guest of an unnamed host.
        let ev = events("عنوان\n\nزار الرئيس أردوغان الجزائر ووقع اتفاقية.");
        assert_eq!((ev[0].1.clone(), ev[0].2.as_deref()), (vec!["أردوغان".to_string()], Some("الجزائر")), "{ev:?}");
        let a = Analyzer::default().analyze("عنوان\n\nاستقبل رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي.").unwrap();
        assert_eq!(a.events[0].participants.iter().map(|p| p.role.as_str()).collect::<Vec<_>>(), vec!["guest"]);
        assert_eq!(a.entities[0].roles.len(), 1, "{:?}", a.entities[0].roles);
    }

    #[test]
    fn the_head_of_a_delegation_is_no_place_and_a_foreign_family_name_cut_after_b() {
        let ev = events("عنوان\n\nاستقبل الوزير وفدا برئاسة كينجي ياماموتو الذي يزور الدولة حاليا.");
        let r = ev.iter().find(|e| e.0 == "reception").expect("a reception");
        assert_eq!(r.1, vec!["كينجي ياماموتو"], "{ev:?}");
        let ev = events("عنوان\n\nاستقبل الوزير وفد الصندوق برئاسة رئيس البعثة فرانشيسكو بالديني.");
        assert!(ev[0].1.iter().any(|p| p == "فرانشيسكو بالديني"), "{ev:?}");
        // Not a noun after a foreign given name ("كريستيانو بالكرة").
        let ev = events("عنوان\n\nوفاز كريستيانو بالكرة الذهبية بعد أن التقى كريستيانو رونالدو المدرب.");
        assert!(ev.iter().all(|e| e.1.iter().all(|p| !p.contains("بالكرة"))), "{ev:?}");
    }

    #[test]
    fn what_a_visit_is_to_hold_is_planned_and_not_the_meeting_told_later() {
        let ev = events(
            "عنوان\n\nوصل المبعوث هانس فيلدمان إلى الخرطوم في زيارة يلتقي خلالها قادة الجيش. وفي وقت لاحق، التقى فيلدمان وفدا من تحالف القوى المدنية.",
        );
        let meetings: Vec<&str> = ev.iter().filter(|e| e.0 == "meeting").map(|e| e.3.as_str()).collect();
        assert_eq!(meetings, vec!["planned", "happened"], "{ev:?}");
        let ev = events(
            "عنوان\n\nزار رئيس الوزراء محمد شياع السوداني لندن أمس. ومن المقرر أن يزور السوداني محافظة ذي قار يوم السبت المقبل.",
        );
        assert_eq!(ev.iter().filter(|e| e.0 == "visit").count(), 2, "{ev:?}");
    }

    #[test]
    fn forms_of_address_duals_where_clauses_and_relative_visitors() {
        let ev = events(
            "عنوان\n\nشارك الوزير بطي الظاهري في المنتدى. وعلى هامش المنتدى، التقى معاليه وزير الاقتصاد البرتغالي لويس كابرال.",
        );
        assert_eq!(ev[0].1, vec!["بطي الظاهري", "لويس كابرال"], "{ev:?}");
        let ev = events(
            "عنوان\n\nاستقبل ولي العهد السعودي محمد بن سلمان وزير الخارجية الأمريكي ماركو روبيو، حيث عقد الجانبان اجتماعا مغلقا استمر ثلاث ساعات.",
        );
        let meet = ev.iter().find(|e| e.0 == "meeting").expect("a meeting");
        assert_eq!(meet.1, vec!["محمد بن سلمان", "ماركو روبيو"], "{ev:?}");
        let ev = events(
            "عنوان\n\nومن المقرر أن يزور أنطونيو كوستا العاصمة الأوكرانية كييف مطلع الشهر المقبل، حيث سيلتقي الرئيس الأوكراني فولوديمير زيلينسكي.",
        );
        let meet = ev.iter().find(|e| e.0 == "meeting").expect("a meeting");
        assert_eq!(meet.1, vec!["أنطونيو كوستا", "فولوديمير زيلينسكي"], "{ev:?}");
        let ev = events(
            "عنوان\n\nاستقبل الرئيس عبد الفتاح السيسي اليوم رئيس وزراء البرتغال لويس مونتينيغرو، الذي يقوم بزيارة رسمية إلى مصر تستغرق يومين.",
        );
        let visit = ev.iter().find(|e| e.0 == "visit").expect("a visit");
        assert_eq!(visit.1, vec!["لويس مونتينيغرو"], "{ev:?}");
        let a = Analyzer::default()
            .analyze("عنوان\n\nوأوضح الوزير أن الوفد سيزور الجبيل يوم الخميس، على أن يلتقي بعدها مسؤولي الهيئة السعودية للمدن الصناعية.")
            .unwrap();
        let meet = a.events.iter().find(|e| e.kind == "meeting").expect("a meeting");
        assert!(meet.participants.iter().all(|p| p.role == "with"), "{:?}", meet.participants);
    }

    #[test]
    fn a_meeting_that_brought_one_with_another_without_bayna() {
        let ev = events(
            "عنوان\n\nونفى المتحدث باسم الخارجية الإيرانية إسماعيل بقائي صحة تقارير تحدثت عن لقاء سري جمع مسؤولين إيرانيين بالمبعوث الأمريكي ستيف ويتكوف في مسقط.",
        );
        let meet = ev.iter().find(|e| e.0 == "meeting").expect("a meeting");
        assert_eq!(
            (meet.1.clone(), meet.2.as_deref(), meet.3.as_str()),
            (vec!["ستيف ويتكوف".to_string()], Some("مسقط"), "denied")
        );
    }

    #[test]
    fn a_plan_after_a_meeting_a_purpose_s_modality_and_a_statement_named_as_source() {
        let ev = events(
            "عنوان\n\nشارك الوزير بطي الظاهري في المنتدى. وعلى هامش المنتدى، التقى معاليه وزير الاقتصاد البرتغالي لويس كابرال. ومن المقرر أن يترأس الظاهري غدا وفد الدولة في اجتماع وزاري مغلق.",
        );
        let mods: Vec<&str> = ev.iter().filter(|e| e.0 == "meeting").map(|e| e.3.as_str()).collect();
        assert_eq!(mods, vec!["happened", "planned"], "{ev:?}");
        let ev = events(
            "عنوان\n\nومن المقرر أن يستقبل عضو المجلس الرئاسي موسى الكوني، غدا الخميس، وفدا من أعيان الجنوب لبحث أوضاع الخدمات.",
        );
        assert!(ev.iter().all(|e| e.3 == "planned"), "{ev:?}");
        let ev = events("عنوان\n\nعقد مجلس الأمن الدولي الأربعاء جلسة طارئة لبحث تدهور الأوضاع الإنسانية في مدينة الفاشر.");
        assert!(ev.iter().all(|e| e.3 == "happened"), "{ev:?}");
        let ev = events(
            "عنوان\n\nوأكد الرئيس بطرس كنعان للموفد الفرنسي لوك دوفال، بحسب بيان صادر عن مكتب الإعلام في رئاسة الجمهورية، أن لبنان ملتزم.",
        );
        assert!(ev.iter().all(|e| !(e.0 == "statement" && e.1.iter().any(|p| p == "لوك دوفال"))), "{ev:?}");
    }

    #[test]
    fn a_visitor_after_lam_a_government_a_capital_and_the_subject_of_abrama_are_parties() {
        let ev = events("عنوان\n\nوقال المتحدث إن هذه أول زيارة لشافيز إلى روسيا البيضاء.");
        assert_eq!(ev[0].1, ["شافيز"], "{ev:?}");
        // With its own pronoun, the one after لـ is the one visited, not the visitor.
        let ev = events("عنوان\n\nوصل الرئيس الروسي فلاديمير بوتين إلى القاهرة. وقال إن زيارته للرئيس المصري تهدف إلى تعزيز العلاقات.");
        assert!(ev.iter().all(|e| e.1.iter().all(|p| p == "فلاديمير بوتين")), "{ev:?}");
        let ev = events("عنوان\n\nوقعت الحكومة السودانية ومتمردو الشرق اتفاقا لوقف العمليات الحربية.");
        assert_eq!(ev[0].0, "agreement", "{ev:?}");
        assert_eq!(ev[0].1, ["السودان"], "{ev:?}");
        let ev = events("عنوان\n\nوأعلنت الحكومة المصرية أمس أنها ستفرض ضرائب جديدة.");
        assert_eq!((ev[0].0.as_str(), ev[0].1.as_slice()), ("statement", &["مصر".to_string()][..]), "{ev:?}");
        // Not a government named anywhere in the clause.
        let ev = events(
            "عنوان\n\nوقال إن الحركة لن تتوجه إلى محادثات الدوحة إلا إذا سمحت الحكومة السودانية للمنظمات بالعودة.",
        );
        assert!(ev.iter().all(|e| e.1.is_empty()), "{ev:?}");
        let ev = events("عنوان\n\nوأعلنت واشنطن الجمعة فرض عقوبات جديدة على إيران.");
        assert_eq!((ev[0].0.as_str(), ev[0].1.as_slice()), ("statement", &["واشنطن".to_string()][..]), "{ev:?}");
        // "إعلان دمشق" is a document's name, nobody's announcement.
        let ev = events("عنوان\n\nوقال رئيس الأمانة العامة لإعلان دمشق سمير نشار إن التداول قائم.");
        assert!(ev.iter().all(|e| !e.1.iter().any(|p| p == "دمشق")), "{ev:?}");
        let ev = events("عنوان\n\nوأبرمت شركة نوكيا اتفاقا مع شركة مايكروسوفت.");
        assert_eq!(ev[0].1.len(), 2, "{ev:?}");
        let ev = events("عنوان\n\nوأشاد الوزير بالاتفاق الموقع مع حركة حماس في القاهرة.");
        assert_eq!(ev[0].1, ["حركة حماس"], "{ev:?}");
    }

    #[test]
    fn a_place_fronted_before_the_verb_or_where_a_place_lies_and_what_is_praised() {
        let ev = events("عنوان\n\nوفي القاهرة التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي أمس.");
        assert_eq!(ev[0].2.as_deref(), Some("القاهرة"), "{ev:?}");
        let ev = events("عنوان\n\nوفي الأنبار غرب العراق أعلن الجيش الأمريكي وفاة جندي.");
        assert_eq!(ev[0].1, ["الجيش الأمريكي"], "{ev:?}");
        let ev = events("عنوان\n\nوأشاد الوزير بما حققته زيارة الرئيس إلى موسكو.");
        assert_eq!(ev[0].3, "happened", "{ev:?}");
        let ev = events("عنوان\n\nما زار الرئيس موسكو منذ سنوات.");
        assert_eq!(ev[0].3, "denied", "{ev:?}");
    }

    #[test]
    fn a_call_received_by_one_with_a_long_chain_of_titles() {
        let ev = events("عنوان\n\nتلقى الشيخ حمد بن جاسم بن جبر آل ثاني النائب الأول لرئيس مجلس الوزراء وزير الخارجية اتصالا هاتفيا من نبيه بري.");
        assert_eq!(ev[0].0, "call", "{ev:?}");
        assert_eq!(ev[0].1, ["حمد بن جاسم بن جبر آل ثاني", "نبيه بري"], "{ev:?}");
        // Past 14 tokens only over the subject: not a long object's event noun.
        let ev = events("عنوان\n\nوتلقى الملك عبد الله الثاني رسالة من الرئيس الأمريكي باراك أوباما تتعلق بالعلاقات الثنائية وعملية السلام والجهود المبذولة لاستئناف المفاوضات.");
        assert!(ev.iter().all(|e| e.0 != "talks"), "{ev:?}");
        // And with a time after the titles.
        let ev = events("عنوان\n\nتلقى الشيخ حمد بن جاسم بن جبر آل ثاني النائب الأول لرئيس مجلس الوزراء وزير الخارجية الليلة الماضية اتصالا هاتفيا من نبيه بري.");
        assert_eq!(ev[0].1, ["حمد بن جاسم بن جبر آل ثاني", "نبيه بري"], "{ev:?}");
        // His title alone after a form of address stands for him.
        let ev = events("عنوان\n\nتلقى الشيخ حمد بن جاسم النائب الأول لرئيس مجلس الوزراء اتصالا من نبيه بري. كما تلقى سعادة النائب الأول اتصالا هاتفيا من عمرو موسى.");
        assert_eq!(ev[1].1, ["حمد بن جاسم", "عمرو موسى"], "{ev:?}");
    }

    #[test]
    fn a_duration_in_a_relative_clause_on_another_noun_is_not_the_event_s() {
        let a = Analyzer::default()
            .analyze("عنوان\n\nزار الرئيس إيمانويل ماكرون لبنان بعد الحرب التي استمرت لمدة ثلاثة وثلاثين يوما.")
            .unwrap();
        let v = a.events.iter().find(|e| e.kind == "visit").expect("a visit");
        assert!(v.duration.is_none(), "{:?}", a.events);
        let a = Analyzer::default()
            .analyze("عنوان\n\nووصل الرئيس إيمانويل ماكرون إلى بيروت في زيارة تستمر ثلاثة أيام.")
            .unwrap();
        assert!(a.events.iter().any(|e| e.duration.is_some()), "{:?}", a.events);
    }

    #[test]
    fn talks_held_during_a_meeting_or_a_call_told_before() {
        let ev = events("عنوان\n\nالتقى وزير الخارجية سامح شكري نظيره الأردني أيمن الصفدي في القاهرة. وجرى خلال اللقاء بحث العلاقات الثنائية.");
        let talks = ev.iter().find(|e| e.0 == "talks").expect("talks");
        assert_eq!(talks.1, ["سامح شكري", "أيمن الصفدي"], "{ev:?}");
        let ev =
            events("عنوان\n\nتلقى الرئيس محمد مرسي اتصالا هاتفيا من باراك أوباما، وتم خلال الاتصال بحث الأوضاع في سوريا.");
        assert!(ev.iter().any(|e| e.0 == "talks" && e.1.len() == 2), "{ev:?}");
    }

    #[test]
    fn a_season_or_an_occasion_welcomed_is_no_reception() {
        assert!(events("عنوان\n\nويستقبل المسلمون شهر رمضان المبارك بالفرح.").is_empty());
        assert!(events("عنوان\n\nوتستقبل البلاد هذه الذكرى بكل فخر تحت قيادة الشيخ حمد بن خليفة آل ثاني.").is_empty());
        let ev = events("عنوان\n\nووصل أحمد المليفي إلى عمان، واستقبله في المطار أمين عام الوزارة محمد العكور.");
        assert!(ev.iter().any(|e| e.0 == "reception"), "{ev:?}");
        // Nor is "رمضان المبارك" a man.
        let a = Analyzer::default().analyze("عنوان\n\nويبدأ رمضان المبارك يوم الخميس.").unwrap();
        assert!(a.entities.iter().all(|e| e.kind != crate::output::EntityKind::Person), "{:?}", a.entities);
    }

    #[test]
    fn every_party_of_a_list_joined_by_wa() {
        let ev = events("عنوان\n\nواتفقت الولايات المتحدة وبريطانيا وفرنسا وألمانيا على فرض عقوبات.");
        assert_eq!(ev[0].1, ["الولايات المتحدة", "بريطانيا", "فرنسا", "ألمانيا"], "{ev:?}");
        let ev = events("عنوان\n\nوقالت مصادر إن فرنسا وألمانيا وبريطانيا اتفقت على الخطة.");
        assert_eq!(ev[0].1, ["فرنسا", "ألمانيا", "بريطانيا"], "{ev:?}");
        // Past two, only a list: "the one met and where" is no third party.
        let ev = events("عنوان\n\nوالتقى الوزير المصري سامح شكري نظيره الأردني أيمن الصفدي بحضور سفير فرنسا.");
        assert_eq!(ev[0].1.len(), 2, "{ev:?}");
        // Each item with its title after its name.
        let ev = events("عنوان\n\nشارك في الاجتماع سامح شكري وزير الخارجية المصري وأيمن الصفدي وزير الخارجية الأردني.");
        assert_eq!(ev[0].1, ["سامح شكري", "أيمن الصفدي"], "{ev:?}");
    }

    #[test]
    fn who_takes_part_whose_meeting_and_one_more_named() {
        let ev = events("عنوان\n\nويعقد في بروكسل يوم الجمعة المقبل اجتماع طارئ لوزراء خارجية دول الاتحاد الأوروبي بمشاركة الأمين العام للأمم المتحدة كوفي أنان.");
        assert!(ev[0].1.iter().any(|p| p == "كوفي أنان"), "{ev:?}");
        let ev = events("عنوان\n\nومن المتوقع أن يلتقي نيكولاس بيرنز مسؤولين من الدول دائمة العضوية في مجلس الأمن إضافة إلى ألمانيا مطلع الأسبوع المقبل.");
        assert_eq!(ev[0].2, None, "one more of those met, not where: {ev:?}");
        let ev = events("عنوان\n\nوأكدت باريس دعمها لجهود منسق السياسة الخارجية للاتحاد الأوروبي خافيير سولانا. وقال الرئيس الفرنسي جاك شيراك خلال لقائه مع هاشمي سماري في باريس إن فرنسا تدعم الحوار.");
        let m = ev.iter().find(|e| e.0 == "meeting").expect("the meeting");
        assert_eq!(m.1, ["جاك شيراك", "هاشمي سماري"], "{ev:?}");
    }

    #[test]
    fn what_is_unlikely_is_possible() {
        let ev = events(
            "عنوان\n\nوأضاف أنه من غير المعقول أن تشارك كوريا الشمالية في محادثات تهدف إلى تخليها عن برنامجها النووي.",
        );
        assert_eq!(ev[0].3, "possible", "{ev:?}");
        let ev = events("عنوان\n\nومن المستبعد أن يزور الرئيس موسكو.");
        assert_eq!(ev[0].3, "possible", "{ev:?}");
    }

    #[test]
    fn a_statement_of_a_body_nobody_named_is_not_the_last_named_s() {
        let ev = events(
            "عنوان\n\nوقال الرئيس الفرنسي جاك شيراك خلال لقائه مع هاشمي سماري في بيان للرئاسة إن فرنسا تدعم الحوار.",
        );
        assert!(!ev.iter().any(|e| e.0 == "statement" && e.1.iter().any(|p| p == "هاشمي سماري")), "{ev:?}");
        // A purpose after it is no body: the one who held it.
        let ev = events("عنوان\n\nوعقدت الكاتبة إيفا هيرمان مؤتمرا صحفيا لتوضيح آرائها.");
        assert!(ev.iter().any(|e| e.0 == "statement" && e.1 == ["إيفا هيرمان"]), "{ev:?}");
    }

    #[test]
    fn second_read_of_stop_23_events() {
        let ev = events("عنوان\n\nوقام الرئيس عباس بزيارة لأردوغان في أنقرة.");
        assert_eq!(ev[0].1.first().map(String::as_str), Some("عباس"), "{ev:?}");
        let ev = events("عنوان\n\nوناقش الوزير مع نظيره البريطاني العلاقات بين مصر وبريطانيا وفرنسا.");
        assert!(ev.iter().all(|e| !e.1.iter().any(|p| p == "فرنسا")), "a topic's list: {ev:?}");
    }
}
