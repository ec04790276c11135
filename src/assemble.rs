//! Document → the public [`Analysis`] (UTF-8 spans).
//!
//! Reads: everything the stages left in the document. Adds: nothing to it; builds the
//! output: entity ids by salience, the sentence and section lists, the analyst's table,
//! the stance and the summaries.

use crate::doc::Document;
use crate::output::*;
use crate::span::Span;
use crate::text::tokenize::TokenKind;
use crate::Options;

fn text_span(doc: &Document, s: Span) -> TextSpan {
    TextSpan { start: s.start, end: s.end, text: doc.slice(s).to_string() }
}

fn token_kind(k: TokenKind) -> &'static str {
    match k {
        TokenKind::Word => "word",
        TokenKind::Foreign => "foreign",
        TokenKind::Number => "number",
        TokenKind::Url => "url",
        TokenKind::Email => "email",
        TokenKind::Hashtag => "hashtag",
        TokenKind::Handle => "handle",
        TokenKind::Punct => "punct",
        TokenKind::Symbol => "symbol",
    }
}

/// Builds the public result.
pub fn analysis(doc: &Document, options: &Options) -> Analysis {
    // Entity ids: most salient first, then by first mention.
    // The currency word inside an amount ("53 مليار [دولار]") stays a mention, as the corpora
    // tag it, but is no entity of the article beside the amount itself.
    let in_amount = |m: usize| {
        let s = doc.mentions[m].span;
        doc.mentions.iter().any(|x| x.kind == EntityKind::Money && x.span.start <= s.start && s.end <= x.span.end)
    };
    let hidden = |e: usize| {
        let en = &doc.entities[e];
        en.kind == EntityKind::Misc
            && crate::temporal::currency(crate::lexicon::titles::strip_article(&crate::text::normalize::key(&en.name)))
                .is_some()
            && en.mentions.iter().all(|&m| in_amount(m))
    };
    let mut order: Vec<usize> = (0..doc.entities.len()).filter(|&e| !hidden(e)).collect();
    let first = |e: usize| doc.entities[e].mentions.first().map_or(u32::MAX, |&m| doc.mentions[m].span.start);
    order.sort_by(|&a, &b| doc.entities[b].salience.total_cmp(&doc.entities[a].salience).then(first(a).cmp(&first(b))));
    let mut id_of = vec![String::new(); doc.entities.len()];
    for (n, &e) in order.iter().enumerate() {
        id_of[e] = format!("e{}", n + 1);
    }
    let entities: Vec<Entity> = order
        .iter()
        .map(|&e| {
            let en = &doc.entities[e];
            let roles = doc
                .roles
                .iter()
                .filter(|r| r.entity == e)
                .map(|r| Role {
                    title: r.title.clone(),
                    start: r.span.start,
                    end: r.span.end,
                    kind: if r.honorific { "honorific" } else { "title" }.to_string(),
                    affiliation: r.affiliation.map(|a| id_of[a].clone()),
                })
                .collect();
            Entity {
                id: id_of[e].clone(),
                kind: en.kind,
                subtype: en.subtype.clone(),
                name: en.name.clone(),
                latin: en.latin.clone(),
                mentions: en
                    .mentions
                    .iter()
                    .map(|&m| {
                        let mm = &doc.mentions[m];
                        Mention {
                            start: mm.span.start,
                            end: mm.span.end,
                            text: doc.slice(mm.span).to_string(),
                            form: mm.form,
                        }
                    })
                    .collect(),
                roles,
                affiliation: en.affiliation.map(|a| id_of[a].clone()),
                value: en.value.clone(),
                salience: en.salience,
            }
        })
        .collect();

    let document = DocumentInfo {
        headline: doc.layout.headline.map(|s| text_span(doc, s)),
        dateline: doc.layout.dateline.as_ref().map(|(s, v)| Dateline {
            start: s.start,
            end: s.end,
            text: doc.slice(*s).to_string(),
            value: v.clone(),
        }),
        byline: doc.layout.byline.map(|(s, a)| Byline {
            start: s.start,
            end: s.end,
            text: doc.slice(s).to_string(),
            author: doc.slice(a).to_string(),
        }),
        sections: doc
            .layout
            .sections
            .iter()
            .map(|s| Section { start: s.span.start, end: s.span.end, heading: s.heading.map(|h| text_span(doc, h)) })
            .collect(),
    };
    let sentences = doc
        .sentences
        .iter()
        .map(|s| Sentence { start: s.span.start, end: s.span.end, kind: s.kind, section: s.section as u32 })
        .collect();
    let tokens = options.tokens.then(|| tokens(doc));

    let time_ref = |m: Option<usize>| {
        m.map(|m| {
            let mm = &doc.mentions[m];
            TimeRef { text: doc.slice(mm.span).to_string(), value: mm.value.clone() }
        })
    };
    let events: Vec<Event> = doc
        .events
        .iter()
        .enumerate()
        .map(|(n, e)| Event {
            id: format!("v{}", n + 1),
            kind: e.kind.clone(),
            trigger: text_span(doc, doc.tokens_span(e.trigger.clone())),
            participants: e
                .participants
                .iter()
                .map(|(ent, role)| Participant { entity: id_of[*ent].clone(), role: role.to_string() })
                .collect(),
            place: e.place.map(|p| id_of[p].clone()),
            time: time_ref(e.time),
            duration: time_ref(e.duration),
            modality: e.modality.to_string(),
            sentence: e.sentence as u32,
        })
        .collect();
    let quotes: Vec<Quote> = doc
        .quotes
        .iter()
        .map(|q| Quote {
            speaker: q.speaker.map(|e| id_of[e].clone()),
            speaker_text: q.speaker_text.map(|s| doc.slice(s).to_string()),
            cue: q.cue.clone().map(|c| text_span(doc, doc.tokens_span(c))),
            text: doc.slice(q.content).to_string(),
            start: q.content.start,
            end: q.content.end,
            direct: q.direct,
        })
        .collect();
    let table = table(doc, &entities, &id_of);
    let stance = stance(doc, &id_of);
    let summary = crate::summary::summarize(doc);
    Analysis {
        schema_version: SCHEMA_VERSION,
        offset_unit: OffsetUnit::Utf8,
        length: doc.text.len() as u32,
        document,
        sentences,
        tokens,
        entities,
        events,
        quotes,
        stance,
        summary,
        table,
        warnings: doc.warnings.clone(),
        source: None,
    }
}

