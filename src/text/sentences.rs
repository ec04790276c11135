//! Layout and sentences: headline, dateline, byline, section headings, lists, sentences.
//!
//! Reads: tokens and the normalised text. Adds: [`Layout`] and [`SentenceInfo`]s.
//!
//! Lines are the unit of layout. The first line is the headline when it reads as one (short,
//! no closing full stop); a dateline ("خميس 07/08/2025:") may open it. A byline is a short
//! line opening with كتب/بقلم/إعداد…. A heading is a short line without final punctuation
//! followed by running text; three or more short lines in a row are a list (a flattened
//! table), not headings. Running text splits into sentences at . ! ? and line ends, not at
//! abbreviation dots ("د.") nor inside numbers ("2.5"), and a closing quote stays with the
//! sentence it closes.

use crate::doc::{Document, Layout, SectionInfo, SentenceInfo};
use crate::lexicon::lexicon;
use crate::output::SentenceKind;
use crate::span::Span;
use crate::temporal;
use crate::text::tokenize::TokenKind;

/// Words that open a byline.
const BYLINE_CUES: &[&str] = &["كتب", "كتبت", "بقلم", "اعداد", "تحرير", "بواسطه", "تقرير", "كتبه", "كتبها"];

/// Longest heading, in words.
const HEADING_MAX_WORDS: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Headline,
    Byline,
    Heading,
    List,
    Body,
}

struct Line {
    tokens: std::ops::Range<usize>,
    kind: LineKind,
}

fn ends_with_final_punct(doc: &Document, r: &std::ops::Range<usize>) -> bool {
    r.end > r.start && matches!(doc.light(r.end - 1), "." | "!" | "?" | ":" | "...")
        || r.end > r.start + 1 && doc.light(r.end - 1) == "\"" && matches!(doc.light(r.end - 2), "." | "!" | "?")
}

fn words(doc: &Document, r: &std::ops::Range<usize>) -> usize {
    doc.tokens[r.clone()].iter().filter(|t| t.kind != TokenKind::Punct).count()
}

/// Splits the document into lines of tokens.
fn lines(doc: &Document) -> Vec<std::ops::Range<usize>> {
    let text = doc.norm.text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=doc.tokens.len() {
        let brk = i == doc.tokens.len() || {
            let gap = &text[doc.tokens[i - 1].n.e()..doc.tokens[i].n.s()];
            gap.contains(&b'\n')
        };
        if brk {
            out.push(start..i);
            start = i;
        }
    }
    out.retain(|r| !r.is_empty());
    out
}

fn is_byline(doc: &Document, r: &std::ops::Range<usize>) -> bool {
    let n = words(doc, r);
    (2..=7).contains(&n) && BYLINE_CUES.contains(&doc.key(r.start))
}

