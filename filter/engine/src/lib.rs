//! # botwall-engine
//!
//! The pure-Rust core of botwall, a security filter for Telegram bot webhooks. Nothing
//! here knows about proxy-wasm: the glue crate (`filter/wasm`) feeds request bodies in and
//! acts on the answer; the CLI (`filter/cli`) and the tests do the same natively.
//!
//! Pipeline per update (see [`pipeline::Engine::inspect`]):
//! parse -> rate limit -> injection -> content -> PII -> verdict.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// A panic in the wasm VM kills it for every later request: no panicking shortcuts outside tests.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod auth;
pub mod decision;
pub mod detect;
pub mod digits;
pub mod entities;
pub mod json;
pub mod normalize;
pub mod pii;
pub mod pipeline;
pub mod policy;
pub mod ratelimit;
#[cfg(test)]
mod testing;
pub mod update;
pub mod value;

pub use pipeline::{Engine, Finding, Inspection, Outcome, Verdict};
pub use policy::{Policy, PolicyError};
