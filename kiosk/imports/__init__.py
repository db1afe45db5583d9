"""Bringing staff's paper and Excel ledgers in: CSV rows through the same operations as the screens."""
