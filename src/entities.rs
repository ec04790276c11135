//! Mentions → article-level entities.
//!
//! Reads: mentions, title intros, tokens. Adds: `Document::entities` (each with its mentions,
//! canonical name, Latin name, affiliation and salience), `Document::mention_entity` and the
//! index of mentions by token (`Document::mention_index`), the mentions being final here.
//!
//! - A person's name is followed through the article: the full name again, the surname alone,
//!   the surname with clitics ("لبوتين", "وويتكوف") and in a variant spelling
//!   ("ديمترييف" for "دميترييف") all join the person.
//! - A title that introduced exactly one person stands for that person later
//!   ("الرئيس الروسي" after "الرئيس الروسي فلاديمير بوتين").
//! - Gazetteer mentions join by concept: "روسيا", "الروسي" and "الروس" are one country; a
//!   capital is its own place, affiliated with its country.

use std::collections::HashMap;

use crate::doc::{Document, EntityInfo, MentionInfo, Source};
use crate::lexicon::titles::strip_article;
use crate::lexicon::{lexicon, GazKind};
use crate::ner::rules::{name_like, NameLike};
use crate::output::{EntityKind, MentionForm};
use crate::span::Span;
use crate::text::clitics::Article;
use crate::text::normalize::key;
use crate::text::tokenize::TokenKind;

/// The consonant skeleton of a folded word: long vowels and hamza seats dropped, so that
/// spelling variants of a transliterated name meet ("دميترييف" / "ديمترييف" → "دمترف").
pub fn skeleton(w: &str) -> String {
    let w = strip_article(w);
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        if !matches!(c, 'ا' | 'و' | 'ي' | 'ى' | 'ء' | 'ئ' | 'ؤ' | 'أ' | 'إ' | 'آ' | '-') {
            out.push(c);
        }
    }
    out
}

/// A key under which spelling variants of a name word meet: the consonant skeleton when it
/// has four letters or more ("دميترييف" / "ديمترييف"), else the word itself. A final ة and a
/// final ا are one ending in transliterated names ("خوجة" / "خوجا").
fn vkey(w: &str) -> String {
    let owned;
    let w = match w.strip_suffix('ه') {
        Some(stem) if stem.chars().count() >= 3 => {
            owned = format!("{stem}ا");
            owned.as_str()
        }
        _ => w,
    };
    let s = skeleton(w);
    if s.chars().count() >= 4 {
        format!("s:{s}")
    } else {
        format!("w:{w}")
    }
}

/// Whether two single-word names are spelling variants of each other.
fn variant(a: &str, b: &str) -> bool {
    a == b || vkey(a) == vkey(b)
}

/// The people of the article being assembled, indexed by their name words.
#[derive(Default)]
struct People {
    /// Folded words of each person's fullest name.
    words: Vec<Vec<String>>,
    by_full: HashMap<Vec<String>, usize>,
    by_last: HashMap<String, Vec<usize>>,
    by_first: HashMap<String, Vec<usize>>,
}

impl People {
    fn full_key(words: &[String]) -> Vec<String> {
        words.iter().map(|w| vkey(w)).collect()
    }

    fn index(&mut self, p: usize) {
        let w = &self.words[p];
        self.by_full.insert(Self::full_key(w), p);
        if let (Some(f), Some(l)) = (w.first(), w.last()) {
            let (f, l) = (vkey(f), vkey(l));
            let e = self.by_last.entry(l).or_default();
            if !e.contains(&p) {
                e.push(p);
            }
            let e = self.by_first.entry(f).or_default();
            if !e.contains(&p) {
                e.push(p);
            }
        }
    }

    fn add(&mut self, words: Vec<String>) -> usize {
        self.words.push(words);
        let p = self.words.len() - 1;
        self.index(p);
        p
    }

    /// Grows a person's name to a fuller form ("بوتين" → "فلاديمير بوتين").
    fn extend(&mut self, p: usize, words: Vec<String>) {
        if words.len() > self.words[p].len() {
            self.words[p] = words;
            self.index(p);
        }
    }

    /// The person a name's words stand for; `given` when they follow an honorific and may be
    /// a given name alone ("الأمير عبد العزيز" for "عبد العزيز بن سلمان").
    fn find(&self, words: &[String], given: bool) -> Option<usize> {
        // Same full name, or the same name in a variant spelling.
        if let Some(&p) = self.by_full.get(&Self::full_key(words)) {
            return Some(p);
        }
        if given && words.len() > 1 {
            let longer: Vec<usize> = (0..self.words.len())
                .filter(|&p| {
                    let w = &self.words[p];
                    w.len() > words.len() && w.iter().zip(words).all(|(a, b)| variant(a, b))
                })
                .collect();
            if longer.len() == 1 {
                return Some(longer[0]);
            }
        }
        let multi = |v: Option<&Vec<usize>>| -> Vec<usize> {
            v.map(|v| v.iter().copied().filter(|&p| self.words[p].len() > 1).collect()).unwrap_or_default()
        };
        if words.len() == 1 {
            // One word: the surname (or, failing that, the first name) of exactly one person.
            let k = vkey(&words[0]);
            let by_last = multi(self.by_last.get(&k));
            // Two people of one family ("مارسيل خليفة" and his son "رامي خليفة"): the surname
            // alone is the one the article named first, its subject.
            if let Some(&p) = by_last.iter().min() {
                return Some(p);
            }
            let by_first = multi(self.by_first.get(&k));
            if by_last.is_empty() && by_first.len() == 1 {
                return Some(by_first[0]);
            }
        } else if let (Some(first), Some(last)) = (words.first(), words.last()) {
            // A longer form of a name seen first in short: the surname, else the given name
            // ("كيت" in a headline, then "كيت ميدلتون").
            let short = |m: &HashMap<String, Vec<usize>>, w: &str| -> Vec<usize> {
                m.get(&vkey(w))
                    .map(|v| v.iter().copied().filter(|&p| self.words[p].len() == 1).collect())
                    .unwrap_or_default()
            };
            let by_last = short(&self.by_last, last);
            if by_last.len() == 1 {
                return Some(by_last[0]);
            }
            let by_first = short(&self.by_first, first);
            if by_last.is_empty() && by_first.len() == 1 {
                return Some(by_first[0]);
            }
            // A longer or shorter form of a name of several words: the same given and family
            // names with a middle name added or left out ("شوقي عبد الكريم" / "شوقي إبراهيم عبد
            // الكريم"), or its last words ("عبد الكريم").
            let same: Vec<usize> = (0..self.words.len())
                .filter(|&p| self.words[p].len() > 1 && same_person(&self.words[p], words))
                .collect();
            if same.len() == 1 {
                return Some(same[0]);
            }
        }
        None
    }
}

