"""SQLAlchemy models, the engine (foreign keys on, WAL) and Alembic migrations."""
