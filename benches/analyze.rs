//! Native throughput: normalise + tokenise + segment (the text layer) and the whole analysis,
//! on the seed articles repeated to about 1 MB (or the built-in sample when ../shared is
//! absent). `cargo bench`; figures go to docs/performance.md.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use mizan::doc::Document;
use mizan::text::{clitics, normalize, tokenize};
use std::hint::black_box;

const SAMPLE: &str = "استقبل الرئيس الروسي فلاديمير بوتين، أمس، المبعوث الأمريكي الخاص ستيف ويتكوف في الكرملين بموسكو، \
في لقاء استمر ثلاث ساعات. وقال كيريل دميترييف، الممثل الخاص للرئيس الروسي للاستثمار، إن \"القوى الإيجابية ستتغلب\".\n";

/// The seeds (or the sample) repeated to at least `bytes`.
pub fn corpus(bytes: usize) -> String {
    let dir = std::env::var("MIZAN_SHARED").unwrap_or_else(|_| "../shared".into());
    let mut unit = String::new();
    for f in ["seeds/000_8c51726768af6fce.txt", "seeds/003_1519af166ae1b5ff.txt"] {
        if let Ok(t) = std::fs::read_to_string(std::path::Path::new(&dir).join(f)) {
            unit.push_str(&t);
            unit.push_str("\n\n");
        }
    }
    if unit.is_empty() {
        eprintln!("bench: seeds not found under {dir}; using the built-in sample");
        unit = SAMPLE.to_string();
    }
    unit.repeat(bytes / unit.len() + 1)
}

/// Normalise + tokenise + segment `text`, as one benchmark group named `group`.
fn bench_text_layer(c: &mut Criterion, group: &str, text: &str) {
    let mut g = c.benchmark_group(group);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("normalize+tokenize+segment", |b| {
        b.iter(|| {
            let mut doc = Document::new(text, normalize::normalize(black_box(text)));
            doc.tokens = tokenize::tokenize(&doc.norm);
            clitics::segment_document(&mut doc);
            black_box(doc.bases.len())
        })
    });
    g.finish();
}

fn text_layer(c: &mut Criterion) {
    bench_text_layer(c, "text layer (1 MB)", &corpus(1 << 20));
}

/// The WikiNews articles, concatenated: 70 different articles, a varied vocabulary (read
/// from the shared corpora at run time; absent → skipped).
fn diverse_text_layer(c: &mut Criterion) {
    let Ok(arts) = mizan::corpus::wikinews_articles() else {
        eprintln!("bench: WikiNews articles not found; skipping the diverse-text benchmark");
        return;
    };
    let text: String = arts.iter().map(|a| a.text() + "\n\n").collect();
    bench_text_layer(c, "text layer (WikiNews, 70 articles)", &text);
}

fn analysis(c: &mut Criterion) {
    let text = corpus(1 << 20);
    let analyzer = mizan::Analyzer::default();
    let mut g = c.benchmark_group("analysis (1 MB)");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("analyze", |b| b.iter(|| black_box(analyzer.analyze(black_box(&text)).unwrap().entities.len())));
    g.finish();
    let article = corpus(0);
    let mut g = c.benchmark_group("analysis (one article)");
    g.throughput(Throughput::Bytes(article.len() as u64));
    g.bench_function("analyze", |b| {
        b.iter(|| black_box(analyzer.analyze(black_box(&article)).unwrap().entities.len()))
    });
    g.finish();
}

criterion_group!(benches, text_layer, diverse_text_layer, analysis);
criterion_main!(benches);
