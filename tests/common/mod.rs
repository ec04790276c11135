//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The shared data folder, or `None` after saying loudly that the test is skipped. With
/// `MIZAN_REQUIRE_SHARED=1` (set by `npm test` when ../shared exists, as in CI) a missing
/// folder fails the test instead.
pub fn shared(test: &str) -> Option<PathBuf> {
    match mizan::corpus::shared_dir() {
        Ok(p) => Some(p),
        Err(e) => {
            if std::env::var_os("MIZAN_REQUIRE_SHARED").is_some() {
                panic!("{test}: needs the shared data folder: {e}");
            }
            eprintln!(
                "\n*** SKIPPED {test}: it needs the shared data folder ({e}).\n*** Set MIZAN_SHARED to run it.\n"
            );
            None
        }
    }
}

/// JavaScript's `text.slice(start, end)` on UTF-16 code units.
pub fn js_slice(text: &str, start: u32, end: u32) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start as usize..end as usize])
}
