//! Rule-found people: names introduced by titles and honorifics, names in apposition to a
//! title, the byline's author.
//!
//! Reads: token bases and clitics, the layout (byline). Adds: person candidates, and the
//! title phrase that introduced each (kept for the roles stage).

use std::ops::Range;

use crate::doc::{Document, MentionInfo, Source};
use crate::lexicon::titles::strip_article;
use crate::lexicon::{lexicon, TitleKind};
use crate::output::{EntityKind, MentionForm};
use crate::span::Span;
use crate::text::clitics::Article;
use crate::text::tokenize::TokenKind;

/// Adjectives that extend a title ("المبعوث الأمريكي **الخاص**", "الرئيس **السابق**").
pub const TITLE_MODIFIERS: &[&str] = &[
    "الخاص",
    "الخاصه",
    "السابق",
    "السابقه",
    "الحالي",
    "الحاليه",
    "الجديد",
    "الجديده",
    "الاعلي",
    "الاول",
    "الاولي",
    "العام",
    "العامه",
    "التنفيذي",
    "التنفيذيه",
    "الدائم",
    "الدائمه",
    "المساعد",
    "المساعده",
    "المنتخب",
    "المنتخبه",
    "المكلف",
    "المكلفه",
    "الاسبق",
    "الراحل",
    "الراحله",
    "الفخري",
    "المؤقت",
    "المؤقته",
    "الشرفي",
    "المقبل",
    "المنتهيه",
    "المستقيل",
    "المستقيله",
    "المعين",
    "الجديدين",
    "الاممي",
    "الامميه",
    "الاقليمي",
    "الدولي",
    "الدوليه",
    "الاوروبي",
    "الاوروبيه",
    "العربي",
    "العربيه",
    "الفرنسي",
    "الاعلامي",
    "الصحفي",
    "السياسي",
    "العسكري",
    "الاقتصادي",
    "الخارجيه",
    "الداخليه",
];

/// Adjectives of a title the tagger was not trained with (read by the rules only, so the
/// model stays as trained): "اللاعب التونسي **الشهير** عصام جمعة".
pub const RULE_MODIFIERS: &[&str] = &[
    "المنتهيه",
    "الرئاسي",
    "الرئاسيه",
    "الشهير",
    "الشهيره",
    "المعروف",
    "المعروفه",
    "المخضرم",
    "المخضرمه",
    "الشاب",
    "الشابه",
    "الكبير",
    "الكبيره",
    "المحلي",
    "المحليه",
    "البارز",
    "البارزه",
    "المركزي",
    "المركزيه",
    "الوطني",
    "الوطنيه",
];

/// Words that join the parts of an Arabic name ("محمد بن سلمان", "عبد الفتاح", "أبو مازن").
const NAME_JOINERS: &[&str] = &["بن", "ابن", "بنت", "ابو", "ابي", "عبد", "ال", "ولد", "اولاد"];

/// Regnal numbers and epithets that end a ruler's name (folded).
const REGNAL: &[&str] = &[
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الكبير",
    "الاكبر",
];

/// A word above this count in the stem lexicon is a common word, not a name (unless listed
/// as a given or family name).
const COMMON: u32 = 25;

/// A title phrase: tokens `[start, end)`, the head's title entry.
#[derive(Debug, Clone)]
pub struct TitlePhrase {
    /// Tokens of the whole phrase (chained titles and modifiers included).
    pub tokens: Range<usize>,
    /// Entry index of the first title in the chain.
    pub entry: usize,
    /// Whether every title in it is an honorific.
    pub honorific: bool,
    /// Token of a nisba or country name inside the phrase (its affiliation), if any.
    pub affiliation: Option<usize>,
}

/// How name-like a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NameLike {
    /// Not a name: function word, title, nisba, common word, number, punctuation.
    No,
    /// Possibly a name: an unusual word.
    Weak,
    /// A listed given or family name, or a word never seen.
    Strong,
}

/// How name-like token `i` is, as the first (`first = true`) or a later part of a name.
pub fn name_like(doc: &Document, i: usize, first: bool) -> NameLike {
    let lex = lexicon();
    let t = &doc.tokens[i];
    match t.kind {
        TokenKind::Word => {}
        TokenKind::Foreign => {
            let c = doc.light(i).chars().next().unwrap_or('a');
            return if c.is_uppercase() { NameLike::Strong } else { NameLike::No };
        }
        _ => return NameLike::No,
    }
    let seg = &doc.segs[i];
    // A later word whose only clitic the segmenter found is a preposition.
    let prep_only = !first && seg.prep.is_some() && seg.conj.is_none() && !seg.fut && seg.enclitic.is_none();
    // A later word the segmenter cut after ب, ل or ك, never seen whole nor as its stem, is
    // likely a foreign name read as a preposition ("إيرينا بوكوفا"); it is rejoined once
    // part of a name (entities::rejoin_name_words).
    let cut_unseen = prep_only
        && seg.article == Article::None
        && unseen_whole(doc, i)
        && lexicon().stems.count(&doc.bases[i]) == 0
        && doc.light(i).chars().count() >= 4
        // "جعفر حسان [لترؤس]": لـ and a verbal noun of the تفعّل pattern is a purpose.
        && !(seg.prep == Some('ل') && doc.bases[i].starts_with('ت'));
    // "جان بيرون": ب or ك before an imperfect verb is no Arabic ("ب" + "يرون"), so a later
    // name word never seen whole that reads so is a foreign name.
    let cut_verb = prep_only
        && matches!(seg.prep, Some('ب' | 'ك'))
        && seg.article == Article::None
        && lexicon().stems.count(doc.key(i)) == 0
        && doc.bases[i].starts_with('ي')
        && doc.light(i).chars().count() >= 4;
    // "فرانشيسكو بالديني": after a foreign given name, a word ending in ي never seen whole
    // that the segmenter cut after ب, ل or ك (even before "ال") is the family name.
    let after_foreign = prep_only
        && i > 0
        && matches!(seg.prep, Some('ب' | 'ل' | 'ك'))
        && lexicon().stems.count(doc.key(i)) == 0
        && doc.light(i).chars().count() >= 5
        // Shaped like an Italian or Greek family name ("-ini", "-oni"), not a noun ("بجائزة").
        && doc.light(i).ends_with('ي')
        && !doc.segs[i - 1].is_split()
        && lexicon().trained_given_names.contains(&*doc.bases[i - 1])
        && !lexicon().arabic_given_names.contains(&*doc.bases[i - 1]);
    if cut_unseen || cut_verb || after_foreign {
        return NameLike::Strong;
    }
    // "لمياء", "ليلى", "بسمة", "لينا": a listed given name the segmenter cut after ل, ب or ك
    // or before a pronoun, before a word of a name (entities::rejoin_name_words makes it
    // whole again).
    let cut_given = first
        && cut_given_name(doc, i)
        && i + 1 < doc.tokens.len()
        && (name_like(doc, i + 1, false) != NameLike::No
            || matches!(&*doc.bases[i + 1], "بن" | "بنت" | "ابو" | "ابن")
            || doc.segs[i + 1].article == Article::Full
                && doc.segs[i + 1].prep.is_none()
                && doc.segs[i + 1].conj.is_none()
                && doc.bases[i + 1].ends_with('ي'));
    if cut_given {
        return NameLike::Strong;
    }
    // "وجان إيف لودريان", "وجون كيري": و and a listed given name before a name word.
    let and_name = first
        && seg.conj == Some('و')
        && seg.prep.is_none()
        && !seg.fut
        && seg.enclitic.is_none()
        && seg.article == Article::None
        && lexicon().given_names.contains(&*doc.bases[i])
        && lexicon().stems.count(&doc.bases[i]) < COMMON
        && i + 1 < doc.tokens.len()
        && name_like(doc, i + 1, false) == NameLike::Strong;
    if and_name {
        return NameLike::Strong;
    }
    if seg.conj.is_some() || seg.prep.is_some() || seg.fut || seg.enclitic.is_some() {
        return NameLike::No;
    }
    let base = &*doc.bases[i];
    // "إلياس", "ألكسندر": a word the segmenter left whole keeps its "ال".
    let bare = if seg.article == Article::None { base } else { strip_article(base) };
    if seg.article != Article::None && first {
        return NameLike::No;
    }
    // "أحمد علي", "مصطفى علي": written with its dots, a later "علي" is the name.
    // Not before a noun: the preposition always has its object after it.
    if !first && doc.light(i) == "علي" && seg.article == Article::None && {
        let next = i + 1;
        next >= doc.tokens.len()
            || doc.tokens[next].kind == TokenKind::Punct
            || matches!(strip_article(&doc.bases[next]), "ان" | "انه" | "انها")
            || lex.speech.at(doc, next).is_some()
    } {
        return NameLike::Strong;
    }
    // "علي" written with its dots is the name, "على" the preposition: before a family name
    // ("علي حمدان", "علي حسن خليل") it opens a name.
    if first && doc.light(i) == "علي" && i + 1 < doc.tokens.len() {
        let next = &doc.segs[i + 1];
        let family = lex.family_names.contains(&*doc.bases[i + 1])
            || next.article == Article::None
                && next.conj.is_none()
                && next.prep.is_none()
                && (lex.given_names.contains(&*doc.bases[i + 1]) || name_like(doc, i + 1, false) == NameLike::Strong);
        if family && !lex.is_stopword(&doc.bases[i + 1]) {
            return NameLike::Strong;
        }
    }
    // "سالم علي الكعبي": written with its dots between a name's word and a family name, it is
    // the middle name.
    if !first && doc.light(i) == "علي" && seg.article == Article::None && i + 1 < doc.tokens.len() && {
        let next = &doc.segs[i + 1];
        // ANERcorp writes the preposition so too ("… علي الصعيد"): a nisba-shaped word after it
        // is a family name only where what was said or a clause's end follows.
        let after = i + 2;
        let closes = after >= doc.tokens.len()
            || doc.tokens[after].kind == TokenKind::Punct
            || doc.is_that(after)
            || lex.speech.at(doc, after).is_some();
        next.conj.is_none() && next.prep.is_none() && next.article != Article::None && {
            let b = strip_article(&doc.bases[i + 1]);
            lex.family_names.contains(&*doc.bases[i + 1]) || b.ends_with('ي') && b.chars().count() >= 4 && closes
        }
    } {
        return NameLike::Strong;
    }
    // "سالم العلي": with the article it is a family name, never the preposition.
    if !first && seg.article != Article::None && bare == "علي" {
        return NameLike::Strong;
    }
    if doc.place_tokens.get(i).copied().unwrap_or(false) {
        return NameLike::No;
    }
    if first && given_title(doc, i) && i > 0 && lex.titles.honorific_word_at(&doc.bases, i - 1) {
        return NameLike::Strong;
    }
    // A given name of the rules' own list is a name though a stop-word list holds it ("معاذ").
    if seg.article == Article::None && lex.given_names.contains(base) && !lex.trained_given_names.contains(base) {
        return NameLike::Strong;
    }
    if bare.chars().count() < 2
        || lex.is_stopword(base)
        || lex.is_stopword(bare)
        || lex.titles.match_at(&[base], 0).is_some()
        || lex.gazetteer.is_nisba(base)
        || lex.months.contains_key(bare)
        // "جمعة" after a given name is a family name ("عصام جمعة"); a day has the article.
        || lex.weekdays.contains_key(bare) && (first || seg.article != Article::None)
        || TITLE_MODIFIERS.contains(&base)
        || RULE_MODIFIERS.contains(&base)
    {
        return NameLike::No;
    }
    if lex.given_names.contains(bare) || lex.family_names.contains(base) {
        return NameLike::Strong;
    }
    if accusative_of_word(base) {
        return NameLike::No;
    }
    let n = lex.stems.count(base).max(lex.stems.count(bare));
    let share = lex.stems.entity_share(bare).or_else(|| lex.stems.entity_share(base));
    match share {
        // Seen in the corpus mostly inside names: a name.
        Some(s) if s >= 0.5 => NameLike::Strong,
        _ if n >= COMMON => NameLike::No,
        // Seen, but outside names ("يستقبل"): at best the tail of a name.
        Some(_) => NameLike::Weak,
        None if seg.article != Article::None => NameLike::Weak,
        None if imperfect_plural_shape(base) => NameLike::No,
        None => NameLike::Strong,
    }
}

