//! Rule-found organisations: a head noun that names bodies ("وزارة", "حزب", "اتحاد", listed in
//! `data/lexicon/org_heads.tsv`) followed by what makes it one body's name.
//!
//! Reads: token bases and clitics, the place tokens of the gazetteer pass. Adds: organisation
//! candidates (source `Rule`), which the merge policy places where nothing else stands or
//! where they extend a tagger organisation ([`crate::ner::merge`]).
//!
//! What follows the head decides whether it is a name or a common noun phrase:
//! - a head without the article (in construct) with a genitive that has the article, through
//!   at most two genitives without it: "وزارة الصحة", "اتحاد الكتاب العرب", "هيئة كبار العلماء";
//!   then nouns coordinated with it ("حركة العدل **والمساواة**") and adjectives of names (a
//!   country's nisba or a listed adjective: "وزارة الصحة **المصرية**");
//! - a head without the article with a proper name: "موقع كورة", "جامعة زيورخ";
//! - a head with the article and adjectives of names: "الائتلاف السوري المعارض", then a لـ
//!   complement ("الجبهة الشعبية **لتحرير فلسطين**").
//!
//! A genitive without the article is a description, not a name ("لجنة تحقيق"), and so is an
//! adjective that names no affiliation ("حزب كبير", "المركز الثالث"), and so is a head with a
//! genitive listed as naming a part of another body ("مجلس الإدارة"). A weak head ("حركة"
//! motion, "مركز" position) names a body only before a proper name, with an adjective of names
//! after its genitive, or where the article has shown the same phrase to be a name ("حركة
//! الطائرات" is traffic; "حركة العدل والمساواة" is a name once "حركة العدل والمساواة
//! المتمردة" was).

use crate::doc::{Document, MentionInfo, Source};
use crate::lexicon::titles::strip_article;
use crate::lexicon::{lexicon, OrgWord};
use crate::ner::rules::{name_at, name_like, NameLike};
use crate::output::{EntityKind, MentionForm};
use crate::span::Span;
use crate::text::clitics::Article;
use crate::text::tokenize::TokenKind;

/// A word seen this often, mostly outside names, is an ordinary word even if listed as a name.
const COMMON: u32 = 25;

/// Genitives without the article allowed before the one with it ("اتحاد صناعة السيارات").
const MAX_INDEFINITE: usize = 2;

/// Finds organisation names built on a listed head noun.
pub fn organizations(doc: &Document) -> Vec<MentionInfo> {
    let mut found: Vec<(std::ops::Range<usize>, OrgPhrase)> = Vec::new();
    for s in &doc.sentences {
        let end = s.tokens.end;
        let mut i = s.tokens.start;
        while i < end {
            match org_at(doc, i, end) {
                Some(p) if p.named => {
                    found.push((i..p.end, p));
                    i = p.end;
                }
                _ => i += 1,
            }
        }
    }
    // A weak head's phrase shown once to be a name ("حركة العدل والمساواة المتمردة") is that
    // name wherever its core comes again in the article ("حركة العدل والمساواة").
    let cores: std::collections::HashSet<String> =
        found.iter().map(|(r, p)| doc.bases[r.start..p.core_end].join(" ")).collect();
    for s in &doc.sentences {
        let end = s.tokens.end;
        let mut i = s.tokens.start;
        while i < end {
            if found.iter().any(|(r, _)| r.contains(&i)) {
                i += 1;
                continue;
            }
            match org_at(doc, i, end) {
                Some(p) if cores.contains(&doc.bases[i..p.core_end].join(" ")) => {
                    found.push((i..p.end, p));
                    i = p.end;
                }
                _ => i += 1,
            }
        }
    }
    found
        .into_iter()
        .map(|(r, p)| MentionInfo {
            span: Span::new(doc.stem_start(r.start), doc.tokens[r.end - 1].span.e()),
            tokens: r.clone(),
            kind: EntityKind::Organization,
            form: MentionForm::Name,
            key: doc.bases[r].join(" "),
            source: Source::Rule,
            value: None,
            subtype: None,
            anchored: p.placed,
        })
        .collect()
}

/// Heads of institutions named after a person, and whether the whole is a place.
const EPONYM_HEADS: &[(&str, bool)] = &[
    ("جامعه", false),
    ("مؤسسه", false),
    ("جائزه", false),
    ("مركز", false),
    ("صندوق", false),
    ("كليه", false),
    ("معهد", false),
    ("مكتبه", false),
    ("مدرسه", false),
    ("برنامج", false),
    ("مجمع", false),
    ("مركب", true),
    ("مستشفي", true),
    ("مطار", true),
    ("مدينه", true),
    ("ملعب", true),
    ("استاد", true),
    ("شارع", true),
    ("ميناء", true),
    ("جسر", true),
    ("قاعده", true),
    ("مسجد", true),
    ("قصر", true),
];

