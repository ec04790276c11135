//! The one policy that decides between overlapping mentions from different sources.
//!
//! Reads: candidate mentions from the tagger, the gazetteers, the rules and the number
//! patterns. Adds: the final, non-overlapping mention list, in text order.
//!
//! 1. Dates, amounts and percentages (exact patterns: "53 مليار ريال" is money, not the
//!    club) come first, then the tagger's mentions: it already weighs gazetteer membership
//!    and title triggers as features, in context.
//! 2. A gazetteer or rule mention is added where nothing overlaps it, and replaces tagger
//!    mentions it strictly extends with the same kind ("بوتين" → "فلاديمير بوتين",
//!    "الأمم" → "الأمم المتحدة"); otherwise the tagger's reading stands. Longer gazetteer and
//!    rule mentions are placed first.
//!    A rule organisation (a head noun and its name, [`crate::ner::orgs`]) fills where nothing
//!    overlaps and extends a tagger organisation that starts at its head ("[اتحاد الكتاب]" →
//!    "اتحاد الكتاب العرب"), not one that starts after it: there the tagger found the name and
//!    the head is its descriptor ("نادي [تشيلسي]", "صحيفة [التايمز]"), ANERcorp's reading.
//!    One named by a head noun and a place ("مهرجان دبي السينمائي", "جامعة الدوحة") holds
//!    the tagger's mentions inside it, whatever their kind.
//!    A rule person anchored after a title and the body it heads ("رئيس شركة توتال [باتريك
//!    بويانيه]") replaces tagger mentions that run across its first word from before it.
//!    A gazetteer or rule mention the tagger's reading kept out is placed at the end if that
//!    reading has given way since and its words are free.
//!    A tagger's person made of two names side by side, one of them a listed person (or two
//!    listed one-word surnames: "بوتين أردوغان"), gives
//!    way to the two; so does a tagger's name running across the first word of a rule person
//!    that opens with a listed given name. A rule person holds a tagger's mention of another
//!    kind inside it or on its words ("فهد [الرويلي]"), and joins a tagger's person that
//!    starts inside it and runs past its end ("[كيم جونغ] + [جونغ كوان]"). A body named by a
//!    head noun and a place keeps the nationality the tagger ran into out of its name.
//! 3. Names propagated from elsewhere in the article come last. A person mention opening with
//!    a noun of an unnamed source ("مصدران دبلوماسيان") is dropped after the merge.
//! 4. A nisba may sit inside a longer organisation or place name ("صندوق الاستثمارات
//!    المباشرة **الروسي**" is a fund and a mention of Russia), never inside a person's name.

use crate::doc::{MentionInfo, Source};
use crate::output::{EntityKind, MentionForm};

fn rank(s: Source) -> u8 {
    match s {
        Source::Pattern => 0,
        Source::Model => 1,
        Source::Gazetteer(_) | Source::Rule => 2,
        Source::Propagated => 3,
    }
}

/// Token ranges of the places the gazetteer names.
pub type Listed = std::collections::HashSet<(usize, usize)>;

/// Resolves overlaps; returns mentions sorted by position.
pub fn merge(cands: Vec<MentionInfo>) -> Vec<MentionInfo> {
    let listed = cands
        .iter()
        .filter(|c| matches!(c.source, Source::Gazetteer(_)) && c.kind == EntityKind::Location)
        .map(|c| (c.tokens.start, c.tokens.end))
        .collect();
    merge_with(cands, &listed)
}