/// Whether two names of several words are forms of one name: one is the other's last words,
/// or they share the given and the family name and the shorter leaves out middle names.
fn same_person(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() == long.len() || short.len() < 2 {
        return false;
    }
    let eq = |x: &[String], y: &[String]| x.iter().zip(y).all(|(x, y)| variant(x, y));
    // A compound family name alone: "عبد الكريم" of "شوقي إبراهيم عبد الكريم", "أبو هاشم".
    // Other last words may be the father's name ("علي عبد الله صالح" in "أحمد علي عبد الله
    // صالح"), another man.
    // So is a family name with its particle: "دي غوشت" of "كاريل دي غوشت", "فان دير سار".
    let compound = short.len() == 2
        && matches!(
            short[0].as_str(),
            "عبد" | "ابو" | "بن" | "ابن" | "دي" | "دو" | "فان" | "فون" | "دا" | "ديل" | "دير" | "دل"
        );
    if compound && eq(short, &long[long.len() - short.len()..]) {
        return true;
    }
    // Given name kept, middle names dropped: "شوقي عبد الكريم".
    (1..short.len()).any(|k| eq(&short[..k], &long[..k]) && eq(&short[k..], &long[long.len() - (short.len() - k)..]))
}

/// The folded words of a person mention as written (its proclitics already outside the span).
fn name_words(doc: &Document, m: &MentionInfo) -> Vec<String> {
    key(doc.slice(m.span)).split_whitespace().map(str::to_string).collect()
}

/// Proclitic strings a name may carry in running text.
const NAME_PREFIXES: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "لل"];

