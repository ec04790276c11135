//! Named entities: gazetteers, title rules, organisation-name rules, number patterns and a learned tagger,
//! merged by one policy ([`merge`]).
//!
//! Reads: tokens, segmentation, bases, layout. Adds: `Document::mentions` (one per entity
//! mention, not yet grouped) and `Document::intros` (the title phrases that introduced
//! people, for the roles stage).

pub mod features;
pub mod gazetteer;
pub mod merge;
pub mod model;
pub mod orgs;
pub mod rules;

use crate::doc::Document;

/// Diseases named like places or read as one by the tagger (folded): "فيروس إنفلونزا الخنازير",
/// "فيروس كورونا".
const DISEASES: &[&str] = &["انفلونزا", "انفلونزه", "انفلوانزا", "كورونا", "ايبولا", "سارس", "زيكا", "ميرس"];

/// Whether the one-word city at token `t` is what a verb of visiting takes as its object,
/// right after it or after its subject's name ("وزار وزير الخارجية سعود الفيصل البصرة"): not
/// a given name, nor followed by one ("زار الرئيس فلاديمير بوتين").
fn visited(doc: &Document, t: usize) -> bool {
    let lex = crate::lexicon::lexicon();
    let s = &doc.segs[t];
    if s.prep.is_some() || s.conj.is_some() || s.enclitic.is_some() || lex.given_names.contains(&*doc.bases[t]) {
        return false;
    }
    let next_name = t + 1 < doc.tokens.len() && lex.is_listed_name(&doc.bases[t + 1]);
    // "وزار الوزير عمر [الخليل]": after a given name, a family name; "مشهد الانفجار": a noun
    // in construct, not a city.
    let after_given = t > 0 && lex.given_names.contains(&*doc.bases[t - 1]);
    let construct = t + 1 < doc.tokens.len()
        && doc.tokens[t + 1].is_word()
        && doc.segs[t + 1].article != crate::text::clitics::Article::None
        && doc.segs[t + 1].prep.is_none()
        // (A time after it is no genitive: "زار الوزير حلب الأسبوع الماضي", "… حلب الأحد".)
        && !matches!(&*doc.bases[t + 1], "الاسبوع" | "الشهر" | "العام" | "اليوم" | "السنه")
        && !lex.weekdays.contains_key(crate::lexicon::titles::strip_article(&doc.bases[t + 1]));
    if next_name || after_given || construct {
        return false;
    }
    let visit = |k: usize| {
        doc.segs[k].prep.is_none()
            && lex.events.at(doc, k).is_some_and(|(e, _)| {
                let e = lex.events.entry(e);
                e.kind == "visit" && e.pos == crate::lexicon::triggers::Pos::Verb
            })
    };
    // The words between are the subject's: plain words, no punctuation or preposition.
    (t.saturating_sub(7)..t)
        .rev()
        .take_while(|&k| doc.tokens[k].is_word())
        .any(|k| visit(k) && (k + 1..t).all(|j| doc.segs[j].prep.is_none() && !lex.is_stopword(&doc.bases[j])))
}

/// Whether token `i` is an adverb made from an adjective after an indefinite accusative
/// written with its alif ("اتصالا [هاتفيا]"), unlike a name after a title ("الناشطة ناديا").
pub(crate) fn adverb_at(doc: &Document, i: usize) -> bool {
    let accusative = |j: usize| {
        doc.tokens[j].kind == crate::text::tokenize::TokenKind::Word
            && doc.segs[j].article == crate::text::clitics::Article::None
            && doc.key(j).ends_with('ا')
            && doc.key(j).chars().count() >= 3
    };
    i > 0 && crate::lexicon::lexicon().is_adjective_adverb(doc.key(i)) && accusative(i - 1)
}

/// A verb of `triggers` at token `i`: the number of tokens it covers.
fn trigger_verb(doc: &Document, triggers: &crate::lexicon::triggers::Triggers, i: usize) -> Option<usize> {
    triggers.at(doc, i).filter(|&(e, _)| triggers.entry(e).pos == crate::lexicon::triggers::Pos::Verb).map(|(_, n)| n)
}

