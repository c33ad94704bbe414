"""Group commit for inbound messages: many requests, one transaction.

Each web request hands its authenticated message to the batcher and waits for the result.
One thread takes whatever has queued up (up to ``max_batch``), handles it with
``receive_many`` in one transaction and answers every waiting request. Under light load a
batch is one message and nothing waits longer than it would alone; under heavy load the
batches grow and the per-message cost (commit, lookups, model pass) falls, which is what
keeps throughput up. A request is answered only after its batch has committed, so an answer
still means "recorded".

If a batch fails as a whole (say two deliveries of the same message raced), its messages are
retried one by one, so one bad message fails only its own request.

Under load, messages arrive in bursts: the clients answered by one batch send their next
messages over the following milliseconds, one by one as the event loop reads them. A batch
taken at the first of them held one or two messages and the next one the rest, each paying
the same round trips to the database; so a batch lingers for the rest of a burst, taking
messages that come less than ``linger_gap`` apart, for at most ``linger_max`` after its first
(a lone message waits ``linger_gap``: a millisecond by default).

With an ``IntakeProcess`` the thread works two batches at once: it asks the child process to
understand the batch it has just taken, then writes the batch before it (already
understood), so understanding and writing overlap on two cores.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime

from frontdesk.engine.inbound import InboundMessage, ReceiveResult
from frontdesk.engine.intake_process import IntakeProcess
from frontdesk.engine.messages import UnknownDestination, receive, receive_many
from frontdesk.engine.services import Services
from frontdesk.intake.understanding import Understanding

log = logging.getLogger(__name__)

DEFAULT_MAX_BATCH = 64
# With 32 clients on PostgreSQL this doubled the mean batch (7 to 15 messages) and raised
# throughput by about a third (bench/RESULTS.md, seventeenth session).
LINGER_GAP_SECONDS = 0.001
LINGER_MAX_SECONDS = 0.003
INTAKE_TIMEOUT_SECONDS = 30.0  # a batch's understanding takes milliseconds; longer is a hang


@dataclass
class _Item:
    message: InboundMessage
    now: datetime
    future: Future[ReceiveResult] = field(default_factory=Future)


@dataclass
class _Batch:
    items: list[_Item]
    understood: Future[list[Understanding]] | None  # from the intake process, if one runs
    stop: bool  # the batcher was closed after these


class InboundBatcher:
    """Hands queued inbound messages to the engine in batches, on one thread."""

    def __init__(
        self,
        services: Services,
        max_batch: int = DEFAULT_MAX_BATCH,
        intake: IntakeProcess | None = None,
        linger_gap: float = LINGER_GAP_SECONDS,
        linger_max: float = LINGER_MAX_SECONDS,
    ) -> None:
        if max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        if linger_gap < 0 or linger_max < 0:
            raise ValueError("linger_gap and linger_max must not be negative")
        self.services = services
        self.max_batch = max_batch
        self.linger_gap = linger_gap
        self.linger_max = linger_max
        self.intake = intake
        self._queue: queue.SimpleQueue[_Item | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False

    def submit(self, message: InboundMessage, now: datetime) -> Future[ReceiveResult]:
        """Queue ``message``; the future holds its result (or its exception) once committed."""
        item = _Item(message, now)
        with self._lock:
            if self._closed:
                raise RuntimeError("the inbound batcher is closed")
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="frontdesk-inbound", daemon=True
                )
                self._thread.start()
            self._queue.put(item)
        return item.future

    def receive(self, message: InboundMessage, now: datetime) -> ReceiveResult:
        """Submit and wait (for callers that are not async)."""
        return self.submit(message, now).result()

    def close(self) -> None:
        """Finish everything already queued, then stop the thread and the intake process."""
        with self._lock:
            self._closed = True
            thread = self._thread
            self._queue.put(None)
        if thread is not None:
            thread.join()
        if self.intake is not None:
            self.intake.close()

    def _run(self) -> None:
        ahead: _Batch | None = None  # taken, and being understood in the intake process
        while True:
            taken = self._take(wait=ahead is None)
            if ahead is not None:
                self._answer(ahead)
            if taken.stop:
                if taken.items:
                    self._answer(taken)
                return
            ahead = taken if taken.items else None

    def _take(self, wait: bool) -> _Batch:
        """What has queued up (up to ``max_batch``) and the rest of its burst (see the module
        docstring), its understanding already asked for. Waits for a first message only when
        ``wait`` (nothing else is in hand)."""
        items: list[_Item] = []
        stop = False
        deadline = 0.0
        while len(items) < self.max_batch:
            try:
                if not items:
                    item = self._queue.get() if wait else self._queue.get_nowait()
                    deadline = time.monotonic() + self.linger_max
                else:  # the rest of the burst: what is queued, or what comes soon
                    soon = min(self.linger_gap, deadline - time.monotonic())
                    item = self._queue.get(timeout=max(0.0, soon))
            except queue.Empty:
                break
            if item is None:
                stop = True
                break
            items.append(item)
        understood = None
        if items and self.intake is not None:
            try:
                understood = self.intake.submit(
                    [(i.message.body, i.message.lang_hint) for i in items]
                )
            except Exception:
                self._drop_intake()
        return _Batch(items, understood, stop)

    def _understood(self, batch: _Batch) -> list[Understanding] | None:
        """The intake process's answer for ``batch``, or None: understand it here."""
        if batch.understood is None:
            return None
        try:
            return batch.understood.result(timeout=INTAKE_TIMEOUT_SECONDS)
        except Exception:  # died, refused, or hung: never let a request wait on it
            self._drop_intake()
            return None

    def _drop_intake(self) -> None:
        """The child process failed (killed, out of memory): from now on this thread
        understands messages itself, as a server without an intake process does."""
        intake, self.intake = self.intake, None
        if intake is not None:  # a batch already handed to it fails too: log once
            log.exception("the intake process failed; understanding messages in this process")
            intake.close(wait=False)

    def _answer(self, batch: _Batch) -> None:
        try:
            self._handle(batch.items, self._understood(batch))
        except Exception:  # never let the writer thread die: later requests would hang
            log.exception("inbound batch of %d could not be answered", len(batch.items))

    def _handle(self, batch: list[_Item], understood: list[Understanding] | None = None) -> None:
        for item in batch:
            # From here a request that gives up (cancels) no longer cancels the work: its
            # message is still recorded, so a redelivery finds it as a duplicate.
            item.future.set_running_or_notify_cancel()
        try:
            outcomes = receive_many(self.services, [(i.message, i.now) for i in batch], understood)
        except Exception:
            if len(batch) > 1:
                log.warning("batch of %d failed; retrying one by one", len(batch), exc_info=True)
            for item in batch:
                self._one(item)
            return
        for item, outcome in zip(batch, outcomes, strict=True):
            if isinstance(outcome, UnknownDestination):
                _settle(item.future, error=outcome)
            else:
                _settle(item.future, result=outcome)

    def _one(self, item: _Item) -> None:
        try:
            result = receive(self.services, item.message, item.now)
        except Exception as exc:  # the request that sent it reports it
            _settle(item.future, error=exc)
        else:
            _settle(item.future, result=result)


def _settle(
    future: Future[ReceiveResult],
    result: ReceiveResult | None = None,
    error: BaseException | None = None,
) -> None:
    """Answer a request unless it was cancelled before its batch started (nobody waits)."""
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    elif result is not None:
        future.set_result(result)
