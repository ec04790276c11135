//! Quotes and reported speech: who said what.
//!
//! Reads: tokens, sentences, mentions and entities, roles. Adds: `Document::quotes`.
//!
//! - Direct quotes: text between “ ” « » or " ", attributed to the speech verb nearest
//!   before it in the sentence, or after it ("…"، قال فلان).
//! - Reported speech: a speech verb (قال، أكد، أوضح، أشار، صرح، أعلن، ذكر، شدد، نفى، حذر،
//!   أضاف… in any person, `data/lexicon/speech.tsv`) and what follows its أن/إن or colon, to
//!   the end of the sentence.
//! - Participles ("مؤكدًا أن …") continue the speaker of the sentence's main verb.
//! - Attributions ("وفقا لـ", "بحسب", "نقلا عن") name the source; the content is the rest of
//!   the sentence.
//!
//! The speaker is the first person or organisation named after the verb (VSO), else the last
//! named before it; a title stands for its holder; a verb with no named subject ("وأضاف أن")
//! continues the previous speaker; an unnamed source ("مصادر", "بعض المحللين") is kept as
//! written.

use std::ops::Range;

use crate::doc::Document;
use crate::lexicon::lexicon;
use crate::lexicon::titles::strip_article;
use crate::output::{EntityKind, MentionForm};
use crate::span::Span;
use crate::text::tokenize::TokenKind;

/// A quote found in the document.
#[derive(Debug, Clone)]
pub struct QuoteInfo {
    /// The speaker's entity.
    pub speaker: Option<usize>,
    /// The speaker as written, when not an entity.
    pub speaker_text: Option<Span>,
    /// The cue's tokens.
    pub cue: Option<Range<usize>>,
    /// The content (original span).
    pub content: Span,
    /// Inside quotation marks.
    pub direct: bool,
    /// Sentence index.
    pub sentence: usize,
}

/// Nouns that name an unnamed source ("مصادر مطلعة", "بعض المحللين").
const SOURCES: &[&str] = &[
    "مصادر",
    "مصدر",
    "محللون",
    "محللين",
    "مراقبون",
    "مراقبين",
    "خبراء",
    "خبير",
    "مسؤول",
    "مسوول",
    "مسؤولون",
    "مسوولون",
    "مسوولين",
    "دبلوماسي",
    "دبلوماسيون",
    "تقارير",
    "تقرير",
    "بيان",
    "الوكاله",
    "وكاله",
    "صحيفه",
    "شهود",
    "سكان",
    "ناشطون",
    "متحدث",
    "ناطق",
    "الحكومه",
    "الوزاره",
    "الجيش",
    "الشرطه",
    "دراسه",
    "باحثون",
    "علماء",
];

fn entity(doc: &Document, m: usize) -> Option<usize> {
    doc.mention_entity.get(m).copied().flatten()
}

/// The speaker named in tokens `r`: the first person or organisation, a title counting as
/// its holder. Returns the entity and the token where it is named.
fn named(
    doc: &Document,
    holder: &[Option<usize>],
    actor: &[Option<usize>],
    r: Range<usize>,
    first: bool,
) -> Option<(usize, usize)> {
    let pick = |t: usize| -> Option<usize> {
        holder[t].or_else(|| actor[t].and_then(|m| entity(doc, m))).filter(|&e| {
            matches!(doc.entities[e].kind, EntityKind::Person | EntityKind::Organization | EntityKind::Location)
        })
    };
    if first {
        r.clone().find_map(|t| pick(t).map(|e| (e, t)))
    } else {
        r.clone().rev().find_map(|t| pick(t).map(|e| (e, t)))
    }
}

/// Where reported content starts after a cue ending at `t`: after أن/إن/بأن (with any
/// pronoun), after a colon, or right after the cue.
fn content_start(doc: &Document, t: usize, end: usize) -> Option<usize> {
    let mut i = t;
    // Skip the speaker and short complements ("قال الرئيس الروسي فلاديمير بوتين في مؤتمر صحفي").
    let limit = (t + 30).min(end);
    while i < limit {
        let b = strip_article(&doc.bases[i]);
        let s = doc.light(i);
        if matches!(b, "ان" | "انه" | "انها" | "انهم") || s == ":" {
            return Some(i + 1);
        }
        if doc.tokens[i].kind == TokenKind::Punct && s == "\"" {
            return Some(i);
        }
        if matches!(s, "." | "!" | "?") {
            return None;
        }
        i += 1;
    }
    None
}

