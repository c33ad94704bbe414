"""Settings read from the environment (prefix ``FRONTDESK_``) or a ``.env`` file."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything an operator can configure; each field is documented in the README."""

    model_config = SettingsConfigDict(env_prefix="FRONTDESK_", env_file=".env", extra="ignore")

    database_url: str = Field(
        default="sqlite:///./frontdesk.db",
        description="SQLAlchemy URL; sqlite:///PATH (default) or postgresql+psycopg://...",
    )
    default_region: str = Field(default="US", description="Region for phone numbers without +")
    outbox_log: str = Field(
        default="./frontdesk-outbox.jsonl",
        description="Where the console channel writes delivered messages (one JSON line each).",
    )
    outbox_max_attempts: int = Field(default=6, ge=1)
    outbox_backoff_seconds: float = Field(default=30.0, gt=0)
    outbox_backoff_max_seconds: float = Field(default=3600.0, gt=0)
    claim_lease_seconds: float = Field(default=120.0, gt=0)
    worker_poll_seconds: float = Field(default=2.0, gt=0)
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    email_from: str = "frontdesk@localhost"
    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    twilio_from_number: str | None = None
    public_base_url: str | None = Field(
        default=None,
        description=(
            "The public https origin Twilio calls (e.g. https://frontdesk.example.com); webhook "
            "signatures are checked against it plus the path, since behind a proxy the URL the "
            "app sees differs. Unset: the request URL as the app sees it."
        ),
    )

    @property
    def is_postgres(self) -> bool:
        return self.database_url.startswith("postgresql")
