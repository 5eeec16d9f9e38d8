//! The PII scanner (every detector, resolved findings) never panics on any string, and
//! every finding is a non-empty range of the text on character boundaries.
#![no_main]

use botwall_engine::pii::Scanner;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static SCANNER: LazyLock<Scanner> = LazyLock::new(Scanner::all);

fuzz_target!(|s: &str| {
    for f in SCANNER.scan(s) {
        assert!(f.start < f.end && f.end <= s.len(), "{f:?} in {} bytes", s.len());
        assert!(s.is_char_boundary(f.start) && s.is_char_boundary(f.end), "{f:?}");
    }
});
