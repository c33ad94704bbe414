"""lease residents by person

Every inbound message looks up its sender's home by person; the primary key of
``lease_residents`` leads with the lease, so without this index the lookup scans the table.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_lease_residents_person_id", "lease_residents", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_lease_residents_person_id", table_name="lease_residents")
