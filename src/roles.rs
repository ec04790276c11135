//! Roles: each person's titles and honorifics, and the affiliation they carry.
//!
//! Reads: person mentions and entities (through `Document::mentions_at`), tokens. Adds:
//! `Document::roles`, title mentions ("الرئيس الروسي" standing for the Putin it introduced,
//! indexed with the others), `Document::holders`, and persons' affiliations.
//!
//! A title is found in all the ways Arabic news writes it:
//! - before the name, chains and honorifics included ("ولي العهد نائب رئيس مجلس الوزراء وزير
//!   الدفاع الأمير محمد بن سلمان": three titles and an honorific);
//! - after the name with a comma ("كيريل دميترييف، الممثل الخاص للرئيس الروسي للاستثمار…");
//! - before the name with a comma, even around another person's title and name ("المبعوث
//!   الخاص للرئيس الروسي فلاديمير بوتين للشؤون الاقتصادية، كيريل دميترييف": the envoy title
//!   is Dmitriev's — without Putin's name —, "الرئيس الروسي" is Putin's);
//! - in a relative clause ("صندوق الاستثمارات المباشرة الروسي، الذي يرأسه كيريل دميترييف"
//!   makes him رئيس صندوق الاستثمارات المباشرة الروسي);
//! - as a predicate ("انتخاب هادي البحرة رئيسا للائتلاف");
//! - as a counterpart ("نظيره السعودي فيصل بن فرحان" after "وزير الخارجية الروسي").
//!
//! A title phrase is a title head (data/lexicon/titles.tsv) and its complements: adjectives
//! (الخاص، السابق، nisba), nouns with the article ("وزير الخارجية"), places and
//! organisations ("سفير روسيا"), and prepositional phrases ("للأمم المتحدة إلى سوريا",
//! "للاستثمار والتعاون الاقتصادي مع الدول الأجنبية").

use std::collections::HashMap;
use std::ops::Range;

use crate::doc::{Document, MentionInfo, RoleInfo, Source};
use crate::lexicon::titles::{strip_article, strip_article_key, ENVOY_HEADS};
use crate::lexicon::{lexicon, PatternForm, TitleKind};
use crate::output::{EntityKind, MentionForm, SentenceKind};
use crate::span::Span;
use crate::text::clitics::Article;
use crate::text::tokenize::TokenKind;

/// Prepositions that open a title's complement ("الممثل الخاص **للأمم** المتحدة **في** العراق").
const COMPLEMENT_PREPS: &[&str] = &["في", "الي", "عن", "لدي", "من", "مع", "علي", "باسم", "لشوون", "بشوون"];

/// How often a word must be seen in the corpus to be read as a common construct noun
/// ("قناة", "كلية", "كتلة") rather than a name.
const CONSTRUCT_MIN: u32 = 3;

/// Verbs of heading an organisation in a relative clause, and the title they give.
const HEADS: &[(&str, &str)] = &[
    ("يراس", "رئيس"),
    ("يتراس", "رئيس"),
    ("تراس", "رئيس"),
    ("يقود", "قائد"),
    ("يدير", "مدير"),
    ("تدير", "مدير"),
    ("يتزعم", "زعيم"),
    ("يمثل", "ممثل"),
    ("يراسها", "رئيس"),
];

/// A title phrase in the text.
#[derive(Debug, Clone)]
pub struct Phrase {
    /// Its tokens.
    pub tokens: Range<usize>,
    /// Token ranges inside it that name someone else (left out of its text).
    pub skip: Vec<Range<usize>>,
    /// The first title entry.
    pub entry: usize,
    /// Whether it is only an honorific.
    pub honorific: bool,
    /// A token naming the country or organisation the title is of.
    pub affiliation: Option<usize>,
}

/// Per-token facts the phrase grammar needs.
struct View<'d, 'a> {
    doc: &'d Document<'a>,
}

impl View<'_, '_> {
    /// Whether title `ph` introduces the name after it (before `b`): one that starts right
    /// after it, or after a form of address when the title names its country or body
    /// ("وزير الخارجية القطري الشيخ حمد"; but in "استقبل فلان رئيس الدولة الشيخ فلان" the
    /// office is the host's).
    fn name_next(&self, ph: &Phrase, b: usize) -> bool {
        let e = ph.tokens.end;
        // "سامح شكري وزير الخارجية المصري [وأيمن] الصفدي": a name joined by و after another's
        // title is the next item of a list, not the title's holder.
        e < b
            && (self.person_at(e).is_some()
                && !(self.doc.segs[e].conj == Some('و')
                    && ph.tokens.start > 0
                    && self.person_at(ph.tokens.start - 1).is_some())
                || ph.affiliation.is_some()
                    && e + 1 < b
                    && lexicon().titles.honorific_word_at(&self.doc.bases, e)
                    && self.person_at(e + 1).is_some_and(|m| !self.titled_after(m, b)))
    }

    /// Whether an office follows person mention `m` right after its name (before `b`): in
    /// protocol prose each name has its title after it ("استقبل الملك سلمان ملك السعودية الشيخ
    /// صباح الأحمد أمير الكويت"), so the one before a form of address is the previous name's.
    fn titled_after(&self, m: usize, b: usize) -> bool {
        let end = self.doc.mentions[m].tokens.end;
        end < b && phrase_at(self, end, b).is_some_and(|p| !p.honorific)
    }

    /// The person mention (by name, not by title) covering token `t`.
    fn person_at(&self, t: usize) -> Option<usize> {
        let doc = self.doc;
        doc.mentions_at(t).rev().find(|&m| {
            let m = &doc.mentions[m];
            m.kind == EntityKind::Person && m.form != MentionForm::Title
        })
    }

    /// The place or organisation mention (not a nisba) covering token `t`, the first one.
    fn place_at(&self, t: usize) -> Option<usize> {
        let doc = self.doc;
        doc.mentions_at(t).find(|&m| {
            let m = &doc.mentions[m];
            matches!(m.kind, EntityKind::Location | EntityKind::Organization) && m.form != MentionForm::Nisba
        })
    }

    fn word(&self, t: usize) -> bool {
        self.doc.tokens[t].kind == TokenKind::Word
    }

    /// Whether token `t` is part of a date, time or amount: a title never runs into one
    /// ("وزير الدولة لشؤون الدفاع [اليوم] جون هيلي").
    fn time_at(&self, t: usize) -> bool {
        let doc = self.doc;
        doc.mentions_at(t)
            .any(|m| matches!(doc.mentions[m].kind, EntityKind::Date | EntityKind::Money | EntityKind::Percent))
    }

    /// Whether token `t` is a common noun in the indefinite accusative ("اتصالًا", "وفدًا"):
    /// the object of the verb after a title, never part of it.
    fn accusative(&self, t: usize) -> bool {
        let doc = self.doc;
        let s = &doc.segs[t];
        if s.article != Article::None || s.enclitic.is_some() || doc.mentions_at(t).next().is_some() {
            return false;
        }
        let text = doc.tokens[t].span.of(doc.text);
        // "اتصالا هاتفيا": an event's noun with the accusative's alif.
        let event = doc.bases[t].ends_with('ا') && lexicon().events.at(doc, t).is_some();
        text.contains('\u{064B}') || event || crate::ner::rules::accusative_of_word(&doc.bases[t])
    }

    /// Whether a title starts at `t` (on the base, so "للرئيس" starts "الرئيس").
    fn title_at(&self, t: usize, limit: usize) -> Option<(usize, usize)> {
        if t >= limit || !self.word(t) {
            return None;
        }
        // "أمام النواب" (before the deputies) is spelled like "إمام" (an imam) once folded.
        if crate::lexicon::titles::strip_article(self.doc.light(t)).starts_with("أمام") {
            return None;
        }
        // "رئيس مجلس إدارتها", "رئيسها التنفيذي": a title that says "its" in place of the
        // article.
        if let Some(m) = crate::ner::rules::possessed_title(self.doc, t, limit) {
            return Some(m);
        }
        if self.doc.segs[t].enclitic.is_some() {
            return None;
        }
        // "مطار الملك خالد الدولي": a title inside a place's name holds no office. (A form of
        // address the tagger ran a place into, "أمير [قطر الشيخ] تميم", still is one.)
        let inside_place = || {
            self.doc.mentions_at(t).any(|m| {
                let m = &self.doc.mentions[m];
                m.kind == EntityKind::Location && m.tokens.start < t
            })
        };
        // "وكيلة الأمين العام": a title opening with و the segmenter read as "and".
        if let Some(m) = title_whole_at(self.doc, t, limit) {
            return Some(m);
        }
        lexicon()
            .titles
            .match_at(&self.doc.bases[t..limit], 0)
            .filter(|&(_, e)| lexicon().titles.entry(e).kind == TitleKind::Honorific || !inside_place())
    }

    /// A bare title (no clitic but the article) at `t`: a boundary between chained titles.
    fn chain_head(&self, t: usize, limit: usize) -> bool {
        let s = &self.doc.segs[t];
        s.conj.is_none() && s.prep.is_none() && self.title_at(t, limit).is_some()
    }

    /// A title joined by و at `t` ("…ووزير الطاقة"), or a bare one: the next link of a chain.
    fn chain_link(&self, t: usize, limit: usize) -> bool {
        let s = &self.doc.segs[t];
        matches!(s.conj, None | Some('و')) && s.prep.is_none() && self.title_at(t, limit).is_some()
    }

    fn is_modifier(&self, t: usize) -> bool {
        let b = &*self.doc.bases[t];
        let s = &self.doc.segs[t];
        // "الرئيس المنتهية ولايته": whose term ends.
        if matches!(self.doc.key(t), "ولايته" | "ولايتها") && t > 0 && &*self.doc.bases[t - 1] == "المنتهيه"
        {
            return true;
        }
        // "المبعوث الدولي والعربي": one joined by و to a modifier before it.
        let joined = s.conj == Some('و') && s.article != Article::None && t > 0 && self.is_modifier(t - 1);
        (s.conj.is_none() || joined)
            && s.prep.is_none()
            && s.enclitic.is_none()
            && (crate::ner::rules::TITLE_MODIFIERS.contains(&b)
                || crate::ner::rules::RULE_MODIFIERS.contains(&b)
                || lexicon().gazetteer.is_nisba(b))
    }

    /// A noun with the article that can complement a title ("الخارجية", "الوزراء",
    /// "الاستثمار"), not a person's name, not a verb.
    /// The end of the modifiers from token `k` on, and the first nisba among them.
    fn modifiers_end(&self, mut k: usize, limit: usize) -> (usize, Option<usize>) {
        let mut nisba = None;
        while k < limit && self.is_modifier(k) {
            if lexicon().gazetteer.is_nisba(&self.doc.bases[k]) {
                nisba.get_or_insert(k);
            }
            k += 1;
        }
        (k, nisba)
    }

    fn is_article_noun(&self, t: usize) -> bool {
        let s = &self.doc.segs[t];
        self.word(t) && s.article != Article::None && s.enclitic.is_none() && self.person_at(t).is_none()
    }

    /// A construct noun without the article inside a title ("رئيس **مجلس** **إدارة** الشركة"):
    /// a common word (seen often in the corpus) that is not a name.
    fn is_construct_noun(&self, t: usize) -> bool {
        let s = &self.doc.segs[t];
        let lex = lexicon();
        let b = strip_article(&self.doc.bases[t]);
        self.word(t)
            && s.article == Article::None
            && s.conj.is_none()
            && s.prep.is_none()
            && s.enclitic.is_none()
            && self.person_at(t).is_none()
            && !lex.is_stopword(b)
            // A head noun of bodies ("جامعة", "شركة"), however often seen inside names.
            && (crate::ner::orgs::is_head(self.doc, t)
                || lex.stems.count(b) >= CONSTRUCT_MIN
                    && lex.stems.entity_share(b).unwrap_or(0.0) < 0.5
                    && !b.starts_with(['ي', 'ت']))
    }

    /// The same after the conjunction و ("و**شؤون** المغتربين").
    fn is_construct_noun_after_conj(&self, t: usize) -> bool {
        let s = &self.doc.segs[t];
        let lex = lexicon();
        let b = strip_article(&self.doc.bases[t]);
        self.word(t)
            && s.conj == Some('و')
            && s.article == Article::None
            && s.prep.is_none()
            && s.enclitic.is_none()
            && !lex.is_stopword(b)
            && lex.stems.count(b) >= CONSTRUCT_MIN
            && lex.stems.entity_share(b).unwrap_or(0.0) < 0.5
            && !b.starts_with(['ي', 'ت'])
    }

    /// The same under a preposition clitic ("**ب**جامعة الأزهر").
    fn is_construct_noun_under_prep(&self, t: usize) -> bool {
        let s = &self.doc.segs[t];
        let lex = lexicon();
        let b = strip_article(&self.doc.bases[t]);
        self.word(t)
            && s.prep.is_some()
            && s.article == Article::None
            && s.conj.is_none()
            && s.enclitic.is_none()
            && self.person_at(t).is_none()
            && !lex.is_stopword(b)
            && lex.stems.count(b) >= CONSTRUCT_MIN
            && (lex.stems.entity_share(b).unwrap_or(0.0) < 0.5 || self.place_at(t + 1).is_some())
    }
}

/// Longest title, in words, looked for at once.
const TITLE_WINDOW: usize = 8;

