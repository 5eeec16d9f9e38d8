"""A stand-in for your bot, used by `make run`: answers every update it receives with a
Bot API `sendMessage` in the webhook response, echoing the text it was given, so you can
see exactly what botwall let through (redacted or not). It checks the secret header like
a real bot framework does. Prints update ids only, never text."""

import http.server
import json
import sys


def make_handler(secret: str):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):  # noqa: N802
            n = int(self.headers.get("content-length", "0") or 0)
            body = self.rfile.read(n)
            if self.headers.get("x-telegram-bot-api-secret-token") != secret:
                self._answer(401, b"")
                return
            try:
                update = json.loads(body)
            except ValueError:
                self._answer(400, b"")
                return
            msg = update.get("message") or update.get("edited_message") or {}
            chat = (msg.get("chat") or {}).get("id")
            print(f"demo bot: got update {update.get('update_id')}", file=sys.stderr, flush=True)
            if chat is None:
                self._answer(200, b"")
                return
            reply = {"method": "sendMessage", "chat_id": chat, "text": "echo: " + str(msg.get("text", ""))}
            self._answer(200, json.dumps(reply, ensure_ascii=False).encode(), "application/json")

        def _answer(self, status, body, ctype=None):
            self.send_response(status)
            if ctype:
                self.send_header("content-type", ctype)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


def serve(port: int, secret: str) -> http.server.ThreadingHTTPServer:
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), make_handler(secret))
