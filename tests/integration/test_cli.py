"""The frontdesk command as an operator meets it: clear errors, exit codes, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from frontdesk.demo.generate_sample import sample_folder
from frontdesk.policy.loader import default_policy_text

CLI = [sys.executable, "-m", "frontdesk.cli"]


def run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "FRONTDESK_DATABASE_URL": f"sqlite:///{cwd / 'fd.db'}", **env},
    )


def test_policy_check_names_each_bad_field_and_exits_2(tmp_path: Path) -> None:
    text = default_policy_text().replace("days_past_due: 14", "days_past_due: 5", 1)
    text = text.replace("queue: billing", "queue: biling", 1)
    bad = tmp_path / "policy.yaml"
    bad.write_text(text, encoding="utf-8")
    result = run(["policy", "check", str(bad)], tmp_path)
    assert result.returncode == 2
    assert "reminders.stages[2].days_past_due: must be greater than stages[1]" in result.stderr
    assert "categories.billing.queue" in result.stderr
    assert "Traceback" not in result.stderr


def test_policy_check_accepts_the_default(tmp_path: Path) -> None:
    good = tmp_path / "policy.yaml"
    good.write_text(default_policy_text(), encoding="utf-8")
    result = run(["policy", "check", str(good)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "valid policy" in result.stdout


def test_commands_refuse_a_database_that_was_never_upgraded(tmp_path: Path) -> None:
    result = run(["import", str(sample_folder()), "--portfolio", "acme"], tmp_path)
    assert result.returncode == 1
    assert "frontdesk db upgrade" in result.stderr
    assert "Traceback" not in result.stderr


def test_import_reports_rows_and_reimport_changes_nothing(tmp_path: Path) -> None:
    assert run(["db", "upgrade"], tmp_path).returncode == 0
    first = run(["import", str(sample_folder()), "--portfolio", "acme"], tmp_path)
    assert first.returncode == 0, first.stderr
    assert "units.csv" in first.stdout and "160" in first.stdout
    again = run(["import", str(sample_folder()), "--portfolio", "acme"], tmp_path)
    assert again.returncode == 0
    units_line = next(line for line in again.stdout.splitlines() if "units.csv" in line)
    assert [int(t) for t in units_line.split() if t.isdigit()] == [0, 0, 160]


def test_bad_import_exits_2_with_the_row_and_writes_nothing(tmp_path: Path) -> None:
    assert run(["db", "upgrade"], tmp_path).returncode == 0
    folder = tmp_path / "pms"
    folder.mkdir()
    (folder / "properties.csv").write_text(
        "external_id,name,timezone,address\nP1,Elm,America/Chicago,1 Elm St\n"
        "P2,Oak,Mars/Olympus,2 Oak St\n",
        encoding="utf-8",
    )
    result = run(["import", str(folder), "--portfolio", "acme"], tmp_path)
    assert result.returncode == 2
    assert "properties.csv:3 timezone" in result.stderr
    assert "nothing was imported" in result.stderr
    ok = run(["worker", "--once"], tmp_path)
    assert ok.returncode == 0, ok.stderr


def test_demo_replays_a_day_and_prints_the_summary(tmp_path: Path) -> None:
    result = run(["demo", "--database", str(tmp_path / "demo.db")], tmp_path)
    assert result.returncode == 0, result.stderr
    for expected in ("Import", "Tasks", "Timeline events", "Outbox", "task.sla_breached"):
        assert expected in result.stdout
    assert (tmp_path / "demo.outbox.jsonl").exists()


def test_train_documents_its_repeats_default_and_refuses_zero(tmp_path: Path) -> None:
    from frontdesk.intake.training import REPEATS

    shown = run(["train", "--help"], tmp_path, COLUMNS="200")
    assert shown.returncode == 0, shown.stderr
    assert f"[default: ({REPEATS})]" in " ".join(shown.stdout.split())
    refused = run(["train", "--repeats", "0", "--corpus", str(tmp_path)], tmp_path)
    assert refused.returncode == 2
    assert "--repeats" in refused.stderr and "Traceback" not in refused.stderr
    empty = run(["train", "--corpus", str(tmp_path)], tmp_path)
    assert empty.returncode == 2 and "no train*.jsonl" in empty.stderr
