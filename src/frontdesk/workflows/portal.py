"""Resident messages: route routine requests, ask for one missing detail, escalate to people.

``decide`` is pure: it takes the message with its understanding and context, the effective
policy and ``now``, and returns a Decision. Each branch is a named rule; the first that
applies decides. Escalations always win, and nothing reaches a resident except the policy's
approved templates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from frontdesk.intake.understanding import Understanding
from frontdesk.policy import Policy
from frontdesk.workflows.decision import (
    Action,
    CreateTask,
    Decision,
    RecordEvent,
    Subject,
    UpdateTask,
    UpdateThread,
)
from frontdesk.workflows.portal_context import PortalMessage, ThreadState
from frontdesk.workflows.portal_replies import (
    STATUS_WORDS,
    lang,
    page_on_call,
    reply,
    short,
    title,
    writeback,
)

NEW_TOPIC_CONFIDENCE = 0.8

Rule = Callable[[PortalMessage, Policy, datetime], list[Action] | None]


def decide(msg: PortalMessage, policy: Policy, now: datetime, portfolio_id: int) -> Decision:
    """Run the rules in order; the first that returns actions decides the message."""
    actions: list[Action] = [_classified(msg)]
    for rule in RULES:
        chosen = rule(msg, policy, now)
        if chosen is not None:
            actions.extend(chosen)
            break
    else:
        actions.extend(rule_route(msg, policy, now))
    actions.extend(writeback(msg, actions))
    return Decision(
        portfolio_id, Subject("thread", msg.thread.id), tuple(actions), policy.version_hash
    )


def _classified(msg: PortalMessage) -> RecordEvent:
    u = msg.understanding
    return RecordEvent(
        rule=u.rule,
        reason=f"understood as {u.category}"
        + (f", escalate: {u.escalation}" if u.escalation else ""),
        kind="message.classified",
        data={
            "message_id": msg.message_id,
            "category": u.category,
            "escalation": u.escalation,
            "confidence": round(u.confidence, 3),
            "lang": u.lang,
            "details_given": sorted(u.details_given),
            "evidence": [{"rule": e.rule, "matched": e.matched} for e in u.evidence],
            "facts": u.facts,
        },
    )


def rule_escalate(msg: PortalMessage, policy: Policy, now: datetime) -> list[Action] | None:
    """Anything that needs judgment stops automation and goes to the escalation's queue."""
    kind = msg.understanding.escalation
    if kind is None or _answers_our_question(msg):
        return None
    esc = policy.escalations[kind]
    rule = f"portal.escalate.{kind}"
    evidence = "; ".join(e.matched for e in msg.understanding.evidence) or msg.understanding.rule
    actions = to_person(
        msg,
        policy,
        now,
        rule,
        why=f"{kind} needs a person; automation stops",
        queue=esc.queue,
        kind=f"escalation.{kind}",
        title=title(msg, kind),
        priority=esc.priority,
        escalation=kind,
        details={"recommended_action": esc.recommended_action, "evidence": evidence},
    )
    if esc.resident_template and (kind == "emergency" or msg.resident is not None):
        actions += reply(msg, rule, f"the {kind} holding reply", esc.resident_template)
    if esc.page_on_call:
        actions.append(page_on_call(msg, policy, rule))
    return actions


def rule_human_thread(msg: PortalMessage, policy: Policy, now: datetime) -> list[Action] | None:
    """A thread already with a person stays with that person: the new message is added."""
    if not msg.thread.automation_paused:
        return None
    rule = "portal.human_thread"
    actions: list[Action] = [
        RecordEvent(
            rule=rule,
            reason="thread is with a person; no automated reply",
            kind="message.for_human",
            data={"message_id": msg.message_id},
        )
    ]
    if msg.thread.task_id is not None:
        actions.append(
            UpdateTask(
                rule=rule,
                reason="the person on it sees the new message",
                task_id=msg.thread.task_id,
                details={"last_message": msg.text},
            )
        )
    return actions


def rule_unknown_sender(msg: PortalMessage, policy: Policy, now: datetime) -> list[Action] | None:
    """A sender we cannot match to a resident is answered by a person, never by automation."""
    if msg.resident is not None:
        return None
    rule = "portal.unknown_sender"
    return [
        *to_person(
            msg,
            policy,
            now,
            rule,
            why="sender not matched to a resident; a person triages it",
            queue=policy.escalations["unclear"].queue,
            kind="unverified_sender",
            title=f"Unverified sender {msg.reply_to}",
        ),
        *reply(msg, rule, "tell the sender a person will reply", "ack.unverified"),
    ]


def rule_status_update(msg: PortalMessage, policy: Policy, now: datetime) -> list[Action] | None:
    """ "Any news?" is answered from the record: the resident's open work order and its status."""
    if msg.understanding.category != "status_update":
        return None
    rule = "portal.status_update"
    if not msg.open_work_orders:
        return [
            *to_person(
                msg,
                policy,
                now,
                rule,
                why="no open work order to report on; a person looks for it",
                queue=policy.escalations["unclear"].queue,
                kind="status_question",
                title=title(msg, "status question"),
                category="status_update",
            ),
            *reply(msg, rule, "no open request on record", "status.no_open_request"),
        ]
    order = msg.open_work_orders[0]
    language = lang(msg)
    status = STATUS_WORDS.get(order.status, {}).get(language, order.status)
    return [
        UpdateThread(
            rule=rule, reason="answered from the record", status="closed", category="status_update"
        ),
        *reply(
            msg,
            rule,
            f"work order {order.id} is {order.status}",
            "status.open_work_order",
            {"work_order": order.id, "title": short(order.title), "status": status},
        ),
    ]