/// Whether token `i` cannot end a person's name: a title or common word in the accusative
/// ("شوقي عبد الكريم مفتيا") or an unseen word shaped like an imperfect verb ("يشعران").
pub fn not_name_tail(doc: &Document, i: usize) -> bool {
    let lex = lexicon();
    let base = &*doc.bases[i];
    if doc.tokens[i].kind != TokenKind::Word || lex.is_listed_name(base) {
        return false;
    }
    lex.not_given_names.contains(base)
        || accusative_of_word(base)
        || lex.stems.entity_share(base).is_none_or(|s| s < 0.5)
            && lex.stems.count(base) < COMMON
            && imperfect_plural_shape(base)
        // "الرئيس عباس [قمة] ثلاثية", "خالد العمري [يلتقي]": an event or a verb of saying.
        || !doc.segs[i].is_split() && (lex.events.at(doc, i).is_some() || lex.speech.at(doc, i).is_some())
        // "وأبلغ عباس [الوفد]", "وأطلع مصطفى [المانحين]": a common noun with the article,
        // the object (not a family name like "الأسد", nor a nisba like "المصري").
        || doc.segs[i].article != Article::None
            && doc.segs[i].prep.is_none()
            && !lex.family_names.contains(base)
            && !lex.gazetteer.is_nisba(base)
            // Regnal numbers and epithets are part of the name ("عبد الله الثاني", "الإسكندر الأكبر").
            && !REGNAL.contains(&base)
            && lex.stems.count(strip_article(base)) >= 4 * COMMON
            && lex.stems.entity_share(strip_article(base)).is_some_and(|s| s < 0.02)
}

/// Whether token `i` is a common noun with a possessive pronoun ("زوجته", "شقيقها",
/// "ابنهم"): names do not take pronoun suffixes, so such a word is no part of a person's name
/// whatever the tagger reads. The stem must be an ordinary word of the corpus, seen mostly
/// outside names, so that a name the segmenter misreads as ending in a pronoun stays whole.
pub fn possessed_noun(doc: &Document, i: usize) -> bool {
    let lex = lexicon();
    if doc.tokens[i].kind != TokenKind::Word || doc.segs[i].enclitic.is_none() {
        return false;
    }
    let base = &*doc.bases[i];
    let fem = crate::lexicon::forms::feminine_before_pronoun(base);
    std::iter::once(base).chain(fem.as_deref()).any(|b| {
        !lex.is_listed_name(b) && lex.stems.count(b) >= 5 && lex.stems.entity_share(b).is_some_and(|s| s < 0.2)
    })
}

/// Whether `base` is a title or a common word with the accusative ending "ـا" ("عيّن …
/// مفتيا", "رئيسا", "12 سنة عبدا"): a predicate or an object, not a name.
pub fn accusative_of_word(base: &str) -> bool {
    let Some(w) = base.strip_suffix('ا') else { return false };
    let lex = lexicon();
    if w.chars().count() < 3 || w.ends_with('ا') || lex.is_listed_name(w) {
        return false;
    }
    lex.titles.match_at(&[w], 0).is_some() || NAME_JOINERS.contains(&w) || lex.stems.count(w) >= COMMON
}

/// Whether token `j` is a title in the accusative that is also a given name, followed by an
/// accusative adjective or a لـ complement: "انتخب المؤتمر أحمد سالم [أمينا] عاما للحزب".
pub fn accusative_title(doc: &Document, j: usize, end: usize) -> bool {
    let Some(w) = doc.bases[j].strip_suffix('ا') else { return false };
    let next = j + 1;
    w.chars().count() >= 3
        && !doc.segs[j].is_split()
        && lexicon().titles.match_at(&[w], 0).is_some()
        && next < end
        && doc.tokens[next].kind == TokenKind::Word
        && (doc.segs[next].prep == Some('ل')
            || doc.segs[next].article == Article::None && doc.bases[next].ends_with('ا'))
}

/// Whether an unseen word has the shape of an imperfect verb in the dual or plural
/// ("يشعران", "يعملون", "تتحدثان"): a prefix ي or ت and the ending ان, ون or وا. Names of
/// that shape are listed or seen in the corpus before this is asked.
fn imperfect_plural_shape(base: &str) -> bool {
    let n = base.chars().count();
    n >= 5 && (base.starts_with('ي') || base.starts_with('ت')) && ["ان", "ون", "وا"].iter().any(|s| base.ends_with(s))
}

