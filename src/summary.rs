//! Summaries in Arabic and English, generated from the analysis (not copied sentences):
//! the topic, the stance and its strength, the main reasons on each side, the hedges, and
//! who said what.
//!
//! Reads: the stance, entities, quotes. Runs last, in [`crate::assemble`].

use crate::doc::Document;
use crate::lexicon::cues::CueKind;
use crate::lexicon::lexicon;
use crate::output::{EntityKind, Summary};
use crate::stance::Label;

/// How the article's tone is put in words: (Arabic, English).
fn tone(doc: &Document) -> (&'static str, &'static str) {
    let st = &doc.stance;
    let hedged = st.hedging >= 0.34;
    match st.label {
        Label::Positive if hedged || st.confidence < 0.4 => ("متفائلة بحذر", "cautiously optimistic"),
        Label::Positive if st.score >= 0.6 => ("إيجابية بوضوح", "clearly positive"),
        Label::Positive => ("إيجابية", "positive"),
        Label::Negative if st.score <= -0.6 && !hedged => ("سلبية بوضوح", "clearly negative"),
        Label::Negative => ("سلبية", "negative"),
        Label::Mixed if st.pos >= st.neg => {
            ("متفائلة بحذر، مع تحفظات واضحة", "cautiously optimistic, with clear reservations")
        }
        Label::Mixed => ("متشائمة بحذر، مع إشارات إيجابية", "guardedly pessimistic, with some positive signs"),
        Label::Neutral => ("محايدة إخبارية في الغالب", "mostly neutral and factual"),
    }
}

/// The strongest distinct cues of one side: (Arabic phrase, English gloss), by total weight.
fn reasons(doc: &Document, positive: bool, n: usize) -> Vec<(String, String)> {
    let lex = &lexicon().cues;
    let mut tally: Vec<(usize, f64, bool)> = Vec::new();
    for (s, c) in doc.stance.sentences.iter().flat_map(|s| s.cues.iter().map(move |c| (s, c))) {
        if !c.kind.polar() || c.negated || c.unasserted || (c.weight > 0.0) != positive || c.weight == 0.0 {
            continue;
        }
        // A good thing harmed ("تباطؤ النمو") weighs with its harm, which is the reason named.
        if c.kind == crate::lexicon::cues::CueKind::Positive && c.weight < 0.0 {
            continue;
        }
        let w = c.weight.abs() * s.weight.max(0.5);
        match tally.iter_mut().find(|t| t.0 == c.entry) {
            Some(t) => t.1 += w,
            None => tally.push((c.entry, w, c.past)),
        }
    }
    tally.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    // One reason per idea: "تعاون" adds nothing beside "تعزيز التعاون".
    let mut kept: Vec<(usize, f64, bool)> = Vec::new();
    for t in tally {
        let k = crate::text::normalize::key(&lex.entry(t.0).phrase);
        let overlaps = kept.iter().any(|o| {
            let ok = crate::text::normalize::key(&lex.entry(o.0).phrase);
            ok.contains(k.as_str()) || k.contains(ok.as_str())
        });
        if !overlaps {
            kept.push(t);
        }
    }
    kept.into_iter()
        .take(n)
        .map(|(e, _, past)| {
            let cue = lex.entry(e);
            let gloss = if cue.gloss.is_empty() { cue.phrase.clone() } else { cue.gloss.clone() };
            if past {
                (format!("تجاوز {}", with_article(&cue.phrase)), format!("moving past {gloss}"))
            } else {
                (cue.phrase.clone(), gloss)
            }
        })
        .collect()
}

/// An unnamed source in English, from the noun that names it ("بعض المحللين" → "some
/// analysts", "مصادر مطلعة" → "sources"); "an unnamed source" for any other.
fn unnamed_source_en(name: &str) -> String {
    const NOUNS: &[(&str, &str)] = &[
        ("مصادر", "sources"),
        ("مصدر", "a source"),
        ("محللون", "analysts"),
        ("محللين", "analysts"),
        ("مراقبون", "observers"),
        ("مراقبين", "observers"),
        ("خبراء", "experts"),
        ("خبير", "an expert"),
        ("مسؤول", "an official"),
        ("مسؤولون", "officials"),
        ("مسؤولين", "officials"),
        ("مسوول", "an official"),
        ("مسوولون", "officials"),
        ("مسوولين", "officials"),
        ("دبلوماسي", "a diplomat"),
        ("دبلوماسيون", "diplomats"),
        ("دبلوماسيين", "diplomats"),
        ("تقارير", "reports"),
        ("تقرير", "a report"),
        ("بيان", "a statement"),
        ("وكاله", "the agency"),
        ("صحيفه", "the newspaper"),
        ("شهود", "witnesses"),
        ("سكان", "residents"),
        ("ناشطون", "activists"),
        ("ناشطين", "activists"),
        ("متحدث", "a spokesperson"),
        ("ناطق", "a spokesperson"),
        ("حكومه", "the government"),
        ("وزاره", "the ministry"),
        ("جيش", "the army"),
        ("شرطه", "the police"),
        ("دراسه", "a study"),
        ("باحثون", "researchers"),
        ("باحثين", "researchers"),
        ("علماء", "scientists"),
        ("اخرون", "others"),
        ("اخرين", "others"),
    ];
    let words: Vec<String> = name.split_whitespace().map(crate::text::normalize::key).collect();
    let some = words.first().is_some_and(|w| w == "بعض");
    let head = words.get(usize::from(some)).map(|w| crate::lexicon::titles::strip_article(w).to_string());
    match head.and_then(|h| NOUNS.iter().find(|(a, _)| *a == h)) {
        Some((_, en)) if some => format!("some {}", en.trim_start_matches("a ").trim_start_matches("an ")),
        Some((_, en)) => en.to_string(),
        None => "an unnamed source".to_string(),
    }
}

