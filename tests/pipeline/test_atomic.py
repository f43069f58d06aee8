"""Atomic output: an interrupted write or build never leaves a half-written file.

Every output goes through :mod:`policykg.atomic` (temp file in the same folder,
then ``os.replace``).  Tests here break writes on purpose: an exception in the
middle of a write, a build killed with SIGKILL in the middle of writing one
file (half of it written, or all of it but not yet renamed), and a build
killed at arbitrary moments.  Afterwards every output file is byte-identical
to a complete build (old or new), the only leftovers are hidden ``.*.tmp``
files, and a re-run completes cleanly.  A source scan finds output writes
that bypass :mod:`policykg.atomic`.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policykg import atomic

ROOT = Path(__file__).resolve().parents[2]
SMALL_CORPUS = ("shanghai-2022-action-plan-news", "shanghai-2025-frontier-measures")
#: rdflib orders trig/json-ld output by hash: fix the seed so builds are byte-comparable
ENV = {**os.environ, "PYTHONHASHSEED": "0"}

#: runs ``policykg ARGS`` with atomic_open patched to die (SIGKILL) inside its KILL_AT-th write
DRIVER = r"""
import contextlib, os, signal, sys
import policykg.atomic as atomic
from policykg.cli.app import main

KILL_AT, HOW = int(sys.argv[1]), sys.argv[2]
real_open, calls = atomic.atomic_open, [0]

