"""Which policy governs a portfolio: the active stored version, else the shipped default."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, select, update
from sqlalchemy.orm import Session

from frontdesk.policy import Policy, default_policy, parse_policy
from frontdesk.record.models import PolicyVersion, Portfolio


class PolicyBook:
    """Parses each stored policy once (keyed by its hash) and hands out the active one."""

    def __init__(self) -> None:
        self._parsed: dict[str, Policy] = {}
        self._default: Policy | None = None

    def default(self) -> Policy:
        if self._default is None:
            self._default = default_policy()
        return self._default

    def active(self, session: Session, portfolio_id: int) -> Policy:
        row = session.execute(
            select(PolicyVersion.version_hash, PolicyVersion.source)
            .where(PolicyVersion.portfolio_id == portfolio_id, PolicyVersion.active.is_(True))
            .order_by(PolicyVersion.id.desc())
            .limit(1)
        ).first()
        return self.parsed(portfolio_id, *row) if row else self.default()

    def parsed(self, portfolio_id: int, version_hash: str | None, source: str | None) -> Policy:
        """The policy of a stored version (the default when there is none), parsed once."""
        if version_hash is None or source is None:
            return self.default()
        if version_hash not in self._parsed:
            self._parsed[version_hash] = parse_policy(source, source=f"portfolio {portfolio_id}")
        return self._parsed[version_hash]

    def install(self, session: Session, portfolio_id: int, text: str, now: datetime) -> Policy:
        """Validate ``text`` and make it the portfolio's active policy (raises PolicyError)."""
        policy = parse_policy(text)
        digest = policy.version_hash
        session.execute(
            update(PolicyVersion)
            .where(PolicyVersion.portfolio_id == portfolio_id)
            .values(active=False)
        )
        existing = session.scalars(
            select(PolicyVersion).filter_by(portfolio_id=portfolio_id, version_hash=digest)
        ).one_or_none()
        if existing is None:
            session.add(
                PolicyVersion(
                    portfolio_id=portfolio_id,
                    version_hash=digest,
                    source=text,
                    loaded_at=now,
                    active=True,
                )
            )
        else:
            existing.active = True
        self._parsed[digest] = policy
        return policy


def with_active_policy(query: Select[Any]) -> Select[Any]:
    """``query`` over portfolios, also returning each one's active policy version (hash and
    source, None for the default), so a portfolio and its policy take one round trip."""
    return (
        query.add_columns(PolicyVersion.version_hash, PolicyVersion.source)
        .outerjoin(
            PolicyVersion,
            and_(PolicyVersion.portfolio_id == Portfolio.id, PolicyVersion.active.is_(True)),
        )
        .order_by(PolicyVersion.id.desc())
    )
