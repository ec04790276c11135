//! The one policy that decides between overlapping mentions from different sources.
//!
//! Reads: candidate mentions from the gazetteer, the rules, the tagger and the number
//! patterns. Adds: the final, non-overlapping mention list, in text order.
//!
//! 1. Mentions may not overlap, except a nisba inside a longer organisation or place name
//!    ("صندوق الاستثمارات المباشرة **الروسي**" is a fund *and* a mention of Russia).
//! 2. Among overlapping mentions the longer wins: "الولايات المتحدة الأمريكية" over "أمريكا".
//! 3. At equal length: gazetteer, then rules, then the tagger, then patterns, then names
//!    propagated from elsewhere in the article.

use crate::doc::{MentionInfo, Source};
use crate::output::{EntityKind, MentionForm};

fn priority(s: Source) -> u8 {
    match s {
        Source::Gazetteer(_) => 5,
        Source::Rule => 4,
        Source::Model => 3,
        Source::Pattern => 2,
        Source::Propagated => 1,
    }
}

/// Resolves overlaps; returns mentions sorted by position.
pub fn merge(cands: Vec<MentionInfo>) -> Vec<MentionInfo> {
    let (nisba, mut main): (Vec<_>, Vec<_>) = cands.into_iter().partition(|m| m.form == MentionForm::Nisba);
    main.sort_by(|a, b| {
        b.tokens
            .len()
            .cmp(&a.tokens.len())
            .then(b.span.len().cmp(&a.span.len()))
            .then(priority(b.source).cmp(&priority(a.source)))
            .then(a.span.start.cmp(&b.span.start))
    });
    // Mentions cover whole tokens: overlap is checked token by token.
    let n_tokens = main.iter().chain(&nisba).map(|m| m.tokens.end).max().unwrap_or(0);
    let mut owner: Vec<Option<usize>> = vec![None; n_tokens];
    let mut kept: Vec<MentionInfo> = Vec::with_capacity(main.len());
    for m in main {
        if m.tokens.clone().all(|t| owner[t].is_none()) {
            for t in m.tokens.clone() {
                owner[t] = Some(kept.len());
            }
            kept.push(m);
        }
    }
    for n in nisba {
        let ok = n.tokens.clone().all(|t| match owner[t] {
            None => true,
            Some(k) => {
                let k = &kept[k];
                k.span.contains(n.span) && matches!(k.kind, EntityKind::Organization | EntityKind::Location)
            }
        });
        if ok {
            kept.push(n);
        }
    }
    kept.sort_by_key(|m| (m.span.start, m.span.end));
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn m(s: u32, e: u32, kind: EntityKind, form: MentionForm, source: Source) -> MentionInfo {
        MentionInfo {
            span: Span { start: s, end: e },
            tokens: s as usize..e as usize,
            kind,
            form,
            key: String::new(),
            source,
            value: None,
            subtype: None,
        }
    }

    #[test]
    fn longer_wins_then_source_priority() {
        let got = merge(vec![
            m(0, 1, EntityKind::Location, MentionForm::Name, Source::Gazetteer(0)),
            m(0, 3, EntityKind::Location, MentionForm::Name, Source::Gazetteer(1)),
            m(5, 7, EntityKind::Person, MentionForm::Name, Source::Model),
            m(5, 7, EntityKind::Organization, MentionForm::Name, Source::Rule),
        ]);
        let k: Vec<_> = got.iter().map(|x| (x.span.start, x.span.end, x.kind)).collect();
        assert_eq!(k, vec![(0, 3, EntityKind::Location), (5, 7, EntityKind::Organization)]);
    }

    #[test]
    fn nisba_nests_in_organisations_not_in_people() {
        let got = merge(vec![
            m(0, 4, EntityKind::Organization, MentionForm::Name, Source::Model),
            m(3, 4, EntityKind::Location, MentionForm::Nisba, Source::Gazetteer(2)),
            m(6, 8, EntityKind::Person, MentionForm::Name, Source::Rule),
            m(7, 8, EntityKind::Location, MentionForm::Nisba, Source::Gazetteer(2)),
        ]);
        let k: Vec<_> = got.iter().map(|x| (x.span.start, x.span.end)).collect();
        assert_eq!(k, vec![(0, 4), (3, 4), (6, 8)]);
    }
}