/// The name starting at token `i`: up to three name-like tokens, joiners allowed inside
/// ("محمد بن سلمان"). Returns its end, or None if token `i` does not start a name.
pub fn name_at(doc: &Document, i: usize, end: usize) -> Option<usize> {
    if i >= end {
        return None;
    }
    // "عبد الرحيم", "عبد الله": a compound given name is one word of the name.
    let plain = |k: usize| {
        let s = &doc.segs[k];
        s.conj.is_none() && s.prep.is_none() && s.enclitic.is_none()
    };
    let abd = &*doc.bases[i] == "عبد"
        && plain(i)
        && i + 1 < end
        && plain(i + 1)
        && (doc.segs[i + 1].article != Article::None || &*doc.bases[i + 1] == "الله")
        && doc.tokens[i + 1].kind == TokenKind::Word;
    if !abd && name_like(doc, i, true) == NameLike::No {
        return None;
    }
    let mut j = if abd { i + 2 } else { i + 1 };
    let mut words = 1;
    while j < end && words < 4 {
        let b = &*doc.bases[j];
        if NAME_JOINERS.contains(&b)
            && doc.segs[j].conj.is_none()
            && j + 1 < end
            && (name_like(doc, j + 1, false) != NameLike::No || joined_given_name(doc, j + 1))
        {
            j += 2;
            words += 1;
            continue;
        }
        // "عبد الله الثاني", "محمد السادس": a regnal number after the given name.
        if REGNAL.contains(&b) && doc.segs[j].conj.is_none() && doc.segs[j].prep.is_none() {
            // It ends the name: "وعين الملك عبد الله الثاني [سامي النجار]" are two people.
            j += 1;
            break;
        }
        // "حسام الدين المنياوي", "صلاح الدين": a compound given name counts as one word.
        // "ذبيح الله مجاهد", "فتح الله أرسلان", "نصر الله": X الله is one given name too.
        // "X الدين" also after a father's name: "أحمد عماد الدين".
        // (Not the religion: "أردوغان الدين الإسلامي".)
        let religion = j + 1 < end && matches!(strip_article(&doc.bases[j + 1]), "اسلامي" | "مسيحي" | "يهودي");
        if (words == 1 && &*doc.bases[j] == "الله" || words <= 2 && &*doc.bases[j] == "الدين")
            && doc.segs[j].conj.is_none()
            && doc.segs[j - 1].article == Article::None
            && !religion
        {
            j += 1;
            continue;
        }
        // "بارت دي ويفر", "لويس دا سيلفا", "فان دير": a particle of a foreign family name.
        // Two words: "يان فان دير برغ", "فان دن", "دي لا".
        let particle = if matches!(&*doc.bases[j], "فان" | "دي")
            && j + 2 < end
            && matches!(&*doc.bases[j + 1], "دير" | "دن" | "لا" | "لوس")
            && !doc.segs[j + 1].is_split()
        {
            2
        } else {
            1
        };
        if matches!(&*doc.bases[j], "دي" | "دو" | "فان" | "فون" | "دا" | "ديل" | "دير")
            && !doc.segs[j].is_split()
            && j + particle < end
            && doc.tokens[j + particle].is_word()
            && (name_like(doc, j + particle, false) == NameLike::Strong || unseen_whole(doc, j + particle))
        {
            // The word after it ends the name ("ستافان دي ميستورا [سيخلف]").
            j += particle + 1;
            break;
        }
        // "عمر عوض الله", "أحمد نصر الله": a family name of that shape too.
        if compound_allah(doc, j, end) {
            j += 2;
            words += 1;
            continue;
        }
        if doc.segs[j].conj == Some('و') && !doc.segs[j].is_split_beyond_conj() && unseen_whole(doc, j) {
            // "ستيف ويتكوف": an unknown word opening with و right after a name is the name
            // going on, not "and" (which rarely follows a lone first name).
            j += 1;
            words += 1;
            continue;
        }
        // A third word never seen and shaped like a feminine noun ("مارسيل خليفة حفلة
        // أقامها") is the sentence going on, not more of the name.
        if words >= 2 && unseen_whole(doc, j) && doc.light(j).ends_with('ة') {
            break;
        }
        if verb_or_plural_shape(doc, j) || not_name_tail(doc, j) || accusative_title(doc, j, end) {
            break;
        }
        // "زار الرئيس أردوغان [الجزائر]": a known place with the article is the verb's object.
        if doc.segs[j].article != Article::None && doc.place_tokens.get(j).copied().unwrap_or(false) {
            break;
        }
        // "التقى يوسف العلمي [جاك] أنوما": after a family name with the article, a listed given
        // name opens the next person's name.
        if words >= 2
            && doc.segs[j - 1].article != Article::None
            && doc.segs[j].article == Article::None
            && doc.segs[j].conj.is_none()
            && lexicon().given_names.contains(&*doc.bases[j])
        {
            break;
        }
        // "خالد سليمان [العبادي]": a family name shaped like a nisba (not a country's) after
        // two words of a name goes on with it.
        let nisba_shaped = words == 2 && doc.segs[j].article != Article::None && {
            let b = strip_article(&doc.bases[j]);
            b.ends_with('ي') && b.chars().count() >= 4
        };
        // "فهد بن علي [الكندي]": after two words of a name, a country's nisba is the family
        // name, its last word.
        let country_nisba = words >= 2
            && nisba_shaped
            && doc.segs[j].prep.is_none()
            && doc.segs[j].conj.is_none()
            && doc.segs[j].enclitic.is_none()
            && lexicon().gazetteer.is_nisba(&doc.bases[j])
            && j + 1 < end
            && (doc.is_that(j + 1) || title_phrase_at(doc, j + 1, end).is_some());
        if country_nisba {
            j += 1;
            break;
        }
        match name_like(doc, j, false) {
            NameLike::No => break,
            NameLike::Weak if words >= 2 && !nisba_shaped => break,
            _ => {}
        }
        j += 1;
        words += 1;
    }
    Some(j)
}

/// Whether token `j`, after a joiner ("أبو علي", "بن علي"), is a listed given name that is
/// also a function word when spelled without its dots ("على"): after "أبو" it is the name.
fn joined_given_name(doc: &Document, j: usize) -> bool {
    let s = &doc.segs[j];
    doc.tokens[j].kind == TokenKind::Word
        && s.conj.is_none()
        && s.prep.is_none()
        && s.article == Article::None
        && s.enclitic.is_none()
        && lexicon().given_names.contains(&*doc.bases[j])
}

/// Whether a later word of a name, never seen, is shaped like a verb or a plural noun
/// rather than a name: "مارسيل خليفة يهدي أمسيته" (يفعل, not ياسر or يانغ), "رامي خليفة
/// معزوفات" (مفعولات).
fn verb_or_plural_shape(doc: &Document, j: usize) -> bool {
    if !unseen_whole(doc, j) || doc.segs[j].is_split() {
        return false;
    }
    let w: Vec<char> = doc.light(j).chars().collect();
    let verb = verb_shape(doc.light(j));
    let plural = w.len() >= 6 && w[0] == 'م' && doc.light(j).ends_with("ات");
    verb || plural
}

/// Whether a word is shaped like an imperfect verb: يفعل, يفاعل ("يصادف", "يتابع"), يفتعل
/// ("يفتتح") or يستفعل ("يستقبل").
fn verb_shape(word: &str) -> bool {
    let w: Vec<char> = word.chars().collect();
    w.len() >= 4
        && w[0] == 'ي'
        && !matches!(w[1], 'ا' | 'و' | 'ي')
        && (w.len() == 4 || w.len() == 5 && matches!(w[2], 'ا' | 'ت') || w.len() == 6 && w[1] == 'س' && w[2] == 'ت')
}

/// Whether token `i`, taken whole, is unknown to every lexicon (a foreign name, typically).
fn unseen_whole(doc: &Document, i: usize) -> bool {
    let lex = lexicon();
    let k = doc.key(i);
    let stem = strip_article(&doc.bases[i]);
    lex.stems.count(k) == 0 && lex.stems.count(stem) == 0 && !lex.is_stopword(k)
}

/// A title phrase starting at token `i`: a title or honorific, its modifiers (nisba, "الخاص",
/// a country in the genitive), and any further titles chained after it.
pub fn title_phrase_at(doc: &Document, i: usize, end: usize) -> Option<TitlePhrase> {
    title_phrase_with(doc, i, end, false)
}

/// [`title_phrase_at`] with the titles the tagger was trained with only (its features).
pub fn trained_title_phrase_at(doc: &Document, i: usize, end: usize) -> Option<TitlePhrase> {
    title_phrase_with(doc, i, end, true)
}

