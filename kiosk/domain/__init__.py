"""Pure-Python rules of the trade: validation, categories, matching, pay, card format, messages."""
