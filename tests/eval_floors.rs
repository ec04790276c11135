//! Accuracy floors on real data, so that no change lowers them silently. Each figure is
//! printed by `mizan eval TASK`; the floors sit a little under what was measured
//! (docs/accuracy.md).
#![cfg(not(target_arch = "wasm32"))]

mod common;

fn metric(task: &str, key: &str) -> Option<f64> {
    common::shared(task)?;
    let (report, json) = mizan::eval::run(task, None).unwrap_or_else(|e| panic!("eval {task}: {e}"));
    eprintln!("{report}");
    Some(json[key].as_f64().unwrap())
}

#[test]
fn segmentation_floor() {
    let Some(acc) = metric("segmentation", "accuracy") else {
        return;
    };
    assert!(acc >= 0.98, "clitic segmentation accuracy {acc:.4} fell below the floor 0.98");
}

#[test]
fn ner_floors() {
    if common::shared("ner_floors").is_none() {
        return;
    }
    let (report, json) = mizan::eval::run("ner", None).expect("eval ner");
    eprintln!("{report}");
    let f1 = |corpus: &str| {
        json["corpora"].as_array().unwrap().iter().find(|c| c["corpus"] == corpus).unwrap()["micro"]["f1"]
            .as_f64()
            .unwrap()
    };
    let (aner, aqmar) = (f1("anercorp-test"), f1("aqmar"));
    assert!(aner >= 68.5, "ANERcorp test micro-F1 {aner} fell below the floor 68.5");
    assert!(aqmar >= 51.0, "AQMAR micro-F1 {aqmar} fell below the floor 51.0");
}

#[test]
fn persons_floor() {
    let Some(all) = ie("persons") else { return };
    let f1 = all["f1"].as_f64().unwrap();
    assert!(f1 >= FLOOR_PERSONS, "person F1 on Wikinews {f1:.3} fell below the floor {FLOOR_PERSONS}");
}

/// `mizan eval roles --data FILE` scores the articles of that gold file only.
#[test]
fn ie_eval_reads_a_given_gold_file() {
    if common::shared("ie_eval_reads_a_given_gold_file").is_none() {
        return;
    }
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("gold/ie/wikinews.json").unwrap()).unwrap();
    let two = serde_json::json!({"articles": gold["articles"].as_array().unwrap()[..2]});
    let path = std::env::temp_dir().join(format!("mizan-gold-{}.json", std::process::id()));
    std::fs::write(&path, two.to_string()).unwrap();
    let (report, json) = mizan::eval::run("roles", path.to_str()).unwrap();
    std::fs::remove_file(&path).ok();
    assert_eq!(json["all"]["articles"], 2, "{report}");
    assert!(report.contains("2 Wikinews articles"), "{report}");
}

fn ie(task: &str) -> Option<serde_json::Value> {
    common::shared(task)?;
    let (report, json) = mizan::eval::run(task, None).unwrap_or_else(|e| panic!("eval {task}: {e}"));
    eprintln!("{report}");
    Some(json["all"].clone())
}

#[test]
fn roles_floor() {
    let Some(all) = ie("roles") else { return };
    let f1 = all["f1"].as_f64().unwrap();
    assert!(f1 >= FLOOR_ROLES, "role F1 {f1:.3} fell below the floor {FLOOR_ROLES}");
}

#[test]
fn events_floor() {
    let Some(all) = ie("events") else { return };
    let f1 = all["f1"].as_f64().unwrap();
    assert!(f1 >= FLOOR_EVENTS, "event F1 {f1:.3} fell below the floor {FLOOR_EVENTS}");
}

#[test]
fn quotes_floor() {
    let Some(all) = ie("quotes") else { return };
    let f1 = all["f1"].as_f64().unwrap();
    let acc = all["speaker_accuracy"].as_f64().unwrap();
    assert!(f1 >= FLOOR_QUOTES, "quote detection F1 {f1:.3} fell below the floor {FLOOR_QUOTES}");
    assert!(acc >= FLOOR_SPEAKER, "quote speaker accuracy {acc:.3} fell below the floor {FLOOR_SPEAKER}");
}

// Measured with `mizan eval persons|roles|events|quotes` on the 70-article gold
// (docs/accuracy.md); floors a little under.
const FLOOR_PERSONS: f64 = 0.75;
const FLOOR_ROLES: f64 = 0.73;
const FLOOR_EVENTS: f64 = 0.63;
const FLOOR_QUOTES: f64 = 0.85;
const FLOOR_SPEAKER: f64 = 0.84;

#[test]
fn stance_floors() {
    if common::shared("stance_floors").is_none() {
        return;
    }
    let (report, json) = mizan::eval::run("stance", None).expect("eval stance");
    eprintln!("{report}");
    let art = json["all"]["article"]["accuracy"].as_f64().unwrap();
    let sent = json["all"]["sentence"]["macro_f1"].as_f64().unwrap();
    assert!(art >= 0.85, "article stance accuracy {art:.3} fell below the floor 0.85");
    assert!(sent >= 0.73, "sentence stance macro-F1 {sent:.3} fell below the floor 0.73");
    for s in json["seeds"].as_array().expect("the seeds' stance is reported") {
        assert_eq!(s["predicted"], s["gold"], "seed {} stance", s["file"]);
    }
}
