"""Labelled PII evaluation set, generated in code (Faker + own generators).

Every sample is {"text": str, "spans": [[start, end, kind], ...]} with code-point offsets.
Two splits: "dev" (templates with index % 4 != 3, seed 1) used while tuning, and "heldout"
(templates with index % 4 == 3, seed 2), never looked at while tuning. Benign messages
(hard negatives: order numbers, timestamps, versions, prices, tracking codes, UUIDs,
hashes, counts, capitalised non-names) are split the same way.
"""

import base64
import hashlib
import json
import random
import string

from faker import Faker
import phonenumbers

LOCALES = {
    "en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT",
    "nl_NL": "NL", "pl_PL": "PL", "pt_BR": "BR", "ru_RU": "RU", "uk_UA": "UA", "tr_TR": "TR",
    "en_IN": "IN", "ja_JP": "JP", "ko_KR": "KR", "zh_CN": "CN",
}
LANG = {"en_US": "en", "en_GB": "en", "en_IN": "en", "de_DE": "de", "fr_FR": "fr", "es_ES": "es",
        "it_IT": "it", "nl_NL": "nl", "pl_PL": "pl", "pt_BR": "pt", "ru_RU": "ru", "uk_UA": "uk",
        "tr_TR": "tr", "ja_JP": "ja", "ko_KR": "ko", "zh_CN": "zh"}

