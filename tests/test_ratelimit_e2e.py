"""Rate limiting and replay protection in a real Envoy with two worker threads: the
limiter's state is shared through proxy-wasm shared data with compare-and-swap."""

import http.client
import json
import threading
import time
import urllib.request

from harness import SECRET, WEBHOOK, message, tls_context


def send_many(envoy, updates):
    """Sends updates over one keep-alive TLS connection; returns (update_id, status, body)."""
    conn = http.client.HTTPSConnection("127.0.0.1", envoy.port, context=tls_context(), timeout=10)
    out = []
    try:
        for u in updates:
            conn.request(
                "POST",
                WEBHOOK,
                body=json.dumps(u),
                headers={"content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET},
            )
            r = conn.getresponse()
            out.append((u["update_id"], r.status, r.read()))
    finally:
        conn.close()
    return out


def test_burst_from_one_user_across_workers_admits_exactly_the_limit(backend, make_envoy):
    policy = {"rate_limit": {"limit": 10, "window_seconds": 3600, "notice_text": "Slow down."}}
    e = make_envoy(backend, policy, concurrency=2).start()
    results = []
    lock = threading.Lock()

    def client(n, user, base):
        got = send_many(e, [message(base + i, f"burst {i}", user=user) for i in range(n)])
        with lock:
            results.extend((user, *g) for g in got)

    threads = [threading.Thread(target=client, args=(5, 111, 1000 + 100 * t)) for t in range(8)]
    threads.append(threading.Thread(target=client, args=(5, 222, 5000)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    heavy = [r for r in results if r[0] == 111]
    other = [r for r in results if r[0] == 222]
    assert len(heavy) == 40 and all(r[2] == 200 for r in results)
    forwarded = {b["update_id"] for b in backend.bodies()}
    heavy_forwarded = forwarded & {r[1] for r in heavy}
    # Tolerance: exact. Compare-and-swap makes the count exact across workers; a CAS
    # give-up would refuse (rate_limit.contention), never admit extra.
    assert len(heavy_forwarded) == 10, sorted(heavy_forwarded)
    notices = [r for r in heavy if r[3] == json.dumps({"method": "sendMessage", "chat_id": 111, "text": "Slow down."}, separators=(",", ":")).encode()]
    assert len(notices) == 1, [r[3] for r in heavy if r[3]]
    assert all(r[3] == b"" for r in heavy if r not in notices)
    # the other user is unaffected
    assert {r[1] for r in other} <= forwarded
    # the backend saw exactly the admitted updates, each once
    assert len(backend.requests) == len(forwarded) == 15


def test_replay_of_an_acknowledged_update_is_dropped_but_a_failed_one_is_redelivered(backend, make_envoy):
    e = make_envoy(backend, {"rate_limit": {"limit": 1000}}).start()
    ok = message(9000, "hello once")
    assert e.request(ok).status == 200
    assert e.request(ok).status == 200  # Telegram-style redelivery of the same update
    assert [b["update_id"] for b in backend.bodies()] == [9000]

    backend.status = 500
    failed = message(9001, "the bot fails on this one")
    assert e.request(failed).status == 500  # Telegram will retry
    backend.status = 200
    assert e.request(failed).status == 200  # ... and the retry reaches the bot
    assert e.request(failed).status == 200  # now acknowledged: a third copy is dropped
    assert [b["update_id"] for b in backend.bodies()] == [9000, 9001, 9001]
    time.sleep(0.2)
    rules = [d["rules"] for d in e.decisions() if d.get("update_id") in (9000, 9001)]
    assert rules.count(["replay.duplicate"]) == 2


def test_flood_of_distinct_users_keeps_memory_bounded_and_heavy_user_limited(backend, make_envoy):
    policy = {"rate_limit": {"limit": 3, "window_seconds": 3600, "capacity": 64}, "replay": {"capacity": 64}}
    e = make_envoy(backend, policy, concurrency=2).start()

    def allocated():
        with urllib.request.urlopen(f"http://127.0.0.1:{e.admin_port}/memory", timeout=5) as r:
            return int(json.loads(r.read())["allocated"])

    send_many(e, [message(i, "warm up", user=10_000_000 + i) for i in range(1, 200)])
    before = allocated()
    n = 3000
    got = send_many(e, [message(1000 + i, "flood", user=20_000_000 + i) for i in range(n)])
    assert all(s == 200 for _, s, _ in got)
    after = allocated()
    growth = after - before
    print(f"\nflood of {n} distinct users through Envoy: heap allocated {before} -> {after} ({growth:+d} bytes)")
    # Bound: 2 x 64 rate-limit slots + 64 replay slots of a few dozen bytes each, far
    # below 1 MiB; unbounded keys would add several hundred bytes per user.
    assert growth < 1024 * 1024
    heavy = send_many(e, [message(100_000 + i, "again", user=42) for i in range(6)])
    admitted = [u for u, s, _ in heavy if u in {b["update_id"] for b in backend.bodies()}]
    assert len(admitted) <= 3
