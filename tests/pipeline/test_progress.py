"""Progress bars: on stderr only when it is a terminal and --quiet is not given; every build step reports."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys

from policykg import progress
from policykg.pipeline.build import STEP_LABELS, build_corpus


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bars_only_on_a_terminal_and_not_when_quiet():
    assert progress.wanted(False, FakeTTY()) is True
    assert progress.wanted(True, FakeTTY()) is False
    assert progress.wanted(False, io.StringIO()) is False
    with progress.bars(False) as bar:
        assert bar is None


def test_bars_draw_each_step(capsys):
    with progress.bars(True) as bar:
        bar("step one", 0, 2)
        bar("step one", 2, 2)
        bar("step two", None, None)
    assert capsys.readouterr().out == ""  # never on stdout


def test_build_reports_every_step_with_its_time(tmp_path, corpus_dir):
    seen = []
    result = build_corpus(corpus_dir, tmp_path / "out", steps=lambda label, done, total: seen.append((label, done, total)))
    labels = list(dict.fromkeys(label for label, _, _ in seen))
    assert labels == list(STEP_LABELS.values())
    assert (STEP_LABELS["extract"], len(result.digests), len(result.digests)) in seen
    assert set(result.seconds) == set(STEP_LABELS) and all(s >= 0 for s in result.seconds.values())


def _run_in_pty(args: list[str]) -> str:
    """Run ``policykg ARGS`` with stderr on a pseudo-terminal; return what it wrote there."""
    main, secondary = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli.app", *args], stdout=subprocess.DEVNULL,
                            stderr=secondary, env={**os.environ, "COLUMNS": "100"})
    os.close(secondary)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(main)
    return b"".join(chunks).decode("utf-8", "replace")


def test_build_draws_bars_on_a_terminal_and_not_with_quiet(tmp_path, corpus_dir):
    shown = _run_in_pty(["build", str(corpus_dir), "-o", str(tmp_path / "a")])
    assert STEP_LABELS["extract"] in shown and STEP_LABELS["rdf"] in shown
    quiet = _run_in_pty(["build", str(corpus_dir), "-o", str(tmp_path / "b"), "--quiet"])
    assert STEP_LABELS["extract"] not in quiet
    piped = subprocess.run([sys.executable, "-m", "policykg.cli.app", "build", str(corpus_dir), "-o", str(tmp_path / "c")],
                           capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0 and STEP_LABELS["extract"] not in piped.stderr
