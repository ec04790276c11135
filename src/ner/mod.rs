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
    let next_name = t + 1 < doc.tokens.len()
        && (lex.given_names.contains(&*doc.bases[t + 1]) || lex.family_names.contains(&*doc.bases[t + 1]));
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
    let places: Vec<_> = gazetteer::find(doc)
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
    doc.mentions = merge::merge(cands);
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
            disease
                || m.kind == crate::output::EntityKind::Person
                    && (crate::quotes::SOURCES.contains(&&*doc.bases[first])
                        || m.tokens.clone().any(|t| &*doc.bases[t] == "الله")
                            && matches!(doc.key(first), "رعاه" | "حفظه" | "يرعاه" | "يحفظه" | "رحمه" | "ايده" | "وفقه"))
        })
        .collect();
    let mut k = 0;
    doc.mentions.retain(|_| {
        k += 1;
        !no_name[k - 1]
    });
    // "سعيد يستقبل رئيسة الحكومة": a headline's verb of an event or of saying, in the
    // imperfect, is no word of the name before it.
    let lex = crate::lexicon::lexicon();
    let verb_ending = |m: &crate::doc::MentionInfo| {
        let last = m.tokens.end - 1;
        let s = &doc.segs[last];
        let plain = s.conj.is_none() && s.prep.is_none() && s.article == crate::text::clitics::Article::None;
        let verb = |t: &crate::lexicon::triggers::Triggers| {
            t.at(doc, last).is_some_and(|(e, _)| t.entry(e).pos == crate::lexicon::triggers::Pos::Verb)
        };
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
        let m = &mut doc.mentions[k];
        let last = m.tokens.end - 1;
        m.tokens.end = last;
        m.span.end = doc.tokens[last - 1].span.e() as u32;
        m.key = doc.bases[m.tokens.clone()].join(" ");
    }
    doc.intros = people;
}
