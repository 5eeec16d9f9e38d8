//! Rate limiting (GCRA) and replay protection over a compare-and-swap key/value store.
//!
//! # Algorithm: GCRA
//! Each limited key (a user, a chat, a user+update type, or everything) has one number, its
//! *theoretical arrival time* (TAT). With emission interval `T = window / limit` and
//! tolerance `tau = (burst - 1) * T`, an update at `now` is admitted iff
//! `max(TAT, now) - now <= tau`, and then `TAT = max(TAT, now) + T`. This is a token bucket
//! (capacity `burst`, refill `limit` per window) stored as one timestamp: exact, no
//! window-edge double bursts, and a single 8-byte value to compare-and-swap.
//!
//! # Bounded memory
//! proxy-wasm shared data cannot delete keys, so keys never exceed `capacity` slots per
//! scope: a key hashes to two candidate slots (two-choice hashing). It uses the slot that
//! already holds it, else an *idle* one (TAT in the past: its state is indistinguishable
//! from a fresh bucket, so taking it over loses nothing), else it shares the candidate
//! with the earlier TAT — shared accounting limits both keys together, which is
//! conservative: a flood of distinct ids can never make a heavy user *unlimited*.
//! Memory is therefore at most `capacity` shared-data entries of [`SLOT_LEN`] bytes per
//! scope, plus `replay.capacity` entries of [`REPLAY_LEN`] bytes, whatever the traffic.
//!
//! # Contention
//! Writes are compare-and-swap with at most [`MAX_CAS_RETRIES`] attempts; when they run
//! out the update is refused ([`RateDecision::Contention`]), never allowed. One known
//! tolerance: proxy-wasm has no create-if-absent, so the very first write to a slot is
//! unconditional; two workers creating the same slot in the same instant can admit one
//! extra update, once per slot lifetime.
//!
//! # Replay protection
//! Update ids are sequential per bot, so id `u` lives in slot `u % capacity` with the time
//! the backend acknowledged it (2xx). An update whose id sits in its slot with an
//! acknowledgement younger than the window is a replay. Only acknowledged ids are
//! recorded, so an update the backend failed on goes through when Telegram redelivers it.
//!
//! Time is passed in by the caller (the glue reads the host clock), so tests use a fake
//! clock.

use crate::policy::{Limit, RateLimit, Replay};

/// The key/value store the limiter runs on: proxy-wasm shared data in the filter, a
/// `HashMap` in tests and the CLI.
pub trait CasStore {
    /// The value and its version (CAS token); None if the key was never written.
    fn get(&self, key: &str) -> Option<(Vec<u8>, u32)>;
    /// Writes `value` if the key's version is still `cas` (None: the key is new).
    /// Returns false on a version mismatch or any store error.
    fn set(&mut self, key: &str, value: &[u8], cas: Option<u32>) -> bool;
    /// Writes `value` whatever the key holds. The default reads the version and retries
    /// a bounded number of times; stores that can write unconditionally override it.
    fn put(&mut self, key: &str, value: &[u8]) -> bool {
        for _ in 0..MAX_CAS_RETRIES {
            let cas = self.get(key).map(|(_, c)| c);
            if self.set(key, value, cas) {
                return true;
            }
        }
        false
    }
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
    /// Total bytes of keys and values held.
    pub fn bytes(&self) -> usize {
        self.map.iter().map(|(k, (v, _))| k.len() + v.len()).sum()
    }
}

impl CasStore for MemoryStore {
    fn get(&self, key: &str) -> Option<(Vec<u8>, u32)> {
        self.map.get(key).cloned()
    }
    fn put(&mut self, key: &str, value: &[u8]) -> bool {
        let next = self
            .map
            .get(key)
            .map_or(1, |(_, v)| v.wrapping_add(1).max(1));
        self.map.insert(key.to_string(), (value.to_vec(), next));
        true
    }
    fn set(&mut self, key: &str, value: &[u8], cas: Option<u32>) -> bool {
        let current = self.map.get(key).map(|(_, v)| *v);
        if current != cas {
            return false;
        }
        let next = current.unwrap_or(0).wrapping_add(1).max(1);
        self.map.insert(key.to_string(), (value.to_vec(), next));
        true
    }
}

