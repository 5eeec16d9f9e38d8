//! Non-panicking bindings to the proxy-wasm host ABI.
//!
//! The SDK's `hostcalls` functions `panic!` on any status they do not expect (for
//! example setting a header after the headers were sent), and a panic kills the VM for
//! every later request. These wrappers call the same imports and return `Result`, so the
//! filter decides what a host failure means. This is the only module with `unsafe`.

use proxy_wasm::types::{BufferType, LogLevel, MapType, Status};
use std::ptr::{null, null_mut};

#[link(wasm_import_module = "env")]
extern "C" {
    fn proxy_log(level: LogLevel, message_data: *const u8, message_size: usize) -> Status;
    fn proxy_get_current_time_nanoseconds(return_time: *mut u64) -> Status;
    fn proxy_get_buffer_bytes(
        buffer_type: BufferType,
        start: usize,
        max_size: usize,
        return_buffer_data: *mut *mut u8,
        return_buffer_size: *mut usize,
    ) -> Status;
    fn proxy_set_buffer_bytes(
        buffer_type: BufferType,
        start: usize,
        size: usize,
        buffer_data: *const u8,
        buffer_size: usize,
    ) -> Status;
    fn proxy_get_header_map_value(
        map_type: MapType,
        key_data: *const u8,
        key_size: usize,
        return_value_data: *mut *mut u8,
        return_value_size: *mut usize,
    ) -> Status;
    fn proxy_replace_header_map_value(
        map_type: MapType,
        key_data: *const u8,
        key_size: usize,
        value_data: *const u8,
        value_size: usize,
    ) -> Status;
    fn proxy_get_header_map_pairs(
        map_type: MapType,
        return_map_data: *mut *mut u8,
        return_map_size: *mut usize,
    ) -> Status;
    fn proxy_remove_header_map_value(
        map_type: MapType,
        key_data: *const u8,
        key_size: usize,
    ) -> Status;
    fn proxy_get_property(
        path_data: *const u8,
        path_size: usize,
        return_value_data: *mut *mut u8,
        return_value_size: *mut usize,
    ) -> Status;
    fn proxy_set_property(
        path_data: *const u8,
        path_size: usize,
        value_data: *const u8,
        value_size: usize,
    ) -> Status;
    fn proxy_get_shared_data(
        key_data: *const u8,
        key_size: usize,
        return_value_data: *mut *mut u8,
        return_value_size: *mut usize,
        return_cas: *mut u32,
    ) -> Status;
    fn proxy_set_shared_data(
        key_data: *const u8,
        key_size: usize,
        value_data: *const u8,
        value_size: usize,
        cas: u32,
    ) -> Status;
    fn proxy_send_local_response(
        status_code: u32,
        status_code_details_data: *const u8,
        status_code_details_size: usize,
        body_data: *const u8,
        body_size: usize,
        headers_data: *const u8,
        headers_size: usize,
        grpc_status: i32,
    ) -> Status;
    fn proxy_define_metric(
        metric_type: proxy_wasm::types::MetricType,
        name_data: *const u8,
        name_size: usize,
        return_id: *mut u32,
    ) -> Status;
    fn proxy_increment_metric(metric_id: u32, offset: i64) -> Status;
}

/// A host call that did not return `Ok`.
pub type HostResult<T> = Result<T, Status>;

fn check(s: Status) -> HostResult<()> {
    match s {
        Status::Ok => Ok(()),
        other => Err(other),
    }
}

/// Takes ownership of a buffer the host allocated through `proxy_on_memory_allocate`.
///
/// # Safety
/// `data` must be null or a pointer the host obtained from the SDK's allocator for
/// exactly `size` bytes.
unsafe fn owned(data: *mut u8, size: usize) -> Option<Vec<u8>> {
    if data.is_null() {
        None
    } else {
        Some(Vec::from_raw_parts(data, size, size))
    }
}

/// Writes a line to the host log.
pub fn log(level: LogLevel, msg: &str) {
    // SAFETY: pointer and length of a live &str.
    let _ = unsafe { proxy_log(level, msg.as_ptr(), msg.len()) };
}

/// The host clock in nanoseconds since the Unix epoch (0 if unavailable).
pub fn now_nanos() -> u64 {
    let mut t = 0u64;
    // SAFETY: t is a valid out-pointer.
    let s = unsafe { proxy_get_current_time_nanoseconds(&mut t) };
    if s == Status::Ok {
        t
    } else {
        0
    }
}

