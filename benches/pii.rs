//! The PII stage alone (`pii::Scanner::scan`, every kind on) over chat text: a mixed
//! multilingual chat corpus without PII (the common case), a 4 KB message with some PII,
//! and short messages; each detector alone on the 4 KB message without and with PII.
//! Throughput in bytes of text.

use botwall_engine::pii::{self, Scanner};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

const CHAT: &[&str] = &[
    "hi! how are you today? are we still on for lunch tomorrow at 12:30?",
    "The build 4821 failed again, version 2.14.3 fixes it, see PR #1288.",
    "Schau dir dieses Foto an, bitte schnell antworten, wir treffen uns am Bahnhof.",
    "Merci beaucoup pour votre aide, la commande 48213345 est arrivée hier.",
    "¿Dónde está la estación? Llego a las 10:45 con el tren de Madrid.",
    "Привет! Как дела? Заказ №482133 уже отправлен, цена 1299 руб.",
    "你好，请帮我预订明天的餐厅 🍜 谢谢！",
    "the video got 1,204,332 views and 12,000 likes in two days 🎉",
    "Can you send me the PDF with the Q3 numbers before the Monday meeting?",
    "Teşekkürler, görüşürüz! Sipariş 88213345 kargoya verildi.",
];

const PII: &str = "Hi, I'm Anna Schmidt. Call me on +49 151 23456789 or mail anna.schmidt@example.de; \
IBAN DE89 3704 0044 0532 0130 00, card 4111 1111 1111 1111. I was born on 12.05.1985 and live at Hauptstraße 5. ";

fn corpus(target: usize, with_pii: bool) -> String {
    let mut s = String::new();
    let mut i = 0;
    while s.len() < target {
        if with_pii && i % 6 == 5 {
            s.push_str(PII);
        } else if let Some(m) = CHAT.get(i % CHAT.len()) {
            s.push_str(m);
            s.push(' ');
        }
        i += 1;
    }
    s
}

fn pii(c: &mut Criterion) {
    let scanner = Scanner::all();
    let mut g = c.benchmark_group("pii");
    let big = corpus(256 * 1024, false);
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("chat text without PII, 256 KB", |b| {
        b.iter(|| scanner.scan(black_box(&big)))
    });
    let msg4k = corpus(4096, true);
    g.throughput(Throughput::Bytes(msg4k.len() as u64));
    g.bench_function("4 KB message with PII", |b| {
        b.iter(|| scanner.scan(black_box(&msg4k)))
    });
    let msg4k_clean = corpus(4096, false);
    g.throughput(Throughput::Bytes(msg4k_clean.len() as u64));
    g.bench_function("4 KB message without PII", |b| {
        b.iter(|| scanner.scan(black_box(&msg4k_clean)))
    });
    let short: Vec<&str> = CHAT.to_vec();
    let bytes: usize = short.iter().map(|s| s.len()).sum();
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("10 short chat messages", |b| {
        b.iter(|| {
            short
                .iter()
                .map(|m| scanner.scan(black_box(m)).len())
                .sum::<usize>()
        })
    });
    g.finish();
    // each detector alone on the 4 KB message without PII: where the time goes
    let mut d = c.benchmark_group("pii detector");
    d.throughput(Throughput::Bytes(msg4k_clean.len() as u64));
    type Find = fn(&str, &mut Vec<pii::Span>);
    let detectors: [(&str, Find); 6] = [
        ("email", pii::email::find),
        ("numeric", pii::numeric::find),
        ("tokens", pii::tokens::find),
        ("dob", pii::dob::find),
        ("address", pii::address::find),
        ("person", pii::person::find),
    ];
    for (name, f) in detectors {
        d.bench_function(name, |b| {
            b.iter(|| {
                let mut v = Vec::new();
                f(black_box(&msg4k_clean), &mut v);
                v.len()
            })
        });
    }
    d.finish();
    // the same on the 4 KB message with PII (context checks and gates that only run there)
    let mut d = c.benchmark_group("pii detector with PII");
    d.throughput(Throughput::Bytes(msg4k.len() as u64));
    for (name, f) in detectors {
        d.bench_function(name, |b| {
            b.iter(|| {
                let mut v = Vec::new();
                f(black_box(&msg4k), &mut v);
                v.len()
            })
        });
    }
    d.finish();
}

criterion_group!(benches, pii);
criterion_main!(benches);
