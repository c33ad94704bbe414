"""Training is reproducible, folds keep near-duplicates together, and the fast threshold
search agrees with the real decision logic."""

from __future__ import annotations

import json
import math
import random
from dataclasses import replace
from pathlib import Path

import joblib
import numpy as np
import pytest

from frontdesk.intake import training
from frontdesk.intake.corpus import Example, load_examples
from frontdesk.intake.model import DETAIL_THRESHOLD, Scores, Thresholds, fit, fit_grid, load
from frontdesk.intake.training import (
    C_GRID,
    VAGUE_GRID,
    ThresholdChoice,
    _DecisionTable,
    _out_of_fold_scores,
    choose_detail_thresholds,
    choose_thresholds,
    near_duplicate_groups,
    train,
)
from frontdesk.intake.understand import decide

TOPICS = [
    ("maintenance", None, ["the {x} is leaking", "my {x} stopped working", "{x} makes a noise"]),
    ("billing", None, ["what is the {x} charge", "can I get a receipt for {x}"]),
    ("lease", None, ["I want to renew my lease for {x}", "can I sublet for {x}"]),
    ("general", None, ["what are the {x} hours", "where do I leave {x}"]),
    ("maintenance", "emergency", ["there is a gas smell near the {x}", "smoke from the {x}"]),
    ("billing", "dispute", ["I was charged twice for {x}", "the {x} fee is wrong"]),
]
WORDS = ["sink", "dryer", "pool", "gym", "stove", "parking", "trash", "summer", "heater", "fan"]


def _write_corpus(folder: Path) -> None:
    rng = random.Random(7)
    with (folder / "train.jsonl").open("w") as fh:
        for i in range(240):
            category, escalation, phrases = TOPICS[i % len(TOPICS)]
            text = rng.choice(phrases).format(x=rng.choice(WORDS))
            # "in the kitchen" states a location, so the location head has both classes
            if category == "maintenance" and i % 4 == 0:
                text += " in the kitchen"
            given = []
            if category == "maintenance":
                given = ["location", "description"] if "kitchen" in text else ["description"]
            row = {"id": f"t{i}", "text": text, "lang": "en", "category": category}
            fh.write(json.dumps(row | {"escalation": escalation, "given": given}) + "\n")


