"""Station side of sync: protocol shapes, HTTP client, push/pull engine, scheduler, enrolment, status."""