/// The title phrase starting at `i` (a title head) and ending before `limit`.
fn phrase_at(v: &View, i: usize, limit: usize) -> Option<Phrase> {
    let doc = v.doc;
    let lex = lexicon();
    let (n, entry) = v.title_at(i, limit)?;
    // "المسؤول عن الهجمات": the one responsible for something, no office.
    if matches!(strip_article(&doc.bases[i]), "مسؤول" | "مسؤوله" | "مسوول") && i + n < limit && doc.key(i + n) == "عن"
    {
        return None;
    }
    // "جائزة أفضل ممثل للروسي فلان": a superlative makes the title an award's category.
    if i > 0 && matches!(&*doc.bases[i - 1], "افضل" | "احسن") {
        return None;
    }
    // "المكتب الإعلامي لرئيس الوزراء": an occupation shaped like an adjective (a nisba) with
    // the article right after a body's head noun with it is that body's adjective. (Not a
    // rank or a form of address: "رئيس المحكمة المستشار فلان".)
    let nisba_shaped = {
        let w = strip_article(&doc.bases[i]);
        n == 1 && (w.ends_with('ي') || w.ends_with("يه")) && w.chars().count() >= 4
    };
    if i > 0
        && nisba_shaped
        && lex.titles.entry(entry).kind == TitleKind::Title
        && doc.segs[i].article != Article::None
        && doc.segs[i].conj.is_none()
        && doc.segs[i].prep.is_none()
        && doc.segs[i - 1].article != Article::None
        && crate::ner::orgs::is_head(doc, i - 1)
    {
        return None;
    }
    let mut honorific = lex.titles.entry(entry).kind == TitleKind::Honorific;
    let mut j = i + n;
    let mut skip = Vec::new();
    let mut affiliation = None;
    let mut in_pp = false;
    let mut guard = 0;
    while j < limit && guard < 40 {
        guard += 1;
        let s = &doc.segs[j];
        // A name or an acronym set off after a body's name: "رئيس حزب «التقدم» فلان",
        // "القيادي في حركة المقاومة الإسلامية (حماس) فلان".
        if j > i && matches!(doc.light(j), "\"" | "«" | "(") {
            let closing: &[&str] = if doc.light(j) == "(" { &[")"] } else { &["\"", "»"] };
            if let Some(c) = (j + 2..limit.min(j + 6)).find(|&k| closing.contains(&doc.light(k))) {
                // Not a blessing after a ruler's title ("رئيس الدولة "حفظه الله"").
                let blessing = (j + 1..c).any(|k| &*doc.bases[k] == "الله");
                if !blessing && (j + 1..c).all(|k| v.word(k) || doc.tokens[k].kind == TokenKind::Foreign) {
                    j = c + 1;
                    continue;
                }
            }
        }
        if !v.word(j) || v.time_at(j) || v.accusative(j) {
            break;
        }
        // "وزير الخارجية [نظيره] المصري", "وزير الخارجية [مع نظيره] الأردني": the one met,
        // his counterpart, is no part of his title.
        let counterpart_at = |k: usize| k < limit && COUNTERPART.contains(&strip_article(&doc.bases[k]));
        if j > i
            && s.conj.is_none()
            && (doc.segs[j - 1].article != Article::None && counterpart_at(j)
                || &*doc.bases[j] == "مع" && counterpart_at(j + 1))
        {
            break;
        }
        // "المتحدث باسم [الأمين العام للأمم المتحدة]": whom a spokesman speaks for is part of
        // his title, and a title there is someone else's, like one after a preposition.
        if j == i + n && doc.key(j - 1) == "باسم" {
            if let Some((m, _)) = v.title_at(j, limit) {
                honorific = false;
                // A name right after is the spokesman's ("المتحدث باسم الرئيس الروسي دميتري
                // بيسكوف"), so the phrase ends before it.
                j = v.modifiers_end(j + m, limit).0;
                in_pp = true;
                continue;
            }
            // "المتحدثة باسم أشتون": a name right after is whom the spokesman speaks for.
            if let Some(pm) = v.person_at(j).filter(|&pm| doc.mentions[pm].tokens.start == j) {
                j = doc.mentions[pm].tokens.end.min(limit);
                in_pp = true;
                continue;
            }
        }
        // "رئيسة الفريق البحثي": a title that is also a common noun, with the article right
        // after a head, is its genitive ("the team"), not a second title.
        let genitive_noun = j == i + n
            && doc.segs[j].article != Article::None
            && v.title_at(j, limit).is_some_and(|(m, e)| m == 1 && lex.titles.entry(e).ambiguous);
        // "نائبة محافظ البنك", "مساعد وزير الخارجية": a deputy's office is the next title's.
        let deputy = j == i + n
            && n == 1
            && matches!(strip_article(&doc.bases[i]), "نائب" | "نائبه" | "مساعد" | "مساعده" | "وكيل" | "وكيله");
        // "مستشار [الرئيس الأمريكي]", "مبعوث [الأمين العام]": a head in construct with a title
        // that has the article is that person's adviser or envoy, not a chain of two offices.
        // Also through a noun in construct ("مدير مكتب [رئيس الوزراء]"), and with an office
        // made definite by its own genitive ("رئيس الوزراء").
        let through_noun = j == i + n + 1 && v.is_construct_noun(j - 1);
        let definite_title = doc.segs[j].article != Article::None
            || v.title_at(j, limit).is_some_and(|(m, _)| m >= 2 && doc.segs[j + m - 1].article != Article::None);
        let construct_title = (j == i + n || through_noun)
            && doc.segs[j - 1].article == Article::None
            && doc.segs[j - 1].enclitic.is_none()
            && (doc.segs[j].article != Article::None || definite_title)
            && !genitive_noun
            && !deputy
            && lex.titles.entry(entry).kind == TitleKind::Title
            && v.chain_head(j, limit);
        if v.chain_head(j, limit) && j > i && !genitive_noun && !deputy && !construct_title {
            break; // another title in a chain: its own role
        }
        // "وقال فلان المتحدث باسم وزارة الداخلية [لوكالة فرانس برس]", "… [للصحفيين]": whom
        // he spoke to, after a complement or to reporters, is no part of his title.
        if s.prep == Some('ل') && s.conj.is_none() {
            let w = strip_article(&doc.bases[j]);
            let reporters = matches!(w, "صحفيين" | "صحافيين" | "صحافه" | "اعلاميين" | "مراسلين")
                && !crate::ner::orgs::is_head(doc, j - 1);
            // (A news agency is named with no article after "وكالة": not "للوكالة الدولية للطاقة
            // الذرية", a body of the title's own.)
            let agency = w == "وكاله" && j + 1 < limit && doc.segs[j + 1].article == Article::None;
            let outlet =
                (in_pp || j > i + n + 1) && (agency || matches!(w, "صحيفه" | "قناه" | "اذاعه" | "تلفزيون" | "شبكه"));
            if reporters || outlet {
                break;
            }
        }
        if v.is_modifier(j) {
            if lex.gazetteer.is_nisba(&doc.bases[j]) {
                affiliation.get_or_insert(j);
            }
            j += 1;
            continue;
        }
        if let Some(m) = v.place_at(j) {
            let m = &doc.mentions[m];
            if s.conj.is_none() && m.tokens.start == j {
                affiliation.get_or_insert(j);
                j = m.tokens.end;
                in_pp |= s.prep.is_some();
                continue;
            }
        }
        // A prepositional complement: "للأمم المتحدة", "في العراق", "إلى سوريا".
        if s.prep.is_some() && s.conj.is_none() || construct_title {
            if let Some((m, _)) = v.title_at(j, limit) {
                // "للرئيس الروسي [فلاديمير بوتين]": another person's title inside this one.
                honorific = false;
                let (mut k, nisba) = v.modifiers_end(j + m, limit);
                if let Some(n) = nisba {
                    affiliation.get_or_insert(n);
                }
                if let Some(p) = v.person_at(k) {
                    let end = doc.mentions[p].tokens.end;
                    // "الموفد الشخصي للرئيس الفرنسي [جان إيف لودريان]": a name that ends the
                    // phrase is the envoy's, unless the list knows it as the holder of the
                    // inner title ("مستشار الرئيس الأمريكي دونالد ترامب"); a name the phrase
                    // goes on after ("… فلاديمير بوتين للشؤون الاقتصادية، كيريل") is the inner one.
                    let goes_on = end < doc.tokens.len() && (doc.light(end) == "," || doc.segs[end].prep == Some('ل'));
                    let envoys = !goes_on && !holds_listed(doc, p, strip_article(&doc.bases[j]));
                    if envoys && k <= limit {
                        j = k;
                        break;
                    }
                    if end > limit {
                        break;
                    }
                    skip.push(k..end);
                    k = end;
                }
                j = k;
                in_pp = true;
                continue;
            }
            if s.article != Article::None || v.is_construct_noun(j) || v.place_at(j).is_some() {
                in_pp = true;
                j += 1;
                continue;
            }
            // "الرئيس التنفيذي لشركة معادن، خالد المديفر": a construct noun under the
            // preposition and the one-word name of its body, closing the phrase.
            if v.is_construct_noun_under_prep(j)
                && j + 2 == limit
                && v.word(j + 1)
                && !doc.segs[j + 1].is_split()
                && !lex.is_stopword(&doc.bases[j + 1])
                && matches!(
                    lexicon().org_words.get(strip_article(&doc.bases[j])),
                    Some(crate::lexicon::OrgWord::Head | crate::lexicon::OrgWord::WeakHead)
                )
            {
                if let Some(m) = v.place_at(j + 1) {
                    affiliation.get_or_insert(doc.mentions[m].tokens.start);
                }
                j += 2;
                break;
            }
            // "بجامعة الأزهر", "لنادي الكويت": a construct noun under the preposition.
            if v.is_construct_noun_under_prep(j)
                && strip_article(&doc.bases[j]) != "منصب"
                && !(j > i && lex.gazetteer.is_nisba(&doc.bases[j - 1]))
                && j + 1 < limit
                && (v.is_article_noun(j + 1) || v.place_at(j + 1).is_some())
            {
                in_pp = true;
                j += 1;
                continue;
            }
            break;
        }
        let key = strip_article(&doc.bases[j]);
        // "المبعوث الأمريكي إلى سوريا", but "وصل فلان وزير الخارجية الفرنسي [إلى مسقط]": only
        // an envoy's title goes on with where he is sent.
        let sent_to = &*doc.bases[j] == "الي" && !(i..j).any(|t| ENVOY_HEADS.contains(&strip_article(&doc.bases[t])));
        if s.conj.is_none() && COMPLEMENT_PREPS.contains(&&*doc.bases[j]) && j + 1 < limit && !sent_to {
            // "على" is the head's own complement ("المشرف على المشروع"), not one after a
            // genitive ("لاعب نادي الكويت [على لقب أفضل لاعب]" is what he won).
            if &*doc.bases[j] == "علي" && !(i + n..j).all(|t| v.is_modifier(t)) {
                break;
            }
            let next = j + 1;
            if v.is_article_noun(next) || v.place_at(next).is_some() || v.is_construct_noun(next) {
                in_pp = true;
                j = next;
                continue;
            }
            break;
        }
        // "و" + a noun with the article continues a complement ("للاستثمار والتعاون") or a
        // genitive ("عميد كلية الشريعة والقانون").
        // The genitive may be the title's own last word ("وزير الطاقة [والمناجم]").
        let after_genitive = j > i + n && v.is_article_noun(j - 1) && !v.is_modifier(j - 1)
            // "وزير الشؤون الخارجية [والتعاون]": the genitive with its adjective.
            || j >= i + n + 2 && v.is_modifier(j - 1) && v.is_article_noun(j - 2) && !v.is_modifier(j - 2)
            // A head in construct ("وزير"), not one with adjectives ("الأمين العام").
            || j == i + n && n >= 2 && doc.segs[i].article == Article::None && doc.segs[j - 1].article != Article::None;
        if s.conj == Some('و')
            && (in_pp || after_genitive)
            && s.article != Article::None
            && s.enclitic.is_none()
            && s.prep.is_none()
            && v.person_at(j).is_none()
            && v.title_at(j, limit).is_none()
        {
            j += 1;
            continue;
        }
        // "وزير الخارجية [وشؤون المغتربين]": a coordinated noun in construct with its own
        // genitive.
        if s.conj == Some('و')
            && (in_pp || after_genitive)
            && s.article == Article::None
            && s.enclitic.is_none()
            && s.prep.is_none()
            && j + 1 < limit
            && v.person_at(j).is_none()
            && v.title_at(j, limit).is_none()
            && v.is_construct_noun_after_conj(j)
            && v.is_article_noun(j + 1)
        {
            j += 2;
            continue;
        }
        // Coordinated heads share their complement ("أستاذ ورئيس قسم الفقه المقارن").
        if s.conj == Some('و') && s.prep.is_none() && j == i + n {
            if let Some((m, _)) = v.title_at(j, limit) {
                j += m;
                continue;
            }
        }
        // (Not after a nisba, which ended the genitives: "وصف وزير الخارجية البحريني
        // [الاتفاقية]" is the verb's object.)
        // Before the holder's name it is an adjective ("الرئيس العراقي [المخلوع] صدام حسين"),
        // as is a word shaped like one, a participle or an elative ("اللاعب المصري [المحترف]
        // في ليفربول", "[الأسبق]").
        let adjective_shaped = {
            let w = strip_article(&doc.bases[j]);
            let n = w.chars().count();
            w.starts_with('م') && n >= 4 || w.starts_with('ا') && n == 4
        };
        let ended = j + 1 < limit && lex.gazetteer.is_nisba(&doc.bases[j - 1]) && !adjective_shaped;
        if s.conj.is_none() && v.is_article_noun(j) && !ended {
            j += 1;
            continue;
        }
        // "مدير قناة نسمة [نبيل القروي]": a construct noun and the one-word name of its
        // organisation, right before the holder's name.
        let named_genitive = j + 2 == limit
            && v.person_at(limit).is_some()
            && v.word(j + 1)
            && !doc.segs[j + 1].is_split()
            && !lex.is_stopword(&doc.bases[j + 1]);
        if s.conj.is_none()
            && j + 1 == limit
            && j > i + n
            && v.is_construct_noun(j - 1)
            && v.person_at(limit).is_some()
            && v.word(j)
            && !s.is_split()
            && !lex.is_stopword(&doc.bases[j])
        {
            j += 1;
            continue;
        }
        // (Not after a word with the article, which ended the genitives: "عرض فلان وزير
        // الصحة [خطة الوزارة]" is the verb's object.)
        if s.conj.is_none()
            && v.is_construct_noun(j)
            && (doc.segs[j - 1].article == Article::None
                || j + 2 == limit
                // (a preposition the segmenter left on it: "وزير الدولة [لشؤون] الإعلام")
                || doc.slice(doc.tokens[j].span).starts_with(['ل', 'ب']))
            && j + 1 < limit
            && (v.is_article_noun(j + 1)
                || v.is_construct_noun(j + 1)
                || v.place_at(j + 1).is_some()
                || named_genitive
                || crate::ner::orgs::is_head(doc, j) && matches!(doc.light(j + 1), "\"" | "«"))
        {
            j += 1;
            continue;
        }
        let _ = key;
        break;
    }
    // "أمير قطر", "أمير دولة الكويت", "أمير منطقة الرياض": the prince's word without the
    // article, governing a place, is the office of the one who rules it, not a form of address.
    // "أمير البلاد" too: the country the article is about.
    let the_country = i + 1 < limit && &*doc.bases[i + 1] == "البلاد";
    if honorific
        && (affiliation.is_some() || the_country)
        && doc.segs[i].article == Article::None
        && matches!(strip_article(&doc.bases[i]), "امير" | "اميره")
    {
        if the_country && j == i + 1 {
            j = i + 2;
        }
        honorific = false;
    }
    Some(Phrase { tokens: i..j, skip, entry, honorific, affiliation })
}

/// Whether the person of mention `p` is listed in the gazetteer with an office whose head is
/// `head` (folded, article stripped: "رئيس" for "الرئيس الفرنسي").
fn holds_listed(doc: &Document, p: usize, head: &str) -> bool {
    let lex = lexicon();
    let concept = doc.mention_entity.get(p).copied().flatten().and_then(|e| doc.entities[e].concept);
    concept.and_then(|c| lex.gazetteer.concept(c).office.as_deref()).is_some_and(|office| {
        let k = crate::text::normalize::key(office);
        k.split_whitespace().next().map(strip_article) == Some(head)
    })
}

/// The text of a phrase as a title: clitics off its first word ("للرئيس" → "الرئيس"), names
/// of other people inside it left out.
pub fn phrase_text(doc: &Document, p: &Phrase) -> String {
    let mut out = String::new();
    let mut t = p.tokens.start;
    let mut prev_end: Option<usize> = None;
    while t < p.tokens.end {
        if let Some(r) = p.skip.iter().find(|r| r.start == t) {
            t = r.end;
            prev_end = None;
            continue;
        }
        // Between two words, the text as written (so marks keep their place: "(حماس)",
        // "«التقدم»"); a single space where a name inside was left out.
        match prev_end {
            Some(e) => out.push_str(&doc.text[e..doc.tokens[t].span.s()]),
            None if !out.is_empty() => out.push(' '),
            None => {}
        }
        // A title read whole though it starts with و ("وزيرا") keeps its first letter.
        if t == p.tokens.start && !accusative_title_whole(doc, t) && !title_whole(doc, t, p.tokens.end) {
            out.push_str(&word_without_proclitics(doc, t));
        } else {
            out.push_str(doc.slice(doc.tokens[t].span));
        }
        prev_end = Some(doc.tokens[t].span.e());
        t += 1;
    }
    out
}

/// A word as written, its conjunction and preposition removed and an elided article restored.
pub fn word_without_proclitics(doc: &Document, t: usize) -> String {
    let seg = &doc.segs[t];
    let text = doc.slice(doc.tokens[t].span);
    if seg.article == Article::Elided {
        let light = doc.light(t);
        return format!("ال{}", seg.stem(light));
    }
    let start = doc.stem_start(t) - doc.tokens[t].span.s();
    text.get(start..).unwrap_or(text).to_string()
}

/// A role found for a person mention.
struct Found {
    mention: usize,
    phrase: Phrase,
    /// Constructed title text (relative clauses, predicates, counterparts), when it is not the
    /// phrase's own text.
    text: Option<String>,
}

/// Left titles of a person mention starting at `s` in sentence `[a, b)`: honorifics, then
/// chained titles, possibly across a comma.
fn left_titles(v: &View, mi: usize, s: usize, a: usize, out: &mut Vec<Found>) {
    let lex = lexicon();
    // "سامح شكري وزير الخارجية المصري [وأيمن] الصفدي", "وفدا ضم نبيه بري رئيس مجلس النواب
    // اللبناني وفؤاد السنيورة": a title between a name and a name joined by و is the apposition
    // of the name before it; the second one's would follow the و ("ووزير الخارجية أيمن
    // الصفدي"). (With no name before the title, the و may be the name's first letter: "الرئيس
    // الأمريكي الأسبق وودرو ويلسون".)
    if v.doc.segs[s].conj == Some('و') {
        let lo = s.saturating_sub(12).max(a + 1);
        if let Some(ph) = (lo..s).find_map(|h| phrase_at(v, h, s).filter(|ph| ph.tokens.end == s)) {
            let h = ph.tokens.start;
            if let Some(prev) = v.person_at(h - 1).filter(|&p| p != mi && v.doc.mentions[p].tokens.end == h) {
                if !ph.honorific && !out.iter().any(|f| f.mention == prev && f.phrase.tokens == ph.tokens) {
                    out.push(Found { mention: prev, phrase: ph, text: None });
                }
                return;
            }
        }
    }
    // Titles found for this mention are those pushed from here on.
    let found_before = out.len();
    let mut p = s;
    // A name set off in quotation marks ("القيادي في الحركة "أبو عبيدة""): the title stands
    // before the opening mark.
    let name_end = v.doc.mentions[mi].tokens.end;
    let quoted = p > a + 1
        && matches!(v.doc.light(p - 1), "\"" | "«")
        && name_end < v.doc.tokens.len()
        && matches!(v.doc.light(name_end), "\"" | "»");
    if quoted {
        p -= 1;
    }
    // An abbreviated honorific with its period: "وزير الاقتصاد د. علاء الرفاتي".
    if p >= a + 2 && v.doc.light(p - 1) == "." {
        if let Some((1, e)) = v.title_at(p - 2, p - 1) {
            if lex.titles.entry(e).kind == TitleKind::Honorific {
                out.push(Found {
                    mention: mi,
                    phrase: Phrase { tokens: p - 2..p - 1, skip: vec![], entry: e, honorific: true, affiliation: None },
                    text: None,
                });
                p -= 2;
            }
        }
    }
    // Honorifics right before the name.
    loop {
        let mut hit = None;
        for h in (p.saturating_sub(3).max(a)..p).rev() {
            if let Some((n, e)) = v.title_at(h, p) {
                if h + n == p && lex.titles.entry(e).kind == TitleKind::Honorific {
                    hit = Some(h);
                }
            }
        }
        match hit {
            Some(h) => {
                let (_, e) = v.title_at(h, p).unwrap_or((0, 0));
                out.push(Found {
                    mention: mi,
                    phrase: Phrase { tokens: h..p, skip: vec![], entry: e, honorific: true, affiliation: None },
                    text: None,
                });
                p = h;
            }
            None => break,
        }
    }
    // A title with a possessive right before the name: "برفقة ملاحه الألماني فلان", "محمد
    // مرسي ونائبه محمود مكي".
    for h in (p.saturating_sub(4).max(a)..p).rev() {
        let seg = &v.doc.segs[h];
        if !v.word(h) || !matches!(seg.enclitic_str(), Some("ه" | "ها")) || seg.conj.is_some_and(|c| c != 'و') {
            continue;
        }
        let Some((1, e)) = lex.titles.match_at(&v.doc.bases[h..p], 0) else { break };
        // Its modifiers, and where it serves: "سفيرها [لدى الرياض] فلان".
        let mut k = h + 1;
        while k < p && v.is_modifier(k) {
            k += 1;
        }
        if k + 1 < p && matches!(&*v.doc.bases[k], "لدي" | "في") && v.place_at(k + 1).is_some() {
            k = v.doc.mentions[v.place_at(k + 1).expect("checked")].tokens.end;
        }
        if lex.titles.entry(e).kind == TitleKind::Honorific || k != p {
            break;
        }
        let mut affiliation = (h + 1..p).find(|&t| lex.gazetteer.is_nisba(&v.doc.bases[t]));
        // "جامعة …، وقال رئيسها فلان": the pronoun is the organisation named last before it,
        // and the title is its head's ("رئيس جامعة …").
        let doc = v.doc;
        let body = doc.mentions[..]
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == EntityKind::Organization && m.tokens.end <= h && h - m.tokens.end <= 40)
            .max_by_key(|(_, m)| m.tokens.end)
            .and_then(|(k, m)| doc.mention_entity.get(k).copied().flatten().map(|e| (e, m.tokens.start)));
        let text = body.filter(|_| h + 1 == p).map(|(org, at)| {
            affiliation = Some(at);
            format!("{} {}", lex.titles.entry(e).form, doc.entities[org].name)
        });
        out.push(Found {
            mention: mi,
            phrase: Phrase { tokens: h..p, skip: vec![], entry: e, honorific: false, affiliation },
            text,
        });
        return;
    }
    // "وقال محامي العادلي، عصام البطاوي،": a title relating its holder to someone (a lawyer
    // to a client) names, right after it, whom it relates to; the holder is the name set off
    // after that one by a comma.
    let relational = |h: usize| {
        v.word(h)
            && v.doc.segs[h].enclitic.is_none()
            && matches!(strip_article(&v.doc.bases[h]), "محامي" | "محاميه" | "محام")
            && v.title_at(h, h + 1).is_some()
    };
    let me = &v.doc.mentions[mi];
    let holder_after = me.tokens.end + 1 < v.doc.tokens.len()
        && v.doc.light(me.tokens.end) == ","
        && v.person_at(me.tokens.end + 1).is_some_and(|o| o != mi);
    if p > a && relational(p - 1) && holder_after {
        return;
    }
    if p >= a + 3 && v.doc.light(p - 1) == "," {
        if let Some(client) = v.person_at(p - 2).filter(|&o| o != mi) {
            let cs = v.doc.mentions[client].tokens.start;
            if cs > a && relational(cs - 1) {
                if let Some((_, e)) = v.title_at(cs - 1, cs) {
                    out.push(Found {
                        mention: mi,
                        phrase: Phrase {
                            tokens: cs - 1..p - 1,
                            skip: vec![],
                            entry: e,
                            honorific: false,
                            affiliation: None,
                        },
                        text: None,
                    });
                    return;
                }
            }
        }
    }
    // A comma between a long title and the name: "…للشؤون الاقتصادية، كيريل دميترييف".
    let mut end = p;
    let mut comma = false;
    // "مدرب الأهلي، الإسباني خوسيه ريبيرو": the holder's nationality between the comma and
    // the name is no title of its own.
    let mut q = p;
    while q > a + 1 && p - q < 2 && lex.gazetteer.is_nisba(&v.doc.bases[q - 1]) && v.doc.segs[q - 1].conj.is_none() {
        q -= 1;
    }
    if q < p && v.doc.light(q - 1) == "," {
        end = q;
    }
    // "خالد حسن وزير الخارجية، وأحمد سالم وزير المالية": a name joined with و after a comma
    // opens the next item of a list; the title before the comma is the last item's.
    let coordinated = v.doc.segs[p.min(end)].conj == Some('و');
    if end > a && v.doc.light(end - 1) == "," {
        if coordinated {
            return;
        }
        end -= 1;
        comma = true;
    }
    // The country of the title read last: "استقبل الرئيس اللبناني المبعوث الأمريكي فلان" are
    // two people's titles, the subject's and the guest's, not one chain.
    let country = |t: Option<usize>| {
        t.and_then(|t| lex.gazetteer.lookup(&v.doc.bases[t]))
            .filter(|p| lex.gazetteer.concept(p.concept).sub == crate::lexicon::GazKind::Country)
            .map(|p| p.concept)
    };
    let mut last_country = None;
    for _ in 0..4 {
        let lo = end.saturating_sub(30).max(a);
        let best = (lo..end).find(|&h| phrase_at(v, h, end).is_some_and(|ph| ph.tokens.end == end));
        match best {
            Some(h) => {
                let ph = phrase_at(v, h, end).expect("checked above");
                // "مايا كوسيانيتش، المتحدثة باسم [أشتون]": the name right after "باسم" is whom
                // the spokesman speaks for, not the spokesman.
                if ph.tokens.end == p && v.doc.key(p - 1) == "باسم" {
                    break;
                }
                let here = country(ph.affiliation);
                if last_country.is_some() && here.is_some() && here != last_country {
                    break;
                }
                // "محمد بن زايد [رئيس الدولة] الرئيس الإيطالي ماتاريلا": a chained title right
                // after another person's name is that person's, in apposition.
                // (A form of address alone makes no chain for an office of a country or body:
                // "حسني مبارك وزير الخارجية القطري الشيخ حمد بن جاسم" is Hamad's title.)
                let limit = v.doc.sentence_of(s).map_or(v.doc.tokens.len(), |k| v.doc.sentences[k].tokens.end);
                let chained_part = out.len() > found_before
                    && (ph.affiliation.is_none()
                        || out[found_before..].iter().any(|f| !f.phrase.honorific)
                        || v.titled_after(mi, limit));
                if chained_part && h > a && v.person_at(h - 1).is_some_and(|p| p != mi) {
                    break;
                }
                // Nor the titles set off after another's name ("محمد علي، وزير الرياضة ورئيس
                // اللجنة الأولمبية، رئيس الاتحاد الدولي جاك روغ": the first two are his).
                if comma
                    && chained_part
                    && (a + 1..=h)
                        .rev()
                        .take(8)
                        .any(|k| v.doc.light(k - 1) == "," && k >= a + 2 && v.person_at(k - 2).is_some_and(|p| p != mi))
                {
                    break;
                }
                // "والتقى [الوزير] قائد الجيش السوري حسن عبدي": a bare office right after a verb
                // that takes a person as its object is the verb's subject, not one more title.
                let after_verb = h > a
                    && lex.events.at(v.doc, h - 1).is_some_and(|(e, _)| {
                        let t = lex.events.entry(e);
                        t.pos == crate::lexicon::triggers::Pos::Verb
                            && matches!(t.frame.as_str(), "host-guest" | "agent-with")
                    });
                if chained_part && after_verb && ph.tokens.len() == 1 && v.doc.segs[h].article != Article::None {
                    break;
                }
                // "استقبل [رئيس الوزراء] وزير الخارجية الأردني أيمن الصفدي": nor an office of
                // no country there before one of another country.
                if chained_part && after_verb && last_country.is_some() && here.is_none() {
                    break;
                }
                // "وكان في استقبال [المسؤول الفرنسي بالمطار] يوسف العلمي": a common-noun title
                // with its nationality and then more words is the one named before, not a
                // title of the name after it ("المسؤول الأمريكي جون سميث" is).
                let lex_entry = lex.titles.entry(ph.entry);
                let located_after_nisba = |t: usize| {
                    ph.tokens.contains(&t)
                        && t + 1 < ph.tokens.end
                        && lex.gazetteer.is_nisba(&v.doc.bases[t])
                        && (v.doc.segs[t + 1].prep == Some('ب') || v.doc.key(t + 1) == "في")
                        // (A body or a place named is where the office is: "الممثل الأمريكي في
                        // الأمم المتحدة جون بولتون".)
                        && v.place_at(t + 1).is_none()
                        && (t + 2 >= ph.tokens.end || v.place_at(t + 2).is_none())
                };
                if lex_entry.ambiguous && ph.affiliation.is_some_and(located_after_nisba) {
                    break;
                }
                last_country = here.or(last_country);
                let chained = ph.tokens.start;
                out.push(Found { mention: mi, phrase: ph, text: None });
                end = chained;
                // "وكرم الرئيس الفنان "عادل إمام"": a name set off takes the one title before it.
                if quoted {
                    break;
                }
                // "المستشار القانوني للإمام الأكبر، المستشار فلان": a longer title before a comma.
                if end > a + 1 && v.doc.light(end - 1) == "," && !comma {
                    end -= 1;
                    comma = true;
                    continue;
                }
                // Only a plain chain continues leftwards ("ولي العهد نائب رئيس…"), not a head
                // in construct with this title ("مستشار [الرئيس الأمريكي] دونالد ترامب": the
                // adviser is someone else).
                let construct = end > a && {
                    let (d, prev) = (v.doc, end - 1);
                    d.segs[end].article != Article::None
                        && d.segs[prev].article == Article::None
                        && d.segs[prev].enclitic.is_none()
                        && d.segs[prev].conj.is_none()
                        && v.title_at(prev, end)
                            .is_some_and(|(n, e)| n == 1 && lex.titles.entry(e).kind == TitleKind::Title)
                };
                // "رئيس أوبك ووزير الطاقة الجزائري شكيب خليل": a title joined by و to the one
                // before the name is the same holder's (both name nobody else between).
                if end == a || !v.chain_link(end, v.doc.tokens.len()) || construct {
                    break;
                }
            }
            None => break,
        }
    }
}

