"""Resident messages end to end through the engine (real classifier, real store, both stores)."""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from frontdesk.engine.batcher import InboundBatcher
from frontdesk.engine.inbound import InboundMessage, ReceiveResult
from frontdesk.engine.intake_process import IntakeProcess
from frontdesk.engine.messages import (
    UnknownDestination,
    lock_senders,
    receive,
    receive_many,
    sender_key,
)
from frontdesk.engine.services import Services
from frontdesk.intake.understand import understand, understand_each
from frontdesk.intake.understanding import MAINTENANCE_DETAILS
from frontdesk.policy.loader import default_policy_text
from frontdesk.record.enums import Channel, LeaseStatus, TaskStatus
from frontdesk.record.models import (
    ContactPoint,
    Event,
    Lease,
    Message,
    OutboxItem,
    Person,
    Portfolio,
    Property,
    Task,
    Thread,
    Unit,
)

LINE = "+13125550142"  # Maple Court's tracking number (the maple_line fixture)
ANA = "+13125550123"
LUIS = "+13125550124"


@pytest.fixture
def resident_services(services: Services, maple_line: int) -> Services:
    """Maple Court (see conftest) with two units and two residents (one Spanish-speaking)."""
    now = services.clock.now()
    with services.sessions.begin() as session:
        prop = session.get_one(Property, maple_line)
        portfolio_id = prop.portfolio_id
        for n, (ext, first, lang, phone) in enumerate(
            [("R1", "Ana", "en", ANA), ("R2", "Luis", "es", LUIS)], start=1
        ):
            unit = Unit(
                portfolio_id=portfolio_id,
                property_id=prop.id,
                external_id=f"U{n}",
                number=f"{n}0{n}",
            )
            person = Person(
                portfolio_id=portfolio_id,
                external_id=ext,
                first_name=first,
                last_name="Doe",
                preferred_language=lang,
            )
            person.contacts.append(ContactPoint(channel=Channel.SMS, address=phone, consent=True))
            session.add_all([unit, person])
            session.flush()
            lease = Lease(
                portfolio_id=portfolio_id,
                unit_id=unit.id,
                external_id=f"L{n}",
                status=LeaseStatus.ACTIVE,
                start_date=now.date(),
                rent_cents=150000,
            )
            lease.residents.append(person)
            session.add(lease)
    return services


def sms(services: Services, sender: str, text: str, sid: str, minutes: int = 0) -> ReceiveResult:
    now = services.clock.now() + timedelta(minutes=minutes)
    return receive(
        services,
        InboundMessage(channel="sms", provider_id=sid, sender=sender, body=text, to=LINE),
        now,
    )


def replies(session: Session, to: str) -> list[str]:
    return list(
        session.scalars(
            select(OutboxItem.template).where(OutboxItem.recipient == to).order_by(OutboxItem.id)
        )
    )


def test_complete_request_becomes_a_work_order_with_an_acknowledgement(
    resident_services: Services,
) -> None:
    s = resident_services
    result = sms(
        s,
        ANA,
        "The kitchen sink is leaking under the cabinet, not urgent. You can "
        "go in if I'm not home; I'm free tomorrow after 3pm.",
        "SM1",
    )
    assert result.outcome == "routed"
    with s.sessions() as session:
        task = session.scalars(select(Task)).one()
        assert task.queue == "maintenance" and task.status == TaskStatus.OPEN
        thread = session.get_one(Thread, result.thread_id)
        assert thread.task_id == task.id and thread.verified
        assert replies(session, ANA) == ["ack.maintenance"]
        kinds = set(session.scalars(select(Event.kind).where(Event.subject_type == "thread")))
        assert {"message.received", "message.classified", "task.created", "message.queued"} <= kinds


ANSWERS = {
    "location": "it's in the hall bathroom",
    "description": "the fan makes no noise at all, it stopped working",
    "urgency": "no rush, whenever",
    "entry_permission": "yes you can go in without me",
    "availability": "weekdays after 5pm",
}


