//! The per-request HTTP context: authenticate on headers, inspect on the full body, act.
//!
//! Request flow (see DESIGN.md and `../shared/notes/envoy-proxy-wasm-facts.md`):
//! - headers: method, source network, secret, content type and declared length are checked;
//!   a failure is answered locally at once. Headers otherwise `Continue` (pausing in the
//!   headers callback hangs the request in this Envoy); the `envoy.filters.http.buffer`
//!   filter after us holds them back from the router until we are done with the body.
//! - body: `Pause` until end of stream (413 as soon as the size passes the limit), then the
//!   engine decides; the request is then forwarded (possibly rewritten) or answered.
//! - a passed request is marked in filter state (`wasm.botwall_passed`); an RBAC filter
//!   later in the chain refuses requests without the mark (the second lock).

use crate::config::Loaded;
use crate::{host, metrics, store};
use botwall_engine::auth::{parse_peer, secret_matches, source_allowed, SECRET_HEADER};
use botwall_engine::{Inspection, Verdict};
use proxy_wasm::traits::{Context, HttpContext};
use proxy_wasm::types::{Action, BufferType, LogLevel};
use std::rc::Rc;

/// Rule ids the glue itself can emit (for metrics).
pub const GLUE_RULES: &[&str] = &[
    "config.not_loaded",
    "request.method",
    "request.content_type",
    "request.too_large",
    "request.empty_body",
    "request.bad_length",
    "request.bad_json",
    "request.not_update",
    "request.duplicate_key",
    "request.content_encoding",
    "auth.source",
    "auth.missing_secret",
    "auth.bad_secret",
    "auth.duplicate_secret",
    "host.error",
];

/// Name of the filter-state property marking a request botwall inspected and passed.
pub const PASS_PROPERTY: &str = "botwall_passed";
/// Header listing the rule ids of `flag` stages on a forwarded update.
pub const FLAGS_HEADER: &str = "x-botwall-flags";

/// One request.
pub struct Filter {
    loaded: Option<Rc<Loaded>>,
    /// Start of the callback being measured: `us` in the decision log is the time spent
    /// inspecting (the body callback), or in the headers callback for a request refused
    /// there. Host calls cost a microsecond or more each here, so the clock is read as
    /// few times as possible.
    started_ns: u64,
    done: bool,
    /// The update id of a request we forwarded and when (us), to acknowledge on a 2xx.
    forwarded: Option<(i64, u64)>,
}

impl Filter {
    /// A filter for one request; `loaded` is None if configuration failed.
    pub fn new(loaded: Option<Rc<Loaded>>) -> Filter {
        Filter {
            loaded,
            started_ns: 0,
            done: false,
            forwarded: None,
        }
    }

    fn elapsed_us(&self) -> u64 {
        host::now_nanos().saturating_sub(self.started_ns) / 1000
    }

    /// Refuses the request with `status` and logs why; no body detail beyond the code.
    fn refuse(&mut self, status: u32, rule: &str) -> Action {
        self.done = true;
        let body = format!("{{\"error\":\"{rule}\"}}");
        let extra: &[(&str, &str)] = if status == 405 {
            &[("allow", "POST")]
        } else {
            &[]
        };
        let mut headers = vec![("content-type", "application/json")];
        headers.extend_from_slice(extra);
        if host::send_response(status, &headers, body.as_bytes()).is_err() {
            host::log(LogLevel::Error, "botwall: could not send local response");
        }
        if let Some(l) = &self.loaded {
            let mut rec = l.engine.reject_record(status as u16, rule);
            rec.us = self.elapsed_us();
            if l.engine.policy().log.decisions {
                host::log(
                    LogLevel::Info,
                    &format!("botwall.decision {}", rec.to_json()),
                );
            }
        }
        metrics::count("reject", &[rule.to_string()]);
        Action::Pause
    }

