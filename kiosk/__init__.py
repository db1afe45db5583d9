"""零工驿站 station kiosk: offline-first software for gig market stations."""

__version__ = "0.1.0"
