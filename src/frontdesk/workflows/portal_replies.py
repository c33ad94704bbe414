"""What the resident-message workflow sends: approved replies, pages and write-backs."""

from __future__ import annotations

from frontdesk.policy import Policy
from frontdesk.workflows.decision import (
    Action,
    NotifyWebhook,
    RecordEvent,
    SendMessage,
    UpdateThread,
)
from frontdesk.workflows.portal_context import PortalMessage

STATUS_WORDS = {
    "open": {"en": "open", "es": "abierta"},
    "in_progress": {"en": "in progress", "es": "en curso"},
    "waiting": {"en": "waiting on parts or scheduling", "es": "en espera de piezas o de cita"},
    "done": {"en": "done", "es": "terminada"},
    "cancelled": {"en": "cancelled", "es": "cancelada"},
}


def short(title: str, limit: int = 40) -> str:
    """The resident's own words from a task title, short enough for a text message."""
    words = title.split(": ", 1)[-1]
    return words if len(words) <= limit else words[: limit - 1].rsplit(" ", 1)[0] + "…"


def lang(msg: PortalMessage) -> str:
    return msg.understanding.lang or (msg.resident.lang if msg.resident else "en")


def title(msg: PortalMessage, what: str) -> str:
    where = f" — {msg.resident.property_name} {msg.resident.unit}" if msg.resident else ""
    snippet = " ".join(msg.text.split())[:80]
    return f"{what.replace('_', ' ').capitalize()}{where}: {snippet}"


def reply(
    msg: PortalMessage,
    rule: str,
    reason: str,
    template: str,
    extra: dict[str, object] | None = None,
) -> list[Action]:
    """An approved template back to the resident, unless they opted out of that channel."""
    if msg.resident is not None and msg.resident.reply_opted_out:
        return [
            RecordEvent(
                rule=rule,
                reason="resident opted out of this channel",
                kind="reply.suppressed",
                data={"template": template},
            )
        ]
    variables: dict[str, object] = {
        "first_name": msg.resident.first_name if msg.resident else "",
        "property_name": msg.resident.property_name if msg.resident else "",
        "unit": msg.resident.unit if msg.resident else "",
        **(extra or {}),
    }
    return [
        SendMessage(
            rule=rule,
            reason=reason,
            channel=msg.reply_channel,
            recipient=msg.reply_to,
            template=template,
            lang=lang(msg),
            variables=variables,
            idempotency_key=f"reply:{msg.message_id}:{template}",
        )
    ]


def page_on_call(msg: PortalMessage, policy: Policy, rule: str) -> SendMessage:
    effective = policy.for_property(msg.resident.property_external_id if msg.resident else None)
    return SendMessage(
        rule=rule,
        reason="emergencies page the on-call contact",
        channel=effective.on_call.channel,
        recipient=effective.on_call.address,
        template="staff.on_call_page",
        lang=policy.languages[0],
        variables={
            "property_name": msg.resident.property_name if msg.resident else "unknown",
            "unit": msg.resident.unit if msg.resident else "?",
            "summary": " ".join(msg.text.split())[:120],
        },
        idempotency_key=f"page:{msg.message_id}",
    )


def writeback(msg: PortalMessage, actions: list[Action]) -> list[Action]:
    """The operator's PMS/CRM hears the conversation state through a signed webhook."""
    if not msg.writeback_url:
        return []
    thread_changes = [a for a in actions if isinstance(a, UpdateThread)]
    status = thread_changes[-1].status if thread_changes else None
    return [
        NotifyWebhook(
            rule="portal.writeback",
            reason="keep the PMS record in step",
            url=msg.writeback_url,
            payload={
                "event": "thread.message",
                "thread_id": msg.thread.id,
                "message_id": msg.message_id,
                "status": status or msg.thread.status,
                "category": msg.understanding.category,
                "escalation": msg.understanding.escalation,
                "rules": [a.rule for a in actions],
            },
            idempotency_key=f"writeback:{msg.message_id}",
        )
    ]
