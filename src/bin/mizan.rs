//! `mizan`: the command-line analyser.
//!
//! ```text
//! mizan analyze [FILE…] [--format json|table|stance] [--pretty] [--tokens] [--reference-date YYYY-MM-DD]
//! mizan eval TASK [--json] [--data FILE] [--dev-errors]
//! ```
//! `analyze` reads stdin when no file (or `-`) is given. A file that cannot be read or is
//! not UTF-8 text gets an error on stderr naming it (and the byte position), the other files
//! are still analysed, and the exit status is 1. JSON output has UTF-16 offsets, one
//! analysis per line (`--pretty` indents it).

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

    use std::io::{IsTerminal, Read, Write};
    use std::process::ExitCode;

    use mizan::output::Analysis;
    use mizan::{Analyzer, Options};

    const USAGE: &str = "usage:
      mizan analyze [FILE...] [--format json|table|stance] [--pretty] [--tokens] [--reference-date YYYY-MM-DD]
      mizan eval TASK [--json] [--data FILE] [--dev-errors]   (TASK: segmentation, ner, persons, roles, events, quotes, stance)
      mizan --version

    Reads stdin when no FILE (or -) is given. Shared corpora for eval are found in
    $MIZAN_SHARED/data/corpora (default ../shared). --data FILE: for ner, a CoNLL file to
    score instead of the two corpora; for the other tasks, a gold file in the format of
    gold/ (docs/annotation.md) instead of the project's.";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            Some("analyze") => analyze(&args[1..]),
            Some("eval") => eval(&args[1..]),
            Some("--version") | Some("-V") => {
                println!("mizan {}", env!("CARGO_PKG_VERSION"));
                ExitCode::SUCCESS
            }
            Some("help") | Some("--help") | Some("-h") => {
                println!("{USAGE}");
                ExitCode::SUCCESS
            }
            _ => {
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
        }
    }

    fn usage_error(msg: &str) -> ExitCode {
        eprintln!("mizan: {msg}\n{USAGE}");
        ExitCode::from(2)
    }

    /// Reads a file (or stdin for "-") as UTF-8 text, with an error that names it.
    fn read_text(path: &str) -> Result<String, String> {
        let mut bytes = Vec::new();
        if path == "-" {
            std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("<stdin>: {e}"))?;
        } else {
            let meta = std::fs::metadata(path).map_err(|e| format!("{path}: {e}"))?;
            if meta.is_dir() {
                return Err(format!("{path}: is a directory"));
            }
            bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        }
        let name = if path == "-" { "<stdin>" } else { path };
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let b = e.as_bytes()[at];
            format!("{name}: not UTF-8 text (invalid byte 0x{b:02x} at byte {at})")
        })?;
        if let Some(at) = text.bytes().position(|b| b == 0) {
            return Err(format!("{name}: looks like a binary file (NUL byte at byte {at})"));
        }
        Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
    }

    fn analyze(args: &[String]) -> ExitCode {
        let mut files = Vec::new();
        let mut format = "json".to_string();
        let mut pretty = false;
        let mut options = Options::default();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "--format" => match it.next().map(String::as_str) {
                    Some(f @ ("json" | "table" | "stance")) => format = f.to_string(),
                    other => {
                        return usage_error(&format!(
                            "--format takes json, table or stance, got {}",
                            other.unwrap_or("nothing")
                        ))
                    }
                },
                "--pretty" => pretty = true,
                "--tokens" => options.tokens = true,
                "--reference-date" => options.reference_date = it.next().cloned(),
                s if s.starts_with("--") => return usage_error(&format!("unknown option {s}")),
                f => files.push(f.to_string()),
            }
        }
        if files.is_empty() {
            if std::io::stdin().is_terminal() {
                return usage_error("no FILE given and nothing on stdin");
            }
            files.push("-".into());
        }
        let analyzer = match Analyzer::new(options) {
            Ok(a) => a,
            Err(e) => return usage_error(&e.to_string()),
        };
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        let mut failed = 0;
        for (n, f) in files.iter().enumerate() {
            let result = read_text(f).and_then(|text| {
                // JSON speaks UTF-16 offsets, as JavaScript does; the text formats slice by bytes.
                analyzer
                    .analyze(&text)
                    .map(|a| (if format == "json" { a.to_utf16(&text) } else { a }, text))
                    .map_err(|e| format!("{f}: {e}"))
            });
            match result {
                Ok((mut a, text)) => {
                    a.source = Some(if f == "-" { "<stdin>".into() } else { f.clone() });
                    let printed = match format.as_str() {
                        "table" => write!(out, "{}", table(&a, n > 0)),
                        "stance" => write!(out, "{}", stance(&a, &text, n > 0)),
                        _ => {
                            let s = if pretty { serde_json::to_string_pretty(&a) } else { serde_json::to_string(&a) };
                            writeln!(out, "{}", s.unwrap_or_default())
                        }
                    };
                    if printed.is_err() {
                        return ExitCode::FAILURE; // stdout closed
                    }
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("mizan: {e}");
                }
            }
        }
        let _ = out.flush();
        if failed > 0 {
            eprintln!("mizan: {failed} of {} input(s) failed", files.len());
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }

    /// The analyst's table: person | role | place | event.
    fn table(a: &Analysis, gap: bool) -> String {
        let mut s = String::new();
        if gap {
            s.push('\n');
        }
        s.push_str(&format!("== {}\n", a.source.as_deref().unwrap_or("")));
        let header = ["الشخصية", "الدور", "الموقع", "الحدث"];
        let rows: Vec<[String; 4]> = a
            .table
            .iter()
            .map(|r| {
                let name = match &r.latin {
                    Some(l) => format!("{} ({l})", r.name),
                    None => r.name.clone(),
                };
                [name, r.roles.join("؛ "), r.places.join("، "), r.events.join("؛ ")]
            })
            .collect();
        let width =
            |i: usize| rows.iter().map(|r| r[i].chars().count()).chain([header[i].chars().count()]).max().unwrap_or(0);
        let widths: Vec<usize> = (0..4).map(width).collect();
        let line = |cells: [&str; 4]| {
            let mut l = String::new();
            for (i, c) in cells.iter().enumerate() {
                if i > 0 {
                    l.push_str(" | ");
                }
                l.push_str(c);
                if i < 3 {
                    l.push_str(&" ".repeat(widths[i] - c.chars().count()));
                }
            }
            l.trim_end().to_string() + "\n"
        };
        s.push_str(&line(header));
        s.push_str(&line(["---", "---", "---", "---"]));
        for r in &rows {
            s.push_str(&line([&r[0], &r[1], &r[2], &r[3]]));
        }
        if rows.is_empty() {
            s.push_str("(no person found)\n");
        }
        s
    }

    /// The stance report: topic, gauge, evidence with cues marked, sections, holders, summaries.
    fn stance(a: &Analysis, text: &str, gap: bool) -> String {
        let st = &a.stance;
        let mut s = String::new();
        if gap {
            s.push('\n');
        }
        s.push_str(&format!("== {}\n", a.source.as_deref().unwrap_or("")));
        s.push_str(&format!("topic:      {}", st.topic));
        if !st.topic_en.is_empty() {
            s.push_str(&format!("  ({})", st.topic_en));
        }
        s.push('\n');
        // A 21-cell gauge from -1 to +1.
        let pos = (((st.score + 1.0) / 2.0) * 20.0).round().clamp(0.0, 20.0) as usize;
        let gauge: String = (0..21)
            .map(|i| {
                if i == pos {
                    '●'
                } else if i == 10 {
                    '|'
                } else {
                    '─'
                }
            })
            .collect();
        s.push_str(&format!(
            "stance:     {}  score {:+.2}  confidence {:.2}  hedging {:.2}\n            − {gauge} +\n",
            st.label, st.score, st.confidence, st.hedging
        ));
        if !st.evidence.is_empty() {
            s.push_str(
                "evidence (cues: [+positive] [−negative] [~hedge] [¬negator] [×intensity] [↔contrast] [⌛past]):\n",
            );
            for ev in &st.evidence {
                let mut line = String::new();
                let mut at = ev.start as usize;
                let mut cues = ev.cues.clone();
                cues.sort_by_key(|c| c.start);
                for c in &cues {
                    let (cs, ce) = (c.start as usize, c.end as usize);
                    if cs < at || ce > text.len() || !text.is_char_boundary(cs) || !text.is_char_boundary(ce) {
                        continue;
                    }
                    line.push_str(&text[at..cs]);
                    let mark = match (c.kind.as_str(), c.scope.as_deref()) {
                        (_, Some("past")) => "⌛",
                        (_, Some("negated")) => "¬",
                        ("positive", _) => "+",
                        ("negative", _) => "−",
                        ("hedge", _) => "~",
                        ("negator", _) => "¬",
                        ("contrast", _) => "↔",
                        ("past", _) => "⌛",
                        _ => "×",
                    };
                    line.push_str(&format!("[{mark}{}]", &text[cs..ce]));
                    at = ce;
                }
                if at <= ev.end as usize && text.is_char_boundary(ev.end as usize) && text.is_char_boundary(at) {
                    line.push_str(&text[at..ev.end as usize]);
                }
                let hedged = if ev.hedged { ", hedged" } else { "" };
                s.push_str(&format!("  {:+.2} {}{hedged}: {}\n", ev.score, ev.polarity, line.trim()));
            }
        }
        if st.sections.len() > 1 {
            s.push_str("sections:\n");
            for sec in &st.sections {
                s.push_str(&format!("  {:<9} {:+.2}  {}\n", sec.label, sec.score, sec.title));
            }
        }
        if !st.holders.is_empty() {
            s.push_str("holders:\n");
            for h in &st.holders {
                s.push_str(&format!(
                    "  {:<9} {:+.2}  {} ({} sentence(s))\n",
                    h.label,
                    h.score,
                    h.name,
                    h.sentences.len()
                ));
            }
        }
        s.push_str(&format!("summary (ar): {}\nsummary (en): {}\n", a.summary.ar, a.summary.en));
        s
    }

    fn eval(args: &[String]) -> ExitCode {
        let Some(task) = args.first() else {
            return usage_error("eval needs a TASK");
        };
        let json = args.iter().any(|a| a == "--json");
        let data = args.windows(2).find(|w| w[0] == "--data").map(|w| w[1].as_str());
        let dev_errors = args.iter().any(|a| a == "--dev-errors");
        match mizan::eval::run_with(task, data, dev_errors) {
            Ok((report, metrics)) => {
                if json {
                    println!("{metrics}");
                } else {
                    print!("{report}");
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("mizan eval {task}: {e}");
                ExitCode::FAILURE
            }
        }
    }
}