/// "التقى ماكرون المستشار الألماني أولاف شولتس، وقال الأخير إن …": «الأخير» as a subject or
/// after أن stands for the one named last before it, in its sentence or the one before, when
/// that is a person (the latter of two countries or bodies is none of ours) and no one
/// unnamed came after.
fn latter(doc: &Document, covered: &[bool], titles: &[Range<usize>], extra: &mut Vec<(usize, MentionInfo)>) {
    let lex = lexicon();
    for (si, s) in doc.sentences.iter().enumerate() {
        for t in s.tokens.clone() {
            let seg = &doc.segs[t];
            if covered[t]
                || seg.article == Article::None
                || seg.prep.is_some()
                || seg.enclitic.is_some()
                // (Only the masculine: "الأخيرة" is as often a country or a body, and the
                // article does not tell who is a woman.)
                || strip_article(&doc.bases[t]) != "اخير"
            {
                continue;
            }
            // What stands before it: the start of the sentence, a particle that a subject
            // follows, or a verb (of saying or of an event).
            let prev = (s.tokens.start..t).rev().find(|&k| doc.tokens[k].kind == TokenKind::Word);
            let after_that = prev.is_some_and(|p| &*doc.bases[p] == "ان");
            let subject = after_that
                || match prev {
                    None => true,
                    Some(p) => {
                        matches!(&*doc.bases[p], "لكن" | "بينما" | "فيما" | "حيث" | "كما")
                            || lex.speech.at(doc, p).is_some()
                            || lex
                                .events
                                .at(doc, p)
                                .is_some_and(|(e, _)| lex.events.entry(e).pos == crate::lexicon::triggers::Pos::Verb)
                    }
                };
            if !subject {
                continue;
            }
            let from = doc.sentences[si.saturating_sub(1)].tokens.start;
            // "وذكر أولمرت أن الأخير …": not the speaker of the clause it stands in.
            let verb = (s.tokens.start..t).rev().find(|&k| lex.speech.at(doc, k).is_some());
            let until = match verb {
                Some(v) if after_that => v,
                _ => t,
            };
            let last = doc
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| {
                    m.tokens.end <= until
                        && m.tokens.start >= from
                        && m.form != MentionForm::Nisba
                        && matches!(m.kind, EntityKind::Person | EntityKind::Organization | EntityKind::Location)
                })
                .max_by_key(|(_, m)| m.tokens.start);
            let Some((mi, m)) = last else { continue };
            // "ناقش الوزير فلان مع السفير الأمريكي المشروع، وقال الأخير": someone unnamed came
            // after the last name.
            let unnamed_after = titles.iter().any(|r| r.start >= m.tokens.end && r.end <= t);
            if m.kind != EntityKind::Person || unnamed_after {
                continue;
            }
            if let Some(e) = doc.mention_entity.get(mi).copied().flatten() {
                extra.push((e, title_mention(doc, t..t + 1)));
            }
        }
    }
}

/// A mention of a person by a title standing for them, over `tokens`.
fn title_mention(doc: &Document, tokens: Range<usize>) -> MentionInfo {
    MentionInfo {
        span: Span::new(doc.stem_start(tokens.start), doc.tokens[tokens.end - 1].span.e()),
        tokens: tokens.clone(),
        kind: EntityKind::Person,
        form: MentionForm::Title,
        key: doc.bases[tokens].join(" "),
        source: Source::Propagated,
        value: None,
        subtype: None,
        anchored: false,
    }
}

/// Whether one of person `e`'s titles names the country of a nisba (folded, with or without
/// its article): the nisba itself ("وزير الخارجية **الفرنسي**") or the country ("سفير
/// **اليابان**" for "الياباني").
fn nisba_of(roles: &[RoleInfo], e: usize, nisba: &str) -> bool {
    let lex = lexicon();
    let k = strip_article(nisba);
    let country =
        |w: &str| lex.gazetteer.lookup(w).or_else(|| lex.gazetteer.lookup(strip_article(w))).map(|p| p.concept);
    let c = country(nisba);
    roles.iter().any(|r| {
        r.entity == e
            && crate::text::normalize::key(&r.title)
                .split(' ')
                .any(|w| strip_article(w) == k || c.is_some() && country(w) == c)
    })
}

/// Adjectives of a newly chosen holder ("المفتي الجديد", "الرئيس المنتخب").
const NEW: &[&str] = &["الجديد", "الجديده", "المنتخب", "المنتخبه", "المعين", "المعينه"];
/// Adjectives of a holder leaving or gone ("المفتي الحالي", "الرئيس السابق").
const OUTGOING: &[&str] =
    &["الحالي", "الحاليه", "السابق", "السابقه", "الاسبق", "المنتهيه", "المستقيل", "المستقيله", "الراحل", "الراحله"];

/// Finds every role in the document and links bare titles to their holders.
pub fn assign(doc: &mut Document) {
    let lex = lexicon();
    let n = doc.tokens.len();
    let v = View { doc };
    let mut found: Vec<Found> = Vec::new();
    for s in &doc.sentences {
        let (a, b) = (s.tokens.start, s.tokens.end);
        let mut i = a;
        while i < b {
            let Some(mi) = v.person_at(i) else {
                i += 1;
                continue;
            };
            let m = &doc.mentions[mi];
            let (ms, me) = (m.tokens.start, m.tokens.end.min(b));
            left_titles(&v, mi, ms, a, &mut found);
            // "كيريل دميترييف، الممثل الخاص …" and "(…)".
            // "…، وعميد كلية …" is the next item of a list, not an apposition.
            if me + 1 < b && matches!(doc.light(me), "," | "(" | "-") && doc.segs[me + 1].conj.is_none() {
                if let Some(ph) = phrase_at(&v, me + 1, b) {
                    // "…فلان، المغنية اللبنانية أميمة الخليل": a plain title right before a
                    // name is that name's, the next item of a list.
                    let next_name = ph.tokens.end < b
                        && v.person_at(ph.tokens.end).is_some()
                        && short_end(&v, &ph) == ph.tokens.end;
                    if !ph.tokens.is_empty() && !ph.honorific && !next_name {
                        let end = ph.tokens.end;
                        out_push(&mut found, mi, ph, None);
                        chained_after(&v, mi, end, b, &mut found);
                    }
                }
            }
            // In apposition without a comma: "يوسي غارفينكل عالم الآثار بالجامعة العبرية",
            // "سيب بلاتر رئيس الفيفا" — unless the title introduces the next name.
            // Not in lists and tables, where a line of cells reads like an apposition.
            let prose = !matches!(s.kind, SentenceKind::List | SentenceKind::Meta);
            // A last word of a foreign name the tagger left out ("ليو وي [مين] المتحدث باسم").
            let lex = lexicon();
            let me = if me + 1 < b
                && m.tokens.len() >= 2
                && v.word(me)
                && !doc.segs[me].is_split()
                && doc.segs[me].article == Article::None
                && lex.stems.count(&doc.bases[me]) < 10
                // A longer word seen only outside names ("تعيين") is not the tail of one; a
                // short one may be a syllable of a foreign name ("ليو وي مين").
                && (lex.stems.count(&doc.bases[me]) == 0
                    || doc.bases[me].chars().count() <= 3
                    || lex.stems.entity_share(&doc.bases[me]).unwrap_or(0.0) >= 0.5)
                && !lex.is_stopword(&doc.bases[me])
                && v.person_at(me).is_none()
                && v.place_at(me).is_none()
                && phrase_at(&v, me + 1, b).is_some_and(|ph| !ph.honorific && ph.tokens.len() >= 2)
            {
                me + 1
            } else {
                me
            };
            // "استقبل فلان السفير الفرنسي": after a verb that takes a person as its object, a
            // title right after the subject is that object.
            // Unless the object's own title and name follow it ("استقبل محمد بن زايد رئيس
            // الدولة الرئيس الإيطالي ماتاريلا").
            let object_titled_after = || {
                phrase_at(&v, me, b).is_some_and(|ph| {
                    let e = ph.tokens.end;
                    e < b && v.chain_head(e, b) && v.person_at(e).is_none() && {
                        let mut k = e;
                        while k < b && k < e + 8 && v.person_at(k).is_none() {
                            k += 1;
                        }
                        k < b && v.person_at(k).is_some() && phrase_at(&v, e, b).is_some_and(|p2| p2.tokens.end == k)
                    }
                })
            };
            // The subject may follow a long chain of titles ("استقبل ولي العهد رئيس مجلس
            // الوزراء الأمير محمد بن سلمان الوزير الصيني").
            // An office in construct ("رئيس مجلس الوزراء", "وزير الخارجية") right after the
            // name is its apposition even then; the object is named with the article ("السفير").
            // "اجتمع فلان رئيس مجلس الوزراء وزير الخارجية، اليوم، مع وفد …": when the one met
            // comes after مع or ب.
            let construct_apposition = || {
                if me >= b || doc.segs[me].article != Article::None || doc.segs[me].conj.is_some() {
                    return false;
                }
                let mut k = me;
                while k < b {
                    match phrase_at(&v, k, b) {
                        Some(p) => k = p.tokens.end.max(k + 1),
                        None if v.chain_head(k, b) => k += 1,
                        None => break,
                    }
                }
                let before = k;
                while k < b
                    && (doc.tokens[k].kind != TokenKind::Word
                        || doc.mentions_at(k).any(|m| doc.mentions[m].kind == EntityKind::Date))
                {
                    k += 1;
                }
                // "استقبل فلان وزير الدولة لشؤون الدفاع [اليوم] جون هيلي": a time between the
                // offices and the one received closes the subject's apposition.
                // "وقع فلان وزير الطاقة، اليوم في الرياض، مذكرة تفاهم": so does a comma.
                let timed = (before..k).any(|t| v.time_at(t));
                let comma = (before..k).any(|t| doc.light(t) == ",");
                k < b
                    && (&*doc.bases[k] == "مع"
                        || doc.segs[k].prep == Some('ب')
                        // "التقى فلان وزير الخارجية نظيره المصري": the one met is the counterpart.
                        || COUNTERPART.contains(&strip_article(&doc.bases[k]))
                        // (Not a comma before the one received: "استقبل فلان وزير الطاقة
                        // الموريتاني، محمد ولد خالد" names the guest after his title.)
                        || comma && v.person_at(k).is_none()
                        || timed && (v.person_at(k).is_some() || v.chain_head(k, b)))
                    // "التقى خالد السعدي وزير الخارجية أمس.": the time ends the sentence.
                    || timed && k == b
            };
            let verb_before = (ms.saturating_sub(14).max(a)..ms).any(|k| {
                lex.events.at(doc, k).is_some_and(|(e, _)| {
                    let t = lex.events.entry(e);
                    t.pos == crate::lexicon::triggers::Pos::Verb
                        && matches!(t.frame.as_str(), "host-guest" | "agent-with")
                })
            });
            // "استقبل الوزير أمس جان دوبون وزير الخارجية الفرنسي": the subject stands between
            // the verb and this name, which is the object, in apposition with its own title.
            let is_object = || {
                let lo = ms.saturating_sub(14).max(a);
                let verb = (lo..ms).rev().find(|&k| lex.events.at(doc, k).is_some());
                verb.is_some_and(|k| {
                    (k + 1..ms).any(|t| v.person_at(t).is_some())
                        || (k + 1..ms).any(|t| v.time_at(t)) && (k + 1..ms).any(|t| v.chain_head(t, b))
                })
            };
            let object_next = verb_before && !object_titled_after() && !construct_apposition() && !is_object();
            if prose && !object_next && me < b && doc.segs[me].conj.is_none() && doc.segs[me].prep.is_none() {
                if let Some(ph) = phrase_at(&v, me, b) {
                    let next_name = v.name_next(&ph, b);
                    let one_line = !doc
                        .slice(Span::new(doc.tokens[me - 1].span.e(), doc.tokens[ph.tokens.end - 1].span.e()))
                        .contains('\n');
                    if !ph.honorific && !next_name && one_line && ph.tokens.len() >= 2 {
                        let end = ph.tokens.end;
                        out_push(&mut found, mi, ph, None);
                        chained_after(&v, mi, end, b, &mut found);
                    }
                }
            }
            // Predicates: "انتخاب هادي البحرة رئيسا للائتلاف", "عين فلان أمينا عاما".
            if me < b {
                if let Some(ph) = accusative_title(&v, me, b) {
                    out_push(&mut found, mi, ph, None);
                }
            }
            i = me.max(i + 1);
        }
        relative_clauses(&v, a, b, &mut found);
        led_by(&v, a, b, &mut found);
        predicates(&v, a, b, &mut found);
        counterparts(&v, a, b, &mut found);
    }

    // Roles by entity, each distinct title once.
    let entity_of = &doc.mention_entity;
    let mut roles: Vec<RoleInfo> = Vec::new();
    let mut seen: std::collections::HashSet<(usize, String)> = std::collections::HashSet::new();
    let mut forms: std::collections::HashSet<(usize, String)> = std::collections::HashSet::new();
    // Each short form of a title with its holders and where each was first given it.
    let mut owner: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    let mut head_holders: HashMap<String, Vec<usize>> = HashMap::new();
    let mut counterpart_heads: HashMap<String, Vec<usize>> = HashMap::new();
    let mut covered = vec![false; n];
    for f in &found {
        let Some(e) = entity_of.get(f.mention).copied().flatten() else { continue };
        let text = f.text.clone().unwrap_or_else(|| phrase_text(doc, &f.phrase));
        if text.is_empty() {
            continue;
        }
        for t in f.phrase.tokens.clone() {
            covered[t] = true;
        }
        let key = crate::text::normalize::key(&text);
        if !seen.insert((e, key.clone())) {
            continue;
        }
        // The same title said again in another form ("مفتيا للديار المصرية") is one role,
        // though its head still counts for the holder.
        let again = !forms.insert((e, title_key(&text)));
        let affiliation = f.phrase.affiliation.and_then(|t| affiliation_entity(doc, t));
        let span = Span::new(doc.stem_start(f.phrase.tokens.start), doc.tokens[f.phrase.tokens.end - 1].span.e());
        if !f.phrase.honorific {
            // The head alone ("الوزير" for "وزير الخارجية الفرنسي") stands for its one holder.
            // A counterpart's is the office it copied ("نظيره الكويتي": "وزير …"), read only
            // with a nisba ("الوزير الكويتي"; a bare "الوزير" stays the first holder's).
            if COUNTERPART.contains(&strip_article(&doc.bases[f.phrase.tokens.start])) {
                if let Some(w) = text.split(' ').next() {
                    let holders = counterpart_heads
                        .entry(strip_article(&crate::text::normalize::key(w)).to_string())
                        .or_default();
                    if !holders.contains(&e) {
                        holders.push(e);
                    }
                }
            }
            if v.title_at(f.phrase.tokens.start, f.phrase.tokens.end).is_some() {
                let head = strip_article(&doc.bases[f.phrase.tokens.start]).to_string();
                let holders = head_holders.entry(head).or_default();
                if !holders.contains(&e) {
                    holders.push(e);
                }
            }
            // The short form (head and adjectives) may stand for the person later.
            for k in [key.clone(), short_key(&v, &f.phrase)] {
                let slot = owner.entry(strip_article_key(&k)).or_default();
                if !slot.iter().any(|&(x, _)| x == e) {
                    slot.push((e, f.phrase.tokens.start));
                }
            }
        }
        if !again {
            roles.push(RoleInfo { entity: e, span, title: text, honorific: f.phrase.honorific, affiliation });
        }
    }
    let _ = lex;
    // The one holder of a title a bare mention at token `at` stands for: of those given it
    // before, the only one ("افتتح وزير الثقافة السعودي فلان … وأعلن الوزير …" though another
    // minister is named after); with none before, the article's only one.
    // (A holder named only later is the one meant from the headline, or in his own sentence;
    // not from an earlier sentence, which tells of someone else with that title.)
    let sentence_of = |t: usize| doc.sentences.iter().position(|s| s.tokens.contains(&t));
    let owner_at = |k: &str, at: usize| -> Option<usize> {
        let holders = owner.get(k)?;
        let before: Vec<usize> = holders.iter().filter(|&&(_, p)| p < at).map(|&(e, _)| e).collect();
        match (before.as_slice(), holders.as_slice()) {
            ([e], _) => Some(*e),
            ([], [(e, p)]) => {
                let (here, there) = (sentence_of(at), sentence_of(*p));
                let headline = here.is_some_and(|i| doc.sentences[i].kind == SentenceKind::Headline);
                let same = matches!((here, there), (Some(h), Some(t)) if t == h);
                (headline || same).then_some(*e)
            }
            _ => None,
        }
    };

    // Bare titles standing for their one holder ("الرئيس الروسي" after he was named).
    for m in &doc.mentions {
        for t in m.tokens.clone() {
            if m.kind == EntityKind::Person {
                covered[t] = true;
            }
        }
    }
    let mut extra: Vec<(usize, MentionInfo)> = Vec::new();
    let mut new_roles: Vec<RoleInfo> = Vec::new();
    let mut titles: Vec<std::ops::Range<usize>> = Vec::new();
    for s in &doc.sentences {
        let (a, b) = (s.tokens.start, s.tokens.end);
        let mut i = a;
        while i < b {
            if covered[i] {
                i += 1;
                continue;
            }
            let Some(ph) = phrase_at(&v, i, b) else {
                i += 1;
                continue;
            };
            // "كما تلقى سعادة النائب الأول اتصالا": past a form of address, the title that
            // follows it stands for its holder.
            if ph.honorific {
                if let Some((n, _)) = v.title_at(i, b) {
                    let title_next =
                        v.title_at(i + n, b).is_some_and(|(_, e)| lex.titles.entry(e).kind == TitleKind::Title);
                    if title_next && v.person_at(i + n).is_none() {
                        i += n;
                        continue;
                    }
                }
            }
            let end = ph.tokens.end;
            if let Some(r) = office_words(&v, &ph) {
                titles.push(r);
            }
            let followed_by_name = end < b && v.person_at(end).is_some();
            // A title that is also a common noun ("الفريق": a general, or the team) stands for
            // nobody when alone.
            let common_noun = lex.titles.entry(ph.entry).ambiguous && ph.tokens.len() == 1;
            if !ph.honorific && !common_noun && !followed_by_name && ph.tokens.clone().all(|t| !covered[t]) {
                let full = strip_article_key(&crate::text::normalize::key(&phrase_text(doc, &ph)));
                let short = strip_article_key(&short_key(&v, &ph));
                // A head with a genitive of its own is another office ("رئيس الأمانة العامة" is
                // not "رئيس" of someone named before).
                let se = short_end(&v, &ph);
                // So is one with a genitive in construct ("رئيس مجلس النواب" is not "رئيس الوزراء").
                // ("رئيس البلاد", "أمير الدولة", "رئيس مصر": a genitive naming the country is
                // the holder's own.)
                let country_genitive = |t: usize| {
                    t < b
                        && (matches!(strip_article(&doc.bases[t]), "بلاد" | "دوله" | "مملكه" | "جمهوريه")
                            || doc.mentions_at(t).any(|m| {
                                doc.mentions[m].kind == EntityKind::Location
                                    && doc.mentions[m].form != MentionForm::Nisba
                            }))
                };
                let own_genitive = se < end
                    && doc.segs[se].prep.is_none()
                    && (v.is_article_noun(se) || v.is_construct_noun(se))
                    && !country_genitive(se);
                // A head in construct before a genitive the phrase did not take is the head of
                // that ("وقال رئيس [النقابة]", "رئيس [نقابة المهندسين]"), nobody named elsewhere.
                let construct_head = se == end
                    && doc.segs[ph.tokens.start].article == Article::None
                    && doc.segs[ph.tokens.start].enclitic.is_none()
                    && end < b
                    && doc.segs[end].prep.is_none()
                    && doc.segs[end].conj.is_none()
                    && !country_genitive(end)
                    && (v.is_article_noun(end)
                        || v.is_construct_noun(end)
                        || doc.mentions_at(end).any(|m| doc.mentions[m].kind == EntityKind::Organization));
                let holder = owner_at(&full, i)
                    .or_else(|| owner_at(&short, i).filter(|_| !own_genitive))
                    .filter(|_| !construct_head);
                // A head and new adjectives ("الوزير الفرنسي", "المفتي الجديد") for the one
                // holder of that head: the person described again, a role of theirs.
                let start = ph.tokens.start;
                let head = strip_article(&doc.bases[start]);
                let adjectives = (start + 1..se).all(|t| v.is_modifier(t));
                // Of two holders, "المفتي الجديد" is the one whose title is not the current or
                // former one ("خلفا للمفتي الحالي فلان").
                let said = |e: usize, words: &[&str]| {
                    roles.iter().any(|r| {
                        r.entity == e && crate::text::normalize::key(&r.title).split(' ').any(|w| words.contains(&w))
                    })
                };
                let new = (start + 1..se).any(|t| NEW.contains(&&*doc.bases[t]));
                let nisbas: Vec<usize> = (start + 1..se).filter(|&t| lex.gazetteer.is_nisba(&doc.bases[t])).collect();
                let with_counterparts: Option<Vec<usize>> = (!nisbas.is_empty()).then(|| {
                    let mut all = head_holders.get(head).cloned().unwrap_or_default();
                    for &e in counterpart_heads.get(head).map(Vec::as_slice).unwrap_or(&[]) {
                        if !all.contains(&e) {
                            all.push(e);
                        }
                    }
                    all
                });
                let one_holder = match with_counterparts.as_deref().or(head_holders.get(head).map(Vec::as_slice)) {
                    Some([e]) => Some(*e),
                    Some(many) if new => {
                        let fresh: Vec<usize> = many.iter().copied().filter(|&e| !said(e, OUTGOING)).collect();
                        (fresh.len() == 1).then(|| fresh[0])
                    }
                    // "الوزير الألماني" of two ministers: the one whose title names Germany.
                    Some(many) if !nisbas.is_empty() => {
                        let of: Vec<usize> = many
                            .iter()
                            .copied()
                            .filter(|&e| nisbas.iter().all(|&t| nisba_of(&roles, e, &doc.bases[t])))
                            .collect();
                        // Of those, the one named before it, when the others come later.
                        let earlier: Vec<usize> = of
                            .iter()
                            .copied()
                            .filter(|&e| doc.entities[e].mentions.iter().any(|&m| doc.mentions[m].tokens.start < start))
                            .collect();
                        match (of.as_slice(), earlier.as_slice()) {
                            ([e], _) | (_, [e]) => Some(*e),
                            _ => None,
                        }
                    }
                    _ => None,
                };
                let described = one_holder.filter(|&e| {
                    // Its nisba is the holder's ("الوزير الفرنسي" for the French minister).
                    let nisba_agrees = (start + 1..se)
                        .filter(|&t| lex.gazetteer.is_nisba(&doc.bases[t]))
                        .all(|t| nisba_of(&roles, e, &doc.bases[t]));
                    // Named before it, or from the headline or the sentence before he is named.
                    let first = doc.entities[e].mentions.iter().map(|&m| doc.mentions[m].tokens.start).min();
                    let (here, there) = (sentence_of(start), first.and_then(sentence_of));
                    let placed = first.is_some_and(|f| f < start)
                        || here.is_some_and(|i| doc.sentences[i].kind == SentenceKind::Headline)
                        || matches!((here, there), (Some(h), Some(t)) if t == h);
                    holder.is_none() && adjectives && nisba_agrees && !construct_head && !own_genitive && placed
                });
                if let Some(e) = described {
                    let text = phrase_text(doc, &Phrase { tokens: start..se, skip: vec![], ..ph.clone() });
                    let span = Span::new(doc.stem_start(start), doc.tokens[se - 1].span.e());
                    if se > start + 1 && forms.insert((e, title_key(&text))) {
                        new_roles.push(RoleInfo { entity: e, span, title: text, honorific: false, affiliation: None });
                    }
                }
                // "استقبل الوزير أمس جان دوبون وزير الخارجية الفرنسي": a bare title is not
                // someone first named after it in its own sentence (the subject is not the guest).
                let named_after_here = |e: usize| {
                    let first = doc.entities[e].mentions.iter().map(|&m| doc.mentions[m].tokens.start).min();
                    first.is_some_and(|f| f > start && f < b)
                };
                if let Some(e) = holder.or(described).filter(|&e| !named_after_here(e)) {
                    let short_end = short_end(&v, &ph);
                    let tokens = ph.tokens.start..if owner_at(&full, i).is_some() { end } else { short_end };
                    extra.push((e, title_mention(doc, tokens)));
                }
            }
            i = end.max(i + 1);
        }
    }
    // "الضيف الإيطالي", "الضيف البرتغالي": the guest of that country, when one person's
    // title names it.
    for s in &doc.sentences {
        let end = s.tokens.end.saturating_sub(1);
        for (t, &cov) in covered.iter().enumerate().take(end).skip(s.tokens.start) {
            let seg = &doc.segs[t];
            if cov
                || seg.article == Article::None
                || seg.prep.is_some()
                || seg.enclitic.is_some()
                || !matches!(strip_article(&doc.bases[t]), "ضيف" | "ضيفه")
                || !lex.gazetteer.is_nisba(&doc.bases[t + 1])
            {
                continue;
            }
            let mut who: Vec<usize> =
                roles.iter().map(|r| r.entity).filter(|&e| nisba_of(&roles, e, &doc.bases[t + 1])).collect();
            who.sort_unstable();
            who.dedup();
            let named_before = |e: usize| doc.entities[e].mentions.iter().any(|&m| doc.mentions[m].tokens.start < t);
            if let [e] = who.as_slice() {
                if named_before(*e) {
                    extra.push((*e, title_mention(doc, t..t + 2)));
                }
            }
        }
    }
    latter(doc, &covered, &titles, &mut extra);
    doc.add_entity_mentions(extra);
    roles.extend(new_roles);
    // A person's affiliation: the country or organisation of their first title that has one.
    for r in &roles {
        if !r.honorific && doc.entities[r.entity].affiliation.is_none() {
            doc.entities[r.entity].affiliation = r.affiliation;
        }
    }
    doc.roles = roles;
    doc.titles = titles;
    doc.holders = holders(doc);
}

