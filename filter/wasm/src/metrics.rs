//! Counters per verdict and per rule, visible at Envoy's `/stats/prometheus` as
//! `botwall_verdict_<verdict>` and `botwall_rule_<rule id with dots as underscores>`.

use crate::config::Loaded;
use crate::host;
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static IDS: RefCell<HashMap<String, u32>> = RefCell::new(HashMap::new());
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
    let mut names: Vec<String> = VERDICTS.iter().map(|v| metric_name("verdict", v)).collect();
    for r in loaded.engine.rule_ids() {
        names.push(metric_name("rule", &r));
    }
    for r in crate::filter::GLUE_RULES {
        names.push(metric_name("rule", r));
    }
    IDS.with(|ids| {
        let mut ids = ids.borrow_mut();
        for n in names {
            if let Some(id) = host::define_counter(&n) {
                ids.insert(n, id);
            }
        }
    });
}

/// Counts one verdict and the rules behind it.
pub fn count(verdict: &str, rules: &[String]) {
    IDS.with(|ids| {
        let ids = ids.borrow();
        if let Some(id) = ids.get(&metric_name("verdict", verdict)) {
            host::bump(*id);
        }
        for r in rules {
            if let Some(id) = ids.get(&metric_name("rule", r)) {
                host::bump(*id);
            }
        }
    });
}