/// Finds further mentions of known people: full names and surnames anywhere in the text.
fn propagate(doc: &mut Document) {
    let named = |k: EntityKind| {
        matches!(k, EntityKind::Person | EntityKind::Location | EntityKind::Organization | EntityKind::Misc)
    };
    let mut names: Vec<(Vec<String>, EntityKind)> = doc
        .mentions
        .iter()
        .filter(|m| named(m.kind) && m.form == MentionForm::Name)
        .map(|m| (name_words(doc, m), m.kind))
        .filter(|(w, _)| !w.is_empty())
        .collect();
    names.sort();
    names.dedup();
    // A spelling named as two different kinds is left alone.
    let mut kinds: HashMap<&[String], EntityKind> = HashMap::new();
    let mut ambiguous: Vec<Vec<String>> = Vec::new();
    for (w, k) in &names {
        if let Some(k0) = kinds.insert(w, *k) {
            if k0 != *k {
                ambiguous.push(w.clone());
            }
        }
    }
    names.retain(|(w, _)| !ambiguous.contains(w));
    if names.is_empty() {
        return;
    }
    // Names by the variant key of their first word; surnames of multi-word person names.
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
    let mut surnames: HashMap<String, Vec<String>> = HashMap::new();
    for (i, (n, k)) in names.iter().enumerate() {
        by_first.entry(vkey(&n[0])).or_default().push(i);
        // Not the second half of a compound ("السلام" of "محمد عبد السلام" is peace).
        let compound = n.len() > 1 && matches!(n[n.len() - 2].as_str(), "عبد" | "ابو" | "بن" | "ابن" | "بنت" | "ال");
        if n.len() > 1 && *k == EntityKind::Person && !compound {
            let last = n.last().map_or("", |s| s.as_str());
            surnames.entry(vkey(last)).or_default().push(last.to_string());
        }
    }
    // Given names of people named in full, for "الشيخ تميم" / "الأمير عبد العزيز" after an
    // honorific: the given name (a compound "عبد العزيز" is two words) → its people.
    let mut given: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
    for (i, (n, k)) in names.iter().enumerate() {
        let g = if matches!(n[0].as_str(), "عبد" | "ابو") { 2 } else { 1 };
        if *k == EntityKind::Person && n.len() > g + 1 {
            let e = given.entry(n[..g].iter().map(|w| vkey(w)).collect()).or_default();
            if !e.iter().any(|&j| names[j].0.starts_with(&names[i].0) || names[i].0.starts_with(&names[j].0)) {
                e.push(i);
            }
        }
    }
    // A common word that only shares a name's skeleton is not that name ("جامعة" is not
    // "جمعة"): spelling variants are for names, not for the words of the language.
    let lex = lexicon();
    let common = |i: usize| {
        let b = strip_article(&doc.bases[i]);
        lex.stems.count(b) >= 50
    };
    let mut covered = vec![false; doc.tokens.len()];
    // "وقال السوداني إن": a person's surname that is also a country's adjective is the
    // person when it stands alone as a subject, after a verb of saying or an event verb.
    let lone_nisba = |m: &MentionInfo| {
        let t = m.tokens.start;
        m.form == MentionForm::Nisba
            && m.tokens.len() == 1
            && t > 0
            && (lex.speech.at(doc, t - 1).is_some() || lex.events.at(doc, t - 1).is_some())
            && surnames.get(&vkey(doc.key(t))).is_some_and(|v| v.iter().any(|s| s == doc.key(t)))
    };
    let mut freed = Vec::new();
    for m in &doc.mentions {
        if lone_nisba(m) {
            freed.push(m.tokens.start);
            continue;
        }
        for t in m.tokens.clone() {
            covered[t] = true;
        }
    }
    // Where a token spells a name word: the token whole, or after proclitics.
    let spellings = |i: usize| -> Vec<(String, usize, String)> {
        if !doc.tokens[i].is_word() {
            return Vec::new();
        }
        let k = doc.key(i);
        let mut v = vec![(vkey(k), 0, k.to_string())];
        for p in NAME_PREFIXES {
            if let Some(rest) = k.strip_prefix(p) {
                if rest.chars().count() >= 2 {
                    v.push((vkey(rest), p.len(), rest.to_string()));
                }
            }
        }
        v
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if covered[i] {
            i += 1;
            continue;
        }
        let mut hit: Option<(MentionForm, usize, usize, EntityKind)> = None;
        for (k, off, _) in spellings(i) {
            for &ni in by_first.get(&k).map(|v| v.as_slice()).unwrap_or(&[]) {
                let (n, kind) = &names[ni];
                let l = n.len();
                if i + l > doc.tokens.len() || (i..i + l).any(|t| covered[t]) {
                    continue;
                }
                // Later words of the name are whole tokens.
                let rest_ok = (1..l).all(|j| doc.tokens[i + j].is_word() && variant(doc.key(i + j), &n[j]));
                // A one-word place or organisation name must stand as its own word.
                let alone = *kind == EntityKind::Person || l > 1 || name_like(doc, i, false) != NameLike::No || off > 0;
                if rest_ok && alone && hit.is_none_or(|h| l > h.1) {
                    hit = Some((MentionForm::Name, l, off, *kind));
                }
            }
        }
        // "وقال الشيخ تميم": an honorific and the given name of one person named in full.
        let honorific_before = i > 0 && lex.titles.honorific_word_at(&doc.bases, i - 1);
        if hit.is_none() && honorific_before && doc.segs[i].prep.is_none() && doc.segs[i].conj.is_none() {
            for g in [2, 1] {
                if i + g > doc.tokens.len() || (i..i + g).any(|t| covered[t] || !doc.tokens[t].is_word()) {
                    continue;
                }
                let w: Vec<String> = (i..i + g).map(|t| vkey(doc.key(t))).collect();
                if let Some(v) = given.get(&w).filter(|v| v.len() == 1) {
                    // Not the start of someone's fuller name written out here.
                    let n = &names[v[0]].0;
                    let full = i + n.len() <= doc.tokens.len() && (0..n.len()).all(|j| variant(doc.key(i + j), &n[j]));
                    if !full {
                        hit = Some((MentionForm::Partial, g, 0, EntityKind::Person));
                        break;
                    }
                }
            }
        }
        if hit.is_none() {
            for (k, off, raw) in spellings(i) {
                if let Some(exact) = surnames.get(&k) {
                    if !exact.contains(&raw) && common(i) {
                        continue;
                    }
                    let clean = off > 0 || name_like(doc, i, false) != NameLike::No || doc.segs[i].is_split();
                    if clean && doc.segs[i].enclitic.is_none() {
                        hit = Some((MentionForm::Partial, 1, off, EntityKind::Person));
                        break;
                    }
                }
            }
        }
        if let Some((form, l, off, kind)) = hit {
            let start = doc.norm.orig(doc.tokens[i].n.s() + off);
            let span = Span::new(start, doc.tokens[i + l - 1].span.e());
            found.push(MentionInfo {
                span,
                tokens: i..i + l,
                kind,
                form,
                key: doc.bases[i..i + l].join(" "),
                source: Source::Propagated,
                value: None,
                subtype: None,
                anchored: false,
            });
            i += l;
        } else {
            i += 1;
        }
    }
    // The adjective read there is the person's surname.
    doc.mentions.retain(|m| {
        !(m.form == MentionForm::Nisba
            && freed.contains(&m.tokens.start)
            && found.iter().any(|f| f.tokens.start == m.tokens.start))
    });
    doc.mentions.extend(found);
    doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

/// Splits a person's name the tagger ran on over a preposition: "التقى حياتو [ب]جمال علام",
/// "يلتقي غريب [ب]صلاح" are two people, the one met after ب, when the word after ب is a given
/// name or a word of another person's name in the article; and over و between two names the
/// lists or the article know.
fn split_at_preposition(doc: &mut Document) {
    let lex = lexicon();
    let words: std::collections::HashSet<String> = doc
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .flat_map(|m| m.tokens.clone())
        .filter(|&t| doc.segs[t].prep.is_none())
        .map(|t| doc.bases[t].to_string())
        .collect();
    let mut added: Vec<MentionInfo> = Vec::new();
    for mi in 0..doc.mentions.len() {
        let m = &doc.mentions[mi];
        if m.kind != EntityKind::Person || m.form != MentionForm::Name || m.tokens.len() < 2 {
            continue;
        }
        // "بحث مبارك مع عباس [و]نتنياهو": so is a name after و right after another, both
        // known to the lists or the article.
        let known = |t: usize| lex.latin_name(&doc.bases[t]).is_some() || words.contains(&*doc.bases[t]);
        let Some(k) = (m.tokens.start + 1..m.tokens.end).find(|&k| {
            let s = &doc.segs[k];
            let after_b = s.prep == Some('ب')
                && s.conj.is_none()
                && (lex.given_names.contains(&*doc.bases[k]) || words.contains(&*doc.bases[k]));
            let after_wa = s.conj == Some('و') && s.prep.is_none() && known(k) && known(k - 1);
            s.article == crate::text::clitics::Article::None && (after_b || after_wa)
        }) else {
            continue;
        };
        let mut second = m.clone();
        second.tokens = k..m.tokens.end;
        second.span = Span::new(doc.stem_start(k), m.span.e());
        second.key = doc.bases[k..m.tokens.end].join(" ");
        second.anchored = false;
        let first = &mut doc.mentions[mi];
        first.tokens.end = k;
        first.span = Span::new(first.span.s(), doc.tokens[k - 1].span.e());
        first.key = doc.bases[first.tokens.clone()].join(" ");
        added.push(second);
    }
    if !added.is_empty() {
        doc.mentions.extend(added);
        doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
        doc.index_mentions();
    }
}

/// Keeps whole, throughout the article, a word the clitic splitter cut that is a later word
/// of a person's name: "سيب بلاتر" shows that "بلاتر" is a name, not ب + "لاتر", so the
/// headline's "بلاتر يعترف" and "فإن بلاتر أوضح" name him too. The mentions cut at such a
/// word are dropped; [`propagate`] finds the name again whole.
fn rejoin_name_words(doc: &mut Document) {
    use crate::text::clitics::{Article, Seg};
    let cut = |s: &Seg| (s.prep.is_some() || s.conj.is_some()) && s.article == Article::None && s.enclitic.is_none();
    let prep_cut = |s: &Seg| s.prep.is_some() && s.conj.is_none() && s.article == Article::None && s.enclitic.is_none();
    let lex = lexicon();
    // "صرح سيب بلاتر" where the tagger kept only ب + "لاتر": a rare word right before a cut
    // one-word name is the name's first word.
    let mut covered = vec![false; doc.tokens.len()];
    for m in &doc.mentions {
        covered[m.tokens.clone()].iter_mut().for_each(|c| *c = true);
    }
    let person_keys: std::collections::HashSet<String> =
        doc.mentions.iter().filter(|m| m.kind == EntityKind::Person).map(|m| m.key.clone()).collect();
    for mi in 0..doc.mentions.len() {
        let m = &doc.mentions[mi];
        let t = m.tokens.start;
        // The tagger may call the second one a place once the first is a person's.
        let person = m.kind == EntityKind::Person || (m.kind == EntityKind::Location && person_keys.contains(&m.key));
        if !person || m.form != MentionForm::Name || m.tokens.len() != 1 || t == 0 {
            continue;
        }
        let p = t - 1;
        let unseen = doc.tokens[p].is_word()
            && !covered[p]
            && !doc.segs[p].is_split()
            && doc.bases[p].chars().count() >= 2
            && lex.stems.count(&doc.bases[p]) < 10
            && !lex.is_stopword(&doc.bases[p])
            // "اتصالا هاتفيا بعلاوي": an adverb is no name's first word.
            && !crate::ner::adverb_at(doc, p)
            && !doc.slice(Span::new(doc.tokens[p].span.e(), doc.tokens[t].span.s())).contains(['\n', ',', '،']);
        if prep_cut(&doc.segs[t]) && unseen && m.span.s() > doc.tokens[t].span.s() {
            let m = &mut doc.mentions[mi];
            m.kind = EntityKind::Person;
            m.subtype = None;
            m.tokens = p..t + 1;
            m.span = Span::new(doc.tokens[p].span.s(), doc.tokens[t].span.e());
            covered[p] = true;
        }
    }
    // "الممثلة الهندية [ب]راشانتي ميهتا", "وزير الخارجية الغيني [ل]وسيني فال": after a title
    // or the holder's nationality a preposition cannot open the name, so the letter the clitic
    // splitter took for one is the name's first.
    for mi in 0..doc.mentions.len() {
        let m = &doc.mentions[mi];
        let t = m.tokens.start;
        if m.kind != EntityKind::Person || m.form != MentionForm::Name || t == 0 {
            continue;
        }
        let s = &doc.segs[t];
        // A title ends right before the name, or before the holder's nationality after it
        // ("الممثلة الهندية"), not the nisba of any noun ("الدعم الروسي لبشار الأسد").
        let title_ends = |e: usize| lex.titles.ends_at(&doc.bases, e.saturating_sub(4), e);
        let titled = doc.tokens[t - 1].is_word()
            && (title_ends(t) || lex.gazetteer.is_nisba(&doc.bases[t - 1]) && title_ends(t - 1));
        // A name the lists know after the letter is one after a preposition ("لعمرو موسى",
        // "التقى الرئيس بأوباما").
        let base = &*doc.bases[t];
        let known = lex.given_names.contains(base)
            || lex.family_names.contains(base)
            || lex.latin_name(base).is_some()
            || lex.gazetteer.lookup(base).is_some();
        // Not a name the article gives elsewhere ("المكتب الإعلامي لبري" after "نبيه بري").
        let named_elsewhere = doc.mentions.iter().enumerate().any(|(k, o)| {
            k != mi
                && o.kind == EntityKind::Person
                && o.tokens.clone().any(|x| doc.bases[x] == doc.bases[t] && doc.segs[x].prep.is_none())
        });
        // "وتألق [ب]اتريسيو": a bare alef after the letter opens no Arabic word the corpus
        // does not know (those are verbal nouns: "باستخدام", "باتجاه"), so a name that the
        // splitter read that way keeps its first letter, wherever it stands.
        let bare_alef = {
            let raw = doc.slice(doc.tokens[t].span);
            let mut c = raw.chars().skip(1);
            c.next() == Some('ا') && c.next() != Some('ل') && lex.stems.count(base) < 3
        };
        if prep_cut(s)
            && matches!(s.prep, Some('ب' | 'ل'))
            && (titled || bare_alef)
            && !known
            && !named_elsewhere
            && m.span.s() > doc.tokens[t].span.s()
        {
            let m = &mut doc.mentions[mi];
            m.span = Span::new(doc.tokens[t].span.s(), m.span.e());
            m.anchored = true;
        }
    }
    // "جون ويليامز" read as "جون" and و + "يليامز": a one-word name cut after و right after a
    // listed given name is that name's next word.
    let mut gone = vec![false; doc.mentions.len()];
    for mi in 1..doc.mentions.len() {
        let (prev, m) = (&doc.mentions[mi - 1], &doc.mentions[mi]);
        let t = m.tokens.start;
        let s = &doc.segs[t];
        let joined = m.kind == EntityKind::Person
            && prev.kind == EntityKind::Person
            && m.form == MentionForm::Name
            && prev.form == MentionForm::Name
            && m.tokens.len() == 1
            && prev.tokens.end == t
            && s.conj == Some('و')
            && s.prep.is_none()
            && s.article == Article::None
            && s.enclitic.is_none()
            && lex.given_names.contains(&*doc.bases[prev.tokens.start])
            && !lex.given_names.contains(&*doc.bases[t])
            // "عباس ونتنياهو": a name the lists know after و is another person.
            && lex.latin_name(&doc.bases[t]).is_none();
        if joined && !gone[mi - 1] {
            let (end, span_end) = (m.tokens.end, doc.tokens[t].span.e());
            let p = &mut doc.mentions[mi - 1];
            p.tokens.end = end;
            p.span = Span::new(p.span.s(), span_end);
            p.key = doc.bases[p.tokens.clone()].join(" ");
            gone[mi] = true;
        }
    }
    if gone.iter().any(|&g| g) {
        let mut k = 0;
        doc.mentions.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
        doc.index_mentions();
    }
    let mut words: Vec<String> = Vec::new();
    for m in &doc.mentions {
        if m.kind != EntityKind::Person || m.form != MentionForm::Name || m.tokens.len() < 2 {
            continue;
        }
        for t in m.tokens.start + 1..m.tokens.end {
            if cut(&doc.segs[t]) && !words.iter().any(|w| w == doc.light(t)) {
                words.push(doc.light(t).to_string());
            }
        }
        // "ليلى بوزيد" read as ل + "يلى": a first word that is a listed given name whole.
        let t = m.tokens.start;
        if (cut(&doc.segs[t]) && lex.given_names.contains(&key(doc.light(t)))
            || crate::ner::rules::cut_given_name(doc, t))
            && !words.iter().any(|w| w == doc.light(t))
        {
            words.push(doc.light(t).to_string());
        }
    }
    if words.is_empty() {
        return;
    }
    let mut rejoined = vec![false; doc.tokens.len()];
    for (t, r) in rejoined.iter_mut().enumerate() {
        let split = cut(&doc.segs[t]) || crate::ner::rules::cut_given_name(doc, t);
        if doc.tokens[t].is_word() && split && words.iter().any(|w| w == doc.light(t)) {
            let light = doc.light(t).to_string();
            doc.segs[t] = Seg::whole(light.len());
            doc.bases[t] = crate::text::normalize::fold_light(&light).into();
            *r = true;
        }
    }
    if rejoined.contains(&true) {
        doc.forget_forms();
    }
    // A mention cut at a rejoined word: a full name takes the word whole; a lone word goes,
    // and propagation finds it again whole from the full name.
    let tokens = &doc.tokens;
    doc.mentions
        .retain(|m| !(rejoined[m.tokens.start] && m.span.s() > tokens[m.tokens.start].span.s() && m.tokens.len() < 2));
    for m in &mut doc.mentions {
        let first = &tokens[m.tokens.start];
        if rejoined[m.tokens.start] && m.span.s() > first.span.s() {
            m.span = Span::new(first.span.s(), m.span.e());
        }
    }
    for m in &mut doc.mentions {
        if m.tokens.clone().any(|t| rejoined[t]) {
            m.key = doc.bases[m.tokens.clone()].join(" ");
        }
    }
}

/// Chooses between places of different countries spelled alike ("عمان": Oman, or Amman in
/// Jordan) by the countries the article names otherwise, as names, adjectives or their
/// towns: the place whose country alone is named wins; else the gazetteer's first reading
/// (a country over a capital over a town) stands.
fn choose_places(doc: &mut Document) {
    let g = &lexicon().gazetteer;
    let dateline = doc.layout.dateline.as_ref().map(|(span, _)| *span);
    let country_of = |m: &MentionInfo| match m.source {
        Source::Gazetteer(c) => g.concept(c).country.clone(),
        _ => None,
    };
    let named: std::collections::HashSet<String> = doc
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Location && g.alternates(&m.key).is_empty())
        .filter_map(country_of)
        .collect();
    for m in doc.mentions.iter_mut().filter(|m| m.kind == EntityKind::Location && m.form == MentionForm::Name) {
        let first = match m.source {
            Source::Gazetteer(c) => c,
            // The tagger's place, read as the gazetteer reads its name.
            _ => match g.lookup(&m.key) {
                Some(p) if p.form == crate::lexicon::PatternForm::Name => p.concept,
                _ => continue,
            },
        };
        let alts = g.alternates(&m.key);
        // A dateline names a city: "عمّان 2 كانون الأول (بترا) -" is Amman, not Oman.
        let datelined = dateline.is_some_and(|d| d.start == m.span.start);
        // So does a shadda: "عمّان" is Amman, where Oman is written without it.
        let shadda = m.span.of(doc.text).contains('\u{0651}');
        if (datelined || shadda) && g.concept(first).sub == GazKind::Country {
            if let Some(&a) = alts.iter().find(|&&a| matches!(g.concept(a).sub, GazKind::Capital | GazKind::City)) {
                m.source = Source::Gazetteer(a);
                m.subtype = crate::ner::gazetteer::concept_subtype(g.concept(a));
                continue;
            }
        }
        if alts.is_empty() || g.concept(first).country.as_ref().is_some_and(|c| named.contains(c)) {
            continue;
        }
        let mut hits = alts.iter().filter(|&&a| g.concept(a).country.as_ref().is_some_and(|c| named.contains(c)));
        if let (Some(&a), None) = (hits.next(), hits.next()) {
            m.source = Source::Gazetteer(a);
            m.subtype = crate::ner::gazetteer::concept_subtype(g.concept(a));
        }
    }
}

