//! Evaluation on real data: one module per task, each printing precision/recall/F1 or
//! accuracy and returning a JSON object (`mizan eval TASK --json`). Native only.

pub mod ie;
pub mod ner;
pub mod segmentation;
pub mod stance;

use serde_json::Value;

/// The tasks `mizan eval` knows.
pub const TASKS: &[&str] = &["segmentation", "ner", "persons", "roles", "events", "quotes", "stance"];

/// Reads the articles of a gold file: `rel` in the repository (`gold/…`), or `path` when given.
pub(crate) fn read_gold<A: serde::de::DeserializeOwned>(rel: &str, path: Option<&str>) -> Result<Vec<A>, String> {
    /// Every gold file is `{"articles": [...]}`.
    #[derive(serde::Deserialize)]
    struct GoldFile<A> {
        articles: Vec<A>,
    }
    let path = match path {
        Some(p) => std::path::PathBuf::from(p),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel),
    };
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str::<GoldFile<A>>(&text).map(|g| g.articles).map_err(|e| format!("{}: {e}", path.display()))
}

/// Runs one task: `(human-readable report, JSON metrics)`.
pub fn run(task: &str, data: Option<&str>) -> Result<(String, Value), String> {
    run_with(task, data, false)
}

/// Runs one task; with `dev_errors`, persons, roles, events, quotes and stance list their errors
/// on the development split (even ids) after the report. The test split's are never shown.
pub fn run_with(task: &str, data: Option<&str>, dev_errors: bool) -> Result<(String, Value), String> {
    match task {
        "segmentation" => segmentation::run(),
        "ner" => ner::run(data),
        "persons" | "roles" | "events" | "quotes" => ie::run(task, data, dev_errors),
        "stance" => stance::run(data, dev_errors),
        _ => Err(format!("unknown eval task {task:?}; tasks: {}", TASKS.join(", "))),
    }
}