def test_missing_details_are_asked_one_per_turn(resident_services: Services) -> None:
    s = resident_services
    result = sms(s, ANA, "my bathroom fan stopped working", "SM1")
    assert result.outcome == "asked"
    asked: list[str] = []
    for turn in range(2, 8):
        with s.sessions() as session:
            templates = replies(session, ANA)
        if templates[-1] == "ack.maintenance":
            break
        question = templates[-1].removeprefix("prompt.maintenance.")
        assert question in ANSWERS and question not in asked  # one new question per turn
        asked.append(question)
        sms(s, ANA, ANSWERS[question], f"SM{turn}", minutes=turn)
    with s.sessions() as session:
        assert replies(session, ANA)[-1] == "ack.maintenance"
        assert session.scalar(select(func.count()).select_from(Thread)) == 1
        task = session.scalars(select(Task)).one()
        assert task.queue == "maintenance"
        thread = session.scalars(select(Thread)).one()
        assert set(ANSWERS) <= {k for k, v in thread.details.items() if v}
    assert len(asked) >= 2  # urgency, entry and availability were never given up front
    policy_order = list(ANSWERS)
    assert asked == sorted(asked, key=policy_order.index)  # asked in the policy's order


def test_status_update_is_answered_from_the_open_work_order(resident_services: Services) -> None:
    s = resident_services
    sms(s, ANA, "kitchen sink leaking, not urgent, ok to enter, home all day friday", "SM1")
    later = sms(s, ANA, "any update on when someone is coming?", "SM2", minutes=60)
    assert later.outcome == "answered"
    with s.sessions() as session:
        item = session.scalars(
            select(OutboxItem).where(OutboxItem.template == "status.open_work_order")
        ).one()
        task = session.scalars(select(Task)).one()
        assert f"request {task.id}" in item.payload["body"]


ESCALATING = {
    "emergency": "there's a rotten egg smell by the stove",
    "dispute": "I already paid this month's rent, this late fee is wrong and I dispute it",
    "accommodation": "my doctor says I need my dog with me, can I get an exception",
    "legal": "I'm contacting my lawyer and taking you to housing court",
    "hardship": "I lost my job and can't afford rent this month",
    "complaint": "I want to file a formal complaint about how rude the manager was to me",
    "fair_housing": "you treat us differently because we are Hispanic, that's discrimination",
}


@pytest.mark.parametrize("kind", sorted(ESCALATING))
def test_every_escalation_kind_reaches_a_person(resident_services: Services, kind: str) -> None:
    s = resident_services
    result = sms(s, ANA, ESCALATING[kind], "SM1")
    assert result.outcome == "escalated"
    with s.sessions() as session:
        thread = session.get_one(Thread, result.thread_id)
        assert thread.escalation == kind and thread.automation_paused
        task = session.scalars(select(Task)).one()
        assert task.kind == f"escalation.{kind}" and task.details["recommended_action"]
        assert not [t for t in replies(session, ANA) if t.startswith(("ack.", "prompt."))]
    after = sms(s, ANA, "hello?", "SM2", minutes=5)
    assert after.outcome in {"for_human", "escalated"}


def test_emergency_pages_on_call_and_sends_safety_instructions(
    resident_services: Services,
) -> None:
    s = resident_services
    sms(s, LUIS, "Hay olor a gas en la cocina, huele muy fuerte", "SM1")
    with s.sessions() as session:
        policy = s.policies.active(session, 1)
        templates = {i.template: i for i in session.scalars(select(OutboxItem))}
        assert templates["escalation.emergency"].payload["lang"] == "es"
        assert templates["staff.on_call_page"].recipient == policy.on_call.address


def test_duplicate_delivery_is_recorded_once(resident_services: Services) -> None:
    s = resident_services
    first = sms(s, ANA, "my dishwasher is broken", "SM-dup")
    again = sms(s, ANA, "my dishwasher is broken", "SM-dup", minutes=1)
    assert again.duplicate and again.message_id == first.message_id
    with s.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 1
        assert len(replies(session, ANA)) == 1


