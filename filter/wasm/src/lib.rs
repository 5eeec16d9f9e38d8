//! # botwall-filter
//!
//! The proxy-wasm glue around [`botwall_engine`]: reads the policy and secrets when the
//! plugin is configured, authenticates each webhook request, hands the body to the engine,
//! and acts on the verdict (forward, forward redacted, answer 200 with a reply, or refuse).
//! All detection logic lives in the engine; this crate only talks to the host.
//!
//! Built for `wasm32-wasip1`; see `envoy/envoy.yaml` for the Envoy wiring.

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

mod config;
#[cfg(feature = "engine-loop")]
mod engine_loop;
mod filter;
mod host;
mod metrics;
mod store;

use proxy_wasm::traits::{Context, RootContext};
use proxy_wasm::types::{ContextType, LogLevel};
use std::rc::Rc;

pub use config::{load, Loaded};

proxy_wasm::main! {{
    // Our own panic hook: the default message may quote the text being processed (e.g. a
    // slicing error names the string), which would leak message content into Envoy's log.
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        host::log(LogLevel::Critical, &format!("botwall: panic at {at}; the VM will be reloaded"));
    }));
    proxy_wasm::set_root_context(|_| -> Box<dyn RootContext> { Box::new(Root { loaded: None }) });
}}

/// The plugin's root context: holds the compiled engine shared by all requests.
struct Root {
    loaded: Option<Rc<Loaded>>,
}

impl Context for Root {}

impl RootContext for Root {
    fn on_configure(&mut self, _size: usize) -> bool {
        let raw = match host::get_buffer(
            proxy_wasm::types::BufferType::PluginConfiguration,
            0,
            usize::MAX,
        ) {
            Ok(b) => b.unwrap_or_default(),
            Err(_) => {
                host::log(
                    LogLevel::Critical,
                    "botwall: cannot read the plugin configuration",
                );
                return false;
            }
        };
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let started = host::now_nanos();
        match config::load(&raw, &env) {
            Ok(loaded) => {
                let loaded_at = host::now_nanos();
                // Build every lazily built table now, not on this VM's first update.
                loaded.engine.warm_up();
                let ms = |from: u64, to: u64| to.saturating_sub(from) / 1_000_000;
                host::log(
                    LogLevel::Info,
                    &format!(
                        "botwall: configured (mode {}, {} rules, secret {}; ready in {} ms: \
                         policy {} ms, tables {} ms)",
                        loaded.mode_name(),
                        loaded.engine.rule_ids().len(),
                        if loaded.secret.is_some() {
                            "set"
                        } else {
                            "NOT set"
                        },
                        ms(started, host::now_nanos()),
                        ms(started, loaded_at),
                        ms(loaded_at, host::now_nanos()),
                    ),
                );
                #[cfg(feature = "engine-loop")]
                engine_loop::run(&loaded.engine);
                let loaded = Rc::new(loaded);
                metrics::define(&loaded);
                self.loaded = Some(loaded);
                true
            }
            Err(e) => {
                host::log(
                    LogLevel::Critical,
                    &format!("botwall: configuration refused: {e}"),
                );
                false
            }
        }
    }

    fn create_http_context(&self, _id: u32) -> Option<Box<dyn proxy_wasm::traits::HttpContext>> {
        Some(Box::new(filter::Filter::new(self.loaded.clone())))
    }

    fn get_type(&self) -> Option<ContextType> {
        Some(ContextType::HttpContext)
    }
}
