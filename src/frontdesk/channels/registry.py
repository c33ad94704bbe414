"""Which channel object delivers each outbox channel name, chosen from settings."""

from __future__ import annotations

from pathlib import Path

from frontdesk.channels.base import Channel
from frontdesk.channels.console import ConsoleChannel
from frontdesk.channels.email import SmtpChannel
from frontdesk.channels.sms import TwilioSmsChannel
from frontdesk.channels.webhook import WebhookChannel
from frontdesk.config import Settings


def build_channels(settings: Settings) -> dict[str, Channel]:
    """Map outbox channel names to senders, falling back to the console log when unconfigured.

    - ``console``: always a :class:`ConsoleChannel` writing ``settings.outbox_log``.
    - ``email``: :class:`SmtpChannel` when ``smtp_host`` is set, else a console channel named
      ``email``, so the embedded default (``frontdesk demo``) still records what would be sent.
    - ``sms``: :class:`TwilioSmsChannel` when the account SID, auth token and from number are all
      set, else a console channel named ``sms``.
    - ``portal``: replies to portal messages; a console channel until a portal delivery
      connector exists (the write-back webhook carries the thread state to the PMS meanwhile).
    - ``webhook``: always a real :class:`WebhookChannel` (PMS/CRM write-back). A console
      fallback would claim a write-back happened when it did not; the workflow only queues one
      when the portfolio has a ``writeback_url``, and a missing signing secret fails the row.

    Every fallback writes the same log file; keys are unique per outbox row, and the console
    channel's file lock and key scan keep that shared file exactly-once per key.
    """
    log = Path(settings.outbox_log)
    channels: dict[str, Channel] = {"console": ConsoleChannel(log)}
    if settings.smtp_host:
        channels["email"] = SmtpChannel(
            host=settings.smtp_host,
            port=settings.smtp_port,
            sender=settings.email_from,
            username=settings.smtp_username,
            password=settings.smtp_password,
            starttls=settings.smtp_starttls,
        )
    else:
        channels["email"] = ConsoleChannel(log, name="email")
    sid, token, number = (
        settings.twilio_account_sid,
        settings.twilio_auth_token,
        settings.twilio_from_number,
    )
    if sid and token and number:
        channels["sms"] = TwilioSmsChannel(sid, token, number)
    else:
        channels["sms"] = ConsoleChannel(log, name="sms")
    channels["portal"] = ConsoleChannel(log, name="portal")
    channels["webhook"] = WebhookChannel()
    return channels