/// [`merge`], knowing every place the gazetteer names (`listed`, the candidates' places among
/// them), whether or not it is a candidate: a rule person does not take one in from the tagger.
pub fn merge_with(cands: Vec<MentionInfo>, listed: &Listed) -> Vec<MentionInfo> {
    let (nisba, mut main): (Vec<_>, Vec<_>) = cands.into_iter().partition(|m| m.form == MentionForm::Nisba);
    // The tagger's person over two names side by side, one a listed person ("[سعد الحريري
    // وليد جنبلاط]" is "سعد الحريري" and "وليد جنبلاط"), gives way to both.
    let person = |m: &MentionInfo| m.kind == EntityKind::Person && m.form == MentionForm::Name;
    // The listed and rule names of two words or more, by their first token.
    let mut pieces: std::collections::HashMap<usize, Vec<&MentionInfo>> = std::collections::HashMap::new();
    // (One word only when listed: "[بوتين أردوغان]" is two listed surnames.)
    let gaz = |m: &MentionInfo| matches!(m.source, Source::Gazetteer(_));
    for m in main.iter().filter(|m| rank(m.source) == 2 && person(m) && (m.tokens.len() >= 2 || gaz(m))) {
        pieces.entry(m.tokens.start).or_default().push(m);
    }
    let two_names = |o: &MentionInfo| {
        pieces.get(&o.tokens.start).is_some_and(|first| {
            first.iter().any(|a| {
                pieces.get(&a.tokens.end).is_some_and(|second| {
                    second.iter().any(|b| {
                        b.tokens.end == o.tokens.end
                            && (gaz(a) || gaz(b))
                            && (a.tokens.len() >= 2 && b.tokens.len() >= 2 || gaz(a) && gaz(b))
                    })
                })
            })
        })
    };
    let split: Vec<bool> = main.iter().map(|o| o.source == Source::Model && person(o) && two_names(o)).collect();
    let mut k = 0;
    main.retain(|_| {
        k += 1;
        !split[k - 1]
    });
    main.sort_by(|a, b| {
        rank(a.source)
            .cmp(&rank(b.source))
            .then(b.tokens.len().cmp(&a.tokens.len()))
            .then(matches!(b.source, Source::Gazetteer(_)).cmp(&matches!(a.source, Source::Gazetteer(_))))
            .then(a.span.start.cmp(&b.span.start))
    });
    // Mentions cover whole tokens: overlap is checked token by token.
    let n_tokens = main.iter().chain(&nisba).map(|m| m.tokens.end).max().unwrap_or(0);
    let mut owner: Vec<Option<usize>> = vec![None; n_tokens];
    let mut kept: Vec<Option<MentionInfo>> = Vec::with_capacity(main.len());
    let mut nested: Vec<MentionInfo> = Vec::new();
    // Gazetteer and rule mentions the tagger's reading kept out, tried again at the end: the
    // tagger's mention may have given way since ("[جامعة الدول العربية نبيل] العربي" to the
    // person "نبيل العربي" leaves "جامعة الدول العربية" free).
    let mut waiting: Vec<MentionInfo> = Vec::new();
    let lex = crate::lexicon::lexicon();
    // One-word nisbas by their token.
    let nisba_at: std::collections::HashSet<usize> =
        nisba.iter().filter(|n| n.tokens.len() == 1).map(|n| n.tokens.start).collect();
    for m in main {
        let overlapping: Vec<usize> = {
            let mut v: Vec<usize> = m.tokens.clone().filter_map(|t| owner[t]).collect();
            v.dedup();
            v
        };
        // A rule organisation reads a head noun before a name: where the tagger found the
        // name after it ("نادي [تشيلسي]", "صحيفة [التايمز]"), the head is a descriptor and
        // the tagger's name stands; where the tagger's name starts at the head ("[اتحاد
        // الكتاب] العرب"), the rule's longer reading replaces it.
        let org_rule = m.source == Source::Rule && m.kind == EntityKind::Organization;
        let extends = !overlapping.is_empty()
            && rank(m.source) == 2
            && overlapping.iter().all(|&k| {
                let o = kept[k].as_ref().expect("owners point at kept mentions");
                o.source == Source::Model
                    && o.kind == m.kind
                    && (m.tokens.start == o.tokens.start || !org_rule)
                    && m.tokens.start <= o.tokens.start
                    && o.tokens.end <= m.tokens.end
                    && m.tokens.len() > o.tokens.len()
            });
        // A currency named inside an amount stays a name of its own ("53 مليار [دولار]"):
        // the tagger's miscellaneous names nest in patterns.
        let nests = !overlapping.is_empty()
            && m.source == Source::Model
            && m.kind == EntityKind::Misc
            && overlapping.iter().all(|&k| {
                let o = kept[k].as_ref().expect("owners point at kept mentions");
                o.source == Source::Pattern && o.tokens.start <= m.tokens.start && m.tokens.end <= o.tokens.end
            });
        if nests {
            nested.push(m);
            continue;
        }
        // The project's curated lists (organisations, facilities, people) know better than
        // the tagger what a name they list is: "الكرملين" is a place, not an organisation.
        let curated = matches!(m.source, Source::Gazetteer(c) if matches!(
            crate::lexicon::lexicon().gazetteer.concept(c).sub,
            crate::lexicon::GazKind::Facility | crate::lexicon::GazKind::Region | crate::lexicon::GazKind::Organization | crate::lexicon::GazKind::Person
        ));
        let relabels = curated
            && overlapping.len() == 1
            && kept[overlapping[0]].as_ref().is_some_and(|o| o.source == Source::Model && o.tokens == m.tokens);
        // A listed name of two words or more holds the pieces the tagger read inside it
        // ("[مجلس التعاون] لدول [الخليج العربية]" is the Gulf Cooperation Council, "[البيت]
        // الأبيض" the White House).
        let holds = curated
            && m.tokens.len() >= 2
            && !overlapping.is_empty()
            && overlapping.iter().all(|&k| {
                kept[k].as_ref().is_some_and(|o| {
                    o.source == Source::Model && m.tokens.start <= o.tokens.start && o.tokens.end <= m.tokens.end
                })
            });
        // An institution named after a person ("مستشفى الملك فيصل التخصصي") holds the names
        // read inside it.
        let eponym = m.subtype.as_deref() == Some("eponym")
            && overlapping.iter().all(|&k| {
                kept[k].as_ref().is_some_and(|o| m.tokens.start <= o.tokens.start && o.tokens.end <= m.tokens.end)
            });
        // A person the rules read after a title, or after the body a title heads, has its
        // left edge there: a tagger name running across it ("[توتال باتريك] بويانيه") took a
        // word of what came before, and gives way ("توتال [باتريك بويانيه]").
        // So does a rule person opening with a listed given name ("[يوسف العلمي جاك] أنوما" is
        // "يوسف العلمي" and "جاك أنوما").
        let opens_with_given = m.source == Source::Rule
            && m.kind == EntityKind::Person
            && m.key.split(' ').next().is_some_and(|w| lex.given_names.contains(w));
        let crossed = (m.anchored || opens_with_given)
            && !overlapping.is_empty()
            && overlapping.iter().all(|&k| {
                kept[k].as_ref().is_some_and(|o| {
                    o.source == Source::Model
                        && o.tokens.start < m.tokens.start
                        && o.tokens.end > m.tokens.start
                        && o.tokens.end <= m.tokens.end
                        // "[خالد بن] محمد العطية": after بن the given name is the father's.
                        && (m.anchored
                            || !o
                                .key
                                .split(' ')
                                .nth(m.tokens.start - o.tokens.start - 1)
                                .is_some_and(|w| {
                                    matches!(w, "بن" | "ابن" | "بنت" | "ابو" | "عبد" | "ولد")
                                        // "[محمد علي] كلاي": a chain of given names is a father's name.
                                        || lex.given_names.contains(w)
                                }))
                })
            });
        // A body named by a head noun and a place ("مهرجان [دبي] السينمائي", "جامعة [الدوحة]")
        // holds what the tagger read inside it, a place or the head alone.
        let headed = org_rule
            && m.anchored
            && overlapping.iter().all(|&k| {
                kept[k].as_ref().is_some_and(|o| {
                    o.source == Source::Model && m.tokens.start <= o.tokens.start && o.tokens.end <= m.tokens.end
                })
            });
        // A person the rules read holds what the tagger read inside it, or on its very words,
        // as another kind ("فهد [الرويلي]" after a title is no organisation, "رئيس إقليم
        // كردستان [مسعود بارزاني]" no place).
        let person_holds = m.source == Source::Rule
            && m.kind == EntityKind::Person
            && !overlapping.is_empty()
            && overlapping.iter().all(|&k| {
                kept[k].as_ref().is_some_and(|o| {
                    o.source == Source::Model
                        && o.kind != EntityKind::Person
                        // Not a place the gazetteer names ("قائد الشرطة [دبي] آمنة").
                        && !(o.kind == EntityKind::Location && listed.contains(&(o.tokens.start, o.tokens.end)))
                        && m.tokens.start <= o.tokens.start
                        && o.tokens.end <= m.tokens.end
                })
            });
        // A rule person and a tagger person that starts inside it and runs past its end read
        // one name from two ends: "[كيم جونغ]" and "[جونغ كوان]" are "كيم جونغ كوان".
        let mut m = m;
        let mut joined = false;
        if m.source == Source::Rule && m.kind == EntityKind::Person && overlapping.len() == 1 {
            if let Some(o) = kept[overlapping[0]].as_ref().filter(|o| {
                o.source == Source::Model
                    && o.kind == EntityKind::Person
                    && o.tokens.start > m.tokens.start
                    && o.tokens.start < m.tokens.end
                    && o.tokens.end > m.tokens.end
            }) {
                let extra: Vec<&str> = o.key.split(' ').skip(m.tokens.end - o.tokens.start).collect();
                if extra.len() == o.tokens.end - m.tokens.end {
                    m.key = std::iter::once(m.key.as_str()).chain(extra).collect::<Vec<_>>().join(" ");
                    m.tokens.end = o.tokens.end;
                    m.span.end = o.span.end;
                    joined = true;
                }
            }
        }
        // A body named by a head noun and a place holds the nationality out of its name
        // ("[جامعة القاهرة] المصرية"), where the tagger ran one nisba past it.
        let nationality_out = org_rule
            && m.anchored
            && overlapping.len() == 1
            && kept[overlapping[0]].as_ref().is_some_and(|o| {
                o.source == Source::Model
                    && o.tokens.start == m.tokens.start
                    && o.tokens.end == m.tokens.end + 1
                    && nisba_at.contains(&m.tokens.end)
            });
        if overlapping.is_empty()
            || extends
            || relabels
            || holds
            || eponym
            || crossed
            || headed
            || person_holds
            || joined
            || nationality_out
        {
            for k in overlapping {
                if let Some(o) = kept[k].take() {
                    for t in o.tokens {
                        owner[t] = None;
                    }
                }
            }
            for t in m.tokens.clone() {
                owner[t] = Some(kept.len());
            }
            kept.push(Some(m));
        } else if rank(m.source) == 2 {
            waiting.push(m);
        }
    }
    for m in waiting {
        if m.tokens.clone().all(|t| owner[t].is_none()) {
            for t in m.tokens.clone() {
                owner[t] = Some(kept.len());
            }
            kept.push(Some(m));
        }
    }
    let mut kept: Vec<MentionInfo> = kept.into_iter().flatten().collect();
    let mut owner: Vec<Option<usize>> = vec![None; n_tokens];
    for (i, m) in kept.iter().enumerate() {
        for t in m.tokens.clone() {
            owner[t] = Some(i);
        }
    }
    let mut add = Vec::new();
    for n in nisba {
        let ok = n.tokens.clone().all(|t| match owner[t] {
            None => true,
            Some(k) => {
                let k = &kept[k];
                k.span.contains(n.span)
                    && matches!(k.kind, EntityKind::Organization | EntityKind::Location | EntityKind::Misc)
            }
        });
        if ok {
            add.push(n);
        }
    }
    kept.extend(add);
    kept.extend(nested);
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
            anchored: false,
        }
    }

    fn got(v: Vec<MentionInfo>) -> Vec<(u32, u32, EntityKind, Source)> {
        merge(v).iter().map(|x| (x.span.start, x.span.end, x.kind, x.source)).collect()
    }

    #[test]
    fn a_rule_person_joins_a_tagger_person_past_its_end_and_holds_other_kinds() {
        use EntityKind::*;
        let keyed =
            |s, e, kind, source, key: &str| MentionInfo { key: key.into(), ..m(s, e, kind, MentionForm::Name, source) };
        // "[كيم جونغ]" by the rules and "[جونغ كوان]" by the tagger are "كيم جونغ كوان".
        let out =
            merge(vec![keyed(1, 3, Person, Source::Rule, "كيم جونغ"), keyed(2, 4, Person, Source::Model, "جونغ كوان")]);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].tokens.clone(), out[0].key.as_str()), (1..4, "كيم جونغ كوان"));
        assert_eq!((out[0].span.start, out[0].span.end, out[0].source), (1, 4, Source::Rule));
        // A tagger person inside the rule's, ending with it, gives way as before.
        let v = vec![keyed(1, 3, Person, Source::Rule, "كيم جونغ"), keyed(2, 3, Person, Source::Model, "جونغ")];
        assert_eq!(got(v), vec![(1, 3, Person, Source::Rule)]);
        // "فهد [الرويلي]": the rule's person holds the tagger's organisation inside it, and a
        // place read on its very words ("رئيس إقليم كردستان [مسعود بارزاني]").
        let v =
            vec![keyed(1, 3, Person, Source::Rule, "فهد الرويلي"), keyed(2, 3, Organization, Source::Model, "الرويلي")];
        assert_eq!(got(v), vec![(1, 3, Person, Source::Rule)]);
        let v =
            vec![m(1, 3, Person, MentionForm::Name, Source::Rule), m(1, 3, Location, MentionForm::Name, Source::Model)];
        assert_eq!(got(v), vec![(1, 3, Person, Source::Rule)]);
        // A tagger person on the same words stays the tagger's reading.
        let v =
            vec![m(1, 3, Person, MentionForm::Name, Source::Rule), m(1, 3, Person, MentionForm::Name, Source::Model)];
        assert_eq!(got(v), vec![(1, 3, Person, Source::Model)]);
    }

    #[test]
    fn a_body_named_by_a_head_and_a_place_keeps_the_nationality_out_of_its_name() {
        use EntityKind::*;
        // "[جامعة القاهرة] المصرية": the tagger ran one nisba past the rule's body.
        let body = MentionInfo { anchored: true, ..m(1, 3, Organization, MentionForm::Name, Source::Rule) };
        let v = vec![
            body.clone(),
            m(1, 4, Organization, MentionForm::Name, Source::Model),
            m(3, 4, Location, MentionForm::Nisba, Source::Gazetteer(0)),
        ];
        let out = got(v);
        assert!(out.contains(&(1, 3, Organization, Source::Rule)), "{out:?}");
        assert!(!out.iter().any(|x| x.1 == 4 && x.2 == Organization), "{out:?}");
        // Without the nisba there, the tagger's longer name stands.
        let v = vec![body, m(1, 4, Organization, MentionForm::Name, Source::Model)];
        assert_eq!(got(v), vec![(1, 4, Organization, Source::Model)]);
    }

    #[test]
    fn a_tagger_person_over_two_names_one_listed_gives_way_to_both() {
        use EntityKind::*;
        let v = vec![
            m(1, 5, Person, MentionForm::Name, Source::Model),
            m(1, 3, Person, MentionForm::Name, Source::Gazetteer(0)),
            m(3, 5, Person, MentionForm::Name, Source::Rule),
        ];
        assert_eq!(got(v), vec![(1, 3, Person, Source::Gazetteer(0)), (3, 5, Person, Source::Rule)]);
        // Two rule readings alone do not outweigh the tagger.
        let v = vec![
            m(1, 5, Person, MentionForm::Name, Source::Model),
            m(1, 3, Person, MentionForm::Name, Source::Rule),
            m(3, 5, Person, MentionForm::Name, Source::Rule),
        ];
        assert_eq!(got(v), vec![(1, 5, Person, Source::Model)]);
    }

    #[test]
    fn a_mention_kept_out_by_a_tagger_reading_that_gave_way_is_placed() {
        use EntityKind::*;
        let mut person = m(3, 5, Person, MentionForm::Name, Source::Rule);
        person.anchored = true;
        let v = vec![
            m(0, 5, Organization, MentionForm::Name, Source::Model),
            m(0, 3, Organization, MentionForm::Name, Source::Rule),
            person,
        ];
        assert_eq!(got(v), vec![(0, 3, Organization, Source::Rule), (3, 5, Person, Source::Rule)]);
    }

    #[test]
    fn the_tagger_stands_unless_extended_with_the_same_kind() {
        assert_eq!(
            got(vec![
                m(0, 1, EntityKind::Person, MentionForm::Name, Source::Model),
                m(0, 2, EntityKind::Person, MentionForm::Name, Source::Rule),
                m(5, 7, EntityKind::Organization, MentionForm::Name, Source::Model),
                m(5, 6, EntityKind::Location, MentionForm::Name, Source::Gazetteer(3)),
                m(9, 10, EntityKind::Location, MentionForm::Name, Source::Gazetteer(4)),
            ]),
            vec![
                (0, 2, EntityKind::Person, Source::Rule),
                (5, 7, EntityKind::Organization, Source::Model),
                (9, 10, EntityKind::Location, Source::Gazetteer(4)),
            ]
        );
    }

    #[test]
    fn a_different_kind_does_not_override_the_tagger() {
        assert_eq!(
            got(vec![
                m(0, 2, EntityKind::Organization, MentionForm::Name, Source::Model),
                m(0, 3, EntityKind::Location, MentionForm::Name, Source::Gazetteer(1)),
            ]),
            vec![(0, 2, EntityKind::Organization, Source::Model)]
        );
    }

    #[test]
    fn a_rule_organisation_extends_the_tagger_from_its_head_only() {
        assert_eq!(
            got(vec![
                m(0, 2, EntityKind::Organization, MentionForm::Name, Source::Model),
                m(0, 3, EntityKind::Organization, MentionForm::Name, Source::Rule),
                m(6, 7, EntityKind::Organization, MentionForm::Name, Source::Model),
                m(5, 7, EntityKind::Organization, MentionForm::Name, Source::Rule),
                m(9, 11, EntityKind::Organization, MentionForm::Name, Source::Rule),
            ]),
            vec![
                (0, 3, EntityKind::Organization, Source::Rule),
                (6, 7, EntityKind::Organization, Source::Model),
                (9, 11, EntityKind::Organization, Source::Rule),
            ]
        );
    }

    #[test]
    fn an_anchored_rule_person_takes_its_edge_back_from_the_tagger() {
        let anchored =
            |s, e| MentionInfo { anchored: true, ..m(s, e, EntityKind::Person, MentionForm::Name, Source::Rule) };
        let input = |a: MentionInfo| {
            vec![
                // "لشركة [توتال باتريك] بويانيه": the tagger ran across the body's edge.
                m(1, 3, EntityKind::Organization, MentionForm::Name, Source::Model),
                a,
                m(1, 2, EntityKind::Organization, MentionForm::Name, Source::Gazetteer(5)),
            ]
        };
        assert_eq!(
            got(input(anchored(2, 4))),
            vec![(1, 2, EntityKind::Organization, Source::Gazetteer(5)), (2, 4, EntityKind::Person, Source::Rule)]
        );
        // Without an anchor the tagger's reading stands.
        assert_eq!(
            got(input(m(2, 4, EntityKind::Person, MentionForm::Name, Source::Rule))),
            vec![(1, 3, EntityKind::Organization, Source::Model)]
        );
    }

    #[test]
    fn nisba_nests_in_organisations_not_in_people() {
        let out = got(vec![
            m(0, 4, EntityKind::Organization, MentionForm::Name, Source::Model),
            m(3, 4, EntityKind::Location, MentionForm::Nisba, Source::Gazetteer(2)),
            m(6, 8, EntityKind::Person, MentionForm::Name, Source::Rule),
            m(7, 8, EntityKind::Location, MentionForm::Nisba, Source::Gazetteer(2)),
        ]);
        let spans: Vec<_> = out.iter().map(|x| (x.0, x.1)).collect();
        assert_eq!(spans, vec![(0, 4), (3, 4), (6, 8)]);
    }
}
