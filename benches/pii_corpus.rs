// The PII benchmark's texts, in a file of their own so that the bench-only `engine-loop`
// build of the filter (filter/wasm/src/engine_loop.rs) includes the same text with `include!`;
// `benches/e2e/bench.py` reads them from here too.

/// Multilingual chat messages without PII (prices, times, order numbers, versions: the
/// hard negatives), for the PII benchmarks.
pub const PII_CHAT: &[&str] = &[
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

/// A paragraph full of PII of several kinds.
pub const PII_PARAGRAPH: &str = "Hi, I'm Anna Schmidt. Call me on +49 151 23456789 or mail anna.schmidt@example.de; \
IBAN DE89 3704 0044 0532 0130 00, card 4111 1111 1111 1111. I was born on 12.05.1985 and live at Hauptstraße 5. ";

/// At least `target` bytes of [`PII_CHAT`] messages, every sixth one [`PII_PARAGRAPH`]
/// when `with_pii`.
pub fn pii_corpus(target: usize, with_pii: bool) -> String {
    let mut s = String::new();
    let mut i = 0;
    while s.len() < target {
        if with_pii && i % 6 == 5 {
            s.push_str(PII_PARAGRAPH);
        } else if let Some(m) = PII_CHAT.get(i % PII_CHAT.len()) {
            s.push_str(m);
            s.push(' ');
        }
        i += 1;
    }
    s
}
