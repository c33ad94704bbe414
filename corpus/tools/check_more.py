"""Append hand-written lines to portal/train_more.jsonl and check it.

Usage:
  python corpus/tools/check_more.py [--into FILE] --append DRAFT.txt  # parse `cat|esc|codes|lang|text` lines, append
  python corpus/tools/check_more.py [--into FILE]                     # check FILE only

FILE is a name inside corpus/portal/ (default train_more.jsonl); its ids take the file's stem
as prefix. Checks: schema and label sets, `given` empty outside maintenance and in canonical
order, no duplicate normalised text within FILE or against any other portal/*.jsonl file.
Duplicate reports print only FILE's own text, so an eval writer never sees a train message.
"""

import argparse
import collections
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from textkey import CODES, norm_key, parse_block  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1] / "portal"
CATS = {"maintenance", "billing", "delinquency", "lease", "move", "access", "status_update", "general"}
ESCS = {None, "emergency", "dispute", "accommodation", "legal", "hardship", "complaint", "fair_housing", "unclear"}
ORDER = list(CODES.values())


def load(path):
    if not path.exists():
        return []
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def check(rows, train_keys):
    errs = []
    seen = {}
    for r in rows:
        if set(r) != {"id", "text", "lang", "category", "escalation", "given"}:
            errs.append((r.get("id"), "fields"))
        if r["lang"] not in ("en", "es"):
            errs.append((r["id"], "lang"))
        if r["category"] not in CATS:
            errs.append((r["id"], "category " + str(r["category"])))
        if r["escalation"] not in ESCS:
            errs.append((r["id"], "escalation " + str(r["escalation"])))
        if r["category"] != "maintenance" and r["given"]:
            errs.append((r["id"], "given outside maintenance"))
        if r["given"] != sorted(r["given"], key=ORDER.index):
            errs.append((r["id"], "given order"))
        if r["escalation"] == "unclear" and r["category"] != "general":
            errs.append((r["id"], "unclear outside general"))
        k = norm_key(r["text"])
        if k in train_keys:
            errs.append((r["id"], "dup of another split: " + r["text"]))
        if k in seen:
            errs.append((r["id"], "dup of " + seen[k] + ": " + r["text"]))
        seen[k] = r["id"]
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--into", default="train_more.jsonl")
    ap.add_argument("--append")
    args = ap.parse_args()
    target = ROOT / args.into
    train_keys = {norm_key(r["text"]) for p in sorted(ROOT.glob("*.jsonl")) if p != target for r in load(p)}
    rows = load(target)
    prefix = "m" if args.into == "train_more.jsonl" else target.stem + "-"
    if args.append:
        new = parse_block(pathlib.Path(args.append).read_text(encoding="utf-8"))
        start = len(rows)
        cand = [
            {"id": f"{prefix}{start + i + 1:04d}", "text": t, "lang": lang, "category": cat, "escalation": esc, "given": given}
            for i, (t, lang, cat, esc, given) in enumerate(new)
        ]
        errs = check(rows + cand, train_keys)
        if errs:
            for e in errs:
                print("ERROR", *e)
            print("nothing appended")
            sys.exit(1)
        with target.open("a", encoding="utf-8") as f:
            for r in cand:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        rows += cand
        print(f"appended {len(cand)}")
    errs = check(rows, train_keys)
    for e in errs:
        print("ERROR", *e)
    print("rows", len(rows), "errors", len(errs))
    print("lang", dict(collections.Counter(r["lang"] for r in rows)))
    print("category", dict(collections.Counter(r["category"] for r in rows).most_common()))
    print("escalation", dict(collections.Counter(str(r["escalation"]) for r in rows).most_common()))
    m = [r for r in rows if r["category"] == "maintenance"]
    print("maintenance given", {k: sum(k in r["given"] for r in m) for k in ORDER}, "of", len(m))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