/// Ends mention `k` right before token `end` (or extends it up to there): tokens, span and key.
fn set_end(doc: &mut Document, k: usize, end: usize) {
    let span_end = doc.tokens[end - 1].span.e() as u32;
    let key = doc.bases[doc.mentions[k].tokens.start..end].join(" ");
    let m = &mut doc.mentions[k];
    m.tokens.end = end;
    m.span.end = span_end;
    m.key = key;
}

/// Starts mention `k` at token `start` (its stem, past the clitics): tokens, span and key.
fn set_start(doc: &mut Document, k: usize, start: usize) {
    let key = doc.bases[start..doc.mentions[k].tokens.end].join(" ");
    let span_start = doc.stem_start(start) as u32;
    let m = &mut doc.mentions[k];
    m.tokens.start = start;
    m.span.start = span_start;
    m.key = key;
}

/// Drops the mentions flagged in `gone` (one flag per mention).
fn drop_flagged(mentions: &mut Vec<crate::doc::MentionInfo>, gone: &[bool]) {
    let mut k = 0;
    mentions.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

/// Runs every recogniser and merges their output, with the embedded tagger.
pub fn recognize(doc: &mut Document) {
    recognize_with(doc, model::embedded().ok());
}

/// The same with a given tagger (training and evaluation pass their own).
pub fn recognize_with(doc: &mut Document, weights: Option<&model::Tagger>) {
    crate::temporal::scan(doc);
    let mut cands = std::mem::take(&mut doc.mentions);
    // A one-word city name is often something else too ("المدينة", a club, a person:
    // "فلاديمير"): with a tagger, which sees the gazetteer as a feature, those are decided
    // in context and neither become mentions nor block a person's name.
    let tagger = weights.is_some();
    let lex = crate::lexicon::lexicon();
    // The place a dateline opens with is a place whatever else its name can be ("نيويورك، 3
    // ديسمبر (أ ف ب) -").
    let dateline = doc.layout.dateline.as_ref().map(|(span, _)| *span);
    let found = gazetteer::find(doc);
    // Every place the gazetteer names, kept as a mention below or not: the merge does not let
    // a rule person take one in ("قائد الشرطة [دبي] آمنة").
    let listed_places: merge::Listed = found
        .iter()
        .filter(|m| m.kind == crate::output::EntityKind::Location)
        .map(|m| (m.tokens.start, m.tokens.end))
        .collect();
    let places: Vec<_> = found
        .into_iter()
        .filter(|m| {
            let city = matches!(m.source, crate::doc::Source::Gazetteer(c) if lex.gazetteer.concept(c).sub == crate::lexicon::GazKind::City);
            let datelined = dateline.is_some_and(|d| d.start == m.span.start);
            // "وصل إلى عدن", "في تعز": after a preposition of place a city's name is the city.
            let t = m.tokens.start;
            let placed = t > 0 && matches!(&*doc.bases[t - 1], "في" | "الي") && doc.segs[t].prep.is_none();
            !(tagger && city && m.tokens.len() == 1) || datelined || placed || visited(doc, t)
        })
        .collect();
    doc.place_tokens = vec![false; doc.tokens.len()];
    for m in places
        .iter()
        .filter(|m| m.kind == crate::output::EntityKind::Location && m.form == crate::output::MentionForm::Name)
    {
        for t in m.tokens.clone() {
            doc.place_tokens[t] = true;
        }
    }
    cands.extend(places);
    let people = rules::persons(doc);
    cands.extend(rules::mentions(doc, people.iter().filter(|p| p.confident)));
    cands.extend(orgs::organizations(doc));
    cands.extend(orgs::eponyms(doc));
    if let Some(w) = weights {
        cands.extend(model::recognize_with(w, doc));
    }
    doc.mentions = merge::merge_with(cands, &listed_places);
    // "وقال مصدران دبلوماسيان": an unnamed source is nobody's name, whatever read it so; nor
    // is a blessing set off after a ruler's titles ("، رعاه الله،", "حفظه الله").
    let no_name: Vec<bool> = doc
        .mentions
        .iter()
        .map(|m| {
            let first = m.tokens.start;
            // "فيروس إنفلونزا الخنازير", "فيروس كورونا": a disease is no place.
            let disease = m.kind == crate::output::EntityKind::Location
                && DISEASES.contains(&crate::lexicon::titles::strip_article(doc.key(first)));
            // "رمضان المبارك", "شهر رمضان الكريم": the holy month, not a man named Ramadan.
            let holy_month = m.tokens.len() == 2
                && matches!(&*doc.bases[first], "رمضان" | "شعبان" | "محرم")
                && matches!(&*doc.bases[first + 1], "المبارك" | "الكريم" | "الفضيل" | "المعظم");
            disease
                || m.kind == crate::output::EntityKind::Person && holy_month
                || m.kind == crate::output::EntityKind::Person
                    && (crate::quotes::SOURCES.contains(&&*doc.bases[first])
                        || m.tokens.clone().any(|t| &*doc.bases[t] == "الله")
                            && matches!(doc.key(first), "رعاه" | "حفظه" | "يرعاه" | "يحفظه" | "رحمه" | "ايده" | "وفقه"))
        })
        .collect();
    drop_flagged(&mut doc.mentions, &no_name);
    // "سعيد يستقبل رئيسة الحكومة": a headline's verb of an event or of saying, in the
    // imperfect, is no word of the name before it.
    let lex = crate::lexicon::lexicon();
    let verb_ending = |m: &crate::doc::MentionInfo| {
        let last = m.tokens.end - 1;
        let s = &doc.segs[last];
        let plain = s.conj.is_none() && s.prep.is_none() && s.article == crate::text::clitics::Article::None;
        let verb = |t: &crate::lexicon::triggers::Triggers| trigger_verb(doc, t, last).is_some();
        m.kind == crate::output::EntityKind::Person
            && m.tokens.len() >= 2
            && plain
            && doc.bases[last].starts_with(['ي', 'ت'])
            && (verb(&lex.events)
                || verb(&lex.speech)
                // "عباس يتلقى اتصالا": a light verb of an event noun.
                || crate::events::LIGHT_VERBS.contains(&&*doc.bases[last])
                || crate::events::HOLD_VERBS.contains(&&*doc.bases[last])
                || matches!(&*doc.bases[last], "تتلقي" | "يتراس" | "تتراس"))
    };
    let trim: Vec<usize> = (0..doc.mentions.len()).filter(|&k| verb_ending(&doc.mentions[k])).collect();
    for k in trim {
        let last = doc.mentions[k].tokens.end - 1;
        set_end(doc, k, last);
    }
    // "قرر الرئيس [تعيين] أحمد سالم", "[ترشيح] أحمد سالم": a noun that takes the article and
    // pronouns in general use (names do neither: "بوتين" 3|0|0), written without clitics,
    // before a listed given name opens no name; the person starts at the given name.
    let leading_noun = |m: &crate::doc::MentionInfo| {
        let (f, k) = (m.tokens.start, doc.key(m.tokens.start));
        m.kind == crate::output::EntityKind::Person
            && m.tokens.len() >= 3
            && !doc.segs[f].is_split()
            // the shape of a verbal noun: تفعيل، إفعال، افتعال ("تعيين", "إقالة", "انتخاب");
            // not "سلامة أحمد سلامة"
            && k.starts_with(['ت', 'ا'])
            && !lex.is_listed_name(k)
            // (with the article too: "التعيين"; "خوسي", "أبي" never take it)
            && lex.usage.get(k).is_some_and(|u| u[1] >= 1 && u[2] >= 2)
            && lex.given_names.contains(doc.key(f + 1))
    };
    let starts: Vec<usize> = (0..doc.mentions.len()).filter(|&k| leading_noun(&doc.mentions[k])).collect();
    for k in starts {
        let start = doc.mentions[k].tokens.start + 1;
        set_start(doc, k, start);
    }
    // "دي ميستورا [سيخلف] الإبراهيمي": a common word with the future particle is a verb, no
    // word of a name; a person is cut before it.
    let future_verb = |t: usize| {
        let k = doc.key(t);
        // The rest is a verb: three letters or more, never with the article, with object
        // pronouns ("يخلفه"); the word itself is no noun of its own ("سيف", a sword).
        k.strip_prefix('س').is_some_and(|rest| {
            rest.starts_with(['ي', 'ت', 'ن'])
                && rest.chars().count() >= 3
                && lex.usage.get(rest).is_some_and(|u| u[1] == 0 && u[2] >= 1)
                && lex.usage.get(k).is_none_or(|u| u[1] == 0)
                && !lex.is_listed_name(k)
        })
    };
    let cuts: Vec<(usize, usize)> = (0..doc.mentions.len())
        .filter(|&k| doc.mentions[k].kind == crate::output::EntityKind::Person)
        .filter_map(|k| {
            let m = &doc.mentions[k];
            m.tokens.clone().skip(1).find(|&t| future_verb(t)).map(|t| (k, t))
        })
        .collect();
    for (k, t) in cuts {
        set_end(doc, k, t);
    }
    // "ووقع الوزير أحمد سالم [بروتوكولا] مع نظيره": a noun of an agreement, the verb's
    // object, is no word of the name before it.
    let agreed: Vec<usize> = (0..doc.mentions.len())
        .filter(|&k| {
            let m = &doc.mentions[k];
            m.kind == crate::output::EntityKind::Person
                && m.tokens.len() >= 3
                && crate::events::agreement_noun(doc, m.tokens.end - 1)
                && !lex.is_listed_name(doc.key(m.tokens.end - 1))
        })
        .collect();
    for k in agreed {
        let last = doc.mentions[k].tokens.end - 1;
        set_end(doc, k, last);
    }
    // "جعفر حسان [لترؤس] اللجنة": a common noun with a preposition is no word of a name
    // after its first; "العداء السباق [خلف] الزعبلاوي": "خلف" after a definite word that
    // ends no title is "behind".
    let with_prep = |t: usize| {
        let stem = crate::lexicon::titles::strip_article(&doc.bases[t]);
        let usage = lex.usage.get(stem);
        matches!(doc.segs[t].prep, Some('ل' | 'ب'))
            && doc.segs[t].article == crate::text::clitics::Article::None
            && stem.chars().count() >= 3
            && !lex.is_listed_name(stem)
            && !lex.is_listed_name(doc.key(t))
            // a noun of common use, or a لـ word governing a definite genitive ("لترؤس اللجنة")
            && (usage.is_some_and(|u| u[1] >= 1)
                || usage.is_none()
                    && doc.segs[t].prep == Some('ل')
                    && doc.segs.get(t + 1).is_some_and(|s| s.article != crate::text::clitics::Article::None && s.prep.is_none()))
    };
    let behind = |t: usize| {
        doc.key(t) == "خلف"
            && t > 0
            && doc.segs[t - 1].article != crate::text::clitics::Article::None
            && doc.tokens[t - 1].kind == crate::text::tokenize::TokenKind::Word
            // Not after a title, nor its construct with a definite genitive ("رئيس الاتحاد").
            && !lex.titles.ends_at(&doc.bases, t.saturating_sub(4), t)
            && !(t >= 2
                && doc.segs[t - 2].article == crate::text::clitics::Article::None
                && lex.titles.match_at(&doc.bases, t - 2).is_some_and(|(n, _)| n == 1))
            && !lex.gazetteer.is_nisba(&doc.bases[t - 1])
    };
    let persons = doc.mentions.iter().map(|m| m.kind == crate::output::EntityKind::Person);
    let drop: Vec<bool> = persons
        .clone()
        .zip(&doc.mentions)
        .map(|(p, m)| p && m.source == crate::doc::Source::Model && behind(m.tokens.start))
        .collect();
    let cuts: Vec<(usize, usize)> = persons
        .zip(&doc.mentions)
        .enumerate()
        .filter_map(
            |(k, (p, m))| if p { m.tokens.clone().skip(1).find(|&t| with_prep(t)).map(|t| (k, t)) } else { None },
        )
        .collect();
    for (k, t) in cuts {
        set_end(doc, k, t);
    }
    drop_flagged(&mut doc.mentions, &drop);
    // "[التقى] زيباري نظيره": a verb of an event or of saying opens no name; nor does an
    // adverb made from an adjective ("اتصالا [هاتفيا] بعلاوي": "هاتفي" takes the article).
    let verb = |t: &crate::lexicon::triggers::Triggers, i: usize| trigger_verb(doc, t, i) == Some(1);
    let opens: Vec<usize> = (0..doc.mentions.len())
        .filter(|&k| {
            let m = &doc.mentions[k];
            let i = m.tokens.start;
            m.kind == crate::output::EntityKind::Person
                && m.tokens.len() >= 2
                && matches!(m.source, crate::doc::Source::Model | crate::doc::Source::Propagated)
                && doc.segs[i].article == crate::text::clitics::Article::None
                && !lex.given_names.contains(&*doc.bases[i])
                && !lex.given_names.contains(doc.key(i))
                && (verb(&lex.events, i) || verb(&lex.speech, i) || adverb_at(doc, i))
        })
        .collect();
    for k in opens {
        let first = doc.mentions[k].tokens.start + 1;
        let start = doc.stem_start(first) as u32;
        let m = &mut doc.mentions[k];
        m.tokens.start = first;
        m.span.start = start;
        m.key = doc.bases[m.tokens.clone()].join(" ");
    }
    // "الشيخ خليفة بن سعيد [آل نهيان]": a royal house after a person's name is part of it.
    let n = doc.tokens.len();
    // After the merge, mentions overlap only where a nisba sits inside a longer name: one
    // owner per token among names, one among nisbas.
    let mut owner: Vec<Option<usize>> = vec![None; n];
    let mut nisba_owner: Vec<Option<usize>> = vec![None; n];
    for (k, m) in doc.mentions.iter().enumerate() {
        let o = if m.form == crate::output::MentionForm::Nisba { &mut nisba_owner } else { &mut owner };
        for t in m.tokens.clone() {
            o[t] = Some(k);
        }
    }
    let at = |t: usize| {
        [owner.get(t), nisba_owner.get(t)].into_iter().filter_map(|o| o.copied().flatten()).map(|k| &doc.mentions[k])
    };
    // Where the house begins: right after the name, or on the name's last word when the
    // tagger stopped on "آل" ("[محمد آل] نهيان").
    let house_at = |m: &crate::doc::MentionInfo| {
        let last = m.tokens.end - 1;
        if m.tokens.len() >= 2 && doc.light(last) == "آل" {
            last
        } else {
            m.tokens.end
        }
    };
    let houses: Vec<(usize, usize)> = (0..doc.mentions.len())
        .map(|k| (k, house_at(&doc.mentions[k])))
        .filter(|&(k, e)| {
            let m = &doc.mentions[k];
            let family = |t: usize| {
                let s = &doc.segs[t];
                doc.tokens[t].kind == crate::text::tokenize::TokenKind::Word
                    && s.article == crate::text::clitics::Article::None
                    && s.enclitic.is_none()
                    && s.prep.is_none()
                    && s.conj.is_none()
                    && !lex.is_stopword(doc.key(t))
            };
            // ("آل الحكم إلى شقيقه", "آل أمره": the verb, with a definite or possessed object.)
            m.kind == crate::output::EntityKind::Person
                && e + 1 < n
                && doc.light(e) == "آل"
                && family(e + 1)
                && !doc.slice(crate::span::Span::new(doc.tokens[e - 1].span.e(), doc.tokens[e + 1].span.s())).contains('\n')
                // A mention reaching past the house's words keeps them.
                && ![e, e + 1].iter().any(|&t| at(t).any(|o| !std::ptr::eq(o, m) && (o.tokens.end > e + 2 || o.tokens.start < e)))
        })
        .collect();
    let mut absorbed = vec![false; doc.mentions.len()];
    for &(k, e) in &houses {
        for t in [e, e + 1] {
            for j in [owner[t], nisba_owner[t]].into_iter().flatten().filter(|&j| j != k) {
                absorbed[j] = true;
            }
        }
    }
    for &(k, e) in &houses {
        set_end(doc, k, e + 2);
    }
    drop_flagged(&mut doc.mentions, &absorbed);
    doc.intros = people;
}
