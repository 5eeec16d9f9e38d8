//! Throughput of the injection and harmful-content stages on chat text (criterion).
//!
//! `cargo bench -p botwall-benches --bench filters`. Each text is prepared (normalised,
//! decoded) once and scanned by both stages, as the pipeline does; throughput is in bytes
//! of message text.

use botwall_engine::detect::{Prepared, StageDetector};
use botwall_engine::policy::Detector;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

/// Everyday chat in several languages and lengths, a little markup, emoji, a link, and
/// one long message; no attacks (the common case the stages must be fast on).
fn chat_texts() -> Vec<String> {
    let mut v: Vec<String> = [
        "hi! how are you today?",
        "ok",
        "Can you remind me to call mum at 6pm tomorrow?",
        "thanks, that worked 👍",
        "What's the weather like in Lisbon this weekend? I'm thinking of going to the beach.",
        "Please translate \"where is the train station\" into Italian",
        "lol no way 😂😂",
        "I ordered the blue one but got a red one, order #48213. Can I swap it?",
        "Here's the link: https://example.com/docs/getting-started?ref=chat#install",
        "**Important**: the meeting moved to _Thursday_ 10:30, room `B-2`.",
        "Schau dir dieses Foto an, bitte schnell antworten",
        "Kannst du mir ein gutes Rezept für Käsespätzle empfehlen?",
        "Merci beaucoup pour ton aide, à demain !",
        "¿Dónde puedo comprar entradas para el concierto del sábado?",
        "Ciao, a che ora chiude la farmacia oggi?",
        "Olá! Você pode me ajudar com o formulário de inscrição?",
        "Привет! Напиши мне, пожалуйста, когда будешь свободен.",
        "Дякую, все працює як треба.",
        "Yarın sabah toplantı var mı?",
        "مرحبا، كيف يمكنني تغيير كلمة المرور؟",
        "नमस्ते, क्या आप मेरी मदद कर सकते हैं?",
        "你好，请帮我预订明天的餐厅 🍜",
        "明日の天気を教えてください。",
        "안녕하세요, 오늘 회의는 몇 시에 시작하나요?",
        "Does anyone know how prompt injection attacks work? Asking for a security talk.",
        "my code fails with `TypeError: cannot read properties of undefined (reading 'map')`, any idea?",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.push(
        "Here is a longer message about the delivery schedule for next week: the trucks leave \
         the depot at seven, the first stop is the bakery on Main Street, then the school. "
            .repeat(12),
    );
    v
}

fn filters(c: &mut Criterion) {
    let cfg = Detector::default();
    let (Ok(injection), Ok(content)) = (
        StageDetector::new("injection", &cfg),
        StageDetector::new("content", &cfg),
    ) else {
        return;
    };
    let texts = chat_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("filters");
    g.throughput(Throughput::Bytes(bytes as u64));
    let mut p = Prepared::default();
    g.bench_function("both_stages_chat", |b| {
        b.iter(|| {
            let mut hits = 0;
            for t in &texts {
                p.prepare(black_box(t));
                hits += injection.scan_prepared(&p).len() + content.scan_prepared(&p).len();
            }
            hits
        })
    });
    g.bench_function("prepare_only_chat", |b| {
        b.iter(|| {
            for t in &texts {
                p.prepare(black_box(t));
            }
        })
    });
    g.bench_function("both_stages_chat_separately", |b| {
        b.iter(|| {
            let mut hits = 0;
            for t in &texts {
                hits += injection.scan(black_box(t)).len() + content.scan(black_box(t)).len();
            }
            hits
        })
    });
    g.finish();
    let long: Vec<String> = texts.iter().filter(|t| t.len() > 1000).cloned().collect();
    let short: Vec<String> = texts.iter().filter(|t| t.len() <= 1000).cloned().collect();
    for (name, set) in [("long_ascii", long), ("short_mixed", short)] {
        let bytes: usize = set.iter().map(String::len).sum();
        let mut g = c.benchmark_group("filters_parts");
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(format!("{name}/both"), |b| {
            b.iter(|| {
                let mut hits = 0;
                for t in &set {
                    p.prepare(black_box(t));
                    hits += injection.scan_prepared(&p).len() + content.scan_prepared(&p).len();
                }
                hits
            })
        });
        g.bench_function(format!("{name}/prepare"), |b| {
            b.iter(|| {
                for t in &set {
                    p.prepare(black_box(t));
                }
            })
        });
        g.finish();
    }
}

criterion_group!(benches, filters);
criterion_main!(benches);