/// "تقارب" → "التقارب" (first word only, when it has no article).
fn with_article(p: &str) -> String {
    if p.starts_with("ال") {
        p.to_string()
    } else {
        format!("ال{p}")
    }
}

fn join_ar(v: &[String]) -> String {
    match v.len() {
        0 => String::new(),
        1 => v[0].clone(),
        _ => format!("{} و{}", v[..v.len() - 1].join("، "), v[v.len() - 1]),
    }
}

fn join_en(v: &[String]) -> String {
    match v.len() {
        0 => String::new(),
        1 => v[0].clone(),
        _ => format!("{} and {}", v[..v.len() - 1].join(", "), v[v.len() - 1]),
    }
}

/// "جمل" after 3 to 10, "جملة" otherwise (Arabic counted-noun agreement, simplified).
fn sentences_ar(n: usize) -> &'static str {
    if (3..=10).contains(&n) {
        "جمل"
    } else {
        "جملة"
    }
}

fn label_ar(l: Label) -> &'static str {
    match l {
        Label::Positive => "إيجابي",
        Label::Negative => "سلبي",
        Label::Neutral => "محايد",
        Label::Mixed => "متباين",
    }
}

/// The summaries.
pub fn summarize(doc: &Document) -> Summary {
    let st = &doc.stance;
    let mut ar: Vec<String> = Vec::new();
    let mut en: Vec<String> = Vec::new();
    let (tone_ar, tone_en) = tone(doc);
    let latin =
        |e: usize| doc.entities[e].latin.clone().unwrap_or_else(|| crate::romanize::romanize(&doc.entities[e].name));
    // 1. Topic and tone.
    let topic_ar = if st.topic.ar.is_empty() { "موضوعه".to_string() } else { format!("«{}»", st.topic.ar) };
    let topic_en = if !st.topic.en.is_empty() {
        st.topic.en.clone()
    } else if let Some(&e) = st.topic.entities.first() {
        latin(e)
    } else {
        "its subject".to_string()
    };
    ar.push(format!("يتناول المقال {topic_ar}، ونبرته {tone_ar} (الدرجة {:+.2}).", st.score));
    en.push(format!("The article is about {topic_en}; its tone is {tone_en} (score {:+.2}).", st.score));
    // 2. The reasons on each side.
    let pos = reasons(doc, true, 3);
    let neg = reasons(doc, false, 3);
    let (pa, pe): (Vec<String>, Vec<String>) = pos.into_iter().unzip();
    let (na, ne): (Vec<String>, Vec<String>) = neg.into_iter().unzip();
    match (pa.is_empty(), na.is_empty()) {
        (false, false) => {
            ar.push(format!("ومن أسباب التفاؤل فيه: {}، بينما تقف في الجهة الأخرى: {}.", join_ar(&pa), join_ar(&na)));
            en.push(format!("On the positive side it cites {}; against that stand {}.", join_en(&pe), join_en(&ne)));
        }
        (false, true) => {
            ar.push(format!("ويستند في ذلك إلى: {}.", join_ar(&pa)));
            en.push(format!("It rests on {}.", join_en(&pe)));
        }
        (true, false) => {
            ar.push(format!("ويستند في ذلك إلى: {}.", join_ar(&na)));
            en.push(format!("It rests on {}.", join_en(&ne)));
        }
        (true, true) => {
            ar.push("ولا تحمل ألفاظه نبرة واضحة.".to_string());
            en.push("Its wording carries no clear tone.".to_string());
        }
    }
    // 3. Hedges.
    let opinion: Vec<&crate::stance::SentenceStance> =
        st.sentences.iter().filter(|s| s.weight > 0.0 && Label::of_sentence(s.raw) != Label::Neutral).collect();
    let hedged = opinion.iter().filter(|s| s.hedged).count();
    let lex = &lexicon().cues;
    let mut hedges: Vec<(String, String)> = Vec::new();
    for c in st.sentences.iter().flat_map(|s| &s.cues).filter(|c| c.kind == CueKind::Hedge) {
        let e = lex.entry(c.entry);
        if !hedges.iter().any(|h| h.0 == e.phrase) && hedges.len() < 3 {
            hedges.push((e.phrase.clone(), if e.gloss.is_empty() { e.phrase.clone() } else { e.gloss.clone() }));
        }
    }
    if hedged > 0 {
        let (ha, he): (Vec<String>, Vec<String>) = hedges.into_iter().unzip();
        // Half the opinion hedged or more leaves the outcome open; less is a note of caution.
        let (then_ar, then_en) = if 2 * hedged >= opinion.len() {
            ("فالنتيجة عنده غير محسومة", "so the outcome is left uncertain")
        } else {
            ("وهي نبرة حذر لا تغير الاتجاه العام", "a note of caution that does not change its direction")
        };
        ar.push(format!(
            "ويتحفظ المقال في {hedged} من أصل {} {} رأي ({})، {then_ar}.",
            opinion.len(),
            sentences_ar(opinion.len()),
            join_ar(&ha)
        ));
        en.push(format!(
            "{hedged} of its {} opinion sentences {} hedged ({}), {then_en}.",
            opinion.len(),
            if hedged == 1 { "is" } else { "are" },
            join_en(&he)
        ));
    } else if !opinion.is_empty() {
        ar.push("ويعرض آراءه دون تحفظ يُذكر.".to_string());
        en.push("It states its views without hedging.".to_string());
    }
    // 4. Who said what.
    let mut holders: Vec<&crate::stance::HolderInfo> = st.holders.iter().collect();
    holders.sort_by(|a, b| (b.pos + b.neg).total_cmp(&(a.pos + a.neg)).then(b.sentences.len().cmp(&a.sentences.len())));
    let named: Vec<&crate::stance::HolderInfo> = holders
        .into_iter()
        .filter(|h| h.entity.is_none_or(|e| doc.entities[e].kind != EntityKind::Date))
        .take(3)
        .collect();
    if !named.is_empty() {
        let a: Vec<String> =
            named.iter().map(|h| format!("{} ({})", h.name, label_ar(Label::of_masses(h.pos, h.neg)))).collect();
        let e: Vec<String> = named
            .iter()
            .map(|h| {
                let n = h.entity.map(latin).unwrap_or_else(|| unnamed_source_en(&h.name));
                format!("{n} ({})", Label::of_masses(h.pos, h.neg).name())
            })
            .collect();
        ar.push(format!("ومن الآراء المنقولة فيه: {}.", a.join("، ")));
        en.push(format!("Views quoted: {}.", e.join("; ")));
    }
    Summary { ar: ar.join(" "), en: en.join(" ") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unnamed_sources_in_english() {
        assert_eq!(unnamed_source_en("بعض المحللين"), "some analysts");
        assert_eq!(unnamed_source_en("مصادر مطلعة"), "sources");
        assert_eq!(unnamed_source_en("مسؤول"), "an official");
        assert_eq!(unnamed_source_en("بعض الخبير"), "some expert");
        assert_eq!(unnamed_source_en("الجهة المعنية"), "an unnamed source");
    }

    fn summary_en(text: &str) -> String {
        crate::Analyzer::default().analyze(text).unwrap().summary.en
    }

    #[test]
    fn a_harmed_good_is_not_a_reason_and_one_hedge_is_caution() {
        let en = summary_en(
            "افتتح الوزير المعرض الجديد. ووقعت الشركتان اتفاقية للتعاون. وأعلن الجانبان تعزيز الشراكة. \
             وحذر خبير من أن تباطؤ النمو قد يؤثر على الأسواق.",
        );
        // Growth slowing is cited against, never for.
        let for_side = en.split("against that").next().unwrap_or_default();
        assert!(!for_side.contains("growth"), "{en}");
        assert!(en.contains("a note of caution"), "{en}");
        assert!(en.contains("is hedged"), "{en}");
    }

    #[test]
    fn what_is_appealed_for_or_misread_is_no_reason() {
        let en = summary_en(
            "مقتل العشرات في قصف على مخيم\n\nقتل العشرات في قصف على مخيم للنازحين. وحذر المكتب من تدهور \
             الوضع، داعيا إلى وقف إطلاق النار. وهوت العملة إلى أدنى مستوى لها على الإطلاق.",
        );
        assert!(!en.contains("ceasefire"), "{en}");
        assert!(!en.contains("launch"), "{en}");
    }
}
