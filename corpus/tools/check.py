"""Validate both splits: schema, label sets, duplicates within/across splits; print counts.

    python corpus/tools/check.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from textkey import norm_key  # noqa: E402

PORTAL = Path(__file__).resolve().parents[1] / "portal"
CATS = {"maintenance", "billing", "delinquency", "lease", "move", "access", "status_update", "general"}
ESCS = {None, "emergency", "dispute", "accommodation", "legal", "hardship", "complaint", "fair_housing", "unclear"}
DETAILS = ["location", "description", "urgency", "entry_permission", "availability"]


def load(name: str) -> list[dict]:
    rows = []
    for n, line in enumerate((PORTAL / name).read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        assert set(row) == {"id", "text", "lang", "category", "escalation", "given"}, (name, n)
        assert row["lang"] in ("en", "es") and row["category"] in CATS and row["escalation"] in ESCS, (name, n, row)
        assert all(g in DETAILS for g in row["given"]) and len(set(row["given"])) == len(row["given"]), (name, n)
        assert row["category"] == "maintenance" or row["given"] == [], (name, n, row)
        assert row["text"].strip(), (name, n)
        rows.append(row)
    return rows


def report(name: str, rows: list[dict]) -> None:
    print(f"\n== {name}: {len(rows)} rows")
    print("lang:", dict(Counter(r["lang"] for r in rows)))
    print("category:", dict(Counter(r["category"] for r in rows).most_common()))
    esc = Counter(r["escalation"] or "none" for r in rows)
    print("escalation:", dict(esc.most_common()), f"escalated={1 - esc['none'] / len(rows):.1%}")
    print("category x lang:", {c: dict(Counter(r["lang"] for r in rows if r["category"] == c)) for c in sorted(CATS)})
    m = [r for r in rows if r["category"] == "maintenance"]
    print("maintenance given counts:", {d: sum(d in r["given"] for r in m) for d in DETAILS}, "of", len(m))
    print("maintenance #details given:", dict(sorted(Counter(len(r["given"]) for r in m).items())))
    print("maintenance #extra (urgency/entry/availability):",
          dict(sorted(Counter(len([g for g in r["given"] if g in DETAILS[2:]]) for r in m).items())))


def main() -> int:
    train, ev = load("train.jsonl"), load("train_eval1.jsonl")
    bad = 0
    for name, rows in (("train", train), ("eval", ev)):
        keys = Counter(norm_key(r["text"]) for r in rows)
        dups = [k for k, c in keys.items() if c > 1]
        ids = Counter(r["id"] for r in rows)
        print(f"{name}: duplicate texts (normalised) = {len(dups)}, duplicate ids = {sum(c > 1 for c in ids.values())}")
        bad += len(dups)
        report(name, rows)
    cross = {norm_key(r["text"]) for r in train} & {norm_key(r["text"]) for r in ev}
    print(f"\ncross-split duplicate texts (normalised) = {len(cross)}", sorted(cross)[:20])
    exact = {r["text"] for r in train} & {r["text"] for r in ev}
    print(f"cross-split exact duplicates = {len(exact)}")
    return 1 if bad or cross else 0


if __name__ == "__main__":
    raise SystemExit(main())
