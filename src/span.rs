//! Byte spans into the text the user gave.

use serde::{Deserialize, Serialize};

/// A half-open UTF-8 byte range `[start, end)` into the original text.
///
/// Inside the crate every span is in bytes; [`crate::output`] converts them to UTF-16 code
/// units for JavaScript and JSON.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `usize` offsets (inputs are limited far below `u32::MAX`).
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }
    /// Start as `usize`.
    #[inline]
    pub fn s(self) -> usize {
        self.start as usize
    }
    /// End as `usize`.
    #[inline]
    pub fn e(self) -> usize {
        self.end as usize
    }
    /// Length in bytes.
    #[inline]
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    /// Whether the span is empty.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
    /// Whether `other` lies within `self`.
    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// Whether the spans share at least one byte.
    #[inline]
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The text under the span.
    #[inline]
    pub fn of(self, text: &str) -> &str {
        text.get(self.s()..self.e()).unwrap_or("")
    }
}