def test_training_writes_a_loadable_artifact_reproducibly(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    steps: list[str] = []
    first = train(
        tmp_path, tmp_path / "a.joblib", seed=0, folds=3, progress=steps.append, repeats=2, jobs=2
    )
    # one job at a time gives the same model as two at a time
    second = train(tmp_path, tmp_path / "b.joblib", seed=0, folds=3, repeats=2, jobs=1)
    # a long command says what it is doing: each fold model, the searches, the final fit
    assert [s for s in steps if s.startswith("cross-validation: ")] == [
        "cross-validation: 6 fold models, 2 at a time",
        *(f"cross-validation: {k} of 6 fold models ({len(C_GRID)} C each)" for k in range(1, 7)),
    ]
    assert steps[-1] == "fitting the model on all 240 messages"
    assert first.thresholds == second.thresholds
    assert first.cv == second.cv
    assert first.fold_seeds == (0, 1) and len(first.cv) == 2
    a, b = load(tmp_path / "a.joblib"), load(tmp_path / "b.joblib")
    np.testing.assert_array_equal(a.escalation_head.coef_, b.escalation_head.coef_)
    assert a.meta["fold_seeds"] == [0, 1]
    # The escalation C is the one whose thresholds do best on the search's own criterion.
    assert set(first.cv_escalation_by_c) == set(C_GRID)
    best = min(choice.key for choice in first.cv_escalation_by_c.values())
    assert first.cv_escalation_by_c[first.c_escalation].key == best
    escalation = first.cv_escalation_by_c[first.c_escalation].thresholds
    assert (first.thresholds.escalate, first.thresholds.emergency, first.thresholds.category) == (
        escalation.escalate,
        escalation.emergency,
        escalation.category,
    )
    assert any("escalation C by CV" in line for line in first.lines())
    assert [name for name, _ in first.thresholds.details] == ["location"]
    model = load(tmp_path / "a.joblib")
    assert model.thresholds == first.thresholds, "thresholds survive a save and a load"
    (scores,) = model.scores(["the sink is leaking"])
    assert scores.top_category[0] == "maintenance"
    assert set(scores.details) == {"location"}


def test_the_c_grid_fit_gives_the_models_fit_gives(tmp_path: Path) -> None:
    """Cross-validation fits the encoding and detail heads once per fold for every C; each
    model must still be the one a fit at that C alone would give."""
    _write_corpus(tmp_path)
    examples = load_examples(tmp_path / "train.jsonl")
    columns = (
        [e.text for e in examples],
        [e.category for e in examples],
        [e.escalation or "none" for e in examples],
    )
    given = [e.given for e in examples]
    grid = fit_grid(*columns, (1.0, 30.0), seed=0, given=given)
    assert set(grid) == {1.0, 30.0}
    for c, model in grid.items():
        alone = fit(*columns, c, c, seed=0, given=given)
        for head in ("category_head", "escalation_head"):
            np.testing.assert_allclose(
                getattr(model, head).coef_, getattr(alone, head).coef_, err_msg=f"{head} {c}"
            )
        assert set(model.detail_heads) == set(alone.detail_heads) == {"location"}
        texts = ["the sink is leaking in the kitchen", "gas smell near the stove"]
        assert model.scores(texts) == alone.scores(texts)
    # the two C values differ, so the comparison above could fail
    assert not np.allclose(grid[1.0].escalation_head.coef_, grid[30.0].escalation_head.coef_)


def test_near_duplicates_share_a_group_and_different_messages_do_not() -> None:
    groups = near_duplicate_groups(
        [
            "hi, the kitchen sink is leaking, thanks",
            "the kitchen sink is leaking!! thanks",
            "when does my lease end",
        ]
    )
    assert groups[0] == groups[1] != groups[2]


def test_fast_threshold_table_agrees_with_decide() -> None:
    rng = random.Random(3)
    examples, scores = [], []
    for i in range(200):
        escalation = rng.choice([None, None, None, "emergency", "dispute"])
        text = rng.choice(["my sink drips", "gas smell in the hall", "what are pool hours"])
        examples.append(Example(str(i), text, "en", "maintenance", escalation, frozenset()))
        p_none, p_emergency = rng.random(), rng.random() * 0.5
        rest = max(0.0, 1 - p_none - p_emergency)
        p_category = rng.random()
        scores.append(
            Scores(
                {"maintenance": p_category, "general": 1 - p_category},
                {"none": p_none, "emergency": p_emergency, "dispute": rest},
                vague=rng.random(),
            )
        )
    table = _DecisionTable.build(examples, scores)
    for t in (
        Thresholds(0.5, 0.3, 0.5),
        Thresholds(0.2, 0.1, 0.0),
        Thresholds(0.8, 0.45, 0.7),
        Thresholds(0.8, 0.45, 0.3, vague=0.7),
    ):
        decided = [decide(e.text, s, t) for e, s in zip(examples, scores, strict=True)]
        misses = sum(
            e.must_human and not u.must_human for e, u in zip(examples, decided, strict=True)
        )
        misses += sum(
            e.escalation == "emergency" and u.escalation != "emergency"
            for e, u in zip(examples, decided, strict=True)
        )
        over = sum(
            not e.must_human and u.must_human for e, u in zip(examples, decided, strict=True)
        )
        assert table.evaluate(t) == (misses, over)
        emergencies_missed = sum(
            e.escalation == "emergency" and u.escalation != "emergency"
            for e, u in zip(examples, decided, strict=True)
        )
        assert table.emergencies_missed(t) == emergencies_missed


def test_detail_thresholds_are_chosen_per_head_on_maintenance_messages() -> None:
    """A head whose positives sit at 0.4 gets a threshold that reads them as given; messages of
    other categories do not count."""
    texts = ["the sink leaks in the kitchen", "the sink leaks", "pool hours?"] * 10
    examples = [
        Example(f"x{i}", t, "en", "general" if "pool" in t else "maintenance", None, given)
        for i, (t, given) in enumerate(
            zip(
                texts,
                [frozenset({"location"}), frozenset(), frozenset()] * 10,
                strict=True,
            )
        )
    ]
    p_location = {"the sink leaks in the kitchen": 0.4, "the sink leaks": 0.1, "pool hours?": 0.4}
    scores = [Scores({}, {}, {"location": p_location[e.text]}) for e in examples]
    assert choose_detail_thresholds(examples, scores) == (("location", 0.4),)


def test_a_choice_over_the_budget_loses_to_any_within_it() -> None:
    """The fallback for a C that cannot meet the budget escalates nearly everything, so it
    has few misses; it must still lose to a C that met the budget."""
    fallback = ThresholdChoice(Thresholds(), 0, 0, 5000, within_budget=False)
    met = ThresholdChoice(Thresholds(), 9, 300, 600)
    assert min([fallback, met], key=lambda c: c.key) is met
    # one missed emergency is never traded for fewer misses of other kinds
    catches_more = ThresholdChoice(Thresholds(), 3, 200, 600, emergencies_missed=1)
    misses_no_emergency = ThresholdChoice(Thresholds(), 9, 300, 600, emergencies_missed=0)
    assert min([catches_more, misses_no_emergency], key=lambda c: c.key) is misses_no_emergency


def test_an_artifact_saved_without_detail_thresholds_reads_them_as_default(
    tmp_path: Path,
) -> None:
    model = fit(
        ["a leak", "pool hours"] * 3, ["maintenance", "general"] * 3, ["none", "emergency"] * 3
    )
    model.save(tmp_path / "m.joblib")
    payload = joblib.load(tmp_path / "m.joblib")
    del payload["thresholds"]["details"]  # as written before per-detail thresholds
    joblib.dump(payload, tmp_path / "old.joblib")
    loaded = load(tmp_path / "old.joblib")
    assert loaded.thresholds.details == ()
    assert loaded.thresholds.detail("location") == DETAIL_THRESHOLD


VAGUE = ["hello??", "call me pls", "hey", "is this the office", "ok", "???", "hola", "quien es"]


def _unclear_row(i: int, prefix: str) -> str:
    text = f"{VAGUE[i % len(VAGUE)]}{' ?' * (i // len(VAGUE))}"
    row = {"id": f"{prefix}{i}", "text": text, "lang": "en", "category": "general"}
    return json.dumps(row | {"escalation": "unclear", "given": []}) + "\n"


def test_vague_files_train_the_vagueness_head_and_nothing_else(tmp_path: Path) -> None:
    """Unclear rows in train and a vague*.jsonl file give the model a vagueness head and a
    threshold; the file's rows are reported out of fold and do not train the n-gram heads."""
    _write_corpus(tmp_path)
    with (tmp_path / "train.jsonl").open("a") as fh:
        fh.writelines(_unclear_row(i, "u") for i in range(40))
    with (tmp_path / "vague_more.jsonl").open("w") as fh:
        fh.writelines(_unclear_row(i, "v") for i in range(40, 60))
    report = train(tmp_path, tmp_path / "m.joblib", seed=0, folds=3)
    assert report.vague_figures is not None
    pooled = len(report.fold_seeds)  # the vague rows are scored once per repetition
    assert (report.vague_figures.unclear, report.vague_figures.routine) == (20 * pooled, 0)
    assert any(line.startswith("vague*.jsonl out of fold") for line in report.lines())
    assert report.cv_without_vagueness is not None
    model = load(tmp_path / "m.joblib")
    assert model.vagueness_head is not None
    assert model.thresholds == report.thresholds
    assert model.meta["vagueness_corpus"] == [str(tmp_path / "vague_more.jsonl")]
    # the n-gram heads come out the same without the file: it trained only the vagueness head
    (tmp_path / "vague_more.jsonl").unlink()
    train(tmp_path, tmp_path / "without.joblib", seed=0, folds=3)
    without = load(tmp_path / "without.joblib")
    for head in ("category_head", "escalation_head"):
        np.testing.assert_array_equal(
            getattr(model, head).coef_, getattr(without, head).coef_, err_msg=head
        )


def test_a_vague_row_is_scored_by_the_fold_that_holds_its_near_duplicates(
    tmp_path: Path,
) -> None:
    """A vague-file row that repeats a train message gets exactly that message's out-of-fold
    scores: same fold, so a model that saw neither (and the rows stay aligned)."""
    _write_corpus(tmp_path)
    examples = load_examples(tmp_path / "train.jsonl")
    copies = [replace(examples[i], id=f"copy{i}") for i in range(0, 240, 7)]
    groups = near_duplicate_groups([e.text for e in [*examples, *copies]])
    (run,) = _out_of_fold_scores(examples, 3, [0], groups, copies, jobs=1)
    oof, extra = run.fitted, run.extra
    for c in C_GRID:
        for copy, scores in zip(copies, extra[c], strict=True):
            original = oof[c][int(copy.id.removeprefix("copy"))]
            # equal up to rounding (the batch differs); another fold's model differs far more
            assert scores.category == pytest.approx(original.category, abs=1e-9), (c, copy.text)
            assert scores.escalation == pytest.approx(original.escalation, abs=1e-9)


def test_the_search_turns_the_vagueness_head_on_when_it_catches_what_nothing_else_does() -> None:
    sure = {"maintenance": 0.9, "general": 0.1}
    calm = {"none": 0.95, "unclear": 0.05}
    examples = [
        Example(f"r{i}", "the sink drips", "en", "maintenance", None, frozenset())
        for i in range(100)
    ] + [
        Example(f"u{i}", "blue table chair", "en", "general", "unclear", frozenset())
        for i in range(5)
    ]
    scores = [Scores(sure, calm, vague=0.1)] * 100 + [Scores(sure, calm, vague=0.97)] * 5
    off = choose_thresholds(examples, scores)
    assert off.thresholds.vague == math.inf and off.misses == 5
    on = choose_thresholds(examples, scores, VAGUE_GRID)
    assert on.misses == 0 and on.overescalated == 0
    assert 0.1 < on.thresholds.vague <= 0.97


def test_a_corpus_without_unclear_messages_has_no_vagueness_head(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    report = train(tmp_path, tmp_path / "m.joblib", seed=0, folds=3)
    assert report.vague_figures is None
    assert report.thresholds.vague == math.inf
    assert load(tmp_path / "m.joblib").vagueness_head is None


def test_an_artifact_saved_before_the_vagueness_head_never_calls_a_message_vague(
    tmp_path: Path,
) -> None:
    model = fit(
        ["a leak", "pool hours"] * 3, ["maintenance", "general"] * 3, ["none", "emergency"] * 3
    )
    model.thresholds = Thresholds(vague=0.8)
    model.save(tmp_path / "m.joblib")
    assert load(tmp_path / "m.joblib").thresholds.vague == 0.8
    payload = joblib.load(tmp_path / "m.joblib")
    del payload["thresholds"]["vague"], payload["vagueness_head"]
    joblib.dump(payload, tmp_path / "old.joblib")
    loaded = load(tmp_path / "old.joblib")
    assert loaded.thresholds.vague == math.inf and loaded.vagueness_head is None
    assert all(s.vague == 0.0 for s in loaded.scores(["hello??", "a leak"]))


def test_boundary_files_train_the_heads_but_stay_out_of_the_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A boundary*.jsonl row teaches the model (its words reach the heads, the final fit
    counts it) and is reported out of fold on its own, but the C and threshold search and
    the cross-validated figures are over train rows only."""
    _write_corpus(tmp_path)
    rows = [
        {"id": f"b{i}", "text": f"the quokka burner clicks {WORDS[i % len(WORDS)]}"}
        | {"lang": "en", "category": "maintenance", "escalation": None}
        | {"given": ["description"]}
        for i in range(30)
    ]
    path = tmp_path / "boundary_more.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    searched: list[set[str]] = []
    searched_rows: list[list[str]] = []

    def recording(search):  # type: ignore[no-untyped-def]
        def wrapper(examples, *args, **kwargs):  # type: ignore[no-untyped-def]
            searched.append({e.id for e in examples})
            searched_rows.append([e.id for e in examples])
            return search(examples, *args, **kwargs)

        return wrapper

    for name in ("choose_thresholds", "choose_detail_thresholds"):
        monkeypatch.setattr(training, name, recording(getattr(training, name)))
    steps: list[str] = []
    report = train(tmp_path, tmp_path / "m.joblib", seed=0, folds=3, progress=steps.append)
    # every search (each C, the final one, the detail heads) saw exactly the train rows
    assert len(searched) == len(C_GRID) + 2
    assert all(ids == {f"t{i}" for i in range(240)} for ids in searched)
    assert all(len(ids) == 240 * training.REPEATS for ids in searched_rows)
    repeats = len(report.fold_seeds)  # the pooled searches see each train row once per repeat
    assert report.examples == 240 and all(run.messages == 240 for run in report.cv)
    assert report.boundary_figures is not None
    assert report.boundary_figures.messages == 30 * repeats
    assert "boundary*.jsonl out of fold (trained on, left out of the threshold search):" in (
        report.lines()
    )
    assert steps[-1] == "fitting the model on all 270 messages"
    model = load(tmp_path / "m.joblib")
    assert model.meta["boundary_corpus"] == [str(path)]
    assert model.meta["boundary_examples"] == 30
    words = model.features.transformer_list[1][1].vocabulary_
    assert "quokka" in words  # only the boundary file has it: it trained the encoding
    path.unlink()
    without = train(tmp_path, tmp_path / "w.joblib", seed=0, folds=3)
    assert without.boundary_figures is None
    assert "quokka" not in load(tmp_path / "w.joblib").features.transformer_list[1][1].vocabulary_


def test_pooling_a_repetition_with_itself_chooses_what_it_chooses_alone(tmp_path: Path) -> None:
    """The pooled search lines every repetition's scores up with its rows: two copies of one
    repetition must choose exactly what the one does alone, report that repetition's figures
    twice, and count each boundary row twice (a misaligned pool would score rows with other
    rows' scores, and choose or report something else)."""
    _write_corpus(tmp_path)
    examples = load_examples(tmp_path / "train.jsonl")
    boundary = [
        replace(e, id=f"b{i}", text=f"{e.text} in the quokka room")
        for i, e in enumerate(examples[:30])
    ]
    groups = near_duplicate_groups([e.text for e in [*examples, *boundary]])
    (run,) = _out_of_fold_scores([*examples, *boundary], 3, [0], groups, jobs=1)
    alone = training.search(examples, boundary, [], groups, [run], 3, 0)
    twice = training.search(examples, boundary, [], groups, [run, run], 3, 0)
    assert alone.vagueness is None  # no unclear rows: the comparison is exact
    assert twice.thresholds == alone.thresholds
    assert (twice.c_category, twice.c_escalation) == (alone.c_category, alone.c_escalation)
    assert twice.cv == (alone.cv[0], alone.cv[0])
    assert alone.boundary_figures is not None and twice.boundary_figures is not None
    assert twice.boundary_figures.messages == 2 * alone.boundary_figures.messages == 60
    assert twice.boundary_figures.unsafe_automation == 2 * alone.boundary_figures.unsafe_automation
    # and the per-repetition figures are those of the run's own scores at the chosen thresholds
    n = len(examples)
    own = training._combined(run.fitted[alone.c_category][:n], run.fitted[alone.c_escalation][:n])
    assert alone.cv[0] == training._figures_at(examples, own, alone.thresholds)


def test_the_model_keeps_its_share_of_emergencies_even_where_rules_catch_them_all() -> None:
    """Ten emergencies a rule catches, which the model scores at 0.2, and ten disputes at 0.5:
    within the budget the search can catch either the disputes or the emergencies by the model.
    Counting rules, catching the disputes loses nothing, so without the floor it would leave
    the emergencies to the rules alone; with it, the model keeps them and the disputes wait."""
    sure = {"maintenance": 0.9, "general": 0.1}
    rows: list[tuple[str, str | None, dict[str, float]]] = (
        [("gas smell in the hall", "emergency", {"none": 0.8, "emergency": 0.2})] * 10
        + [("my sink drips", "dispute", {"none": 0.5, "dispute": 0.5})] * 10
        + [("what are pool hours", None, {"none": 0.8, "emergency": 0.2})] * 6
        + [("what are pool hours", None, {"none": 0.5, "dispute": 0.5})] * 2
        + [("what are pool hours", None, {"none": 1.0})] * 92
    )
    examples = [
        Example(f"r{i}", text, "en", "maintenance", escalation, frozenset())
        for i, (text, escalation, _) in enumerate(rows)
    ]
    scores = [Scores(sure, escalation) for _, _, escalation in rows]
    assert training.MODEL_EMERGENCY_RECALL_FLOOR >= 0.95
    chosen = choose_thresholds(examples, scores)
    assert chosen.within_budget
    assert chosen.thresholds.emergency <= 0.2  # the model calls all ten
    assert chosen.misses == 10  # the disputes, which the budget cannot also pay for
