"""Which policy governs a portfolio: the active stored version, else the shipped default."""

from __future__ import annotations

from datetime import datetime

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
        found = self.for_portfolio(session, select(Portfolio).where(Portfolio.id == portfolio_id))
        return found[1] if found else self.default()

    def for_portfolio(
        self, session: Session, query: Select[Portfolio]
    ) -> tuple[Portfolio, Policy] | None:
        """The first portfolio ``query`` finds, with its active policy (the newest active
        stored version, else the default), in one round trip."""
        row = session.execute(
            query.add_columns(PolicyVersion.version_hash, PolicyVersion.source)
            .outerjoin(
                PolicyVersion,
                and_(PolicyVersion.portfolio_id == Portfolio.id, PolicyVersion.active.is_(True)),
            )
            .order_by(PolicyVersion.id.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        portfolio, version_hash, source = row
        if version_hash is None:
            return portfolio, self.default()
        if version_hash not in self._parsed:
            self._parsed[version_hash] = parse_policy(source, source=f"portfolio {portfolio.id}")
        return portfolio, self._parsed[version_hash]

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