/// Finds the quotes of the document.
pub fn extract(doc: &mut Document) {
    let lex = lexicon();
    let n = doc.tokens.len();
    let mut actor = vec![None; n];
    for (mi, m) in doc.mentions.iter().enumerate() {
        if m.form == MentionForm::Nisba
            || !matches!(m.kind, EntityKind::Person | EntityKind::Organization | EntityKind::Location)
        {
            continue;
        }
        for t in m.tokens.clone() {
            actor[t] = Some(mi);
        }
    }
    let holder = crate::roles::holders(doc);
    let mut quotes: Vec<QuoteInfo> = Vec::new();
    let mut last_speaker: Option<usize> = None;
    for (si, s) in doc.sentences.iter().enumerate() {
        if matches!(s.kind, crate::output::SentenceKind::List | crate::output::SentenceKind::Meta) {
            continue;
        }
        let (a, b) = (s.tokens.start, s.tokens.end);
        // Quotation mark pairs in the sentence.
        let marks: Vec<usize> =
            (a..b).filter(|&t| doc.tokens[t].kind == TokenKind::Punct && doc.light(t) == "\"").collect();
        let mut direct: Vec<Range<usize>> =
            marks.chunks(2).filter(|p| p.len() == 2 && p[1] > p[0] + 1).map(|p| p[0] + 1..p[1]).collect();
        direct.retain(|r| r.len() >= 2);
        let mut sentence_speaker: Option<(usize, usize)> = None;
        let mut t = a;
        while t < b {
            let Some((e, len)) = lex.speech.at(doc, t) else {
                t += 1;
                continue;
            };
            let cue = lex.speech.entry(e).clone();
            let cue_r = t..t + len;
            t += len;
            // "وهو ما يؤكد أن …", "مما يشير إلى …": a clause that confirms, not a speaker.
            if cue_r.start > a
                && matches!(strip_article(&doc.bases[cue_r.start - 1]), "ما" | "مما" | "الذي" | "التي" | "وهو" | "وهي")
            {
                continue;
            }
            // A cue inside a quotation is part of what was said.
            if direct.iter().any(|r| r.contains(&cue_r.start)) {
                continue;
            }
            let (speaker, speaker_text) = match cue.kind.as_str() {
                "p" => (sentence_speaker.map(|x| x.0).or(last_speaker), None),
                "a" => {
                    // "وفقا لـ X", "بحسب X": the source follows.
                    let src = named(doc, &holder, &actor, cue_r.end - 1..(cue_r.end + 6).min(b), true);
                    let text = src.is_none().then(|| source_text(doc, cue_r.end.saturating_sub(0), b)).flatten();
                    (src.map(|x| x.0), text)
                }
                _ => {
                    let after = named(doc, &holder, &actor, cue_r.end..(cue_r.end + 8).min(b), true);
                    // The named subject right after the verb; else before it; else a source noun;
                    // else the previous speaker.
                    // Before the verb, only a person or organisation speaks (not a place).
                    let before = named(doc, &holder, &actor, a..cue_r.start, false)
                        .filter(|x| doc.entities[x.0].kind != EntityKind::Location);
                    let found = after.filter(|x| x.1 <= cue_r.end + 2).or(before).or(after);
                    match found {
                        Some((e, at)) => {
                            sentence_speaker.get_or_insert((e, at));
                            (Some(e), None)
                        }
                        None => match source_text(doc, cue_r.end, b) {
                            Some(sp) => (None, Some(sp)),
                            None => (last_speaker, None),
                        },
                    }
                }
            };
            if speaker.is_none() && speaker_text.is_none() {
                continue;
            }
            // The content: a quotation right after the cue, else the reported clause.
            let near_quote = direct.iter().find(|r| r.start > cue_r.end && r.start <= cue_r.end + 12).cloned();
            let (content, is_direct) = if let Some(q) = near_quote {
                (q, true)
            } else if cue.kind == "a" {
                // Attribution: the rest of the sentence around it.
                let after_src = (cue_r.end..b).find(|&i| doc.light(i) == ",").map(|i| i + 1);
                match after_src {
                    Some(x) if x < b && cue_r.start <= a + 1 => (x..b, false),
                    _ if cue_r.start > a + 2 => (a..cue_r.start, false),
                    _ => continue,
                }
            } else {
                match content_start(doc, cue_r.end, b) {
                    // Reported content runs to the next cue ("…، مؤكدا أن …") or the sentence end.
                    Some(x) => {
                        let stop = (x + 1..b)
                            .find(|&i| lex.speech.at(doc, i).is_some() && doc.light(i - 1) == ",")
                            .unwrap_or(b);
                        (x..stop, false)
                    }
                    None => continue,
                }
            };
            let content = trim(doc, content);
            if content.is_empty() || content.len() < 2 {
                continue;
            }
            let span = doc.tokens_span(content.clone());
            if quotes.iter().any(|q| q.content.overlaps(span)) {
                continue;
            }
            if speaker.is_some() {
                last_speaker = speaker;
            }
            quotes.push(QuoteInfo {
                speaker,
                speaker_text,
                cue: Some(cue_r),
                content: span,
                direct: is_direct,
                sentence: si,
            });
            t = t.max(content.end);
        }
        // Direct quotes no cue claimed: "…" followed by قال فلان, or standing alone.
        for q in &direct {
            let span = doc.tokens_span(q.clone());
            if quotes.iter().any(|x| x.content.overlaps(span)) {
                continue;
            }
            let after_cue = (q.end + 1..(q.end + 4).min(b)).find_map(|i| lex.speech.at(doc, i).map(|(_, l)| i..i + l));
            let speaker = after_cue
                .as_ref()
                .and_then(|c| named(doc, &holder, &actor, c.end..(c.end + 6).min(b), true))
                .map(|x| x.0)
                .or_else(|| sentence_speaker.map(|x| x.0));
            if speaker.is_none() {
                continue;
            }
            quotes.push(QuoteInfo {
                speaker,
                speaker_text: None,
                cue: after_cue,
                content: span,
                direct: true,
                sentence: si,
            });
        }
    }
    quotes.sort_by_key(|q| q.content.start);
    doc.quotes = quotes;
}