/// Titles an institution's namesake carries ("جامعة الملك سعود", "جائزة الشيخ زايد").
const EPONYM_TITLES: &[&str] = &["الملك", "الملكه", "الامير", "الاميره", "الشيخ", "الشيخه", "السلطان", "الامام"];

/// Institutions named after a ruler or notable: a head, a title, the name, then the
/// institution's adjectives or لـ complement ("مستشفى الملك فيصل التخصصي", "جائزة الشيخ زايد
/// للكتاب", "جامعة محمد بن زايد للذكاء الاصطناعي"). The whole is one organisation or place
/// (subtype `eponym`), and the person inside it is nobody in the article.
pub fn eponyms(doc: &Document) -> Vec<MentionInfo> {
    let lex = lexicon();
    let mut out = Vec::new();
    for s in &doc.sentences {
        let end = s.tokens.end;
        let mut i = s.tokens.start;
        while i + 2 < end {
            let seg = &doc.segs[i];
            let head = EPONYM_HEADS.iter().find(|(h, _)| *h == bare(doc, i));
            let Some(&(_, place)) = head.filter(|_| seg.article == Article::None && seg.enclitic.is_none()) else {
                i += 1;
                continue;
            };
            let titled = EPONYM_TITLES.contains(&&*doc.bases[i + 1]) && plain(doc, i + 1);
            let from = if titled { i + 2 } else { i + 1 };
            let name_end = crate::ner::rules::name_at(doc, from, end)
                .filter(|&ne| {
                    // Without a title, a listed given name and more ("جامعة محمد بن زايد"), or
                    // any name of two words after a place's head ("ملعب نيلسون مانديلا").
                    titled || ne >= from + 2 && (lex.given_names.contains(bare(doc, from)) || place)
                })
                // "ملعب ابن بطوطة": a name by its kunya.
                .or_else(|| {
                    (place && matches!(&*doc.bases[from], "ابن" | "ابو") && from + 1 < end && plain(doc, from + 1))
                        .then_some(from + 2)
                })
                // After a title, one plain word even if it also names a place ("جائزة الشيخ زايد").
                .or_else(|| {
                    (titled && plain(doc, from) && doc.segs[from].article == Article::None).then_some(from + 1)
                });
            let Some(mut j) = name_end else {
                i += 1;
                continue;
            };
            while j < end && name_adjective_or_field(doc, j) {
                j += 1;
            }
            if let Some(k) = lam_complement(doc, j, end) {
                j = k;
                while j < end && name_adjective_or_field(doc, j) {
                    j += 1;
                }
            }
            out.push(MentionInfo {
                span: Span::new(doc.stem_start(i), doc.tokens[j - 1].span.e()),
                tokens: i..j,
                kind: if place { EntityKind::Location } else { EntityKind::Organization },
                form: MentionForm::Name,
                key: doc.bases[i..j].join(" "),
                source: Source::Rule,
                value: None,
                subtype: Some("eponym".into()),
                anchored: false,
            });
            i = j;
        }
    }
    out
}

/// An adjective after an institution's name: of names ("الدولي", "التخصصي" as a field) or
/// any adjective with the article ending in ي/ية ("التخصصي", "الجامعي").
fn name_adjective_or_field(doc: &Document, j: usize) -> bool {
    name_adjective(doc, j)
        || plain(doc, j) && doc.segs[j].article != Article::None && {
            let b = bare(doc, j);
            b.chars().count() >= 4 && (b.ends_with('ي') || b.ends_with("يه"))
        }
}

/// An organisation phrase read from its head.
#[derive(Debug, Clone, Copy)]
pub struct OrgPhrase {
    /// One past its last token.
    pub end: usize,
    /// One past the head and its genitives (coordinated ones included), before adjectives.
    pub core_end: usize,
    /// Whether the phrase is a name on its own evidence (a weak head's may not be).
    pub named: bool,
    /// Whether its name is a place's ("مهرجان دبي السينمائي", "جامعة القاهرة"): the tagger's
    /// readings inside it give way (see [`crate::ner::merge`]).
    pub placed: bool,
}

/// A word with nothing glued to it but, possibly, the article.
fn plain(doc: &Document, j: usize) -> bool {
    let s = &doc.segs[j];
    doc.tokens[j].kind == TokenKind::Word && s.conj.is_none() && s.prep.is_none() && s.enclitic.is_none() && !s.fut
}

