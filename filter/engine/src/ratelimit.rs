//! Per-user rate limiting over a compare-and-swap key/value store.
//!
//! Starting point for the rate-limiting issue: a fixed window per user. Users hash onto
//! `capacity` slots (bounded memory: proxy-wasm shared data cannot delete keys), each slot
//! holding `(user id, window index, count, notified)`. A slot taken by another user whose
//! window has not ended is shared (both users count against it: conservative, never
//! "allow everything"). Writes use compare-and-swap with a bounded number of retries;
//! when they run out the update is treated as limited (`rate_limit.contention`).
//!
//! Time is passed in by the caller (the glue reads the host clock), so tests use a fake
//! clock.

use crate::policy::RateLimit;

/// The key/value store the limiter runs on: proxy-wasm shared data in the filter, a
/// `HashMap` in tests and the CLI.
pub trait CasStore {
    /// The value and its version (CAS token); None if the key was never written.
    fn get(&self, key: &str) -> Option<(Vec<u8>, u32)>;
    /// Writes `value` if the key's version is still `cas` (None: the key is new).
    /// Returns false on a version mismatch or any store error.
    fn set(&mut self, key: &str, value: &[u8], cas: Option<u32>) -> bool;
}

/// A store in process memory, for tests, benchmarks and the CLI.
#[derive(Debug, Default)]
pub struct MemoryStore {
    map: std::collections::HashMap<String, (Vec<u8>, u32)>,
}

impl MemoryStore {
    /// Number of keys held (for memory-bound tests).
    pub fn len(&self) -> usize {
        self.map.len()
    }
    /// True if no key was written.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl CasStore for MemoryStore {
    fn get(&self, key: &str) -> Option<(Vec<u8>, u32)> {
        self.map.get(key).cloned()
    }
    fn set(&mut self, key: &str, value: &[u8], cas: Option<u32>) -> bool {
        let current = self.map.get(key).map(|(_, v)| *v);
        if current != cas {
            return false;
        }
        let next = current.unwrap_or(0).wrapping_add(1);
        self.map.insert(key.to_string(), (value.to_vec(), next));
        true
    }
}

/// The limiter's answer for one update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateDecision {
    /// Under the limit (or allowlisted, or no user).
    Allow,
    /// Over the limit; `notify` is true for the first refusal in this window only.
    Limited {
        /// Send the user the notice (once per window).
        notify: bool,
    },
    /// The store kept changing under us; refused, not allowed.
    Contention,
}

/// Maximum compare-and-swap attempts per update.
pub const MAX_CAS_RETRIES: usize = 8;

/// A configured limiter.
#[derive(Debug, Clone)]
pub struct Limiter {
    limit: u32,
    window_ms: u64,
    capacity: u64,
    allow: Vec<i64>,
}

const SLOT_LEN: usize = 21;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Slot {
    user: i64,
    window: u64,
    count: u32,
    notified: bool,
}

impl Slot {
    fn encode(&self) -> [u8; SLOT_LEN] {
        let mut b = [0u8; SLOT_LEN];
        b[..8].copy_from_slice(&self.user.to_le_bytes());
        b[8..16].copy_from_slice(&self.window.to_le_bytes());
        b[16..20].copy_from_slice(&self.count.to_le_bytes());
        b[20] = u8::from(self.notified);
        b
    }
    fn decode(b: &[u8]) -> Option<Slot> {
        Some(Slot {
            user: i64::from_le_bytes(b.get(..8)?.try_into().ok()?),
            window: u64::from_le_bytes(b.get(8..16)?.try_into().ok()?),
            count: u32::from_le_bytes(b.get(16..20)?.try_into().ok()?),
            notified: *b.get(20)? != 0,
        })
    }
}

