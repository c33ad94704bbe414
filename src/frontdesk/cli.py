"""The ``frontdesk`` command. User errors print what was wrong and exit non-zero, no traceback."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from sqlalchemy import select
from sqlalchemy.exc import OperationalError, ProgrammingError

from frontdesk.config import Settings
from frontdesk.engine.services import Services, bootstrap
from frontdesk.engine.worker import RunReport, run_forever, run_once
from frontdesk.policy import PolicyError, load_policy
from frontdesk.policy.loader import default_policy_text
from frontdesk.record.migrate import current_revision, head_revision, upgrade
from frontdesk.record.models import Portfolio

app = typer.Typer(
    help="frontdesk: workflow engine for property-management operators.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="The operating record (database).", no_args_is_help=True)
policy_app = typer.Typer(help="Portfolio policies.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(policy_app, name="policy")

# Piped output (make demo, CI logs) gets room for the tables instead of the 80-column default.
out = Console(width=None if sys.stdout.isatty() else 120)
err = Console(stderr=True)
EXIT_INVALID = 2
DEFAULT_MODEL = Path(__file__).parent / "intake" / "artifacts" / "portal_model.joblib"


def _services() -> Services:
    services = bootstrap(Settings())
    try:
        revision = current_revision(services.engine)
    except OperationalError as exc:
        err.print(f"[red]cannot open the database {services.settings.database_url}:[/] {exc.orig}")
        raise typer.Exit(1) from None
    if revision != head_revision():
        err.print(
            f"[red]the database is at migration {revision or 'none'}, code expects "
            f"{head_revision()}.[/] Run [bold]frontdesk db upgrade[/] first."
        )
        raise typer.Exit(1)
    return services


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the database named by FRONTDESK_DATABASE_URL (default ./frontdesk.db)."""
    settings = Settings()
    services = bootstrap(settings)
    try:
        before = current_revision(services.engine)
        upgrade(services.engine)
    except (OperationalError, ProgrammingError) as exc:
        err.print(f"[red]cannot migrate {settings.database_url}:[/] {exc.orig}")
        raise typer.Exit(1) from None
    if settings.is_postgres:
        from frontdesk.engine.jobs import ensure_schema

        if ensure_schema(settings.database_url):
            out.print("installed the Procrastinate job tables")
    out.print(f"database at migration {head_revision()} (was {before or 'empty'})")


@policy_app.command("check")
def policy_check(file: Annotated[Path, typer.Argument(help="Policy YAML file")]) -> None:
    """Validate a policy file; every problem is listed with its path. Exit 2 if invalid."""
    try:
        policy = load_policy(file)
    except PolicyError as exc:
        for issue in exc.issues:
            err.print(
                f"{file}:{issue.line or '?'} {issue.path}: {issue.message}",
                markup=False,
                highlight=False,
            )
        err.print(f"[red]{len(exc.issues)} problem(s) in {file}[/]")
        raise typer.Exit(EXIT_INVALID) from None
    out.print(f"{file}: valid policy '{policy.name}' (version {policy.version_hash[:12]})")


@policy_app.command("default")
def policy_default() -> None:
    """Print the shipped default policy, to copy and adapt: frontdesk policy default > mine.yaml"""
    sys.stdout.write(default_policy_text())


@policy_app.command("install")
def policy_install(
    file: Annotated[Path, typer.Argument(help="Policy YAML file")],
    portfolio: Annotated[str, typer.Option(help="Portfolio key")],
) -> None:
    """Validate a policy file and make it the portfolio's active policy."""
    services = _services()
    try:
        text = file.read_text(encoding="utf-8")
        with services.sessions.begin() as session:
            row = session.scalars(select(Portfolio).filter_by(key=portfolio)).one_or_none()
            if row is None:
                err.print(f"[red]no portfolio {portfolio!r}[/]; import it first")
                raise typer.Exit(1)
            policy = services.policies.install(session, row.id, text, services.clock.now())
    except OSError as exc:
        err.print(f"[red]cannot read {file}:[/] {exc.strerror}")
        raise typer.Exit(1) from None
    except PolicyError as exc:
        for issue in exc.issues:
            err.print(f"{file}:{issue.line or '?'} {issue.path}: {issue.message}", markup=False)
        raise typer.Exit(EXIT_INVALID) from None
    out.print(f"portfolio {portfolio}: policy {policy.version_hash[:12]} is active")


@app.command("import")
def import_command(
    folder: Annotated[Path, typer.Argument(help="Folder of PMS-export CSV files")],
    portfolio: Annotated[str, typer.Option(help="Portfolio key, e.g. 'acme'")],
    name: Annotated[str | None, typer.Option(help="Portfolio display name")] = None,
) -> None:
    """Load properties, units, residents, leases, balances and payments; all or nothing."""
    from frontdesk.connectors.csv_import import ImportFailed, import_portfolio

    services = _services()

    def progress(file: str, rows: int) -> None:
        err.print(f"  {file}: {rows} rows", highlight=False)

    try:
        report = import_portfolio(
            services.sessions,
            folder,
            portfolio,
            services.clock.now(),
            portfolio_name=name,
            default_region=services.settings.default_region,
            progress=progress,
        )
    except ImportFailed as exc:
        for error in exc.errors:
            err.print(str(error), markup=False, highlight=False)
        err.print(f"[red]{len(exc.errors)} error(s); nothing was imported[/]")
        raise typer.Exit(EXIT_INVALID) from None
    from frontdesk.reports.tables import import_table

    out.print(import_table(report))


