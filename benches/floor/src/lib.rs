//! Benchmark-only floor filter: what every body-inspecting proxy-wasm filter must do at
//! least in this chain — wait for the whole body, read it once, and mark the request in
//! filter state (`wasm.botwall_passed`) so the RBAC second lock lets it through. No parsing,
//! no detection. `make bench` runs it beside botwall so the cost of the wasm machinery
//! itself (VM entries, body buffering, one host read, one property write) is measured
//! separately from botwall's own work.
//!
//! Its plugin configuration can ask for extra host calls per request, to measure what one
//! call of each kind costs in this Envoy (`benches/e2e/bench.py --host-calls`): a list like
//! `now=10,headers=10,shared_get=10,shared_set=10,log=10,metric=10,property=10`
//! (unknown or malformed entries are ignored; it is a benchmark tool). `noop=1` makes it do
//! nothing at all (no body read, no mark): the cost of merely having a proxy-wasm HTTP
//! filter in the chain (`bench.py --variants plain,wasm-noop,...`).

use proxy_wasm::hostcalls;
use proxy_wasm::traits::{Context, HttpContext, RootContext};
use proxy_wasm::types::{Action, BufferType, ContextType, LogLevel, MetricType};
use std::rc::Rc;

proxy_wasm::main! {{
    proxy_wasm::set_log_level(LogLevel::Warn);
    proxy_wasm::set_root_context(|_| -> Box<dyn RootContext> { Box::new(Root { calls: Rc::new(Calls::default()) }) });
}}

/// Extra host calls made per request.
#[derive(Default)]
struct Calls {
    now: u32,
    headers: u32,
    shared_get: u32,
    shared_set: u32,
    log: u32,
    metric: u32,
    property: u32,
    metric_id: u32,
    noop: bool,
}

struct Root {
    calls: Rc<Calls>,
}

impl Context for Root {}

impl RootContext for Root {
    fn on_configure(&mut self, _size: usize) -> bool {
        let raw = hostcalls::get_buffer(BufferType::PluginConfiguration, 0, usize::MAX)
            .ok()
            .flatten()
            .unwrap_or_default();
        let mut c = Calls::default();
        for item in String::from_utf8_lossy(&raw).split(',') {
            let mut kv = item.trim().splitn(2, '=');
            let (Some(k), Some(v)) = (kv.next(), kv.next()) else {
                continue;
            };
            let Ok(n) = v.trim().parse::<u32>() else {
                continue;
            };
            match k {
                "now" => c.now = n,
                "headers" => c.headers = n,
                "shared_get" => c.shared_get = n,
                "shared_set" => c.shared_set = n,
                "log" => c.log = n,
                "metric" => c.metric = n,
                "property" => c.property = n,
                "noop" => c.noop = n > 0,
                _ => {}
            }
        }
        if c.metric > 0 {
            c.metric_id =
                hostcalls::define_metric(MetricType::Counter, "floor_bench_total").unwrap_or(0);
        }
        if c.shared_set > 0 || c.shared_get > 0 {
            let _ = hostcalls::set_shared_data("floor_bench", Some(&[0u8; 24]), None);
        }
        self.calls = Rc::new(c);
        true
    }

    fn create_http_context(&self, _id: u32) -> Option<Box<dyn HttpContext>> {
        Some(Box::new(Floor {
            calls: self.calls.clone(),
        }))
    }

    fn get_type(&self) -> Option<ContextType> {
        Some(ContextType::HttpContext)
    }
}

struct Floor {
    calls: Rc<Calls>,
}

impl Context for Floor {}

impl HttpContext for Floor {
    fn on_http_request_headers(&mut self, _n: usize, _end_of_stream: bool) -> Action {
        Action::Continue
    }

    fn on_http_request_body(&mut self, body_size: usize, end_of_stream: bool) -> Action {
        if self.calls.noop {
            return Action::Continue;
        }
        if !end_of_stream {
            return Action::Pause;
        }
        let body = self.get_http_request_body(0, body_size).unwrap_or_default();
        let c = &self.calls;
        for _ in 0..c.now {
            let _ = hostcalls::get_current_time();
        }
        for _ in 0..c.headers {
            let _ = hostcalls::get_map(proxy_wasm::types::MapType::HttpRequestHeaders);
        }
        for _ in 0..c.shared_get {
            let _ = hostcalls::get_shared_data("floor_bench");
        }
        for _ in 0..c.shared_set {
            let _ = hostcalls::set_shared_data("floor_bench", Some(&[1u8; 24]), None);
        }
        for _ in 0..c.log {
            let _ = hostcalls::log(
                LogLevel::Info,
                "floor: one log line of about this length, ids only",
            );
        }
        for _ in 0..c.metric {
            let _ = hostcalls::increment_metric(c.metric_id, 1);
        }
        for _ in 0..c.property {
            let _ = hostcalls::set_property(vec!["floor_extra"], Some(b"1"));
        }
        if !body.is_empty() {
            self.set_property(vec!["botwall_passed"], Some(b"1"));
        }
        Action::Continue
    }
}