/// 64-bit mix (splitmix64 finaliser) so that sequential ids spread over slots.
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Limiter {
    /// Builds a limiter from the policy section.
    pub fn new(cfg: &RateLimit) -> Limiter {
        Limiter {
            limit: cfg.limit.max(1),
            window_ms: u64::from(cfg.window_seconds.max(1)) * 1000,
            capacity: u64::from(cfg.capacity.max(1)),
            allow: cfg.allow_users.clone(),
        }
    }

    /// The shared-data key of a user's slot; at most `capacity` distinct keys exist.
    pub fn slot_key(&self, user: i64) -> String {
        format!("botwall.rl.{}", mix(user as u64) % self.capacity)
    }

    /// Counts one update of `user` at `now_ms` and says whether it is admitted.
    pub fn check(&self, store: &mut dyn CasStore, user: Option<i64>, now_ms: u64) -> RateDecision {
        let Some(user) = user else {
            return RateDecision::Allow;
        };
        if self.allow.contains(&user) {
            return RateDecision::Allow;
        }
        let key = self.slot_key(user);
        let window = now_ms / self.window_ms;
        for _ in 0..MAX_CAS_RETRIES {
            let (old, cas) = match store.get(&key) {
                Some((bytes, cas)) => (Slot::decode(&bytes), Some(cas)),
                None => (None, None),
            };
            let mut slot = match old {
                Some(s) if s.window == window => s,
                _ => Slot {
                    user,
                    window,
                    count: 0,
                    notified: false,
                },
            };
            slot.user = user;
            let decision = if slot.count < self.limit {
                slot.count += 1;
                RateDecision::Allow
            } else {
                let notify = !slot.notified;
                slot.notified = true;
                if !notify {
                    // nothing changes in the slot: no write needed
                    return RateDecision::Limited { notify: false };
                }
                RateDecision::Limited { notify }
            };
            if store.set(&key, &slot.encode(), cas) {
                return decision;
            }
        }
        RateDecision::Contention
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limiter(limit: u32, window_seconds: u32, capacity: u32, allow: Vec<i64>) -> Limiter {
        Limiter::new(&RateLimit {
            limit,
            window_seconds,
            capacity,
            allow_users: allow,
            ..RateLimit::default()
        })
    }

    #[test]
    fn admits_exactly_limit_per_window_and_notifies_once() {
        let l = limiter(3, 10, 1024, vec![]);
        let mut s = MemoryStore::default();
        let mut got = Vec::new();
        for t in [0, 1, 2, 3, 4, 9_999, 10_000, 10_001] {
            got.push(l.check(&mut s, Some(7), t));
        }
        use RateDecision::*;
        assert_eq!(
            got,
            vec![
                Allow,
                Allow,
                Allow,
                Limited { notify: true },
                Limited { notify: false },
                Limited { notify: false },
                Allow,
                Allow
            ]
        );
    }

    #[test]
    fn users_are_independent_and_allowlist_is_never_limited() {
        let l = limiter(1, 60, 1 << 20, vec![99]);
        let mut s = MemoryStore::default();
        assert_eq!(l.check(&mut s, Some(1), 0), RateDecision::Allow);
        assert_eq!(l.check(&mut s, Some(2), 0), RateDecision::Allow);
        assert_eq!(
            l.check(&mut s, Some(1), 0),
            RateDecision::Limited { notify: true }
        );
        for _ in 0..100 {
            assert_eq!(l.check(&mut s, Some(99), 0), RateDecision::Allow);
        }
        assert_eq!(l.check(&mut s, None, 0), RateDecision::Allow);
    }

    #[test]
    fn memory_is_bounded_by_capacity() {
        let l = limiter(5, 60, 64, vec![]);
        let mut s = MemoryStore::default();
        for u in 0..10_000 {
            l.check(&mut s, Some(u), 0);
        }
        assert!(s.len() <= 64, "{} keys", s.len());
    }

    struct Flaky;
    impl CasStore for Flaky {
        fn get(&self, _: &str) -> Option<(Vec<u8>, u32)> {
            None
        }
        fn set(&mut self, _: &str, _: &[u8], _: Option<u32>) -> bool {
            false
        }
    }

    #[test]
    fn contention_refuses_instead_of_allowing() {
        let l = limiter(5, 60, 64, vec![]);
        assert_eq!(l.check(&mut Flaky, Some(1), 0), RateDecision::Contention);
    }

    #[test]
    fn corrupt_slot_is_reset_not_trusted_to_panic() {
        let l = limiter(2, 60, 64, vec![]);
        let mut s = MemoryStore::default();
        let key = l.slot_key(5);
        assert!(s.set(&key, b"xx", None));
        assert_eq!(l.check(&mut s, Some(5), 0), RateDecision::Allow);
    }
}
