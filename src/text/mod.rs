//! The Arabic text layer: normalisation with offset maps, tokens, clitics, sentences.

pub mod clitics;
pub mod normalize;
mod presentation;
pub mod sentences;
pub mod tokenize;
