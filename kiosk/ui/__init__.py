"""The Qt user interface: walk-up screens, staff mode, wall board, theme, translations, ops runner."""
