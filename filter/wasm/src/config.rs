//! Loading the plugin configuration: the policy from the plugin config, the secrets from
//! the VM's environment. Pure apart from the `env` lookup passed in, so it is unit-tested
//! natively.

use botwall_engine::auth::Cidr;
use botwall_engine::decision::derive_log_key;
use botwall_engine::policy::{Mode, Policy, PolicyError};
use botwall_engine::Engine;

/// Everything a request needs, built once per configure.
pub struct Loaded {
    /// The compiled policy.
    pub engine: Engine,
    /// The webhook secret, if configured.
    pub secret: Option<Vec<u8>>,
    /// Parsed source allowlist (empty when disabled).
    pub networks: Vec<Cidr>,
}

impl Loaded {
    /// `enforce` or `monitor`.
    pub fn mode_name(&self) -> &'static str {
        match self.engine.policy().mode {
            Mode::Enforce => "enforce",
            Mode::Monitor => "monitor",
        }
    }
}

/// Builds the runtime configuration from the raw plugin configuration and an environment
/// lookup. Fails (and the plugin does not start) on any policy error or a missing secret.
pub fn load(raw: &[u8], env: &dyn Fn(&str) -> Option<String>) -> Result<Loaded, PolicyError> {
    let policy = Policy::from_json(raw)?;
    let secret = env(&policy.webhook.secret_env).map(String::into_bytes);
    if secret.is_none() && policy.webhook.require_secret {
        return Err(PolicyError {
            field: "webhook.secret_env".into(),
            message: format!(
                "environment variable {} is missing or empty in the VM; expose it with \
                 vm_config.environment_variables.host_env_keys, or set webhook.require_secret to false",
                policy.webhook.secret_env
            ),
        });
    }
    let hash_key = match env(&policy.log.hash_key_env) {
        Some(k) => k.into_bytes(),
        None => derive_log_key(secret.as_deref().unwrap_or(b"botwall-unkeyed")),
    };
    let networks = if policy.webhook.source_allowlist.enabled {
        policy
            .webhook
            .source_allowlist
            .networks
            .iter()
            .filter_map(|n| Cidr::parse(n))
            .collect()
    } else {
        Vec::new()
    };
    let pii_key = env(&policy.pii.pseudonym_key_env);
    let mut engine = Engine::new(policy, &hash_key)?;
    if let Some(k) = pii_key {
        engine.set_pseudonym_key(k.as_bytes());
    }
    Ok(Loaded {
        engine,
        secret,
        networks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_with(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn missing_secret_refuses_to_start() {
        let e = load(b"{}", &env_with(&[])).err().expect("must fail");
        assert_eq!(e.field, "webhook.secret_env");
        assert!(e.message.contains("BOTWALL_WEBHOOK_SECRET"));
    }

    #[test]
    fn secret_from_named_variable() {
        let l = load(
            br#"{"webhook":{"secret_env":"MY_SECRET"}}"#,
            &env_with(&[("MY_SECRET", "abc")]),
        )
        .expect("loads");
        assert_eq!(l.secret.as_deref(), Some(&b"abc"[..]));
    }

    #[test]
    fn secret_optional_when_not_required() {
        let l = load(br#"{"webhook":{"require_secret":false}}"#, &env_with(&[])).expect("loads");
        assert!(l.secret.is_none());
    }

    #[test]
    fn bad_policy_names_field() {
        let e = load(
            br#"{"rate_limit":{"limit":-1}}"#,
            &env_with(&[("BOTWALL_WEBHOOK_SECRET", "s")]),
        )
        .err()
        .expect("fails");
        assert_eq!(e.field, "rate_limit.limit");
    }

    #[test]
    fn allowlist_parsed_when_enabled() {
        let l = load(
            br#"{"webhook":{"source_allowlist":{"enabled":true}}}"#,
            &env_with(&[("BOTWALL_WEBHOOK_SECRET", "s")]),
        )
        .expect("loads");
        assert_eq!(l.networks.len(), 2);
    }
}
