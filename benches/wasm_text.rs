//! The text layer (normalise + tokenise + segment) and the whole analysis inside
//! WebAssembly, in Node, on a sample article repeated to about 1 MB. Measures the Rust side
//! only (no conversion of results to JavaScript objects). Run:
//! `cargo bench --target wasm32-unknown-unknown --bench wasm_text`.
#![cfg(target_arch = "wasm32")]

use std::hint::black_box;
use wasm_bindgen_test::{wasm_bindgen_bench, Criterion};

const SAMPLE: &str = "استقبل الرئيس الروسي فلاديمير بوتين، أمس، المبعوث الأمريكي الخاص ستيف ويتكوف في الكرملين بموسكو، \
في لقاء استمر ثلاث ساعات. وقال كيريل دميترييف، الممثل الخاص للرئيس الروسي للاستثمار، إن \"القوى الإيجابية ستتغلب\".\n";

#[wasm_bindgen_bench]
fn text_layer(c: &mut Criterion) {
    let text = SAMPLE.repeat(1_000_000 / SAMPLE.len() + 1);
    let analyzer = mizan::Analyzer::default();
    c.bench_function("wasm text layer, 1 MB", |b| {
        b.iter(|| black_box(analyzer.tokens(black_box(&text)).unwrap().len()))
    });
}

#[wasm_bindgen_bench]
fn analysis(c: &mut Criterion) {
    let text = SAMPLE.repeat(1_000_000 / SAMPLE.len() + 1);
    let analyzer = mizan::Analyzer::default();
    c.bench_function("wasm analysis, 1 MB", |b| {
        b.iter(|| black_box(analyzer.analyze(black_box(&text)).unwrap().entities.len()))
    });
}