fn title_phrase_with(doc: &Document, i: usize, end: usize, trained: bool) -> Option<TitlePhrase> {
    let lex = lexicon();
    let titles = |j: usize| {
        if trained {
            lex.titles.match_trained(&doc.bases[j..end], 0)
        } else {
            lex.titles.match_at(&doc.bases[j..end], 0)
        }
    };
    // "رئيس مجلس إدارتها", "وزير خارجيتها": a title whose last word takes "its" in place of
    // the article (rules only; the tagger's features keep the titles as trained).
    let possessed = (!trained).then(|| possessed_title(doc, i, end)).flatten();
    let (n, entry) = match possessed {
        Some(m) => m,
        None => titles(i)?,
    };
    let seg = &doc.segs[i];
    // "وترأس وفد الحزب رئيسه زيغمار غابرييل": for the rules, a title with "his/its" before a
    // name is its holder's too (the tagger's features, as trained, take none).
    let possessive = !trained && (n == 1 || possessed.is_some()) && matches!(seg.enclitic_str(), Some("ه" | "ها"));
    if seg.enclitic.is_some() && !possessive {
        return None;
    }
    let mut j = i + n;
    let mut honorific = lex.titles.entry(entry).kind == TitleKind::Honorific;
    let mut affiliation = None;
    loop {
        if j >= end {
            break;
        }
        let b = &*doc.bases[j];
        let s = &doc.segs[j];
        let clean = s.conj.is_none() && s.prep.is_none() && s.enclitic.is_none();
        // "المبعوث الدولي والعربي": a modifier joined by و to the one before it (rules only).
        let joined_modifier = !trained
            && j > i + n
            && s.conj == Some('و')
            && s.prep.is_none()
            && s.enclitic.is_none()
            && s.article != Article::None;
        if (clean || joined_modifier)
            && (TITLE_MODIFIERS.contains(&b) || !trained && RULE_MODIFIERS.contains(&b) || lex.gazetteer.is_nisba(b))
        {
            if lex.gazetteer.is_nisba(b) {
                affiliation.get_or_insert(j);
            }
            j += 1;
            continue;
        }
        let country = |p: crate::lexicon::gazetteer::Pattern| {
            p.form == crate::lexicon::PatternForm::Name
                && lex.gazetteer.concept(p.concept).sub == crate::lexicon::GazKind::Country
        };
        if clean && lex.gazetteer.lookup(b).is_some_and(country) {
            // "سفير روسيا", "رئيس وزراء بريطانيا"
            affiliation.get_or_insert(j);
            j += 1;
            continue;
        }
        // "الدكتور سلطان الجابر", "الشيخ سلطان بن محمد": after forms of address, a title that
        // is also a given name opens the name.
        if !trained && honorific && given_title(doc, j) {
            break;
        }
        // A further title in a chain ("ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع الأمير").
        if clean {
            if let Some((m, e)) = titles(j) {
                honorific &= lex.titles.entry(e).kind == TitleKind::Honorific;
                j += m;
                continue;
            }
        }
        break;
    }
    Some(TitlePhrase { tokens: i..j, entry, honorific, affiliation })
}

/// A title of several words starting at `i` whose last word is written with a possessive
/// pronoun in place of the article ("رئيس مجلس إدارتها" for "رئيس مجلس الإدارة", "وزير
/// خارجيتها", "رئيس وزرائها"): its length and entry.
pub fn possessed_title(doc: &Document, i: usize, end: usize) -> Option<(usize, usize)> {
    let lex = lexicon();
    let plain = |k: usize| {
        let s = &doc.segs[k];
        doc.tokens[k].kind == TokenKind::Word && s.conj.is_none() && s.prep.is_none() && s.enclitic.is_none()
    };
    // "الرئيس التنفيذي" as "رئيسها التنفيذي", "المدير العام" as "مديرها العام".
    let own = |k: usize| {
        let s = &doc.segs[k];
        doc.tokens[k].kind == TokenKind::Word
            && s.conj.is_none()
            && s.prep.is_none()
            && s.article == Article::None
            && matches!(s.enclitic_str(), Some("ه" | "ها" | "هم" | "هما"))
    };
    let definite = |k: usize| {
        let b = &*doc.bases[k];
        match b.strip_suffix('ت') {
            // "إدارت+ها" is "إدارة".
            Some(stem) => format!("ال{stem}ه"),
            None => format!("ال{b}"),
        }
    };
    if own(i) {
        let first = definite(i);
        let mut words: Vec<&str> = vec![&first];
        words.extend(doc.bases[i + 1..end.min(i + 4)].iter().map(|x| &**x));
        return lex.titles.match_at(&words, 0).filter(|&(n, e)| n >= 2 && lex.titles.entry(e).kind == TitleKind::Title);
    }
    if !plain(i) {
        return None;
    }
    for k in i + 1..end.min(i + 4) {
        if own(k) {
            let b = definite(k);
            let mut words: Vec<&str> = doc.bases[i..k].iter().map(|x| &**x).collect();
            words.push(&b);
            return lex.titles.match_at(&words, 0).filter(|&(n, _)| n == words.len());
        }
        if !plain(k) {
            return None;
        }
    }
    None
}

/// A title phrase extended by its complements, for finding the name after it (the tagger's
/// features keep [`title_phrase_at`] as trained): the genitive of a head without the article
/// ("عالم **الآثار** الإسرائيلي", "سائق **الراليات** السعودي") and a complement with لـ and the
/// article ("الرئيس السابق **للائتلاف**"), each followed by its own adjectives.
/// After a title's genitive ending before `j`: "وزير الشؤون البلدية أحمد الكيلاني", "وزير
/// التعليم العالي علي الحربي", "وزيرة التربية والتعليم هالة السعيد": adjectives of the genitive
/// and genitives joined to it by و, all with the article, when a given name follows them, then
/// the title's modifiers. Returns the new end of the title (`j` if nothing is added).
fn genitive_tail(doc: &Document, j: usize, end: usize, modifier: &dyn Fn(usize) -> bool) -> usize {
    let lex = lexicon();
    let given = |k: usize| lex.is_listed_name(&doc.bases[k]);
    // (A compound given name too: "عبد القادر".)
    let opens = |k: usize| {
        k < end
            && !doc.segs[k].is_split()
            && (lex.given_names.contains(&*doc.bases[k])
                || ali_after_title(doc, k, end).is_some()
                || &*doc.bases[k] == "عبد" && k + 1 < end && doc.segs[k + 1].article != Article::None)
    };
    // (A country's nisba listed as a family name too is the title's before a given name:
    // "وزير الخارجية والتعاون [المغربي] يوسف العمراني".)
    let more = |k: usize| {
        let s = &doc.segs[k];
        doc.tokens[k].kind == TokenKind::Word
            && s.prep.is_none()
            && s.enclitic.is_none()
            && s.article != Article::None
            && matches!(s.conj, None | Some('و'))
            && !lex.is_stopword(&doc.bases[k])
            && (!given(k) || lex.gazetteer.is_nisba(&doc.bases[k]) && opens(k + 1))
            && !doc.place_tokens[k]
    };
    let mut k = j;
    while k < end && k < j + 5 && more(k) {
        k += 1;
    }
    if k > j && opens(k) {
        let mut j = k;
        while j < end && modifier(j) {
            j += 1;
        }
        return j;
    }
    j
}

