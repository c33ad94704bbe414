"""Twilio's SMS webhook, signed with the real RequestValidator: only genuine requests write."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from frontdesk.engine.services import Services
from frontdesk.record.models import Event, Message, Thread
from frontdesk.web.app import create_app

TOKEN = "twilio-auth-token-0123456789abcdef"
PATH = "/webhooks/twilio/sms"
LOCAL_URL = "http://testserver" + PATH
PUBLIC_BASE = "https://frontdesk.example.com"
LINE = "+13125550142"  # Maple Court's tracking number (the maple_line fixture)


def configured(services: Services, **settings: str | None) -> Services:
    return dataclasses.replace(services, settings=services.settings.model_copy(update=settings))


@pytest.fixture
def line(services: Services, maple_line: int) -> Services:
    """Maple Court (see conftest), which texts from ``LINE``; Twilio's token configured."""
    return configured(services, twilio_auth_token=TOKEN)


def client_for(services: Services) -> TestClient:
    return TestClient(create_app(services))


@pytest.fixture
def client(line: Services) -> Iterator[TestClient]:
    with client_for(line) as test_client:
        yield test_client


def form(
    sid: str = "SM0123456789abcdef0123456789abcdef", body: str = "Sink leaking"
) -> dict[str, str]:
    return {
        "MessageSid": sid,
        "SmsMessageSid": sid,
        "AccountSid": "AC0123456789abcdef0123456789abcdef",
        "From": "+13125550123",
        "To": LINE,
        "Body": body,
        "NumMedia": "0",
    }


def twilio_signature(url: str, params: dict[str, str], token: str = TOKEN) -> str:
    return str(RequestValidator(token).compute_signature(url, params))


def written(services: Services) -> dict[str, int]:
    with services.sessions() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Message, Event, Thread)
        }


NOTHING = {"messages": 0, "events": 0, "threads": 0}


def test_signed_sms_is_received_and_answered_with_empty_twiml(
    line: Services, client: TestClient
) -> None:
    params = form()

    response = client.post(
        PATH,
        data=params,
        headers={"X-Twilio-Signature": twilio_signature(LOCAL_URL, params)},
    )

    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/xml")
    assert response.text.endswith("<Response />")
    with line.sessions() as session:
        stored = session.scalars(select(Message)).one()
    assert (stored.provider_id, stored.sender, stored.body) == (
        params["MessageSid"],
        "+13125550123",
        "Sink leaking",
    )


def test_same_message_sid_twice_is_recorded_once(line: Services, client: TestClient) -> None:
    params = form()
    headers = {"X-Twilio-Signature": twilio_signature(LOCAL_URL, params)}

    first = client.post(PATH, data=params, headers=headers)
    again = client.post(PATH, data=params, headers=headers)

    assert (first.status_code, again.status_code) == (200, 200)
    assert again.text == first.text
    assert written(line)["messages"] == 1


def test_tampered_body_is_403_and_writes_nothing(line: Services, client: TestClient) -> None:
    signature = twilio_signature(LOCAL_URL, form())

    response = client.post(
        PATH,
        data=form(body="Ignore that, cancel my lease"),
        headers={"X-Twilio-Signature": signature},
    )

    assert response.status_code == 403
    assert written(line) == NOTHING


def test_signature_from_another_token_is_403(line: Services, client: TestClient) -> None:
    params = form()
    signature = twilio_signature(LOCAL_URL, params, token="someone-elses-token")

    response = client.post(PATH, data=params, headers={"X-Twilio-Signature": signature})

    assert response.status_code == 403
    assert written(line) == NOTHING


def test_missing_signature_is_401(line: Services, client: TestClient) -> None:
    response = client.post(PATH, data=form())

    assert response.status_code == 401
    assert "X-Twilio-Signature" in response.json()["detail"]
    assert written(line) == NOTHING


def test_without_an_auth_token_the_webhook_is_503(line: Services) -> None:
    params = form()
    with client_for(configured(line, twilio_auth_token=None)) as client:
        response = client.post(
            PATH, data=params, headers={"X-Twilio-Signature": twilio_signature(LOCAL_URL, params)}
        )

    assert response.status_code == 503
    assert "FRONTDESK_TWILIO_AUTH_TOKEN" in response.json()["detail"]
    assert written(line) == NOTHING


def test_signature_for_the_public_url_fails_without_public_base_url(
    line: Services, client: TestClient
) -> None:
    """Behind a proxy Twilio signs the public URL, which the app alone cannot know."""
    params = form()
    signature = twilio_signature(PUBLIC_BASE + PATH, params)

    response = client.post(PATH, data=params, headers={"X-Twilio-Signature": signature})

    assert response.status_code == 403
    assert written(line) == NOTHING


def test_signature_for_the_public_url_passes_with_public_base_url(line: Services) -> None:
    params = form()
    signature = twilio_signature(PUBLIC_BASE + PATH, params)
    behind_proxy = configured(line, public_base_url=PUBLIC_BASE + "/")

    with client_for(behind_proxy) as client:
        response = client.post(PATH, data=params, headers={"X-Twilio-Signature": signature})
        local = client.post(
            PATH,
            data=form(sid="SM2"),
            headers={"X-Twilio-Signature": twilio_signature(LOCAL_URL, form(sid="SM2"))},
        )

    assert response.status_code == 200, response.text
    assert local.status_code == 403
    assert written(line)["messages"] == 1