def test_unknown_number_opens_an_unverified_thread_for_a_person(
    resident_services: Services,
) -> None:
    s = resident_services
    result = sms(s, "+13125550999", "my toilet is clogged in the bathroom, urgent", "SM1")
    assert result.outcome == "unverified"
    with s.sessions() as session:
        thread = session.get_one(Thread, result.thread_id)
        assert not thread.verified and thread.person_id is None
        assert session.scalars(select(Task)).one().kind == "unverified_sender"
        assert replies(session, "+13125550999") == ["ack.unverified"]


def test_spanish_message_gets_spanish_questions(resident_services: Services) -> None:
    s = resident_services
    sms(s, LUIS, "el refrigerador no enfria", "SM1")
    with s.sessions() as session:
        item = session.scalars(select(OutboxItem)).one()
        assert item.template.startswith("prompt.maintenance.")
        assert item.payload["lang"] == "es"


def test_new_topic_on_an_old_thread_opens_a_new_case(resident_services: Services) -> None:
    s = resident_services
    first = sms(s, ANA, "kitchen sink leaking, not urgent, ok to enter, home all day friday", "S1")
    # a topic the model is sure of: the new-topic bar is a confidence of 0.8 (NEW_TOPIC_CONFIDENCE),
    # and "where do I pick up packages" fell to 0.76 with the twelfth session's artefact
    second = sms(s, ANA, "Also, what are the pool hours this weekend?", "S2", minutes=30)
    assert second.thread_id != first.thread_id


def test_the_portfolios_installed_policy_governs_its_messages(
    resident_services: Services, maple_line: int
) -> None:
    """The active stored policy comes with the portfolio's lookup (one query): a policy that
    needs only location and description routes at once what the default asks about, and
    installing the default again brings the questions back, from the next message on."""
    s = resident_services
    text = default_policy_text()
    short = "\n".join(
        line
        for line in text.splitlines()
        if not any(
            f"{{name: {d}, prompt: prompt.maintenance" in line for d in MAINTENANCE_DETAILS[2:]
        )
    )
    assert short != text
    with s.sessions.begin() as session:
        portfolio_id = session.get_one(Property, maple_line).portfolio_id
        key = session.get_one(Portfolio, portfolio_id).key
        s.policies.install(session, portfolio_id, short, s.clock.now())
    fan = "my bathroom fan stopped working"
    assert sms(s, ANA, fan, "SM1").outcome == "routed"  # found by tracking number
    portal = InboundMessage("portal", "P1", "R2", fan, portfolio_key=key, verified=True)
    assert receive(s, portal, s.clock.now()).outcome == "routed"  # found by portal key
    with s.sessions.begin() as session:
        s.policies.install(session, portfolio_id, text, s.clock.now())
    assert sms(s, LUIS, "the bedroom window is stuck and will not close", "SM2").outcome == "asked"


def test_message_to_an_unknown_portal_is_refused(resident_services: Services) -> None:
    with pytest.raises(UnknownDestination):
        receive(
            resident_services,
            InboundMessage(
                channel="portal",
                provider_id="p1",
                sender="R1",
                body="hi",
                portfolio_key="nope",
                verified=True,
            ),
            resident_services.clock.now(),
        )


def test_day_metrics_count_triage_handoffs_and_completeness(resident_services: Services) -> None:
    from frontdesk.reports.message_metrics import message_metrics

    s = resident_services
    sms(s, ANA, "kitchen sink leaking, not urgent, ok to enter, home all day friday", "S1")
    sms(s, "+13125550999", "???", "S2", minutes=1)
    sms(s, LUIS, "I already paid and this late fee is wrong, I dispute it", "S3", minutes=2)
    with s.sessions() as session:
        policy = s.policies.active(session, 1)
        start = s.clock.now() - timedelta(hours=1)
        rows = {
            m.property_name: m
            for m in message_metrics(session, 1, start, start + timedelta(days=1), policy)
        }
    maple, unmatched = rows["Maple Court"], rows["(unmatched)"]
    assert (maple.messages, maple.triage_free_share) == (2, 1.0)
    assert unmatched.triage_free_share == 0.0
    assert maple.completeness == 1.0 and maple.single_handoff_share == 1.0
    assert maple.response_percentiles()["maintenance"] == (0.0, 0.0, 1)