/// Completes a name the tagger or the rules cut inside a compound given name or right after
/// it: "[عبد] الله الربيعة" (cut after عبد), "[عبد الله] الربيعة", "[عبد الرحمن] كمال". After
/// "عبد X" the next word is the father's or the family name when it is a listed given or
/// family name, or a word with the article that is a name's, not a common noun's ("المعرض"
/// after "افتتح عبد الله" is what he opened).
fn complete_compound_names(doc: &mut Document) {
    let lex = lexicon();
    doc.index_mentions();
    let n = doc.tokens.len();
    let plain = |doc: &Document, t: usize| {
        let s = &doc.segs[t];
        t < n && doc.tokens[t].is_word() && s.conj.is_none() && s.prep.is_none() && s.enclitic.is_none()
    };
    let mut changed = false;
    for mi in 0..doc.mentions.len() {
        let m = &doc.mentions[mi];
        if m.kind != EntityKind::Person || m.form != MentionForm::Name {
            continue;
        }
        let mut end = m.tokens.end;
        // Cut right after "عبد".
        if doc.key(end - 1) == "عبد" && end < n && plain(doc, end) && doc.mentions_at(end).next().is_none() {
            end += 1;
        }
        let compound = end - m.tokens.start >= 2 && doc.key(end - 2) == "عبد";
        if compound && end < n && plain(doc, end) && doc.mentions_at(end).next().is_none() {
            let base = &*doc.bases[end];
            let stem = crate::lexicon::titles::strip_article(base);
            let definite = doc.segs[end].article != crate::text::clitics::Article::None;
            // ("عبد الله بن عبد العزيز [رئيس] الوزراء": a title opens another phrase, even one
            // the lists give as a name.)
            // (A title in construct, not a family name that is also one: "عبد الله سلطان".)
            let title = lex.titles.match_at(&doc.bases[end..end + 1], 0).is_some()
                && end + 1 < n
                && doc.segs[end + 1].article != crate::text::clitics::Article::None;
            let given = !definite && !title && lex.given_names.contains(base) && !lex.is_stopword(base);
            let family = definite
                && !lex.is_stopword(base)
                && (lex.family_names.contains(base)
                    || stem.ends_with('ي') && stem.chars().count() >= 4
                    || lex.stems.entity_share(stem).is_some_and(|x| x >= 0.5)
                    || lex.stems.count(stem) < 3);
            if given || family {
                end += 1;
            }
        }
        if end > doc.mentions[mi].tokens.end {
            let m = &mut doc.mentions[mi];
            m.tokens.end = end;
            m.span = Span::new(m.span.s(), doc.tokens[end - 1].span.e());
            m.key = doc.bases[m.tokens.clone()].join(" ");
            changed = true;
        }
    }
    if changed {
        doc.index_mentions();
    }
}

