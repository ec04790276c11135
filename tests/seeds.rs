//! The two seed articles against their careful human reading (../shared/gold/seeds.json):
//! every person, organisation and place found and merged as the gold reads it, no spurious
//! person, and seed 003's analyst table.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use mizan::output::{Analysis, EntityKind};
use mizan::Analyzer;
use serde_json::Value;

fn load() -> Option<(Value, Vec<(String, String)>)> {
    let shared = common::shared("seeds")?;
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(shared.join("gold/seeds.json")).unwrap()).unwrap();
    let mut texts = Vec::new();
    for art in gold["articles"].as_array().unwrap() {
        let file = art["file"].as_str().unwrap().to_string();
        texts.push((file.clone(), std::fs::read_to_string(shared.join(&file)).unwrap()));
    }
    Some((gold, texts))
}

fn person<'a>(a: &'a Analysis, name: &str) -> Option<&'a mizan::output::Entity> {
    a.entities.iter().find(|e| e.kind == EntityKind::Person && e.name == name)
}

#[test]
fn every_gold_person_is_found_with_aliases_and_no_spurious_person() {
    let Some((gold, texts)) = load() else { return };
    for (art, (file, text)) in gold["articles"].as_array().unwrap().iter().zip(&texts) {
        let a = Analyzer::default().analyze(text).unwrap();
        let gold_people = art["persons"].as_array().unwrap();
        for p in gold_people {
            let name = p["name"].as_str().unwrap();
            let e = person(&a, name).unwrap_or_else(|| panic!("{file}: person {name} not found"));
            for alias in p["aliases"].as_array().into_iter().flatten() {
                let alias = alias.as_str().unwrap();
                assert!(e.mentions.iter().any(|m| m.text == alias), "{file}: {name} lacks the mention {alias}");
            }
        }
        let found: Vec<&str> =
            a.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
        for f in &found {
            assert!(gold_people.iter().any(|p| p["name"] == *f), "{file}: spurious person {f} (found {found:?})");
        }
    }
}

#[test]
fn every_gold_place_is_found() {
    let Some((gold, texts)) = load() else { return };
    for (art, (file, text)) in gold["articles"].as_array().unwrap().iter().zip(&texts) {
        let a = Analyzer::default().analyze(text).unwrap();
        let mentions: Vec<&str> = a
            .entities
            .iter()
            .filter(|e| matches!(e.kind, EntityKind::Location | EntityKind::Organization))
            .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
            .collect();
        for l in art["locations"].as_array().unwrap() {
            let name = l["name"].as_str().unwrap();
            assert!(mentions.contains(&name), "{file}: place {name} not found in {mentions:?}");
        }
    }
}

/// Each seed's stance as the gold reads it, with evidence, sections, a topic and summaries
/// that say what the analysis found.
#[test]
fn stance_as_the_gold_reads_it() {
    let Some((gold, texts)) = load() else { return };
    for (art, (file, text)) in gold["articles"].as_array().unwrap().iter().zip(&texts) {
        let a = Analyzer::default().analyze(text).unwrap();
        let s = &a.stance;
        assert!(!s.placeholder);
        assert_eq!(s.label, art["stance"]["label"].as_str().unwrap(), "{file}: stance");
        assert!(!s.evidence.is_empty() && s.evidence.iter().all(|e| !e.cues.is_empty()), "{file}: evidence");
        for e in &s.evidence {
            assert_eq!(&text[e.start as usize..e.end as usize], e.text);
            for c in &e.cues {
                assert_eq!(&text[c.start as usize..c.end as usize], c.text, "{file}: cue span");
            }
        }
        assert!(s.sections.len() >= 4, "{file}: sections {:?}", s.sections);
        assert!(s.topic.contains("روسيا"), "{file}: topic {}", s.topic);
        assert!(s.topic_en.contains("Russia"), "{file}: topic {}", s.topic_en);
        assert!(a.summary.en.contains(if s.label == "mixed" { "cautiously optimistic" } else { "positive" }));
        assert!(a.summary.ar.contains("روسيا"));
    }
    // Seed 000 reads: positive, neutral, negative, hedged — its obstacles section is negative
    // and its closing section hedged.
    let a = Analyzer::default().analyze(&texts[0].1).unwrap();
    let labels: Vec<&str> = a.stance.sections.iter().map(|s| s.label.as_str()).collect();
    assert!(labels.contains(&"negative"), "{labels:?}");
    assert_eq!(labels.last(), Some(&"hedged"), "{labels:?}");
    assert!(a.stance.hedging >= 0.3);
}