fn extend_title(doc: &Document, tp: &TitlePhrase, end: usize) -> TitlePhrase {
    let lex = lexicon();
    let head = tp.tokens.start;
    let clean = |j: usize| {
        let s = &doc.segs[j];
        doc.tokens[j].kind == TokenKind::Word && s.conj.is_none() && s.enclitic.is_none()
    };
    let modifier = |j: usize| {
        let b = &*doc.bases[j];
        clean(j)
            && doc.segs[j].prep.is_none()
            && (TITLE_MODIFIERS.contains(&b) || RULE_MODIFIERS.contains(&b) || lex.gazetteer.is_nisba(b))
    };
    let mut j = tp.tokens.end;
    let mut out = tp.clone();
    // The genitive of a construct head: only right after a head without the article, the
    // last of a chain too ("نائبة محافظ [البنك المركزي]").
    let last = j - 1;
    let indefinite = doc.segs[last].article == Article::None
        && doc.segs[last].prep.is_none()
        && (last == head || lex.titles.match_at(&doc.bases[last..last + 1], 0).is_some());
    // "محافظ عدن أحمد حامد لملس", "أمير مكة خالد الفيصل", "رئيس بلدية حلب": an office of a
    // place governs the place's name, known or not; a name follows it.
    let office = PLACE_OFFICES.contains(&strip_article(&doc.bases[last]))
        && doc.segs[last].article == Article::None
        && doc.segs[last].prep.is_none();
    if office && j + 1 < end && clean(j) && doc.segs[j].prep.is_none() && doc.segs[j].article == Article::None {
        let known = lex.gazetteer.lookup(&doc.bases[j]).is_some_and(|p| {
            p.form == crate::lexicon::PatternForm::Name
                && lex.gazetteer.concept(p.concept).kind == crate::output::EntityKind::Location
        });
        let named_next = lex.given_names.contains(&*doc.bases[j + 1]) && !lex.given_names.contains(&*doc.bases[j]);
        if known || named_next && !lex.is_stopword(&doc.bases[j]) {
            out.affiliation.get_or_insert(j);
            out.tokens = tp.tokens.start..j + 1;
            // "أمير مكة" is an office, not a form of address.
            out.honorific = false;
            return out;
        }
    }
    if tp.honorific {
        return out;
    }
    // "رئيس جنوب السودان سلفا كير", "رئيس وفد كينيا كالونزو موسيوكا", "رئيس إقليم كردستان
    // مسعود بارزاني": a head without the article governs a place, known or, after a unit of
    // government, one word before a listed given name; the name follows.
    if indefinite {
        let plain = |k: usize| clean(k) && doc.segs[k].prep.is_none() && doc.segs[k].article == Article::None;
        let mut k = j;
        if k < end && plain(k) && GOVERNED_UNITS.contains(&strip_article(&doc.bases[k])) {
            k += 1;
        }
        let p0 = k;
        while k < end && doc.place_tokens[k] && clean(k) && doc.segs[k].prep.is_none() {
            k += 1;
        }
        if k == p0
            && p0 > j
            && p0 + 1 < end
            && plain(p0)
            && lex.given_names.contains(&*doc.bases[p0 + 1])
            && !lex.given_names.contains(&*doc.bases[p0])
            && !lex.is_stopword(&doc.bases[p0])
        {
            k = p0 + 1;
        }
        if k > p0 && k < end {
            out.affiliation.get_or_insert(p0);
            out.tokens = tp.tokens.start..k;
            return out;
        }
    }
    if indefinite
        && j < end
        && clean(j)
        && doc.segs[j].prep.is_none()
        && doc.segs[j].article != Article::None
        && !lex.is_stopword(&doc.bases[j])
    {
        j += 1;
        while j < end && modifier(j) {
            j += 1;
        }
        j = genitive_tail(doc, j, end, &modifier);
    } else if tp.tokens.len() >= 2
        && doc.segs[last].article != Article::None
        && doc.segs[last - 1].article == Article::None
        && doc.segs[last - 1].prep.is_none()
    {
        // A listed title with its genitive goes on the same way ("وزير الخارجية والتعاون
        // المغربي يوسف العمراني").
        j = genitive_tail(doc, j, end, &modifier);
    }
    // "المتحدث باسم حكومة طالبان [ذبيح الله مجاهد]": whom a spokesman speaks for, then the
    // name: common nouns and names the gazetteer knows, up to a name of two words or more.
    let named_for = if j < end && &*doc.bases[j] == "باسم" {
        Some(j + 1)
    } else {
        (&*doc.bases[j - 1] == "باسم").then_some(j)
    };
    if let Some(from) = named_for.filter(|&f| f + 1 < end && !tp.honorific) {
        let known = crate::ner::gazetteer::matches(doc, from..end.min(from + 8));
        let mut k = from;
        while k < end && k < from + 6 {
            if let Some(m) = known.iter().find(|m| m.first == k) {
                k = m.end;
                continue;
            }
            if name_like(doc, k, true) != NameLike::No && name_at(doc, k, end).is_some_and(|ne| ne >= k + 2) {
                out.tokens = tp.tokens.start..k;
                return out;
            }
            if doc.tokens[k].kind != TokenKind::Word || doc.segs[k].conj.is_some() {
                break;
            }
            k += 1;
        }
    }
    // "الرئيس المكلف [تشكيل الحكومة] فؤاد الجسر", "المكلف بتشكيل الحكومة": what he is charged
    // with.
    let charged = |k: usize| k < end && matches!(&*doc.bases[k], "المكلف" | "المكلفه");
    if charged(j) {
        j += 1;
    }
    if j + 1 < end
        && charged(j - 1)
        && doc.segs[j + 1].article != Article::None
        && strip_article(&doc.bases[j]) == "تشكيل"
    {
        j += 2;
    }
    // "النائب عن الحزب الديمقراطي التقدمي إياد الدهماني", "النائب عن دائرة …": whom a deputy
    // sits for, definite words up to a listed given name.
    if j + 2 < end && &*doc.bases[j] == "عن" && doc.segs[j].enclitic.is_none() {
        let plain = |k: usize| {
            clean(k)
                && doc.segs[k].prep.is_none()
                && !lex.is_stopword(&doc.bases[k])
                && !lex.given_names.contains(&*doc.bases[k])
        };
        let mut k = j + 1;
        while k < end && k < j + 5 && plain(k) {
            k += 1;
        }
        if k > j + 1 && k < end && lex.given_names.contains(&*doc.bases[k]) && !doc.segs[k].is_split() {
            out.tokens = tp.tokens.start..k;
            return out;
        }
    }
    // "للائتلاف", "للأمم المتحدة": لـ with the article.
    if j < end && clean(j) && doc.segs[j].prep == Some('ل') && doc.segs[j].article != Article::None {
        j += 1;
        while j < end && modifier(j) {
            j += 1;
        }
    }
    out.tokens = tp.tokens.start..j;
    out
}

/// Past forms of address and ranks from `k` ("المهندس", "الفريق أول ركن").
fn honorifics_end(doc: &Document, mut k: usize, end: usize) -> usize {
    let lex = lexicon();
    while k < end {
        match lex.titles.match_at(&doc.bases[k..end], 0) {
            Some((n, e)) if lex.titles.entry(e).kind == TitleKind::Honorific && doc.segs[k].conj.is_none() => k += n,
            _ => break,
        }
    }
    k
}

/// Past "إلى" and a known place after an envoy's title and body ("مبعوث الأمم المتحدة [إلى
/// ليبيا] غسان سلامة"); else `k` itself.
fn sent_to_place(doc: &Document, tp: &TitlePhrase, k: usize, end: usize) -> usize {
    let envoy = crate::lexicon::titles::ENVOY_HEADS.contains(&strip_article(&doc.bases[tp.tokens.start]));
    if !envoy || k + 1 >= end || &*doc.bases[k] != "الي" || !doc.place_tokens[k + 1] {
        return k;
    }
    let mut j = k + 1;
    while j < end && doc.place_tokens[j] {
        j += 1;
    }
    j
}

/// The name of a title's holder at `i`, after the title and the body it heads: a name, or a
/// listed given name that is also a title ("رئيس شركة أرامكو [أمين] الناصر") before words
/// that go on a name.
fn holder_name_at(doc: &Document, i: usize, end: usize) -> Option<usize> {
    if let Some(ne) = name_at(doc, i, end) {
        return Some(ne);
    }
    // "رئيس جامعة الأزهر [سلامة داود] إن": two words, the second a name's, before what he
    // said, are the holder's name though the first is also a common word.
    if i >= end {
        return None;
    }
    let plain = |k: usize| {
        if k >= end {
            return false;
        }
        let s = &doc.segs[k];
        doc.tokens[k].kind == TokenKind::Word
            && s.conj.is_none()
            && s.prep.is_none()
            && s.enclitic.is_none()
            && s.article == Article::None
            && !lexicon().is_stopword(&doc.bases[k])
    };
    let said_next =
        |k: usize| k < end && (doc.is_that(k) || doc.light(k) == "," || lexicon().speech.at(doc, k).is_some());
    if plain(i)
        && plain(i + 1)
        && !doc.bases[i].ends_with('ا')
        && name_like(doc, i + 1, false) == NameLike::Strong
        && said_next(i + 2)
    {
        return Some(i + 2);
    }
    let s = &doc.segs[i];
    let bare_given = doc.tokens[i].kind == TokenKind::Word
        && s.conj.is_none()
        && s.prep.is_none()
        && s.enclitic.is_none()
        && s.article == Article::None
        && lexicon().given_names.contains(&*doc.bases[i])
        && lexicon().titles.match_at(&doc.bases[i..end], 0).is_some_and(|(n, _)| n == 1);
    if !bare_given {
        return None;
    }
    let mut j = i + 1;
    while j < end && j < i + 4 && !not_name_tail(doc, j) && name_like(doc, j, false) != NameLike::No {
        j += 1;
    }
    (j > i + 1).then_some(j)
}

/// Whether token `x` is the name of a place an office governs, right before a given name:
/// "محافظ [عدن] أحمد حامد لملس", "رئيس بلدية [حلب] أحمد سالم" (not the person's first word).
pub fn governed_place(doc: &Document, x: usize) -> bool {
    let lex = lexicon();
    x > 0
        && x + 1 < doc.tokens.len()
        && doc.segs[x - 1].article == Article::None
        && doc.segs[x - 1].prep.is_none()
        && PLACE_OFFICES.contains(&strip_article(&doc.bases[x - 1]))
        && doc.segs[x].article == Article::None
        && doc.segs[x].prep.is_none()
        && doc.segs[x].conj.is_none()
        && lex.given_names.contains(&*doc.bases[x + 1])
        && !lex.given_names.contains(&*doc.bases[x])
}

/// Whether token `j` is a title that is also a given name ("سلطان", "أمير"), written without
/// the article and followed by a word that can be a name.
fn given_title(doc: &Document, j: usize) -> bool {
    let s = &doc.segs[j];
    doc.tokens[j].kind == TokenKind::Word
        && s.article == Article::None
        && s.prep.is_none()
        && s.conj.is_none()
        && s.enclitic.is_none()
        && matches!(&*doc.bases[j], "سلطان" | "امير")
        && j + 1 < doc.tokens.len()
        && doc.segs[j + 1].conj.is_none()
        && doc.segs[j + 1].prep.is_none()
        && lexicon().titles.match_at(&doc.bases, j + 1).is_none()
        && !lexicon().is_stopword(&doc.bases[j + 1])
}

