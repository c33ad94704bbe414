"""Email over SMTP, with a Message-ID derived from the idempotency key.

SMTP has no idempotency token, so a resend after a crash cannot be stopped at the server. What
we can do is make the resend recognisably the same message: the Message-ID is a pure function
of the key, which lets mail systems (and people) deduplicate it, and the key travels in its own
header for audits. SMTP reply codes decide retries: 4xx means "try later", 5xx means "never".
"""

from __future__ import annotations

import hashlib
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate

from frontdesk.channels.base import (
    ChannelError,
    DeliveryReceipt,
    OutboundMessage,
    PermanentChannelError,
    TransientChannelError,
)

IDEMPOTENCY_HEADER = "X-Frontdesk-Idempotency-Key"
DEFAULT_SUBJECT = "A message from your property team"


def message_id_for(idempotency_key: str) -> str:
    """The Message-ID every send of this key carries, so a resend is the same message."""
    digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:32]
    return f"<{digest}@frontdesk>"


class SmtpChannel:
    """Hands each message to one SMTP server (a relay or the operator's mail provider)."""

    def __init__(
        self,
        host: str,
        port: int,
        sender: str,
        username: str | None = None,
        password: str | None = None,
        starttls: bool = False,
        timeout: float = 10.0,
        name: str = "email",
    ) -> None:
        self.name = name
        self.host = host
        self.port = port
        self.sender = sender
        self.username = username
        self.password = password
        self.starttls = starttls
        self.timeout = timeout

    def send(self, message: OutboundMessage) -> DeliveryReceipt:
        if not message.recipient.strip():
            raise PermanentChannelError("email has no recipient address")
        email = self._build(message)
        try:
            self._deliver(email)
        except ChannelError:
            raise
        except smtplib.SMTPRecipientsRefused as exc:
            raise _from_recipients_refused(exc) from exc
        except smtplib.SMTPResponseException as exc:
            raise _from_reply(exc.smtp_code, exc.smtp_error, "SMTP server") from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise PermanentChannelError(f"SMTP server does not support: {exc}") from exc
        except (smtplib.SMTPException, OSError) as exc:
            # Refused connections, timeouts, DNS failures, dropped sessions: all may heal.
            raise TransientChannelError(f"SMTP {self.host}:{self.port}: {exc!r}") from exc
        return DeliveryReceipt(provider_ref=email["Message-ID"])

    def _build(self, message: OutboundMessage) -> EmailMessage:
        email = EmailMessage()
        email["From"] = self.sender
        email["To"] = message.recipient
        email["Subject"] = message.subject or DEFAULT_SUBJECT
        email["Date"] = formatdate(usegmt=True)
        email["Message-ID"] = message_id_for(message.idempotency_key)
        email[IDEMPOTENCY_HEADER] = message.idempotency_key
        email.set_content(message.body)
        return email

    def _deliver(self, email: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
            if self.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.username is not None:
                smtp.login(self.username, self.password or "")
            smtp.send_message(email)


def _from_reply(code: int, reply: bytes | str, who: str) -> ChannelError:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    detail = f"{who} replied {code} {text}".strip()
    if 500 <= code < 600:
        return PermanentChannelError(detail)
    # 4xx, and anything unexpected (smtplib uses -1 for a dropped greeting), may heal.
    return TransientChannelError(detail)


def _from_recipients_refused(exc: smtplib.SMTPRecipientsRefused) -> ChannelError:
    """Permanent if any recipient got a 5xx; a 4xx (greylisting, full mailbox) is retried."""
    errors = [
        _from_reply(code, reply, f"recipient {rcpt}")
        for rcpt, (code, reply) in exc.recipients.items()
    ]
    permanent = [error for error in errors if error.permanent]
    if permanent:
        return permanent[0]
    return errors[0] if errors else TransientChannelError("all recipients refused")
