//! # Mizan — an Arabic news analyser
//!
//! Mizan reads an Arabic news article and finds its people, organisations, places, dates and
//! amounts (merged per article), each person's titles, the events (visits, meetings,
//! receptions, calls, agreements…), the quotes, and the article's stance toward its topic,
//! with the evidence. The core is plain Rust; `src/wasm.rs` binds it for JavaScript.
//!
//! ```
//! let analyzer = mizan::Analyzer::new(mizan::Options::default()).unwrap();
//! let a = analyzer.analyze("التقى الرئيس الروسي فلاديمير بوتين في موسكو.").unwrap();
//! assert!(a.entities.iter().any(|e| e.name == "فلاديمير بوتين"));
//! ```
//!
//! A document flows through named stages, each a module with one entry point:
//! [`text::normalize`] → [`text::tokenize`] → [`text::clitics`] → [`text::sentences`] →
//! [`ner`] → [`entities`] → [`assemble`] (the public [`output::Analysis`]).
//! Spans are UTF-8 byte offsets here; [`output::Analysis::to_utf16`] converts them for JS.

#![deny(missing_docs)]

pub mod assemble;
#[cfg(not(target_arch = "wasm32"))]
pub mod corpus;
pub mod doc;
pub mod entities;
pub mod error;
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
pub mod events;
pub mod hash;
pub mod lexicon;
pub mod ner;
pub mod output;
pub mod quotes;
pub mod roles;
pub mod romanize;
pub mod span;
pub mod stance;
pub mod summary;
pub mod temporal;
pub mod text;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

#[cfg(target_arch = "wasm32")]
mod wasm;
/// The JavaScript binding (wasm32 only), public for the binding's own tests.
#[cfg(target_arch = "wasm32")]
pub mod wasm_api {
    pub use crate::wasm::JsAnalyzer;
}

use serde::Deserialize;

pub use error::{Error, Result};
pub use output::Analysis;

/// Default input limit: 16 MiB of UTF-8, far beyond any article.
pub const DEFAULT_MAX_BYTES: usize = 16 << 20;

/// Analyser options. In JS: `new Analyzer({ tokens: true, referenceDate: "2025-08-07" })`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Include every token with its clitic segmentation in the result.
    pub tokens: bool,
    /// Refuse inputs longer than this many UTF-8 bytes.
    pub max_bytes: usize,
    /// ISO date (`YYYY-MM-DD`) to resolve relative dates against when the article has no
    /// dateline of its own.
    pub reference_date: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options { tokens: false, max_bytes: DEFAULT_MAX_BYTES, reference_date: None }
    }
}

impl Options {
    /// Checks option values.
    pub fn validate(&self) -> Result<()> {
        if self.max_bytes == 0 || self.max_bytes > u32::MAX as usize / 2 {
            return Err(Error::InvalidOptions(format!(
                "maxBytes must be between 1 and {}, got {}",
                u32::MAX / 2,
                self.max_bytes
            )));
        }
        if let Some(d) = &self.reference_date {
            if temporal::Date::parse_iso(d).is_none() {
                return Err(Error::InvalidOptions(format!(
                    "referenceDate must be an ISO date like 2025-08-07, got {d:?}"
                )));
            }
        }
        Ok(())
    }
}

/// The analyser. Cheap to create once the embedded lexicon is loaded (on first use).
#[derive(Debug, Clone, Default)]
pub struct Analyzer {
    options: Options,
}

impl Analyzer {
    /// An analyser with these options.
    pub fn new(options: Options) -> Result<Analyzer> {
        options.validate()?;
        lexicon::lexicon();
        Ok(Analyzer { options })
    }

    /// The options in force.
    pub fn options(&self) -> &Options {
        &self.options
    }

    fn text_layer<'t>(&self, text: &'t str) -> Result<doc::Document<'t>> {
        if text.len() > self.options.max_bytes {
            return Err(Error::InputTooLarge { bytes: text.len(), limit: self.options.max_bytes });
        }
        let mut doc = doc::Document::new(text, text::normalize::normalize(text));
        doc.tokens = text::tokenize::tokenize(&doc.norm);
        text::clitics::segment_document(&mut doc);
        Ok(doc)
    }

    /// The text layer alone: every token with its normalised form and clitic segmentation
    /// (spans in UTF-8 bytes).
    pub fn tokens(&self, text: &str) -> Result<Vec<output::TokenInfo>> {
        Ok(assemble::tokens(&self.text_layer(text)?))
    }

    /// Analyses one article. Spans in the result are UTF-8 byte offsets into `text`.
    pub fn analyze(&self, text: &str) -> Result<Analysis> {
        let mut doc = self.text_layer(text)?;
        // The dateline's own date comes first (`Document::reference`); a dateline without a
        // date ("الرياض -") or without a year ("3 ديسمبر") still takes the option's.
        if let Some(d) = &self.options.reference_date {
            doc.reference_date = Some(d.clone());
        }
        text::sentences::split(&mut doc);
        ner::recognize(&mut doc);
        entities::resolve(&mut doc);
        roles::assign(&mut doc);
        events::extract(&mut doc);
        quotes::extract(&mut doc);
        entities::salience(&mut doc);
        stance::assess(&mut doc);
        Ok(assemble::analysis(&doc, &self.options))
    }
}
