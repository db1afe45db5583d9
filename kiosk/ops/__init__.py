"""One function per user action; each runs in one transaction that also writes its outbox event."""
