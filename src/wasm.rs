//! JavaScript bindings: the only module that touches wasm-bindgen.
//!
//! `new Analyzer(options?)` and `analyzer.analyze(text)` return plain objects (never class
//! handles) with spans in UTF-16 code units; errors arrive as real `Error`s.

use js_sys::JsString;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{Analyzer, Options};

#[wasm_bindgen(start)]
fn start() {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// An Arabic news analyser.
#[wasm_bindgen(js_name = Analyzer)]
pub struct JsAnalyzer {
    inner: Analyzer,
}

#[wasm_bindgen(js_class = Analyzer)]
impl JsAnalyzer {
    /// `new Analyzer({ tokens?, maxBytes?, referenceDate? })`; throws on unknown or invalid options.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "AnalyzerOptions | undefined")] options: JsValue,
    ) -> Result<JsAnalyzer, JsError> {
        let options: Options = if options.is_undefined() || options.is_null() {
            Options::default()
        } else if !options.is_object() || options.is_array() {
            return Err(JsError::new("invalid options: expected an object such as { tokens: true }"));
        } else {
            // Through JSON so that unknown keys are refused (serde-wasm-bindgen reads only the
            // fields it knows and would silently ignore a misspelt option).
            let json = js_sys::JSON::stringify(&options)
                .ok()
                .and_then(|s| s.as_string())
                .ok_or_else(|| JsError::new("invalid options: not serialisable to JSON"))?;
            serde_json::from_str(&json).map_err(|e| JsError::new(&format!("invalid options: {e}")))?
        };
        let inner = Analyzer::new(options).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(JsAnalyzer { inner })
    }

    /// Analyses one article; spans are UTF-16 offsets into `text`. Throws if `text` is not a
    /// string or exceeds `maxBytes`.
    #[wasm_bindgen(unchecked_return_type = "Analysis")]
    pub fn analyze(&self, #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsError> {
        let (s, well_formed) = text_arg(&text, "analyze")?;
        let mut a = self.inner.analyze(&s).map_err(|e| JsError::new(&e.to_string()))?.to_utf16(&s);
        if !well_formed {
            a.warnings.push("the text held unpaired UTF-16 surrogates; they were read as U+FFFD".into());
        }
        to_js(&a)
    }

    /// The text layer alone: every token with its normalised form and clitic segmentation
    /// (UTF-16 spans).
    #[wasm_bindgen(unchecked_return_type = "TokenInfo[]")]
    pub fn tokens(&self, #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsError> {
        let (s, _) = text_arg(&text, "tokens")?;
        let t = self.inner.tokens(&s).map_err(|e| JsError::new(&e.to_string()))?;
        to_js(&crate::output::tokens_to_utf16(t, &s))
    }
}

/// The text argument as a Rust string, and whether it was well-formed UTF-16. Lone
/// surrogates cannot cross into Rust: they arrive as U+FFFD, one code unit each, so offsets
/// stay aligned with the JavaScript string.
fn text_arg(text: &JsValue, method: &str) -> Result<(String, bool), JsError> {
    let Some(js) = text.dyn_ref::<JsString>() else {
        let got = text.js_typeof().as_string().unwrap_or_default();
        return Err(JsError::new(&format!("invalid input: {method}() takes a string, got {got}")));
    };
    Ok((String::from(js), js.is_valid_utf16()))
}

