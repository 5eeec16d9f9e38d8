//! The policy: botwall's whole configuration, as JSON.
//!
//! The policy is parsed strictly: unknown keys and bad values are refused with an
//! error that names the field (`rate_limit.per_user.limit: invalid type ...`), and
//! [`Policy::from_json`] then runs [`Policy::validate`] for the cross-field rules serde
//! cannot express. A plugin whose policy does not load does not start.
//!
//! Secrets are never part of the policy: the policy names the environment variables
//! that hold them (`webhook.secret_env`, `log.hash_key_env`).

use serde::Deserialize;
use std::fmt;

/// An error found while loading a policy, naming the field at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyError {
    /// Dotted path of the offending field (`"."` for the document itself).
    pub field: String,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "policy field `{}`: {}", self.field, self.message)
    }
}

impl std::error::Error for PolicyError {}

fn err(field: &str, message: impl Into<String>) -> PolicyError {
    PolicyError {
        field: field.to_string(),
        message: message.into(),
    }
}

/// Whether decisions are enforced or only logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Block and redact as decided.
    #[default]
    Enforce,
    /// Run every check, log what would have happened, forward the original update.
    Monitor,
}

/// What a detector stage does when it fires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageAction {
    /// Answer 200 (with the optional reply) and do not forward.
    Block,
    /// Forward, but record the finding in the decision log and the `x-botwall-flags` header.
    Flag,
}

/// The top-level policy document.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    /// `enforce` (default) or `monitor`.
    pub mode: Mode,
    /// Webhook authentication and request limits.
    pub webhook: Webhook,
    /// The reply sent in the webhook response when an update is blocked.
    pub reply: Reply,
    /// Rate limiting.
    pub rate_limit: RateLimit,
    /// Replay protection.
    pub replay: Replay,
    /// The prompt-injection stage.
    pub injection: Detector,
    /// The harmful-content stage.
    pub content: Detector,
    /// The PII stage.
    pub pii: Pii,
    /// The decision log.
    pub log: Log,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            mode: Mode::Enforce,
            webhook: Webhook::default(),
            reply: Reply::default(),
            rate_limit: RateLimit::default(),
            replay: Replay::default(),
            injection: Detector::default(),
            content: Detector::default(),
            pii: Pii::default(),
            log: Log::default(),
        }
    }
}

/// Webhook authentication and request limits.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Webhook {
    /// Name of the environment variable (exposed to the VM through `vm_config`) holding
    /// the secret Telegram sends in `X-Telegram-Bot-Api-Secret-Token`.
    pub secret_env: String,
    /// Refuse to start when the secret variable is missing or empty (default true).
    pub require_secret: bool,
    /// Largest accepted body in bytes (default 1 MiB); larger requests get 413.
    pub max_body_bytes: u64,
    /// Only accept updates from these source networks.
    pub source_allowlist: SourceAllowlist,
    /// Hold the request headers in the filter until the body is inspected (default true).
    /// Needs `allow_on_headers_stop_iteration: true` in Envoy's Wasm plugin config; it
    /// lets botwall set headers (`x-botwall-flags`, `content-length`) after inspection.
    /// Set false on hosts without that knob: the headers then continue at once and an
    /// `envoy.filters.http.buffer` filter after botwall must hold them instead.
    pub hold_headers: bool,
}

impl Default for Webhook {
    fn default() -> Self {
        Webhook {
            secret_env: "BOTWALL_WEBHOOK_SECRET".into(),
            require_secret: true,
            max_body_bytes: 1024 * 1024,
            source_allowlist: SourceAllowlist::default(),
            hold_headers: true,
        }
    }
}

/// Telegram's documented webhook source networks.
pub const TELEGRAM_NETWORKS: &[&str] = &["149.154.160.0/20", "91.108.4.0/22"];

