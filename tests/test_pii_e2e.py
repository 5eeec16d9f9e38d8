"""PII redaction through real Envoy: several kinds and languages, entity offsets still valid
(UTF-16), per-kind modes (placeholder, mask, keyed pseudonym, drop), contact phone numbers,
location coarsening and sender pseudonyms; chat.id untouched."""

from harness import Backend, entity, message, utf16_slice

PII_KEY = "e2e-pii-key-0123456789"


def test_multilingual_kinds_are_redacted_with_valid_entities(envoy, shared_backend):
    text = (
        "Привет 👋 меня зовут Иван Петров, тел. +7 916 123-45-67. "
        "Ich heiße Anna Schmidt, IBAN DE89 3704 0044 0532 0130 00. "
        "Card 4111 1111 1111 1111, mail ivan@example.ru 🙏"
    )
    entities = [
        entity("bold", text, "Привет 👋"),
        entity("phone_number", text, "+7 916 123-45-67"),
        entity("italic", text, "IBAN DE89 3704 0044 0532 0130 00. Card"),
        entity("email", text, "ivan@example.ru"),
        dict(entity("custom_emoji", text, "🙏"), custom_emoji_id="7"),
    ]
    u = message(4101, text, user=7101, entities=entities)
    r = envoy.request(u)
    assert r.status == 200
    fwd = shared_backend.bodies()[-1]
    assert fwd["update_id"] == 4101
    new = fwd["message"]["text"]
    assert new == (
        "Привет 👋 меня зовут <PERSON_1>, тел. <PHONE_NUMBER_1>. "
        "Ich heiße <PERSON_2>, IBAN <IBAN_CODE_1>. "
        "Card <CREDIT_CARD_1>, mail <EMAIL_ADDRESS_1> 🙏"
    )
    got = [(e["type"], utf16_slice(new, e["offset"], e["length"])) for e in fwd["message"]["entities"]]
    # content entities over replaced text are dropped; formatting follows the text
    assert got == [
        ("bold", "Привет 👋"),
        ("italic", "IBAN <IBAN_CODE_1>. Card"),
        ("custom_emoji", "🙏"),
    ]
    assert fwd["message"]["chat"]["id"] == 7101


def test_signature_block_names_and_national_phones(envoy, shared_backend):
    # a signature the way people paste one: a name from the census lists with a middle
    # initial, national numbers in formats no numbering plan takes, labelled by line
    text = "Thanks!\nEsther J. Cronin\nAcme Supplies Corp.\n952 45 809 office\nPhone: 66 31 35\nOrder #4471"
    u = message(4103, text, user=7103, entities=[entity("bold", text, "Esther J. Cronin")])
    r = envoy.request(u)
    assert r.status == 200
    fwd = shared_backend.bodies()[-1]
    new = fwd["message"]["text"]
    assert new == "Thanks!\n<PERSON_1>\nAcme Supplies Corp.\n<PHONE_NUMBER_1> office\nPhone: <PHONE_NUMBER_2>\nOrder #4471"
    got = [(e["type"], utf16_slice(new, e["offset"], e["length"])) for e in fwd["message"]["entities"]]
    assert got == [("bold", "<PERSON_1>")]


def test_names_no_gazetteer_holds_in_english_text(envoy, shared_backend):
    # names no list holds, found because an English dictionary does not know their words;
    # a tool's name stays, and a street of unknown words is no name (since session 27 an
    # address: Danish "Plads" written as a word of its own)
    text = ("Hi team, please forward this to Annikki Järventaus and Idumeo van der Kolk. "
            "Deliver the Kubernetes Engine manual to Margrethes Plads 17.")
    u = message(4104, text, user=7104, entities=[entity("italic", text, "Annikki Järventaus")])
    r = envoy.request(u)
    assert r.status == 200
    fwd = shared_backend.bodies()[-1]
    new = fwd["message"]["text"]
    assert new == ("Hi team, please forward this to <PERSON_1> and <PERSON_2>. "
                   "Deliver the Kubernetes Engine manual to <STREET_ADDRESS_1>."), new
    got = [(e["type"], utf16_slice(new, e["offset"], e["length"])) for e in fwd["message"]["entities"]]
    assert got == [("italic", "<PERSON_1>")]


def test_single_names_by_the_learned_model(envoy, shared_backend):
    # one unknown word where a person is meant (the learned single-name rule), a bold entity
    # over one of them still valid; places and a product in the same message stay
    text = ("Hi Ondrej, can you check the logs again? Anyway, Radomir was right about the budget. "
            "We flew to Berlin and then took the train to Prague.")
    u = message(4105, text, user=7105, entities=[entity("bold", text, "Radomir"), entity("italic", text, "Prague")])
    r = envoy.request(u)
    assert r.status == 200
    fwd = shared_backend.bodies()[-1]
    new = fwd["message"]["text"]
    assert new == ("Hi <PERSON_1>, can you check the logs again? Anyway, <PERSON_2> was right about the budget. "
                   "We flew to Berlin and then took the train to Prague."), new
    got = [(e["type"], utf16_slice(new, e["offset"], e["length"])) for e in fwd["message"]["entities"]]
    assert got == [("bold", "<PERSON_2>"), ("italic", "Prague")]


