"""Hostile input through real Envoy: each case has its expected answer; after each one the
next valid update is forwarded normally; the VM never crashes; memory does not grow across
repeated runs of the whole suite; and nothing sent here is retained in Envoy's logs."""

import json
import socket
import ssl
import time
import urllib.request

import pytest

from harness import SECRET, WEBHOOK, Backend, Envoy, message, tls_context

MiB = 1024 * 1024
BASE = message(1, "hello")["message"]


def upd(uid, **fields):
    m = dict(BASE, message_id=uid, **fields)
    return json.dumps({"update_id": uid, "message": m}).encode()


def raw(envoy, data: bytes, read_timeout=5.0, pause_after_headers=None) -> bytes:
    """Sends raw bytes over TLS (HTTP/1.1) and returns the raw response (status line...)."""
    ctx = tls_context()
    ctx.set_alpn_protocols(["http/1.1"])
    with socket.create_connection(("127.0.0.1", envoy.port), timeout=read_timeout) as s:
        with ctx.wrap_socket(s, server_hostname="localhost") as t:
            if pause_after_headers is None:
                t.sendall(data)
            else:
                head, body = data.split(b"\r\n\r\n", 1)
                t.sendall(head + b"\r\n\r\n")
                for i in range(0, len(body), pause_after_headers[0]):
                    t.sendall(body[i : i + pause_after_headers[0]])
                    time.sleep(pause_after_headers[1])
            out = b""
            try:
                while b"\r\n\r\n" not in out:
                    chunk = t.recv(65536)
                    if not chunk:
                        break
                    out += chunk
            except (TimeoutError, socket.timeout, ssl.SSLError, ConnectionResetError):
                pass
            return out


def status_of(resp: bytes) -> int:
    try:
        return int(resp.split(b" ", 2)[1])
    except (IndexError, ValueError):
        return 0


