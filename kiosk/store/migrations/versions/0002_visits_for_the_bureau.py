"""visits for the bureau

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 11:33:51.787458
"""
from alembic import op
import sqlalchemy as sa
import kiosk.store.base


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('visit',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('station_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_worker_id'), ['worker_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_worker_id'))
        batch_op.drop_index(batch_op.f('ix_visit_at'))

    op.drop_table('visit')
