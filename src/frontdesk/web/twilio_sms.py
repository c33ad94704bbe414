"""``POST /webhooks/twilio/sms``: an inbound text, signed by Twilio with the account's auth token.

The answer is always empty TwiML: replies go out through the outbox, so each one is recorded
before it is sent, and a redelivered MessageSid changes nothing.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from starlette.datastructures import ImmutableMultiDict
from twilio.request_validator import (
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    RequestValidator,
    get_signature_algorithm,
)
from twilio.twiml.messaging_response import MessagingResponse

from frontdesk.engine.inbound import InboundMessage
from frontdesk.engine.services import Services
from frontdesk.web.deps import get_services, raw_body, receive_message, request_now

log = logging.getLogger(__name__)
router = APIRouter()

Form = ImmutableMultiDict[str, str]


@router.post("/webhooks/twilio/sms", response_class=Response)
async def inbound_sms(
    request: Request,
    services: Annotated[Services, Depends(get_services)],
    now: Annotated[datetime, Depends(request_now)],
) -> Response:
    token = services.settings.twilio_auth_token
    if not token:
        raise HTTPException(
            503, "Twilio webhooks are off: set FRONTDESK_TWILIO_AUTH_TOKEN to the account's token"
        )
    signature = request.headers.get(SIGNATURE_HEADER)
    if not signature:
        raise HTTPException(401, f"the {SIGNATURE_HEADER} header is required")
    form = _form(await raw_body(request))
    url = public_url(request, services.settings.public_base_url)
    algorithm = get_signature_algorithm(request.headers.get(SIGNATURE_SETTINGS_HEADER))
    if not RequestValidator(token).validate(url, form, signature, algorithm):
        log.warning("Twilio signature refused for %s (MessageSid %s)", url, form.get("MessageSid"))
        raise HTTPException(403, f"{SIGNATURE_HEADER} does not match this request for {url}")
    message = _inbound(form)
    await receive_message(request, message, now)
    return Response(str(MessagingResponse()), media_type="application/xml")


def public_url(request: Request, public_base_url: str | None) -> str:
    """The URL Twilio signed: our public origin plus the path (and query) when configured."""
    if not public_base_url:
        return str(request.url)
    query = f"?{request.url.query}" if request.url.query else ""
    return public_base_url.rstrip("/") + request.url.path + query


def _form(body: bytes) -> Form:
    try:
        pairs = parse_qsl(body.decode("ascii"), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError as exc:
        raise HTTPException(422, "body must be application/x-www-form-urlencoded") from exc
    return ImmutableMultiDict(pairs)


def _inbound(form: Form) -> InboundMessage:
    missing = [name for name in ("MessageSid", "From") if not form.get(name)]
    if missing:
        raise HTTPException(422, f"Twilio form is missing {', '.join(missing)}")
    return InboundMessage(
        channel="sms",
        provider_id=form["MessageSid"],
        sender=form["From"],
        to=form.get("To") or None,
        body=form.get("Body", ""),
    )