/// Every token with its clitic segmentation.
pub fn tokens(doc: &Document) -> Vec<TokenInfo> {
    doc.tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let seg = &doc.segs[i];
            let light = doc.light(i);
            TokenInfo {
                start: t.span.start,
                end: t.span.end,
                kind: token_kind(t.kind).to_string(),
                norm: doc.key(i).to_string(),
                proclitics: seg.proclitics().into_iter().map(str::to_string).collect(),
                stem: seg.stem(light).to_string(),
                enclitic: seg.enclitic_str().map(str::to_string),
            }
        })
        .collect()
}

/// One row per person: name, roles, places tied to them (affiliation and the places of
/// their events), and their events phrased briefly in Arabic.
fn table(doc: &Document, entities: &[Entity], id_of: &[String]) -> Vec<TableRow> {
    let index: std::collections::HashMap<&str, usize> =
        id_of.iter().enumerate().map(|(i, id)| (id.as_str(), i)).collect();
    entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| {
            let ei = index[e.id.as_str()];
            let mut places: Vec<String> = Vec::new();
            let mut add = |p: usize| {
                let n = doc.entities[p].name.clone();
                if !places.contains(&n) {
                    places.push(n);
                }
            };
            if let Some(a) = doc.entities[ei].affiliation {
                if doc.entities[a].kind == EntityKind::Location {
                    add(a);
                }
            }
            let mut events = Vec::new();
            for ev in doc.events.iter().filter(|ev| ev.participants.iter().any(|p| p.0 == ei)) {
                if let Some(p) = ev.place {
                    add(p);
                }
                let s = crate::events::phrase_for(doc, ev, ei);
                if !events.contains(&s) {
                    events.push(s);
                }
            }
            TableRow {
                entity: e.id.clone(),
                name: e.name.clone(),
                latin: e.latin.clone(),
                roles: distinct_titles(e),
                places,
                events,
            }
        })
        .collect()
}