/// Finds a dateline at the start of line `r`: an optional weekday, a date, then `:`, `-` or `،`.
fn dateline(doc: &Document, r: &std::ops::Range<usize>) -> Option<(usize, Option<String>)> {
    let lex = lexicon();
    let mut i = r.start;
    if i < r.end && lex.weekdays.contains_key(crate::lexicon::titles::strip_article(doc.key(i))) {
        i += 1;
        if i < r.end && doc.light(i) == "," {
            i += 1;
        }
    }
    // A yearless date ("نيويورك، 3 ديسمبر (أ ف ب) -") takes its year from the reference date.
    let reference = doc.reference_date.as_deref().and_then(temporal::Date::parse_iso);
    let weekday = |k: usize| k < r.end && lex.weekdays.contains_key(crate::lexicon::titles::strip_article(doc.key(k)));
    // "القاهرة - 14 مارس 2026 - …", "الرياض، 3 نوفمبر 2026 (واس) - …", "سوهاج - السبت 11
    // أكتوبر 2025 -": a place of up to three words and a dash or comma before the date.
    // Also "القاهرة في 6 ديسمبر 2026 -", "الرياض 25 نوفمبر 2026 (واس) -" and "بيروت - الخميس
    // 3/12/2026 -".
    let placed = (1..=3).find_map(|k| {
        if i + k >= r.end || !(i..i + k).all(|j| doc.tokens[j].kind == TokenKind::Word) {
            return None;
        }
        let mut d = i + k;
        if matches!(doc.light(d), "-" | ",") || &*doc.bases[d] == "في" {
            d += 1;
        }
        if weekday(d) {
            d += 1;
            if d < r.end && doc.light(d) == "," {
                d += 1;
            }
        }
        // SPA's "الرياض 18 جمادى الآخرة 1447 هـ الموافق 09 ديسمبر 2025 م واس": the Hijri
        // date, then the Gregorian one after "الموافق".
        if d == i + k {
            if let Some(m) = (d..(d + 8).min(r.end)).find(|&j| &*doc.bases[j] == "الموافق") {
                if temporal::date_at(doc, m + 1, r.end).is_some() {
                    return Some(m + 1);
                }
            }
        }
        (d > i + k && temporal::date_at(doc, d, r.end).is_some()
            || d == i + k && doc.tokens[d].kind == TokenKind::Number && temporal::date_at(doc, d, r.end).is_some())
        .then_some(d)
    });
    if let Some(d) = placed {
        i = d;
    }
    // The agency in parentheses: "(واس)", "(أ ف ب)".
    let agency = |j: usize| {
        (j < r.end && doc.light(j) == "(")
            .then(|| (j + 1..(j + 6).min(r.end)).find(|&k| doc.light(k) == ")").map(|c| c + 1))
            .flatten()
            .unwrap_or(j)
    };
    let Some((len, value)) = temporal::date_near(doc, i, r.end, reference) else {
        return placed_without_date(doc, r, agency);
    };
    let mut j = agency(i + len);
    // "… 2025 م واس": the era's letter, then the agency's name, ending the line or set off.
    if j < r.end && doc.light(j) == "م" {
        j += 1;
        if j < r.end && agency_name(doc, j) {
            j += 1;
            if j == r.end {
                return Some((r.end, value));
            }
        }
    }
    if j < r.end && matches!(doc.light(j), ":" | "-" | ",") {
        return Some((j + 1, value));
    }
    // WAM's "روما في 24 فبراير / وام / وصل …": the agency between slashes ends it.
    if j < r.end && doc.light(j) == "/" {
        if let Some(close) = (j + 2..(j + 6).min(r.end)).find(|&k| doc.light(k) == "/") {
            return Some((close + 1, value));
        }
    }
    // WAFA's "رام الله 22-9-2025 وفا-": the agency's name and a dash.
    if j + 1 < r.end && agency_name(doc, j) && doc.light(j + 1) == "-" {
        return Some((j + 2, value));
    }
    // A line that is only a date and a time ("الأحد 19-10-2025 14:35") dates the article.
    let mut k = j;
    while k < r.end && doc.tokens[k].kind != TokenKind::Word {
        k += 1;
    }
    let only_a_time_after = k == r.end && j < r.end && r.end - j <= 4;
    let date_ends_the_line = j == r.end && r.start < i;
    if only_a_time_after || date_ends_the_line {
        return Some((r.end, value));
    }
    None
}

/// Whether token `t` is the name of a news agency or outlet the gazetteer lists ("الأناضول",
/// "رويترز", "وفا").
fn agency_name(doc: &Document, t: usize) -> bool {
    let lex = lexicon();
    lex.gazetteer.lookup(&doc.bases[t]).is_some_and(|p| {
        let c = lex.gazetteer.concept(p.concept);
        c.kind == crate::output::EntityKind::Organization && matches!(c.label.as_deref(), Some("agency" | "media"))
    })
}