def _sms(sender: str, text: str, sid: str) -> InboundMessage:
    return InboundMessage(channel="sms", provider_id=sid, sender=sender, body=text, to=LINE)


def test_a_batch_is_handled_as_if_one_by_one(resident_services: Services) -> None:
    """One transaction for many messages: the same sender's messages still follow each other
    (the second continues the first's thread), redeliveries and strangers are recognised, and
    a message for no portfolio fails alone."""
    s = resident_services
    now = s.clock.now()
    nowhere = InboundMessage(
        channel="portal", provider_id="p1", sender="R1", body="hi", portfolio_key="nope"
    )
    batch = [
        (_sms(ANA, "my bathroom fan stopped working", "B1"), now),
        (_sms(LUIS, "el refrigerador no enfria", "B2"), now),
        (_sms(ANA, "no rush, whenever", "B3"), now + timedelta(minutes=1)),
        (_sms("+13125550999", "my toilet is clogged in the bathroom", "B4"), now),
        (_sms(ANA, "my bathroom fan stopped working", "B1"), now + timedelta(minutes=2)),
        (nowhere, now),
    ]
    results = receive_many(s, batch)
    first, luis, answer, stranger, again, refused = results
    assert isinstance(first, ReceiveResult) and isinstance(answer, ReceiveResult)
    assert first.outcome == "asked" and answer.thread_id == first.thread_id
    assert isinstance(luis, ReceiveResult) and luis.thread_id != first.thread_id
    assert isinstance(stranger, ReceiveResult) and stranger.outcome == "unverified"
    assert isinstance(again, ReceiveResult) and again.duplicate
    assert again.message_id == first.message_id
    assert isinstance(refused, UnknownDestination)
    with s.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 4
        thread = session.get_one(Thread, first.thread_id)
        assert thread.details.get("urgency")  # the second message answered it
        received = session.scalars(
            select(Event.data)
            .where(Event.kind == "message.received", Event.subject_id == first.thread_id)
            .order_by(Event.id)
        ).all()
        assert [d["provider_id"] for d in received] == ["B1", "B3"]
        assert replies(session, LUIS)[0].startswith("prompt.maintenance.")


@pytest.mark.parametrize("intake", [False, True], ids=["in_process", "intake_process"])
def test_batcher_answers_every_request_and_isolates_a_bad_message(
    resident_services: Services, intake: bool
) -> None:
    """Many concurrent submissions through the group-commit thread: each gets its own result;
    a message that breaks its batch is retried alone and only its request fails. The same
    with the messages understood in a child process."""
    s = resident_services
    batcher = InboundBatcher(s, max_batch=8, intake=IntakeProcess() if intake else None)
    now = s.clock.now()
    senders = [ANA, LUIS, "+13125550999"]
    futures = [
        batcher.submit(_sms(senders[n % 3], f"my dishwasher is broken #{n}", f"C{n}"), now)
        for n in range(30)
    ]
    bad = batcher.submit(
        InboundMessage(channel="fax", provider_id="F1", sender="x", body="hi"), now
    )
    results = [f.result(timeout=60) for f in futures]
    with pytest.raises(ValueError, match="fax"):
        bad.result(timeout=60)
    batcher.close()
    assert len({r.message_id for r in results}) == 30 and not any(r.duplicate for r in results)
    assert {r.outcome for r in results} <= {"asked", "routed", "unverified", "for_human"}
    with s.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 30
    with pytest.raises(RuntimeError, match="closed"):
        batcher.submit(_sms(ANA, "hello", "C99"), now)


