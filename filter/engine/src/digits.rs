//! Decimal digits without the formatting machinery: shared-data keys and the log's user
//! hash are built on every update, and `format!` / `to_string` cost more than the work
//! around them (notably in wasm).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

/// Appends `n` in decimal.
pub fn push_u64(out: &mut String, n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        if let Some(d) = buf.get_mut(i) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in buf.get(i..).unwrap_or_default() {
        out.push(char::from(d));
    }
}

/// Appends `n` in decimal (with `-` when negative), as `n.to_string()` writes it.
pub fn push_i64(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_u64(out, n.unsigned_abs());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_to_string() {
        let mut cases: Vec<i64> = vec![0, 1, 9, 10, 99, 100, -1, -10, i64::MIN, i64::MAX];
        let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15);
        for _ in 0..10_000 {
            let x = rng.next_u64();
            cases.push(x as i64 >> (x % 60));
        }
        for n in cases {
            let mut s = String::new();
            push_i64(&mut s, n);
            assert_eq!(s, n.to_string());
            let mut u = String::from("k.");
            push_u64(&mut u, n as u64);
            assert_eq!(u, format!("k.{}", n as u64));
        }
    }
}
