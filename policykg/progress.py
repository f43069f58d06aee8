"""Progress bars on stderr (rich), shared by ``build``, ``neo4j load``, ``bench`` and ``bench corpus``.

A progress callback is ``progress(label, done, total)``: a new label starts a
new bar (the previous one is completed), ``total=None`` shows a spinner.  Bars
are shown only when stderr is a terminal and ``--quiet`` is not given
(:func:`wanted`), so logs and pipes never see control characters.

>>> with bars(False) as progress:
...     progress is None
True
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterator

Progress = Callable[[str, "float | None", "float | None"], None]


def wanted(quiet: bool = False, stream=None) -> bool:
    """True when bars should be drawn: not ``quiet`` and ``stream`` (stderr) is a terminal."""
    stream = sys.stderr if stream is None else stream
    return not quiet and hasattr(stream, "isatty") and stream.isatty()


@contextlib.contextmanager
def bars(enabled: bool) -> Iterator[Progress | None]:
    """Rich progress bars on stderr; yields ``progress(label, done, total)``, or ``None`` when not ``enabled``."""
    if not enabled:
        yield None
        return
    from rich.console import Console  # imported on use: quiet runs never load rich
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=Console(stderr=True)) as bar:
        state: dict = {"label": None, "task": None}

        def finish() -> None:
            if state["task"] is not None:
                t = bar.tasks[state["task"]]
                bar.update(state["task"], total=t.total or 1, completed=t.total or 1)

        def update(label: str, done=None, total=None) -> None:
            if label != state["label"]:
                finish()
                state["label"], state["task"] = label, bar.add_task(label, total=total)
            bar.update(state["task"], completed=done or 0, total=total)

        yield update
        finish()


@contextlib.contextmanager
def timed(seconds: dict[str, float], name: str) -> Iterator[None]:
    """Add the block's wall-clock seconds to ``seconds[name]`` (rounded to ms).

    >>> t = {}
    >>> with timed(t, "step"):
    ...     pass
    >>> list(t)
    ['step']
    """
    began = time.perf_counter()
    try:
        yield
    finally:
        seconds[name] = round(seconds.get(name, 0) + time.perf_counter() - began, 3)
