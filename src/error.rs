//! The crate's one error type.

use std::fmt;

/// Everything that can go wrong, with a message fit to show a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The options object is malformed or holds an unknown or invalid option.
    InvalidOptions(String),
    /// The input exceeds the size limit.
    InputTooLarge {
        /// Bytes given.
        bytes: usize,
        /// The limit (`Options::max_bytes`).
        limit: usize,
    },
    /// The input is not text (not a string in JS, not UTF-8 in the CLI).
    InvalidInput(String),
    /// An embedded or given model file is stale, foreign or corrupt.
    Model(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidOptions(m) => write!(f, "invalid options: {m}"),
            Error::InputTooLarge { bytes, limit } => write!(
                f,
                "input too large: {bytes} bytes (UTF-8) exceeds the limit of {limit} bytes; split the text or raise maxBytes"
            ),
            Error::InvalidInput(m) => write!(f, "invalid input: {m}"),
            Error::Model(m) => write!(f, "model: {m}"),
        }
    }
}

impl std::error::Error for Error {}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