/// Offices of a place, whose genitive is the place's name (folded, article stripped).
/// "وزير البترول علي النعيمي": after a title, "علي" written with its dots before a definite
/// word shaped like a family name (a nisba, or a listed one) is the holder's given name, not
/// the preposition ("وافق وزير النفط على الاقتراح" is written with ى).
fn ali_after_title(doc: &Document, k: usize, end: usize) -> Option<usize> {
    let lex = lexicon();
    if k + 1 >= end || doc.light(k) != "علي" || doc.segs[k].is_split() {
        return None;
    }
    let next = &doc.segs[k + 1];
    let b = strip_article(&doc.bases[k + 1]);
    let family = lex.family_names.contains(&*doc.bases[k + 1]) || b.ends_with('ي') && b.chars().count() >= 4;
    (doc.tokens[k + 1].kind == TokenKind::Word
        && next.article != Article::None
        && next.conj.is_none()
        && next.prep.is_none()
        && next.enclitic.is_none()
        && family
        && !lex.gazetteer.is_nisba(&doc.bases[k + 1]))
    .then_some(k + 2)
}

/// Units of government a title may head before the place they govern ("رئيس وفد كينيا",
/// "رئيس إقليم كردستان"), folded.
const GOVERNED_UNITS: &[&str] = &["وفد", "اقليم", "ولايه", "منطقه", "حكومه", "جمهوريه", "بعثه", "مقاطعه"];

const PLACE_OFFICES: &[&str] =
    &["محافظ", "محافظه", "حاكم", "امير", "والي", "عمده", "بلديه", "سفير", "سفيره", "قنصل", "مفتي", "مطران", "مختار"];

/// A person found by a rule, with the title phrase that introduced it.
#[derive(Debug, Clone)]
pub struct RulePerson {
    /// Tokens of the name.
    pub name: Range<usize>,
    /// Tokens of the title phrase, if any.
    pub title: Option<TitlePhrase>,
    /// Whether the rule alone is trusted to name a person: an unambiguous office or an
    /// honorific before a name of two words or more with a clear name-like word, or a byline.
    pub confident: bool,
}

/// A person named at `name` after the title phrase `title`.
fn titled(doc: &Document, name: Range<usize>, title: TitlePhrase) -> RulePerson {
    RulePerson { confident: confident(doc, &name, Some(&title)), name, title: Some(title) }
}

fn confident(doc: &Document, name: &Range<usize>, title: Option<&TitlePhrase>) -> bool {
    let Some(tp) = title else { return true };
    let e = lexicon().titles.entry(tp.entry);
    // "عبد" and a word with the article is a compound given name, clearly a name.
    let abd = &*doc.bases[name.start] == "عبد"
        && name.len() >= 2
        && (doc.segs[name.start + 1].article != Article::None || &*doc.bases[name.start + 1] == "الله");
    let strong =
        abd || cut_given_name(doc, name.start) || name.clone().any(|t| name_like(doc, t, false) == NameLike::Strong);
    // An ambiguous title ("ممثل": representative or actor) is clear once it has a complement,
    // or before a clear given name ("النائب خالد العبادي").
    // Not after a preposition, where it is the common noun ("زميله في الفريق جراح العتيقي").
    let h = tp.tokens.start;
    let governed =
        doc.segs[h].prep.is_some() || h > 0 && matches!(&*doc.bases[h - 1], "في" | "من" | "الي" | "علي" | "عن" | "مع");
    let clear = !e.ambiguous || tp.tokens.len() >= 2 || abd || clear_given_name(doc, name.start) && !governed;
    // An occupation is trusted with a complement ("سائق الراليات السعودي", "عالم الآثار").
    let described = tp.tokens.len() >= 2;
    clear && (e.political || tp.honorific || e.standalone || described) && name.len() >= 2 && strong
}

fn is_comma(doc: &Document, i: usize) -> bool {
    i < doc.tokens.len() && doc.light(i) == ","
}

/// Finds people introduced by titles, in apposition to titles, and the byline's author.
pub fn persons(doc: &Document) -> Vec<RulePerson> {
    let mut out = Vec::new();
    let listed = crate::ner::orgs::listed_organisations(doc);
    for s in &doc.sentences {
        let (start, end) = (s.tokens.start, s.tokens.end);
        let mut i = start;
        while i < end {
            let Some(tp) = title_phrase_at(doc, i, end) else {
                i += 1;
                continue;
            };
            let after = tp.tokens.end;
            let long = extend_title(doc, &tp, end);
            // "محافظ سوهاج خالد حسن": the place an office governs comes before the name.
            let place_first =
                long.tokens.end == after + 1 && PLACE_OFFICES.contains(&strip_article(&doc.bases[after - 1]));
            // "الرئيس الروسي فلاديمير بوتين"
            // "المتحدث باسم …" speaks in the name of someone; "باسم" is no name there.
            // ("وزير الخارجية باسم الخطيب": after another office, «باسم» is a given name.)
            let speaks = {
                let h = strip_article(&doc.bases[tp.tokens.start]);
                h.starts_with("متحدث") || h.starts_with("ناطق") || h.starts_with("ممثل")
            };
            let spokesman = after < end && (&*doc.bases[after - 1] == "باسم" || &*doc.bases[after] == "باسم" && speaks);
            // "رئيس أرامكو المهندس أمين الناصر": a listed organisation there is the body the
            // title heads, not a name.
            // "وزير الخارجية باسم الخطيب": «باسم», a stop word, opens the name after an office
            // that speaks for nobody.
            if !spokesman
                && after + 1 < end
                && &*doc.bases[after] == "باسم"
                && !doc.segs[after].is_split()
                && doc.segs[after + 1].article != Article::None
                && family_like(doc, after + 1)
            {
                out.push(titled(doc, after..after + 2, tp));
                i = after + 2;
                continue;
            }
            let listed_body = || listed.get(after).is_some_and(|&e| e > after);
            let headed_body = crate::ner::orgs::is_head(doc, after);
            if let Some(ne) =
                name_at(doc, after, end).filter(|_| !place_first && !spokesman && !headed_body && !listed_body())
            {
                // "اللاعب التونسي الشهير عصام جمعة", "مشرفة الفرقة وفاء سفر": after a title, a
                // listed given name takes a common word as its family name.
                let ne = with_family(doc, after, ne, end);
                out.push(titled(doc, after..ne, tp));
                i = ne;
                continue;
            }
            // "عالم الآثار الإسرائيلي إليات مزار", "الرئيس السابق للائتلاف أحمد الجربا".
            if long.tokens.end > after {
                if let Some(ne) =
                    name_at(doc, long.tokens.end, end).or_else(|| ali_after_title(doc, long.tokens.end, end))
                {
                    let ne = with_family(doc, long.tokens.end, ne, end);
                    out.push(titled(doc, long.tokens.end..ne, long));
                    i = ne;
                    continue;
                }
            }
            // "رئيس شركة أرامكو أمين الناصر", "الرئيس التنفيذي لشركة أرامكو أمين الناصر": the
            // body the title heads, then its holder's name. The body may start inside what the
            // title's extension took ("مبعوث [الأمم] المتحدة", "المبعوث … [للأمم] المتحدة").
            if !tp.honorific {
                let construct = |k: usize| doc.segs[k].article == Article::None && doc.segs[k].prep.is_none();
                let body = (after..=long.tokens.end.min(end.saturating_sub(1)))
                    .filter_map(|k| {
                        let lam = doc.segs[k].prep == Some('ل');
                        if !(lam || k == after && construct(after - 1)) {
                            return None;
                        }
                        crate::ner::orgs::body_after_title(doc, k, end, lam, &listed)
                    })
                    .find(|&oe| oe >= long.tokens.end)
                    .or_else(|| (long.tokens.end > after).then_some(long.tokens.end))
                    .map(|oe| sent_to_place(doc, &tp, oe, end))
                    // "رئيس أرامكو المهندس أمين الناصر": a form of address or a rank before the holder.
                    .map(|oe| honorifics_end(doc, oe, end));
                if let Some((oe, ne)) = body.and_then(|oe| Some((oe, holder_name_at(doc, oe, end)?))) {
                    let ne = with_family(doc, oe, ne, end);
                    let mut t = long.clone();
                    t.tokens = tp.tokens.start..oe;
                    out.push(titled(doc, oe..ne, t));
                    i = ne;
                    continue;
                }
            }
            // "كيريل دميترييف، الممثل الخاص …": a name right before a comma and the title.
            if i >= start + 2 && is_comma(doc, i - 1) {
                if let Some(ns) = name_before(doc, start, i - 1) {
                    out.push(RulePerson {
                        confident: confident(doc, &(ns..i - 1), Some(&tp)),
                        name: ns..i - 1,
                        title: Some(tp.clone()),
                    });
                    i = after;
                    continue;
                }
            }
            // "أعلن روبرت سري مبعوث الأمم المتحدة", "إيرينا بوكوفا المديرة العامة لمنظمة…": a
            // name of two words right before an office with its complement, no comma between.
            let office = !tp.honorific && (lexicon().titles.entry(tp.entry).political || long.tokens.len() >= 2);
            // A title after a preposition ("حفل تكريم للفنانة الراحلة") is no apposition.
            // Nor is one after a noun in ة, its genitive ("سيرة الفنانة", "وفاة المطرب").
            let construct = || {
                let (lex, w) = (lexicon(), strip_article(&doc.bases[i - 1]));
                doc.light(i - 1).ends_with('ة') && !lex.is_listed_name(w)
            };
            if office
                && i >= start + 2
                && doc.tokens[i - 1].kind == TokenKind::Word
                && doc.segs[i].prep.is_none()
                && !construct()
            {
                if let Some(ns) = name_before(doc, start, i).filter(|&ns| i - ns >= 2) {
                    let before_title = ns > start && title_phrase_at(doc, ns - 1, ns).is_some();
                    if !before_title {
                        out.push(RulePerson {
                            confident: confident(doc, &(ns..i), Some(&long)),
                            name: ns..i,
                            title: Some(long.clone()),
                        });
                        i = after;
                        continue;
                    }
                }
            }
            // "المبعوث الخاص للرئيس الروسي … للشؤون الاقتصادية، كيريل دميترييف،": a title
            // whose complement runs on, then the name between commas.
            let mut k = after;
            while k < end && k < after + 12 && !is_comma(doc, k) && doc.tokens[k].kind != TokenKind::Punct {
                k += 1;
            }
            if is_comma(doc, k) {
                if let Some(ne) = name_at(doc, k + 1, end) {
                    let closes = ne == end || doc.tokens[ne].kind == TokenKind::Punct;
                    if closes && ne - (k + 1) >= 2 {
                        let mut t = tp.clone();
                        t.tokens = tp.tokens.start..k;
                        out.push(RulePerson {
                            confident: confident(doc, &(k + 1..ne), Some(&t)),
                            name: k + 1..ne,
                            title: Some(t),
                        });
                        // Keep reading inside the title: it may name someone else
                        // ("المبعوث الخاص للرئيس الروسي فلاديمير بوتين …").
                        i = after;
                        continue;
                    }
                }
            }
            i = after.max(i + 1);
        }
    }
    called_names(doc, &mut out);
    speakers(doc, &mut out);
    bare_names(doc, &mut out);
    // A name found twice (reading inside a long title) is one find.
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert((p.name.start, p.name.end)));
    if let Some((_, author)) = doc.layout.byline {
        let first = doc.tokens.partition_point(|t| t.span.start < author.start);
        let last = doc.tokens.partition_point(|t| t.span.end <= author.end);
        if first < last {
            out.push(RulePerson { name: first..last, title: None, confident: true });
        }
    }
    out
}

