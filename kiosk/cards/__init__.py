"""Worker cards: the station's signing key, issuing, revoking and identifying a scanned card."""