/// Reads `max` bytes of a buffer from `start`.
pub fn get_buffer(kind: BufferType, start: usize, max: usize) -> HostResult<Option<Vec<u8>>> {
    let mut data = null_mut();
    let mut size = 0usize;
    // SAFETY: valid out-pointers; the returned buffer is ours.
    match unsafe { proxy_get_buffer_bytes(kind, start, max, &mut data, &mut size) } {
        Status::Ok => Ok(unsafe { owned(data, size) }),
        Status::NotFound => Ok(None),
        other => Err(other),
    }
}

/// Replaces `size` bytes of a buffer at `start` with `value`.
pub fn set_buffer(kind: BufferType, start: usize, size: usize, value: &[u8]) -> HostResult<()> {
    // SAFETY: pointer and length of a live slice.
    check(unsafe { proxy_set_buffer_bytes(kind, start, size, value.as_ptr(), value.len()) })
}

/// One request header's value, as bytes.
#[cfg_attr(not(feature = "fault-injection"), allow(dead_code))]
pub fn get_header(key: &str) -> HostResult<Option<Vec<u8>>> {
    let mut data = null_mut();
    let mut size = 0usize;
    // SAFETY: valid pointers; the returned buffer is ours.
    match unsafe {
        proxy_get_header_map_value(
            MapType::HttpRequestHeaders,
            key.as_ptr(),
            key.len(),
            &mut data,
            &mut size,
        )
    } {
        Status::Ok => Ok(unsafe { owned(data, size) }),
        Status::NotFound => Ok(None),
        other => Err(other),
    }
}

/// All request headers (pseudo-headers included), as raw byte pairs, in one host call.
pub fn get_request_headers() -> HostResult<Vec<(Vec<u8>, Vec<u8>)>> {
    let mut data = null_mut();
    let mut size = 0usize;
    // SAFETY: valid out-pointers; the returned buffer is ours.
    match unsafe { proxy_get_header_map_pairs(MapType::HttpRequestHeaders, &mut data, &mut size) } {
        Status::Ok => {
            let bytes = unsafe { owned(data, size) }.unwrap_or_default();
            parse_header_map(&bytes).ok_or(Status::SerializationFailure)
        }
        Status::NotFound => Ok(Vec::new()),
        other => Err(other),
    }
}

fn u32_at(b: &[u8], i: usize) -> Option<usize> {
    let end = i.checked_add(4)?;
    Some(u32::from_le_bytes(b.get(i..end)?.try_into().ok()?) as usize)
}

/// Parses the proxy-wasm header-map wire format (count; (key len, value len) pairs;
/// NUL-terminated keys and values). None if the bytes are inconsistent.
pub fn parse_header_map(b: &[u8]) -> Option<Vec<(Vec<u8>, Vec<u8>)>> {
    if b.is_empty() {
        return Some(Vec::new());
    }
    let n = u32_at(b, 0)?;
    let mut p = n.checked_mul(8)?.checked_add(4)?;
    let mut out = Vec::with_capacity(n.min(1024));
    for i in 0..n {
        let s = i.checked_mul(8)?.checked_add(4)?;
        let (kl, vl) = (u32_at(b, s)?, u32_at(b, s.checked_add(4)?)?);
        let key = b.get(p..p.checked_add(kl)?)?.to_vec();
        p = p.checked_add(kl)?.checked_add(1)?;
        let value = b.get(p..p.checked_add(vl)?)?.to_vec();
        p = p.checked_add(vl)?.checked_add(1)?;
        out.push((key, value));
    }
    Some(out)
}

/// One response header's value, as bytes.
pub fn get_response_header(key: &str) -> HostResult<Option<Vec<u8>>> {
    let mut data = null_mut();
    let mut size = 0usize;
    // SAFETY: valid pointers; the returned buffer is ours.
    match unsafe {
        proxy_get_header_map_value(
            MapType::HttpResponseHeaders,
            key.as_ptr(),
            key.len(),
            &mut data,
            &mut size,
        )
    } {
        Status::Ok => Ok(unsafe { owned(data, size) }),
        Status::NotFound => Ok(None),
        other => Err(other),
    }
}

/// Sets (replaces) a request header.
pub fn set_header(key: &str, value: &str) -> HostResult<()> {
    // SAFETY: pointers and lengths of live strs.
    check(unsafe {
        proxy_replace_header_map_value(
            MapType::HttpRequestHeaders,
            key.as_ptr(),
            key.len(),
            value.as_ptr(),
            value.len(),
        )
    })
}

/// Removes a request header.
pub fn remove_header(key: &str) -> HostResult<()> {
    // SAFETY: pointer and length of a live str.
    check(unsafe {
        proxy_remove_header_map_value(MapType::HttpRequestHeaders, key.as_ptr(), key.len())
    })
}