/// Plain JS objects: maps as objects, absent values as null.
fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsError> {
    let ser = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true).serialize_maps_as_objects(true);
    v.serialize(&ser).map_err(|e| JsError::new(&format!("internal: could not convert the result: {e}")))
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options for `new Analyzer(options)`. Unknown keys are an error. */
export interface AnalyzerOptions {
  /** Include every token with its clitic segmentation. Default false. */
  tokens?: boolean;
  /** Refuse texts longer than this many UTF-8 bytes. Default 16 MiB. */
  maxBytes?: number;
  /** ISO date (YYYY-MM-DD) for relative dates when the article has no dateline. */
  referenceDate?: string | null;
}
/** A span with the text under it; offsets are UTF-16 code units. */
export interface TextSpan { start: number; end: number; text: string; }
export interface Dateline { start: number; end: number; text: string; value: string | null; }
export interface Byline { start: number; end: number; text: string; author: string; }
export interface Section { start: number; end: number; heading: TextSpan | null; }
export interface DocumentInfo {
  headline: TextSpan | null;
  dateline: Dateline | null;
  byline: Byline | null;
  sections: Section[];
}
export type SentenceKind = "headline" | "heading" | "meta" | "list" | "body";
export interface Sentence { start: number; end: number; kind: SentenceKind; section: number; }
export interface TokenInfo {
  start: number; end: number;
  kind: "word" | "foreign" | "number" | "url" | "email" | "hashtag" | "handle" | "punct" | "symbol";
  norm: string; proclitics: string[]; stem: string; enclitic: string | null;
}
export type EntityKind = "person" | "organization" | "location" | "date" | "money" | "percent" | "misc";
export type MentionForm = "name" | "partial" | "title" | "nisba" | "pronoun" | "alias";
export interface Mention { start: number; end: number; text: string; form: MentionForm; }
export interface Role { title: string; start: number; end: number; kind: "title" | "honorific"; affiliation: string | null; }
export interface Entity {
  id: string;
  kind: EntityKind;
  subtype: string | null;
  name: string;
  latin: string | null;
  mentions: Mention[];
  roles: Role[];
  affiliation: string | null;
  value: string | null;
  salience: number;
}
export interface Participant { entity: string; role: string; }
export interface TimeRef { text: string; value: string | null; }
export interface Event {
  id: string;
  kind: string;
  trigger: TextSpan;
  participants: Participant[];
  place: string | null;
  time: TimeRef | null;
  duration: TimeRef | null;
  modality: "happened" | "planned" | "possible" | "denied";
  sentence: number;
}
export interface Quote {
  speaker: string | null;
  speakerText: string | null;
  cue: TextSpan | null;
  text: string;
  start: number;
  end: number;
  direct: boolean;
}
export interface Cue {
  start: number; end: number; text: string;
  kind: "positive" | "negative" | "hedge" | "negator" | "intensifier" | "diminisher" | "contrast" | "past" | "remedy";
  /** Signed weight after scope; 0 for cues without polarity. */
  weight: number;
  /** Set when scope changed the cue: negated, or a negative framed as past. */
  scope: "negated" | "past" | null;
}
export interface Evidence {
  sentence: number; start: number; end: number; text: string;
  polarity: "positive" | "negative" | "neutral" | "mixed";
  score: number; hedged: boolean; cues: Cue[];
}
export interface SentenceStance {
  sentence: number; polarity: "positive" | "negative" | "neutral";
  score: number; hedged: boolean; cues: Cue[];
}
export interface SectionStance { section: number; title: string; label: string; score: number; }
export interface HolderStance { entity: string | null; name: string; label: string; score: number; sentences: number[]; }
export interface Stance {
  topic: string;
  topicEn: string;
  topicEntities: string[];
  label: "positive" | "negative" | "neutral" | "mixed";
  score: number;
  confidence: number;
  hedging: number;
  evidence: Evidence[];
  sentences: SentenceStance[];
  sections: SectionStance[];
  holders: HolderStance[];
  placeholder: boolean;
}
export interface Summary { ar: string; en: string; }
export interface TableRow { entity: string; name: string; latin: string | null; roles: string[]; places: string[]; events: string[]; }
/** Everything Mizan found in one article (schema version 1). */
export interface Analysis {
  schemaVersion: 1;
  offsetUnit: "utf16" | "utf8";
  length: number;
  document: DocumentInfo;
  sentences: Sentence[];
  tokens?: TokenInfo[];
  entities: Entity[];
  events: Event[];
  quotes: Quote[];
  stance: Stance;
  summary: Summary;
  table: TableRow[];
  warnings: string[];
  /** The file the text came from (CLI output only). */
  source?: string;
}
"#;