    fn check_headers(
        &mut self,
        l: &Loaded,
        end_of_stream: bool,
    ) -> Result<(), (u32, &'static str)> {
        let headers = host::get_request_headers().map_err(|_| (500, "host.error"))?;
        let h = RequestHead::from_pairs(&headers);
        if h.flags_present {
            // Client-supplied marks never pass through.
            let _ = host::remove_header(FLAGS_HEADER);
        }
        if h.method != Some(b"POST".as_slice()) {
            return Err((405, "request.method"));
        }
        if !l.networks.is_empty() {
            let peer = host::get_property(&["source", "address"]).ok().flatten();
            let ip = peer
                .as_deref()
                .and_then(|p| std::str::from_utf8(p).ok())
                .and_then(parse_peer);
            match ip {
                Some(ip) if source_allowed(&l.networks, ip) => {}
                _ => return Err((403, "auth.source")),
            }
        }
        if let Some(secret) = &l.secret {
            match h.secrets.as_slice() {
                [] => return Err((401, "auth.missing_secret")),
                [one] if secret_matches(one, secret) => {}
                [_] => return Err((401, "auth.bad_secret")),
                // Repeated: which copy would the bot read? Refuse the ambiguity.
                _ => return Err((401, "auth.duplicate_secret")),
            }
        }
        if !h.content_type.is_some_and(is_json_content_type) {
            return Err((415, "request.content_type"));
        }
        // A compressed body could not be inspected; Telegram never compresses updates.
        if h.content_encoding
            .is_some_and(|e| !e.trim_ascii().eq_ignore_ascii_case(b"identity"))
        {
            return Err((415, "request.content_encoding"));
        }
        if let Some(len) = h.content_length {
            let n = std::str::from_utf8(len)
                .ok()
                .and_then(|s| s.trim().parse::<u64>().ok());
            match n {
                None => return Err((400, "request.bad_length")),
                Some(n) if n > l.engine.policy().webhook.max_body_bytes => {
                    return Err((413, "request.too_large"))
                }
                Some(_) => {}
            }
        }
        if end_of_stream {
            return Err((400, "request.empty_body"));
        }
        Ok(())
    }

    fn finish(&mut self, l: &Loaded, body_size: usize) -> Action {
        let body = match host::get_buffer(BufferType::HttpRequestBody, 0, body_size) {
            Ok(b) => b.unwrap_or_default(),
            Err(_) => return self.refuse(500, "host.error"),
        };
        let now_us = self.started_ns / 1_000;
        let outcome = match l.engine.inspect(&body, &mut store::SharedData, now_us) {
            Inspection::Reject { status, rule, .. } => return self.refuse(u32::from(status), rule),
            Inspection::Done(o) => o,
        };
        let mut rec = outcome.record.clone();
        let action = match (outcome.verdict, outcome.enforced) {
            (Verdict::Block, true) => {
                self.done = true;
                let reply = outcome.reply.as_deref().unwrap_or(b"");
                let headers: &[(&str, &str)] = if reply.is_empty() {
                    &[]
                } else {
                    &[("content-type", "application/json")]
                };
                if host::send_response(200, headers, reply).is_err() {
                    host::log(LogLevel::Error, "botwall: could not send the block answer");
                }
                Action::Pause
            }
            (Verdict::Redact, true) => {
                let new = outcome
                    .redacted
                    .as_ref()
                    .and_then(|v| serde_json::to_vec(v).ok());
                match new {
                    Some(new)
                        if host::set_buffer(BufferType::HttpRequestBody, 0, body_size, &new)
                            .is_ok() =>
                    {
                        if l.engine.policy().webhook.hold_headers {
                            let _ = host::set_header("content-length", &new.len().to_string());
                        }
                        self.pass(&outcome.flags)
                    }
                    // Never forward the unredacted original when redaction was decided.
                    _ => return self.refuse(500, "host.error"),
                }
            }
            _ => self.pass(&outcome.flags),
        };
        if action == Action::Continue {
            self.forwarded = rec.update_id.map(|id| (id, now_us));
        }
        rec.us = self.elapsed_us();
        if l.engine.policy().log.decisions {
            host::log(
                LogLevel::Info,
                &format!("botwall.decision {}", rec.to_json()),
            );
        }
        let verdict = if outcome.flags.is_empty() || outcome.verdict == Verdict::Block {
            outcome.verdict.as_str()
        } else {
            "flag"
        };
        metrics::count(verdict, &rec.rules);
        action
    }

    /// Marks the request as inspected and lets it continue.
    fn pass(&mut self, flags: &[String]) -> Action {
        if !flags.is_empty() {
            // Best effort: a header cannot always be set from the body callback.
            let _ = host::set_header(FLAGS_HEADER, &flags.join(","));
        }
        if host::set_property(&[PASS_PROPERTY], b"1").is_err() {
            host::log(
                LogLevel::Error,
                "botwall: could not mark the request as passed",
            );
        }
        self.done = true;
        Action::Continue
    }
}

/// Test-only: panics when the request asks for it (see the `fault-injection` feature).
#[cfg(feature = "fault-injection")]
#[allow(clippy::panic)]
fn inject_fault() {
    if matches!(host::get_header("x-botwall-test-fault"), Ok(Some(v)) if v == b"panic") {
        panic!("fault injected by test header");
    }
}

