"""resident message threads

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("sender", sa.String(length=320), nullable=False, server_default="")
        )

    with op.batch_alter_table("portfolios", schema=None) as batch_op:
        batch_op.add_column(sa.Column("webhook_secret", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("writeback_url", sa.String(length=500), nullable=True))

    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("sender", sa.String(length=320), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("lease_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("task_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("escalation", sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column("awaiting_detail", sa.String(length=40), nullable=True))
        batch_op.add_column(
            sa.Column(
                "details",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=False,
                server_default=sa.text("'{}'"),
            )
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_threads_task_id_tasks"), "tasks", ["task_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_threads_unit_id_units"), "units", ["unit_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_threads_lease_id_leases"), "leases", ["lease_id"], ["id"]
        )


def downgrade() -> None:

    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_threads_lease_id_leases"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_threads_unit_id_units"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_threads_task_id_tasks"), type_="foreignkey")
        batch_op.drop_column("details")
        batch_op.drop_column("awaiting_detail")
        batch_op.drop_column("escalation")
        batch_op.drop_column("task_id")
        batch_op.drop_column("unit_id")
        batch_op.drop_column("lease_id")
        batch_op.drop_column("sender")

    with op.batch_alter_table("portfolios", schema=None) as batch_op:
        batch_op.drop_column("writeback_url")
        batch_op.drop_column("webhook_secret")

    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("sender")