/// Given names that are also adverbs of place: "أنهى السباق خلف الراجحي" is "behind
/// al-Rajhi". The tagger still weighs them in context; the bare-name rule does not take them.
const PLACE_ADVERBS: &[&str] = &["خلف", "وراء", "فوق", "تحت", "امام", "قرب", "عبر", "جانب"];

/// Whether token `i` is a listed given name that is not mostly an ordinary word ("خالد",
/// "نواف", "عصام"; not "علي" the preposition nor "سلام" the peace: frequent in the corpus
/// and seldom inside a name there), with no clitic or article.
/// A listed given name, read whole, that the segmenter cut after ل, ب or ك or before a
/// "نا" ("لمياء" as ل + "مياء", "لينا" as "لي" + "نا"; not "نجمه", its star).
pub fn cut_given_name(doc: &Document, i: usize) -> bool {
    let seg = &doc.segs[i];
    doc.tokens[i].kind == TokenKind::Word
        && (matches!(seg.prep, Some('ل' | 'ب' | 'ك')) || seg.prep.is_none() && seg.enclitic_str() == Some("نا"))
        && seg.conj.is_none()
        && !seg.fut
        && seg.article == Article::None
        && lexicon().given_names.contains(&crate::text::normalize::key(doc.light(i)))
}

fn clear_given_name(doc: &Document, i: usize) -> bool {
    let lex = lexicon();
    let seg = &doc.segs[i];
    let base = &*doc.bases[i];
    if cut_given_name(doc, i) {
        return name_like(doc, i, true) == NameLike::Strong;
    }
    doc.tokens[i].kind == TokenKind::Word
        && seg.article == Article::None
        // "وجون كيري": after و too (name_like asks for a name word after it).
        && (seg.conj.is_none() || seg.conj == Some('و'))
        && seg.prep.is_none()
        && seg.enclitic.is_none()
        && lex.given_names.contains(base)
        && !PLACE_ADVERBS.contains(&base)
        && name_like(doc, i, true) == NameLike::Strong
        && (lex.stems.count(base) < COMMON
            || lex.stems.entity_share(base).is_some_and(|s| s >= 0.1)
            // Counted with the preposition "على" it is folded with; written with dots it is
            // the name.
            || doc.light(i) == "علي")
}

/// The end of a name `[start, ne)` found right after a title, taking a common word as the
/// family name of a lone listed given name.
fn with_family(doc: &Document, start: usize, ne: usize, end: usize) -> usize {
    // "عبد الرحيم شهيد", "عبد الله سعيد": a compound given name alone takes one too.
    let compound = ne == start + 2 && &*doc.bases[start] == "عبد" && doc.segs[start].conj.is_none();
    let lone = ne == start + 1 && clear_given_name(doc, start);
    if (lone || compound) && ne < end && common_family(doc, ne) && !doc.segs[ne].article.ne(&Article::None) {
        ne + 1
    } else if lone && ne < end && (nisba_family(doc, ne) || nisba_shaped_family(doc, ne)) {
        // "الأمين العام لجامعة الدول العربية أحمد المصري", "الأمين العام للجامعة نبيل العربي":
        // a title's country or adjectives come before the name, so a nisba after a given name
        // is the family name.
        ne + 1
    } else {
        ne
    }
}

/// Whether token `i`, a common word, can be a family name right after a title and a given
/// name: a plain word (no clitic, article or accusative ending) that is no function word,
/// title, adjective of a country, month or verb of saying.
fn common_family(doc: &Document, i: usize) -> bool {
    let lex = lexicon();
    let b = &*doc.bases[i];
    doc.tokens[i].kind == TokenKind::Word
        && !doc.segs[i].is_split()
        && b.chars().count() >= 3
        && !b.ends_with('ا')
        && !lex.is_stopword(b)
        && lex.titles.match_at(&[b], 0).is_none()
        && !lex.gazetteer.is_nisba(b)
        && !lex.months.contains_key(b)
        && lex.speech.at(doc, i).is_none()
        && lex.events.at(doc, i).is_none()
        && doc.place_tokens.get(i).is_none_or(|p| !p)
}

/// Whether token `i` can follow a given name as its family name: a strong name word, or an
/// unseen word with the article ("طارق الجلاهمة", "علاء الرفاتي").
/// "عوض الله", "نصر الله", "فضل الله" at token `j`: a name of two words.
fn compound_allah(doc: &Document, j: usize, end: usize) -> bool {
    j + 1 < end
        && &*doc.bases[j + 1] == "الله"
        && doc.segs[j].conj.is_none()
        && doc.segs[j].prep.is_none()
        && doc.segs[j].enclitic.is_none()
        && matches!(&*doc.bases[j], "عوض" | "نصر" | "فضل" | "جار" | "خير" | "فتح" | "عطا" | "رزق" | "ضيف" | "جاد")
}

/// Whether token `i` is a country's nisba with the article and no clitic ("المصري", "اليمني"),
/// as a family name is written.
fn nisba_family(doc: &Document, i: usize) -> bool {
    let s = &doc.segs[i];
    s.article != Article::None
        && s.prep.is_none()
        && s.conj.is_none()
        && s.enclitic.is_none()
        && doc.bases[i].ends_with('ي')
        && lexicon().gazetteer.is_nisba(&doc.bases[i])
}

/// Adjectives shaped like a nisba that tell a time or an order, not a family ("الماضي").
const NOT_FAMILY_NISBAS: &[&str] = &["ماضي", "حالي", "جاري", "تالي", "ثاني", "ثالث", "حقيقي", "رسمي", "سابق"];

