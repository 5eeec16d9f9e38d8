//! The normaliser, the segment decoders (base64/base32/hex, %XX, rot13, Morse, Braille) and
//! the hyphen rejoiner never panic on any string; the rejoiner only ever drops hyphens.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    let _ = botwall_engine::normalize::normalize(s);
    let _ = botwall_engine::normalize::decoded_segments(s);
    if let Some(j) = botwall_engine::normalize::split_joined(s) {
        assert_eq!(j.len() + s.matches('-').count() - j.matches('-').count(), s.len());
        assert_eq!(j.replace('-', ""), s.replace('-', ""));
    }
});