@app.command("worker")
def worker(
    once: Annotated[bool, typer.Option(help="Run what is due now, then exit")] = False,
    in_process: Annotated[
        bool, typer.Option(help="On PostgreSQL, poll in this process instead of Procrastinate")
    ] = False,
) -> None:
    """Fire due timers and deliver the outbox: in-process on SQLite, Procrastinate on PostgreSQL."""
    services = _services()

    def show(report: RunReport) -> None:
        out.print(
            f"timers fired {report.timers_fired}, failed {report.timers_failed}; messages sent "
            f"{report.messages_sent}, retried {report.messages_retried}, "
            f"failed {report.messages_failed}"
        )

    if once:
        show(run_once(services, services.clock.now()))
        return
    if services.settings.is_postgres and not in_process:
        from frontdesk.engine.jobs import QUEUE, build_app

        out.print("frontdesk worker: Procrastinate on PostgreSQL (Ctrl-C to stop)")
        build_app(services).run_worker(queues=[QUEUE])
        return
    out.print("frontdesk worker: polling in-process (Ctrl-C to stop)")
    stop = threading.Event()
    try:
        run_forever(services, stop, on_report=show)
    except KeyboardInterrupt:
        stop.set()


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    access_log: Annotated[bool, typer.Option(help="Log one line per request")] = True,
    workers: Annotated[
        int, typer.Option(help="Server processes (PostgreSQL only; SQLite takes one)")
    ] = 1,
    intake_process: Annotated[
        bool | None,
        typer.Option(
            help="Understand messages in a child process of each server process, on another core",
            show_default="on with one worker, off with several",
        ),
    ] = None,
) -> None:
    """Serve the web endpoints: portal messages, the Twilio SMS webhook and /healthz."""
    from frontdesk.web.serve import ServeError, WorkerExited, serve

    try:
        serve(
            _services(),
            host,
            port,
            access_log=access_log,
            workers=workers,
            intake_process=intake_process,
        )
    except ServeError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(EXIT_INVALID) from None
    except WorkerExited as exc:
        err.print(f"[red]server stopped: {exc}[/]")
        raise typer.Exit(1) from None


@app.command("train")
def train_command(
    corpus: Annotated[Path, typer.Option(help="Folder with train.jsonl")] = Path("corpus/portal"),
    out: Annotated[Path, typer.Option(help="Where to write the model")] = DEFAULT_MODEL,
    seed: Annotated[int, typer.Option(help="Random seed (training is reproducible)")] = 0,
    repeats: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Cross-validation repetitions, each with its own folds (seeds SEED, SEED+1, ...);"
            " the threshold search pools them",
            show_default="3",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Fold models fitted at once; the result is the same either way",
            show_default="one per CPU",
        ),
    ] = None,
) -> None:
    """Train the resident-message classifier from the labelled corpus (train split only)."""
    from frontdesk.intake.training import (
        REPEATS,
        boundary_files,
        train,
        training_files,
        vagueness_files,
    )

    repeats = repeats or REPEATS

    files = training_files(corpus)
    if not files:
        err.print(f"[red]no train*.jsonl in {corpus}[/]; pass --corpus FOLDER")
        raise typer.Exit(EXIT_INVALID)
    names = ", ".join(f.name for f in files)
    vague = ", ".join(f.name for f in vagueness_files(corpus)) or "none"
    boundary = ", ".join(f.name for f in boundary_files(corpus)) or "none"
    err.print(
        f"training on {names} in {corpus}; also trained on, outside the threshold search: "
        f"{boundary}; the vagueness head also on: {vague} "
        f"(5-fold cross-validation, {repeats} repetition{'s' if repeats > 1 else ''}; about "
        f"{5 * repeats} to {10 * repeats} minutes on the shipped corpus with two CPUs, "
        "depending on the machine)"
    )
    started = time.monotonic()
    report = train(
        corpus,
        out,
        seed=seed,
        repeats=repeats,
        jobs=jobs,
        progress=lambda step: err.print(f"  [{time.monotonic() - started:5.0f} s] {step}"),
    )
    for line in report.lines():
        out_console_line(line)


@app.command("triage")
def triage_command(
    file: Annotated[Path, typer.Argument(help="JSONL: {id, text, lang?} per line; - for stdin")],
    kind: Annotated[str, typer.Option(help="Message kind")] = "portal",
) -> None:
    """Classify messages offline (no database): one JSON result line per input line."""
    from frontdesk.intake.batch import triage_stream

    try:
        handle = sys.stdin if str(file) == "-" else file.open(encoding="utf-8")
    except OSError as exc:
        err.print(f"[red]cannot read {file}:[/] {exc.strerror}")
        raise typer.Exit(EXIT_INVALID) from None
    try:
        report = triage_stream(handle, sys.stdout, kind)
    except ValueError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(EXIT_INVALID) from None
    finally:
        if handle is not sys.stdin:
            handle.close()
    for error in report.errors:
        err.print(error.message(), markup=False, highlight=False)
    err.print(
        f"{report.read} lines: {report.understood} understood, {report.must_human} for a person, "
        f"{len(report.errors)} unreadable",
        highlight=False,
    )


def out_console_line(line: str) -> None:
    out.print(line, markup=False, highlight=False)


@app.command("demo")
def demo(
    database: Annotated[
        Path, typer.Option(help="SQLite file for the demo; recreated on each run")
    ] = Path("frontdesk-demo.db"),
) -> None:
    """Load the sample portfolio into a fresh SQLite file and replay a scripted day."""
    from frontdesk.demo.day import run_demo

    run_demo(database, out)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