/// Whether token `i` is shaped like a nisba family name: the article, no clitic, a stem of
/// four letters or more ending in ي that is no function word, title or adjective of time.
fn nisba_shaped_family(doc: &Document, i: usize) -> bool {
    let s = &doc.segs[i];
    let b = strip_article(&doc.bases[i]);
    let lex = lexicon();
    doc.tokens[i].kind == TokenKind::Word
        && s.article == Article::Full
        && s.prep.is_none()
        && s.conj.is_none()
        && s.enclitic.is_none()
        && b.ends_with('ي')
        // (Not a word in alif maqsura folded to ي: "المستشفى".)
        && doc.slice(doc.tokens[i].span).ends_with('ي')
        && b.chars().count() >= 4
        && !NOT_FAMILY_NISBAS.contains(&b)
        && !lex.is_stopword(&doc.bases[i])
        && lex.titles.match_at(&doc.bases[i..=i], 0).is_none()
}

fn family_like(doc: &Document, i: usize) -> bool {
    if compound_allah(doc, i, doc.tokens.len()) {
        return true;
    }
    // "سامية اليمني", "فهد الكندي": after a clear given name, a country's nisba is the family
    // name.
    if nisba_family(doc, i) {
        return true;
    }
    if verb_or_plural_shape(doc, i) {
        return false;
    }
    match name_like(doc, i, false) {
        NameLike::Strong => true,
        NameLike::Weak => {
            doc.segs[i].article != Article::None && lexicon().stems.count(strip_article(&doc.bases[i])) == 0
        }
        NameLike::No => false,
    }
}

/// Names after "يدعى", "تدعى", "المدعو" ("السيدة المصرية وتدعى سماح السيد سليم", "شاب يدعى
/// فلان"): the two or three words that follow, whatever the lexicons think of them, unless a
/// function word, punctuation or a verb of the clause ends them first.
fn called_names(doc: &Document, out: &mut Vec<RulePerson>) {
    let lex = lexicon();
    for s in &doc.sentences {
        let end = s.tokens.end;
        for i in s.tokens.start..end.saturating_sub(2) {
            let seg = &doc.segs[i];
            if seg.prep.is_some() || seg.enclitic.is_some() {
                continue;
            }
            if !matches!(&*doc.bases[i], "يدعي" | "تدعي" | "المدعو" | "المدعوه") {
                continue;
            }
            let mut j = i + 1;
            while j < end && j < i + 4 {
                let sj = &doc.segs[j];
                let b = &*doc.bases[j];
                let word = doc.tokens[j].kind == TokenKind::Word;
                let plain = sj.conj.is_none() && sj.prep.is_none() && sj.enclitic.is_none() && !sj.fut;
                let stop = lex.is_stopword(b) || lex.is_stopword(strip_article(b)) || lex.speech.at(doc, j).is_some();
                // The first word has no article; later ones may ("محمد السيد").
                if !word || !plain || stop || j == i + 1 && sj.article != Article::None {
                    break;
                }
                j += 1;
            }
            if j - (i + 1) >= 2 {
                out.push(RulePerson { name: i + 1..j, title: None, confident: true });
            }
        }
    }
}

/// The subject of a verb of saying right before what was said: "وقال خالد: «…»", "وقال
/// ذبيح الله مجاهد إن …", "وأضاف سالم أن …". One to three plain words between the verb and
/// أن/إن, a colon or a comma, the first a listed given name or a word never seen.
fn speakers(doc: &Document, out: &mut Vec<RulePerson>) {
    let lex = lexicon();
    // Tokens already in a name (a mask: searching the list per token would be quadratic).
    let mut covered = vec![false; doc.tokens.len()];
    for p in out.iter() {
        for t in p.name.clone() {
            covered[t] = true;
        }
    }
    let mut found = Vec::new();
    for s in &doc.sentences {
        let end = s.tokens.end;
        let mut i = s.tokens.start;
        while i < end {
            let Some((e, n)) = lex.speech.at(doc, i) else {
                i += 1;
                continue;
            };
            let verb = lex.speech.entry(e).pos == crate::lexicon::triggers::Pos::Verb
                && doc.segs[i].prep.is_none()
                && doc.segs[i].article == Article::None
                && doc.segs[i].enclitic.is_none();
            let j = i + n;
            i = j;
            if !verb || j >= end || covered[j] {
                continue;
            }
            let plain = |k: usize| {
                let sk = &doc.segs[k];
                doc.tokens[k].kind == TokenKind::Word
                    && sk.conj.is_none()
                    && sk.prep.is_none()
                    && sk.enclitic.is_none()
                    && !sk.fut
                    && !lex.is_stopword(&doc.bases[k])
                    && !lex.is_stopword(strip_article(&doc.bases[k]))
                    && lex.titles.match_at(&doc.bases, k).is_none()
                    && !lex.gazetteer.is_nisba(&doc.bases[k])
                    && doc.place_tokens.get(k).is_none_or(|p| !p)
                    && lex.events.at(doc, k).is_none()
                    && lex.speech.at(doc, k).is_none()
            };
            // "وقال مصدران دبلوماسيان": an unnamed source is nobody's name.
            // "وقال علي جواد الموسوي إن": "علي" with its dots opening a name.
            let ali_first = doc.light(j) == "علي" && name_like(doc, j, true) == NameLike::Strong;
            let first_ok = (plain(j) || ali_first)
                && doc.segs[j].article == Article::None
                && !crate::quotes::SOURCES.contains(&&*doc.bases[j])
                && (lex.given_names.contains(&*doc.bases[j]) || unseen_whole(doc, j));
            if !first_ok {
                continue;
            }
            let mut k = j + 1;
            while k < end
                && k < j + 3
                && (plain(k) || doc.light(k) == "علي" && name_like(doc, k, false) == NameLike::Strong)
            {
                k += 1;
            }
            // What was said starts right after the name.
            let opens = k < end
                && (matches!(doc.light(k), ":" | ",")
                    || matches!(strip_article(&doc.bases[k]), "ان" | "انه" | "انها" | "انهم"));
            if opens && !(j..k).any(|t| covered[t]) {
                found.push(RulePerson { name: j..k, title: None, confident: true });
            }
        }
    }
    out.extend(found);
}

/// Names without a title: a clear given name followed by a name-like word that is listed,
/// seen mostly inside names or never seen ("بينما خالد خوجا محسوب على قطر"), or an unseen
/// word with the article.
fn bare_names(doc: &Document, out: &mut Vec<RulePerson>) {
    // Tokens already in a name (a mask: a list of ranges searched per token was quadratic).
    let mut covered = vec![false; doc.tokens.len()];
    for p in out.iter() {
        for t in p.name.clone() {
            covered[t] = true;
        }
    }
    for s in &doc.sentences {
        let end = s.tokens.end;
        let mut i = s.tokens.start;
        while i + 1 < end {
            let inside = covered[i] || covered[i + 1];
            if inside || !clear_given_name(doc, i) || !family_like(doc, i + 1) {
                i += 1;
                continue;
            }
            let ne = name_at(doc, i, end).unwrap_or(i + 2).max(i + 2);
            out.push(RulePerson { name: i..ne, title: None, confident: true });
            i = ne;
        }
    }
}

/// The name ending right before token `end` (a comma), starting no earlier than `floor`.
fn name_before(doc: &Document, floor: usize, end: usize) -> Option<usize> {
    let mut s = end;
    // A third word seen mostly outside names ("من جانبه، وصف جان كوم،") is not the name's.
    while s > floor
        && end - s < 3
        && match name_like(doc, s - 1, false) {
            NameLike::No => false,
            NameLike::Weak => end - s < 2,
            NameLike::Strong => true,
        }
    {
        s -= 1;
    }
    // The first word of a name cannot carry the article.
    while s < end && name_like(doc, s, true) == NameLike::No {
        s += 1;
    }
    (end - s >= 2 || end - s == 1 && name_like(doc, s, true) == NameLike::Strong).then_some(s)
}

/// Turns rule persons into mentions.
pub fn mentions<'a>(doc: &Document, found: impl Iterator<Item = &'a RulePerson>) -> Vec<MentionInfo> {
    let mut out = Vec::new();
    for p in found {
        let span = Span::new(doc.stem_start(p.name.start), doc.tokens[p.name.end - 1].span.e());
        out.push(MentionInfo {
            span,
            tokens: p.name.clone(),
            kind: EntityKind::Person,
            form: MentionForm::Name,
            key: doc.bases[p.name.clone()].join(" "),
            source: Source::Rule,
            value: None,
            subtype: None,
            anchored: p.title.as_ref().is_some_and(|t| t.tokens.end == p.name.start),
        });
        // "محافظ [سوهاج] خالد حسن": the place the office governs, known or not, is a place.
        if let Some(t) = p.title.as_ref().and_then(|tp| tp.affiliation).filter(|&t| governed_place(doc, t)) {
            out.push(MentionInfo {
                span: doc.tokens[t].span,
                tokens: t..t + 1,
                kind: EntityKind::Location,
                form: MentionForm::Name,
                key: doc.bases[t].to_string(),
                source: Source::Rule,
                value: None,
                subtype: None,
                anchored: false,
            });
        }
    }
    out
}