fn bare<'d>(doc: &'d Document, j: usize) -> &'d str {
    strip_article(&doc.bases[j])
}

/// Whether token `j` is a head noun of bodies ("شركة", "جامعة", "وزارة"), strong or weak.
pub fn is_head(doc: &Document, j: usize) -> bool {
    j < doc.tokens.len() && matches!(org_word(doc, j), Some(OrgWord::Head | OrgWord::WeakHead))
}

fn org_word(doc: &Document, j: usize) -> Option<OrgWord> {
    lexicon().org_words.get(bare(doc, j)).copied()
}

/// A content word: not a function word, month or weekday, two letters at least.
fn content(doc: &Document, j: usize) -> bool {
    let lex = lexicon();
    let (base, b) = (&*doc.bases[j], bare(doc, j));
    b.chars().count() >= 2
        && !lex.is_stopword(base)
        && !lex.is_stopword(b)
        && !lex.months.contains_key(b)
        && !lex.weekdays.contains_key(b)
}

/// An adjective that goes on a name: a country's nisba or a listed one, with the article.
fn name_adjective(doc: &Document, j: usize) -> bool {
    let lex = lexicon();
    plain(doc, j)
        && doc.segs[j].article != Article::None
        && (lex.gazetteer.is_nisba(&doc.bases[j])
            || lex.gazetteer.is_nisba(bare(doc, j))
            || org_word(doc, j) == Some(OrgWord::Adjective))
}

/// A participle with the article ("المصدرة", "المستقلة", "المتحدة"): a word of the م- pattern
/// with a feminine or plural ending, as adjectives of a plural genitive are.
fn participle(doc: &Document, j: usize) -> bool {
    let b = bare(doc, j);
    plain(doc, j)
        && doc.segs[j].article != Article::None
        && b.starts_with('م')
        && b.chars().count() >= 5
        && (b.ends_with('ه') || b.ends_with("ين"))
}

/// A noun with the article and nothing else glued to it.
fn definite_noun(doc: &Document, j: usize) -> bool {
    plain(doc, j) && doc.segs[j].article != Article::None && content(doc, j)
}

/// A noun without the article, in a chain of genitives ("صناعة", "كبار", "حقوق"): not a
/// title ("برلمان استبعدت وزيرة الخارجية"), an adjective ("حزب إسلامي التوجه") or a word shaped
/// like an imperfect verb ("ائتلاف يضم أحزاب اليمين").
fn indefinite_noun(doc: &Document, j: usize) -> bool {
    let lex = lexicon();
    let b = bare(doc, j);
    plain(doc, j)
        && doc.segs[j].article == Article::None
        && content(doc, j)
        && !title(doc, j)
        && !b.starts_with('ي')
        && org_word(doc, j) != Some(OrgWord::Adjective)
        && !lex.gazetteer.is_nisba(b)
}

/// Whether token `j` is a title ("الدكتور", "وزيرة").
fn title(doc: &Document, j: usize) -> bool {
    let lex = lexicon();
    lex.titles.match_at(&doc.bases[j..j + 1], 0).is_some()
}

/// "والمساواة": a noun with the article coordinated by و.
fn coordinated(doc: &Document, j: usize) -> bool {
    let s = &doc.segs[j];
    doc.tokens[j].kind == TokenKind::Word
        && s.conj == Some('و')
        && s.prep.is_none()
        && s.enclitic.is_none()
        && s.article != Article::None
        && content(doc, j)
        && !title(doc, j)
        && org_word(doc, j) != Some(OrgWord::Head)
        && org_word(doc, j) != Some(OrgWord::WeakHead)
}

/// Whether token `t` is a place the gazetteer knows: one the recogniser kept, or a one-word
/// city it left to the tagger to decide on.
fn known_place(doc: &Document, t: usize) -> bool {
    let lex = lexicon();
    doc.place_tokens.get(t).copied().unwrap_or(false)
        || lex.gazetteer.lookup(&doc.bases[t]).is_some_and(|p| {
            p.form == crate::lexicon::PatternForm::Name && lex.gazetteer.concept(p.concept).kind == EntityKind::Location
        })
}