class _RecordingBatcher(InboundBatcher):
    """Notes the size of every batch it handles."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sizes: list[int] = []

    def _handle(self, batch: list[Any], understood: Any = None) -> None:
        self.sizes.append(len(batch))
        super()._handle(batch, understood)


def test_a_batch_lingers_for_the_rest_of_a_burst(resident_services: Services) -> None:
    """Messages arriving one by one, closer together than the linger gap, share one batch
    (one transaction) instead of the first going alone; a lone message is still answered
    once the gap passes. Gaps are wide here so that a slow machine cannot split the burst."""
    s = resident_services
    batcher = _RecordingBatcher(s, linger_gap=1.0, linger_max=10.0)
    now = s.clock.now()
    futures = []
    for n in range(5):
        futures.append(
            batcher.submit(_sms(ANA if n % 2 else LUIS, f"the fan is loud #{n}", f"G{n}"), now)
        )
        time.sleep(0.02)
    assert all(f.result(timeout=60).outcome in {"asked", "routed"} for f in futures)
    lone = batcher.submit(_sms(ANA, "the hallway light is out", "G9"), now)
    assert lone.result(timeout=60).message_id > 0
    batcher.close()
    assert batcher.sizes == [5, 1]


def test_without_lingering_a_burst_is_split(resident_services: Services) -> None:
    """The control for the test above: with no linger, the writer takes the first message of
    the burst alone (it is idle when it arrives)."""
    s = resident_services
    batcher = _RecordingBatcher(s, linger_gap=0.0, linger_max=0.0)
    now = s.clock.now()
    futures = []
    for n in range(5):
        futures.append(batcher.submit(_sms(LUIS, f"the fan is loud #{n}", f"H{n}"), now))
        time.sleep(0.2)  # far longer than the idle writer takes to pick the first one up
    assert all(f.result(timeout=60).message_id > 0 for f in futures)
    batcher.close()
    assert batcher.sizes[0] == 1 and sum(batcher.sizes) == 5


def test_a_dead_intake_process_leaves_understanding_to_the_writer(
    resident_services: Services,
) -> None:
    """If the child process dies (killed, out of memory), no request is lost: the batcher
    understands messages itself from then on."""
    s = resident_services
    intake = IntakeProcess()
    batcher = InboundBatcher(s, intake=intake)
    now = s.clock.now()
    first = batcher.submit(_sms(ANA, "my dishwasher is broken", "K1"), now).result(timeout=60)
    assert first.outcome == "asked"
    os.kill(intake.pid, signal.SIGKILL)
    later = [
        batcher.submit(_sms(LUIS, f"the hallway light is out #{n}", f"K{n}"), now)
        for n in range(2, 6)
    ]
    gas = batcher.submit(_sms("+13125550999", "I smell gas in the kitchen", "K9"), now)
    assert all(f.result(timeout=60).outcome in {"asked", "routed"} for f in later)
    assert gas.result(timeout=60).outcome == "escalated"
    assert batcher.intake is None
    batcher.close()


def test_understanding_in_the_intake_process_is_understanding_here() -> None:
    """The child reports every maintenance detail; narrowed to a property's list (``owing``)
    its answers equal understanding in this process with that list."""
    texts: list[tuple[str, str | None]] = [
        ("the kitchen sink is leaking under the cabinet, ok to enter", None),
        ("hay una fuga en el baño", "es"),
        ("I smell rotten eggs by the stove", None),
        ("any update on my work order?", None),
        ("my doctor says I need my dog", None),
        ("smoke detector keeps chirping in the hallway, home after 3", None),
    ]
    intake = IntakeProcess()
    try:
        got = intake.submit(texts).result(timeout=60)
    finally:
        intake.close()
    assert got == understand_each([(t, h, MAINTENANCE_DETAILS) for t, h in texts])
    required = ("location", "entry_permission")
    assert [u.owing(required) for u in got] == [understand(t, h, required) for t, h in texts]
    assert any(u.missing for u in got) and any(u.escalation for u in got)


def test_a_senders_messages_wait_for_each_other_across_processes(
    resident_services: Services,
) -> None:
    """Several server processes on PostgreSQL: while one transaction holds Ana's sender lock,
    another's message from Ana waits for it to commit, then goes through."""
    s = resident_services
    if s.engine.dialect.name != "postgresql":
        pytest.skip("per-sender locks exist only on PostgreSQL (SQLite is served by one process)")
    now = s.clock.now()
    first = _sms(ANA, "my bathroom fan stopped working", "L1")
    with ThreadPoolExecutor(1) as pool:
        with s.sessions.begin() as session:
            lock_senders(session, [sender_key(first, "US")])  # as another process would
            waiting = pool.submit(
                receive, s, _sms(ANA, "my kitchen sink drips, no rush", "L2"), now
            )
            time.sleep(0.5)
            assert not waiting.done()
        later = waiting.result(timeout=30)
    assert later.outcome in {"asked", "routed"}


