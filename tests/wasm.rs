//! The JavaScript binding, run in Node by wasm-bindgen-test-runner
//! (`cargo test --target wasm32-unknown-unknown --test wasm`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, JSON};
use mizan::wasm_api::JsAnalyzer;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

fn get(v: &JsValue, k: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(k)).unwrap()
}

#[wasm_bindgen_test]
fn analyzes_and_returns_plain_objects_with_utf16_spans() {
    let a = JsAnalyzer::new(JsValue::UNDEFINED).unwrap();
    let text = "😀 قالَ الرئيس الروسي فلاديمير بوتين في موسكو.";
    let r = a.analyze(JsValue::from_str(text)).unwrap();
    assert!(r.is_object() && !r.has_type::<Array>());
    assert_eq!(get(&r, "schemaVersion").as_f64(), Some(1.0));
    assert_eq!(get(&r, "offsetUnit").as_string().as_deref(), Some("utf16"));
    let js_text = js_sys::JsString::from(text);
    let entities: Array = get(&r, "entities").dyn_into().unwrap();
    let mut n = 0;
    for e in entities.iter() {
        let mentions: Array = get(&e, "mentions").dyn_into().unwrap();
        for m in mentions.iter() {
            let s = get(&m, "start").as_f64().unwrap() as u32;
            let en = get(&m, "end").as_f64().unwrap() as u32;
            assert_eq!(js_text.slice(s, en), get(&m, "text").as_string().unwrap());
            n += 1;
        }
        // null, not undefined, for absent values
        assert!(!get(&e, "latin").is_undefined());
    }
    assert!(n >= 3);
}

#[wasm_bindgen_test]
fn bad_options_and_input_throw_errors() {
    let opts = Object::new();
    Reflect::set(&opts, &"tokenz".into(), &JsValue::TRUE).unwrap();
    let err = JsAnalyzer::new(opts.into()).err().expect("unknown option refused");
    let msg = format!("{:?}", JsValue::from(err));
    assert!(msg.contains("tokenz"), "{msg}");
    assert!(JsAnalyzer::new(JsValue::from_f64(3.0)).is_err());
    let a = JsAnalyzer::new(JSON::parse(r#"{"tokens": true}"#).unwrap()).unwrap();
    assert!(a.analyze(JsValue::from_f64(42.0)).is_err());
    assert!(a.analyze(JsValue::NULL).is_err());
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets_aligned() {
    let a = JsAnalyzer::new(JsValue::NULL).unwrap();
    // "\uD800" alone, then a name: offsets must still slice the JS string correctly.
    let s: JsValue = JSON::parse(r#""\ud800 قال الرئيس الروسي فلاديمير بوتين""#).unwrap();
    let r = a.analyze(s.clone()).unwrap();
    let js_text: js_sys::JsString = s.dyn_into().unwrap();
    let entities: Array = get(&r, "entities").dyn_into().unwrap();
    let putin =
        entities.iter().find(|e| get(e, "name").as_string().as_deref() == Some("فلاديمير بوتين")).expect("Putin");
    let m = Array::from(&get(&putin, "mentions")).get(0);
    let (s0, e0) = (get(&m, "start").as_f64().unwrap() as u32, get(&m, "end").as_f64().unwrap() as u32);
    assert_eq!(js_text.slice(s0, e0), "فلاديمير بوتين");
    let warnings: Array = get(&r, "warnings").dyn_into().unwrap();
    assert_eq!(warnings.length(), 1);
}
