"""Atomic file writes: a temp file in the same folder, then ``os.replace``.

An interrupted run never leaves a half-written file behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path


@contextlib.contextmanager
def atomic_open(path, mode="w", encoding="utf-8"):
    """Open ``path`` for writing; the file appears only when the block succeeds.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> with atomic_open(p) as fh:
    ...     _ = fh.write("你好")
    >>> p.read_text(encoding="utf-8")
    '你好'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        kwargs = {} if "b" in mode else {"encoding": encoding, "newline": "\n"}
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    """The process umask (read without changing it for good)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(path, text: str) -> Path:
    """Write ``text`` as UTF-8 atomically and return the path."""
    with atomic_open(path) as fh:
        fh.write(text)
    return Path(path)


def write_bytes(path, data: bytes) -> Path:
    """Write ``data`` atomically and return the path."""
    with atomic_open(path, "wb") as fh:
        fh.write(data)
    return Path(path)


def write_json(path, obj) -> Path:
    """Write ``obj`` as pretty UTF-8 JSON (Chinese kept as is) atomically."""
    return write_text(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


@contextlib.contextmanager
def scratch_dir(parent):
    """A hidden scratch folder ``.work-<pid>-….tmp`` in ``parent`` for intermediate files (not
    outputs), removed afterwards; folders left by a process that died are removed first."""
    import shutil  # imported on use: only this clean-up needs it

    parent = Path(parent)
    parent.mkdir(parents=True, exist_ok=True)
    for old in parent.glob(".work-*.tmp"):
        pid = old.name.split("-")[1]
        if old.is_dir() and pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(old, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(prefix=f".work-{os.getpid()}-", suffix=".tmp", dir=parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def scratch_open(path, mode: str = "w"):
    """Open an intermediate file (in a :func:`scratch_dir`) for writing: not an output, so not atomic."""
    kwargs = {} if "b" in mode else {"encoding": "utf-8", "newline": "\n"}
    return open(path, mode, **kwargs)

