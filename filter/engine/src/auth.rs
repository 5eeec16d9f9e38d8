//! Webhook authentication: the secret-token check and the source-network allowlist.
//!
//! Pure functions; the glue reads the header, the environment and the downstream
//! address and asks these.

use std::net::IpAddr;
use subtle::ConstantTimeEq;

/// The header Telegram sends with the secret set by `setWebhook(secret_token=...)`.
pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// Compares the presented secret token with the configured one in constant time
/// (with respect to the content; lengths differing is revealed, as Telegram's secret
/// length is not itself secret). An empty configured secret never matches.
pub fn secret_matches(presented: &[u8], configured: &[u8]) -> bool {
    if configured.is_empty() || presented.len() != configured.len() {
        return false;
    }
    presented.ct_eq(configured).into()
}

/// An IPv4 or IPv6 network in CIDR notation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    addr: IpAddr,
    prefix: u8,
}

impl Cidr {
    /// Parses `a.b.c.d/n` or `x::y/n`; a bare address is a host network. None if invalid
    /// or if host bits are set.
    pub fn parse(s: &str) -> Option<Cidr> {
        let s = s.trim();
        let (a, p) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (s, None),
        };
        let addr: IpAddr = a.parse().ok()?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match p {
            Some(p) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => {
                p.parse::<u8>().ok()?
            }
            Some(_) => return None,
            None => max,
        };
        if prefix > max {
            return None;
        }
        let c = Cidr { addr, prefix };
        if c.masked(addr) != Some(bits(addr)) {
            return None;
        }
        Some(c)
    }

    fn masked(&self, ip: IpAddr) -> Option<u128> {
        let (v, width) = match (self.addr, ip) {
            (IpAddr::V4(_), IpAddr::V4(x)) => (u128::from(u32::from(x)), 32u32),
            (IpAddr::V6(_), IpAddr::V6(x)) => (u128::from(x), 128u32),
            _ => return None,
        };
        let host_bits = width - u32::from(self.prefix);
        let mask = if host_bits >= 128 {
            0
        } else {
            u128::MAX << host_bits
        };
        Some(v & mask)
    }

    /// True if `ip` lies in this network. IPv4-mapped IPv6 addresses (`::ffff:a.b.c.d`)
    /// are compared as IPv4.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
            v4 => v4,
        };
        self.masked(ip) == Some(bits(self.addr))
    }
}

fn bits(ip: IpAddr) -> u128 {
    match ip {
        IpAddr::V4(x) => u128::from(u32::from(x)),
        IpAddr::V6(x) => u128::from(x),
    }
}

/// Parses the downstream address as Envoy reports it (`1.2.3.4:5678`, `[::1]:5678`,
/// or a bare address).
pub fn parse_peer(addr: &str) -> Option<IpAddr> {
    if let Ok(sa) = addr.parse::<std::net::SocketAddr>() {
        return Some(sa.ip());
    }
    addr.trim_matches(|c| c == '[' || c == ']').parse().ok()
}

/// True if `peer` is inside any of `networks`.
pub fn source_allowed(networks: &[Cidr], peer: IpAddr) -> bool {
    networks.iter().any(|n| n.contains(peer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_comparison() {
        let cases: &[(&[u8], &[u8], bool)] = &[
            (b"s3cret-token", b"s3cret-token", true),
            (b"s3cret-tokeN", b"s3cret-token", false),
            (b"s3cret", b"s3cret-token", false),
            (b"s3cret-token-and-more", b"s3cret-token", false),
            (b"", b"s3cret-token", false),
            (b"", b"", false),
        ];
        for (p, c, want) in cases {
            assert_eq!(secret_matches(p, c), *want, "{p:?} vs {c:?}");
        }
    }

    #[test]
    fn cidr_parse_and_contains() {
        let cases: &[(&str, &str, bool)] = &[
            ("149.154.160.0/20", "149.154.167.99", true),
            ("149.154.160.0/20", "149.154.176.1", false),
            ("91.108.4.0/22", "91.108.7.255", true),
            ("91.108.4.0/22", "91.108.8.0", false),
            ("91.108.4.0/22", "::ffff:91.108.5.1", true),
            ("2001:db8::/32", "2001:db8:1::1", true),
            ("2001:db8::/32", "2001:db9::1", false),
            ("2001:db8::/32", "91.108.5.1", false),
            ("0.0.0.0/0", "8.8.8.8", true),
            ("127.0.0.1", "127.0.0.1", true),
            ("127.0.0.1", "127.0.0.2", false),
        ];
        for (net, ip, want) in cases {
            let c = Cidr::parse(net).expect(net);
            let ip: IpAddr = ip.parse().expect(ip);
            assert_eq!(c.contains(ip), *want, "{net} contains {ip}");
        }
        for bad in [
            "10.0.0.0/33",
            "10.0.0.1/8",
            "10.0.0.0/",
            "10.0.0.0/x",
            "nonsense",
            "::/129",
        ] {
            assert!(Cidr::parse(bad).is_none(), "{bad} must not parse");
        }
    }

    #[test]
    fn peer_addresses() {
        assert_eq!(parse_peer("1.2.3.4:55"), Some("1.2.3.4".parse().unwrap()));
        assert_eq!(parse_peer("[::1]:55"), Some("::1".parse().unwrap()));
        assert_eq!(parse_peer("::1"), Some("::1".parse().unwrap()));
        assert_eq!(parse_peer("garbage"), None);
    }
}
