//! Property tests: no input panics the core; spans stay on character boundaries; offset
//! maps are monotonic; UTF-16 conversion agrees with JavaScript slicing.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use mizan::text::normalize::normalize;
use mizan::Analyzer;
use proptest::prelude::*;

/// Strings biased toward what news text and hostile input hold: Arabic letters and marks,
/// tatweel, digits, punctuation, presentation forms, zero-width marks, emoji, NUL, Latin.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("بوتين ".to_string()),
            Just("الرئيس الروسي ".to_string()),
            Just("، ".to_string()),
            Just("«".to_string()),
            Just(".".to_string()),
            Just("\n".to_string()),
            Just("ـــ".to_string()),
            Just("\u{200F}\u{200B}".to_string()),
            Just("ﷲ ﻻ".to_string()),
            Just("😀👍🏽".to_string()),
            Just("\u{0}".to_string()),
            Just("07/08/2025 ".to_string()),
            Just("2.5% ".to_string()),
            "[\u{0600}-\u{06FF}]{1,8}",
            "[a-zA-Z0-9 .,:-]{1,6}",
            any::<String>(),
        ],
        0..40,
    );
    pieces.prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn normalisation_map_is_monotonic_and_on_boundaries(s in newsish()) {
        let n = normalize(&s);
        let mut prev = 0;
        for i in 0..=n.text.len() {
            let o = n.orig(i);
            prop_assert!(o >= prev && o <= s.len() && s.is_char_boundary(o));
            prev = o;
        }
        prop_assert_eq!(n.folded.len(), n.text.len());
    }

    #[test]
    fn analysis_never_panics_and_spans_are_sound(s in newsish()) {
        let a = Analyzer::default().analyze(&s).unwrap();
        for e in &a.entities {
            for m in &e.mentions {
                prop_assert!(m.start <= m.end && (m.end as usize) <= s.len());
                prop_assert!(s.is_char_boundary(m.start as usize) && s.is_char_boundary(m.end as usize));
                prop_assert_eq!(&s[m.start as usize..m.end as usize], m.text.as_str());
            }
        }
        for t in &a.sentences {
            prop_assert!(s.is_char_boundary(t.start as usize) && s.is_char_boundary(t.end as usize));
        }
        let u = a.to_utf16(&s);
        for e in &u.entities {
            for m in &e.mentions {
                prop_assert_eq!(common::js_slice(&s, m.start, m.end), m.text.clone());
            }
        }
    }
}

#[test]
fn ten_megabytes_of_text_is_fine() {
    let unit = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن العلاقات مع أمريكا تتحسن. ";
    let big: String = unit.repeat(10 * 1024 * 1024 / unit.len() + 1);
    let a = Analyzer::default().analyze(&big).unwrap();
    assert!(a.entities.iter().any(|e| e.name == "فلاديمير بوتين"));
}

#[test]
fn pathological_inputs() {
    let cases = [
        "\u{0}".repeat(1000),
        "ـ".repeat(5000),
        "\u{064B}".repeat(5000),
        "،".repeat(3000),
        "و".repeat(3000),
        "ال".repeat(3000),
        "1".repeat(100_000),
        "a".repeat(100_000),
        "\u{FFFD}".repeat(100),
        "x\ny\r\nz".repeat(100),
    ];
    for c in &cases {
        let _ = Analyzer::default().analyze(c).unwrap();
    }
}
