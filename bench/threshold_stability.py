"""How much the threshold search depends on the folds it happens to get (train split only).

    .venv/bin/python bench/threshold_stability.py [--corpus corpus/portal] [--repetitions 6]
        [--pool 3]

Runs 5-fold cross-validation ``--repetitions`` times (split seeds 0, 1, ...), then makes the
choice ``frontdesk train`` makes (both Cs, the vagueness head, every threshold) from each
repetition alone and from each block of ``--pool`` repetitions pooled, as training does. Each
choice is then scored on every repetition: on its own ones (what training reports) and on the
others (the same labelled messages scored by other fold models, whose scores the choice never
saw; the messages themselves it did, so this flatters every choice). A choice that holds up
scores about the same on both; one fitted to its folds' noise does worse on the others.

Caveat: on another repetition the vagueness probabilities come from the choice's final
vagueness head, which was fitted on these same rows (with other folds' scores). It is a
13-feature logistic regression, so the leak is small, but it flatters every choice a little.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from frontdesk.intake.corpus import Example
from frontdesk.intake.quality import Figures
from frontdesk.intake.training import (
    OutOfFold,
    Search,
    _combined,
    _examples,
    _figures_at,
    _out_of_fold_scores,
    boundary_files,
    near_duplicate_groups,
    search,
    training_files,
    vagueness_files,
    vagueness_matrix,
)

FOLDS = 5


@dataclass(frozen=True)
class Scored:
    """One choice scored on every repetition."""

    name: str
    found: Search
    own: list[Figures]
    other: list[Figures]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus/portal"))
    parser.add_argument("--repetitions", type=int, default=6)
    parser.add_argument("--pool", type=int, default=3)
    args = parser.parse_args()
    started = time.monotonic()

    def progress(step: str) -> None:
        print(f"  [{time.monotonic() - started:5.0f} s] {step}", flush=True)

    examples = _examples(training_files(args.corpus))
    boundary = _examples(boundary_files(args.corpus))
    extra = _examples(vagueness_files(args.corpus))
    fitted = [*examples, *boundary]
    groups = near_duplicate_groups([e.text for e in [*fitted, *extra]])
    seeds = list(range(args.repetitions))
    with threadpool_limits(limits=1):
        runs = _out_of_fold_scores(fitted, FOLDS, seeds, groups, extra, progress)
    choices = [[s] for s in seeds] + [
        seeds[i : i + args.pool] for i in range(0, len(seeds) - args.pool + 1, args.pool)
    ]
    results = []
    for chosen in choices:
        name = "+".join(str(s) for s in chosen)
        progress(f"search on repetition {name}")
        found = search(
            examples, boundary, extra, groups, [runs[s] for s in chosen], FOLDS, chosen[0]
        )
        scored = [_scored(examples, run, found) for run in runs]
        own = [f for s, f in zip(seeds, scored, strict=True) if s in chosen]
        other = [f for s, f in zip(seeds, scored, strict=True) if s not in chosen]
        results.append(Scored(name, found, own, other))
    _print(results, len(examples))


def _scored(examples: Sequence[Example], run: OutOfFold, found: Search) -> Figures:
    """``found``'s thresholds on one repetition's out-of-fold scores of the train rows."""
    n = len(examples)
    scores = _combined(run.fitted[found.c_category][:n], run.fitted[found.c_escalation][:n])
    if found.vagueness is not None:
        vague = found.vagueness.probabilities(vagueness_matrix(examples, scores))
        scores = [replace(s, vague=float(p)) for s, p in zip(scores, vague, strict=True)]
    return _figures_at(examples, scores, found.thresholds)


def _mean(figures: Sequence[Figures], field: str) -> float:
    return float(np.mean([getattr(f, field) for f in figures])) if figures else float("nan")


def _print(results: Sequence[Scored], messages: int) -> None:
    print(f"\n== threshold choices ({messages} train messages, {FOLDS}-fold)")
    print("choice  C cat/esc  escalate emergency category vague | location urgency")
    for r in results:
        t = r.found.thresholds
        print(
            f"{r.name:7} {r.found.c_category:g}/{r.found.c_escalation:g}"
            f"{'':>6} {t.escalate:.3f}    {t.emergency:.3f}     {t.category:.3f}"
            f"    {t.vague:.2f} | {t.detail('location'):.2f}     {t.detail('urgency'):.2f}"
        )
    print("\n== scored on its own repetitions | on the other repetitions (means per repetition)")
    print(
        "choice  unsafe  routine-esc  missing-detail  em-recall | unsafe  routine-esc"
        "  missing-detail  em-recall(min)"
    )
    for r in results:
        print(f"{r.name:7} {_line(r.own)} | {_line(r.other) if r.other else '(none)'}")


def _line(figures: Sequence[Figures]) -> str:
    return (
        f"{_mean(figures, 'unsafe_automation'):6.1f}"
        f"  {_mean(figures, 'routine_overescalation'):10.2%}"
        f"  {_mean(figures, 'missing_exact'):13.2%}"
        f"  {min(f.emergency_recall for f in figures):8.2%}"
    )


if __name__ == "__main__":
    main()
