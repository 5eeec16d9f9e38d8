"""A real aiogram 3 bot in webhook mode, used as the backend behind Envoy+botwall in
tests/test_real_bot.py. Run as a subprocess; it never talks to the Bot API.

Environment:
  BOT_PORT                 port to listen on (127.0.0.1)
  BOTWALL_WEBHOOK_SECRET   the secret aiogram itself checks (SimpleRequestHandler secret_token)
  BOT_RECORD               JSONL file: one line per update aiogram parsed and dispatched
  BOT_PARENT_PID           optional: exit when this process is no longer our parent

Each record is what aiogram parsed (not the raw JSON): the update id and type, which
handler ran, and for the message-like part the text and, per entity, aiogram's type and
`entity.extract_from(text)` (aiogram's own UTF-16 slicing).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.types import CallbackQuery, Message, Update
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web

WEBHOOK_PATH = "/telegram/webhook"
# A syntactically valid but fake token: aiogram validates its format only. No handler
# calls the Bot API, so the bot never needs the network.
FAKE_TOKEN = "123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"


def describe_message(msg: Message | None) -> dict | None:
    if msg is None or not isinstance(msg, Message):
        return None
    text = msg.text if msg.text is not None else msg.caption
    entities = msg.entities if msg.text is not None else msg.caption_entities
    return {
        "message_id": msg.message_id,
        "chat_id": msg.chat.id,
        "from_id": msg.from_user.id if msg.from_user else None,
        "text": text,
        "entities": [
            {"type": getattr(e.type, "value", e.type), "text": e.extract_from(text)} for e in (entities or [])
        ],
    }


def build_dispatcher(record_path: str) -> Dispatcher:
    dp = Dispatcher()

    @dp.update.outer_middleware()
    async def record(handler, update: Update, data: dict[str, Any]) -> Any:
        trace: dict[str, Any] = {"handled_by": None}
        data["trace"] = trace
        result = await handler(update, data)
        event = update.event
        entry: dict[str, Any] = {"update_id": update.update_id, "type": update.event_type}
        entry["handled_by"] = trace["handled_by"]
        if isinstance(event, Message):
            entry["message"] = describe_message(event)
        elif isinstance(event, CallbackQuery):
            entry["callback_query"] = {
                "id": event.id,
                "from_id": event.from_user.id,
                "data": event.data,
                "message": describe_message(event.message),
            }
        with open(record_path, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
        return result

    @dp.message()
    async def on_message(message: Message, trace: dict) -> None:
        trace["handled_by"] = "message"

    @dp.edited_message()
    async def on_edited_message(message: Message, trace: dict) -> None:
        trace["handled_by"] = "edited_message"

    @dp.callback_query()
    async def on_callback_query(query: CallbackQuery, trace: dict) -> None:
        trace["handled_by"] = "callback_query"

    return dp


async def watch_parent(parent: int) -> None:
    """Exit if the test process that started us goes away (no stray bots)."""
    while True:
        if os.getppid() != parent:
            os._exit(0)
        await asyncio.sleep(0.2)


async def main() -> None:
    port = int(os.environ["BOT_PORT"])
    secret = os.environ["BOTWALL_WEBHOOK_SECRET"]
    record_path = os.environ["BOT_RECORD"]
    parent = int(os.environ.get("BOT_PARENT_PID") or os.getppid())
    watcher = asyncio.create_task(watch_parent(parent))

    bot = Bot(FAKE_TOKEN)
    dp = build_dispatcher(record_path)
    app = web.Application()
    SimpleRequestHandler(dispatcher=dp, bot=bot, secret_token=secret, handle_in_background=False).register(
        app, path=WEBHOOK_PATH
    )
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print(f"aiogram bot listening on 127.0.0.1:{port}{WEBHOOK_PATH}", flush=True)
    try:
        await stop.wait()
    finally:
        watcher.cancel()
        await runner.cleanup()
        await bot.session.close()


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(0)