/// Groups mentions into entities and attaches roles.
pub fn resolve(doc: &mut Document) {
    complete_compound_names(doc);
    split_at_preposition(doc);
    rejoin_name_words(doc);
    propagate(doc);
    choose_places(doc);
    crate::temporal::national_money(doc);
    let lex = lexicon();
    let mut entity_of: Vec<Option<usize>> = vec![None; doc.mentions.len()];
    let mut entities: Vec<EntityInfo> = Vec::new();
    let mut by_concept: HashMap<u32, usize> = HashMap::new();
    let mut by_key: HashMap<(EntityKind, String), usize> = HashMap::new();
    let mut people = People::default();
    let mut person_entity: Vec<usize> = Vec::new();

    let new_entity = |entities: &mut Vec<EntityInfo>, m: &MentionInfo, concept: Option<u32>| {
        entities.push(EntityInfo {
            kind: m.kind,
            subtype: m.subtype.clone(),
            name: String::new(),
            latin: None,
            mentions: Vec::new(),
            affiliation: None,
            concept,
            value: m.value.clone(),
            salience: 0.0,
        });
        entities.len() - 1
    };

    // "وزارة الصحة" and, in the same article, "وزارة الصحة السعودية": a body's name without
    // its nationality is the one body the article names with it, when only one does.
    let org_keys: Vec<String> = doc
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Organization && m.form == MentionForm::Name && m.value.is_none())
        .map(|m| crate::lexicon::titles::strip_article_key(&m.key))
        .collect();
    let mut fuller: HashMap<String, String> = HashMap::new();
    for short in &org_keys {
        let longer: std::collections::BTreeSet<&String> = org_keys
            .iter()
            .filter(|long| {
                long.strip_prefix(short.as_str()).and_then(|rest| rest.strip_prefix(' ')).is_some_and(|rest| {
                    rest.split(' ').all(|w| lex.gazetteer.is_nisba(w) || lex.gazetteer.is_nisba(strip_article(w)))
                })
            })
            .collect();
        if let (1, Some(long)) = (longer.len(), longer.first()) {
            fuller.insert(short.clone(), (*long).clone());
        }
    }
    // Names first, so that partial mentions find the person they belong to.
    let mut order: Vec<usize> = (0..doc.mentions.len()).collect();
    order.sort_by_key(|&i| (doc.mentions[i].form != MentionForm::Name, doc.mentions[i].span.start));
    // "منظمة البلدان المصدرة للبترول (أوبك)", "صندوق النقد الدولي (IMF)": a short name in
    // parentheses right after an organisation's name is that organisation.
    let mut alias_of: Vec<Option<usize>> = vec![None; doc.mentions.len()];
    for (k, m) in doc.mentions.iter().enumerate().skip(1) {
        let t = m.tokens.start;
        if t < 2 || m.tokens.end >= doc.tokens.len() || doc.light(t - 1) != "(" || doc.light(m.tokens.end) != ")" {
            continue;
        }
        if !matches!(m.kind, EntityKind::Organization | EntityKind::Misc) || m.tokens.len() > 2 {
            continue;
        }
        // Mentions are in text order: look back only over those that can still end there.
        let before = (0..k)
            .rev()
            .take_while(|&p| doc.mentions[p].tokens.start + 40 >= t)
            .find(|&p| doc.mentions[p].tokens.end == t - 1);
        if let Some(p) = before.filter(|&p| doc.mentions[p].kind == EntityKind::Organization) {
            alias_of[k] = Some(p);
        }
    }
    for mi in order {
        let m = doc.mentions[mi].clone();
        if let Some(e) = alias_of[mi].and_then(|p| entity_of[p]) {
            entity_of[mi] = Some(e);
            // The short name said again later is the organisation too ("وقالت أوبك").
            let k = crate::lexicon::titles::strip_article_key(&m.key);
            by_key.entry((EntityKind::Organization, k.clone())).or_insert(e);
            by_key.entry((m.kind, k)).or_insert(e);
            continue;
        }
        // A place or organisation the tagger found that the gazetteer knows joins its concept
        // ("روسيا" from the tagger and "الروسي" from the gazetteer are one country).
        let source = match (m.source, m.kind) {
            (Source::Gazetteer(_), _) => m.source,
            (_, EntityKind::Location | EntityKind::Organization) => match lex.gazetteer.lookup(&m.key) {
                Some(p)
                    if p.form == crate::lexicon::PatternForm::Name
                        && lex.gazetteer.concept(p.concept).kind == m.kind =>
                {
                    Source::Gazetteer(p.concept)
                }
                _ => m.source,
            },
            _ => m.source,
        };
        let e = match (source, m.kind) {
            // People merge by name whoever found them; a listed person lends its Latin name.
            (_, EntityKind::Person) => {
                let words = name_words(doc, &m);
                let concept = match source {
                    Source::Gazetteer(c) => Some(c),
                    // A listed person found by the tagger or a rule lends the list's Latin name.
                    _ => lex
                        .gazetteer
                        .lookup(&m.key)
                        .filter(|p| lex.gazetteer.concept(p.concept).kind == EntityKind::Person)
                        .map(|p| p.concept),
                };
                let t = m.tokens.start;
                let given = m.form == MentionForm::Partial || t > 0 && lex.titles.honorific_word_at(&doc.bases, t - 1);
                let e = match people.find(&words, given) {
                    Some(p) => {
                        people.extend(p, words);
                        person_entity[p]
                    }
                    None => {
                        let e = new_entity(&mut entities, &m, None);
                        people.add(words);
                        person_entity.push(e);
                        e
                    }
                };
                if entities[e].concept.is_none() {
                    entities[e].concept = concept;
                }
                e
            }
            (Source::Gazetteer(c), _) => *by_concept.entry(c).or_insert_with(|| new_entity(&mut entities, &m, Some(c))),
            (_, kind) => {
                // A name with and without its article is one ("الدولار" / "دولار").
                let name_key = || {
                    let k = crate::lexicon::titles::strip_article_key(&m.key);
                    match fuller.get(&k) {
                        Some(long) if kind == EntityKind::Organization => long.clone(),
                        _ => k,
                    }
                };
                let k = (kind, m.value.clone().unwrap_or_else(name_key));
                *by_key.entry(k).or_insert_with(|| new_entity(&mut entities, &m, None))
            }
        };
        entity_of[mi] = Some(e);
    }
    for (mi, e) in entity_of.iter().enumerate() {
        if let Some(e) = e {
            entities[*e].mentions.push(mi);
        }
    }

    doc.mention_entity = entity_of;

    // Names, Latin names, affiliations.
    use crate::text::clitics::Article;
    // ("للجنة المشتركة": before a stem in ل the article's ل is not written either; a
    // definite adjective after it tells the definite noun, "اللجنة المشتركة".)
    let elided = |m: usize| {
        let x = &doc.mentions[m];
        let (t, seg) = (x.tokens.start, &doc.segs[x.tokens.start]);
        seg.article == Article::Elided
            || seg.prep == Some('ل')
                && seg.article == Article::None
                && doc.bases[t].starts_with('ل')
                && x.tokens.len() >= 2
                && doc.segs[t + 1].article != Article::None
                && doc.segs[t + 1].prep.is_none()
                && doc.segs[t + 1].conj.is_none()
                && adjective_shaped(crate::lexicon::titles::strip_article(&doc.bases[t + 1]))
    };
    // A name as written, its article restored where ل + ال was written لل ("للمملكة العربية
    // السعودية" is "المملكة العربية السعودية").
    let name_of = |m: usize| {
        let x = &doc.mentions[m];
        if !elided(m) {
            return doc.slice(x.span).to_string();
        }
        let t = &doc.tokens[x.tokens.start];
        let stem = doc.norm.orig(t.n.s() + doc.segs[x.tokens.start].stem_start as usize);
        format!("ال{}", doc.slice(Span::new(stem.min(x.span.e()), x.span.e())))
    };
    for e in &mut entities {
        e.mentions.sort_by_key(|&m| doc.mentions[m].span.start);
        let best = e
            .mentions
            .iter()
            .filter(|&&m| doc.mentions[m].form == MentionForm::Name)
            .max_by_key(|&&m| (doc.mentions[m].tokens.len(), !elided(m), std::cmp::Reverse(doc.mentions[m].span.start)))
            .copied();
        if let Some(c) = e.concept {
            let concept = lex.gazetteer.concept(c);
            e.latin = concept.latin.clone();
            // Found by the tagger first, the place still has the gazetteer's kind ("capital").
            if e.subtype.is_none() && e.kind == concept.kind {
                e.subtype = crate::ner::gazetteer::concept_subtype(concept);
            }
            e.name = match best {
                Some(m) => name_of(m),
                None => concept.name.clone(),
            };
        } else {
            let m = best.or(e.mentions.first().copied());
            e.name = m.map(name_of).unwrap_or_default();
            if e.kind == EntityKind::Person {
                e.latin = Some(crate::romanize::romanize(&e.name));
            }
        }
    }
    // A capital or city belongs to its country, when the country is in the article.
    let country_entity: HashMap<String, usize> = entities
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let c = lex.gazetteer.concept(e.concept?);
            (c.sub == GazKind::Country).then(|| (c.country.clone().unwrap_or_default(), i))
        })
        .collect();
    for e in &mut entities {
        if let Some(c) = e.concept {
            let c = lex.gazetteer.concept(c);
            // People get their affiliation from what the article says (the roles stage).
            if c.sub != GazKind::Country && c.sub != GazKind::Person {
                e.affiliation = c.country.as_ref().and_then(|k| country_entity.get(k).copied());
            }
        }
    }
    doc.entities = entities;
    doc.index_mentions();
    institution_heads(doc);
}

