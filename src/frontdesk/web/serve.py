"""Run the web app under uvicorn (what ``frontdesk serve`` calls).

One process serves SQLite (it has one writer). On PostgreSQL ``workers`` > 1 starts that many
server processes, each with its own listening socket on the same port (``SO_REUSEPORT``), so
the kernel spreads connections evenly over them; a shared socket would let one process take
most of a client's keep-alive connections and leave the others idle. Each process has its
own group-commit batcher; per-sender locks in the engine keep one resident's messages in
order across processes (see ``engine.messages.lock_senders``).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import signal
import socket
from multiprocessing.connection import wait

import uvicorn
from fastapi import FastAPI
from sqlalchemy.engine import make_url

from frontdesk.config import Settings
from frontdesk.engine.intake_process import IntakeProcess
from frontdesk.engine.services import Services, bootstrap
from frontdesk.intake.model import shipped_model
from frontdesk.web.app import create_app

log = logging.getLogger(__name__)


class ServeError(ValueError):
    """The serve options do not fit the configured store or this platform."""


def serve(
    services: Services,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    access_log: bool = True,
    workers: int = 1,
    intake_process: bool | None = None,
) -> None:
    """Serve until interrupted. Behind a proxy, set FRONTDESK_PUBLIC_BASE_URL for Twilio.

    ``intake_process`` (default: only with one worker, where a core would otherwise idle)
    understands messages in a child process of each server process (engine.intake_process).
    """
    if workers < 1:
        raise ServeError("--workers must be at least 1")
    if workers > 1 and make_url(services.settings.database_url).get_backend_name() == "sqlite":
        raise ServeError("SQLite has one writer: serve it with one worker (--workers 1)")
    if workers > 1 and not hasattr(socket, "SO_REUSEPORT"):
        raise ServeError("several workers need SO_REUSEPORT, which this platform lacks")
    if intake_process is None:
        intake_process = workers == 1
    if workers == 1:
        app = create_app(services, intake=IntakeProcess() if intake_process else None)
        settle_heap()
        uvicorn.run(app, host=host, port=port, access_log=access_log)
        return
    services.close()  # each worker process builds its own from the same settings
    _supervise(host, port, access_log, workers, intake_process)


class WorkerExited(RuntimeError):
    """A server process stopped on its own (port taken, database down, crash)."""


STOP_GRACE_SECONDS = 30


def _supervise(host: str, port: int, access_log: bool, workers: int, intake_process: bool) -> None:
    """Start the workers; stop them all on SIGINT or SIGTERM (a clean stop), or when one of
    them exits on its own, which raises ``WorkerExited`` so a service manager sees a failure
    and can restart the whole server."""
    context = multiprocessing.get_context("spawn")
    processes = [
        context.Process(
            target=_worker,
            args=(host, port, access_log, intake_process),
            name=f"frontdesk-web-{n}",
        )
        for n in range(workers)
    ]
    # SIGINT too, explicitly: a shell starts background jobs with SIGINT ignored, and Python
    # then installs no KeyboardInterrupt handler, so Ctrl-C-style stops would never arrive.
    previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    failed: list[str] = []
    try:
        for process in processes:  # inside the try: a stop during start-up stops those started
            process.start()
        ready = wait([p.sentinel for p in processes])
        for process in processes:
            if process.sentinel in ready:
                process.join(5)  # the sentinel fires as the process ends; collect its code
                failed.append(f"{process.name} exited with {process.exitcode}")
        log.error("a server process exited (%s); stopping the others", ", ".join(failed))
    except KeyboardInterrupt:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        started = [p for p in processes if p.pid is not None]
        for process in started:
            if process.is_alive():
                process.terminate()  # SIGTERM: uvicorn finishes open requests, then exits
        for process in started:
            process.join(STOP_GRACE_SECONDS)
            if process.is_alive():
                process.kill()
                process.join()
    if failed:
        raise WorkerExited("; ".join(failed))


def _interrupt(signum: int, frame: object) -> None:
    """SIGINT or SIGTERM to the supervisor stops the server cleanly."""
    raise KeyboardInterrupt


def _worker(host: str, port: int, access_log: bool, intake_process: bool = False) -> None:
    """One server process on its own SO_REUSEPORT socket."""
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    config = uvicorn.Config(app_from_settings(intake_process), access_log=access_log)
    settle_heap()
    uvicorn.Server(config).run(sockets=[sock])


def settle_heap() -> None:
    """Load the classifier now (not on the first message) and move everything built so far
    out of the garbage collector's sight (``gc.freeze``). The model and app are long-lived;
    without this every full collection walks them again, which on the message path showed
    up as a large share of the time spent creating small records. The model's scorer (its
    weights as plain arrays) is built here too, so the first message does not pay for it."""
    shipped_model().scorer()
    gc.collect()
    gc.freeze()


def app_from_settings(intake_process: bool = False) -> FastAPI:
    """The app for one worker process, built from the environment like the CLI's."""
    return create_app(bootstrap(Settings()), intake=IntakeProcess() if intake_process else None)