/// The end of a proper name starting at `j`: a Latin-script name, a place the gazetteer
/// knows, or a word that reads as a name.
fn proper_name(doc: &Document, j: usize, end: usize) -> Option<usize> {
    if j >= end {
        return None;
    }
    if doc.tokens[j].kind == TokenKind::Foreign {
        let mut k = j;
        while k < end && doc.tokens[k].kind == TokenKind::Foreign && name_like(doc, k, false) == NameLike::Strong {
            k += 1;
        }
        return (k > j).then_some(k);
    }
    if !plain(doc, j) {
        return None;
    }
    // A one-word city the tagger is left to decide on is still a place after a head noun
    // ("مهرجان دبي السينمائي", "مؤسسة الدوحة للأفلام").
    if known_place(doc, j) {
        let mut k = j + 1;
        while k < end && plain(doc, k) && doc.place_tokens.get(k).copied().unwrap_or(false) {
            k += 1;
        }
        return Some(k);
    }
    // A listed name that is mostly an ordinary word ("كبير") is the word.
    let lex = lexicon();
    let b = bare(doc, j);
    let common = lex.stems.count(b) >= COMMON && lex.stems.entity_share(b).is_none_or(|s| s < 0.5);
    if name_like(doc, j, true) == NameLike::Strong && !common && org_word(doc, j).is_none() {
        let ne = name_at(doc, j, end)?;
        // "حزب سيريزا [أليكسيس تسيبراس]": an unlisted word, then a listed given name that
        // opens a person's name of two words or more.
        let given = |k: usize| lex.given_names.contains(&*doc.bases[k]);
        if ne >= j + 3 && !given(j) && given(j + 1) && plain(doc, j + 1) {
            return Some(j + 1);
        }
        return Some(ne);
    }
    None
}

/// The organisation phrase whose head is token `i`, if its words can make one.
pub fn org_at(doc: &Document, i: usize, end: usize) -> Option<OrgPhrase> {
    let seg = &doc.segs[i];
    if doc.tokens[i].kind != TokenKind::Word || seg.enclitic.is_some() || seg.fut {
        return None;
    }
    // "في ديوان السعدون": a man's hall of guests, not a body; a court's office or a bureau
    // has the article or a genitive with it ("الديوان الملكي", "ديوان المحاسبة").
    // ("ديوان المتنبي" is a poet's collection: without the article, only a bureau's genitive.)
    if bare(doc, i) == "ديوان"
        && seg.article == Article::None
        && !(i + 1 < end
            && doc.segs[i + 1].article != Article::None
            && matches!(
                bare(doc, i + 1),
                "محاسبه" | "رئاسه" | "مظالم" | "خدمه" | "وقف" | "تشريع" | "عدل" | "ملك" | "امير"
            ))
    {
        return None;
    }
    let weak = match org_word(doc, i)? {
        OrgWord::Head => false,
        OrgWord::WeakHead => true,
        OrgWord::Adjective | OrgWord::Common => return None,
    };
    // An international body has no nationality, and a feminine head takes no masculine
    // nisba: "رئيس اللجنة الأولمبية الدولية [الألماني] توماس باخ", "رئيس الاتحاد الدولي لكرة
    // القدم [السويسري]" — the nisba is the holder's.
    let international = |k: usize| matches!(bare(doc, k), "دولي" | "دوليه" | "عالمي" | "عالميه" | "اممي" | "امميه");
    let holders_nisba = |j: usize| {
        let b = bare(doc, j);
        let nisba = lexicon().gazetteer.is_nisba(b) && org_word(doc, j) != Some(OrgWord::Adjective);
        let masculine = !b.ends_with('ه') && !b.ends_with("ين") && !b.ends_with("ون");
        nisba
            && ((i + 1..j).any(international)
                || seg.article != Article::None && bare(doc, i).ends_with('ه') && masculine)
    };
    // A court's office takes any adjective of its kind ("الديوان الملكي", "الديوان الأميري").
    let diwan = bare(doc, i) == "ديوان" && !(i + 1 < end && matches!(bare(doc, i + 1), "شعري" | "شعر"));
    let adjectives = |mut j: usize| {
        while j < end && (name_adjective(doc, j) || diwan && name_adjective_or_field(doc, j)) && !holders_nisba(j) {
            j += 1;
        }
        j
    };
    let mut j = i + 1;
    if seg.article == Article::None {
        // A proper name is the whole name: a nisba after it describes it ("نادي تشيلسي
        // الإنجليزي", "شركة توتال الفرنسية").
        if let Some(k) = proper_name(doc, j, end) {
            let lex = lexicon();
            let placed = (j..k).all(|t| known_place(doc, t));
            // After a place, the body's own adjectives, not a nationality ("مهرجان دبي
            // السينمائي الدولي").
            let mut e = k;
            while placed
                && e < end
                && plain(doc, e)
                && doc.segs[e].article != Article::None
                && !lex.gazetteer.is_nisba(bare(doc, e))
                && (org_word(doc, e) == Some(OrgWord::Adjective) || international(e))
            {
                e += 1;
            }
            // "شركة قطر للبترول", "مؤسسة دبي للإعلام": a definite field with لـ after the
            // place is part of a firm's or a foundation's name (not "جامعة القاهرة للطلاب").
            let firm = matches!(
                bare(doc, i),
                "شركه"
                    | "مؤسسه"
                    | "موسسه"
                    | "مجموعه"
                    | "بنك"
                    | "مصرف"
                    | "صندوق"
                    | "مركز"
                    | "معهد"
                    | "هيئه"
                    | "مهرجان"
            );
            if placed
                && firm
                && e == k
                && e < end
                && doc.segs[e].prep == Some('ل')
                && doc.segs[e].article != Article::None
                && doc.segs[e].conj.is_none()
            {
                e = lam_complement(doc, e, end).unwrap_or(e);
            }
            return Some(OrgPhrase { end: e, core_end: k, named: true, placed });
        }
        let mut k = j;
        while k < end && k < j + MAX_INDEFINITE && indefinite_noun(doc, k) {
            k += 1;
        }
        if k >= end || !definite_noun(doc, k) {
            return None;
        }
        let pair = format!("{} {}", bare(doc, i), bare(doc, j));
        if lexicon().org_words.get(&pair) == Some(&OrgWord::Common) {
            return None;
        }
        j = k + 1;
        while j < end && coordinated(doc, j) {
            j += 1;
        }
        // "منظمة البلدان [المصدرة] للبترول": a participle agreeing with the genitive (not
        // after a plural head, which names no one body: "منظمات الإغاثة المطرودة").
        let core_end = j;
        if j < end && participle(doc, j) && !bare(doc, i).ends_with("ات") {
            j += 1;
            j = lam_complement(doc, j, end).unwrap_or(j);
        }
        j = adjectives(j);
        // "بعثة [الأمم المتحدة] لمساعدة العراق": a body of a listed organisation holds what
        // the tagger read inside it, as one named by a place does.
        let lex = lexicon();
        let of_listed = crate::ner::gazetteer::matches(doc, i + 1..j).iter().any(|m| {
            // The listed name is the genitive, whole ("بوينغ" before "الأمريكية" is no genitive
            // chain of its own).
            m.first == i + 1
                && m.end >= core_end
                && m.end < j
                && lex.gazetteer.concept(m.pattern.concept).kind == EntityKind::Organization
        });
        return Some(OrgPhrase { end: j, core_end, named: !weak || j > core_end, placed: of_listed });
    }
    // With the article: adjectives of names, then a لـ complement.
    j = adjectives(j);
    let n_adj = j - (i + 1);
    if n_adj == 0 {
        return None;
    }
    let before = j;
    j = lam_complement(doc, j, end).map(adjectives).unwrap_or(j);
    Some(OrgPhrase { end: j, core_end: j, named: !weak || n_adj >= 2 || j > before, placed: false })
}