/// Source-network allowlist.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SourceAllowlist {
    /// Off by default (behind another proxy the downstream address is not Telegram's).
    pub enabled: bool,
    /// CIDR networks, IPv4 or IPv6; defaults to [`TELEGRAM_NETWORKS`].
    pub networks: Vec<String>,
}

impl Default for SourceAllowlist {
    fn default() -> Self {
        SourceAllowlist {
            enabled: false,
            networks: TELEGRAM_NETWORKS.iter().map(|s| s.to_string()).collect(),
        }
    }
}

/// The reply sent back to Telegram in the body of a 200 when an update is blocked.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Reply {
    /// Send a `sendMessage` reply when the update has a chat (default true).
    pub enabled: bool,
    /// Text of the reply for a blocked update.
    pub text: String,
}

impl Default for Reply {
    fn default() -> Self {
        Reply {
            enabled: true,
            text: "Sorry, I can't help with that message.".into(),
        }
    }
}

/// One GCRA limit: `limit` updates per `window_seconds` sustained, up to `burst` at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    /// Updates admitted per window, sustained.
    pub limit: u32,
    /// Window length in seconds.
    pub window_seconds: u32,
    /// Updates admitted at once after a quiet period (default: `limit`).
    #[serde(default)]
    pub burst: Option<u32>,
}

impl Limit {
    fn check(&self, field: &str) -> Result<(), PolicyError> {
        if self.limit == 0 || self.limit > 1_000_000 {
            return Err(err(
                &format!("{field}.limit"),
                "must be between 1 and 1000000",
            ));
        }
        if self.window_seconds == 0 || self.window_seconds > 86_400 {
            return Err(err(
                &format!("{field}.window_seconds"),
                "must be between 1 and 86400",
            ));
        }
        if matches!(self.burst, Some(b) if b == 0 || b > 1_000_000) {
            return Err(err(
                &format!("{field}.burst"),
                "must be between 1 and 1000000",
            ));
        }
        Ok(())
    }
}

/// Rate limiting (GCRA) per user, and optionally per chat and globally; see DESIGN.md.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RateLimit {
    /// On by default.
    pub enabled: bool,
    /// Per-user limit: updates admitted per user per window, sustained.
    pub limit: u32,
    /// Per-user window length in seconds.
    pub window_seconds: u32,
    /// Per-user burst (default: `limit`).
    pub burst: Option<u32>,
    /// Optional limit per chat (all users of a group together).
    pub per_chat: Option<Limit>,
    /// Optional limit over all updates.
    pub global: Option<Limit>,
    /// Per-update-type per-user limits (e.g. `callback_query`), counted separately.
    pub overrides: std::collections::BTreeMap<String, Limit>,
    /// Number of shared-data slots per scope (bounded memory; keys hash onto slots).
    pub capacity: u32,
    /// User ids never limited (the bot's admins).
    pub allow_users: Vec<i64>,
    /// Text of the notice to a limited user, sent at most once per window; empty for none.
    pub notice_text: String,
}

impl RateLimit {
    /// The per-user limit as a [`Limit`].
    pub fn per_user(&self) -> Limit {
        Limit {
            limit: self.limit,
            window_seconds: self.window_seconds,
            burst: self.burst,
        }
    }
}

impl Default for RateLimit {
    fn default() -> Self {
        RateLimit {
            enabled: true,
            limit: 30,
            window_seconds: 60,
            burst: None,
            per_chat: None,
            global: None,
            overrides: std::collections::BTreeMap::new(),
            capacity: 65_536,
            allow_users: Vec::new(),
            notice_text: "You are sending messages too fast; please wait a minute.".into(),
        }
    }
}

/// Replay protection: an update id already forwarded and acknowledged (2xx) is dropped.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Replay {
    /// On by default.
    pub enabled: bool,
    /// How long an acknowledged update id is remembered, in seconds.
    pub window_seconds: u32,
    /// Number of remembered update ids (shared-data slots).
    pub capacity: u32,
}