/// The request headers botwall looks at, from one host call.
#[derive(Default)]
struct RequestHead<'a> {
    method: Option<&'a [u8]>,
    secrets: Vec<&'a [u8]>,
    content_type: Option<&'a [u8]>,
    content_length: Option<&'a [u8]>,
    content_encoding: Option<&'a [u8]>,
    flags_present: bool,
}

impl<'a> RequestHead<'a> {
    fn from_pairs(pairs: &'a [(Vec<u8>, Vec<u8>)]) -> RequestHead<'a> {
        let mut h = RequestHead::default();
        for (k, v) in pairs {
            let v = v.as_slice();
            if k.as_slice() == b":method" {
                h.method = Some(v);
            } else if k.eq_ignore_ascii_case(SECRET_HEADER.as_bytes()) {
                h.secrets.push(v);
            } else if k.eq_ignore_ascii_case(b"content-type") {
                h.content_type = Some(v);
            } else if k.eq_ignore_ascii_case(b"content-length") {
                h.content_length = Some(v);
            } else if k.eq_ignore_ascii_case(b"content-encoding") {
                h.content_encoding = Some(v);
            } else if k.eq_ignore_ascii_case(FLAGS_HEADER.as_bytes()) {
                h.flags_present = true;
            }
        }
        h
    }
}

/// `application/json`, any case, optionally with parameters (`; charset=utf-8`).
fn is_json_content_type(ct: &[u8]) -> bool {
    let main = ct.split(|b| *b == b';').next().unwrap_or(b"");
    main.trim_ascii().eq_ignore_ascii_case(b"application/json")
}

impl Context for Filter {}

impl HttpContext for Filter {
    fn on_http_request_headers(&mut self, _n: usize, end_of_stream: bool) -> Action {
        self.started_ns = host::now_nanos();
        let Some(l) = self.loaded.clone() else {
            // Configuration failed on this VM: fail closed.
            return self.refuse(503, "config.not_loaded");
        };
        #[cfg(feature = "fault-injection")]
        inject_fault();
        if let Err((status, rule)) = self.check_headers(&l, end_of_stream) {
            return self.refuse(status, rule);
        }
        if l.engine.policy().webhook.hold_headers {
            // Headers wait here until the body is inspected (allow_on_headers_stop_iteration).
            Action::Pause
        } else {
            // Headers go on to the buffer filter, which holds them and, as the length is
            // unknown once we may rewrite the body, sets content-length itself.
            let _ = host::remove_header("content-length");
            Action::Continue
        }
    }

    fn on_http_request_body(&mut self, body_size: usize, end_of_stream: bool) -> Action {
        if self.done {
            return Action::Pause;
        }
        let Some(l) = self.loaded.clone() else {
            return self.refuse(503, "config.not_loaded");
        };
        if body_size as u64 > l.engine.policy().webhook.max_body_bytes {
            return self.refuse(413, "request.too_large");
        }
        if !end_of_stream {
            return Action::Pause;
        }
        self.started_ns = host::now_nanos();
        self.finish(&l, body_size)
    }

    fn on_http_response_headers(&mut self, _n: usize, _end_of_stream: bool) -> Action {
        // The backend acknowledged a forwarded update: remember it for replay protection.
        if let (Some((id, at_us)), Some(l)) = (self.forwarded.take(), &self.loaded) {
            let status = host::get_response_header(":status").ok().flatten();
            if status
                .as_deref()
                .is_some_and(|s| s.len() == 3 && s.first() == Some(&b'2'))
            {
                // The request's time is precise enough for a window of hours.
                if !l.engine.acknowledge(&mut store::SharedData, id, at_us) {
                    host::log(
                        LogLevel::Warn,
                        "botwall: could not record an acknowledged update id",
                    );
                }
            }
        }
        Action::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::is_json_content_type;

    #[test]
    fn content_types() {
        let cases: &[(&[u8], bool)] = &[
            (b"application/json", true),
            (b"Application/JSON; charset=utf-8", true),
            (b" application/json ", true),
            (b"application/jsonx", false),
            (b"text/plain", false),
            (b"", false),
            (b"multipart/form-data; boundary=x", false),
        ];
        for (ct, want) in cases {
            assert_eq!(
                is_json_content_type(ct),
                *want,
                "{:?}",
                String::from_utf8_lossy(ct)
            );
        }
    }
}