/// For each token, the end of the listed organisation name starting there (0 if none): one
/// pass of the gazetteer over the document, for [`body_after_title`].
pub fn listed_organisations(doc: &Document) -> Vec<usize> {
    let lex = lexicon();
    let mut out = vec![0; doc.tokens.len()];
    for m in crate::ner::gazetteer::matches(doc, 0..doc.tokens.len()) {
        if lex.gazetteer.concept(m.pattern.concept).kind == EntityKind::Organization {
            out[m.first] = out[m.first].max(m.end);
        }
    }
    out
}

/// The end of the body a title heads, written right after it: "رئيس [شركة أرامكو] أمين
/// الناصر", "الرئيس التنفيذي [لشركة أرامكو] أمين الناصر", "رئيس [هيئة الاستثمار] محمد …". An
/// organisation the gazetteer lists, after a head noun or alone, with its adjectives of names
/// ("المبعوث الشخصي للأمين العام [للأمم المتحدة] رمطان لعمامرة");
/// else a head's phrase that reads as a name. `lam`: whether the body may take لـ (after a
/// title with the article), else it must be a bare genitive (after one in construct).
pub fn body_after_title(doc: &Document, j: usize, end: usize, lam: bool, listed: &[usize]) -> Option<usize> {
    if j >= end || doc.tokens[j].kind != TokenKind::Word {
        return None;
    }
    let s = &doc.segs[j];
    let glued_ok = if lam { s.prep == Some('ل') } else { s.prep.is_none() };
    if s.conj.is_some() || s.enclitic.is_some() || s.fut || !glued_ok {
        return None;
    }
    let lex = lexicon();
    let headed = matches!(org_word(doc, j), Some(OrgWord::Head | OrgWord::WeakHead));
    // "رئيس حزب «التقدم» سالم العلي": a head and its name in quotation marks.
    if headed && j + 2 < end && matches!(doc.light(j + 1), "\"" | "«") {
        if let Some(close) = (j + 3..end.min(j + 7)).find(|&k| matches!(doc.light(k), "\"" | "»")) {
            return Some(close + 1);
        }
    }
    let _ = lex;
    let listed_at = |k: usize| listed.get(k).copied().filter(|&e| e > k && e <= end);
    let known =
        listed_at(j).or_else(|| if headed && j + 1 < end && plain(doc, j + 1) { listed_at(j + 1) } else { None });
    if let Some(m_end) = known {
        let mut k = m_end;
        while k < end && name_adjective(doc, k) {
            k += 1;
        }
        return Some(k);
    }
    if s.article != Article::None && lam {
        return None;
    }
    let p = org_at(doc, j, end).filter(|p| p.named)?;
    // "لشركة توتال [باتريك بويانيه]": a proper name after the head ran on into the holder's
    // name; the body's name is its first word when a name of two words follows it.
    let one = j + 2;
    if doc.segs[j].article == Article::None && p.end >= one + 2 && name_at(doc, one, end) == Some(p.end) {
        return Some(one);
    }
    Some(p.end)
}