/// The limiter's answer for one update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateDecision {
    /// Under every limit (or allowlisted).
    Allow,
    /// Over a limit; `notify` is true for at most one refusal per window of that limit.
    Limited {
        /// Which scope refused.
        scope: Scope,
        /// Send the user the notice.
        notify: bool,
    },
    /// The store kept changing under us; refused, not allowed.
    Contention,
}

/// What a limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// One user (per update type when an override exists for the type).
    User,
    /// One chat.
    Chat,
    /// Everything.
    Global,
}

impl Scope {
    /// Rule id used in reasons and metrics.
    pub fn rule(&self) -> &'static str {
        match self {
            Scope::User => "rate_limit.user",
            Scope::Chat => "rate_limit.chat",
            Scope::Global => "rate_limit.global",
        }
    }
    fn tag(&self) -> &'static str {
        match self {
            Scope::User => "u",
            Scope::Chat => "c",
            Scope::Global => "g",
        }
    }
}

/// Maximum compare-and-swap attempts per key and update.
pub const MAX_CAS_RETRIES: usize = 8;
/// Bytes per rate-limit slot: key hash, TAT, last notice (3 x u64).
pub const SLOT_LEN: usize = 24;
/// Bytes per replay slot: update id, acknowledgement time (2 x u64).
pub const REPLAY_LEN: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Slot {
    key: u64,
    tat: u64,
    notice: u64,
}

fn u64_at(b: &[u8], i: usize) -> Option<u64> {
    let end = i.checked_add(8)?;
    Some(u64::from_le_bytes(b.get(i..end)?.try_into().ok()?))
}