/// A title's words for telling one title from another: folded, without the article or ل+ال,
/// and without the accusative alif of a predicate ("مفتيا للديار المصرية" is "مفتي الديار
/// المصرية" said as a predicate).
fn title_key(text: &str) -> String {
    let k = crate::text::normalize::key(text);
    let words: Vec<&str> = k
        .split_whitespace()
        .map(|w| {
            let w =
                w.strip_prefix("لل").or_else(|| w.strip_prefix("ال")).filter(|r| r.chars().count() >= 2).unwrap_or(w);
            w.strip_suffix('ا').filter(|r| r.chars().count() >= 3).unwrap_or(w)
        })
        .collect();
    words.join(" ")
}

/// For each token, the person whose title covers it; the outermost title wins ("[المبعوث
/// الخاص للرئيس الروسي فلاديمير بوتين للشؤون الاقتصادية]، كيريل دميترييف": the envoy, not
/// the president inside). Events and quotes read a title as its holder.
pub fn holders(doc: &Document) -> Vec<Option<usize>> {
    let mut out = vec![None; doc.tokens.len()];
    let mut roles: Vec<&RoleInfo> = doc.roles.iter().filter(|r| !r.honorific).collect();
    roles.sort_by_key(|r| std::cmp::Reverse(r.span.len()));
    for r in roles {
        let first = doc.tokens.partition_point(|t| t.span.end <= r.span.start);
        let last = doc.tokens.partition_point(|t| t.span.start < r.span.end);
        for h in &mut out[first..last] {
            h.get_or_insert(r.entity);
        }
    }
    out
}

/// Further titles of a chain after a holder's first title ("طحنون بن زايد نائب حاكم إمارة
/// أبوظبي مستشار الأمن الوطني", "…، ولي العهد رئيس مجلس الوزراء"), up to one that introduces
/// the next name.
fn chained_after(v: &View, mi: usize, mut end: usize, b: usize, found: &mut Vec<Found>) {
    for _ in 0..3 {
        // "محمد علي، وزير الرياضة ورئيس اللجنة الأولمبية،": a title joined by و too.
        if end >= b || !v.chain_link(end, b) {
            return;
        }
        let Some(next) = phrase_at(v, end, b) else { return };
        let introduces = v.name_next(&next, b);
        // An office with its complement, not a word that is also a common noun ("مؤتمر صحفي").
        let office = next.tokens.len() >= 2 && !lexicon().titles.entry(next.entry).ambiguous;
        if next.honorific || !office || introduces {
            return;
        }
        end = next.tokens.end;
        out_push(found, mi, next, None);
    }
}

fn out_push(found: &mut Vec<Found>, mention: usize, phrase: Phrase, text: Option<String>) {
    found.push(Found { mention, phrase, text });
}

/// The words of a title phrase that name an office, held by someone named or not ("وزيرة
/// التعاون الدولي", "الأمين العام للنقابة"): not a title that is also a common noun
/// ("مساعدة", "موجه", "الفريق"), and only up to what the phrase ran on into after the office
/// (a preposition: "الوزير [في كلمة الافتتاح]", "الأمين العام للنقابة [باستئناف الإضراب]";
/// a noun after its nisba: "وزير الخارجية البحريني [الاتفاقية]", or after a genitive). None
/// for one word.
fn office_words(v: &View, ph: &Phrase) -> Option<Range<usize>> {
    let doc = v.doc;
    let lex = lexicon();
    let (a, b) = (ph.tokens.start, ph.tokens.end);
    // (A title of two words or more in the list is one whatever its head: "الأمين العام".)
    let listed_words = v.title_at(a, b).map_or(0, |(n, _)| n);
    if ph.honorific || lex.titles.entry(ph.entry).ambiguous && listed_words < 2 {
        return None;
    }
    let end = (a + listed_words.max(1)..b)
        .find(|&t| {
            // (Punctuation: "وأضاف المتحدث «…»".)
            doc.tokens[t].kind != TokenKind::Word
                || matches!(doc.segs[t].prep, Some('ب' | 'ك'))
                || matches!(&*doc.bases[t], "في" | "علي" | "عن" | "من" | "مع" | "بشان" | "حول" | "ضد")
                || lex.gazetteer.is_nisba(&doc.bases[t - 1])
                    && !lex.gazetteer.is_nisba(&doc.bases[t])
                    && !v.is_modifier(t)
                // A second noun with the article, not an adjective: the verb's object
                // ("ووصف وزير الآثار [الاكتشاف]", "ووصف الرئيس [الهجوم]").
                || doc.segs[t - 1].article != Article::None
                    && doc.segs[t].article != Article::None
                    && doc.segs[t].conj.is_none()
                    && doc.segs[t].prep.is_none()
                    && !lex.gazetteer.is_nisba(&doc.bases[t])
                    && !v.is_modifier(t)
        })
        .unwrap_or(b);
    (end >= a + 2).then_some(a..end)
}

/// The head of a phrase with its adjectives only ("الممثل الخاص" of "الممثل الخاص للرئيس…").
fn short_end(v: &View, p: &Phrase) -> usize {
    let (n, _) = v.title_at(p.tokens.start, p.tokens.end).unwrap_or((1, 0));
    let mut j = p.tokens.start + n;
    while j < p.tokens.end && v.is_modifier(j) {
        j += 1;
    }
    j
}

fn short_key(v: &View, p: &Phrase) -> String {
    let end = short_end(v, p);
    let text = phrase_text(v.doc, &Phrase { tokens: p.tokens.start..end, skip: vec![], ..p.clone() });
    crate::text::normalize::key(&text)
}

/// The entity (country or organisation) a token of a title points at.
fn affiliation_entity(doc: &Document, t: usize) -> Option<usize> {
    let lex = lexicon();
    // A mention covering the token (a nisba is a mention of its country).
    if let Some(mi) =
        doc.mentions_at(t).find(|&mi| matches!(doc.mentions[mi].kind, EntityKind::Location | EntityKind::Organization))
    {
        return doc.mention_entity.get(mi).copied().flatten();
    }
    let p = lex.gazetteer.lookup(&doc.bases[t])?;
    if p.form != PatternForm::Nisba {
        return None;
    }
    doc.entities.iter().position(|e| e.concept == Some(p.concept))
}

/// Whether token `t`, which the segmenter read as و + a word, is whole an accusative title
/// ("وزيرا" is not و + "زيرا").
/// Whether a title opening with و is read whole at `t` ("وكيلة الأمين العام"), where the
/// segmenter took the و for "and" (see `View::title_at`).
fn title_whole(doc: &Document, t: usize, end: usize) -> bool {
    title_whole_at(doc, t, end).is_some()
}

/// The title read whole at `t` though it opens with و: its length and entry.
fn title_whole_at(doc: &Document, t: usize, end: usize) -> Option<(usize, usize)> {
    if doc.segs[t].conj != Some('و') || doc.segs[t].prep.is_some() {
        return None;
    }
    // Titles are a few words long: a short window, not the rest of the sentence.
    let mut words: Vec<std::rc::Rc<str>> = doc.bases[t..end.max(t + 1).min(t + TITLE_WINDOW)].to_vec();
    words[0] = crate::text::normalize::key(doc.light(t)).into();
    lexicon().titles.match_at(&words, 0)
}

fn accusative_title_whole(doc: &Document, t: usize) -> bool {
    doc.segs[t].conj == Some('و')
        && doc.segs[t].prep.is_none()
        && crate::text::normalize::key(doc.light(t))
            .strip_suffix('ا')
            .is_some_and(|w| lexicon().titles.match_at(&[w], 0).is_some())
}

/// "رئيسا للائتلاف", "أمينا عاما للمنظمة": a title in the accusative right after a name.
fn accusative_title(v: &View, at: usize, limit: usize) -> Option<Phrase> {
    let doc = v.doc;
    let whole_title = accusative_title_whole(doc, at);
    let whole = crate::text::normalize::key(doc.light(at));
    let b = if whole_title { whole.as_str() } else { &*doc.bases[at] };
    let bare = b.strip_suffix('ا')?;
    if !whole_title && (doc.segs[at].conj.is_some() || doc.segs[at].prep.is_some()) {
        return None;
    }
    let (_, entry) = lexicon().titles.match_at(&[bare], 0)?;
    if lexicon().titles.entry(entry).kind == TitleKind::Honorific {
        return None;
    }
    // Its complement, read as any title's.
    let mut j = at + 1;
    while j < limit {
        let s = &doc.segs[j];
        let tb = &*doc.bases[j];
        let adj = tb
            .strip_suffix('ا')
            .is_some_and(|x| crate::ner::rules::TITLE_MODIFIERS.iter().any(|m| strip_article(m) == x));
        let under_prep = s.prep.is_some()
            && s.conj.is_none()
            && (s.article != Article::None
                || v.place_at(j).is_some()
                || v.is_construct_noun_under_prep(j) && j + 1 < limit && v.is_article_noun(j + 1));
        if adj || v.is_modifier(j) || under_prep {
            j += 1;
            continue;
        }
        // "في وزارة التربية": a complement after a preposition word.
        if s.conj.is_none() && COMPLEMENT_PREPS.contains(&tb) && j + 1 < limit && j > at + 1 {
            let next = j + 1;
            if v.is_article_noun(next) || v.place_at(next).is_some() || v.is_construct_noun(next) {
                j = next;
                continue;
            }
            break;
        }
        if s.conj.is_none() && v.is_construct_noun(j) && j > at + 1 && j + 1 < limit && v.is_article_noun(j + 1) {
            j += 1;
            continue;
        }
        if let Some(m) = v.place_at(j) {
            if s.conj.is_none() {
                j = doc.mentions[m].tokens.end;
                continue;
            }
        }
        if s.conj.is_none() && v.is_article_noun(j) && j > at + 1 {
            j += 1;
            continue;
        }
        break;
    }
    Some(Phrase { tokens: at..j, skip: vec![], entry, honorific: false, affiliation: None })
}

/// Words that make the title after them a predicate of the person named before: "وكان رئيس
/// وفد المعارضة", "فهو طبيب", "ويتولى منصب سفير الائتلاف", "فاز فلان بمنصب المفتي".
const COPULAS: &[&str] = &["كان", "هو", "هي", "اصبح", "بات", "صار"];
/// Verbs of taking or holding an office, before "منصب" or an accusative title.
const OFFICE_VERBS: &[&str] =
    &["تولي", "يتولي", "شغل", "يشغل", "تسلم", "يتسلم", "تقلد", "يتقلد", "فاز", "يفوز", "عمل", "يعمل", "اصبح", "يصبح"];

/// Titles given as predicates: after a copula ("وكان رئيس الوفد", "فهو طبيب"), after a verb
/// of office and "منصب" ("يتولى منصب سفير الائتلاف في تركيا", "فاز … بمنصب مفتي الديار"), or in
/// the accusative ("وعمل موجها للغة العربية"). The holder is the person named last before it
/// in the sentence, else the one named last in the sentences just before.
fn predicates(v: &View, a: usize, b: usize, found: &mut Vec<Found>) {
    let doc = v.doc;
    for t in a..b.saturating_sub(1) {
        // "بصفته رئيسا للجنة", "بصفتها وزيرة": the title is the person's named before.
        if v.word(t) && ["بصفته", "بصفتها"].contains(&doc.light(t)) {
            let ph = accusative_title(v, t + 1, b).or_else(|| phrase_at(v, t + 1, b));
            if let Some(ph) = ph.filter(|ph| !ph.honorific && !ph.tokens.is_empty()) {
                if let Some(pm) = (t.saturating_sub(30).max(a)..t).rev().find_map(|k| v.person_at(k)) {
                    found.push(Found { mention: pm, phrase: ph, text: None });
                }
            }
            continue;
        }
        if !v.word(t) || doc.segs[t].prep.is_some() || doc.segs[t].enclitic.is_some() {
            continue;
        }
        let base = strip_article(&doc.bases[t]);
        let copula = COPULAS.contains(&base) && (base.starts_with('ك') || doc.segs[t].conj.is_some());
        let office = OFFICE_VERBS.contains(&base);
        if !copula && !office {
            continue;
        }
        // "منصب" / "بمنصب" right after (or a few words after "فاز فلان").
        let mut at = t + 1;
        if office {
            if let Some(k) = (t + 1..(t + 20).min(b)).find(|&k| &*doc.bases[k] == "منصب" && doc.segs[k].conj.is_none())
            {
                at = k + 1;
            }
        }
        // "وهو من مؤسسي الاتحاد".
        if copula && at < b && &*doc.bases[at] == "من" {
            at += 1;
        }
        let ph = if at > t + 1 || copula {
            phrase_at(v, at, b).filter(|ph| !(ph.tokens.end < b && v.person_at(ph.tokens.end).is_some()))
        } else {
            accusative_title(v, at, b)
        };
        let Some(ph) = ph.filter(|ph| !ph.honorific && !ph.tokens.is_empty()) else { continue };
        // "وكان الرئيس فلان": a title before a name is that person's, found elsewhere.
        if v.person_at(ph.tokens.start).is_some() {
            continue;
        }
        // "فاز الدكتور فلان … بمنصب": the subject after the verb, else the person named before.
        let after = (office && at > t + 1).then(|| (t + 1..at).find_map(|k| v.person_at(k))).flatten();
        let holder = after.or_else(|| (t.saturating_sub(60).max(a)..t).rev().find_map(|k| v.person_at(k)));
        // Only a verb of office reaches back to the sentences before ("ويتولى منصب …").
        let holder =
            holder.or_else(|| office.then(|| (t.saturating_sub(60)..a).rev().find_map(|k| v.person_at(k))).flatten());
        let Some(pm) = holder else { continue };
        found.push(Found { mention: pm, phrase: ph, text: None });
    }
}