/// "للملكية الفكرية", "لكرة القدم", "لتحرير فلسطين": لـ with a noun with the article, or with
/// a noun in construct and its genitive. Returns the end of the noun (adjectives not taken).
fn lam_complement(doc: &Document, j: usize, end: usize) -> Option<usize> {
    let s = doc.segs.get(j)?;
    // "لكرة القدم", "لمراقبة الانتخابات": لـ the segmenter left on a noun (one of three
    // letters, or one it has no evidence for), before a definite genitive.
    let glued = s.prep.is_none()
        && s.article == Article::None
        && s.enclitic.is_none()
        && doc.bases[j]
            .strip_prefix('ل')
            // a word the corpus knows ("لكرة القدم", "لمراقبة الانتخابات", "لحقوق الإنسان"), not
            // one opening with alif ("لأزمة اللاجئين" after a body's name is what it acts on)
            .is_some_and(|rest| {
                rest.chars().count() >= 3 && !rest.starts_with('ا') && lexicon().stems.count(rest) >= 5
            });
    if glued && j + 1 < end && s.conj.is_none() && definite_noun(doc, j + 1) && !title(doc, j + 1) {
        return Some(j + 2);
    }
    // "لمراقبة الانتخابات": a verbal noun spelled like a woman's title, before its genitive.
    // (Not "لرئيسة الوزراء", a title: verbal nouns of the م- pattern only.)
    let feminine_title_before_genitive = bare(doc, j).ends_with('ه')
        && bare(doc, j).starts_with('م')
        && s.article == Article::None
        && j + 1 < end
        && definite_noun(doc, j + 1);
    if j >= end
        || doc.tokens[j].kind != TokenKind::Word
        || s.prep != Some('ل')
        || s.conj.is_some()
        || s.enclitic.is_some()
        || !content(doc, j)
        || title(doc, j) && !feminine_title_before_genitive
    {
        return None;
    }
    if s.article != Article::None {
        return Some(j + 1);
    }
    // "ليخلف الرئيس" is لـ with a verb and its object, not a complement.
    let place = doc.place_tokens.get(j + 1).copied().unwrap_or(false);
    // "لتحرير أزواد": a proper name as the genitive of a verbal noun of the تفعيل pattern
    // (not "لنصرة مرسي", support for a person).
    let proper = bare(doc, j).starts_with('ت')
        && j + 1 < end
        && plain(doc, j + 1)
        && name_like(doc, j + 1, false) == NameLike::Strong;
    if !bare(doc, j).starts_with('ي')
        && j + 1 < end
        && (definite_noun(doc, j + 1) && !title(doc, j + 1) || place || proper)
    {
        return Some(j + 2);
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::output::EntityKind;
    use crate::{Analyzer, Options};

    /// The organisation mentions of a text, as written.
    fn orgs(text: &str) -> Vec<String> {
        let a = Analyzer::new(Options::default()).unwrap();
        let out = a.analyze(text).unwrap();
        let mut v: Vec<String> = out
            .entities
            .iter()
            .filter(|e| e.kind == crate::output::EntityKind::Organization)
            .flat_map(|e| e.mentions.iter().map(|m| m.text.clone()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn complements_and_adjectives_of_a_body_s_field() {
        let has = |t: &str, o: &str| orgs(&format!("عنوان\n\n{t}")).contains(&o.to_string());
        assert!(has("وأصدرت اللجنة الوطنية لمراقبة الانتخابات بيانا.", "اللجنة الوطنية لمراقبة الانتخابات"));
        assert!(has("أعلن الاتحاد الجزائري لكرة القدم تعيين مدرب جديد.", "الاتحاد الجزائري لكرة القدم"));
        assert!(has("وقال المجلس الأعلى للقوات المسلحة إن الانتخابات ستجرى.", "المجلس الأعلى للقوات المسلحة"));
        assert!(has("أعلنت هيئة التنسيق النقابية الإضراب.", "هيئة التنسيق النقابية"));
        assert!(has("وأعلنت الحركة الوطنية لتحرير أزواد أنها مستعدة.", "الحركة الوطنية لتحرير أزواد"));
        assert!(has("وقال المرصد السوري لحقوق الإنسان إن القصف مستمر.", "المرصد السوري لحقوق الإنسان"));
        // What a body acts on or for is no part of its name.
        assert!(has("وأعلن الاتحاد الأوروبي لأزمة اللاجئين خطة.", "الاتحاد الأوروبي"));
        assert!(has("وتظاهر أنصار جماعة الإخوان المسلمين لنصرة مرسي.", "جماعة الإخوان المسلمين"));
        assert!(has("وقال الاتحاد الأوروبي لرئيسة الوزراء البريطانية إن الاتفاق نهائي.", "الاتحاد الأوروبي"));
    }

    #[test]
    fn head_in_construct_with_a_definite_genitive() {
        assert!(orgs("وأصدر اتحاد الكتاب العرب بيانا أمس.").contains(&"اتحاد الكتاب العرب".to_string()));
        assert!(orgs("وقالت وزارة الصحة المصرية إن الحالة مستقرة.").contains(&"وزارة الصحة المصرية".to_string()));
        assert!(orgs("وأعلنت هيئة كبار العلماء موقفها.").contains(&"هيئة كبار العلماء".to_string()));
    }

    #[test]
    fn institutions_named_after_a_person() {
        let a = crate::Analyzer::default()
            .analyze(
                "عنوان\n\nونقل المصاب إلى مستشفى الملك فيصل التخصصي. وفاز الكاتب بجائزة الشيخ زايد للكتاب. \
                 ووقعت الشركة اتفاقية مع جامعة محمد بن زايد للذكاء الاصطناعي. والتقى الملك سلمان الرئيس.",
            )
            .unwrap();
        let names: Vec<(String, EntityKind)> = a.entities.iter().map(|e| (e.name.clone(), e.kind)).collect();
        for (n, k) in [
            ("مستشفى الملك فيصل التخصصي", EntityKind::Location),
            ("جائزة الشيخ زايد للكتاب", EntityKind::Organization),
            ("جامعة محمد بن زايد للذكاء الاصطناعي", EntityKind::Organization),
        ] {
            assert!(names.contains(&(n.to_string(), k)), "{n} in {names:?}");
        }
        let people: Vec<&str> =
            a.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
        assert_eq!(people, vec!["الملك سلمان"], "no namesake is a person of the article");
        // A place's head before any name of two words, without a title.
        let a = crate::Analyzer::default().analyze("عنوان\n\nوتدرب المنتخب في مركب محمد السادس لكرة القدم.").unwrap();
        assert!(a.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", a.entities);
    }

    #[test]
    fn festivals_orchestras_and_museums_named_by_a_place() {
        let o = orgs("ووقع مهرجان دبي السينمائي الدولي اتفاقية مع مؤسسة الدوحة للأفلام.");
        assert!(o.contains(&"مهرجان دبي السينمائي الدولي".to_string()), "{o:?}");
        let o = orgs("أعلنت أوركسترا قطر الفلهارمونية يوم الأحد أنها ستقوم بجولة أوروبية.");
        assert!(o.contains(&"أوركسترا قطر الفلهارمونية".to_string()), "{o:?}");
        let o = orgs("وأعلنت جامعة دبي عن برنامج جديد.");
        assert_eq!(o, ["جامعة دبي"], "the tagger's place inside gives way");
        let o = orgs("أعلن المتحف البريطاني أنه سيعرض قطعا أثرية.");
        assert!(o.contains(&"المتحف البريطاني".to_string()), "{o:?}");
        // A nationality after the place is the body's, not part of its name.
        let o = orgs("وقالت جامعة القاهرة المصرية إن الدراسة مستمرة.");
        assert!(o.iter().all(|x| !x.ends_with("المصرية")), "{o:?}");
    }

    #[test]
    fn a_participle_agreeing_with_the_genitive() {
        let o = orgs("وقررت منظمة البلدان المصدرة للبترول خفض الإنتاج.");
        assert!(o.contains(&"منظمة البلدان المصدرة للبترول".to_string()), "{o:?}");
        let o = orgs("واشترطت الحركة عودة منظمات الإغاثة المطرودة إلى البلاد.");
        assert!(o.is_empty(), "a plural head names no one body: {o:?}");
    }

    #[test]
    fn adjectives_of_a_body_s_field() {
        let o = orgs("قررت لجنة السياسة النقدية تثبيت الفائدة. وقالت هيئة الرقابة الإدارية إنها ضبطت المتهم.");
        assert!(o.contains(&"لجنة السياسة النقدية".to_string()), "{o:?}");
        assert!(o.contains(&"هيئة الرقابة الإدارية".to_string()), "{o:?}");
    }

    #[test]
    fn coordinated_genitives_and_weak_heads() {
        assert!(
            orgs("ورفضت حركة العدل والمساواة المتمردة العرض.").contains(&"حركة العدل والمساواة المتمردة".to_string())
        );
        assert!(orgs("وتوقفت حركة الطائرات في المطار.").is_empty());
        assert!(orgs("وتوقفت حركة النقل والمواصلات في المدينة.").is_empty());
        // Shown a name once, the core is that name again.
        let o = orgs("رفضت حركة العدل والمساواة المتمردة العرض. وقال متحدث إن حركة العدل والمساواة لن تشارك.");
        assert!(o.contains(&"حركة العدل والمساواة".to_string()), "{o:?}");
    }

    #[test]
    fn definite_head_with_adjectives_of_names() {
        assert!(orgs("وقد أعلن الائتلاف السوري المعارض رفضه.").contains(&"الائتلاف السوري المعارض".to_string()));
        assert!(
            orgs("وقالت الجبهة الشعبية لتحرير فلسطين إنها سترد.").contains(&"الجبهة الشعبية لتحرير فلسطين".to_string())
        );
        assert!(orgs("وحل الفريق في المركز الثالث.").is_empty());
        // لـ with a verb is no complement.
        assert!(orgs("فاز في انتخابات الائتلاف السوري المعارض ليخلف الرئيس السابق.")
            .contains(&"الائتلاف السوري المعارض".to_string()));
    }

    #[test]
    fn a_description_is_no_name() {
        assert!(orgs("وشكلت الحكومة لجنة تحقيق في الحادث.").is_empty());
        assert!(orgs("وهو حزب كبير في البلاد.").is_empty());
        assert!(orgs("واجتمع مجلس الإدارة أمس.").is_empty());
    }

    #[test]
    fn listed_names_with_a_preposition_inside() {
        let o = orgs("اجتمع قادة دول مجلس التعاون لدول الخليج العربية في الرياض.");
        assert_eq!(o, vec!["مجلس التعاون لدول الخليج العربية".to_string()]);
        let o = orgs("وقالت الوكالة الدولية للطاقة الذرية إن المفتشين وصلوا.");
        assert_eq!(o, vec!["الوكالة الدولية للطاقة الذرية".to_string()]);
    }

    #[test]
    fn the_holder_s_nationality_after_an_international_or_feminine_body() {
        let o = orgs("وصل رئيس اللجنة الأولمبية الدولية الألماني توماس باخ إلى عمان.");
        assert_eq!(o, vec!["اللجنة الأولمبية الدولية".to_string()]);
        let o = orgs("وقال رئيس الاتحاد الدولي لكرة القدم السويسري جوزيف بلاتر إن البطولة ناجحة.");
        assert_eq!(o, vec!["الاتحاد الدولي لكرة القدم".to_string()]);
        let o = orgs("وقال رئيس مجلس الأمة الكويتي إن الجلسة تأجلت.");
        assert_eq!(o, vec!["مجلس الأمة الكويتي".to_string()], "a masculine head's nisba after a feminine genitive");
    }

    #[test]
    fn head_with_a_proper_name() {
        assert!(orgs("أعلن موقع كورة عن اختيارات اللاعبين.").contains(&"موقع كورة".to_string()));
    }

    #[test]
    fn a_firm_named_by_a_place_and_its_field() {
        assert!(orgs("وأعلنت شركة قطر للبترول أن الإنتاج ارتفع.").contains(&"شركة قطر للبترول".to_string()));
        assert!(orgs("وأعلن صندوق أبوظبي للتنمية تقديم قرض.").contains(&"صندوق أبوظبي للتنمية".to_string()));
        // Not a university's: what follows is whom it gives to.
        assert!(orgs("وقدمت جامعة القاهرة للطلاب منحا دراسية.").contains(&"جامعة القاهرة".to_string()));
    }
}