/// A person's titles, each once; a title contained in a longer one is left out
/// ("المبعوث الأمريكي" beside "المبعوث الأمريكي الخاص").
fn distinct_titles(e: &Entity) -> Vec<String> {
    let titles: Vec<String> = e.roles.iter().filter(|r| r.kind == "title").map(|r| r.title.clone()).collect();
    let key = |t: &str| crate::text::normalize::key(t);
    let mut out: Vec<String> = Vec::new();
    for t in &titles {
        let k = key(t);
        if titles.iter().any(|o| o.len() > t.len() && key(o).contains(&k)) || out.iter().any(|o| key(o) == k) {
            continue;
        }
        out.push(t.clone());
    }
    out
}

/// The stance stage's result in the output's terms.
fn stance(doc: &Document, id_of: &[String]) -> Stance {
    let st = &doc.stance;
    let cues = |s: &crate::stance::SentenceStance| -> Vec<Cue> {
        s.cues
            .iter()
            .map(|c| Cue {
                start: c.span.start,
                end: c.span.end,
                text: doc.slice(c.span).to_string(),
                kind: c.kind.name().to_string(),
                weight: c.weight,
                scope: if c.past {
                    Some("past".to_string())
                } else if c.negated {
                    Some("negated".to_string())
                } else {
                    None
                },
            })
            .collect()
    };
    let sscore = |raw: f64| ((raw / (raw.abs() + 1.0)) * 1000.0).round() / 1000.0;
    let evidence = st
        .evidence
        .iter()
        .map(|&si| {
            let s = &st.sentences[si];
            let span = doc.sentences[si].span;
            Evidence {
                sentence: si as u32,
                start: span.start,
                end: span.end,
                text: doc.slice(span).to_string(),
                polarity: crate::stance::Label::of_sentence(s.raw).name().to_string(),
                score: sscore(s.raw),
                hedged: s.hedged,
                cues: cues(s),
            }
        })
        .collect();
    let sentences = st
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.cues.is_empty())
        .map(|(si, s)| SentenceStance {
            sentence: si as u32,
            polarity: crate::stance::Label::of_sentence(s.raw).name().to_string(),
            score: sscore(s.raw),
            hedged: s.hedged,
            cues: cues(s),
        })
        .collect();
    let sections = st
        .sections
        .iter()
        .enumerate()
        .map(|(i, (label, score))| {
            let sec = &doc.layout.sections[i];
            let title = match sec.heading {
                Some(h) => doc.slice(h).trim().to_string(),
                None => {
                    let words: Vec<&str> = doc.slice(sec.span).split_whitespace().take(6).collect();
                    format!("{}…", words.join(" "))
                }
            };
            SectionStance { section: i as u32, title, label: label.clone(), score: *score }
        })
        .collect();
    let holders = st
        .holders
        .iter()
        .map(|h| HolderStance {
            entity: h.entity.map(|e| id_of[e].clone()),
            name: h.name.clone(),
            label: crate::stance::Label::of_masses(h.pos, h.neg).name().to_string(),
            score: ((h.pos - h.neg) / (h.pos + h.neg + 1.0) * 1000.0).round() / 1000.0,
            sentences: h.sentences.iter().map(|&s| s as u32).collect(),
        })
        .collect();
    Stance {
        topic: st.topic.ar.clone(),
        topic_en: st.topic.en.clone(),
        topic_entities: st.topic.entities.iter().map(|&e| id_of[e].clone()).collect(),
        label: st.label.name().to_string(),
        score: st.score,
        confidence: st.confidence,
        hedging: st.hedging,
        evidence,
        sentences,
        sections,
        holders,
        placeholder: false,
    }
}
