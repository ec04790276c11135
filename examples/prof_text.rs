// Profiling harness (not committed): the text layer on the WikiNews articles, 30 times.
use mizan::doc::Document;
use mizan::text::{clitics, normalize, tokenize};
fn main() {
    let arts = mizan::corpus::wikinews_articles().unwrap();
    let text: String = arts.iter().map(|a| a.text() + "\n\n").collect();
    let t0 = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..30 {
        let mut doc = Document::new(&text, normalize::normalize(&text));
        doc.tokens = tokenize::tokenize(&doc.norm);
        clitics::segment_document(&mut doc);
        n += doc.bases.len();
    }
    let s = t0.elapsed().as_secs_f64() / 30.0;
    println!("{:.1} MB/s ({n})", text.len() as f64 / 1e6 / s);
}