def test_signature_block(envoy, shared_backend):
    # a pasted signature: the name and the phone number go, the company line and the
    # greetings in other languages stay (words of a greeting are never a name)
    text = ("Thanks for the quick fix!\n\nBest regards,\nTaavetti R Lepistö\nAurelix Oy\n"
            "+358 40 739 1552\n\nMuchas Gracias, Buenos Dias")
    u = message(4106, text, user=7106)
    r = envoy.request(u)
    assert r.status == 200
    new = shared_backend.bodies()[-1]["message"]["text"]
    assert new == ("Thanks for the quick fix!\n\nBest regards,\n<PERSON_1>\nAurelix Oy\n"
                   "<PHONE_NUMBER_1>\n\nMuchas Gracias, Buenos Dias"), new


def test_dialogue_speakers_and_a_company(envoy, shared_backend):
    # pasted dialogue: each speaker label is a name; a company named after no one stays
    # (the words after a finding say what it is: "Inc." makes it a company); a bold entity
    # over a name still valid
    text = ("Bulat: Who are you?\nNikolaj: I am the one who knocks. Ask Teodora Wiśniewska "
            "at Aralez Pharmaceuticals Inc. if you need more.")
    u = message(4107, text, user=7107, entities=[entity("bold", text, "Teodora Wiśniewska")])
    r = envoy.request(u)
    assert r.status == 200
    fwd = shared_backend.bodies()[-1]
    new = fwd["message"]["text"]
    assert new == ("<PERSON_1>: Who are you?\n<PERSON_2>: I am the one who knocks. Ask <PERSON_3> "
                   "at Aralez Pharmaceuticals Inc. if you need more."), new
    got = [(e["type"], utf16_slice(new, e["offset"], e["length"])) for e in fwd["message"]["entities"]]
    assert got == [("bold", "<PERSON_3>")]


def test_hard_negatives_pass_unchanged(envoy, shared_backend):
    text = "Order #123456789012 shipped, v2.14.3, total €1.299,00, id 550e8400-e29b-41d4-a716-446655440000 at 2024-05-01 13:45:12"
    u = message(4102, text, user=7102)
    r = envoy.request(u)
    assert r.status == 200
    assert shared_backend.bodies()[-1] == u


def test_modes_location_sender_and_contact(make_envoy):
    backend = Backend()
    try:
        policy = {
            "rate_limit": {"limit": 1000, "window_seconds": 60},
            "pii": {
                "modes": {"CREDIT_CARD": "mask", "EMAIL_ADDRESS": "pseudonym", "SECRET": "drop"},
                "location": "coarsen",
                "sender": "pseudonymize",
            },
        }
        e = make_envoy(backend, policy, env={"BOTWALL_PII_KEY": PII_KEY}).start()
        text = "pay with 5500 0000 0000 0004, write to maria.garcia@example.es, password: hunter2x"
        u = message(4103, text, user=7103, location={"latitude": 40.416775, "longitude": -3.703790, "horizontal_accuracy": 12})
        u["message"]["from"]["username"] = "maria_g"
        assert e.request(u).status == 200
        fwd = backend.bodies()[-1]["message"]
        masked = "pay with **** **** **** 0004, write to <EMAIL_ADDRESS_"
        assert fwd["text"].startswith(masked), fwd["text"]
        assert fwd["text"].endswith(", password: ")
        assert fwd["location"] == {"latitude": 40.42, "longitude": -3.7}
        assert fwd["from"]["first_name"].startswith("<PERSON_") and fwd["from"]["username"].startswith("user_")
        assert "maria" not in fwd["from"]["username"]
        assert fwd["chat"]["id"] == 7103 and fwd["from"]["id"] == 7103
        pseudo = fwd["text"][len("pay with **** **** **** 0004, write to ") :].split(",")[0]

        # the keyed pseudonym is stable across updates; a contact's phone is replaced whole
        u2 = message(4104, "again: maria.garcia@example.es", user=7103)
        u2["message"]["contact"] = {"phone_number": "+34 612 345 678", "first_name": "María", "user_id": 5}
        assert e.request(u2).status == 200
        fwd2 = backend.bodies()[-1]["message"]
        assert fwd2["text"] == f"again: {pseudo}"
        assert fwd2["contact"]["phone_number"] == "<PHONE_NUMBER_1>"
        assert fwd2["contact"]["user_id"] == 5
    finally:
        backend.close()


