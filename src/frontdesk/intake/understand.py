"""Understand one resident message: language, safety rules, model, thresholds, details, facts.

The order is the policy: the safety rules run first and win; a message of words the model has
never seen is ``unclear``; the model then may escalate on its own (its escalation probability
crosses a threshold, or an emergency is merely plausible); a category the model is not
confident about becomes ``unclear``, and so does a message the vagueness head finds too vague
to route (vagueness.py). A repair visit asked for in so many words ("need maintenance in 2B")
is maintenance where only the model or the no-content rule said otherwise (requests.py). Only
what is left is routine, and only routine maintenance gets a ``missing`` list. ``rule`` always
names what decided.
"""

from __future__ import annotations

from collections.abc import Sequence

from frontdesk.intake.details import details_given, extract_facts
from frontdesk.intake.language import detect_language
from frontdesk.intake.model import PortalModel, Scores, Thresholds, shipped_model
from frontdesk.intake.normalize import normalize
from frontdesk.intake.requests import repair_request
from frontdesk.intake.safety import scan
from frontdesk.intake.understanding import MAINTENANCE_DETAILS, Evidence, Understanding

RULE_CONFIDENCE = 0.99
# What a plain request for a repair visit may overrule: the model's topic and its doubts, and
# the no-content rule (which reads "quien me ayuda con mantenimiento" as filler words)
_REQUEST_OVERRULES = frozenset(
    {"safety.unclear.no_content", "model.escalation.unclear", "model.low_confidence", "model.vague"}
)


def understand(
    text: str,
    lang_hint: str | None = None,
    required_details: Sequence[str] = MAINTENANCE_DETAILS,
    *,
    model: PortalModel | None = None,
) -> Understanding:
    """What one message is about and whether a person must handle it (see module docstring)."""
    return understand_many([text], [lang_hint], required_details, model=model)[0]


def understand_many(
    texts: Sequence[str],
    lang_hints: Sequence[str | None] | None = None,
    required_details: Sequence[str] = MAINTENANCE_DETAILS,
    *,
    model: PortalModel | None = None,
) -> list[Understanding]:
    """``understand`` for several messages, scoring them with the model in one batch."""
    hints = lang_hints if lang_hints is not None else [None] * len(texts)
    return understand_each(
        [(text, hint, required_details) for text, hint in zip(texts, hints, strict=True)],
        model=model,
    )


def understand_each(
    items: Sequence[tuple[str, str | None, Sequence[str]]], *, model: PortalModel | None = None
) -> list[Understanding]:
    """Several messages, each ``(text, lang_hint, required_details)`` (residents of different
    properties may owe different details), scored in one batch."""
    chosen = model if model is not None else shipped_model()
    scores = chosen.scores([text for text, _, _ in items])
    return [
        decide(text, s, chosen.thresholds, hint, required)
        for (text, hint, required), s in zip(items, scores, strict=True)
    ]


def decide(
    text: str,
    scores: Scores,
    thresholds: Thresholds,
    lang_hint: str | None = None,
    required_details: Sequence[str] = MAINTENANCE_DETAILS,
) -> Understanding:
    """Combine rules and model scores into an Understanding (pure; used by training too)."""
    lang = detect_language(text, lang_hint)
    norm = normalize(text)
    category, p_category = scores.top_category
    facts = extract_facts(text)
    if not norm:
        return Understanding("general", "unclear", lang, 1.0, "intake.empty", facts=facts)
    escalation, rule, confidence, evidence = _escalation(norm, scores, thresholds)
    evidence.append(Evidence("model.category", f"{category} p={p_category:.2f}"))
    asked = _overruling_request(norm, category, escalation, rule)
    if asked is not None:
        evidence.append(Evidence("intake.repair_request", asked))
        category, escalation, rule, confidence = (
            "maintenance",
            None,
            "intake.repair_request",
            RULE_CONFIDENCE,
        )
    given: frozenset[str] = frozenset()
    if category == "maintenance":
        given = _details(text, lang, scores, thresholds)
    if escalation == "unclear":
        # Too vague to route means no topic either; details stay (a reply may answer one).
        category = "general"
    return Understanding(
        category=category,
        escalation=escalation,
        lang=lang,
        confidence=round(confidence, 4),
        rule=rule,
        details_given=given,
        evidence=tuple(evidence),
        facts=facts,
    ).owing(required_details)


def _overruling_request(norm: str, category: str, escalation: str | None, rule: str) -> str | None:
    """The words of a plain repair request where only the model or no-content stood against it."""
    if escalation is None and category not in ("general", "status_update"):
        return None
    if escalation is not None and rule not in _REQUEST_OVERRULES:
        return None
    return repair_request(norm)


def _details(text: str, lang: str, scores: Scores, thresholds: Thresholds) -> frozenset[str]:
    """The model's detail heads when it has them (they include the lexicon), else the lexicon."""
    if scores.details:
        return frozenset(name for name, p in scores.details.items() if p >= thresholds.detail(name))
    return details_given(text, lang)


def _escalation(
    norm: str, scores: Scores, t: Thresholds
) -> tuple[str | None, str, float, list[Evidence]]:
    """(kind or None, deciding rule, confidence, evidence) — safety rules first, then model."""
    matches = scan(norm)
    evidence = [m.evidence() for m in matches]
    p_emergency = scores.escalation.get("emergency", 0.0)
    if matches and matches[0].kind == "emergency":
        return "emergency", matches[0].rule, RULE_CONFIDENCE, evidence
    if p_emergency >= t.emergency:
        evidence.append(Evidence("model.escalation.emergency", f"p={p_emergency:.2f}"))
        return "emergency", "model.escalation.emergency", p_emergency, evidence
    if matches:
        return matches[0].kind, matches[0].rule, RULE_CONFIDENCE, evidence
    if scores.unknown_words:
        evidence.append(Evidence("model.unknown_words", "no word the model has seen"))
        return "unclear", "model.unknown_words", RULE_CONFIDENCE, evidence
    if scores.p_escalate >= t.escalate:
        kind, _ = scores.top_escalation
        evidence.append(Evidence(f"model.escalation.{kind}", f"p={scores.p_escalate:.2f}"))
        return kind, f"model.escalation.{kind}", scores.p_escalate, evidence
    category, p_category = scores.top_category
    if p_category < t.category:
        evidence.append(Evidence("model.low_confidence", f"{category} p={p_category:.2f}"))
        return "unclear", "model.low_confidence", 1.0 - p_category, evidence
    if scores.vague >= t.vague:
        evidence.append(Evidence("model.vague", f"p={scores.vague:.2f}"))
        return "unclear", "model.vague", scores.vague, evidence
    return None, "model.category", p_category * (1.0 - scores.p_escalate), evidence
