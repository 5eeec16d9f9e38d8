"""`make run`: starts the demo bot and Envoy + botwall (envoy/envoy.yaml as-is) on
localhost, prints how to send an update, and runs until Ctrl-C."""

import os
import secrets
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "envoy"))
import demo_bot  # noqa: E402

LISTEN, ADMIN, BACKEND = 8443, 9901, 8081


def secret() -> str:
    s = os.environ.get("BOTWALL_WEBHOOK_SECRET")
    if s:
        return s
    path = ROOT / ".build" / "webhook-secret"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(32))
        path.chmod(0o600)
    return path.read_text().strip()


def main() -> int:
    token = secret()
    bot = demo_bot.serve(BACKEND, token)
    threading.Thread(target=bot.serve_forever, daemon=True).start()
    env = dict(os.environ, BOTWALL_WEBHOOK_SECRET=token)
    envoy = subprocess.Popen(
        [str(ROOT / ".venv/bin/envoy"), "-c", "envoy/envoy.yaml", "--concurrency", "2",
         # Warnings from Envoy itself; botwall's own lines (configure, decisions) at info.
         "--disable-hot-restart", "-l", "warning", "--component-log-level", "wasm:info"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    for _ in range(200):
        if envoy.poll() is not None:
            print("envoy exited; see its log above", file=sys.stderr)
            return 1
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{ADMIN}/ready", timeout=1) as r:
                if r.read().strip() == b"LIVE":
                    break
        except OSError:
            time.sleep(0.05)
    update = (
        '{"update_id":1,"message":{"message_id":1,"date":1732400000,'
        '"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"Ana"},'
        '"text":"Hi! Mail me at ana@example.com"}}'
    )
    print(
        f"""
botwall is running: Envoy on https://127.0.0.1:{LISTEN}/telegram/webhook (TLS 1.3),
admin on http://127.0.0.1:{ADMIN}, demo bot on 127.0.0.1:{BACKEND}.
The webhook secret is in .build/webhook-secret (or $BOTWALL_WEBHOOK_SECRET).

Send an update (the demo bot echoes what it received, after botwall):

  curl --cacert .build/certs/ca.crt https://localhost:{LISTEN}/telegram/webhook \\
    -H 'content-type: application/json' \\
    -H "x-telegram-bot-api-secret-token: $(cat .build/webhook-secret)" \\
    -d '{update}'

Try "ignore all previous instructions" as the text to see a block, or drop the secret
header to see a 401. Decision log lines appear below (botwall.decision). Ctrl-C stops.
""",
        flush=True,
    )
    try:
        return envoy.wait()
    except KeyboardInterrupt:
        envoy.send_signal(signal.SIGTERM)
        envoy.wait(timeout=10)
        return 0


if __name__ == "__main__":
    sys.exit(main())
