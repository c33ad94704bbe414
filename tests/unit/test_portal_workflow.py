"""The resident-message decision, pure: routing, one question per turn, escalations."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from frontdesk.intake.understanding import ESCALATIONS, Evidence, Understanding
from frontdesk.policy import default_policy
from frontdesk.workflows.decision import (
    CreateTask,
    Decision,
    NotifyWebhook,
    RecordEvent,
    SendMessage,
    UpdateTask,
    UpdateThread,
)
from frontdesk.workflows.portal import decide, is_new_topic
from frontdesk.workflows.portal_context import PortalMessage, Resident, ThreadState, WorkOrder

NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
POLICY = default_policy()
ALL_DETAILS = frozenset({"location", "description", "urgency", "entry_permission", "availability"})
ANA = Resident(
    person_id=1,
    first_name="Ana",
    lang="es",
    property_id=3,
    property_external_id="MAPLE",
    property_name="Maple Court",
    unit="4B",
    lease_id=9,
    lease_status="active",
)
NEW_THREAD = ThreadState(
    id=5,
    is_new=True,
    category=None,
    escalation=None,
    status="open",
    automation_paused=False,
    awaiting_detail=None,
    details={},
    task_id=None,
)


def understood(
    category: str = "maintenance",
    escalation: str | None = None,
    given: frozenset[str] = ALL_DETAILS,
    lang: str = "en",
    confidence: float = 0.97,
) -> Understanding:
    return Understanding(
        category=category,
        escalation=escalation,
        lang=lang,
        confidence=confidence,
        rule="test.rule",
        details_given=given,
        evidence=(Evidence("safety.test", "the words"),) if escalation else (),
    )


def message(
    u: Understanding,
    thread: ThreadState = NEW_THREAD,
    resident: Resident | None = ANA,
    **changes: object,
) -> PortalMessage:
    base = PortalMessage(
        message_id=77,
        channel="sms",
        reply_channel="sms",
        reply_to="+13125550123",
        text="the sink leaks",
        understanding=u,
        thread=thread,
        resident=resident,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def run(msg: PortalMessage) -> Decision:
    return decide(msg, POLICY, NOW, portfolio_id=1)


def of(decision: Decision, kind: type) -> list:  # type: ignore[type-arg]
    return [a for a in decision.actions if isinstance(a, kind)]


def test_complete_maintenance_request_opens_a_work_order_and_acknowledges() -> None:
    decision = run(message(understood()))
    (task,) = of(decision, CreateTask)
    assert task.queue == "maintenance" and task.priority == "normal"
    assert task.sla_due_at is not None and task.sla_due_at > NOW
    (reply,) = of(decision, SendMessage)
    assert reply.template == "ack.maintenance" and reply.lang == "en"
    assert of(decision, UpdateThread)[0].link_new_task
    assert of(decision, RecordEvent)[0].kind == "message.classified"


def test_asks_for_the_first_missing_detail_only() -> None:
    decision = run(message(understood(given=frozenset({"description", "urgency"}))))
    assert of(decision, CreateTask) == []
    (ask,) = of(decision, SendMessage)
    assert ask.template == "prompt.maintenance.location"
    assert of(decision, UpdateThread)[0].awaiting_detail == "location"


def test_dialogue_moves_to_the_next_detail_then_routes() -> None:
    thread = replace(
        NEW_THREAD,
        is_new=False,
        category="maintenance",
        awaiting_detail="location",
        details={"description": True},
    )
    answer = understood(given=frozenset(), confidence=0.4)
    second = run(message(answer, thread=thread, text="kitchen"))
    assert of(second, SendMessage)[0].template == "prompt.maintenance.urgency"
    known = {"description": True, "location": True, "urgency": True, "entry_permission": True}
    last = replace(thread, awaiting_detail="availability", details=known)
    final = run(
        message(
            understood(category="general", given=frozenset()), thread=last, text="tomorrow after 3"
        )
    )
    (task,) = of(final, CreateTask)
    assert task.queue == "maintenance"
    assert of(final, SendMessage)[0].template == "ack.maintenance"


@pytest.mark.parametrize("kind", ESCALATIONS)
def test_every_escalation_goes_to_a_person_with_evidence(kind: str) -> None:
    decision = run(message(understood(escalation=kind)))
    spec = POLICY.escalations[kind]
    (task,) = of(decision, CreateTask)
    assert task.queue == spec.queue and task.kind == f"escalation.{kind}"
    assert task.details["recommended_action"] == spec.recommended_action
    assert task.details["evidence"] == "the words"
    update = of(decision, UpdateThread)[0]
    assert update.automation_paused and update.status == "human" and update.escalation == kind
    templates = {m.template for m in of(decision, SendMessage)}
    assert templates <= {spec.resident_template, "staff.on_call_page"}
    assert not any(t and t.startswith(("ack.", "prompt.")) for t in templates)


def test_emergency_sends_instructions_and_pages_on_call_even_for_unknown_sender() -> None:
    decision = run(message(understood(escalation="emergency"), resident=None))
    sent = {m.template: m for m in of(decision, SendMessage)}
    assert sent["escalation.emergency"].recipient == "+13125550123"
    assert sent["staff.on_call_page"].recipient == POLICY.on_call.address


def test_unknown_sender_goes_to_a_person() -> None:
    decision = run(message(understood(), resident=None))
    (task,) = of(decision, CreateTask)
    assert task.kind == "unverified_sender"
    assert [m.template for m in of(decision, SendMessage)] == ["ack.unverified"]


def test_thread_with_a_person_gets_no_automated_reply() -> None:
    thread = replace(NEW_THREAD, is_new=False, automation_paused=True, task_id=12)
    decision = run(message(understood(), thread=thread))
    assert of(decision, SendMessage) == [] and of(decision, CreateTask) == []
    assert of(decision, UpdateTask)[0].task_id == 12


def test_status_update_is_answered_from_the_record_in_spanish() -> None:
    orders = (WorkOrder(id=41, title="Leak", status="in_progress"),)
    decision = run(message(understood("status_update", lang="es"), open_work_orders=orders))
    (reply,) = of(decision, SendMessage)
    assert reply.template == "status.open_work_order" and reply.lang == "es"
    assert reply.variables["status"] == "en curso" and reply.variables["work_order"] == 41
    assert of(decision, CreateTask) == []


def test_status_update_without_open_work_order_goes_to_a_person() -> None:
    decision = run(message(understood("status_update")))
    assert of(decision, CreateTask)[0].kind == "status_question"


def test_opted_out_resident_gets_no_reply_but_work_is_still_created() -> None:
    decision = run(message(understood(), resident=replace(ANA, reply_opted_out=True)))
    assert of(decision, SendMessage) == []
    assert len(of(decision, CreateTask)) == 1
    assert any(e.kind == "reply.suppressed" for e in of(decision, RecordEvent))


def test_writeback_carries_the_thread_state_when_configured() -> None:
    decision = run(message(understood(escalation="dispute"), writeback_url="https://pms/hook"))
    (hook,) = of(decision, NotifyWebhook)
    assert hook.payload["status"] == "human" and hook.payload["escalation"] == "dispute"
    assert hook.idempotency_key == "writeback:77"


def test_replies_have_stable_idempotency_keys() -> None:
    first = of(run(message(understood())), SendMessage)[0]
    again = of(run(message(understood())), SendMessage)[0]
    assert first.idempotency_key == again.idempotency_key == "reply:77:ack.maintenance"


def test_new_topic_detection() -> None:
    thread = replace(NEW_THREAD, is_new=False, category="maintenance")
    assert is_new_topic(thread, understood("billing"))
    assert not is_new_topic(thread, understood("maintenance"))
    assert not is_new_topic(thread, understood("status_update"))
    assert not is_new_topic(thread, understood("billing", confidence=0.5))
    waiting = replace(thread, awaiting_detail="location")
    assert not is_new_topic(waiting, understood("general", given=frozenset({"location"})))


def test_unclear_short_reply_is_read_as_the_answer_to_our_question() -> None:
    thread = replace(
        NEW_THREAD,
        is_new=False,
        category="maintenance",
        awaiting_detail="entry_permission",
        details={"description": True, "location": True, "urgency": True},
    )
    decision = run(
        message(
            understood("general", escalation="unclear", given=frozenset()), thread=thread, text="ok"
        )
    )
    assert of(decision, SendMessage)[0].template == "prompt.maintenance.availability"
    assert of(decision, CreateTask) == []


def test_other_escalations_still_win_over_a_pending_question() -> None:
    thread = replace(NEW_THREAD, is_new=False, category="maintenance", awaiting_detail="urgency")
    decision = run(message(understood(escalation="emergency"), thread=thread))
    assert of(decision, CreateTask)[0].kind == "escalation.emergency"