# Templates: {V} is the value. Per language, generic "here is my X" sentences.
T = {
    "EMAIL_ADDRESS": {
        "en": ["my email is {V}", "write to {V} please", "Contact: {V}", "send the invoice to {V} asap", "{V} is my work address", "ping me at {V}, thanks!"],
        "de": ["Meine E-Mail: {V}", "schreib mir an {V}", "Bitte an {V} senden.", "Kontakt {V}"],
        "fr": ["mon e-mail est {V}", "écrivez-moi à {V}", "Contact : {V}", "envoyez à {V} svp"],
        "es": ["mi correo es {V}", "escríbeme a {V}", "Correo: {V}", "mándalo a {V}"],
        "ru": ["моя почта {V}", "пишите на {V}", "Email: {V}", "отправь на {V} пожалуйста"],
        "zh": ["我的邮箱是{V}", "请发到 {V}"], "ja": ["メールは {V} です", "連絡先：{V}"],
    },
    "PHONE_NUMBER": {
        "en": ["call me at {V}", "my number is {V}", "Phone: {V}", "text me on {V} after 6", "{V} is my cell", "reach me at {V} tomorrow"],
        "de": ["ruf mich an: {V}", "Meine Nummer ist {V}", "Tel. {V}", "Handy {V}"],
        "fr": ["appelle-moi au {V}", "mon numéro : {V}", "Tél : {V}", "mon portable {V}"],
        "es": ["llámame al {V}", "mi teléfono es {V}", "Móvil: {V}", "mi número {V}"],
        "it": ["chiamami al {V}", "il mio numero è {V}", "Cellulare: {V}", "tel {V}"],
        "nl": ["bel me op {V}", "mijn nummer is {V}", "Telefoon: {V}", "mobiel {V}"],
        "pl": ["zadzwoń pod {V}", "mój numer to {V}", "Tel.: {V}", "komórka {V}"],
        "pt": ["me liga no {V}", "meu celular é {V}", "Telefone: {V}", "número {V}"],
        "ru": ["позвони мне {V}", "мой номер {V}", "Тел.: {V}", "телефон {V}"],
        "uk": ["подзвони мені {V}", "мій номер {V}", "Тел.: {V}", "телефон {V}"],
        "tr": ["beni ara {V}", "numaram {V}", "Tel: {V}", "cep {V}"],
        "ja": ["電話番号は{V}です", "携帯 {V}", "連絡は {V} まで", "TEL {V}"],
        "ko": ["전화번호는 {V}입니다", "연락처 {V}", "휴대폰 {V}", "번호 {V}"],
        "zh": ["我的电话是{V}", "手机 {V}", "请打 {V}", "联系电话：{V}"],
    },
    "CREDIT_CARD": {
        "en": ["my card is {V}", "card number {V} exp 12/27", "charge {V} please", "Visa: {V}"],
        "de": ["Kartennummer {V}", "meine Karte: {V}"], "fr": ["ma carte {V}", "numéro de carte : {V}"],
        "es": ["mi tarjeta es {V}", "tarjeta {V}"], "ru": ["номер карты {V}", "карта {V}"],
        "it": ["la mia carta {V}", "carta {V}"], "pt": ["meu cartão {V}", "cartão: {V}"],
    },
    "IBAN_CODE": {
        "en": ["my IBAN is {V}", "pay to {V}", "IBAN: {V}", "transfer to {V} please"],
        "de": ["IBAN {V}", "überweise auf {V}", "Kontonummer: {V}"], "fr": ["mon IBAN : {V}", "virement sur {V}"],
        "es": ["mi IBAN es {V}", "transferencia a {V}"], "it": ["IBAN: {V}", "bonifico su {V}"],
        "nl": ["rekening {V}", "mijn IBAN is {V}"], "pl": ["numer konta {V}", "przelew na {V}"],
    },
    "IP_ADDRESS": {
        "en": ["server is at {V}", "my IP is {V}", "ssh into {V} and restart", "blocked {V} yesterday", "ping {V}"],
        "de": ["meine IP ist {V}", "Server {V} ist down"], "ru": ["мой айпи {V}", "сервер {V} не отвечает"],
        "es": ["mi IP es {V}", "el servidor {V} no responde"],
    },
    "CRYPTO": {
        "en": ["send BTC to {V}", "my wallet: {V}", "ETH address {V}", "donate at {V}"],
        "de": ["meine Wallet {V}"], "ru": ["кошелёк {V}"], "es": ["mi billetera {V}"],
    },
    "US_SSN": {"en": ["my SSN is {V}", "SSN: {V}", "social security number {V}", "ssn {V} for the form"]},
    "UK_NINO": {"en": ["my NI number is {V}", "National Insurance: {V}", "NINO {V}", "NI no. {V}"]},
    "ES_NIF": {"es": ["mi DNI es {V}", "NIF: {V}", "DNI {V}", "con NIF {V}"]},
    "ES_NIE": {"es": ["mi NIE es {V}", "NIE: {V}", "tengo el NIE {V}", "número de extranjero {V}"]},
    "IT_FISCAL_CODE": {"it": ["il mio codice fiscale è {V}", "CF: {V}", "codice fiscale {V}", "C.F. {V}"]},
    "PL_PESEL": {"pl": ["mój PESEL to {V}", "PESEL: {V}", "numer PESEL {V}", "pesel {V}"]},
    "NL_BSN": {"nl": ["mijn BSN is {V}", "BSN: {V}", "burgerservicenummer {V}", "bsn {V}"]},
    "BR_CPF": {"pt": ["meu CPF é {V}", "CPF: {V}", "cpf {V}", "CPF nº {V}"]},
    "IN_AADHAAR": {"en": ["my Aadhaar is {V}", "Aadhaar no: {V}", "aadhaar {V}", "UID {V}"]},
    "FR_NIR": {"fr": ["mon numéro de sécurité sociale est {V}", "NIR : {V}", "n° sécu {V}", "numéro INSEE {V}"]},
    "DE_TAX_ID": {"de": ["meine Steuer-ID ist {V}", "Steuer-IdNr.: {V}", "Steueridentifikationsnummer {V}", "Tax ID {V}"]},
    "DATE_OF_BIRTH": {
        "en": ["I was born on {V}", "DOB: {V}", "date of birth {V}", "born {V} in Ohio"],
        "de": ["ich bin am {V} geboren", "Geburtsdatum: {V}"], "fr": ["je suis né le {V}", "date de naissance : {V}"],
        "es": ["nací el {V}", "fecha de nacimiento: {V}"], "it": ["sono nato il {V}", "data di nascita {V}"],
        "ru": ["я родился {V}", "дата рождения: {V}"], "pl": ["urodziłem się {V}", "data urodzenia {V}"],
        "pt": ["nasci em {V}", "data de nascimento: {V}"],
    },
    "STREET_ADDRESS": {
        "en": ["I live at {V}", "ship it to {V}, thanks", "address: {V}", "deliver to {V} please"],
        "de": ["ich wohne in der {V}", "Adresse: {V}"], "fr": ["j'habite au {V}", "adresse : {V}"],
        "es": ["vivo en {V}", "dirección: {V}"], "it": ["abito in {V}", "indirizzo: {V}"],
        "nl": ["ik woon op {V}", "adres: {V}"], "pl": ["mieszkam przy {V}", "adres: {V}"],
        "pt": ["moro na {V}", "endereço: {V}"], "ru": ["я живу по адресу {V}", "адрес: {V}"],
    },
    "PERSON": {
        "en": ["my name is {V}", "I'm {V}, nice to meet you", "please forward this to {V}", "{V} will join the call", "ask {V} about it", "Dear {V},"],
        "de": ["ich heiße {V}", "mein Name ist {V}", "frag {V} danach", "{V} kommt morgen"],
        "fr": ["je m'appelle {V}", "demande à {V}", "{V} arrive demain", "Bonjour {V},"],
        "es": ["me llamo {V}", "pregúntale a {V}", "{V} llega mañana", "Hola {V},"],
        "it": ["mi chiamo {V}", "chiedi a {V}", "{V} arriva domani"],
        "nl": ["ik heet {V}", "vraag het aan {V}", "{V} komt morgen"],
        "pl": ["nazywam się {V}", "zapytaj {V}", "{V} przyjdzie jutro"],
        "pt": ["meu nome é {V}", "pergunte ao {V}", "{V} chega amanhã"],
        "ru": ["меня зовут {V}", "спроси у {V}", "{V} придёт завтра"],
        "uk": ["мене звати {V}", "{V} прийде завтра"],
        "tr": ["benim adım {V}", "{V} yarın geliyor"],
        "ja": ["私の名前は{V}です", "{V}さんに聞いて"], "ko": ["제 이름은 {V}입니다", "{V}씨에게 물어보세요"],
        "zh": ["我叫{V}", "请问{V}先生在吗"],
    },
    "SECRET": {
        "en": ["here is the token {V}", "use key {V} for prod", "my bot token: {V}", "{V}", "api key {V} (don't share)", "set SECRET to {V}"],
    },
    "SECRET_KV": {
        "en": ["password: {V}", "my password is {V}", "pin: {V}"], "de": ["Passwort: {V}"], "ru": ["пароль: {V}"],
        "es": ["contraseña: {V}"], "fr": ["mot de passe : {V}"],
    },
}

