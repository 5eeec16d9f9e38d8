//! Counters per verdict and per rule, visible at Envoy's `/stats/prometheus` as
//! `botwall_verdict_<verdict>` and `botwall_rule_<rule id with dots as underscores>`.

use crate::config::Loaded;
use crate::host;
use std::cell::RefCell;
use std::collections::HashMap;

/// Counter ids by verdict and by rule id (the names as the engine uses them), so that
/// counting a request needs no string building.
#[derive(Default)]
struct Ids {
    verdicts: HashMap<String, u32>,
    rules: HashMap<String, u32>,
}

thread_local! {
    static IDS: RefCell<Ids> = RefCell::new(Ids::default());
}

const VERDICTS: &[&str] = &["forward", "redact", "block", "reject", "flag"];

fn metric_name(prefix: &str, id: &str) -> String {
    let clean: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("botwall_{prefix}_{clean}")
}

/// Defines every counter once per configure (the host keeps existing ids stable).
pub fn define(loaded: &Loaded) {
    let mut rules: Vec<String> = loaded.engine.rule_ids();
    rules.extend(crate::filter::GLUE_RULES.iter().map(|r| r.to_string()));
    IDS.with(|ids| {
        let mut ids = ids.borrow_mut();
        for v in VERDICTS {
            if let Some(id) = host::define_counter(&metric_name("verdict", v)) {
                ids.verdicts.insert(v.to_string(), id);
            }
        }
        for r in rules {
            if let Some(id) = host::define_counter(&metric_name("rule", &r)) {
                ids.rules.insert(r, id);
            }
        }
    });
}

/// Counts one verdict and the rules behind it.
pub fn count(verdict: &str, rules: &[String]) {
    IDS.with(|ids| {
        let ids = ids.borrow();
        if let Some(id) = ids.verdicts.get(verdict) {
            host::bump(*id);
        }
        for r in rules {
            if let Some(id) = ids.rules.get(r) {
                host::bump(*id);
            }
        }
    });
}
