//! The rate limiter's store on proxy-wasm shared data (shared by all worker VMs of the
//! plugin's vm_id, with compare-and-swap).

use crate::host;
use botwall_engine::ratelimit::CasStore;

/// Shared data as a [`CasStore`].
pub struct SharedData;

impl CasStore for SharedData {
    fn get(&self, key: &str) -> Option<(Vec<u8>, u32)> {
        host::get_shared(key).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &[u8], cas: Option<u32>) -> bool {
        // cas 0 asks the host not to compare: only for a key we saw as absent.
        host::set_shared(key, value, cas.unwrap_or(0)).is_ok()
    }

    fn put(&mut self, key: &str, value: &[u8]) -> bool {
        host::set_shared(key, value, 0).is_ok()
    }
}