def rule_ask_missing(msg: PortalMessage, policy: Policy, now: datetime) -> list[Action] | None:
    """One question per turn: ask for the first required detail not yet known."""
    category = _category(msg)
    known = _known_details(msg)
    missing = [d for d in policy.categories[category].required_details if d.name not in known]
    if not missing:
        return None
    ask = missing[0]
    rule = f"portal.ask.{ask.name}"
    return [
        UpdateThread(
            rule=rule,
            reason=f"{ask.name} is the next missing detail",
            status="awaiting_resident",
            category=category,
            awaiting_detail=ask.name,
            details=dict.fromkeys(sorted(known), True),
        ),
        *reply(msg, rule, f"ask for {ask.name}", ask.prompt),
    ]


def rule_route(msg: PortalMessage, policy: Policy, now: datetime) -> list[Action]:
    """Everything known: open (or update) the task in the category's queue and acknowledge."""
    category = _category(msg)
    spec = policy.categories[category]
    sla = spec.sla_hours or policy.queues[spec.queue].sla_hours
    rule = f"portal.route.{category}"
    known = _known_details(msg)
    details = {"details": sorted(known), "messages": msg.text, "thread_id": msg.thread.id}
    actions: list[Action] = [
        UpdateThread(
            rule=rule,
            reason=f"routed to {spec.queue}",
            status="open",
            category=category,
            clear_awaiting=True,
            details=dict.fromkeys(sorted(known), True),
            link_new_task=msg.thread.task_id is None,
        ),
    ]
    if msg.thread.task_id is None:
        actions.append(
            CreateTask(
                rule=rule,
                reason=f"{category} requests go to {spec.queue}",
                queue=spec.queue,
                kind=category,
                title=title(msg, category),
                priority=spec.priority,
                details=details,
                sla_due_at=now + timedelta(hours=sla),
                property_id=msg.resident.property_id if msg.resident else None,
            )
        )
    else:
        actions.append(
            UpdateTask(
                rule=rule,
                reason="the resident added to the request",
                task_id=msg.thread.task_id,
                details=details,
            )
        )
    actions += reply(msg, rule, "acknowledge the request", spec.ack_template)
    return actions


RULES: tuple[Rule, ...] = (
    rule_escalate,
    rule_human_thread,
    rule_unknown_sender,
    rule_status_update,
    rule_ask_missing,
)


def to_person(
    msg: PortalMessage,
    policy: Policy,
    now: datetime,
    rule: str,
    *,
    why: str,
    queue: str,
    kind: str,
    title: str,
    priority: str = "normal",
    escalation: str | None = None,
    category: str | None = None,
    details: dict[str, object] | None = None,
) -> list[Action]:
    """Stop automation on the thread and open a task for a person with the message attached."""
    return [
        UpdateThread(
            rule=rule,
            reason=why,
            status="human",
            escalation=escalation,
            automation_paused=True,
            category=category or msg.understanding.category,
            link_new_task=True,
        ),
        CreateTask(
            rule=rule,
            reason=f"{kind.replace('_', ' ')} goes to the {queue} queue",
            queue=queue,
            kind=kind,
            title=title,
            priority=priority,
            details={**(details or {}), "message": msg.text, "thread_id": msg.thread.id},
            sla_due_at=now + timedelta(hours=policy.queues[queue].sla_hours),
            property_id=msg.resident.property_id if msg.resident else None,
        ),
    ]


def _answers_our_question(msg: PortalMessage) -> bool:
    """ "ok", "kitchen", "after 5" are unclear alone but clear as the answer we asked for.

    Only ``unclear`` yields to context; every other escalation still goes to a person.
    """
    return msg.understanding.escalation == "unclear" and msg.thread.awaiting_detail is not None


def _category(msg: PortalMessage) -> str:
    """An answer to our question keeps the thread's topic; otherwise the message's own."""
    if msg.thread.awaiting_detail and msg.thread.category:
        return msg.thread.category
    return msg.understanding.category


def _known_details(msg: PortalMessage) -> set[str]:
    known = {k for k, v in msg.thread.details.items() if v}
    known |= set(msg.understanding.details_given)
    if msg.thread.awaiting_detail:
        known.add(msg.thread.awaiting_detail)  # this message is the answer to our question
    return known


def is_new_topic(thread: ThreadState, understanding: Understanding) -> bool:
    """A reply that raises a different, confidently understood topic opens a new case.

    An answer to the question we asked (short, or giving the awaited detail) stays put, and so
    does a status question or an escalation, which belong to the thread they are about.
    """
    if thread.category is None or understanding.category == thread.category:
        return False
    if understanding.escalation is not None or understanding.category == "status_update":
        return False
    if thread.awaiting_detail:
        answered = thread.awaiting_detail in understanding.details_given
        if answered or understanding.confidence < NEW_TOPIC_CONFIDENCE:
            return False
    return understanding.confidence >= NEW_TOPIC_CONFIDENCE
