//! The decision log record: one JSON line per request, with ids, rule ids and counts
//! only. It never holds message text, names, usernames, phone numbers, raw user ids or
//! secrets: the user is a keyed hash.

use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::Sha256;
use std::collections::BTreeMap;

/// Keyed hash of a user id for the log: SipHash-2-4 (a keyed pseudorandom function built
/// for short inputs) of the decimal id, under a 128-bit key derived from `key` with
/// HMAC-SHA256; 16 hex digits. Stable for one key, so one user's decisions can be
/// correlated without the id; without the key the id cannot be recovered or tested.
pub fn user_hash(key: &[u8], user: i64) -> String {
    UserHasher::new(key).hash(user)
}

/// [`user_hash`] with the key derived once, when the engine is built: each update then
/// costs one SipHash of a few bytes (SHA-256 is slow in wasm, ~1 us per block in V8).
#[derive(Clone)]
pub struct UserHasher {
    k0: u64,
    k1: u64,
}

impl UserHasher {
    /// A hasher keyed with `key`.
    pub fn new(key: &[u8]) -> UserHasher {
        let mut k = [0u8; 16];
        if let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(key) {
            mac.update(b"botwall user-hash sip key v1");
            let out = mac.finalize().into_bytes();
            for (d, s) in k.iter_mut().zip(out.iter()) {
                *d = *s;
            }
        }
        let (a, b) = k.split_at(8);
        let word = |s: &[u8]| {
            let mut w = [0u8; 8];
            w.copy_from_slice(s);
            u64::from_le_bytes(w)
        };
        UserHasher {
            k0: word(a),
            k1: word(b),
        }
    }

    /// SipHash-2-4(key, decimal user id), as 16 hex digits.
    pub fn hash(&self, user: i64) -> String {
        use std::hash::Hasher;
        let mut h = siphasher::sip::SipHasher24::new_with_keys(self.k0, self.k1);
        let mut text = String::with_capacity(20);
        crate::digits::push_i64(&mut text, user);
        h.write(text.as_bytes());
        let v = h.finish();
        let mut hex = String::with_capacity(16);
        for shift in (0..16).rev() {
            let n = ((v >> (shift * 4)) & 15) as u8;
            hex.push(char::from(HEX.get(usize::from(n)).copied().unwrap_or(b'0')));
        }
        hex
    }
}

const HEX: [u8; 16] = *b"0123456789abcdef";

/// Derives the log-hashing key from the webhook secret when no key is configured, so the
/// hash is still keyed by something an attacker does not know.
pub fn derive_log_key(secret: &[u8]) -> Vec<u8> {
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(secret) else {
        return Vec::new();
    };
    mac.update(b"botwall decision-log user hash key v1");
    mac.finalize().into_bytes().to_vec()
}

/// One decision-log line.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct DecisionRecord {
    /// The update's `update_id`, if it was parsed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_id: Option<i64>,
    /// The update type (`message`, `callback_query`, ...), if known.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub update_type: Option<&'static str>,
    /// Keyed hash of the acting user's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// `forward`, `redact`, `block` or `reject`.
    pub verdict: &'static str,
    /// `enforce` or `monitor`.
    pub mode: &'static str,
    /// False when the verdict was only logged (monitor mode) and the original forwarded.
    pub enforced: bool,
    /// HTTP status answered to the caller (forwarded requests: absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// Rule ids that fired, in pipeline order.
    pub rules: Vec<String>,
    /// Number of PII findings per kind.
    pub findings: BTreeMap<&'static str, u32>,
    /// Number of entities dropped while remapping.
    #[serde(skip_serializing_if = "is_zero")]
    pub entities_dropped: u32,
    /// Processing time in microseconds (filled in by the caller, who has the clock).
    pub us: u64,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl DecisionRecord {
    /// A record for a request refused before it was parsed as an update.
    pub fn reject(status: u16, rule: &str, mode: &'static str) -> DecisionRecord {
        DecisionRecord {
            verdict: "reject",
            mode,
            enforced: true,
            status: Some(status),
            rules: vec![rule.to_string()],
            ..DecisionRecord::default()
        }
    }

    /// The record as one JSON line (no trailing newline).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{\"verdict\":\"unserializable\"}".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_hash_is_siphash_under_a_derived_key() {
        use hmac::{Hmac, Mac};
        use sha2::Sha256;
        use std::hash::Hasher;
        for (key, user) in [
            (&b"k1"[..], 123456789i64),
            (b"", -1001234567890),
            (&[7u8; 100][..], 0),
        ] {
            let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap();
            mac.update(b"botwall user-hash sip key v1");
            let k = mac.finalize().into_bytes();
            let k0 = u64::from_le_bytes(k[..8].try_into().unwrap());
            let k1 = u64::from_le_bytes(k[8..16].try_into().unwrap());
            let mut sip = siphasher::sip::SipHasher24::new_with_keys(k0, k1);
            sip.write(user.to_string().as_bytes());
            let want = format!("{:016x}", sip.finish());
            let h = UserHasher::new(key);
            assert_eq!(h.hash(user), want);
            assert_eq!(h.hash(user), want, "the hasher is reusable");
            assert_eq!(user_hash(key, user), want);
        }
    }

    #[test]
    fn user_hash_is_keyed_and_stable() {
        let a = user_hash(b"k1", 123456789);
        assert_eq!(a.len(), 16);
        assert_eq!(a, user_hash(b"k1", 123456789));
        assert_ne!(a, user_hash(b"k2", 123456789));
        assert_ne!(a, user_hash(b"k1", 123456780));
        assert!(!a.contains("123456789"));
    }

    #[test]
    fn record_serialises_only_ids_and_counts() {
        let mut r = DecisionRecord {
            update_id: Some(10),
            update_type: Some("message"),
            user: Some(user_hash(b"k", 5)),
            verdict: "redact",
            mode: "enforce",
            enforced: true,
            rules: vec!["pii.EMAIL_ADDRESS".into()],
            us: 12,
            ..DecisionRecord::default()
        };
        r.findings.insert("EMAIL_ADDRESS", 2);
        let v: serde_json::Value = serde_json::from_str(&r.to_json()).expect("json");
        let keys: Vec<&str> = v
            .as_object()
            .expect("object")
            .keys()
            .map(|k| k.as_str())
            .collect();
        assert_eq!(
            keys,
            [
                "update_id",
                "type",
                "user",
                "verdict",
                "mode",
                "enforced",
                "rules",
                "findings",
                "us"
            ]
        );
        assert_eq!(v["findings"]["EMAIL_ADDRESS"], 2);
    }
}