/// Nouns that head the name of an institution and, with the article, stand for the one
/// named before ("وزارة الصحة" … "وأعلنت الوزارة", "شركة سامسونغ" … "الشركة").
const INSTITUTION_HEADS: &str = "شركة وزارة منظمة وكالة هيئة رابطة جامعة اتحاد لجنة مؤسسة جمعية مجلس بنك مصرف \
     صندوق نادي مركز معهد مهرجان أكاديمية محكمة حركة جبهة ائتلاف غرفة مجموعة بعثة";

/// How far back (in tokens) a head noun looks for the institution it stands for.
const HEAD_REACH: usize = 400;

/// A definite head noun alone ("الوزارة", "الشركة") standing for the institution last named
/// before it whose name it heads ("وزارة الصحة المصرية", "شركة سامسونغ" where the mention is
/// "سامسونغ"), as the one doing or saying something: a mention of that organisation, so that
/// the events and quotes it takes part in name it. A head noun with a genitive or an
/// adjective after it names another body ("الشركة الأم", "لجنة التحكيم"), and is left alone.
fn institution_heads(doc: &mut Document) {
    static HEADS: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    let heads = HEADS.get_or_init(|| INSTITUTION_HEADS.split_whitespace().map(crate::text::normalize::key).collect());
    let mut extra: Vec<(usize, MentionInfo)> = Vec::new();
    for t in 1..doc.tokens.len() {
        let word = strip_article(&doc.bases[t]);
        if doc.tokens[t].kind != TokenKind::Word
            || doc.segs[t].article == Article::None
            || !heads.contains(word)
            || doc.mentions_at(t).next().is_some()
            || doc.segs[t].enclitic.is_some()
        {
            continue;
        }
        // Nothing that would make it another body: a genitive or an adjective after it.
        if t + 1 < doc.tokens.len()
            && doc.tokens[t + 1].kind == TokenKind::Word
            && doc.segs[t + 1].article != Article::None
            && doc.segs[t + 1].prep.is_none()
            && doc.segs[t + 1].conj.is_none()
        {
            continue;
        }
        // Right after what it does or issues: a verb or noun of an event or of saying
        // ("وأعلنت الوزارة", "في بيان للمجلس"), where it is the agent, not a topic or a place
        // ("خلال اجتماعات اللجنة").
        let lex = lexicon();
        let acts = |k: usize| {
            lex.events.at(doc, k).is_some_and(|(e, n)| {
                k + n == t
                    && (lex.events.entry(e).pos == crate::lexicon::triggers::Pos::Verb
                        || lex.events.entry(e).kind == "statement")
            }) || lex.speech.at(doc, k).is_some_and(|(_, n)| k + n == t)
        };
        // "وستعقد الوزارة اجتماعا": the subject of a verb that holds an event.
        let holds = |k: usize| {
            let b = strip_article(&doc.bases[k]);
            crate::events::LIGHT_VERBS.contains(&b)
                || crate::events::HOLD_VERBS.contains(&b)
                // "وأصدر المجلس بيانا": one that issues a statement.
                || matches!(b, "اصدر" | "اصدرت" | "يصدر" | "تصدر")
        };
        // "وكانت البعثة قد وصلت", "الوزارة أعلنت": the subject before its verb.
        let verb_after = {
            let mut k = t + 1;
            if k < doc.tokens.len() && &*doc.bases[k] == "قد" {
                k += 1;
            }
            // ("أن المنظمة ستعقد اجتماعا": a verb of holding one.)
            k < doc.tokens.len()
                && (holds(k)
                    || lex
                        .events
                        .at(doc, k)
                        .is_some_and(|(e, _)| lex.events.entry(e).pos == crate::lexicon::triggers::Pos::Verb)
                    || lex
                        .speech
                        .at(doc, k)
                        .is_some_and(|(e, _)| lex.speech.entry(e).pos == crate::lexicon::triggers::Pos::Verb))
        };
        let opens = doc.segs[t].conj.is_some()
            || !doc.tokens[t - 1].is_word()
            || matches!(&*doc.bases[t - 1], "كان" | "كانت" | "ان" | "انه")
            || doc.is_that(t - 1);
        if !(acts(t - 1) || holds(t - 1) || opens && verb_after) {
            continue;
        }
        let named = (t.saturating_sub(HEAD_REACH)..t).rev().find_map(|k| {
            let mi = doc.mentions_at(k).find(|&m| {
                let x = &doc.mentions[m];
                let s = x.tokens.start;
                x.tokens.end == k + 1
                    && x.kind == EntityKind::Organization
                    && (strip_article(&doc.bases[s]) == word || s > 0 && strip_article(&doc.bases[s - 1]) == word)
            })?;
            doc.mention_entity[mi]
        });
        let Some(e) = named else { continue };
        let span = Span::new(doc.stem_start(t), doc.tokens[t].span.e());
        extra.push((
            e,
            MentionInfo {
                span,
                tokens: t..t + 1,
                kind: EntityKind::Organization,
                form: MentionForm::Alias,
                key: doc.bases[t].to_string(),
                source: Source::Propagated,
                value: None,
                subtype: None,
                anchored: false,
            },
        ));
    }
    doc.add_entity_mentions(extra);
}

