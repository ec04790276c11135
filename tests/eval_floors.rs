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
    assert!(aner >= 67.5, "ANERcorp test micro-F1 {aner} fell below the floor 67.5");
    assert!(aqmar >= 49.5, "AQMAR micro-F1 {aqmar} fell below the floor 49.5");
}

#[test]
fn persons_floor() {
    let Some(all) = ie("persons") else { return };
    let f1 = all["f1"].as_f64().unwrap();
    assert!(f1 >= 0.76, "person F1 on Wikinews {f1:.3} fell below the floor 0.76");
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

// Measured with `mizan eval roles|events|quotes` (docs/accuracy.md); floors a little under.
const FLOOR_ROLES: f64 = 0.72;
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
    assert!(art >= 0.80, "article stance accuracy {art:.3} fell below the floor 0.80");
    assert!(sent >= 0.72, "sentence stance macro-F1 {sent:.3} fell below the floor 0.72");
    for s in json["seeds"].as_array().expect("the seeds' stance is reported") {
        assert_eq!(s["predicted"], s["gold"], "seed {} stance", s["file"]);
    }
}
