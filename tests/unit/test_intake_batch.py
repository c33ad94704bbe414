"""The offline triage contract: one result line per input line, errors kept, none lost."""

from __future__ import annotations

import io
import json

import pytest

from frontdesk.intake.batch import BatchReport, triage_stream

FIELDS = {"id", "category", "escalation", "must_human", "missing", "lang", "confidence", "rule"}


def run(lines: list[str]) -> tuple[list[dict[str, object]], BatchReport]:
    out = io.StringIO()
    report = triage_stream(lines, out)
    return [json.loads(line) for line in out.getvalue().splitlines()], report


def test_each_message_gets_one_result_line_in_order() -> None:
    lines = [
        json.dumps({"id": "a", "text": "my toilet keeps running, no rush"}),
        json.dumps({"id": "b", "text": "huele a gas en el pasillo", "lang": "es"}),
        json.dumps({"id": 3, "text": "what time does the pool open?"}),
    ]
    rows, report = run(lines)
    assert [r["id"] for r in rows] == ["a", "b", 3]
    assert all(set(r) == FIELDS for r in rows)
    assert rows[1]["escalation"] == "emergency" and rows[1]["must_human"] is True
    assert rows[1]["lang"] == "es"
    assert rows[0]["must_human"] is False and isinstance(rows[0]["missing"], list)
    assert report.read == 3 and report.understood == 3 and report.ok


def test_malformed_lines_become_error_lines_and_the_rest_still_run() -> None:
    lines = [
        json.dumps({"id": "ok1", "text": "the dishwasher won't drain"}),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "ok2", "text": "can I renew my lease?"}),
    ]
    rows, report = run(lines)
    assert [r["id"] for r in rows] == ["ok1", None, "no-text", None, "ok2"]
    errors = [r for r in rows if "error" in r]
    assert [e["line"] for e in errors] == [2, 3, 4]
    assert all(e["must_human"] is True for e in errors)
    assert [(e.line, e.id) for e in report.errors] == [(2, None), (3, "no-text"), (4, None)]
    assert "line 3 (id no-text)" in report.errors[1].message()
    assert report.understood == 2 and not report.ok


def test_batch_agrees_with_single_message_understanding() -> None:
    from frontdesk.intake.understand import understand

    text = "La puerta del baño no cierra, pueden entrar cuando sea"
    rows, _ = run([json.dumps({"id": 1, "text": text})])
    u = understand(text)
    assert (rows[0]["category"], rows[0]["escalation"], rows[0]["rule"]) == (
        u.category,
        u.escalation,
        u.rule,
    )
    assert rows[0]["missing"] == list(u.missing)


def test_large_streams_are_chunked_without_losing_lines() -> None:
    lines = [json.dumps({"id": i, "text": f"light {i} in the hallway is out"}) for i in range(600)]
    rows, report = run(lines)
    assert [r["id"] for r in rows] == list(range(600))
    assert report.read == 600


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown triage kind"):
        triage_stream([], io.StringIO(), kind="voice")