def test_a_request_that_gives_up_does_not_stop_the_batcher(resident_services: Services) -> None:
    """A cancelled wait (client timeout, server shutdown) must not kill the writer thread:
    the message is still recorded and later requests are still answered."""
    s = resident_services
    batcher = InboundBatcher(s)
    now = s.clock.now()
    given_up = batcher.submit(_sms(ANA, "my dishwasher is broken", "X1"), now)
    given_up.cancel()
    later = batcher.submit(_sms(LUIS, "el refrigerador no enfria", "X2"), now)
    assert later.result(timeout=60).outcome == "asked"
    batcher.close()
    with s.sessions() as session:
        stored = set(session.scalars(select(Message.provider_id)))
    assert stored == {"X1", "X2"}


def test_two_spellings_of_one_number_are_one_sender_in_a_batch(
    resident_services: Services,
) -> None:
    """The second message continues the first's thread even when the number is written
    differently (rounds are keyed on the stored form of the address)."""
    s = resident_services
    now = s.clock.now()
    first, second = receive_many(
        s,
        [
            (_sms(ANA, "my bathroom fan stopped working", "Y1"), now),
            (_sms("(312) 555-0123", "no rush, whenever", "Y2"), now + timedelta(minutes=1)),
        ],
    )
    assert isinstance(first, ReceiveResult) and isinstance(second, ReceiveResult)
    assert second.thread_id == first.thread_id


def test_no_inbound_lookup_scans_a_table_that_grows(resident_services: Services) -> None:
    """Every statement a batch runs finds its rows through an index, so the cost of a message
    does not grow with the messages, leases and people stored (SQLite's own query plans;
    PostgreSQL's planner may choose a scan on tables this small, so it is not asked)."""
    if resident_services.engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's; PostgreSQL plans depend on table sizes")
    statements: dict[str, object] = {}

    def capture(
        _conn: object,
        _cursor: object,
        statement: str,
        params: Any,
        _context: object,
        executemany: bool,
    ) -> None:
        statements.setdefault(statement, params[0] if executemany else params)

    event.listen(resident_services.engine, "before_cursor_execute", capture)
    try:
        receive_many(
            resident_services,
            [
                (_sms(ANA, "my kitchen sink is leaking", "SMplan1"), resident_services.clock.now()),
                (
                    _sms(LUIS, "any update on my work order?", "SMplan2"),
                    resident_services.clock.now(),
                ),
                (_sms(ANA, "kitchen", "SMplan3"), resident_services.clock.now()),
            ],
        )
    finally:
        event.remove(resident_services.engine, "before_cursor_execute", capture)
    growing = {
        "messages",
        "threads",
        "lease_residents",
        "leases",
        "people",
        "contact_points",
        "tasks",
        "events",
        "outbox",
    }
    scans = []
    with resident_services.engine.connect() as conn:
        for statement, params in statements.items():
            if not statement.lstrip().upper().startswith("SELECT"):
                continue
            for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params):
                detail = str(row[-1])
                if detail.startswith("SCAN ") and detail.split()[1] in growing:
                    scans.append((detail, " ".join(statement.split())[:120]))
    assert scans == []
