"""How well intake understands held-out resident messages (the eval split, never trained on).

    .venv/bin/python bench/triage_quality.py [--eval corpus/portal/eval26.jsonl]

Runs ``understand`` on every message and prints the five target figures, a confusion summary
per category and per escalation kind, and every must-human message that was automated.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from frontdesk.intake.corpus import load_examples
from frontdesk.intake.quality import confusion, figures
from frontdesk.intake.understand import understand_many


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=Path("corpus/portal/eval26.jsonl"))
    args = parser.parse_args()
    examples = load_examples(args.eval)
    predicted = understand_many([e.text for e in examples], [e.lang for e in examples])
    result = figures(examples, predicted)
    print(f"== triage quality on {args.eval}")
    print("\n".join(result.lines()))
    print(f"all targets met: {'yes' if result.meets_targets() else 'NO'}")
    _print_confusion(
        "category", [(e.category, u.category) for e, u in zip(examples, predicted, strict=True)]
    )
    _print_confusion(
        "escalation",
        [
            (e.escalation or "-", u.escalation or "-")
            for e, u in zip(examples, predicted, strict=True)
        ],
    )
    by_id = {e.id: (e, u) for e, u in zip(examples, predicted, strict=True)}
    print(f"\n== unsafe automations ({len(result.unsafe_ids)})")
    for ident in result.unsafe_ids:
        e, u = by_id[ident]
        print(f"  {ident} gold={e.escalation} got={u.category}/{u.rule}: {e.text!r}")


def _print_confusion(title: str, pairs: list[tuple[str, str]]) -> None:
    print(f"\n== {title}: gold -> predicted (recall, then the errors)")
    for gold, counts in sorted(confusion(pairs).items()):
        total = sum(counts.values())
        wrong = ", ".join(f"{p}:{n}" for p, n in counts.most_common() if p != gold)
        print(f"  {gold:<14} {counts[gold]:>4}/{total:<4} {counts[gold] / total:6.1%}  {wrong}")


if __name__ == "__main__":
    main()
