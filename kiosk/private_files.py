"""Files and folders only the station's own account may read: the home, its database, keys, backups, copies."""

from __future__ import annotations

import os
from pathlib import Path


def private_file(path: Path):
    """A new file opened for writing (binary) that only its owner can read; an old file of that name is replaced."""
    path.unlink(missing_ok=True)
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")


def _owner_only(path: Path, mode: int) -> None:
    try:
        if path.stat().st_mode & 0o777 != mode:
            path.chmod(mode)
    except OSError:  # gone meanwhile, or a filesystem without modes (e.g. a FAT USB stick)
        pass


def private_dir(path: Path) -> Path:
    """Make `path` (and its parents) and leave it open to its owner only."""
    path.mkdir(parents=True, exist_ok=True)
    _owner_only(path, 0o700)
    return path


def private_database(path: Path) -> Path:
    """An SQLite database only its owner can read, with its -wal, -shm and -journal files. A missing one is made
    empty (a valid empty database) with mode 0600 first: SQLite gives the files it makes beside it that mode."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    for file in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        if file.exists():
            _owner_only(file, 0o600)
    return path