BENIGN = [
    "Order #{ORD} has shipped, tracking {TRK}", "invoice INV-{Y}-{N6} is due on {DATE}", "meeting at {TIME} in room {N3}",
    "upgrade to version {VER} fixes it", "the build {N4} failed at {TS}", "it costs ${PRICE} or €{PRICE2}",
    "request id {UUID}", "commit {SHA1} broke the tests", "sha256: {SHA256}", "we have {COUNT} subscribers now",
    "the video got {COUNT} views", "Apple Watch vs Galaxy Watch, which is better?", "I visited New York and Paris last May",
    "Let's meet on Monday at 10:30", "The Lord of the Rings is my favourite book", "see ISBN 978-3-16-148410-0",
    "Bestellung Nr. {ORD} wurde versendet", "Rechnung {N8} vom {DATE}", "Version {VER} ist da", "Preis: {PRICE2} €",
    "Commande n° {ORD} expédiée", "la facture {N8} est payée", "prix {PRICE2} €", "rendez-vous à {TIME}",
    "Pedido {ORD} enviado", "factura {N8}", "cuesta {PRICE2} €", "la versión {VER} ya salió",
    "Ordine {ORD} spedito", "fattura n. {N8}", "Bestelling {ORD} is onderweg", "Zamówienie {ORD} wysłane",
    "Pedido {ORD} enviado, rastreio {TRK}", "Заказ №{ORD} отправлен", "счёт {N8} оплачен", "версия {VER} вышла",
    "цена {PRICE2} руб", "встреча в {TIME}", "Sipariş {ORD} kargoya verildi", "注文番号 {ORD} を発送しました",
    "订单号 {ORD} 已发货", "주문 {ORD} 배송 시작", "temperature is {TEMP}°C today", "score was {N2}:{N2b}",
    "the year {Y} was wild", "page {N3} of {N4}", "step {N2} of {N2b}", "chapter {N2}, verse {N2b}",
    "Thanks, see you on Friday!", "Hello from Berlin 👋", "Great job team, the Q3 numbers look good",
    "Can you send me the PDF?", "Hallo zusammen, wie geht's?", "Merci beaucoup pour votre aide",
    "¿Dónde está la estación?", "Grazie mille!", "Привет, как дела?", "Дякую за допомогу", "ありがとうございます",
    "谢谢你的帮助", "감사합니다", "Teşekkürler, görüşürüz", "Obrigado pela ajuda", "Dziękuję bardzo",
    "call me when you land", "my phone died, sorry", "the IBAN field is optional", "what's your email?",
    "coordinates 48.8584, 2.2945 are the Eiffel Tower", "PR #{N4} merged into main", "issue {N5} is fixed",
    "listening on 0.0.0.0:8080", "localhost:3000 works", "timestamp {EPOCH}", "epoch {EPOCH} ms",
    "it took {N3} ms", "{N2} items in cart", "top {N2} results", "flight LH{N4} departs at {TIME}",
    "my score: {COUNT} points", "UPS tracking {UPS}", "barcode {EAN}", "MAC {MAC}", "color #{HEX6}",
    "Microsoft Teams link expired", "Victoria Station is closed", "the Jordan River is low this year", "Paris Saint-Germain won",
]