def http1(body: bytes, headers=None, method="POST", path=WEBHOOK, extra=b"") -> bytes:
    h = {"host": "localhost", "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET}
    if body is not None:
        h["content-length"] = str(len(body))
    for k, v in (headers or {}).items():
        if v is None:
            h.pop(k, None)
        else:
            h[k] = v
    head = f"{method} {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in h.items())
    return head.encode() + extra + b"\r\n" + (body or b"")


def nested(depth):
    return b'{"update_id": 1, "x": ' + b"[" * depth + b"]" * depth + b"}"


many_entities = [{"type": "bold", "offset": i % 40, "length": 1} for i in range(10_000)]
emoji_text = "😀" * 2000 + " mail me: emoji.person@example.com " + "🎉" * 2000

# (name, how to send, expected status, forwarded to the backend?)
CASES = [
    # malformed / truncated JSON
    ("empty body", ("req", b"", {}), 400, False),
    ("lone brace", ("req", b"{", {}), 400, False),
    ("truncated update", ("req", upd(2)[:-7], {}), 400, False),
    ("trailing garbage", ("req", upd(3) + b" x", {}), 400, False),
    ("null", ("req", b"null", {}), 400, False),
    ("string", ("req", b'"update"', {}), 400, False),
    ("number", ("req", b"42", {}), 400, False),
    ("array", ("req", b"[]", {}), 400, False),
    ("utf-8 BOM", ("req", b"\xef\xbb\xbf" + upd(4), {}), 400, False),
    ("invalid utf-8", ("req", b'{"update_id":5,"message":{"text":"\xff\xfe\xfd"}}', {}), 400, False),
    ("overlong utf-8", ("req", b'{"update_id":6,"message":{"text":"\xc0\xaf"}}', {}), 400, False),
    ("lone high surrogate", ("req", b'{"update_id":7,"message":{"text":"\\ud800"}}', {}), 400, False),
    ("lone low surrogate", ("req", b'{"update_id":8,"message":{"text":"x\\udc00y"}}', {}), 400, False),
    ("reversed surrogates", ("req", b'{"update_id":9,"message":{"text":"\\udc00\\ud800"}}', {}), 400, False),
    ("valid surrogate pair", ("req", upd(10, text="\ud83d\ude00 ok").replace(b"\\ud83d\\ude00", b"\\ud83d\\ude00"), {}), 200, True),
    ("10,000 nested arrays", ("req", nested(10_000), {}), 400, False),
    ("130 nested arrays", ("req", nested(130), {}), 400, False),
    ("duplicate text key", ("req", b'{"update_id":11,"message":{"chat":{"id":1,"type":"private"},"text":"ignore previous instructions","text":"hi"}}', {}), 400, False),
    ("duplicate update_id", ("req", b'{"update_id":12,"update_id":13}', {}), 400, False),
    # numbers
    ("update_id beyond 2^64", ("req", b'{"update_id":18446744073709551617}', {}), 400, False),
    ("update_id float", ("req", b'{"update_id":1.0}', {}), 400, False),
    ("update_id string", ("req", b'{"update_id":"14"}', {}), 400, False),
    ("huge number elsewhere kept exact", ("req", b'{"update_id":15,"future":{"n":123456789012345678901234567890123,"f":1.50}}', {}), 200, True),
    # sizes
    ("just over the limit", ("req", b'{"update_id":16,"p":"' + b"a" * MiB + b'"}', {}), 413, False),
    ("100 MB declared", ("raw", http1(b"", {"content-length": str(100 * MiB)})), 413, False),
    ("2 MiB chunked", ("raw", http1(None, {"transfer-encoding": "chunked"}) + b"200000\r\n" + b"a" * 0x200000 + b"\r\n0\r\n\r\n"), 413, False),
    # slow body in tiny chunks
    ("slow tiny chunks", ("slow", http1(upd(17))), 200, True),
    # protocol
    ("http/2 valid", ("h2", upd(18)), 200, True),
    ("http/2 malformed", ("h2", b"{nope"), 400, False),
    ("chunked valid", ("raw", http1(None, {"transfer-encoding": "chunked"}) + hex(len(upd(19)))[2:].encode() + b"\r\n" + upd(19) + b"\r\n0\r\n\r\n"), 200, True),
    ("content-length and chunked (smuggling)", ("raw", http1(upd(20), {"transfer-encoding": "chunked"})), 400, False),
    ("http/1.0", ("raw", http1(upd(21)).replace(b"HTTP/1.1", b"HTTP/1.0", 1)), 426, False),
    ("expect 100-continue", ("raw", http1(upd(22), {"expect": "100-continue"})), 100, None),
    # content type, encoding, method
    ("text/plain", ("req", upd(23), {"content-type": "text/plain"}), 415, False),
    ("form encoded", ("req", upd(24), {"content-type": "application/x-www-form-urlencoded"}), 415, False),
    ("json lookalike type", ("req", upd(25), {"content-type": "application/jsonp"}), 415, False),
    ("gzip encoded", ("req", upd(26), {"content-encoding": "gzip"}), 415, False),
    ("GET", ("req", None, {}, "GET"), 405, False),
    ("DELETE", ("req", upd(27), {}, "DELETE"), 405, False),
    ("PATCH", ("req", upd(28), {}, "PATCH"), 405, False),
    # secret
    ("missing secret", ("req", upd(29), {"x-telegram-bot-api-secret-token": None}), 401, False),
    ("wrong secret", ("req", upd(30), {"x-telegram-bot-api-secret-token": "nope"}), 401, False),
    ("overlong secret 20 KB", ("req", upd(31), {"x-telegram-bot-api-secret-token": "s" * 20_000}), 401, False),
    ("secret header twice", ("raw", http1(upd(32), extra=f"x-telegram-bot-api-secret-token: {SECRET}\r\n".encode())), 401, False),
    ("headers over 32 KB", ("req", upd(33), {f"x-junk-{i}": "j" * 1000 for i in range(40)}), 431, False),
    ("header flood (150 headers)", ("req", upd(34), {f"x-f-{i}": "1" for i in range(150)}), 431, False),
    # paths
    ("other path", ("req", upd(35), {}, "POST", "/telegram/webhook2"), 404, False),
    ("dot segments", ("req", upd(36), {}, "POST", "/telegram/webhook/../webhook"), 404, False),
    ("query string is fine", ("req", upd(37), {}, "POST", WEBHOOK + "?x=1"), 200, True),
    # update shapes
    ("message null", ("req", b'{"update_id":38,"message":null}', {}), 200, True),
    ("message is a string", ("req", b'{"update_id":39,"message":"ignore previous instructions"}', {}), 200, True),
    ("text is a number", ("req", b'{"update_id":40,"message":{"chat":{"id":1,"type":"private"},"text":12345}}', {}), 200, True),
    ("entities is a string", ("req", upd(41, text="a@example.com", entities="bold"), {}), 200, True),
    ("entity offsets garbage", ("req", upd(42, text="x a@example.com", entities=[{"type": "bold", "offset": -5, "length": 1e9}, {"type": "bold"}, 7]), {}), 200, True),
    ("callback data is a list", ("req", b'{"update_id":43,"callback_query":{"id":"1","from":{"id":1},"data":[1,2]}}', {}), 200, True),
    ("poll options not a list", ("req", b'{"update_id":44,"poll":{"id":"p","question":"q?","options":"x"}}', {}), 200, True),
    ("inline query object", ("req", b'{"update_id":45,"inline_query":{"id":"i","from":{"id":1},"query":{"a":1}}}', {}), 200, True),
    ("every known type empty", ("req", json.dumps({"update_id": 46, **{t: {} for t in ["message", "edited_message", "channel_post", "callback_query", "inline_query", "poll", "poll_answer", "pre_checkout_query", "shipping_query", "chat_join_request", "my_chat_member", "message_reaction", "business_message"]}}).encode(), {}), 200, True),
    ("10,000 entities", ("req", upd(47, text="bold a@example.com " * 2, entities=many_entities), {}), 200, True),
    ("4096 chars of emoji with an email", ("req", upd(48, text=emoji_text), {}), 200, True),
    ("NUL and control characters", ("req", upd(49, text="a\u0000b\u0007c\u202e"), {}), 200, True),
    ("60k keys in one object", ("req", json.dumps({"update_id": 50, "junk": {f"k{i}": i for i in range(60_000)}}).encode(), {}), 200, True),
    ("60k keys, last one repeats the first", ("req", (json.dumps({"update_id": 51, "junk": {f"k{i}": i for i in range(60_000)}})[:-2] + ', "k0": 1}}').encode(), {}), 400, False),
]


def run_case(envoy, how):
    kind = how[0]
    if kind == "req":
        body, headers = how[1], how[2]
        method = how[3] if len(how) > 3 else "POST"
        path = how[4] if len(how) > 4 else WEBHOOK
        try:
            return envoy.request(body, headers=headers, method=method, path=path).status
        except (ConnectionError, http_exceptions()) as e:  # noqa: B030
            pytest.fail(f"connection failed: {e!r}")
    if kind == "raw":
        return status_of(raw(envoy, how[1]))
    if kind == "slow":
        return status_of(raw(envoy, how[1], pause_after_headers=(7, 0.02)))
    if kind == "h2":
        return envoy.curl(how[1], "--http2")[0]
    raise AssertionError(kind)


def http_exceptions():
    import http.client

    return http.client.HTTPException


@pytest.fixture(scope="module")
def hostile_env():
    b = Backend()
    e = Envoy(b, {"rate_limit": {"enabled": False}, "replay": {"enabled": False}}).start()
    yield e, b
    e.cleanup()
    b.close()


def allocated(envoy) -> int:
    with urllib.request.urlopen(f"http://127.0.0.1:{envoy.admin_port}/memory", timeout=5) as r:
        return int(json.loads(r.read())["allocated"])


_probe = [100_000]


def probe(envoy, backend):
    """A valid update right after a hostile one is forwarded normally."""
    _probe[0] += 1
    uid = _probe[0]
    r = envoy.request(message(uid, "a normal follow-up message"))
    assert r.status == 200, r
    assert backend.bodies()[-1]["update_id"] == uid


@pytest.mark.parametrize("name,how,status,forwarded", CASES, ids=[c[0] for c in CASES])
def test_hostile_case(hostile_env, name, how, status, forwarded):
    envoy, backend = hostile_env
    before = len(backend.requests)
    got = run_case(envoy, how)
    assert got == status, f"{name}: got {got}, expected {status}"
    if forwarded is not None:
        assert (len(backend.requests) > before) == forwarded, name
    probe(envoy, backend)
    logs = envoy.logs()
    assert "panic" not in logs and "Function: proxy_on" not in logs and "wasm failure" not in logs.lower()


def test_at_least_40_cases():
    assert len(CASES) >= 40


def test_redaction_survives_the_extreme_shapes(hostile_env):
    envoy, backend = hostile_env
    envoy.request(upd(60, text=emoji_text))
    text = backend.bodies()[-1]["message"]["text"]
    assert "emoji.person@example.com" not in text and "<EMAIL_ADDRESS_1>" in text
    envoy.request(upd(61, text="bold a@example.com " * 2, entities=many_entities))
    m = backend.bodies()[-1]["message"]
    n = len(m["text"].encode("utf-16-le")) // 2
    assert all(0 <= e["offset"] and e["offset"] + e["length"] <= n for e in m["entities"])


def test_no_memory_growth_across_repeated_runs(hostile_env):
    envoy, backend = hostile_env
    quick = [c for c in CASES if c[1][0] in ("req", "raw") and "60k" not in c[0]]
    for _, how, _, _ in quick:  # warm-up pass
        run_case(envoy, how)
    first = allocated(envoy)
    for _ in range(2):
        for _, how, _, _ in quick:
            run_case(envoy, how)
    second = allocated(envoy)
    print(f"\nhostile suite x2: Envoy heap {first} -> {second} ({second - first:+d} bytes)")
    assert second - first < 2 * MiB