/// An unnamed source right after a cue ("مصادر مطلعة", "بعض المحللين"), as written.
fn source_text(doc: &Document, from: usize, end: usize) -> Option<Span> {
    let mut i = from;
    if i < end && matches!(&*doc.bases[i], "بعض" | "احد") {
        i += 1;
    }
    if i < end && SOURCES.contains(&strip_article(&doc.bases[i])) {
        // Its adjectives agree with it: with the article after a definite noun ("المصادر
        // الرسمية"), without after an indefinite one ("مصادر مطلعة", "مسؤول أمريكي").
        let definite = doc.segs[i].article != crate::text::clitics::Article::None;
        let mut j = i + 1;
        while j < end && j < i + 3 {
            let s = &doc.segs[j];
            let ok = doc.tokens[j].kind == TokenKind::Word
                && s.conj.is_none()
                && s.prep.is_none()
                && s.enclitic.is_none()
                && (s.article != crate::text::clitics::Article::None) == definite
                && !lexicon().is_stopword(&doc.bases[j]);
            if !ok {
                break;
            }
            j += 1;
        }
        return Some(Span::new(doc.stem_start(from), doc.tokens[j - 1].span.e()));
    }
    None
}

/// Trims punctuation from both ends of a token range.
fn trim(doc: &Document, mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && matches!(doc.tokens[r.start].kind, TokenKind::Punct) {
        r.start += 1;
    }
    while r.end > r.start && matches!(doc.tokens[r.end - 1].kind, TokenKind::Punct) {
        r.end -= 1;
    }
    r
}

#[cfg(test)]
mod tests {
    use crate::Analyzer;

    fn quotes(text: &str) -> Vec<(Option<String>, String, bool)> {
        let a = Analyzer::default().analyze(text).unwrap();
        let name = |id: &str| a.entities.iter().find(|e| e.id == id).map(|e| e.name.clone());
        a.quotes
            .iter()
            .map(|q| (q.speaker.as_deref().and_then(name).or(q.speaker_text.clone()), q.text.clone(), q.direct))
            .collect()
    }

    #[test]
    fn direct_and_reported_speech() {
        let q = quotes("أوضح كيريل دميترييف، الممثل الخاص للرئيس الروسي، أن ثمة تقدما واضحا في العلاقات، مؤكدا أن “القوى الإيجابية ستتغلب” في هذا المسار.");
        assert!(
            q.iter().any(|x| x.0.as_deref() == Some("كيريل دميترييف") && x.1 == "القوى الإيجابية ستتغلب" && x.2),
            "{q:?}"
        );
        assert!(
            q.iter().any(|x| x.0.as_deref() == Some("كيريل دميترييف") && x.1.starts_with("ثمة تقدما") && !x.2),
            "{q:?}"
        );
        let q = quotes("قال الرئيس الأمريكي دونالد ترامب إن المحادثات كانت جيدة. وأضاف أن اتفاقا قد يوقع قريبا.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(
            q.iter().all(|x| x.0.as_deref() == Some("دونالد ترامب")),
            "the second continues the first speaker: {q:?}"
        );
        let q = quotes("وذكرت مصادر مطلعة أن الاجتماع تأجل إلى الأسبوع المقبل.");
        assert_eq!(q[0].0.as_deref(), Some("مصادر مطلعة"), "{q:?}");
    }
}