def luhn_ok(num):
    d = [int(c) for c in num][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + s


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_addr(rng, nbytes=20):
    data = [0]
    acc, bits = 0, 0
    for b in bytes(rng.getrandbits(8) for _ in range(nbytes)):
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = "bc"
    values = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]


def aadhaar(rng):
    """12 digits, first 2-9, Verhoeff check digit (Faker's aadhaar_id uses Luhn, which is wrong)."""
    body = [rng.randint(2, 9)] + [rng.randint(0, 9) for _ in range(10)]
    c = 0
    for i, x in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][x]]
    return "".join(map(str, body)) + str(_VINV[c])


def de_tax_id(rng):
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(9)]
        counts = [digits.count(x) for x in set(digits)]
        if sorted(counts, reverse=True)[0] not in (2, 3) or sum(1 for c in counts if c >= 2) != 1:
            continue
        product = 10
        for x in digits:
            s = (x + product) % 10 or 10
            product = (s * 2) % 11
        return "".join(map(str, digits)) + str((11 - product) % 10)


def nino(rng):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = "".join(rng.choice(string.digits) for _ in range(6))
    s = rng.choice("ABCD")
    return rng.choice([f"{p}{d}{s}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"])


def rand(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def secret(rng):
    a = string.ascii_letters + string.digits
    k = rng.randrange(10)
    if k == 0:
        return f"{rng.randint(10**8, 10**10 - 1)}:AA{rand(rng, a + '_-', 33)}"
    if k == 1:
        return "sk-proj-" + rand(rng, a + "_-", 48)
    if k == 2:
        return "sk-ant-api03-" + rand(rng, a + "_-", 60)
    if k == 3:
        return "AKIA" + rand(rng, string.ascii_uppercase + string.digits, 16)
    if k == 4:
        return "ghp_" + rand(rng, a, 36)
    if k == 5:
        return "glpat-" + rand(rng, a + "_-", 20)
    if k == 6:
        return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**10, 10**11)}-{rand(rng, a, 24)}"
    if k == 7:
        return "sk_live_" + rand(rng, a, 24)
    if k == 8:
        def b64(o):
            return base64.urlsafe_b64encode(json.dumps(o).encode()).decode().rstrip("=")
        return f"{b64({'alg': 'HS256', 'typ': 'JWT'})}.{b64({'sub': str(rng.randint(1, 10**6)), 'iat': rng.randint(10**9, 2 * 10**9)})}.{rand(rng, a + '_-', 43)}"
    return "AIza" + rand(rng, a + "_-", 35)


