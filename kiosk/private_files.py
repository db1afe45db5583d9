"""Files and folders only the station's own account may read: keys, backups, database copies."""

from __future__ import annotations

import os
from pathlib import Path


def private_file(path: Path):
    """A new file opened for writing (binary) that only its owner can read; an old file of that name is replaced."""
    path.unlink(missing_ok=True)
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")


def private_dir(path: Path) -> Path:
    """Make `path` (and its parents) and leave it open to its owner only."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        path.chmod(0o700)
    except OSError:  # some filesystems (e.g. FAT USB sticks) have no modes
        pass
    return path
