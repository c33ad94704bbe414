"""Understanding inbound messages in a child process, so a server uses its second core.

One server process is bound by Python's global lock: its writer thread (the inbound batcher)
and its request handling share one core, and understanding a message (rules and model) is a
good part of the writer's work. ``IntakeProcess`` runs that part in a child process: the
batcher hands it the next batch's texts while it writes the current batch, so the two
overlap. Understanding does not depend on the record, except for which maintenance details
a property requires, so the child reports every detail and the writer applies the
property's list (``Understanding.owing``); the result is the same as understanding in
process. If the child fails, the batcher understands that batch itself and says so in the
log.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from frontdesk.intake.model import shipped_model
from frontdesk.intake.understand import understand_many
from frontdesk.intake.understanding import Understanding

# (text, language hint) of one message
Text = tuple[str, str | None]


class IntakeProcess:
    """A child process that understands batches of messages (see module docstring)."""

    def __init__(self) -> None:
        # spawn, not fork: the server has threads, and a forked child inherits their locks.
        self._pool = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_load
        )
        self.pid = self._pool.submit(os.getpid).result()  # the model is loaded by then

    def submit(self, texts: Sequence[Text]) -> Future[list[Understanding]]:
        """Understand ``texts`` in the child, with every maintenance detail required (the
        default of ``understand_many``); the writer narrows ``missing`` per property."""
        return self._pool.submit(
            understand_many, [text for text, _ in texts], [hint for _, hint in texts]
        )

    def close(self, wait: bool = True) -> None:
        """Stop the child (anything still queued is dropped: its batch is not waiting);
        ``wait=False`` does not wait for a child that may hang."""
        self._pool.shutdown(wait=wait, cancel_futures=True)


def _load() -> None:
    shipped_model().scorer()