impl Default for Replay {
    fn default() -> Self {
        Replay {
            enabled: true,
            window_seconds: 86_400,
            capacity: 65_536,
        }
    }
}

/// Configuration of a phrase-list detector stage (injection or content).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Detector {
    /// On by default.
    pub enabled: bool,
    /// `block` (default) or `flag`.
    pub action: StageAction,
    /// Use the built-in phrase list (default true).
    pub builtin: bool,
    /// The owner's own phrases: a match fires rule `<stage>.custom_deny`.
    pub deny: Vec<String>,
    /// Phrases that, when present, silence the stage for that field.
    pub allow: Vec<String>,
    /// Score at which the stage (injection) or a category (content) fires (default 1.0).
    pub threshold: f64,
    /// Scores from this up to `threshold` are flagged instead (default 0 = off).
    pub flag_threshold: f64,
    /// Per-family (injection) or per-category (content) overrides, e.g.
    /// `{"abuse": {"action": "block"}}`. `sexual_minors` always blocks.
    pub categories: std::collections::BTreeMap<String, Category>,
}

impl Default for Detector {
    fn default() -> Self {
        Detector {
            enabled: true,
            action: StageAction::Block,
            builtin: true,
            deny: Vec::new(),
            allow: Vec::new(),
            threshold: 1.0,
            flag_threshold: 0.0,
            categories: std::collections::BTreeMap::new(),
        }
    }
}

/// Overrides for one detector family or category; unset fields inherit the stage's.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Category {
    /// Off switch (default on).
    pub enabled: Option<bool>,
    /// `block` or `flag`.
    pub action: Option<StageAction>,
    /// Score at which this category fires.
    pub threshold: Option<f64>,
}

/// What the PII stage does with a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PiiAction {
    /// Replace with a numbered placeholder such as `<EMAIL_ADDRESS_1>`.
    Redact,
    /// Leave the text alone but report the finding.
    Report,
}

/// How a PII kind is replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PiiMode {
    /// Numbered placeholder, `<EMAIL_ADDRESS_1>` (default).
    Placeholder,
    /// Keep the last 4 letters/digits, mask the rest with `*`.
    Mask,
    /// Keyed HMAC pseudonym, `<EMAIL_ADDRESS_3f9a0c1d>`, stable across updates.
    Pseudonym,
    /// Removed.
    Drop,
}

/// What happens to location and venue coordinates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LocationMode {
    /// Forwarded as sent (default).
    Keep,
    /// Rounded to 2 decimals (~1 km); accuracy, heading and proximity fields removed.
    Coarsen,
    /// Set to 0,0 (the schema stays valid); accuracy fields removed.
    Drop,
}

/// What happens to names and usernames of users and chats in an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SenderMode {
    /// Forwarded as sent (default).
    Keep,
    /// Replaced by a keyed pseudonym (`<PERSON_3f9a0c1d>`).
    Pseudonymize,
    /// Replaced by an empty string.
    Drop,
}

/// The PII stage.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Pii {
    /// On by default.
    pub enabled: bool,
    /// `redact` (default) or `report`.
    pub action: PiiAction,
    /// Entity kinds to look for (default: all of [`PII_KINDS`]).
    pub kinds: Vec<String>,
    /// Minimum confidence per kind, 0..1 (default 0.5).
    pub thresholds: std::collections::BTreeMap<String, f32>,
    /// Redaction mode per kind (default `placeholder`).
    pub modes: std::collections::BTreeMap<String, PiiMode>,
    /// Environment variable with the pseudonym key (when unset, a key derived from the
    /// log key is used).
    pub pseudonym_key_env: String,
    /// Coordinates in locations and venues: `keep`, `coarsen`, `drop`.
    pub location: LocationMode,
    /// Names and usernames of senders, chats and contacts: `keep`, `pseudonymize`, `drop`.
    pub sender: SenderMode,
    /// The learned rule for single names without a cue ("Hi Ondrej, ..."): on by default;
    /// off saves about a third of the PII stage's time on chat text (README, PII speed).
    pub person_model: bool,
}

