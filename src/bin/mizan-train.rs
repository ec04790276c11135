//! `mizan-train`: rebuilds Mizan's corpus-derived data files, reproducibly.
//!
//! ```text
//! mizan-train stems [--out data/lexicon/stems.tsv]
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

    use std::io::Write;
    use std::process::ExitCode;

    fn usage() -> ExitCode {
        eprintln!("usage: mizan-train stems [--out FILE]");
        ExitCode::from(2)
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let Some(cmd) = args.first() else {
            return usage();
        };
        let out_path = args.windows(2).find(|w| w[0] == "--out").map(|w| w[1].clone());
        match cmd.as_str() {
            "stems" => {
                let stems = match mizan::train::derive_stems(6) {
                    Ok(s) => s,
                    Err(e) => {
                        eprintln!("mizan-train: {e}");
                        return ExitCode::FAILURE;
                    }
                };
                let path = out_path.unwrap_or_else(|| "data/lexicon/stems.tsv".into());
                let mut f = match std::fs::File::create(&path) {
                    Ok(f) => f,
                    Err(e) => {
                        eprintln!("mizan-train: {path}: {e}");
                        return ExitCode::FAILURE;
                    }
                };
                let mut s = String::from(
                    "# Stem counts for clitic segmentation and name cues, derived from the ANERcorp training split\n\
                     # (CC BY-SA 4.0) by `cargo run --release --bin mizan-train -- stems`.\n\
                     # Columns: folded stem <TAB> occurrences <TAB> occurrences inside a named entity\n",
                );
                for (k, c, ne) in &stems {
                    s.push_str(&format!("{k}\t{c}\t{ne}\n"));
                }
                if let Err(e) = f.write_all(s.as_bytes()) {
                    eprintln!("mizan-train: {path}: {e}");
                    return ExitCode::FAILURE;
                }
                eprintln!("{} stems -> {path}", stems.len());
                ExitCode::SUCCESS
            }
            _ => usage(),
        }
    }
}