/// Property paths are their segments joined by NUL (no trailing NUL).
fn property_path(path: &[&str]) -> Vec<u8> {
    path.join("\0").into_bytes()
}

/// Reads a host property such as `["source", "address"]`.
pub fn get_property(path: &[&str]) -> HostResult<Option<Vec<u8>>> {
    let p = property_path(path);
    let mut data = null_mut();
    let mut size = 0usize;
    // SAFETY: valid pointers; the returned buffer is ours.
    match unsafe { proxy_get_property(p.as_ptr(), p.len(), &mut data, &mut size) } {
        Status::Ok => Ok(unsafe { owned(data, size) }),
        Status::NotFound => Ok(None),
        other => Err(other),
    }
}

/// Sets a host property (in Envoy: filter state `wasm.<name>`, readable by later filters).
pub fn set_property(path: &[&str], value: &[u8]) -> HostResult<()> {
    let p = property_path(path);
    // SAFETY: pointers and lengths of live buffers.
    check(unsafe { proxy_set_property(p.as_ptr(), p.len(), value.as_ptr(), value.len()) })
}

/// Reads shared data: the value and its CAS token.
pub fn get_shared(key: &str) -> HostResult<Option<(Vec<u8>, u32)>> {
    let mut data = null_mut();
    let mut size = 0usize;
    let mut cas = 0u32;
    // SAFETY: valid out-pointers; the returned buffer is ours.
    match unsafe { proxy_get_shared_data(key.as_ptr(), key.len(), &mut data, &mut size, &mut cas) }
    {
        Status::Ok => Ok(unsafe { owned(data, size) }.map(|v| (v, cas))),
        Status::NotFound => Ok(None),
        other => Err(other),
    }
}

/// Writes shared data if its CAS token is still `cas` (0: unconditional).
pub fn set_shared(key: &str, value: &[u8], cas: u32) -> HostResult<()> {
    // SAFETY: pointers and lengths of live buffers.
    check(unsafe {
        proxy_set_shared_data(key.as_ptr(), key.len(), value.as_ptr(), value.len(), cas)
    })
}

/// Answers the request locally with `status`, `headers` and `body`.
pub fn send_response(status: u32, headers: &[(&str, &str)], body: &[u8]) -> HostResult<()> {
    let h = serialize_headers(headers);
    let details = b"botwall";
    // SAFETY: pointers and lengths of live buffers.
    check(unsafe {
        proxy_send_local_response(
            status,
            details.as_ptr(),
            details.len(),
            if body.is_empty() {
                null()
            } else {
                body.as_ptr()
            },
            body.len(),
            h.as_ptr(),
            h.len(),
            -1,
        )
    })
}

/// The proxy-wasm header-map wire format: count, then (key len, value len) pairs, then
/// NUL-terminated keys and values.
fn serialize_headers(headers: &[(&str, &str)]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&(headers.len() as u32).to_le_bytes());
    for (k, v) in headers {
        out.extend_from_slice(&(k.len() as u32).to_le_bytes());
        out.extend_from_slice(&(v.len() as u32).to_le_bytes());
    }
    for (k, v) in headers {
        out.extend_from_slice(k.as_bytes());
        out.push(0);
        out.extend_from_slice(v.as_bytes());
        out.push(0);
    }
    out
}

/// Defines a counter; its id, or None if the host refused.
pub fn define_counter(name: &str) -> Option<u32> {
    let mut id = 0u32;
    // SAFETY: pointer and length of a live str; valid out-pointer.
    let s = unsafe {
        proxy_define_metric(
            proxy_wasm::types::MetricType::Counter,
            name.as_ptr(),
            name.len(),
            &mut id,
        )
    };
    (s == Status::Ok).then_some(id)
}

/// Adds one to a counter.
pub fn bump(id: u32) {
    // SAFETY: plain values.
    let _ = unsafe { proxy_increment_metric(id, 1) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_map_round_trip_and_garbage() {
        let pairs = [(":method", "POST"), ("x-a", ""), ("x-b", "v\u{e9}")];
        let wire = serialize_headers(&pairs);
        let got = parse_header_map(&wire).expect("parses");
        let want: Vec<(Vec<u8>, Vec<u8>)> = pairs
            .iter()
            .map(|(k, v)| (k.as_bytes().to_vec(), v.as_bytes().to_vec()))
            .collect();
        assert_eq!(got, want);
        assert_eq!(parse_header_map(&[]), Some(vec![]));
        for cut in 1..wire.len() {
            let _ = parse_header_map(&wire[..cut]); // never panics
        }
        assert_eq!(parse_header_map(&[255, 255, 255, 255]), None);
    }
}
