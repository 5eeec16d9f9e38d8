"""Chinese, Japanese and Korean street addresses in chat sentences, for `make eval-pii`.

Values from Faker 37 (PyPI, MIT): `ja_JP.address()` (prefecture, city, town, block 丁目, lot
番 and 号, then a building name and room: the whole value is the gold span), `ko_KR.address()`
(province or city, district, road name or neighbourhood and number; some with a basement
"지하" number or a parenthesised neighbourhood), `zh_TW.address()` (postcode, city or county,
road or lane and 號, floor 樓). Faker's `zh_CN` street addresses carry no house number ("蒋路H座"),
so the mainland ones are put together from its parts: province, city, district, street
name, then a number with 号 and, every other time, a floor with 楼 (the gold span is all of it).

Templates (written in session 26 with the detector, `filter/engine/src/pii/address_cjk.rs`;
the detector's own table test uses other sentences): every fourth template of a language is
held out. Each message holds one address; spans are code points, scored by eval_pii.py's
rule (IoU >= 0.5). This set measures coverage of the formats and how well the span's ends
are found; it is not independent of the detector's author.
"""

import random

TEMPLATES = {
    "ja": ["私の住所は{V}です", "荷物は{V}に送ってください", "住所：{V}", "実家は{V}にあります",
           "{V}まで来てもらえますか", "新しい住所は{V}になりました", "配送先を{V}に変更したいです", "{V}で待っています"],
    "ko": ["제 주소는 {V}입니다", "택배는 {V}로 보내주세요", "주소: {V}", "저희 집은 {V}에 있어요",
           "{V}에서 만나요", "배송지를 {V}로 바꿔주세요", "사무실 주소는 {V}입니다", "새 주소: {V}"],
    "zh-TW": ["我的地址是{V}", "請寄到{V}，謝謝", "地址：{V}", "我住在{V}",
              "包裹送到{V}就可以", "公司在{V}", "收件地址改成{V}", "請到{V}取貨"],
    "zh-CN": ["我的地址是{V}", "请寄到{V}，谢谢", "地址：{V}", "我住在{V}",
              "快递送到{V}就行", "公司在{V}", "收货地址改成{V}", "请到{V}取件"],
}


def _value(lang, fakers, rng):
    if lang == "ja":
        return fakers["ja_JP"].address()
    if lang == "ko":
        return fakers["ko_KR"].address()
    if lang == "zh-TW":
        return fakers["zh_TW"].address()
    f = fakers["zh_CN"]
    floor = f"{rng.randint(1, 30)}楼" if rng.random() < 0.5 else ""
    return f"{f.province()}{f.city()}{f.district()}区{f.street_name()}{rng.randint(1, 999)}号{floor}"


def build(split, n_per_lang=60, seed=26):
    """Samples {"text", "lang", "spans": [(start, end, "STREET_ADDRESS")]} of one split."""
    from faker import Faker

    fakers = {}
    for loc in ("ja_JP", "ko_KR", "zh_TW", "zh_CN"):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(seed + (1 if split == "heldout" else 0))
    rng = random.Random(f"{seed}-{split}")
    out = []
    for lang, ts in TEMPLATES.items():
        ts = [t for i, t in enumerate(ts) if (i % 4 == 3) == (split == "heldout")]
        for _ in range(n_per_lang):
            v = _value(lang, fakers, rng).replace("\n", " ")
            t = rng.choice(ts)
            s = t.index("{V}")
            text = t.replace("{V}", v)
            out.append({"text": text, "lang": lang, "spans": [(s, s + len(v), "STREET_ADDRESS")]})
    return out