/// PII kinds this build detects.
pub const PII_KINDS: &[&str] = crate::pii::KINDS;

impl Default for Pii {
    fn default() -> Self {
        Pii {
            enabled: true,
            action: PiiAction::Redact,
            kinds: PII_KINDS.iter().map(|s| s.to_string()).collect(),
            thresholds: std::collections::BTreeMap::new(),
            modes: std::collections::BTreeMap::new(),
            pseudonym_key_env: "BOTWALL_PII_KEY".into(),
            location: LocationMode::Keep,
            sender: SenderMode::Keep,
            person_model: true,
        }
    }
}

/// The decision log.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Log {
    /// Write one JSON line per update (default true).
    pub decisions: bool,
    /// Environment variable holding the key for hashing user ids in the log; when unset
    /// the key is derived from the webhook secret.
    pub hash_key_env: String,
}

impl Default for Log {
    fn default() -> Self {
        Log {
            decisions: true,
            hash_key_env: "BOTWALL_LOG_KEY".into(),
        }
    }
}

impl Policy {
    /// Parses and validates a policy document. Empty input means the default policy.
    pub fn from_json(input: &[u8]) -> Result<Policy, PolicyError> {
        if input.iter().all(|b| b.is_ascii_whitespace()) {
            let p = Policy::default();
            p.validate()?;
            return Ok(p);
        }
        if input.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
            return Err(err(".", "the policy must be a JSON object"));
        }
        let mut de = serde_json::Deserializer::from_slice(input);
        let policy: Policy = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            let msg = e.inner().to_string();
            err(if path.is_empty() { "." } else { &path }, msg)
        })?;
        de.end()
            .map_err(|e| err(".", format!("trailing data: {e}")))?;
        policy.validate()?;
        Ok(policy)
    }

    /// Checks the rules that span fields or ranges; returns the first problem found.
    pub fn validate(&self) -> Result<(), PolicyError> {
        if self.webhook.secret_env.trim().is_empty() {
            return Err(err(
                "webhook.secret_env",
                "must name an environment variable",
            ));
        }
        if self.webhook.max_body_bytes < 64 || self.webhook.max_body_bytes > 64 * 1024 * 1024 {
            return Err(err(
                "webhook.max_body_bytes",
                "must be between 64 and 67108864",
            ));
        }
        for (i, n) in self.webhook.source_allowlist.networks.iter().enumerate() {
            if crate::auth::Cidr::parse(n).is_none() {
                return Err(err(
                    &format!("webhook.source_allowlist.networks[{i}]"),
                    format!("`{n}` is not a CIDR network such as 149.154.160.0/20"),
                ));
            }
        }
        if self.webhook.source_allowlist.enabled
            && self.webhook.source_allowlist.networks.is_empty()
        {
            return Err(err(
                "webhook.source_allowlist.networks",
                "empty while the allowlist is enabled",
            ));
        }
        if self.reply.text.chars().count() > 4096 {
            return Err(err("reply.text", "longer than Telegram's 4096 characters"));
        }
        if self.rate_limit.notice_text.chars().count() > 4096 {
            return Err(err(
                "rate_limit.notice_text",
                "longer than Telegram's 4096 characters",
            ));
        }
        if self.rate_limit.enabled {
            let r = &self.rate_limit;
            r.per_user().check("rate_limit")?;
            if let Some(l) = &r.per_chat {
                l.check("rate_limit.per_chat")?;
            }
            if let Some(l) = &r.global {
                l.check("rate_limit.global")?;
            }
            for (ty, l) in &r.overrides {
                if !crate::update::UPDATE_TYPES.contains(&ty.as_str()) {
                    return Err(err(
                        &format!("rate_limit.overrides.{ty}"),
                        "not a Telegram update type (e.g. callback_query, inline_query)",
                    ));
                }
                l.check(&format!("rate_limit.overrides.{ty}"))?;
            }
            if r.capacity < 16 || r.capacity > 4_194_304 {
                return Err(err("rate_limit.capacity", "must be between 16 and 4194304"));
            }
        }
        if self.replay.enabled {
            if self.replay.window_seconds == 0 || self.replay.window_seconds > 7 * 86_400 {
                return Err(err("replay.window_seconds", "must be between 1 and 604800"));
            }
            if self.replay.capacity < 16 || self.replay.capacity > 4_194_304 {
                return Err(err("replay.capacity", "must be between 16 and 4194304"));
            }
        }
        for (name, d) in [("injection", &self.injection), ("content", &self.content)] {
            for (list, items) in [("deny", &d.deny), ("allow", &d.allow)] {
                for (i, p) in items.iter().enumerate() {
                    if p.trim().is_empty() {
                        return Err(err(&format!("{name}.{list}[{i}]"), "empty phrase"));
                    }
                }
            }
            let range = |t: f64| t.is_finite() && t > 0.0 && t <= 10.0;
            if !range(d.threshold) {
                return Err(err(&format!("{name}.threshold"), "must be in (0, 10]"));
            }
            if d.flag_threshold != 0.0
                && !(range(d.flag_threshold) && d.flag_threshold < d.threshold)
            {
                return Err(err(
                    &format!("{name}.flag_threshold"),
                    "must be 0 (off) or in (0, threshold)",
                ));
            }
            let known = crate::detect::families(name);
            for (cat, c) in &d.categories {
                let field = format!("{name}.categories.{cat}");
                if !known.iter().any(|k| k == cat) {
                    return Err(err(
                        &field,
                        format!("unknown category; known: {}", known.join(", ")),
                    ));
                }
                if c.threshold.is_some_and(|t| !range(t)) {
                    return Err(err(&format!("{field}.threshold"), "must be in (0, 10]"));
                }
                if cat == "sexual_minors"
                    && (c.enabled == Some(false) || c.action == Some(StageAction::Flag))
                {
                    return Err(err(
                        &field,
                        "always blocks; it cannot be disabled or flagged",
                    ));
                }
            }
        }
        for (i, k) in self.pii.kinds.iter().enumerate() {
            if !PII_KINDS.contains(&k.as_str()) {
                return Err(err(
                    &format!("pii.kinds[{i}]"),
                    format!("unknown kind `{k}`; known: {}", PII_KINDS.join(", ")),
                ));
            }
        }
        for (k, t) in &self.pii.thresholds {
            if !PII_KINDS.contains(&k.as_str()) {
                return Err(err(&format!("pii.thresholds.{k}"), "unknown kind"));
            }
            if !(t.is_finite() && (0.0..=1.0).contains(t)) {
                return Err(err(
                    &format!("pii.thresholds.{k}"),
                    "must be between 0 and 1",
                ));
            }
        }
        for k in self.pii.modes.keys() {
            if !PII_KINDS.contains(&k.as_str()) {
                return Err(err(&format!("pii.modes.{k}"), "unknown kind"));
            }
        }
        if self.pii.pseudonym_key_env.trim().is_empty() {
            return Err(err(
                "pii.pseudonym_key_env",
                "must name an environment variable",
            ));
        }
        if self.log.hash_key_env.trim().is_empty() {
            return Err(err("log.hash_key_env", "must name an environment variable"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_minimal_documents_load_defaults() {
        for doc in ["", "  ", "{}"] {
            let p = Policy::from_json(doc.as_bytes()).expect("default policy loads");
            assert_eq!(p, Policy::default(), "doc {doc:?}");
        }
    }

    #[test]
    fn errors_name_the_field() {
        let cases: &[(&str, &str, &str)] = &[
            (r#"{"mode":"observe"}"#, "mode", "unknown variant"),
            (r#"{"bogus":1}"#, "bogus", "unknown field `bogus`"),
            (
                r#"{"rate_limit":{"limit":"ten"}}"#,
                "rate_limit.limit",
                "invalid type",
            ),
            (
                r#"{"rate_limit":{"limit":0}}"#,
                "rate_limit.limit",
                "between 1 and",
            ),
            (
                r#"{"rate_limit":{"per_chat":{"limit":5,"window_seconds":0}}}"#,
                "rate_limit.per_chat.window_seconds",
                "between 1 and",
            ),
            (
                r#"{"rate_limit":{"overrides":{"callback":{"limit":5,"window_seconds":1}}}}"#,
                "rate_limit.overrides.callback",
                "not a Telegram update type",
            ),
            (
                r#"{"rate_limit":{"global":{"limit":5}}}"#,
                "rate_limit.global",
                "missing field `window_seconds`",
            ),
            (r#"{"replay":{"capacity":1}}"#, "replay.capacity", "between"),
            (
                r#"{"rate_limit":{"windw_seconds":5}}"#,
                "rate_limit.windw_seconds",
                "unknown field `windw_seconds`",
            ),
            (
                r#"{"webhook":{"max_body_bytes":1}}"#,
                "webhook.max_body_bytes",
                "between",
            ),
            (
                r#"{"webhook":{"source_allowlist":{"networks":["10.0.0.0/33"]}}}"#,
                "webhook.source_allowlist.networks[0]",
                "not a CIDR",
            ),
            (
                r#"{"pii":{"kinds":["SSN"]}}"#,
                "pii.kinds[0]",
                "unknown kind",
            ),
            (
                r#"{"pii":{"thresholds":{"PERSON":1.5}}}"#,
                "pii.thresholds.PERSON",
                "between 0 and 1",
            ),
            (
                r#"{"pii":{"modes":{"NOPE":"mask"}}}"#,
                "pii.modes.NOPE",
                "unknown kind",
            ),
            (
                r#"{"pii":{"location":"blur"}}"#,
                "pii.location",
                "unknown variant",
            ),
            (
                r#"{"injection":{"deny":["ok"," "]}}"#,
                "injection.deny[1]",
                "empty phrase",
            ),
            (
                r#"{"content":{"action":"drop"}}"#,
                "content.action",
                "unknown variant",
            ),
            (r#"{} {}"#, ".", "trailing"),
            (r#"[1]"#, ".", "must be a JSON object"),
        ];
        for (doc, field, msg) in cases {
            let e = Policy::from_json(doc.as_bytes()).expect_err(doc);
            assert_eq!(&e.field, field, "doc {doc}: {e}");
            assert!(
                e.message.contains(msg),
                "doc {doc}: message {:?} lacks {msg:?}",
                e.message
            );
        }
    }

    #[test]
    fn full_document_round_trips_values() {
        let doc = r#"{"mode":"monitor","webhook":{"max_body_bytes":2048,"require_secret":false},
            "reply":{"enabled":false,"text":"no"},"rate_limit":{"limit":5,"window_seconds":10,
            "allow_users":[42]},"injection":{"action":"flag","deny":["open sesame"]},
            "pii":{"action":"report"},"log":{"decisions":false}}"#;
        let p = Policy::from_json(doc.as_bytes()).expect("loads");
        assert_eq!(p.mode, Mode::Monitor);
        assert_eq!(p.webhook.max_body_bytes, 2048);
        assert!(!p.webhook.require_secret);
        assert!(!p.reply.enabled);
        assert_eq!(p.rate_limit.limit, 5);
        assert_eq!(p.rate_limit.allow_users, vec![42]);
        assert_eq!(p.injection.action, StageAction::Flag);
        assert_eq!(p.injection.deny, vec!["open sesame".to_string()]);
        assert_eq!(p.pii.action, PiiAction::Report);
        assert!(!p.log.decisions);
    }
}