/// "الرياض -", "بيروت (رويترز) -", "الرباط (الأناضول) -": a dateline of a known place and an
/// agency or a dash, without a date. The article's date is then the reference date, if given.
fn placed_without_date(
    doc: &Document,
    r: &std::ops::Range<usize>,
    agency: impl Fn(usize) -> usize,
) -> Option<(usize, Option<String>)> {
    let lex = lexicon();
    let i = r.start;
    let place = |from: usize, to: usize| {
        to > from
            && to - from <= 3
            && (from..to).all(|j| doc.tokens[j].kind == TokenKind::Word)
            && lex.gazetteer.lookup(&doc.bases[from..to].join(" ")).is_some_and(|p| {
                p.form == crate::lexicon::PatternForm::Name
                    && lex.gazetteer.concept(p.concept).kind == crate::output::EntityKind::Location
            })
    };
    // A line of its own: a place and the outlet set off by a dash, slash or colon, either way
    // round ("دمشق-سانا", "بيروت - «النهار»", "فيينا/ الأناضول", "السومرية نيوز/ بغداد").
    // "دمشق-سانا" written as one word.
    if r.len() == 1 && doc.tokens[r.start].kind == TokenKind::Word {
        if let Some((left, right)) = doc.light(r.start).split_once('-') {
            let known = lex.gazetteer.lookup(&crate::text::normalize::key(left)).is_some_and(|p| {
                p.form == crate::lexicon::PatternForm::Name
                    && lex.gazetteer.concept(p.concept).kind == crate::output::EntityKind::Location
            });
            if known && !right.is_empty() {
                return Some((r.end, doc.reference_date.clone()));
            }
        }
    }
    if r.len() <= 8 {
        let sep = (r.start + 1..r.end - 1).find(|&j| matches!(doc.light(j), "-" | "/" | ":" | "|"));
        if let Some(p) = sep {
            let outlet = |from: usize, to: usize| {
                to > from
                    && (from..to).any(|j| doc.tokens[j].kind != TokenKind::Punct)
                    && (from..to).all(|j| {
                        matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Foreign)
                            || matches!(doc.light(j), "\"" | "«" | "»")
                    })
            };
            if place(r.start, p) && outlet(p + 1, r.end) || outlet(r.start, p) && place(p + 1, r.end) {
                return Some((r.end, doc.reference_date.clone()));
            }
        }
    }
    (1..=2).find_map(|k| {
        if i + k >= r.end || !(i..i + k).all(|j| doc.tokens[j].kind == TokenKind::Word) {
            return None;
        }
        let name = doc.bases[i..i + k].join(" ");
        let place = lex.gazetteer.lookup(&name).is_some_and(|p| {
            p.form == crate::lexicon::PatternForm::Name
                && lex.gazetteer.concept(p.concept).kind == crate::output::EntityKind::Location
        });
        let mut a = agency(i + k);
        // "أنقرة / الأناضول", "بغداد - العربية": an agency named after a slash or a dash.
        if a == i + k && a + 1 < r.end && matches!(doc.light(a), "/" | "-") && agency_name(doc, a + 1) {
            a += 2;
            if a < r.end && matches!(doc.light(a), "/" | "-" | ":") {
                a += 1;
            }
            return (a + 3 < r.end).then(|| (a, doc.reference_date.clone()));
        }
        let j = if a < r.end && doc.light(a) == "-" { a + 1 } else { a };
        // Something must set the place off: the agency or a dash, and text must follow.
        (place && j > i + k && j + 3 < r.end).then(|| (j, doc.reference_date.clone()))
    })
}