impl Slot {
    fn encode(&self) -> [u8; SLOT_LEN] {
        let mut b = [0u8; SLOT_LEN];
        b[..8].copy_from_slice(&self.key.to_le_bytes());
        b[8..16].copy_from_slice(&self.tat.to_le_bytes());
        b[16..24].copy_from_slice(&self.notice.to_le_bytes());
        b
    }
    fn decode(b: &[u8]) -> Option<Slot> {
        if b.len() != SLOT_LEN {
            return None;
        }
        Some(Slot {
            key: u64_at(b, 0)?,
            tat: u64_at(b, 8)?,
            notice: u64_at(b, 16)?,
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

/// A compiled GCRA limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Gcra {
    /// Emission interval in microseconds.
    t_us: u64,
    /// Tolerance in microseconds.
    tau_us: u64,
    /// Window in microseconds (notice spacing).
    window_us: u64,
}

impl Gcra {
    fn new(l: &Limit) -> Gcra {
        let window_us = u64::from(l.window_seconds.max(1)).saturating_mul(1_000_000);
        let t_us = (window_us / u64::from(l.limit.max(1))).max(1);
        let burst = u64::from(l.burst.unwrap_or(l.limit).max(1));
        Gcra {
            t_us,
            tau_us: t_us.saturating_mul(burst - 1),
            window_us,
        }
    }
}

/// A configured limiter for all scopes.
#[derive(Debug, Clone)]
pub struct Limiter {
    user: Gcra,
    chat: Option<Gcra>,
    global: Option<Gcra>,
    overrides: Vec<(String, Gcra)>,
    capacity: u64,
    allow: Vec<i64>,
}

/// What the limiter needs to know about an update.
#[derive(Debug, Clone, Copy, Default)]
pub struct Subject<'a> {
    /// The acting user.
    pub user: Option<i64>,
    /// The chat.
    pub chat: Option<i64>,
    /// The update type.
    pub update_type: Option<&'a str>,
}

impl Limiter {
    /// Builds a limiter from the policy section.
    pub fn new(cfg: &RateLimit) -> Limiter {
        Limiter {
            user: Gcra::new(&cfg.per_user()),
            chat: cfg.per_chat.as_ref().map(Gcra::new),
            global: cfg.global.as_ref().map(Gcra::new),
            overrides: cfg
                .overrides
                .iter()
                .map(|(k, l)| (k.clone(), Gcra::new(l)))
                .collect(),
            capacity: u64::from(cfg.capacity.max(1)),
            allow: cfg.allow_users.clone(),
        }
    }

    /// One of the two candidate shared-data keys of a scope key (`second`: the other).
    fn slot_key(&self, scope: Scope, key: u64, second: bool) -> String {
        let mixed = if second {
            mix(key ^ 0xA5A5_5A5A_C3C3_3C3C)
        } else {
            mix(key)
        };
        let mut k = String::with_capacity(40);
        k.push_str("botwall.rl.");
        k.push_str(scope.tag());
        k.push('.');
        crate::digits::push_u64(&mut k, mixed % self.capacity);
        k
    }

    /// Counts one update at `now_us` (microseconds) against every configured limit.
    /// Scopes are checked user, chat, global; the first that refuses decides.
    pub fn check(&self, store: &mut dyn CasStore, who: Subject<'_>, now_us: u64) -> RateDecision {
        if let Some(u) = who.user {
            if self.allow.contains(&u) {
                return RateDecision::Allow;
            }
            // A per-type override counts that type separately (key: user id + type).
            let (gcra, key) = match who
                .update_type
                .and_then(|t| self.overrides.iter().find(|(k, _)| k == t))
            {
                Some((t, g)) => (*g, mix(u as u64) ^ fnv(t.as_bytes())),
                None => (self.user, u as u64),
            };
            let d = self.check_key(store, Scope::User, gcra, key, now_us);
            if d != RateDecision::Allow {
                return d;
            }
        }
        if let (Some(g), Some(c)) = (self.chat, who.chat) {
            let d = self.check_key(store, Scope::Chat, g, c as u64, now_us);
            if d != RateDecision::Allow {
                return d;
            }
        }
        if let Some(g) = self.global {
            return self.check_key(store, Scope::Global, g, 0, now_us);
        }
        RateDecision::Allow
    }

    fn check_key(
        &self,
        store: &mut dyn CasStore,
        scope: Scope,
        g: Gcra,
        key: u64,
        now: u64,
    ) -> RateDecision {
        // Key 0 marks an empty slot; shift ours off it.
        let key = if key == 0 { u64::MAX } else { key };
        let k0 = self.slot_key(scope, key, false);
        // The second key is named only when the first slot does not hold this key.
        let mut k1: Option<String> = None;
        for _ in 0..MAX_CAS_RETRIES {
            let read = |k: &str| match store.get(k) {
                Some((b, cas)) => (Slot::decode(&b), Some(cas)),
                None => (None, None),
            };
            let owns = |c: &(Option<Slot>, Option<u32>)| c.0.is_some_and(|s| s.key == key);
            let idle = |c: &(Option<Slot>, Option<u32>)| c.0.is_none_or(|s| s.tat <= now);
            let c0 = read(&k0);
            // The common case, a key in its first slot, needs one read; otherwise the
            // second slot must be read too, as it may hold this key's live state.
            let c1 = if owns(&c0) {
                (None, None)
            } else {
                read(k1.get_or_insert_with(|| self.slot_key(scope, key, true)))
            };
            // (use the second candidate?, start from a fresh bucket?)
            let (second, fresh) = if owns(&c0) {
                (false, false)
            } else if owns(&c1) {
                (true, false)
            } else if idle(&c0) {
                (false, true)
            } else if idle(&c1) {
                (true, true)
            } else {
                // Both held by busy keys: share the one that frees up first.
                (c1.0.map_or(0, |s| s.tat) < c0.0.map_or(0, |s| s.tat), false)
            };
            let (old, cas) = if second { c1 } else { c0 };
            let slot_key: &str = if second {
                k1.get_or_insert_with(|| self.slot_key(scope, key, true))
            } else {
                &k0
            };
            let mut slot = match (old, fresh) {
                (Some(s), false) => s,
                _ => Slot {
                    key,
                    tat: now,
                    notice: 0,
                },
            };
            slot.key = key;
            let tat = slot.tat.max(now);
            let decision = if tat - now <= g.tau_us {
                slot.tat = tat.saturating_add(g.t_us);
                RateDecision::Allow
            } else {
                let notify = slot.notice == 0 || now.saturating_sub(slot.notice) >= g.window_us;
                if !notify {
                    return RateDecision::Limited {
                        scope,
                        notify: false,
                    };
                }
                slot.notice = now.max(1);
                RateDecision::Limited {
                    scope,
                    notify: true,
                }
            };
            if store.set(slot_key, &slot.encode(), cas) {
                return decision;
            }
        }
        RateDecision::Contention
    }
}

fn fnv(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, c| {
        (h ^ u64::from(*c)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Replay protection over the same store.
#[derive(Debug, Clone)]
pub struct ReplayGuard {
    window_us: u64,
    capacity: u64,
}

impl ReplayGuard {
    /// Builds the guard from the policy section.
    pub fn new(cfg: &Replay) -> ReplayGuard {
        ReplayGuard {
            window_us: u64::from(cfg.window_seconds.max(1)).saturating_mul(1_000_000),
            capacity: u64::from(cfg.capacity.max(1)),
        }
    }

    fn key(&self, update_id: i64) -> String {
        let mut k = String::with_capacity(32);
        k.push_str("botwall.rp.");
        crate::digits::push_u64(&mut k, (update_id as u64) % self.capacity);
        k
    }

    /// True if `update_id` was acknowledged by the backend within the window.
    pub fn is_replay(&self, store: &dyn CasStore, update_id: i64, now_us: u64) -> bool {
        let Some((b, _)) = store.get(&self.key(update_id)) else {
            return false;
        };
        match (u64_at(&b, 0), u64_at(&b, 8)) {
            (Some(id), Some(at)) => {
                id == update_id as u64 && at != 0 && now_us.saturating_sub(at) < self.window_us
            }
            _ => false,
        }
    }

    /// Records that the backend acknowledged `update_id` (2xx) at `now_us`. Overwrites the
    /// slot unconditionally: the newest acknowledged id for a slot is the one to keep.
    pub fn acknowledge(&self, store: &mut dyn CasStore, update_id: i64, now_us: u64) -> bool {
        let mut b = [0u8; REPLAY_LEN];
        b[..8].copy_from_slice(&(update_id as u64).to_le_bytes());
        b[8..].copy_from_slice(&now_us.max(1).to_le_bytes());
        store.put(&self.key(update_id), &b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    const S: u64 = 1_000_000;

    fn lim(limit: u32, window_seconds: u32, burst: Option<u32>) -> Limit {
        Limit {
            limit,
            window_seconds,
            burst,
        }
    }

    fn limiter(f: impl FnOnce(&mut RateLimit)) -> Limiter {
        let mut cfg = RateLimit {
            capacity: 1024,
            ..RateLimit::default()
        };
        f(&mut cfg);
        Limiter::new(&cfg)
    }

    fn user(u: i64) -> Subject<'static> {
        Subject {
            user: Some(u),
            chat: Some(u),
            update_type: Some("message"),
        }
    }

    use RateDecision::*;
    const LU: RateDecision = Limited {
        scope: Scope::User,
        notify: false,
    };
    const LUN: RateDecision = Limited {
        scope: Scope::User,
        notify: true,
    };

    /// (limit, window s, burst, arrival times in ms, expected decisions)
    type GcraCase = (
        u32,
        u32,
        Option<u32>,
        &'static [u64],
        &'static [RateDecision],
    );

    #[test]
    fn gcra_admission_table() {
        let cases: &[GcraCase] = &[
            // burst = limit: 3 at once, then refused until refill (20 s per update)
            (
                3,
                60,
                None,
                &[0, 1, 2, 3, 4],
                &[Allow, Allow, Allow, LUN, LU],
            ),
            (
                3,
                60,
                None,
                &[0, 1, 2, 3, 20_002],
                &[Allow, Allow, Allow, LUN, Allow],
            ),
            // burst 1: strictly one per 20 s
            (
                3,
                60,
                Some(1),
                &[0, 19_999, 20_000, 39_999, 40_000],
                &[Allow, LUN, Allow, LU, Allow],
            ),
            // steady rate exactly at the limit never refuses
            (
                10,
                10,
                Some(1),
                &[0, 1_000, 2_000, 3_000, 4_000],
                &[Allow; 5],
            ),
            // refill is proportional: after 30 s of 3/60 s, 1.5 updates are back -> 1 admitted
            (
                3,
                60,
                None,
                &[0, 0, 0, 30_000, 30_000],
                &[Allow, Allow, Allow, Allow, LUN],
            ),
            // a second notice only after a full window
            (
                1,
                10,
                None,
                &[0, 1, 9_999, 10_001, 10_002],
                &[Allow, LUN, LU, Allow, LUN],
            ),
        ];
        for (limit, window, burst, times, want) in cases {
            let l = limiter(|c| {
                c.limit = *limit;
                c.window_seconds = *window;
                c.burst = *burst;
            });
            let mut s = MemoryStore::default();
            let got: Vec<RateDecision> = times
                .iter()
                .map(|t| l.check(&mut s, user(7), t * 1000))
                .collect();
            assert_eq!(
                &got, want,
                "limit {limit}/{window}s burst {burst:?} at {times:?}"
            );
        }
    }

    #[test]
    fn users_are_independent_and_allowlist_is_never_limited() {
        let l = limiter(|c| {
            c.limit = 1;
            c.allow_users = vec![99];
        });
        let mut s = MemoryStore::default();
        assert_eq!(l.check(&mut s, user(1), 0), Allow);
        assert_eq!(l.check(&mut s, user(2), 0), Allow);
        assert_eq!(l.check(&mut s, user(1), 0), LUN);
        for _ in 0..100 {
            assert_eq!(l.check(&mut s, user(99), 0), Allow);
        }
        assert_eq!(l.check(&mut s, Subject::default(), 0), Allow);
    }

    #[test]
    fn per_type_overrides_count_separately() {
        let l = limiter(|c| {
            c.limit = 1;
            c.overrides = BTreeMap::from([("callback_query".to_string(), lim(3, 60, None))]);
        });
        let mut s = MemoryStore::default();
        let cb = Subject {
            user: Some(5),
            chat: None,
            update_type: Some("callback_query"),
        };
        assert_eq!(l.check(&mut s, user(5), 0), Allow);
        assert_eq!(l.check(&mut s, user(5), 0), LUN);
        let got: Vec<_> = (0..4).map(|_| l.check(&mut s, cb, 0)).collect();
        assert_eq!(got, vec![Allow, Allow, Allow, LUN]);
    }

    #[test]
    fn chat_and_global_scopes() {
        let l = limiter(|c| {
            c.limit = 100;
            c.per_chat = Some(lim(2, 60, None));
            c.global = Some(lim(3, 60, None));
        });
        let mut s = MemoryStore::default();
        let in_group = |u| Subject {
            user: Some(u),
            chat: Some(-100),
            update_type: Some("message"),
        };
        assert_eq!(l.check(&mut s, in_group(1), 0), Allow);
        assert_eq!(l.check(&mut s, in_group(2), 0), Allow);
        assert_eq!(
            l.check(&mut s, in_group(3), 0),
            Limited {
                scope: Scope::Chat,
                notify: true
            }
        );
        assert_eq!(l.check(&mut s, user(4), 0), Allow);
        assert_eq!(
            l.check(&mut s, user(5), 0),
            Limited {
                scope: Scope::Global,
                notify: true
            }
        );
    }

    #[test]
    fn memory_is_bounded_by_capacity_under_a_flood() {
        let l = limiter(|c| {
            c.limit = 5;
            c.capacity = 64;
            c.per_chat = Some(lim(5, 60, None));
        });
        let mut s = MemoryStore::default();
        for u in 0..100_000 {
            l.check(&mut s, user(u), u as u64);
        }
        assert!(s.len() <= 2 * 64, "{} keys", s.len());
    }

    #[test]
    fn a_heavy_user_stays_limited_during_a_flood_of_new_ids() {
        // 16 slots, thousands of distinct ids arriving: the heavy user must never get
        // more than its limit through, wherever its slots end up.
        let l = limiter(|c| {
            c.limit = 3;
            c.window_seconds = 3600;
            c.capacity = 16;
        });
        let mut s = MemoryStore::default();
        let mut admitted = 0;
        for i in 0..5_000i64 {
            l.check(&mut s, user(1_000_000 + i), 0);
            if l.check(&mut s, user(42), 0) == Allow {
                admitted += 1;
            }
        }
        assert!(admitted <= 3, "heavy user admitted {admitted} times");
    }

    #[test]
    fn idle_slots_are_reused_without_losing_state_of_active_users() {
        let l = limiter(|c| {
            c.limit = 2;
            c.window_seconds = 1;
            c.capacity = 16;
        });
        let mut s = MemoryStore::default();
        assert_eq!(l.check(&mut s, user(1), 0), Allow);
        assert_eq!(l.check(&mut s, user(1), 0), Allow);
        // many other users, all idle by the time the next comes (1 s later each)
        for i in 0..1000u64 {
            l.check(&mut s, user(10 + i as i64), (i + 2) * S);
        }
        // user 1 is long idle: fully refilled
        assert_eq!(l.check(&mut s, user(1), 2000 * S), Allow);
        assert_eq!(l.check(&mut s, user(1), 2000 * S), Allow);
        assert_eq!(l.check(&mut s, user(1), 2000 * S), LUN);
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
        let l = limiter(|_| {});
        assert_eq!(l.check(&mut Flaky, user(1), 0), Contention);
        assert!(!ReplayGuard::new(&Replay::default()).acknowledge(&mut Flaky, 1, 0));
    }

    #[test]
    fn corrupt_slots_are_reset_not_trusted() {
        let l = limiter(|c| c.limit = 2);
        let mut s = MemoryStore::default();
        for k in [false, true].map(|second| l.slot_key(Scope::User, 5, second)) {
            assert!(s.set(&k, b"xx", None));
        }
        assert_eq!(l.check(&mut s, user(5), 0), Allow);
    }

    #[test]
    fn replay_table() {
        let g = ReplayGuard::new(&Replay {
            enabled: true,
            window_seconds: 10,
            capacity: 16,
        });
        let mut s = MemoryStore::default();
        assert!(!g.is_replay(&s, 100, 0), "never seen");
        assert!(g.acknowledge(&mut s, 100, S));
        assert!(g.is_replay(&s, 100, 2 * S), "acknowledged, in window");
        assert!(!g.is_replay(&s, 101, 2 * S), "other id");
        assert!(!g.is_replay(&s, 116, 2 * S), "same slot, other id");
        assert!(!g.is_replay(&s, 100, 11 * S), "window passed");
        assert!(g.acknowledge(&mut s, 116, 3 * S));
        assert!(!g.is_replay(&s, 100, 4 * S), "slot reused by a newer id");
        assert!(g.is_replay(&s, 116, 4 * S));
    }

    /// The million-user flood: run with `cargo test --release -p botwall-engine -- --ignored flood`.
    #[test]
    #[ignore]
    fn flood_of_a_million_users_stays_within_the_bound() {
        let cfg = RateLimit::default();
        let l = Limiter::new(&cfg);
        let mut s = MemoryStore::default();
        for u in 0..1_000_000i64 {
            l.check(&mut s, user(u), (u as u64) * 10);
        }
        let bound = cfg.capacity as usize;
        println!(
            "flood: {} keys, {} bytes of keys+values (bound {bound} keys)",
            s.len(),
            s.bytes()
        );
        assert!(s.len() <= bound);
    }
}
