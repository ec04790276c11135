//! `mizan-train`: rebuilds Mizan's corpus-derived data files, reproducibly.
//!
//! ```text
//! mizan-train stems [--out data/lexicon/stems.tsv]
//! mizan-train ner [--out data/model/ner.bin] [--epochs N] [--seed N] [--bag N]
//! ```
//! Corpora are read from `$MIZAN_SHARED/data/corpora` (default `../shared`).

// The command-line tools are native only (they read files and the shared corpora); on
// wasm32 (built when the binding's tests are) they are empty.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::process::ExitCode;

    fn usage() -> ExitCode {
        eprintln!(
            "usage:\n  mizan-train stems [--out FILE]     stem lexicon (data/lexicon/stems.tsv)\n  \
             mizan-train ner [--out FILE] [--epochs N] [--seed N] [--bag N] [--dev]   tagger (data/model/ner.bin);\n    \
             --bag N averages N perceptrons trained in differently shuffled orders (default 1);\n    \
             --dev trains on 90% of the training split and scores the rest, writing nothing"
        );
        ExitCode::from(2)
    }

    fn write(path: &str, bytes: &[u8]) -> ExitCode {
        match std::fs::write(path, bytes) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("mizan-train: {path}: {e}");
                ExitCode::FAILURE
            }
        }
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let Some(cmd) = args.first() else {
            return usage();
        };
        let opt = |name: &str| args.windows(2).find(|w| w[0] == name).map(|w| w[1].clone());
        match cmd.as_str() {
            "stems" => {
                let stems = match mizan::train::derive_stems(6) {
                    Ok(s) => s,
                    Err(e) => {
                        eprintln!("mizan-train: {e}");
                        return ExitCode::FAILURE;
                    }
                };
                let path = opt("--out").unwrap_or_else(|| "data/lexicon/stems.tsv".into());
                let mut s = String::from(
                    "# Stem counts for clitic segmentation and name cues, derived from the ANERcorp training split\n\
                     # (CC BY-SA 4.0) by `cargo run --release --bin mizan-train -- stems`.\n\
                     # Columns: folded stem <TAB> occurrences <TAB> occurrences inside a named entity\n",
                );
                for (k, c, ne) in &stems {
                    s.push_str(&format!("{k}\t{c}\t{ne}\n"));
                }
                eprintln!("{} stems -> {path}", stems.len());
                write(&path, s.as_bytes())
            }
            "ner" => {
                let mut cfg = mizan::train::NerConfig::default();
                if let Some(e) = opt("--epochs").and_then(|v| v.parse().ok()) {
                    cfg.epochs = e;
                }
                if let Some(s) = opt("--seed").and_then(|v| v.parse().ok()) {
                    cfg.seed = s;
                }
                if let Some(b) = opt("--bag").and_then(|v| v.parse().ok()) {
                    cfg.bag = b;
                }
                if let Some(p) = opt("--prune").and_then(|v| v.parse().ok()) {
                    cfg.prune = p;
                }
                if args.iter().any(|a| a == "--one-pass") {
                    cfg.two_pass = false;
                }
                // --dev: score on the last tenth; --cv N: N-fold cross-validation on the split.
                let folds: Option<usize> =
                    if args.iter().any(|a| a == "--dev") { Some(1) } else { opt("--cv").and_then(|v| v.parse().ok()) };
                if let Some(folds) = folds {
                    let (mut full, mut alone) = (mizan::eval::ner::Prf::default(), mizan::eval::ner::Prf::default());
                    let blocks: Vec<(usize, usize)> =
                        if folds == 1 { vec![(9, 10)] } else { (0..folds).map(|k| (k, folds)).collect() };
                    for (k, n) in blocks {
                        cfg.holdout = Some((k, n));
                        let run = mizan::train::train_ner_with_stats(&cfg)
                            .and_then(|w| mizan::train::ner_dev_sentences(k, n).map(|d| (w, d)));
                        match run {
                            Ok(((w, stats), dev)) => {
                                let (f, a) = mizan::eval::ner::score_with(&dev, Some(&w), &stats);
                                full.merge(&f);
                                alone.merge(&a);
                            }
                            Err(e) => {
                                eprintln!("mizan-train: {e}");
                                return ExitCode::FAILURE;
                            }
                        }
                    }
                    let types = ["PER", "LOC", "ORG", "MISC"];
                    print!("{}", full.summary("anercorp-dev (full)", &types).0);
                    print!("{}", alone.summary("anercorp-dev (tagger alone, held-out statistics)", &types).0);
                    return ExitCode::SUCCESS;
                }
                let weights = match mizan::train::train_ner(&cfg) {
                    Ok(w) => w,
                    Err(e) => {
                        eprintln!("mizan-train: {e}");
                        return ExitCode::FAILURE;
                    }
                };
                let bytes = weights.to_bytes();
                let path = opt("--out").unwrap_or_else(|| "data/model/ner.bin".into());
                eprintln!("ner: {} feature buckets, {} bytes -> {path}", weights.len(), bytes.len());
                write(&path, &bytes)
            }
            _ => usage(),
        }
    }
}
