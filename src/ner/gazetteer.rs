//! Gazetteer mentions in a document.
//!
//! Reads: token bases. Adds: candidate mentions for every gazetteer concept found, through
//! [`crate::lexicon::Gazetteer::find`] on the document's base line.

use crate::doc::{Document, MentionInfo, Source};
use crate::lexicon::gazetteer::GazMatch;
use crate::lexicon::{lexicon, PatternForm};
use crate::output::MentionForm;
use crate::span::Span;

/// The base line of tokens `range`: " base1 base2 … " and the offset of the space before each.
pub fn base_line(doc: &Document, range: std::ops::Range<usize>) -> (String, Vec<usize>) {
    let mut line = String::with_capacity(range.len() * 12);
    let mut starts = Vec::with_capacity(range.len());
    for b in &doc.bases[range] {
        starts.push(line.len());
        line.push(' ');
        // A base never holds a space, so token boundaries stay where the spaces are.
        if b.contains(' ') {
            line.push_str(&b.replace(' ', "_"));
        } else {
            line.push_str(b);
        }
    }
    line.push(' ');
    (line, starts)
}

/// Gazetteer matches within tokens `range` (token indices are absolute).
pub fn matches(doc: &Document, range: std::ops::Range<usize>) -> Vec<GazMatch> {
    matches_with(doc, range, false)
}

/// [`matches`] among the patterns the tagger was trained with (its features).
pub fn matches_trained(doc: &Document, range: std::ops::Range<usize>) -> Vec<GazMatch> {
    matches_with(doc, range, true)
}

fn matches_with(doc: &Document, range: std::ops::Range<usize>, trained: bool) -> Vec<GazMatch> {
    let (line, starts) = base_line(doc, range.clone());
    let gaz = &lexicon().gazetteer;
    let mut out = if trained { gaz.find_trained(&line, &starts) } else { gaz.find(&line, &starts) };
    for m in &mut out {
        m.first += range.start;
        m.end += range.start;
    }
    out
}

/// Finds gazetteer names and returns them as mentions (not yet merged with other sources).
pub fn find(doc: &Document) -> Vec<MentionInfo> {
    let lex = lexicon();
    let mut out = Vec::new();
    for m in matches(doc, 0..doc.tokens.len()) {
        let c = lex.gazetteer.concept(m.pattern.concept);
        // Names cannot start on a word carrying an enclitic pronoun ("روسيته").
        if doc.segs[m.first].enclitic.is_some() || doc.segs[m.end - 1].enclitic.is_some() {
            continue;
        }
        let start = doc.stem_start(m.first);
        let end = doc.tokens[m.end - 1].span.e();
        out.push(MentionInfo {
            span: Span::new(start, end),
            tokens: m.first..m.end,
            kind: c.kind,
            form: match m.pattern.form {
                PatternForm::Name => MentionForm::Name,
                PatternForm::Nisba => MentionForm::Nisba,
            },
            key: doc.bases[m.first..m.end].join(" "),
            source: Source::Gazetteer(m.pattern.concept),
            value: None,
            subtype: concept_subtype(c),
            anchored: false,
        });
    }
    out
}

/// The output subtype of a gazetteer concept: its label for organisations and facilities
/// ("un", "airport"), else its kind ("country", "capital"); none for people.
pub fn concept_subtype(c: &crate::lexicon::Concept) -> Option<String> {
    use crate::lexicon::GazKind;
    match c.sub {
        GazKind::Person => None,
        GazKind::Organization | GazKind::Facility => c.label.clone().or_else(|| Some(c.sub.as_str().to_string())),
        _ => Some(c.sub.as_str().to_string()),
    }
}