/// "ORG، الذي يرأسه PERSON": the person heads the organisation.
fn relative_clauses(v: &View, a: usize, b: usize, found: &mut Vec<Found>) {
    let doc = v.doc;
    for t in a..b.saturating_sub(3) {
        if !matches!(&*doc.bases[t], "الذي" | "التي") {
            continue;
        }
        let verb = strip_article(&doc.bases[t + 1]);
        let key = format!("{}{}", verb, doc.segs[t + 1].enclitic_str().unwrap_or(""));
        let title = HEADS.iter().find(|(v, _)| *v == key || *v == verb).map(|(_, t)| *t);
        let Some(title) = title else { continue };
        // The head's name, past a title of his own ("التي يرأسها النائب ميشال عون").
        let pm = v.person_at(t + 2).or_else(|| {
            let lex = lexicon();
            let (n, _) = lex.titles.match_at(&doc.bases[..b], t + 2)?;
            v.person_at(t + 2 + n)
        });
        let Some(pm) = pm else { continue };
        // The organisation right before (", الذي"): the nearest organisation or place mention,
        // or a body named by its head noun alone ("الحكومة التي يرأسها فلان").
        let mut k = t;
        if k > a && doc.light(k - 1) == "," {
            k -= 1;
        }
        let org = (a..k)
            .rev()
            .take(3)
            .find_map(|x| v.place_at(x))
            .filter(|&m| doc.mentions[m].tokens.end >= k.saturating_sub(1));
        let body = || {
            let h = k.checked_sub(1).filter(|&h| h >= a)?;
            let s = &doc.segs[h];
            (s.article != Article::None
                && s.prep.is_none()
                && s.enclitic.is_none()
                && (crate::ner::orgs::is_head(doc, h) || strip_article(&doc.bases[h]) == "حكومه"))
                .then_some(h)
        };
        let (text, at) = match org {
            Some(om) => {
                let org_m = &doc.mentions[om];
                (format!("{title} {}", doc.slice(org_m.span)), org_m.tokens.start)
            }
            None => match body() {
                Some(h) => (format!("{title} {}", doc.slice(doc.tokens[h].span)), h),
                None => continue,
            },
        };
        let phrase = Phrase { tokens: t..t + 2, skip: vec![], entry: 0, honorific: false, affiliation: Some(at) };
        found.push(Found { mention: pm, phrase, text: Some(text) });
    }
}

/// "وفد من حركة حماس برئاسة إسماعيل هنية", "تنظيم القاعدة بزعامة أسامة بن لادن": the one a
/// body or a delegation is led by heads it.
fn led_by(v: &View, a: usize, b: usize, found: &mut Vec<Found>) {
    let doc = v.doc;
    for t in a + 1..b.saturating_sub(1) {
        let s = &doc.segs[t];
        if s.prep != Some('ب') || s.article != Article::None || s.enclitic.is_some() {
            continue;
        }
        let title = match &*doc.bases[t] {
            "رئاسه" => "رئيس",
            "زعامه" => "زعيم",
            "قياده" => "قائد",
            _ => continue,
        };
        // The leader's name, past a form of address or a title of his own.
        let lex = lexicon();
        let mut k = t + 1;
        while k < b && v.person_at(k).is_none() {
            match lex.titles.match_at(&doc.bases[..b], k) {
                Some((n, _)) if k + n <= t + 5 => k += n,
                _ => break,
            }
        }
        let Some(pm) = (k < b).then(|| v.person_at(k)).flatten() else { continue };
        if doc.mentions[pm].tokens.start != k {
            continue;
        }
        // The body right before: an organisation, "وفد من" one, or a delegation of a country.
        let before = t - 1;
        let org = v
            .place_at(before)
            .filter(|&m| doc.mentions[m].kind == EntityKind::Organization && doc.mentions[m].tokens.end == t);
        // (The segmenter may read "وفدا" as و + a stem: the whole word too.)
        let delegation = |h: usize| {
            h >= a
                && (strip_article(&doc.bases[h]) == "وفد" && doc.segs[h].enclitic.is_none()
                    || matches!(strip_article(doc.key(h)), "وفد" | "وفدا" | "الوفد"))
        };
        let text = match org {
            Some(om) => {
                let m = &doc.mentions[om];
                let from = m.tokens.start;
                let of_delegation = from >= a + 2 && doc.key(from - 1) == "من" && delegation(from - 2);
                // A body chaired or a team led is no body the name heads ("اجتمع مجلس الوزراء
                // برئاسة الرئيس", "فاز ريال مدريد بقيادة رونالدو"): only a delegation's head, or
                // a movement's leader.
                if !of_delegation && title != "زعيم" {
                    continue;
                }
                let name = doc.slice(m.span);
                (if of_delegation { format!("{title} وفد {name}") } else { format!("{title} {name}") }, from)
            }
            // "وفد مصري برئاسة", "الوفد الأمريكي برئاسة".
            None if lex.gazetteer.is_nisba(&doc.bases[before]) && before > a && delegation(before - 1) => (
                format!("{title} {} {}", doc.slice(doc.tokens[before - 1].span), doc.slice(doc.tokens[before].span)),
                before,
            ),
            None => continue,
        };
        let phrase = Phrase { tokens: t..t + 1, skip: vec![], entry: 0, honorific: false, affiliation: Some(text.1) };
        found.push(Found { mention: pm, phrase, text: Some(text.0) });
    }
}

/// "His counterpart", folded.
const COUNTERPART: &[&str] = &["نظير", "نظيره", "نظيرته", "نظيرها"];

/// "نظيره السعودي فيصل بن فرحان" after "وزير الخارجية الروسي سيرغي لافروف": the counterpart
/// holds the same office for the country of the nisba.
fn counterparts(v: &View, a: usize, b: usize, found: &mut Vec<Found>) {
    let doc = v.doc;
    for t in a..b.saturating_sub(2) {
        if !COUNTERPART.contains(&strip_article(&doc.bases[t])) {
            continue;
        }
        // "نظيره الأردني أيمن الصفدي", or without the adjective ("نظيره أحمد عطاف").
        let nisba = lexicon().gazetteer.is_nisba(&doc.bases[t + 1]);
        let mut at = if nisba { t + 2 } else { t + 1 };
        // "نظيره السعودي الأمير فيصل بن فرحان": past a form of address, unless a name starts
        // there ("نظيره الأفغاني أمير خان متقي").
        let starts = |k: usize| v.person_at(k).is_some_and(|pm| doc.mentions[pm].tokens.start == k);
        while at < b && !starts(at) {
            match v.title_at(at, b) {
                Some((n, e)) if lexicon().titles.entry(e).kind == TitleKind::Honorific => at += n,
                _ => break,
            }
        }
        let Some(pm) = v.person_at(at).filter(|&pm| doc.mentions[pm].tokens.start == at) else { continue };
        // The office of the nearest person named before, with its nisba swapped.
        let prev = found
            .iter()
            .rev()
            .find(|f| !f.phrase.honorific && f.phrase.tokens.end <= t && f.phrase.tokens.start >= a)
            .or_else(|| {
                // "والتقى فابيوس نظيره المصري نبيل فهمي": the person before was given his
                // office in an earlier sentence.
                let before = (a..t).rev().find_map(|k| v.person_at(k))?;
                let e = doc.mention_entity.get(before).copied().flatten()?;
                found.iter().find(|f| {
                    !f.phrase.honorific
                        && f.phrase.tokens.end <= t
                        && doc.mention_entity.get(f.mention).copied().flatten() == Some(e)
                })
            })
            .map(|f| (f.phrase.clone(), f.text.clone()))
            // "بحث وزير التربية الأردني عيد الدحيات مع نظيره الكويتي أحمد المليفي": an office
            // before it whose holder's name was not read as one.
            .or_else(|| {
                // (The nearest: "وفي ختام زيارة رئيس الوزراء إلى عمان، التقى وزير الخارجية
                // المصري نظيره الأردني".)
                (a..t).rev().find_map(|h| {
                    phrase_at(v, h, t).filter(|ph| !ph.honorific && ph.tokens.len() >= 2).map(|ph| (ph, None))
                })
            })
            // Not a predicate's office ("كان فلان وزيرا للخارجية"): what he was, not is.
            .filter(|(ph, _)| {
                let f = ph.tokens.start;
                !(v.accusative(f) || doc.segs[f].article == Article::None && doc.key(f).ends_with('ا'))
            });
        let Some((ph, _)) = prev else { continue };
        let head: Vec<String> = (ph.tokens.clone())
            .filter(|&x| !lexicon().gazetteer.is_nisba(&doc.bases[x]) && !ph.skip.iter().any(|r| r.contains(&x)))
            .enumerate()
            .map(
                |(i, x)| {
                    if i == 0 {
                        word_without_proclitics(doc, x)
                    } else {
                        doc.slice(doc.tokens[x].span).to_string()
                    }
                },
            )
            .collect();
        let (text, phrase) = if nisba {
            let text = format!("{} {}", head.join(" "), doc.slice(doc.tokens[t + 1].span));
            (
                text,
                Phrase { tokens: t..t + 2, skip: vec![], entry: ph.entry, honorific: false, affiliation: Some(t + 1) },
            )
        } else {
            (
                head.join(" "),
                Phrase { tokens: t..t + 1, skip: vec![], entry: ph.entry, honorific: false, affiliation: None },
            )
        };
        found.push(Found { mention: pm, phrase, text: Some(text) });
    }
}

#[cfg(test)]
mod tests {
    use crate::output::EntityKind;
    use crate::Analyzer;

    fn roles(text: &str) -> Vec<(String, Vec<String>)> {
        let a = Analyzer::default().analyze(text).unwrap();
        a.entities
            .iter()
            .filter(|e| e.kind == crate::output::EntityKind::Person)
            .map(|e| (e.name.clone(), e.roles.iter().map(|r| r.title.clone()).collect()))
            .collect()
    }

