//! Helpers shared by the unit tests (compiled only for tests).

/// Pieces of chat with PII of several kinds (and two without) that tests join into
/// generated messages.
pub const PII_PIECES: [&str; 12] = [
    "anna@example.de",
    "+49 151 23456789",
    "DE89 3704 0044 0532 0130 00",
    "4111 1111 1111 1111",
    "born on 12.05.1985",
    "Hauptstraße 5",
    "Anna Schmidt",
    "192.168.1.20",
    "hello",
    "see you at 10:45",
    "Bob Miller",
    "b@x.org",
];

/// A deterministic xorshift64 generator for generated test inputs: the same seed gives
/// the same inputs on every run and in every build (native and wasm).
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed` (must not be 0).
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// The next number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}