class Dying:
    def __init__(self, fh):
        self.fh = fh
    def write(self, data):
        self.fh.write(data[: len(data) // 2] if HOW == "half" else data)
        self.fh.flush()
        os.fsync(self.fh.fileno())
        os.kill(os.getpid(), signal.SIGKILL)

@contextlib.contextmanager
def dying_open(path, mode="w", encoding="utf-8"):
    calls[0] += 1
    with real_open(path, mode, encoding) as fh:
        yield Dying(fh) if calls[0] == KILL_AT else fh

atomic.atomic_open = dying_open
sys.exit(main(sys.argv[3:]))
"""


# -- in-process: exceptions in the middle of a write -------------------------------------------
def test_exception_mid_write_keeps_the_old_file(tmp_path):
    target = atomic.write_text(tmp_path / "out.txt", "old complete text")
    with pytest.raises(RuntimeError), atomic.atomic_open(target) as fh:
        fh.write("new half")
        raise RuntimeError("disk on fire")
    assert target.read_text(encoding="utf-8") == "old complete text"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_exception_mid_write_leaves_no_file(tmp_path):
    with pytest.raises(KeyboardInterrupt), atomic.atomic_open(tmp_path / "new.json", "wb") as fh:
        fh.write(b"{\"half\": ")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_unserializable_json_keeps_the_old_file(tmp_path):
    target = atomic.write_json(tmp_path / "d.json", {"ok": 1})
    with pytest.raises(TypeError):
        atomic.write_json(target, {"bad": object()})
    assert json.loads(target.read_text(encoding="utf-8")) == {"ok": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["d.json"]


def test_output_files_get_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        path = atomic.write_text(tmp_path / "x.txt", "x")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


# -- subprocess builds killed with SIGKILL ------------------------------------------------------------
def _build(corpus: Path, out: Path, *, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg.cli.app", "build", str(corpus), "-o", str(out), "--quiet"],
                          capture_output=True, text=True, env=ENV, timeout=timeout)


def _outputs(folder: Path) -> dict[str, bytes]:
    """Relative path → bytes of every output file (hidden temp files left out)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


def _litter(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*") if p.is_file())


@pytest.fixture(scope="module")
def corpora(tmp_path_factory, corpus_dir):
    """Two corpora (one and two documents) and the complete build of each."""
    base = tmp_path_factory.mktemp("atomic")
    small, full = base / "one", base / "two"
    for folder, stems in ((small, SMALL_CORPUS[:1]), (full, SMALL_CORPUS)):
        folder.mkdir()
        for stem in stems:
            shutil.copy(corpus_dir / f"{stem}.txt", folder)
    t0 = time.perf_counter()
    done = {}
    for folder in (small, full):
        proc = _build(folder, base / f"out-{folder.name}")
        assert proc.returncode == 0, proc.stderr
        done[folder.name] = _outputs(base / f"out-{folder.name}")
    return {"one": small, "two": full, "old": done["one"], "new": done["two"],
            "seconds": time.perf_counter() - t0}


def _assert_only_complete_files(out: Path, corpora) -> None:
    """Each output equals the old or the new complete build; leftovers are hidden temp files."""
    for name, data in _outputs(out).items():
        assert data in (corpora["old"].get(name), corpora["new"].get(name)), f"{name} is half-written"
    assert all(n.endswith(".tmp") for n in _litter(out)), _litter(out)


def _rerun_is_clean(out: Path, corpora) -> None:
    proc = _build(corpora["two"], out)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert _outputs(out) == corpora["new"]


@pytest.mark.slow
@pytest.mark.parametrize("how", ["half", "unrenamed"])
@pytest.mark.parametrize("kill_at", [2, 5])
def test_build_killed_inside_a_write(tmp_path, corpora, kill_at, how):
    out = tmp_path / "out"
    proc = _build(corpora["one"], out)
    assert proc.returncode == 0
    killed = subprocess.run([sys.executable, "-c", DRIVER, str(kill_at), how, "build", str(corpora["two"]),
                             "-o", str(out), "--quiet"], capture_output=True, text=True, env=ENV, timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    _assert_only_complete_files(out, corpora)
    assert _outputs(out) != corpora["new"], "the kill came too late to test anything"
    _rerun_is_clean(out, corpora)


#: runs build_corpus(CORPUS, OUT) and dies (SIGKILL) at its KILL_AT-th checkpoint: the build's
#: ``steps(step, done, total)`` hook, called as each step starts, advances and ends
STEP_DRIVER = r"""
import os, signal, sys
from policykg.pipeline.build import build_corpus

KILL_AT, calls = int(sys.argv[1]), []

def checkpoint(step, done, total):
    calls.append(step)
    if len(calls) == KILL_AT:
        print(step, done, total, file=sys.stderr, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

build_corpus(sys.argv[2], sys.argv[3], steps=checkpoint)
"""


@pytest.mark.slow
@pytest.mark.parametrize("kill_at", [2, 4, 6, 8, 10])
def test_build_killed_at_each_checkpoint(tmp_path, corpora, kill_at):
    """Killed as a step starts, advances or ends (extract, graph, digests, RDF, report), without
    guessing the moment from a sleep: only complete files, and a rerun is clean."""
    out = tmp_path / "out"
    assert _build(corpora["one"], out).returncode == 0
    killed = subprocess.run([sys.executable, "-c", STEP_DRIVER, str(kill_at), str(corpora["two"]), str(out)],
                            capture_output=True, text=True, env=ENV, timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    _assert_only_complete_files(out, corpora)
    _rerun_is_clean(out, corpora)


# -- no output write bypasses policykg.atomic ----------------------------------------------------------
#: (file, text on the line) of writes that are not outputs: a lock file and a live server log
ALLOWED = {("policykg/neo4j/server.py", '".lock", "w"'), ("policykg/neo4j/server.py", "log_path"),
           ("policykg/rdf/store.py", '".lock", "a+"')}
SOURCES = ("policykg", "loaders", "viz", "ontology", "queries")


def bypassing_writes(root: Path = ROOT) -> list[str]:
    """``file:line: code`` of writes that do not go through :mod:`policykg.atomic`."""
    found = []
    for folder in SOURCES:
        for path in sorted((root / folder).rglob("*.py")):
            rel = str(path.relative_to(root))
            if rel == "policykg/atomic.py":
                continue
            source = path.read_text(encoding="utf-8")
            lines = source.splitlines()
            try:
                tree = ast.parse(source)
            except SyntaxError:
                continue  # the import tests report it
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and _is_raw_write(node):
                    line = lines[node.lineno - 1].strip()
                    if not any(rel == f and snippet in line for f, snippet in ALLOWED):
                        found.append(f"{rel}:{node.lineno}: {line}")
    return found


def _is_raw_write(call: ast.Call) -> bool:
    """``open(.., "w"/"a"/"x")``, ``Path.write_text/write_bytes``, ``serialize(destination=)``, ``json.dump``, copies."""
    f = call.func
    name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
    owner = f.value.id if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) else ""
    if name == "open" and owner in ("", "io", "os", "codecs"):
        mode = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "mode"), None)
        return isinstance(mode, ast.Constant) and isinstance(mode.value, str) and any(c in mode.value for c in "wax")
    if name in ("write_text", "write_bytes") and isinstance(f, ast.Attribute):
        return owner != "atomic"
    if name == "serialize" and isinstance(f, ast.Attribute):
        # rdflib Graph.serialize(destination, …), pyoxigraph serialize(quads, output, …): a path, not a handle
        where = call.args[1:2] if owner in ("ox", "pyoxigraph") else call.args[:1]
        where += [k.value for k in call.keywords if k.arg in ("destination", "output")]
        return any(_looks_like_path(a) for a in where)
    if name == "dump" and owner in ("json", "pickle"):
        return True
    return name in ("copy", "copy2", "copyfile", "move") and owner == "shutil"


def _looks_like_path(node: ast.expr) -> bool:
    """A string, f-string, ``a / b`` or call (``Path(…)``) rather than an open file handle."""
    return isinstance(node, (ast.Constant, ast.JoinedStr, ast.BinOp, ast.Call))


def test_no_output_write_bypasses_atomic():
    assert bypassing_writes() == []


def test_the_scan_finds_raw_writes(tmp_path):
    (tmp_path / "policykg").mkdir()
    (tmp_path / "policykg" / "bad.py").write_text(
        "import json, pathlib\nopen('x', 'w')\npathlib.Path('y').write_text('z')\ng.serialize(destination='a.ttl')\n"
        "json.dump({}, fh)\nfrom policykg import atomic\natomic.write_text('p', 't')\nopen('r')\n"
        "ox.serialize(q, out / 'g.trig')\nox.serialize(q, fh)\ng.serialize(format='nt')\n", encoding="utf-8")
    found = bypassing_writes(tmp_path)
    assert [f.split(":")[1] for f in found] == ["2", "3", "4", "5", "9"]