    /// The names of the persons found in one paragraph under a headline.
    fn names(t: &str) -> Vec<String> {
        let a = Analyzer::default().analyze(&format!("عنوان\n\n{t}")).unwrap();
        a.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.clone()).collect()
    }

    fn has(r: &[(String, Vec<String>)], name: &str, title: &str) -> bool {
        r.iter().any(|(n, t)| n == name && t.iter().any(|x| x == title))
    }

    #[test]
    fn a_listed_title_s_joined_genitive_and_a_head_named_in_a_relative_clause() {
        let r = roles("عنوان\n\nوقال وزير الخارجية والتعاون المغربي يوسف العمراني إن الوضع مستقر.");
        assert!(has(&r, "يوسف العمراني", "وزير الخارجية والتعاون المغربي"), "{r:?}");
        let r = roles("عنوان\n\nوقال وزير الطاقة والمعادن المغربي عبد القادر عمارة إن الوضع مستقر.");
        assert!(has(&r, "عبد القادر عمارة", "وزير الطاقة والمعادن المغربي"), "{r:?}");
        let r = roles("عنوان\n\nوانتقدت كتلة الإصلاح والتغيير التي يرأسها النائب ميشال عون القرار.");
        assert!(has(&r, "ميشال عون", "رئيس كتلة الإصلاح والتغيير"), "{r:?}");
        let r = roles("عنوان\n\nوانتقدت الحكومة التي يرأسها سعد الحريري القرار.");
        assert!(has(&r, "سعد الحريري", "رئيس الحكومة"), "{r:?}");
    }

    #[test]
    fn a_nisba_after_a_titled_given_name_is_the_family_name() {
        let r = roles("عنوان\n\nوقال الأمين العام لجامعة الدول العربية نبيل العربي إن الجامعة ستطلب دعم خطتها.");
        assert!(has(&r, "نبيل العربي", "الأمين العام لجامعة الدول العربية"), "{r:?}");
        let r = roles("عنوان\n\nوقال الأمين العام لجامعة الدول العربية أحمد المصري إن الجامعة ستطلب.");
        assert!(has(&r, "أحمد المصري", "الأمين العام لجامعة الدول العربية"), "{r:?}");
        // The body stays a body when the person takes back the words the tagger gave it.
        let a = Analyzer::default()
            .analyze("عنوان\n\nوقال الأمين العام لجامعة الدول العربية نبيل العربي إن الجامعة ستطلب.")
            .unwrap();
        assert!(a.entities.iter().any(|e| e.kind == EntityKind::Organization && e.name == "جامعة الدول العربية"));
    }

    #[test]
    fn a_title_before_a_form_of_address_is_the_next_name_s() {
        let r = roles("استقبل الرئيس المصري حسني مبارك وزير الخارجية القطري الشيخ حمد بن جاسم آل ثاني.");
        assert!(has(&r, "حمد بن جاسم آل ثاني", "وزير الخارجية القطري"), "{r:?}");
        assert!(!has(&r, "حسني مبارك", "وزير الخارجية القطري"), "{r:?}");
        assert!(has(&r, "حسني مبارك", "الرئيس المصري"), "{r:?}");
        // Protocol prose: each name with its title after it.
        let r = roles("استقبل الملك سلمان بن عبد العزيز ملك السعودية الشيخ صباح الأحمد الجابر الصباح أمير الكويت.");
        assert!(has(&r, "سلمان بن عبد العزيز", "ملك السعودية"), "{r:?}");
        assert!(!has(&r, "صباح الأحمد الجابر الصباح", "ملك السعودية"), "{r:?}");
        let names: Vec<String> = roles("عنوان\n\nوزار الملك عبدالله المستشفى.").into_iter().map(|x| x.0).collect();
        assert!(!names.iter().any(|n| n.contains("المستشفى")), "{names:?}");
    }

    #[test]
    fn an_emir_of_a_country_is_an_office_and_his_given_name_is_him() {
        let a = Analyzer::default()
            .analyze(
                "عنوان\n\nاستقبل أمير دولة قطر الشيخ تميم بن حمد آل ثاني الرئيس التركي. وقال الشيخ تميم إن \
                 العلاقات قوية. وأكد الأمير تميم أن البلدين شريكان.",
            )
            .unwrap();
        let p: Vec<_> = a.entities.iter().filter(|e| e.kind == crate::output::EntityKind::Person).collect();
        assert_eq!(p.len(), 1, "{p:?}");
        let emir = p[0];
        assert_eq!(emir.mentions.len(), 3, "{:?}", emir.mentions);
        let office = emir.roles.iter().find(|r| r.title == "أمير دولة قطر").expect("the office");
        assert_eq!(office.kind, "title");
        assert!(a.quotes.iter().all(|q| q.speaker.as_deref() == Some(emir.id.as_str())), "{:?}", a.quotes);
        // "الأمير" with the article stays a form of address.
        let r = a.entities[0].roles.iter().chain(&emir.roles).find(|r| r.title == "الأمير");
        assert!(r.is_none_or(|r| r.kind == "honorific"));
        let r = roles("عنوان\n\nواستقبل أمير البلاد الشيخ مشعل الأحمد الجابر الصباح السفراء الجدد.");
        assert!(has(&r, "مشعل الأحمد الجابر الصباح", "أمير البلاد"), "{r:?}");
        // A compound given name after an honorific: "الأمير عبد العزيز".
        let r = roles(
            "عنوان\n\nأعلن الأمير عبد العزيز بن سلمان وزير الطاقة أن التحالف متماسك. وقال الأمير عبد العزيز إن السوق مستقر.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
    }

    #[test]
    fn a_title_a_comma_and_the_holders_nationality() {
        let r = roles("عنوان\n\nوقال مدرب الأهلي، الإسباني خوسيه ريبيرو، إن الفريق لعب جيدا.");
        assert!(has(&r, "خوسيه ريبيرو", "مدرب الأهلي"), "{r:?}");
    }

    #[test]
    fn an_office_of_a_place_governs_the_place_before_the_name() {
        for (text, name, title) in [
            ("وافتتح محافظ سوهاج خالد حسن المدرسة.", "خالد حسن", "محافظ سوهاج"),
            ("وقال محافظ عدن أحمد حامد لمليس إن الوضع مستقر.", "أحمد حامد لمليس", "محافظ عدن"),
            ("واستقبل أمير مكة خالد الفيصل الوفد.", "خالد الفيصل", "أمير مكة"),
            ("وقال رئيس بلدية حلب أحمد سالم إن الشوارع نظيفة.", "أحمد سالم", "رئيس بلدية حلب"),
        ] {
            let r = roles(&format!("عنوان\n\n{text}"));
            assert!(has(&r, name, title), "{text}: {r:?}");
        }
    }

    #[test]
    fn the_body_a_title_heads_is_its_affiliation() {
        let a = crate::Analyzer::default()
            .analyze("عنوان\n\nوقال الرئيس التنفيذي لشركة أرامكو أمين الناصر إن الأرباح ارتفعت.")
            .unwrap();
        let p = a.entities.iter().find(|e| e.name == "أمين الناصر").expect("the person");
        let aff =
            p.affiliation.as_deref().and_then(|id| a.entities.iter().find(|e| e.id == id)).map(|e| e.name.as_str());
        assert_eq!(aff, Some("أرامكو"));
    }

    #[test]
    fn a_title_the_body_it_heads_then_the_holder() {
        for (text, name, title) in [
            ("وقال رئيس شركة أرامكو أمين الناصر إن الأرباح ارتفعت.", "أمين الناصر", "رئيس شركة أرامكو"),
            (
                "وقال الرئيس التنفيذي لشركة أرامكو أمين الناصر إن الأرباح ارتفعت.",
                "أمين الناصر",
                "الرئيس التنفيذي لشركة أرامكو",
            ),
            ("وقال رئيس هيئة الاستثمار محمد عبد الوهاب إن الهيئة تعمل.", "محمد عبد الوهاب", "رئيس هيئة الاستثمار"),
            // A head noun of bodies with its genitive, then a name whose first word is also a
            // common word, before what he said.
            ("وقال رئيس جامعة الأزهر سلامة داود إن الجامعة منفتحة.", "سلامة داود", "رئيس جامعة الأزهر"),
            // The tagger read "توتال باتريك" as one name across the body's edge.
            (
                "وقال المدير العام لشركة توتال باتريك بويانيه إن الشركة تعمل.",
                "باتريك بويانيه",
                "المدير العام لشركة توتال",
            ),
        ] {
            let r = roles(&format!("عنوان\n\n{text}"));
            assert!(has(&r, name, title), "{text}: {r:?}");
        }
    }

    #[test]
    fn a_title_after_the_name_ends_at_a_time_an_object_or_a_place_reached() {
        // The title closes before a time word, and the one received after it has none.
        let r = roles("عنوان\n\nاستقبل خالد بن محمد العطية وزير الدولة لشؤون الدفاع اليوم جون هيلي.");
        assert_eq!(
            r,
            vec![("خالد بن محمد العطية".into(), vec!["وزير الدولة لشؤون الدفاع".into()]), ("جون هيلي".into(), vec![])]
        );
        let r = roles(
            "عنوان\n\nتلقى بدر بن حمد البوسعيدي وزير الخارجية اتصالا هاتفيا اليوم من يوهان فاديفول وزير الخارجية الألماني.",
        );
        assert!(has(&r, "بدر بن حمد البوسعيدي", "وزير الخارجية"), "{r:?}");
        assert!(has(&r, "يوهان فاديفول", "وزير الخارجية الألماني"), "{r:?}");
        // A comma closes the subject's apposition too.
        let r = roles("عنوان\n\nوقع الأمير عبدالعزيز بن سلمان وزير الطاقة، اليوم في الرياض، مذكرة تفاهم.");
        assert!(has(&r, "عبدالعزيز بن سلمان", "وزير الطاقة"), "{r:?}");
        // The object's own apposition; the subject, a bare title, is not the object.
        let text = "عنوان\n\nاستقبل الوزير أمس جان دوبون وزير الخارجية الفرنسي.";
        let r = roles(text);
        assert!(has(&r, "جان دوبون", "وزير الخارجية الفرنسي"), "{r:?}");
        let a = Analyzer::default().analyze(text).unwrap();
        let dubon = a.entities.iter().find(|e| e.name == "جان دوبون").unwrap();
        assert_eq!(dubon.mentions.len(), 1, "{:?}", dubon.mentions);
        // Where a minister arrives is not his title; where an envoy is sent is.
        let r = roles("عنوان\n\nالتقى خالد السعدي وزير الخارجية أمس.");
        assert_eq!(r, vec![("خالد السعدي".into(), vec!["وزير الخارجية".into()])]);
        // A headline's verb is no word of the name before it, nor its title the subject's.
        let r2 = roles("عباس يتلقى اتصالا هاتفيا من سانشيز\n\nتلقى الرئيس محمود عباس اتصالا هاتفيا.");
        assert!(r2.iter().all(|p| !p.0.contains("يتلقى")), "{r2:?}");
        let r = roles("سعيد يستقبل رئيسة الحكومة\n\nقال الوزير إن الوضع مستقر.");
        assert_eq!(r, vec![("سعيد".into(), vec![])]);
        let r = roles("عنوان\n\nوصل جان دوبون وزير الخارجية الفرنسي إلى مسقط أمس.");
        assert_eq!(r[0].1, vec!["وزير الخارجية الفرنسي".to_string()]);
        let r = roles("عنوان\n\nوصل مبعوث الأمم المتحدة إلى ليبيا غسان سلامة أمس.");
        assert!(has(&r, "غسان سلامة", "مبعوث الأمم المتحدة إلى ليبيا"), "{r:?}");
        let r = roles("عنوان\n\nاستقبل الرئيس اليوم المبعوث الشخصي للأمين العام للأمم المتحدة رمطان لعمامرة.");
        assert!(has(&r, "رمطان لعمامرة", "المبعوث الشخصي للأمين العام للأمم المتحدة"), "{r:?}");
    }

    #[test]
    fn a_body_s_name_or_acronym_set_off_inside_a_title() {
        let r = roles("عنوان\n\nوقال رئيس حزب «التقدم» سالم العلي إن الحزب سيشارك.");
        assert!(has(&r, "سالم العلي", "رئيس حزب «التقدم»"), "{r:?}");
        let r = roles("عنوان\n\nوقال القيادي في حركة المقاومة الإسلامية (حماس) طاهر النونو إن المفاوضات مستمرة.");
        assert!(has(&r, "طاهر النونو", "القيادي في حركة المقاومة الإسلامية (حماس)"), "{r:?}");
        // A blessing set off by commas is no person.
        let r = roles(
            "عنوان\n\nترأس صاحب السمو الشيخ محمد بن راشد آل مكتوم، نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، رعاه الله، اجتماع مجلس الوزراء.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        // A blessing after a ruler's title is none of it.
        let r = roles("عنوان\n\nواستقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة \"حفظه الله\" الوفد.");
        assert!(r.iter().all(|(_, t)| t.iter().all(|x| !x.contains("حفظه"))), "{r:?}");
        // A rank is written with the article; "عماد" alone is a given name.
        let r = roles("عنوان\n\nوأعلن النائب المستقل عماد شحادة أنه لم يسم أحدا.");
        assert!(has(&r, "عماد شحادة", "النائب المستقل"), "{r:?}");
        let r = roles("عنوان\n\nومن المقرر أن يزور وفد برئاسة رئيس بعثة الصندوق إلى العراق، غازي شبيكات، بغداد.");
        assert!(has(&r, "غازي شبيكات", "رئيس بعثة الصندوق إلى العراق"), "{r:?}");
    }

    #[test]
    fn a_counterpart_with_a_form_of_address_or_a_name_like_one() {
        let r = roles("عنوان\n\nوالتقى الوزير عباس عراقجي نظيره السعودي الأمير فيصل بن فرحان.");
        assert!(r.iter().any(|(n, t)| n == "فيصل بن فرحان" && t.iter().any(|x| x.ends_with("السعودي"))), "{r:?}");
        let r = roles("عنوان\n\nوبحث وزير الخارجية الباكستاني إسحاق دار مع نظيره الأفغاني أمير خان متقي العلاقات.");
        assert!(r.iter().any(|(n, t)| n == "أمير خان متقي" && t.iter().any(|x| x.ends_with("الأفغاني"))), "{r:?}");
        // A compound given name as the father's name ("عماد الدين") before «بنظيره».
        let r = roles("عنوان\n\nالتقى الوزير أحمد عماد الدين بنظيره السعودي عبد الله الربيعة.");
        assert!(has(&r, "أحمد عماد الدين", "الوزير"), "{r:?}");
        assert!(has(&r, "عبد الله الربيعة", "الوزير السعودي"), "{r:?}");
    }

    #[test]
    fn a_counterpart_of_someone_given_his_office_in_an_earlier_sentence() {
        let r = roles(
            "عنوان\n\nوصل وزير الخارجية الفرنسي لوران فابيوس إلى القاهرة أمس. والتقى فابيوس نظيره المصري نبيل فهمي.",
        );
        assert!(has(&r, "نبيل فهمي", "وزير الخارجية المصري"), "{r:?}");
        // Not the office of someone else named in the earlier sentence.
        let r = roles(
            "عنوان\n\nاستقبل الرئيس المصري محمد مرسي أمس الفرنسي لوران فابيوس. والتقى فابيوس نظيره المصري نبيل فهمي.",
        );
        assert!(!has(&r, "نبيل فهمي", "الرئيس المصري"), "{r:?}");
    }

    #[test]
    fn a_title_ends_before_the_verb_s_object_and_whom_he_spoke_to() {
        let only = |text: &str, name: &str, title: &str| {
            let r = roles(&format!("عنوان\n\n{text}"));
            let got = r.iter().find(|(n, _)| n == name).map(|(_, t)| t.clone()).unwrap_or_default();
            assert_eq!(got, vec![title.to_string()], "{text}");
        };
        only("وعرض أحمد سالم وزير الصحة خطة الوزارة.", "أحمد سالم", "وزير الصحة");
        only("ووصف خالد سالم وزير الخارجية البحريني الاتفاقية بأنها تاريخية.", "خالد سالم", "وزير الخارجية البحريني");
        only(
            "وقال محمد سالم المتحدث باسم وزارة الداخلية لوكالة فرانس برس إن الهجوم فشل.",
            "محمد سالم",
            "المتحدث باسم وزارة الداخلية",
        );
        only("وقال أحمد سالم وزير الصحة للصحفيين إن الوضع مستقر.", "أحمد سالم", "وزير الصحة");
        // A media office's own complement, and an adjective before the holder's name, stay.
        only("وقال علي حسن المدير العام لقناة الجزيرة إن البث مستمر.", "علي حسن", "المدير العام لقناة الجزيرة");
        only(
            "وقال وزير الدولة لشؤون الإعلام سميح المعايطة إن الحكومة حريصة.",
            "سميح المعايطة",
            "وزير الدولة لشؤون الإعلام",
        );
        let r = roles("عنوان\n\nوقال اللاعب المصري المحترف في ليفربول محمد صلاح إن الفريق جاهز.");
        assert!(has(&r, "محمد صلاح", "اللاعب المصري المحترف في ليفربول"), "{r:?}");
        let r = roles("عنوان\n\nوقال الرئيس العراقي المخلوع صدام حسين إن المحكمة باطلة.");
        assert!(has(&r, "صدام حسين", "الرئيس العراقي المخلوع"), "{r:?}");
    }

    #[test]
    fn a_counterpart_of_an_office_whose_holder_was_not_read_as_a_name() {
        let r = roles("عنوان\n\nبحث وزير التربية الأردني عيد الدحيات مع نظيره الكويتي أحمد المليفي التعاون.");
        assert!(has(&r, "أحمد المليفي", "وزير التربية الكويتي"), "{r:?}");
        // The nearest office, and not what someone was ("وزيرا").
        let r = roles(
            "عنوان\n\nوفي ختام زيارة رئيس الوزراء إلى عمان، التقى وزير الخارجية المصري نظيره الأردني أيمن الصفدي.",
        );
        assert!(!has(&r, "أيمن الصفدي", "رئيس الوزراء الأردني"), "{r:?}");
        let r =
            roles("عنوان\n\nوكان أحمد سالم وزيرا للخارجية قبل أن يعين سفيرا. والتقى سالم أمس نظيره الأردني خالد حسن.");
        assert!(r.iter().all(|(_, t)| t.iter().all(|x| !x.starts_with("زيرا"))), "{r:?}");
    }

    #[test]
    fn a_deputy_for_a_party_and_modifiers_joined_by_and() {
        let r =
            roles("عنوان\n\nواعتبر النائب عن الحزب الديمقراطي التقدمي إياد الدهماني أن الميزانية لا تستجيب للمطالب.");
        assert!(has(&r, "إياد الدهماني", "النائب عن الحزب الديمقراطي التقدمي"), "{r:?}");
        let r = roles("عنوان\n\nوأكد الوزير أن القاهرة تدعم المبعوث الدولي والعربي كوفي عنان.");
        assert!(has(&r, "كوفي عنان", "المبعوث الدولي والعربي"), "{r:?}");
    }

    #[test]
    fn a_bare_title_is_not_someone_named_in_a_later_sentence() {
        let a = Analyzer::default()
            .analyze(
                "عنوان\n\nترأس الاجتماعات وزير التجارة السعودي توفيق الربيعة ونظيره المصري محمود عيسى. وكان الوزير المصري قد التقى ولي العهد السعودي الأمير نايف بن عبد العزيز. وقال مصدر إن وزير الكهرباء المصري حسن يونس سيزور المملكة الشهر المقبل.",
            )
            .unwrap();
        let m = a.entities.iter().find(|e| e.name == "حسن يونس").expect("the minister of electricity");
        assert_eq!(m.mentions.len(), 1, "{:?}", m.mentions);
    }

    #[test]
    fn the_head_of_another_body_stands_for_nobody_named_later() {
        for t in [
            "وقال رئيس نقابة المهندسين إن صبر المهندسين قد نفد. والتقى رئيس مجلس الوزراء نجيب ميقاتي وزير التربية.",
            "وقال رئيس النقابة إن صبر المهندسين قد نفد. والتقى رئيس مجلس الوزراء نجيب ميقاتي وزير التربية.",
        ] {
            let a = Analyzer::default().analyze(&format!("عنوان\n\n{t}")).unwrap();
            let m = a.entities.iter().find(|e| e.name == "نجيب ميقاتي").expect("the prime minister");
            assert_eq!(m.mentions.len(), 1, "{t}: {:?}", m.mentions);
        }
    }

    #[test]
    fn mediators_missions_deputies_and_forms_of_address_after_an_office() {
        let r = roles("عنوان\n\nوقال الوسيط ثابو مبيكي إن المحادثات ستستأنف.");
        assert!(has(&r, "ثابو مبيكي", "الوسيط"), "{r:?}");
        let r = roles("عنوان\n\nودانت بعثة الأمم المتحدة لمساعدة العراق الهجوم، ودعا رئيسها مارتن كوبلر إلى ضبط النفس.");
        assert!(has(&r, "مارتن كوبلر", "رئيس بعثة الأمم المتحدة لمساعدة العراق"), "{r:?}");
        let r = roles("عنوان\n\nحضر رئيس الجمهورية محمد مرسي ونائبه محمود مكي الحفل.");
        assert!(has(&r, "محمود مكي", "نائبه"), "{r:?}");
        // An office after a name and before forms of address and another name is the first
        // one's: the reception formula ("استقبل فلان رئيس الدولة الشيخ فلان").
        let r = roles("عنوان\n\nواستقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة الشيخ محمد بن عبدالرحمن آل ثاني.");
        assert!(has(&r, "محمد بن زايد آل نهيان", "رئيس الدولة"), "{r:?}");
        assert_eq!(r.iter().filter(|(_, t)| t.iter().any(|x| x == "رئيس الدولة")).count(), 1, "{r:?}");
        // An occupation right after a body's head noun is its adjective.
        let r = roles("عنوان\n\nوذكر المكتب الإعلامي لرئيس الوزراء أحمد سالم أن الحكومة ستدرس السلسلة.");
        assert!(has(&r, "أحمد سالم", "رئيس الوزراء") && !has(&r, "أحمد سالم", "الإعلامي لرئيس الوزراء"), "{r:?}");
        // Not a rank after a body's head noun.
        let r = roles("عنوان\n\nوجاء القرار الذي أصدره رئيس المحكمة المستشار محمد عبد الرحيم الشناوي أمس.");
        assert!(has(&r, "محمد عبد الرحيم الشناوي", "رئيس المحكمة"), "{r:?}");
    }

    #[test]
    fn a_portfolio_with_adjectives_or_two_nouns_before_the_name() {
        let r = roles("عنوان\n\nوقال وزير الشؤون البلدية أحمد الكيلاني إن الأزمة كبيرة.");
        assert!(has(&r, "أحمد الكيلاني", "وزير الشؤون البلدية"), "{r:?}");
        let r = roles("عنوان\n\nوقال وزير التعليم العالي السعودي علي الحربي إن الخطة جاهزة.");
        assert!(has(&r, "علي الحربي", "وزير التعليم العالي السعودي"), "{r:?}");
        let r = roles("عنوان\n\nوقالت وزيرة التربية والتعليم هالة السعيد إن الخطة جاهزة.");
        assert!(has(&r, "هالة السعيد", "وزيرة التربية والتعليم"), "{r:?}");
        // A body named by one unlisted word, then its leader's name.
        let r = roles("عنوان\n\nالتقى الوزير زعيم حزب سيريزا أليكسيس تسيبراس.");
        assert!(has(&r, "أليكسيس تسيبراس", "زعيم حزب سيريزا"), "{r:?}");
    }

    #[test]
    fn a_possessive_title_with_where_it_serves() {
        let r = roles("عنوان\n\nوقال سفيرها لدى الرياض محمد الأمين إن العلاقات ممتازة.");
        assert!(has(&r, "محمد الأمين", "سفيرها لدى الرياض"), "{r:?}");
    }

    #[test]
    fn ranks_and_forms_of_address_between_the_office_and_the_name() {
        let r = roles("عنوان\n\nاستقبل الوزير أمس قائد الجيش العماد رودولف هيكل.");
        assert!(has(&r, "رودولف هيكل", "قائد الجيش") && has(&r, "رودولف هيكل", "العماد"), "{r:?}");
        let r = roles(
            "عنوان\n\nاستقبل رئيس مجلس السيادة القائد العام للقوات المسلحة الفريق أول ركن عبد الفتاح البرهان اليوم وزير الخارجية المصري.",
        );
        assert!(has(&r, "عبد الفتاح البرهان", "رئيس مجلس السيادة"), "{r:?}");
        assert!(has(&r, "عبد الفتاح البرهان", "القائد العام للقوات المسلحة"), "{r:?}");
        let r = roles("عنوان\n\nوقال رئيس أرامكو المهندس أمين الناصر إن الأرباح ارتفعت.");
        assert!(has(&r, "أمين الناصر", "رئيس أرامكو"), "{r:?}");
    }

    #[test]
    fn deputies_and_maghreb_ministries_keep_their_whole_title() {
        for (text, name, title) in [
            // The segmenter reads the و of "وكيلة" as "and".
            (
                "وقالت وكيلة الأمين العام للشؤون الإنسانية جويس مسويا إن الوضع صعب.",
                "جويس",
                "وكيلة الأمين العام للشؤون الإنسانية",
            ),
            (
                "وقالت مساعدة وزير الخارجية الأمريكي باربرا ليف إن الوضع صعب.",
                "باربرا ليف",
                "مساعدة وزير الخارجية الأمريكي",
            ),
            (
                "وقال وزير الشؤون الخارجية والتعاون الدولي خالد السعدي إن الوضع صعب.",
                "خالد السعدي",
                "وزير الشؤون الخارجية والتعاون الدولي",
            ),
            ("وقال كبير مفاوضي الحوثيين محمد عبد السلام إن الوضع صعب.", "محمد عبد السلام", "كبير مفاوضي الحوثيين"),
            (
                "وقال الرئيس التنفيذي لشركة معادن، خالد المديفر، إن الأرباح ارتفعت.",
                "خالد المديفر",
                "الرئيس التنفيذي لشركة معادن",
            ),
        ] {
            let r = roles(&format!("عنوان\n\n{text}"));
            assert!(r.iter().any(|(n, t)| n.starts_with(name) && t.iter().any(|x| x == title)), "{text}: {r:?}");
        }
    }

    #[test]
    fn names_after_a_title_the_lists_did_not_hold_whole() {
        for (text, name) in [
            // A given name from the rules' own list ("بندر" is also a port).
            ("وقال وزير الصناعة بندر الخريف إن القطاع ينمو.", "بندر الخريف"),
            // A given name that opens with "ال" the segmenter left whole.
            ("وقال الرئيس إلياس الحلو إن الجلسة انتهت.", "إلياس الحلو"),
            // A family name shaped like a nisba after two words of a name.
            ("وقال رئيس المجلس خالد سليمان العبادي إن الجلسة انتهت.", "خالد سليمان العبادي"),
            // An ambiguous title before a clear given name.
            ("وقال النائب خالد العبادي إن الجلسة انتهت.", "خالد العبادي"),
        ] {
            let r = roles(&format!("عنوان\n\n{text}"));
            assert!(r.iter().any(|(n, _)| n == name), "{text}: {r:?}");
        }
        // "علي" with its dots as a middle or first name; a rules-only given name a stop-word
        // list holds ("معاذ"); a foreign given name the segmenter cut ("باتريس").
        for (text, name) in [
            ("وقال سالم علي الكعبي إن المنتخب جاهز.", "سالم علي الكعبي"),
            ("وقال علي جواد الموسوي إن المنتخب جاهز.", "علي جواد الموسوي"),
            ("وقال وزير الاستثمار معاذ الخصاونة إن الاستثمار ينمو.", "معاذ الخصاونة"),
            ("قال باتريس موتسيبي إن البطولة ناجحة.", "باتريس موتسيبي"),
        ] {
            let r = roles(&format!("عنوان\n\n{text}"));
            assert!(r.iter().any(|(n, _)| n == name), "{text}: {r:?}");
        }
        // After a family name with the article, a listed given name opens the next person.
        let r = roles("عنوان\n\nالتقى يوسف العلمي جاك أنوما في القاهرة.");
        assert_eq!(r.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), vec!["يوسف العلمي", "جاك أنوما"], "{r:?}");
        // After a preposition the ambiguous title is the common noun ("the team").
        let r = roles("عنوان\n\nوجاء زميله في الفريق جراح العتيقي كأفضل لاعب.");
        assert!(r.is_empty(), "{r:?}");
        // An imperfect verb of the يفاعل pattern after a name is the sentence going on.
        let r = roles("عنوان\n\nتوفي الشاعر سليمان العيسى. ويصادف تاريخ وفاة سليمان العيسى يصادف الذكرى الخامسة.");
        assert_eq!(r.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), vec!["سليمان العيسى"], "{r:?}");
        // لـ and a verbal noun after a name is its purpose, not more of it.
        let r = roles("عنوان\n\nويزور رئيس الوزراء جعفر حسان لترؤس اللجنة العليا.");
        assert!(r.iter().any(|(n, _)| n == "جعفر حسان"), "{r:?}");
    }

    #[test]
    fn an_envoy_or_adviser_of_an_office_holder() {
        let r = roles("عنوان\n\nووصل الموفد الشخصي للرئيس الفرنسي جان إيف لودريان إلى بيروت.");
        assert_eq!(r, vec![("جان إيف لودريان".into(), vec!["الموفد الشخصي للرئيس الفرنسي".into()])]);
        let r = roles("عنوان\n\nوقال مستشار الرئيس الأمريكي جاريد كوشنر إن الاتفاق قريب.");
        assert_eq!(r, vec![("جاريد كوشنر".into(), vec!["مستشار الرئيس الأمريكي".into()])]);
        let r = roles("عنوان\n\nوقال مدير مكتب رئيس الوزراء أحمد الخطيب إن الزيارة ناجحة.");
        assert_eq!(r, vec![("أحمد الخطيب".into(), vec!["مدير مكتب رئيس الوزراء".into()])]);
        // A listed holder of the inner office is that office's, and the adviser is unnamed.
        let r = roles("عنوان\n\nوقال مستشار الرئيس الأمريكي دونالد ترامب إن الاتفاق قريب.");
        assert_eq!(r, vec![("دونالد ترامب".into(), vec!["الرئيس الأمريكي".into()])]);
    }

    #[test]
    fn lists_of_names_with_their_titles_after_them() {
        let r = roles("عنوان\n\nوحضر اللقاء خالد حسن وزير الخارجية، وأحمد سالم وزير المالية.");
        assert_eq!(
            r,
            vec![("خالد حسن".into(), vec!["وزير الخارجية".into()]), ("أحمد سالم".into(), vec!["وزير المالية".into()])]
        );
        let r = roles(
            "عنوان\n\nوحضر الاستقبال الشيخ طحنون بن زايد آل نهيان نائب حاكم إمارة أبوظبي مستشار الأمن الوطني، \
             ومعالي الدكتور سلطان الجابر وزير الصناعة.",
        );
        assert!(has(&r, "طحنون بن زايد آل نهيان", "مستشار الأمن الوطني"), "{r:?}");
        assert!(has(&r, "سلطان الجابر", "وزير الصناعة"), "a title that is a given name: {r:?}");
        assert!(!has(&r, "سلطان الجابر", "نائب حاكم إمارة أبوظبي"), "{r:?}");
        let r = roles("عنوان\n\nوقال الأمير محمد بن سلمان، ولي العهد رئيس مجلس الوزراء، إن المملكة ماضية.");
        assert!(has(&r, "محمد بن سلمان", "رئيس مجلس الوزراء"), "{r:?}");
    }

    #[test]
    fn the_second_half_of_a_compound_name_is_no_surname() {
        let a = Analyzer::default()
            .analyze("عنوان\n\nوقال الوزير محمد عبد السلام إن السلام قريب. وأضاف أن عملية السلام مستمرة.")
            .unwrap();
        let p = a.entities.iter().find(|e| e.name == "محمد عبد السلام").expect("the minister");
        assert_eq!(p.mentions.len(), 1, "'السلام' is peace: {:?}", p.mentions);
    }

    #[test]
    fn a_title_governing_a_place_then_the_name() {
        let r = roles("اتهم رئيس وفد كينيا كالونزو موسيوكا الخرطوم بعرقلة المحادثات.");
        assert!(has(&r, "كالونزو موسيوكا", "رئيس وفد كينيا"), "{r:?}");
        let r = roles("والتقى الوزير رئيس إقليم كردستان مسعود بارزاني في أربيل.");
        assert!(has(&r, "مسعود بارزاني", "رئيس إقليم كردستان"), "{r:?}");
        let r = roles("والتقى الوزير رئيس وزراء العراق نوري المالكي في بغداد.");
        assert!(has(&r, "نوري المالكي", "رئيس وزراء العراق"), "{r:?}");
    }

    #[test]
    fn two_known_names_joined_by_wa_are_two_people() {
        let n = names("وبحث مبارك مع عباس ونتنياهو جهود السلام.");
        assert!(n.contains(&"عباس".to_string()) && n.contains(&"نتنياهو".to_string()), "{n:?}");
        // A name the splitter cut after a given name is still its next word.
        assert_eq!(names("وقال جون ويليامز إن الفيلم جيد."), ["جون ويليامز"]);
        // A name cut inside or right after a compound given name is completed.
        assert_eq!(names("وقال عبد الله الربيعة إن الوضع مستقر."), ["عبد الله الربيعة"]);
        assert_eq!(names("افتتح وزير الثقافة والإعلام عبد الرحمن كمال المعرض."), ["عبد الرحمن كمال"]);
        assert_eq!(names("وافتتح عبد الله المعرض."), ["عبد الله"], "what he opened");
        // A family name with its particle is the person named in full before.
        let n = names("قال المفوض الأوروبي للتجارة كاريل دي غوشت إن الاتفاق مهم. وقال دي غوشت إن المفاوضات صعبة.");
        assert_eq!(n, ["كاريل دي غوشت"]);
    }

    #[test]
    fn coordinated_titles_are_one_holder_s() {
        let r = roles("وقال رئيس أوبك ووزير الطاقة الجزائري شكيب خليل إن الأسواق تعاني.");
        assert!(has(&r, "شكيب خليل", "رئيس أوبك") && has(&r, "شكيب خليل", "وزير الطاقة الجزائري"), "{r:?}");
        let r = roles("والتقى محمد علي، وزير الرياضة ورئيس اللجنة الأولمبية، رئيس الاتحاد الدولي جاك روغ.");
        assert!(has(&r, "محمد علي", "رئيس اللجنة الأولمبية"), "{r:?}");
        assert!(!has(&r, "جاك روغ", "وزير الرياضة") && !has(&r, "جاك روغ", "رئيس اللجنة الأولمبية"), "{r:?}");
    }

    #[test]
    fn a_bare_title_stands_for_its_holder_named_before_it() {
        let a = Analyzer::default()
            .analyze(
                "عنوان\n\nافتتح وزير الثقافة السعودي أحمد حسن المعرض. وأعلن الوزير أن تونس ستكون ضيف الشرف. \
                 والتقى حسن وزير الثقافة التونسي مهدي مبروك.",
            )
            .unwrap();
        let q = &a.quotes[0];
        let who = a.entities.iter().find(|e| Some(&e.id) == q.speaker.as_ref()).map(|e| e.name.as_str());
        assert_eq!(who, Some("أحمد حسن"), "the minister named after is another: {:?}", a.quotes);
    }

    #[test]
    fn a_title_with_its_possessive_before_an_unknown_name() {
        let r = roles("وترأس وفد الحزب الاشتراكي الديمقراطي رئيسه زيغمار غابرييل، الذي قال للصحفيين إن حزبه لن يوقع.");
        assert!(has(&r, "زيغمار غابرييل", "رئيس الحزب الاشتراكي الديمقراطي"), "{r:?}");
        assert!(roles("وقال الوزير إن رئيسه سيزور المدينة.").iter().all(|(n, _)| n != "سيزور"));
    }

    #[test]
    fn chief_of_a_plural() {
        let r = roles("وأوضح جون غروتزينغر، كبير علماء المهمة، أن المركبة بحالة جيدة.");
        assert!(has(&r, "جون غروتزينغر", "كبير علماء المهمة"), "{r:?}");
        let r = roles("وقال كبير مستشاري الرئيس الأمريكي ديفيد أكسلرود إن الحملة مستمرة.");
        assert!(has(&r, "ديفيد أكسلرود", "كبير مستشاري الرئيس الأمريكي"), "{r:?}");
        assert!(!has(&r, "ديفيد أكسلرود", "الرئيس الأمريكي"), "he advises the president: {r:?}");
    }

    #[test]
    fn a_rank_is_written_with_the_article_a_team_without() {
        let r = roles("هنأ الرئيس الأمريكي باراك أوباما فريق المهمة في بيان صادر عن البيت الأبيض.");
        assert!(r.iter().all(|(_, t)| t.iter().all(|x| !x.contains("فريق"))), "the team is no rank: {r:?}");
        let r = roles("وقال إمام المسجد الحرام عبد الرحمن السديس إن الحج ناجح.");
        assert!(has(&r, "عبد الرحمن السديس", "إمام المسجد الحرام"), "an imam is no rank: {r:?}");
        let r = roles("وقال الفريق سامي عنان إن الجيش مستعد.");
        assert!(has(&r, "سامي عنان", "الفريق"), "{r:?}");
    }

    #[test]
    fn ali_with_its_dots_after_a_title_opens_the_name() {
        let r = roles("أكد وزير البترول علي النعيمي أن بلاده ستلتزم بحصتها.");
        assert!(has(&r, "علي النعيمي", "وزير البترول"), "{r:?}");
        let r = roles("ووافق وزير الزراعة على الاقتراح.");
        assert!(r.is_empty(), "the preposition, written with ى: {r:?}");
    }

    #[test]
    fn a_name_after_a_title_keeps_a_first_letter_like_a_preposition() {
        let r = roles("وفازت الممثلة الهندية براشانتي ميهتا بجائزة أفضل ممثلة.");
        assert!(has(&r, "براشانتي ميهتا", "الممثلة الهندية"), "{r:?}");
        // A preposition before a name the article gives whole elsewhere is one.
        // Nor after the nisba of any noun, nor before a listed given name.
        let r = roles("وأكد الوزير الدعم الروسي لبشار الأسد.");
        assert!(r.iter().all(|(n, _)| n == "بشار الأسد"), "{r:?}");
        let r = roles("وقال نبيه بري إن الجلسة تأجلت. وذكر المكتب الإعلامي لبري أن الموعد لم يحدد.");
        assert!(!r.iter().any(|(n, _)| n == "لبري"), "{r:?}");
        // A name the lists know is one after a preposition, after a title too.
        assert_eq!(names("والتقى الرئيس بأوباما في البيت الأبيض."), ["أوباما"]);
        // A bare alif after the letter opens no word the corpus does not know: wherever the
        // name stands, the letter is its first ("وتألق باتريسيو"), not before a verbal noun.
        assert_eq!(names("وتألق باتريسيو في المباراة."), ["باتريسيو"]);
        assert!(names("وأشاد الوزير باستخدام الطاقة الشمسية.").is_empty());
    }

    #[test]
    fn foreign_given_names_of_culture_and_sport_news() {
        let r = roles("واستقبل السفير الياباني في الرباط هيروشي ناكامورا أعضاء الأوركسترا.");
        assert!(has(&r, "هيروشي ناكامورا", "السفير الياباني في الرباط"), "{r:?}");
        let r = roles("وقال برنهارد هويسلر، رئيس نادي بازل، إن العرض كان مناسبا.");
        assert!(r.iter().any(|(n, _)| n == "برنهارد هويسلر"), "{r:?}");
    }

    #[test]
    fn a_two_word_particle_of_a_family_name() {
        let r = roles("وأوضح عالم الفيروسات الهولندي يان فان دير برغ أن الإبل هي المصدر.");
        assert!(has(&r, "يان فان دير برغ", "عالم الفيروسات الهولندي"), "{r:?}");
    }

    #[test]
    fn a_president_whose_term_ends() {
        let r = roles("فاز بخاري على الرئيس المنتهية ولايته جودلاك جوناثان.");
        assert!(has(&r, "جودلاك جوناثان", "الرئيس المنتهية ولايته"), "{r:?}");
    }

    #[test]
    fn occupations_of_science_culture_and_sport() {
        let r = roles("وقال المايسترو الياباني كينجي تاناكا إن الجمهور رائع.");
        assert!(has(&r, "كينجي تاناكا", "المايسترو الياباني"), "{r:?}");
        let r = roles("وقال الوثاب القطري معتز برشم إن الفوز تاريخي.");
        assert!(has(&r, "معتز برشم", "الوثاب القطري"), "{r:?}");
        let r = roles("وقال عالم الفلك الأمريكي جون ماثر إن الاكتشاف مهم.");
        assert!(has(&r, "جون ماثر", "عالم الفلك الأمريكي"), "{r:?}");
        // An adjective without the article opens no name: "أجواء راقصة راقية".
        let r = roles("وسادت الحفل أجواء راقصة راقية طبعت الأمسية.");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn feminine_offices_and_whom_a_spokesman_speaks_for() {
        let r = roles("قالت لانا الجغبير، الأمينة العامة للجنة الأولمبية الأردنية، إن المذكرة مهمة.");
        assert!(r.iter().any(|(n, t)| n == "لانا الجغبير" && t.iter().any(|x| x.starts_with("الأمينة العامة"))), "{r:?}");
        let r = roles("وقالت جولييت توما، المتحدثة باسم الأمين العام، إن الاجتماع انتهى.");
        assert!(has(&r, "جولييت توما", "المتحدثة باسم الأمين العام"), "one title, not two: {r:?}");
        let r = roles("وقالت رائدة الفضاء الأمريكية سارة ميتشل إن الرحلة كانت ناجحة.");
        assert!(has(&r, "سارة ميتشل", "رائدة الفضاء الأمريكية"), "{r:?}");
        let r = roles("وقال طارق فوزي، كبير الاقتصاديين في البنك الأهلي، إن القرض سيعيد الثقة.");
        assert!(has(&r, "طارق فوزي", "كبير الاقتصاديين في البنك الأهلي"), "{r:?}");
        let r = roles("وقالت كاترين أشتون إن الخطة جيدة. إلا أن مايا كوسيانيتش، المتحدثة باسم أشتون، نفت ذلك.");
        assert!(has(&r, "مايا كوسيانيتش", "المتحدثة باسم أشتون"), "{r:?}");
        assert!(!r.iter().any(|(n, t)| n == "كاترين أشتون" && !t.is_empty()), "the one spoken for: {r:?}");
    }

    #[test]
    fn a_ministry_of_two_portfolios() {
        for (text, name, title) in [
            (
                "وقال وزير الخارجية وشؤون المغتربين شائع الزنداني إن الحل قريب.",
                "شائع الزنداني",
                "وزير الخارجية وشؤون المغتربين",
            ),
            ("ووقع وزير الطاقة والمناجم محمد عرقاب الاتفاق.", "محمد عرقاب", "وزير الطاقة والمناجم"),
            ("وقال محمد عرقاب، وزير الطاقة والمناجم، إن الاتفاق مهم.", "محمد عرقاب", "وزير الطاقة والمناجم"),
        ] {
            let r = roles(&format!("عنوان\n\n{text}"));
            assert!(has(&r, name, title), "{text}: {r:?}");
        }
        // Not an office with its adjective and the next item of the sentence.
        let r = roles("عنوان\n\nوفاز محمد عبادي بمنصب الأمين العام والثاني بمنصب نائبه.");
        assert!(!has(&r, "محمد عبادي", "الأمين العام والثاني"), "{r:?}");
    }

    #[test]
    fn the_host_s_title_in_apposition_before_the_guest_s() {
        let a = Analyzer::default()
            .analyze(
                "عنوان\n\nاستقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة الرئيس الإيطالي سيرجيو ماتاريلا. \
                 وأكد سموه أن العلاقات متينة.",
            )
            .unwrap();
        let titles = |n: &str| -> Vec<String> {
            a.entities
                .iter()
                .find(|e| e.name == n)
                .map(|e| e.roles.iter().filter(|r| r.kind == "title").map(|r| r.title.clone()).collect())
                .unwrap_or_default()
        };
        assert_eq!(titles("محمد بن زايد آل نهيان"), ["رئيس الدولة"]);
        assert_eq!(titles("سيرجيو ماتاريلا"), ["الرئيس الإيطالي"]);
        let mbz = a.entities.iter().find(|e| e.name == "محمد بن زايد آل نهيان").unwrap();
        assert_eq!(a.quotes[0].speaker.as_deref(), Some(mbz.id.as_str()), "'سموه' is the one addressed so");
    }

    #[test]
    fn the_object_after_a_long_chain_of_the_subject_s_titles() {
        let r = roles("عنوان\n\nواستقبل ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان الوزير الصيني في قصر اليمامة.");
        assert!(!has(&r, "محمد بن سلمان", "الوزير الصيني في قصر اليمامة"), "{r:?}");
    }

    #[test]
    fn a_title_in_apposition_when_the_one_met_comes_after_with() {
        let r = roles(
            "عنوان\n\nاجتمع معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، اليوم، مع وفد أمريكي.",
        );
        assert!(has(&r, "محمد بن عبدالرحمن بن جاسم آل ثاني", "رئيس مجلس الوزراء"), "{r:?}");
        assert!(has(&r, "محمد بن عبدالرحمن بن جاسم آل ثاني", "وزير الخارجية"), "{r:?}");
        // Without it, the office after the host is his guest's.
        let r = roles("عنوان\n\nواستقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأمريكي في القاهرة.");
        assert_eq!(r, vec![("عبد الفتاح السيسي".into(), vec!["الرئيس".into()])]);
    }

    #[test]
    fn a_surname_two_people_share_is_the_first_named() {
        let a = Analyzer::default()
            .analyze("عنوان\n\nقدم الفنان مارسيل خليفة حفلة مع ابنه رامي خليفة. وقال خليفة إن الجمهور رائع.")
            .unwrap();
        let people: Vec<&str> = a
            .entities
            .iter()
            .filter(|e| e.kind == crate::output::EntityKind::Person)
            .map(|e| e.name.as_str())
            .collect();
        assert!(!people.contains(&"خليفة"), "{people:?}");
        let m = a.entities.iter().find(|e| e.name == "مارسيل خليفة").unwrap();
        assert_eq!(a.quotes[0].speaker.as_deref(), Some(m.id.as_str()));
    }

    #[test]
    fn a_kunya_whose_name_is_spelled_like_a_preposition() {
        let r = roles("عنوان\n\nوقال المهاجم الفلسطيني وسام أبو علي إن الفوز مهم.");
        assert!(has(&r, "وسام أبو علي", "المهاجم الفلسطيني"), "{r:?}");
    }

    #[test]
    fn abbreviations_list_items_and_award_categories() {
        let r = roles("وشدد وزير الاقتصاد في الحكومة د. علاء الرفاتي أن معظم المشاريع توقفت.");
        assert!(has(&r, "علاء الرفاتي", "وزير الاقتصاد في الحكومة"), "{r:?}");
        let r = roles("وحضر الحفل وزير الثقافة التونسي رؤوف الباسطي، المغنية اللبنانية أميمة الخليل.");
        assert!(has(&r, "أميمة الخليل", "المغنية اللبنانية"), "{r:?}");
        assert!(!has(&r, "رؤوف الباسطي", "المغنية اللبنانية"), "{r:?}");
        let r = roles("ومنحت جائزة أفضل ممثل للروسي أليكسي شيفتشينكو عن دوره في الفيلم.");
        assert!(r.iter().all(|(_, t)| t.is_empty()), "an award, not a title: {r:?}");
        let r = roles("من جانبه، وصف جان كوم، المؤسس والرئيس التنفيذي للشركة، الصفقة بالشراكة.");
        assert!(r.iter().any(|(n, _)| n == "جان كوم"), "{r:?}");
    }

    #[test]
    fn a_deputy_of_an_office_with_an_organisation() {
        let r = roles("عنوان\n\nوقالت نائبة محافظ البنك المركزي رنا الصباغ إن التضخم تراجع.");
        assert!(has(&r, "رنا الصباغ", "نائبة محافظ البنك المركزي"), "{r:?}");
    }

    #[test]
    fn an_accusative_title_read_as_and_plus_a_word() {
        let r = roles("عنوان\n\nوعين الملك عبد الله الثاني سامي النجار وزيرا للعمل.");
        assert!(has(&r, "سامي النجار", "وزيرا للعمل"), "{r:?}");
        assert!(!has(&r, "عبد الله الثاني", "وزيرا للعمل"), "{r:?}");
    }

    #[test]
    fn a_title_that_is_also_a_common_noun() {
        let a = crate::Analyzer::default()
            .analyze("عنوان\n\nوقالت رئيسة الفريق البحثي الدكتورة سارة العتيبي إن النتائج مهمة. وأضافت أن الفريق عمل ثلاث سنوات.")
            .unwrap();
        let sara = a.entities.iter().find(|e| e.name == "سارة العتيبي").expect("Sara");
        let titles: Vec<&str> = sara.roles.iter().map(|r| r.title.as_str()).collect();
        assert!(titles.contains(&"رئيسة الفريق البحثي"), "the team, not a general: {titles:?}");
        assert_eq!(sara.mentions.len(), 1, "'الفريق' alone is the team: {:?}", sara.mentions);
        let r = roles("عنوان\n\nواستقبل العاهل الأردني الملك عبد الله الثاني الرئيس الفرنسي.");
        assert!(has(&r, "عبد الله الثاني", "العاهل الأردني"), "{r:?}");
    }

    #[test]
    fn a_title_with_a_possessive_names_the_body() {
        let r =
            roles("الزمالك يجدد للمدرب\n\nوأعلن نادي الزمالك تجديد عقد المدرب، وقال رئيسه حسين لبيب إن القرار نهائي.");
        assert!(has(&r, "حسين لبيب", "رئيس نادي الزمالك"), "{r:?}");
    }

    #[test]
    fn a_deputy_minister_and_the_object_of_a_reception() {
        let r = roles("واستقبل نائب وزير الخارجية السعودي وليد الخريجي السفير الفرنسي في الرياض.");
        assert_eq!(r, vec![("وليد الخريجي".to_string(), vec!["نائب وزير الخارجية السعودي".to_string()])]);
    }

    #[test]
    fn in_the_capacity_of_and_a_deputy_s_feminine_title() {
        let r = roles("وقال سامي الخطيب بصفته رئيسا للجنة الانتخابات إن النتائج نهائية.");
        assert!(has(&r, "سامي الخطيب", "رئيسا للجنة الانتخابات"), "{r:?}");
        let r = roles("وقالت نائبة رئيس البرلمان الأوروبي كاتارينا بارلي إن الاتحاد موحد.");
        assert!(has(&r, "كاتارينا بارلي", "نائبة رئيس البرلمان الأوروبي"), "{r:?}");
    }

    #[test]
    fn names_the_lexicons_misread_after_and_before_titles() {
        // A foreign family name read as ب + stem.
        let r = roles("كما ألقت إيرينا بوكوفا المديرة العامة لمنظمة اليونسكو كلمة بعد تسليم الجائزة.");
        assert!(has(&r, "إيرينا بوكوفا", "المديرة العامة لمنظمة اليونسكو"), "{r:?}");
        // A family name that is a weekday, an adjective the tagger never saw in a title, and
        // what he won is not his title.
        let r = roles("وحصل اللاعب التونسي الشهير عصام جمعة لاعب نادي الكويت على لقب أفضل لاعب محترف.");
        assert!(has(&r, "عصام جمعة", "اللاعب التونسي الشهير"), "{r:?}");
        assert!(has(&r, "عصام جمعة", "لاعب نادي الكويت"), "{r:?}");
        // A common word as the family name after a title and a given name.
        let r = roles("وقالت مشرفة الفرقة وفاء سفر إن الحفل نجح.");
        assert!(has(&r, "وفاء سفر", "مشرفة الفرقة"), "{r:?}");
    }

    #[test]
    fn a_spokesman_s_title_names_whom_he_speaks_for() {
        let r = roles("وقال يوهان شتراوس، المتحدث باسم الأمين العام للأمم المتحدة، إن المنظمة تتابع الوضع.");
        assert!(has(&r, "يوهان شتراوس", "المتحدث باسم الأمين العام للأمم المتحدة"), "{r:?}");
        let r = roles("وقال المتحدث باسم الرئيس الروسي دميتري بيسكوف إن الكرملين يرحب بالمبادرة.");
        assert!(has(&r, "دميتري بيسكوف", "المتحدث باسم الرئيس الروسي"), "{r:?}");
    }

    #[test]
    fn titles_before_after_and_nested() {
        let r = roles("التقى المبعوث الأمريكي الخاص ستيف ويتكوف في موسكو. وأوضح كيريل دميترييف، الممثل الخاص للرئيس الروسي للاستثمار والتعاون الاقتصادي مع الدول الأجنبية، أن اللقاء كان مثمرا.");
        assert!(has(&r, "ستيف ويتكوف", "المبعوث الأمريكي الخاص"), "{r:?}");
        assert!(
            has(&r, "كيريل دميترييف", "الممثل الخاص للرئيس الروسي للاستثمار والتعاون الاقتصادي مع الدول الأجنبية"),
            "{r:?}"
        );
        let r = roles("وصل المبعوث الخاص للرئيس الروسي فلاديمير بوتين للشؤون الاقتصادية، كيريل دميترييف، إلى واشنطن.");
        assert!(has(&r, "كيريل دميترييف", "المبعوث الخاص للرئيس الروسي للشؤون الاقتصادية"), "{r:?}");
        assert!(has(&r, "فلاديمير بوتين", "الرئيس الروسي"), "{r:?}");
    }

    #[test]
    fn apposition_without_comma_and_occupations() {
        let r = roles("وقال الدكتور سامر الخطيب أستاذ الفقه بجامعة الأزهر إن الانتخابات نزيهة.");
        assert!(has(&r, "سامر الخطيب", "أستاذ الفقه بجامعة الأزهر"), "{r:?}");
        let r = roles("أعلن لوران فابيوس وزير الخارجية الفرنسي أن العقوبات ستخفف.");
        assert!(has(&r, "لوران فابيوس", "وزير الخارجية الفرنسي"), "{r:?}");
    }

    #[test]
    fn each_item_of_a_list_keeps_its_title_and_a_counterpart_is_not_part_of_one() {
        let r = roles("شارك في الاجتماع سامح شكري وزير الخارجية المصري وأيمن الصفدي وزير الخارجية الأردني.");
        assert!(has(&r, "سامح شكري", "وزير الخارجية المصري"), "{r:?}");
        assert!(has(&r, "أيمن الصفدي", "وزير الخارجية الأردني"), "{r:?}");
        assert!(!has(&r, "أيمن الصفدي", "وزير الخارجية المصري"), "{r:?}");
        // Also after a verb whose object the list is.
        let r = roles("التقى الوزير وفدا ضم نبيه بري رئيس مجلس النواب اللبناني وفؤاد السنيورة رئيس الوزراء.");
        assert!(has(&r, "نبيه بري", "رئيس مجلس النواب اللبناني"), "{r:?}");
        assert!(!has(&r, "فؤاد السنيورة", "رئيس مجلس النواب اللبناني"), "{r:?}");
        let r = roles("التقى الشيخ عبد الله بن زايد وزير الخارجية نظيره المصري سامح شكري في أبوظبي.");
        assert!(has(&r, "عبد الله بن زايد", "وزير الخارجية"), "{r:?}");
        assert!(has(&r, "سامح شكري", "وزير الخارجية المصري"), "{r:?}");
        assert!(r.iter().all(|(_, t)| t.iter().all(|x| !x.contains("نظيره"))), "{r:?}");
        // With no name before the title, a name's first letter و is no conjunction.
        let r = roles("وقال الوزير اللبناني السابق وئام وهاب إن الحكومة ستسقط.");
        assert!(r.iter().any(|(_, t)| t.iter().any(|x| x == "الوزير اللبناني السابق")), "{r:?}");
        let r = roles("وبحث سامح شكري وزير الخارجية مع نظيره الأردني أيمن الصفدي العلاقات.");
        assert!(has(&r, "سامح شكري", "وزير الخارجية"), "{r:?}");
        assert!(r.iter().all(|(_, t)| t.iter().all(|x| !x.contains("نظيره"))), "{r:?}");
    }

    #[test]
    fn the_leader_of_a_body_or_a_delegation_after_bi() {
        let r = roles("وصل إلى القاهرة وفد من حركة حماس برئاسة إسماعيل هنية.");
        assert!(has(&r, "إسماعيل هنية", "رئيس وفد حركة حماس"), "{r:?}");
        let r = roles("وتنشط في الصومال جماعات تابعة لتنظيم القاعدة بزعامة أسامة بن لادن.");
        assert!(has(&r, "أسامة بن لادن", "زعيم تنظيم القاعدة"), "{r:?}");
        let r = roles("ووصل وفد مصري برئاسة الوزير سامح شكري إلى عمان.");
        assert!(has(&r, "سامح شكري", "رئيس وفد مصري"), "{r:?}");
        let r = roles("واستقبل الملك وفدا من حركة حماس برئاسة خالد مشعل.");
        assert!(has(&r, "خالد مشعل", "رئيس وفد حركة حماس"), "{r:?}");
        // A body chaired or a team led is not headed by the name.
        let r = roles("واجتمع مجلس الوزراء اللبناني برئاسة الرئيس ميشال سليمان.");
        assert!(!has(&r, "ميشال سليمان", "رئيس مجلس الوزراء اللبناني"), "{r:?}");
        // A meeting chaired is no body.
        let r = roles("وعقد اجتماع برئاسة الرئيس محمد مرسي.");
        assert!(r.iter().all(|(_, t)| t.iter().all(|x| !x.contains("اجتماع"))), "{r:?}");
    }

    #[test]
    fn a_title_before_a_name_in_quotation_marks() {
        let r = roles("وقال القيادي في الحركة \"أبو عبيدة\" إن المقاومة مستمرة.");
        assert!(has(&r, "أبو عبيدة", "القيادي في الحركة"), "{r:?}");
        let r = roles("وقال المتحدث باسم كتائب القسام «أبو عبيدة» إن المقاومة مستمرة.");
        assert!(has(&r, "أبو عبيدة", "المتحدث باسم كتائب القسام"), "{r:?}");
        // Only the one title right before the marks.
        let r = roles("وكرم الرئيس الفنان \"عادل إمام\" في الحفل.");
        assert!(!has(&r, "عادل إمام", "الرئيس"), "{r:?}");
    }

    #[test]
    fn an_emperor() {
        let r = roles("واستقبل الإمبراطور الياباني ناروهيتو الرئيس الأمريكي جو بايدن في طوكيو.");
        assert!(has(&r, "ناروهيتو", "الإمبراطور الياباني"), "{r:?}");
    }

    #[test]
    fn officials_inspectors_and_employees_are_titles() {
        let r = roles("وقال جون سميث، المسؤول في وزارة الخارجية الأمريكية، إن الوفد سيصل غدا.");
        assert!(has(&r, "جون سميث", "المسؤول في وزارة الخارجية الأمريكية"), "{r:?}");
        let r = roles("وقال هانز بليكس، كبير مفتشي الأسلحة، إن العراق تعاون.");
        assert!(has(&r, "هانز بليكس", "كبير مفتشي الأسلحة"), "{r:?}");
        // Before the name, the official is the name's title, and the name speaks.
        let r = roles("وقال المسؤول الأمريكي جون سميث إن الوفد سيصل.");
        assert!(has(&r, "جون سميث", "المسؤول الأمريكي"), "{r:?}");
        // The one responsible for something holds no office.
        let r = roles("وقتل أبو مصعب الزرقاوي المسؤول عن سلسلة من الهجمات في العراق.");
        assert!(r.iter().all(|(_, t)| t.is_empty()), "{r:?}");
        // An office where a body is, before the name.
        let r = roles("وقال الممثل الأمريكي في الأمم المتحدة جون بولتون إن القرار جاهز.");
        assert!(has(&r, "جون بولتون", "الممثل الأمريكي في الأمم المتحدة"), "{r:?}");
        // Not alone: "المسؤول عن الهجوم" names nobody.
        let r = roles("وأكد الوزير أن المسؤول عن الهجوم فر.");
        assert!(r.iter().all(|(n, _)| !n.contains("المسؤول")), "{r:?}");
    }

    #[test]
    fn a_title_said_again_as_a_predicate_is_one_role() {
        let r = roles("وقال مفتي المدينة نبيل الحمصاني إن العيد الأحد. وكان المجلس قد عين نبيل الحمصاني مفتيا للمدينة.");
        let (_, titles) = r.iter().find(|(n, _)| n == "نبيل الحمصاني").expect("the person");
        assert_eq!(titles.iter().filter(|t| t.starts_with("مفتي")).count(), 1, "{r:?}");
    }

    #[test]
    fn a_title_in_the_accusative_that_is_also_a_given_name_ends_the_name() {
        let r = roles("عنوان\n\nانتخب المؤتمر أحمد سالم أمينا عاما للحزب.");
        assert!(r.iter().any(|(n, _)| n == "أحمد سالم"), "{r:?}");
        // "قادة" (leaders), a given name in the faker list, ends a name.
        let r = roles("عنوان\n\nاستقبل الرئيس المصري محمد مرسي قادة الجيش.");
        assert!(has(&r, "محمد مرسي", "الرئيس المصري"), "{r:?}");
        assert!(r.iter().all(|(n, _)| !n.contains("قادة")), "{r:?}");
    }

    #[test]
    fn predicates_and_offices() {
        let r = roles("وقال سعد الحريري إن الحل قريب، وكان رئيس وفد المعارضة إلى مفاوضات جنيف.");
        assert!(
            r.iter().any(|(n, t)| n == "سعد الحريري" && t.iter().any(|x| x.starts_with("رئيس وفد المعارضة"))),
            "{r:?}"
        );
        let r = roles("فاز الدكتور شوقي إبراهيم عبد الكريم بمنصب مفتي الديار المصرية.");
        assert!(has(&r, "شوقي إبراهيم عبد الكريم", "مفتي الديار المصرية"), "{r:?}");
        // The new holder of a head, not the current one.
        let r = roles("فاز الدكتور شوقي إبراهيم عبد الكريم بمنصب مفتي الديار المصرية خلفا للمفتي الحالي علي جمعة. وهنأ الرئيس المفتي الجديد.");
        assert!(has(&r, "شوقي إبراهيم عبد الكريم", "المفتي الجديد"), "{r:?}");
        let r = roles("وقال الشاعر أحمد الطيب إن الأمر صعب. وعمل موجها للغة العربية في وزارة التربية السورية.");
        assert!(has(&r, "أحمد الطيب", "موجها للغة العربية في وزارة التربية السورية"), "{r:?}");
    }

    #[test]
    fn chains_honorifics_relative_clauses() {
        let r = roles("استقبل ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان الوفد.");
        assert!(has(&r, "محمد بن سلمان", "ولي العهد"), "{r:?}");
        assert!(has(&r, "محمد بن سلمان", "نائب رئيس مجلس الوزراء"), "{r:?}");
        assert!(has(&r, "محمد بن سلمان", "وزير الدفاع"), "{r:?}");
        let r = roles("وقال الدكتور سامر الخطيب، وأستاذ ورئيس قسم الفقه المقارن بكلية الشريعة والقانون بجامعة الأزهر الدكتور خالد العمري إن الأمر محسوم.");
        assert!(
            has(&r, "خالد العمري", "أستاذ ورئيس قسم الفقه المقارن بكلية الشريعة والقانون بجامعة الأزهر"),
            "coordinated heads and genitives: {r:?}"
        );
        assert!(
            !r.iter().any(|(n, t)| n == "سامر الخطيب" && t.iter().any(|x| x.starts_with("أستاذ"))),
            "a list item is not an apposition: {r:?}"
        );
        let r = roles("يلعب صندوق الاستثمارات المباشرة الروسي، الذي يرأسه كيريل دميترييف، دورا محوريا.");
        assert!(r.iter().any(|(n, t)| n == "كيريل دميترييف" && t.iter().any(|x| x.starts_with("رئيس صندوق"))), "{r:?}");
    }

    #[test]
    fn a_title_inside_a_place_s_name_holds_no_office() {
        let r = roles(
            "عنوان\n\nوكان في استقبال الرئيس الفرنسي إيمانويل ماكرون لدى وصوله إلى مطار الملك خالد الدولي ولي العهد الأمير محمد بن سلمان.",
        );
        let mbs = r.iter().find(|(n, _)| n == "محمد بن سلمان").expect("the crown prince");
        assert_eq!(mbs.1, vec!["الأمير", "ولي العهد"], "{r:?}");
    }

    #[test]
    fn given_names_the_segmenter_cut_after_a_preposition_or_before_a_pronoun() {
        let r = roles("عنوان\n\nووقع المذكرة نائب الرئيس للاستراتيجية المهندسة بسمة العتيبي.");
        assert!(has(&r, "بسمة العتيبي", "نائب الرئيس للاستراتيجية"), "{r:?}");
        let r = roles("عنوان\n\nوحضر اللقاء الدكتورة لمياء الشامسي وزيرة دولة للتجارة الخارجية.");
        assert!(has(&r, "لمياء الشامسي", "وزيرة دولة للتجارة الخارجية"), "{r:?}");
        let r = roles("عنوان\n\nوقالت لانا الحسن إن الوضع صعب.");
        assert_eq!(r.first().map(|p| p.0.as_str()), Some("لانا الحسن"), "{r:?}");
        // "نجمه" is its star, not the given name «نجمة».
        let r = roles("عنوان\n\nبعد إصابة نجمه محمد أبو تريكة في الشوط الأول.");
        assert!(r.iter().all(|p| !p.0.starts_with("نجم")), "{r:?}");
    }

    #[test]
    fn an_adviser_of_an_office_made_definite_by_its_genitive_is_one_title() {
        let r = roles("عنوان\n\nالتقى مستشار رئيس الوزراء فاضل البياتي الوفد.");
        assert_eq!(r, vec![("فاضل البياتي".to_string(), vec!["مستشار رئيس الوزراء".to_string()])]);
        let r = roles("عنوان\n\nوقال سفير خادم الحرمين الشريفين لدى فرنسا فهد الرويلي إن العلاقات متينة.");
        assert!(has(&r, "فهد الرويلي", "سفير خادم الحرمين الشريفين لدى فرنسا"), "{r:?}");
    }

    #[test]
    fn the_guest_of_a_country_and_a_title_naming_the_country_for_its_nisba() {
        let a = crate::Analyzer::default()
            .analyze("عنوان\n\nوصل رئيس الوزراء الإيطالي جورجيا ميلوني إلى القاهرة. ومن المقرر أن يلتقي الضيف الإيطالي غدا الخميس الدكتور مصطفى مدبولي.")
            .unwrap();
        let meet = a.events.iter().find(|e| e.kind == "meeting").expect("a meeting");
        let name = |id: &str| a.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default();
        assert_eq!(name(&meet.participants[0].entity), "جورجيا ميلوني", "{:?}", a.events);
        let a = crate::Analyzer::default()
            .analyze("عنوان\n\nاستقبل الوزير اليوم سفير اليابان كينجي تاناكا. من جانبه، أوضح السفير الياباني أن بلاده ستواصل دعمها.")
            .unwrap();
        let q = a.quotes.last().expect("a quote");
        let speaker =
            q.speaker.as_deref().and_then(|id| a.entities.iter().find(|e| e.id == id)).map(|e| e.name.as_str());
        assert_eq!(speaker, Some("كينجي تاناكا"), "{:?}", a.quotes);
    }

    #[test]
    fn presidential_envoys_foreign_particles_and_bassem_after_an_office() {
        let r = roles("عنوان\n\nاستقبل الرئيس بطرس كنعان الموفد الرئاسي الفرنسي الخاص إلى لبنان لوك دوفال.");
        assert!(has(&r, "لوك دوفال", "الموفد الرئاسي الفرنسي الخاص إلى لبنان"), "{r:?}");
        let r =
            roles("عنوان\n\nومن المقرر أن يستقبل عضو المجلس الرئاسي موسى الكوني، غدا الخميس، وفدا من أعيان الجنوب.");
        assert!(has(&r, "موسى الكوني", "عضو المجلس الرئاسي"), "{r:?}");
        let r = roles("عنوان\n\nوقال رئيس الوزراء البلجيكي بارت دي ويفر إن بلاده قلقة.");
        assert!(has(&r, "بارت دي ويفر", "رئيس الوزراء البلجيكي"), "{r:?}");
        let r = roles("عنوان\n\nاستقبل وزير الخارجية باسم الخطيب السفير الإيطالي.");
        assert!(has(&r, "باسم الخطيب", "وزير الخارجية"), "{r:?}");
        // A spokesman's «باسم» is for whom he speaks.
        assert!(roles("عنوان\n\nوقال المتحدث باسم الحكومة إن الوضع مستقر.").is_empty());
        // The particle's word ends the name.
        let r = roles("عنوان\n\nوقال مصدر إن ستافان دي ميستورا سيخلف الإبراهيمي.");
        assert!(r.iter().all(|p| !p.0.contains("سيخلف")), "{r:?}");
    }

    #[test]
    fn the_guest_s_title_before_a_comma_and_his_name() {
        let r = roles("عنوان\n\nاستقبل رئيس الحكومة عزيز أخنوش وزير الطاقة الموريتاني، محمد ولد خالد.");
        assert_eq!(
            r.iter().find(|p| p.0 == "عزيز أخنوش").map(|p| p.1.clone()),
            Some(vec!["رئيس الحكومة".to_string()]),
            "{r:?}"
        );
        assert!(has(&r, "محمد ولد خالد", "وزير الطاقة الموريتاني"), "{r:?}");
    }

    #[test]
    fn chinese_names_after_a_title() {
        let r = roles("عنوان\n\nاستقبل الوزير نائب وزير التجارة الصيني تشانغ وي.");
        assert!(has(&r, "تشانغ وي", "نائب وزير التجارة الصيني"), "{r:?}");
    }

    #[test]
    fn a_title_that_says_its_in_place_of_the_article() {
        let r = roles("عنوان\n\nأعلنت شركة فيفندي صفقة جديدة. وقال رئيس مجلس إدارتها جان رينيه فورتو إن الصفقة مهمة.");
        assert!(has(&r, "جان رينيه فورتو", "رئيس مجلس إدارتها"), "{r:?}");
        let r = roles("عنوان\n\nوقال رئيسها التنفيذي أحمد سالم إن الشركة ستتوسع، وأكد وزير خارجيته لوران فابيوس ذلك.");
        assert!(has(&r, "أحمد سالم", "رئيسها التنفيذي"), "{r:?}");
        assert!(has(&r, "لوران فابيوس", "وزير خارجيته"), "{r:?}");
        // A compound given name takes no title after it as its family name.
        let r = roles("عنوان\n\nاستقبل الملك عبد الله بن عبد العزيز رئيس الوزراء الهندي مانموهان سينغ.");
        assert!(has(&r, "عبد الله بن عبد العزيز", "الملك"), "{r:?}");
        assert!(has(&r, "مانموهان سينغ", "رئيس الوزراء الهندي"), "{r:?}");
    }

    #[test]
    fn before_someone_is_no_imam() {
        let r = roles("عنوان\n\nوقال وزير المالية أنس الصالح أمام النواب إن العجز كبير.");
        assert_eq!(
            r.iter().find(|p| p.0 == "أنس الصالح").map(|p| p.1.clone()),
            Some(vec!["وزير المالية".to_string()]),
            "{r:?}"
        );
        let r = roles("عنوان\n\nوألقى إمام المسجد الأقصى الشيخ عكرمة صبري خطبة الجمعة.");
        assert!(has(&r, "عكرمة صبري", "إمام المسجد الأقصى"), "{r:?}");
    }

    #[test]
    fn a_lawyer_named_after_his_client() {
        let r = roles("عنوان\n\nقررت المحكمة تأجيل محاكمة وزير الداخلية الأسبق حبيب العادلي. وقال محامي العادلي، عصام البطاوي، للصحفيين إن موكله بريء.");
        assert!(has(&r, "عصام البطاوي", "محامي العادلي"), "{r:?}");
        assert!(!has(&r, "حبيب العادلي", "محامي"), "{r:?}");
    }

    #[test]
    fn a_family_name_that_is_also_a_title() {
        let a = crate::Analyzer::default().analyze("وقال عبد الله سلطان إن الوضع مستقر.").unwrap();
        assert!(a.entities.iter().any(|e| e.name == "عبد الله سلطان"), "{:?}", a.entities);
    }

    #[test]
    fn the_second_man_of_a_body_is_a_title() {
        let r = roles("عنوان\n\nوقال الرجل الثاني في تنظيم القاعدة أيمن الظواهري إن التنظيم سيواصل القتال.");
        assert_eq!(r[0].1, ["الرجل الثاني في تنظيم القاعدة"], "{r:?}");
    }
}
