"""Run the ``policykg`` command line in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass


@dataclass
class Run:
    """A finished command: exit code, output and wall time in seconds."""

    code: int
    out: str
    err: str
    seconds: float

    @property
    def err_lines(self) -> list[str]:
        """Non-empty stderr lines."""
        return [ln for ln in self.err.splitlines() if ln.strip()]


def policykg(*args, timeout: float = 300, cwd=None, env: dict | None = None) -> Run:
    """``python -m policykg.cli.app ARGS`` with this interpreter; never raises on a non-zero exit."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "policykg.cli.app", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, cwd=cwd, env={**os.environ, **(env or {})})
    return Run(proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - t0)


def assert_clean(run: Run) -> None:
    """No traceback reached the user."""
    assert "Traceback" not in run.err + run.out, run.err[-3000:]
