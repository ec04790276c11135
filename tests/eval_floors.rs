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