def fmt_dob(rng, lang, d):
    months = {
        "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    }
    k = rng.randrange(4)
    if k == 0:
        return d.strftime("%d.%m.%Y")
    if k == 1:
        return d.strftime("%m/%d/%Y") if lang == "en" else d.strftime("%d/%m/%Y")
    if k == 2:
        return d.strftime("%Y-%m-%d")
    m = months.get(lang)
    if not m:
        return d.strftime("%d.%m.%Y")
    name = m[d.month - 1]
    if lang == "en":
        return rng.choice([f"{name} {d.day}, {d.year}", f"{d.day} {name} {d.year}"])
    if lang == "es":
        return f"{d.day} de {name} de {d.year}"
    if lang == "de":
        return f"{d.day}. {name} {d.year}"
    return f"{d.day} {name} {d.year}"


def value(kind, rng, fakers):
    """A (locale, value) pair for kind."""
    if kind == "EMAIL_ADDRESS":
        loc = rng.choice(list(LOCALES))
        return loc, fakers["en_US"].email() if loc in ("ja_JP", "zh_CN", "ko_KR") else fakers[loc].email()
    if kind == "PHONE_NUMBER":
        for _ in range(50):
            loc = rng.choice(list(LOCALES))
            raw = fakers[loc].phone_number()
            try:
                pn = phonenumbers.parse(raw, LOCALES[loc])
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(pn):
                continue
            style = rng.randrange(4)
            if style == 1:
                raw = phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            elif style == 2:
                raw = phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.E164)
            elif style == 3:
                raw = phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.NATIONAL)
            return loc, raw
        return "en_US", "+1 202 555 0147"
    if kind == "CREDIT_CARD":
        n = fakers["en_US"].credit_card_number(card_type=rng.choice(["visa16", "mastercard", "amex", "discover", "jcb16", "visa13"]))
        if rng.random() < 0.5 and len(n) == 16:
            n = " ".join(n[i:i + 4] for i in range(0, 16, 4))
        return "en_US", n
    if kind == "IBAN_CODE":
        loc = rng.choice(["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "pt_BR", "uk_UA", "tr_TR"])
        v = fakers[loc].iban()
        if rng.random() < 0.5:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return loc, v
    if kind == "IP_ADDRESS":
        f = fakers["en_US"]
        return "en_US", rng.choice([f.ipv4_public(), f.ipv4_private(), f.ipv6()])
    if kind == "CRYPTO":
        k = rng.randrange(3)
        if k == 0:
            return "en_US", b58check(rng.choice([0, 5]), bytes(rng.getrandbits(8) for _ in range(20)))
        if k == 1:
            return "en_US", bech32_addr(rng)
        return "en_US", "0x" + rand(rng, "0123456789abcdef", 40)
    if kind == "US_SSN":
        return "en_US", fakers["en_US"].ssn()
    if kind == "UK_NINO":
        return "en_GB", nino(rng)
    if kind == "ES_NIF":
        return "es_ES", fakers["es_ES"].nif()
    if kind == "ES_NIE":
        return "es_ES", fakers["es_ES"].nie()
    if kind == "IT_FISCAL_CODE":
        return "it_IT", fakers["it_IT"].ssn()
    if kind == "PL_PESEL":
        return "pl_PL", fakers["pl_PL"].pesel()
    if kind == "NL_BSN":
        return "nl_NL", fakers["nl_NL"].ssn()
    if kind == "BR_CPF":
        v = fakers["pt_BR"].cpf()
        return "pt_BR", v if rng.random() < 0.6 else v.replace(".", "").replace("-", "")
    if kind == "IN_AADHAAR":
        v = aadhaar(rng)
        return "en_IN", v if rng.random() < 0.5 else f"{v[:4]} {v[4:8]} {v[8:]}"
    if kind == "FR_NIR":
        return "fr_FR", fakers["fr_FR"].ssn()
    if kind == "DE_TAX_ID":
        return "de_DE", de_tax_id(rng)
    if kind == "DATE_OF_BIRTH":
        loc = rng.choice(list(LOCALES))
        return loc, fmt_dob(rng, LANG[loc], fakers[loc].date_of_birth(minimum_age=16, maximum_age=90))
    if kind == "STREET_ADDRESS":
        loc = rng.choice(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR", "ru_RU"])
        return loc, fakers[loc].street_address()
    if kind == "PERSON":
        loc = rng.choice(list(LOCALES))
        f = fakers[loc]
        if loc in ("zh_CN", "ko_KR"):
            return loc, f.last_name() + f.first_name()
        if loc == "ja_JP":
            return loc, f.last_name() + " " + f.first_name()
        if loc in ("ru_RU", "uk_UA") and rng.random() < 0.5:
            return loc, f.last_name() + " " + f.first_name()
        return loc, f.first_name() + " " + f.last_name()
    if kind == "SECRET":
        return "en_US", secret(rng)
    if kind == "SECRET_KV":
        a = string.ascii_letters + string.digits
        return "en_US", rng.choice([rand(rng, a, rng.randint(8, 14)), rand(rng, a, 6) + "!" + rand(rng, a, 3), str(rng.randint(1000, 999999))])
    raise ValueError(kind)


def templates_for(kind, lang, split):
    all_t = T[kind]
    ts = all_t.get(lang) or all_t.get("en") or next(iter(all_t.values()))
    idx = [i for i in range(len(ts)) if (i % 4 == 3) == (split == "heldout")]
    if not idx:
        idx = list(range(len(ts)))
    return [ts[i] for i in idx]


def fill_benign(tpl, rng):
    def r(n):
        return str(rng.randint(10 ** (n - 1), 10**n - 1))
    subs = {
        "ORD": lambda: rng.choice([r(6), r(8), r(10), r(12), "A" + r(7), f"{r(3)}-{r(7)}-{r(7)}"]),
        "TRK": lambda: rng.choice(["1Z" + rand(rng, string.ascii_uppercase + string.digits, 16), r(12), "JD" + r(18), "RR" + r(9) + "DE"]),
        "Y": lambda: str(rng.randint(1990, 2030)), "N6": lambda: r(6), "N8": lambda: r(8), "N3": lambda: r(3),
        "N4": lambda: r(4), "N5": lambda: r(5), "N2": lambda: str(rng.randint(1, 99)), "N2b": lambda: str(rng.randint(1, 99)),
        "DATE": lambda: rng.choice([f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2020, 2027)}", f"{rng.randint(2020, 2027)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"]),
        "TIME": lambda: f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        "TS": lambda: f"{rng.randint(2020, 2027)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        "VER": lambda: rng.choice([f"{rng.randint(0, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}", f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 999)}"]),
        "PRICE": lambda: f"{rng.randint(1, 9999)}.{rng.randint(0, 99):02d}", "PRICE2": lambda: f"{rng.randint(1, 9999)},{rng.randint(0, 99):02d}",
        "UUID": lambda: str(__import__("uuid").UUID(int=rng.getrandbits(128))),
        "SHA1": lambda: rand(rng, "0123456789abcdef", 40), "SHA256": lambda: rand(rng, "0123456789abcdef", 64),
        "COUNT": lambda: rng.choice([f"{rng.randint(1, 999)},{r(3)},{r(3)}", f"{rng.randint(1, 999)} {r(3)} {r(3)}", r(7), f"{rng.randint(1, 999)}.{r(3)}.{r(3)}"]),
        "TEMP": lambda: str(rng.randint(-20, 40)), "EPOCH": lambda: str(rng.randint(1_500_000_000, 1_900_000_000)) + rng.choice(["", r(3)]),
        "UPS": lambda: "1Z" + rand(rng, string.ascii_uppercase + string.digits, 16), "EAN": lambda: r(13),
        "MAC": lambda: ":".join(rand(rng, "0123456789ABCDEF", 2) for _ in range(6)), "HEX6": lambda: rand(rng, "0123456789abcdef", 6),
    }
    out = tpl
    for k, f in subs.items():
        while "{" + k + "}" in out:
            out = out.replace("{" + k + "}", f(), 1)
    return out


def build(split, n_per_kind=60, n_benign=1000, seed=None):
    """The samples and benign messages of `split`; `seed` overrides the split's seed (the
    committed unit-test set, `pii_floor_set.py`, uses dev templates with seed 3)."""
    if seed is None:
        seed = 1 if split == "dev" else 2
    rng = random.Random(seed)
    fakers = {}
    for i, loc in enumerate(LOCALES):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(seed * 100 + i)
    Faker.seed(seed)
    samples = []
    for kind in T:
        for _ in range(n_per_kind):
            loc, v = value(kind, rng, fakers)
            lang = LANG[loc]
            tpl = rng.choice(templates_for(kind, lang, split))
            a, b = tpl.split("{V}")
            label = "SECRET" if kind == "SECRET_KV" else kind
            samples.append({"text": a + v + b, "spans": [[len(a), len(a) + len(v), label]]})
    # multi-entity messages
    for _ in range(n_per_kind * 2):
        parts, spans, text = [], [], ""
        for kind in rng.sample([k for k in T if k != "SECRET_KV"], 3):
            loc, v = value(kind, rng, fakers)
            tpl = rng.choice(templates_for(kind, "en", split))
            a, b = tpl.split("{V}")
            if text:
                text += rng.choice(["; ", ". ", "\n", ", and "])
            spans.append([len(text) + len(a), len(text) + len(a) + len(v), kind])
            text += a + v + b
        samples.append({"text": text, "spans": spans})
    benign_t = [t for i, t in enumerate(BENIGN) if (i % 4 == 3) == (split == "heldout")]
    benign = [{"text": fill_benign(rng.choice(benign_t), rng), "spans": []} for _ in range(n_benign)]
    return samples, benign


if __name__ == "__main__":
    import sys
    s, b = build(sys.argv[1] if len(sys.argv) > 1 else "dev", 3, 5)
    for x in s + b:
        print(json.dumps(x, ensure_ascii=False))
