"""The station database: SQLAlchemy models, engine set-up, migrations and queries."""