def test_surname_first_names_and_titles_that_are_no_names(envoy, shared_backend):
    # names written surname first (session 23) are redacted whole; a given name before a
    # common English word ("Paris Observatory", "Georgia Tech") is no name and stays
    text = ("Attendees for Monday:\nKowalczyk, Anna\nShaw, Amanda\n"
            "We meet at the Paris Observatory, then fly to Georgia Tech.")
    u = message(4110, text, user=7110, entities=[entity("bold", text, "Shaw, Amanda")])
    r = envoy.request(u)
    assert r.status == 200
    fwd = shared_backend.bodies()[-1]
    new = fwd["message"]["text"]
    assert new == ("Attendees for Monday:\n<PERSON_1>, <PERSON_2>\n<PERSON_3>, <PERSON_4>\n"
                   "We meet at the Paris Observatory, then fly to Georgia Tech."), new
    got = [(e["type"], utf16_slice(new, e["offset"], e["length"])) for e in fwd["message"]["entities"]]
    assert got == [("bold", "<PERSON_3>, <PERSON_4>")]


def test_cjk_and_military_addresses(envoy, shared_backend):
    # session 26: Chinese, Japanese and Korean addresses (no spaces, no street-type word after
    # the number) and a US military address; a metro line and a date with 号 stay
    text = (
        "请寄到上海市浦东新区世纪大道100号5楼，坐地铁2号线。"
        "住所：大阪府大阪市北区梅田1-1-3です。"
        "제 주소는 서울특별시 강남구 테헤란로 152입니다. "
        "Or: PSC 1234, Box 5678\nAPO AE 09012"
    )
    entities = [entity("bold", text, "住所"), entity("italic", text, "Or:")]
    u = message(4120, text, user=7120, entities=entities)
    r = envoy.request(u)
    assert r.status == 200
    fwd = shared_backend.bodies()[-1]
    assert fwd["update_id"] == 4120
    new = fwd["message"]["text"]
    assert new == (
        "请寄到<STREET_ADDRESS_1>，坐地铁2号线。"
        "住所：<STREET_ADDRESS_2>です。"
        "제 주소는 <STREET_ADDRESS_3>입니다. "
        "Or: <STREET_ADDRESS_4>"
    )
    got = [(e["type"], utf16_slice(new, e["offset"], e["length"])) for e in fwd["message"]["entities"]]
    assert got == [("bold", "住所"), ("italic", "Or:")]


def test_address_with_city_postcode_and_country(envoy, shared_backend):
    # session 27: the lines after the street (city, postcode, country) are part of the
    # address; the sentence after it is not, and a bold entity after it stays on its words
    text = "Please ship it to:\nStorgata 12\n0184 Oslo\nNorway\nThanks, see you Friday!"
    u = message(4130, text, user=7130, entities=[entity("bold", text, "see you Friday")])
    r = envoy.request(u)
    assert r.status == 200
    fwd = shared_backend.bodies()[-1]
    assert fwd["update_id"] == 4130
    new = fwd["message"]["text"]
    assert new == "Please ship it to:\n<STREET_ADDRESS_1>\nThanks, see you Friday!", new
    got = [(e["type"], utf16_slice(new, e["offset"], e["length"])) for e in fwd["message"]["entities"]]
    assert got == [("bold", "see you Friday")]


def test_separate_street_types_and_po_boxes(envoy, shared_backend):
    # session 27: a street type as a word of its own ("Berliner Straße 12") and post-office
    # boxes ("Postfach 10 01 23", "P.O. Box 234"), each with what follows it
    text = ("Neue Adresse: Berliner Straße 12, 10115 Berlin. Post bitte an Postfach 10 01 23 "
            "oder P.O. Box 234, Springfield, IL 62704.")
    u = message(4131, text, user=7131, entities=[entity("italic", text, "Neue Adresse")])
    r = envoy.request(u)
    assert r.status == 200
    fwd = shared_backend.bodies()[-1]
    assert fwd["update_id"] == 4131
    new = fwd["message"]["text"]
    assert new == ("Neue Adresse: <STREET_ADDRESS_1>. Post bitte an <STREET_ADDRESS_2> "
                   "oder <STREET_ADDRESS_3>."), new
    got = [(e["type"], utf16_slice(new, e["offset"], e["length"])) for e in fwd["message"]["entities"]]
    assert got == [("italic", "Neue Adresse")]


def test_brands_and_characters_are_no_people(envoy, shared_backend):
    # session 28: names that look like people's and are not (brands here) pass unredacted, so
    # the bot can still answer about them; a person's name beside them goes, and so does a
    # character's name that a real person plausibly has ("Walter White")
    text = "Hi Ondrej, is Hugo Boss or Tom Tailor better for a winter coat? Walter White can wait."
    u = message(4132, text, user=7132, entities=[entity("bold", text, "Tom Tailor")])
    r = envoy.request(u)
    assert r.status == 200
    fwd = shared_backend.bodies()[-1]
    assert fwd["update_id"] == 4132
    new = fwd["message"]["text"]
    assert new == "Hi <PERSON_1>, is Hugo Boss or Tom Tailor better for a winter coat? <PERSON_2> can wait.", new
    got = [(e["type"], utf16_slice(new, e["offset"], e["length"])) for e in fwd["message"]["entities"]]
    assert got == [("bold", "Tom Tailor")]