/// Builds the layout and sentences.
pub fn split(doc: &mut Document) {
    let lines = lines(doc);
    let mut classified: Vec<Line> = Vec::with_capacity(lines.len());
    for (li, r) in lines.iter().enumerate() {
        let n = words(doc, r);
        let short = n <= HEADING_MAX_WORDS && !ends_with_final_punct(doc, r);
        let kind = if li == 0 && n <= 40 && (short || lines.len() > 1 && !doc.light(r.end - 1).eq(".")) {
            LineKind::Headline
        } else if li <= 3 && is_byline(doc, r) {
            LineKind::Byline
        } else if short {
            LineKind::Heading
        } else {
            LineKind::Body
        };
        classified.push(Line { tokens: r.clone(), kind });
    }
    // Runs of three or more short lines are lists, not headings; a heading must lead into text.
    let mut i = 0;
    while i < classified.len() {
        if classified[i].kind != LineKind::Heading {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < classified.len() && classified[j].kind == LineKind::Heading {
            j += 1;
        }
        if j - i >= 3 {
            for l in &mut classified[i..j] {
                l.kind = LineKind::List;
            }
        } else if j == classified.len() {
            // Short lines closing the article lead nowhere: they are text.
            for l in &mut classified[i..j] {
                l.kind = LineKind::List;
            }
        }
        i = j;
    }

    let mut layout = Layout::default();
    let mut sentences = Vec::new();
    let mut section = 0usize;
    layout.sections.push(SectionInfo { span: Span::default(), heading: None });
    for (li, line) in classified.iter().enumerate() {
        let r = line.tokens.clone();
        let mut body_start = r.start;
        if li <= 1 {
            if let Some((after, value)) = dateline(doc, &r) {
                let span = doc.tokens_span(r.start..after);
                layout.dateline = Some((span, value));
                body_start = after;
                if after == r.end {
                    sentences.push(SentenceInfo { span, tokens: r.clone(), kind: SentenceKind::Meta, section });
                    continue;
                }
            }
        }
        match line.kind {
            LineKind::Headline => {
                let span = doc.tokens_span(body_start..r.end);
                layout.headline = Some(span);
                if body_start > r.start {
                    let d = doc.tokens_span(r.start..body_start);
                    sentences.push(SentenceInfo {
                        span: d,
                        tokens: r.start..body_start,
                        kind: SentenceKind::Meta,
                        section,
                    });
                }
                sentences.push(SentenceInfo { span, tokens: body_start..r.end, kind: SentenceKind::Headline, section });
            }
            LineKind::Byline => {
                let span = doc.tokens_span(r.clone());
                let mut a = r.start + 1;
                while a < r.end && doc.tokens[a].kind == TokenKind::Punct {
                    a += 1;
                }
                layout.byline = Some((span, doc.tokens_span(a..r.end)));
                sentences.push(SentenceInfo { span, tokens: r, kind: SentenceKind::Meta, section });
            }
            LineKind::Heading => {
                section += 1;
                let span = doc.tokens_span(r.clone());
                layout.sections.push(SectionInfo { span, heading: Some(span) });
                sentences.push(SentenceInfo { span, tokens: r, kind: SentenceKind::Heading, section });
            }
            LineKind::List => {
                let span = doc.tokens_span(r.clone());
                sentences.push(SentenceInfo { span, tokens: r, kind: SentenceKind::List, section });
            }
            LineKind::Body => {
                for t in split_body(doc, body_start..r.end) {
                    let span = doc.tokens_span(t.clone());
                    sentences.push(SentenceInfo { span, tokens: t, kind: SentenceKind::Body, section });
                }
            }
        }
    }
    // Section spans run from their heading to the next heading.
    for s in &sentences {
        let sec = &mut layout.sections[s.section];
        sec.span = if sec.span.is_empty() && sec.span.start == 0 && sec.heading.is_none() {
            s.span
        } else {
            sec.span.cover(s.span)
        };
    }
    if layout.sections.len() > 1 && layout.sections[0].span.is_empty() && layout.sections[0].heading.is_none() {
        // No lead before the first heading: drop the empty lead section.
        let has_lead = sentences.iter().any(|s| s.section == 0);
        if !has_lead {
            layout.sections.remove(0);
            for s in &mut sentences {
                s.section -= 1;
            }
        }
    }
    doc.layout = layout;
    doc.sentences = sentences;
}

/// Sentence boundaries inside one line of running text.
/// Whether the "." at token `i` abbreviates rather than ends a sentence: after a one-letter
/// word ("د. أحمد"), or glued between short words that spell an acronym ("بنك إس.إي.بي").
pub fn abbreviation_dot(doc: &Document, i: usize) -> bool {
    if i == 0 || doc.light(i) != "." {
        return false;
    }
    let short = |k: usize| doc.tokens[k].kind == TokenKind::Word && doc.light(k).chars().count() <= 3;
    let t = &doc.tokens[i];
    let glued = i + 1 < doc.tokens.len()
        && short(i - 1)
        && short(i + 1)
        && doc.tokens[i - 1].span.e() == t.span.s()
        && t.span.e() == doc.tokens[i + 1].span.s();
    doc.tokens[i - 1].kind == TokenKind::Word && doc.light(i - 1).chars().count() == 1 || glued
}

fn split_body(doc: &Document, r: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = r.start;
    let mut i = r.start;
    let mut in_quote = false;
    while i < r.end {
        let t = &doc.tokens[i];
        let s = doc.light(i);
        if t.kind == TokenKind::Punct && s == "\"" {
            in_quote = !in_quote;
        }
        let terminal = t.kind == TokenKind::Punct && matches!(s, "." | "!" | "?");
        let abbreviation = i > r.start && abbreviation_dot(doc, i);
        if terminal && !abbreviation {
            let mut end = i + 1;
            // Runs of terminators and closing quotes/brackets stay with the sentence.
            while end < r.end && matches!(doc.light(end), "." | "!" | "?" | "\"" | ")" | "]") {
                if doc.light(end) == "\"" {
                    in_quote = !in_quote;
                }
                end += 1;
            }
            if !in_quote || end == r.end {
                out.push(start..end);
                start = end;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    if start < r.end {
        out.push(start..r.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::Analyzer;

    fn sentences(text: &str) -> Vec<(String, String)> {
        let a = Analyzer::default();
        let r = a.analyze(text).expect("analyses");
        r.sentences
            .iter()
            .map(|s| (format!("{:?}", s.kind).to_lowercase(), text[s.start as usize..s.end as usize].to_string()))
            .collect()
    }

    #[test]
    fn body_sentences_survive_abbreviations_numbers_and_quotes() {
        let got = sentences("عنوان قصير\nقال د. أحمد إن النمو بلغ 2.5% هذا العام. وأضاف: \"سنواصل العمل.\" ثم غادر!");
        assert_eq!(sentences("عنوان\n\nوقال المحلل لدى بنك إس.إي.بي إن السوق مستقر.").len(), 2);
        assert_eq!(
            got,
            vec![
                ("headline".into(), "عنوان قصير".into()),
                ("body".into(), "قال د. أحمد إن النمو بلغ 2.5% هذا العام.".into()),
                ("body".into(), "وأضاف: \"سنواصل العمل.\"".into()),
                ("body".into(), "ثم غادر!".into()),
            ]
        );
    }

    #[test]
    fn dateline_byline_headings_and_lists() {
        let text = "خميس 07/08/2025: عنوان الخبر هنا\n\nكتب: أحمد السيد\nنص الفقرة الأولى طويل بما يكفي ليكون فقرة. وجملة ثانية.\nعنوان قسم\nنص القسم الثاني هنا وهو فقرة كاملة.\nسطر أول\nسطر ثان\nسطر ثالث";
        let a = Analyzer::default();
        let r = a.analyze(text).unwrap();
        let d = r.document.dateline.as_ref().unwrap();
        assert_eq!(d.text, "خميس 07/08/2025:");
        assert_eq!(d.value.as_deref(), Some("2025-08-07"));
        assert_eq!(r.document.headline.as_ref().unwrap().text, "عنوان الخبر هنا");
        assert_eq!(r.document.byline.as_ref().unwrap().author, "أحمد السيد");
        assert_eq!(r.document.sections.len(), 2);
        assert_eq!(r.document.sections[1].heading.as_ref().unwrap().text, "عنوان قسم");
        let kinds: Vec<String> = sentences(text).into_iter().map(|s| s.0).collect();
        assert_eq!(kinds, vec!["meta", "headline", "meta", "body", "body", "heading", "body", "list", "list", "list"]);
    }

    #[test]
    fn dateline_after_a_place_with_the_agency() {
        let text = "عنوان الخبر\n\nالرياض، 3 نوفمبر 2026 (واس) - افتتح الوزير المنتدى أمس في العاصمة.";
        let r = Analyzer::default().analyze(text).unwrap();
        let d = r.document.dateline.as_ref().expect("a dateline");
        assert_eq!(d.value.as_deref(), Some("2026-11-03"));
        let yesterday = r.entities.iter().find(|e| e.name == "أمس").expect("أمس");
        assert_eq!(yesterday.value.as_deref(), Some("2026-11-02"), "{yesterday:?}");
    }
}