/// Salience of every entity, 0..1: mentions weighed by form, the headline and the lead
/// count extra. Runs last, when roles and events have added their mentions.
pub fn salience(doc: &mut Document) {
    let headline = doc.layout.headline;
    let mut entities = std::mem::take(&mut doc.entities);
    for e in &mut entities {
        let mut s = 0.0f64;
        for &m in &e.mentions {
            let mm = &doc.mentions[m];
            s += match mm.form {
                MentionForm::Name => 1.0,
                MentionForm::Partial => 0.9,
                MentionForm::Title => 0.7,
                MentionForm::Alias => 0.7,
                MentionForm::Nisba => 0.5,
                MentionForm::Pronoun => 0.4,
            };
            if headline.is_some_and(|h| h.contains(mm.span)) {
                s += 1.5;
            }
            if doc.sentence_of(mm.tokens.start).is_some_and(|si| doc.sentences[si].section == 0) {
                s += 0.25;
            }
        }
        if matches!(e.kind, EntityKind::Date | EntityKind::Money | EntityKind::Percent) {
            s *= 0.3;
        }
        e.salience = s;
    }
    let max = entities.iter().map(|e| e.salience).fold(0.0f64, f64::max);
    if max > 0.0 {
        for e in &mut entities {
            e.salience = (e.salience / max * 1000.0).round() / 1000.0;
        }
    }
    doc.entities = entities;
}

/// Whether a folded stem is shaped like a feminine adjective agreeing with a noun before it:
/// a nisba ("الدولية", "المركزية") or a participle ("المشتركة", "المؤقتة"), not a noun in the
/// genitive ("الانتخابات", "التحكيم", "الصحة").
fn adjective_shaped(stem: &str) -> bool {
    stem.ends_with("يه") || stem.starts_with('م') && stem.ends_with('ه') && stem.chars().count() >= 5 || stem == "عليا"
}
