//! Named entities: gazetteers, title rules, number patterns (and, later, a learned tagger),
//! merged by one policy ([`merge`]).
//!
//! Reads: tokens, segmentation, bases, layout. Adds: `Document::mentions` (one per entity
//! mention, not yet grouped) and `Document::intros` (the title phrases that introduced
//! people, for the roles stage).

pub mod gazetteer;
pub mod merge;
pub mod rules;

use crate::doc::Document;

/// Runs every recogniser and merges their output.
pub fn recognize(doc: &mut Document) {
    crate::temporal::scan(doc);
    let mut cands = std::mem::take(&mut doc.mentions);
    cands.extend(gazetteer::find(doc));
    let people = rules::persons(doc);
    cands.extend(rules::mentions(doc, &people));
    doc.mentions = merge::merge(cands);
    doc.intros = people;
}
