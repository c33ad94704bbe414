"""The embedded default channel: delivered messages become JSON lines in a local file.

The outbox dispatcher delivers at-least-once, so a crash between ``send`` and "mark sent" makes
it call ``send`` again with the same idempotency key. This channel remembers every key it has
written (in the file itself) and refuses to write a key twice, which turns at-least-once
dispatch into exactly-once delivery per key. Writers serialise on an exclusive ``flock`` of the
file, so several processes (two workers, a worker and the CLI) may share one log.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from frontdesk.channels.base import DeliveryReceipt, OutboundMessage, PermanentChannelError

_NEWLINE = b"\n"


class ConsoleChannel:
    """Appends one fsynced JSON line per delivered message; a repeated key is a duplicate."""

    def __init__(
        self,
        path: Path | str,
        name: str = "console",
        echo: Callable[[str], None] | None = None,
    ) -> None:
        self.name = name
        self.path = Path(path)
        self._echo = echo
        self._lock = threading.Lock()
        self._keys: set[str] = set()
        # What part of which file ``_keys`` reflects; another process may append, truncate or
        # replace the file, so both are re-checked under the file lock on every send.
        self._inode: int | None = None
        self._offset = 0

    def send(self, message: OutboundMessage) -> DeliveryReceipt:
        key = message.idempotency_key
        if not key:
            raise PermanentChannelError("message has no idempotency key")
        line = _encode(message)
        with self._lock, _locked_append(self.path) as handle:
            torn = self._catch_up(handle)
            if key in self._keys:
                return DeliveryReceipt(provider_ref=key, duplicate=True)
            # A writer killed mid-line leaves a fragment; end it so our record stays parseable.
            handle.write(_NEWLINE + line if torn else line)
            handle.flush()
            os.fsync(handle.fileno())
            if self._offset == 0:
                _fsync_directory(self.path.parent)
            self._offset = handle.tell()
            self._keys.add(key)
        if self._echo is not None:
            self._echo(_summary(self.name, message))
        return DeliveryReceipt(provider_ref=key)

    def _catch_up(self, handle: BinaryIO) -> bool:
        """Read keys other writers appended since our last look; True if the file ends torn."""
        stat = os.fstat(handle.fileno())
        if stat.st_ino != self._inode or stat.st_size < self._offset:
            self._inode, self._offset = stat.st_ino, 0
            self._keys.clear()
        if stat.st_size == self._offset:
            return False
        handle.seek(self._offset)
        chunk = handle.read(stat.st_size - self._offset)
        complete, _, tail = chunk.rpartition(_NEWLINE)
        for raw in complete.split(_NEWLINE):
            record = _decode(raw)
            if record is not None:
                self._keys.add(str(record["idempotency_key"]))
        # A tail without its newline is from a writer killed mid-line. It counts only if the
        # whole record made it; a fragment is not a delivery, so that message is sent again.
        record = _decode(tail)
        if record is not None:
            self._keys.add(str(record["idempotency_key"]))
        self._offset = stat.st_size
        return bool(tail)


def read_deliveries(path: Path | str) -> list[dict[str, Any]]:
    """Every complete record in a console log, oldest first (empty if there is no log yet)."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return []
    records = (_decode(raw) for raw in data.split(_NEWLINE))
    return [record for record in records if record is not None]


@contextmanager
def _locked_append(path: Path) -> Iterator[BinaryIO]:
    """Open ``path`` for appending and hold an exclusive ``flock`` while the block runs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield handle
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _encode(message: OutboundMessage) -> bytes:
    record = {
        "idempotency_key": message.idempotency_key,
        "channel": message.channel,
        "recipient": message.recipient,
        "template": message.template,
        "subject": message.subject,
        "body": message.body,
        "metadata": message.metadata,
    }
    # ensure_ascii keeps each record free of raw newlines whatever the body holds.
    return json.dumps(record, ensure_ascii=True, default=str).encode("ascii") + _NEWLINE


def _decode(raw: bytes) -> dict[str, Any] | None:
    if not raw.strip():
        return None
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(record, dict) or "idempotency_key" not in record:
        return None
    return record


def _summary(name: str, message: OutboundMessage) -> str:
    text = message.subject or message.body
    text = " ".join(text.split())
    if len(text) > 60:
        text = text[:57] + "..."
    return f"[{name}] {message.channel} -> {message.recipient} ({message.template}): {text}"


def _fsync_directory(directory: Path) -> None:
    """Make a newly created log file's directory entry durable too."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
