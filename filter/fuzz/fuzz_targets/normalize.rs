//! The normaliser and the segment decoders (base64/base32/hex, %XX, rot13, Morse, Braille)
//! never panic on any string.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    let _ = botwall_engine::normalize::normalize(s);
    let _ = botwall_engine::normalize::decoded_segments(s);
});
