"""The persistent SPARQL store of a build: an on-disk Oxigraph database beside its RDF files.

``OUT/sparql-store/<key>/db`` holds every named graph of ``graph.trig`` (one per
document, the entities, the derived links, the ontology) and, as its default
graph, their union from ``graph.nt``: the graph the catalogue questions ask and
what any SPARQL client sees without ``GRAPH``.  (Oxigraph's own union default
graph would repeat a triple once per graph that holds it, which changes counts.)

- **Keyed by content.** ``<key>`` is a hash of :data:`LAYOUT` and the bytes of
  the graph files, so a rebuild never serves an old store.  Hashing gigabytes
  on every query would cost seconds, so ``sparql-store/current.json`` records the
  files' size, modification and change times and inode beside the key; while
  they are unchanged the key is trusted without reading the files.
- **Atomic.** A store is loaded into ``sparql-store/.building-<pid>-…``; a
  marker (``complete.json``) is written last; then the folder is renamed to
  ``<key>``.  A store folder without its marker is never opened (it is removed
  and rebuilt), and building folders left by a process that died are removed.
  One process builds at a time (a lock file); others wait and reuse its store.
- **Read-only.** Queries open a complete store with ``Store.read_only``; any
  number of processes (and ``oxigraph serve-read-only``) can read it at once.

The store is built on first use (:func:`ensure_store`), by ``policykg query``,
``policykg sparql`` and ``policykg sparql serve``.  Loading uses pyoxigraph's
bulk loader, measured faster here than ``oxigraph load`` (see
``docs/benchmarks.md``); :func:`build_store` can use either.

>>> STORE_FOLDER, MARKER
('sparql-store', 'complete.json')
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from policykg.atomic import _alive, _umask, write_json
from policykg.errors import PolicyKGError

#: Folder of a build (or beside a lone RDF file) that holds its stores.
STORE_FOLDER = "sparql-store"
#: Written last into a store folder: a folder without it is never trusted.
MARKER = "complete.json"
#: Bump when what a store holds changes (part of the key).
LAYOUT = "policykg-store-1 default=union(graph.nt) named=graph.trig"
#: Dataset files whose named graphs are kept; other RDF files load into the default graph.
DATASET_SUFFIXES = {".trig": "trig", ".nq": "nq", ".jsonld": "jsonld"}
#: How stores are loaded: ``"pyoxigraph"`` (``Store.bulk_load``) or ``"cli"`` (``oxigraph load``).
LOADERS = ("pyoxigraph", "cli")
DEFAULT_LOADER = "pyoxigraph"
#: The union of the named graphs, as the default graph (when no ``graph.nt`` holds it).
UNION_UPDATE = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"

Notice = Callable[[str], None]


def sources(graph_path) -> list[Path]:
    """The RDF files a store of ``graph_path`` is made of: a build folder's ``graph.nt`` (the union)
    and ``graph.trig`` (the named graphs), or one RDF file."""
    p = Path(graph_path)
    if p.is_dir():
        trig, nt = p / "graph.trig", p / "graph.nt"
        if not trig.is_file():
            raise PolicyKGError(f"no RDF graph at {p} (run `policykg build -o DIR` first)")
        return [nt, trig] if nt.is_file() else [trig]
    if not p.is_file():
        raise PolicyKGError(f"no RDF graph at {p} (run `policykg build -o DIR` first)")
    return [p]


def store_root(graph_path) -> Path:
    """``sparql-store`` of a build folder; ``<name>.sparql-store`` beside a lone RDF file."""
    p = Path(graph_path)
    return p / STORE_FOLDER if p.is_dir() else p.with_name(f"{p.name}.{STORE_FOLDER}")


def _stats(files: list[Path]) -> dict[str, list[int]]:
    out = {}
    for f in files:
        st = f.stat()
        out[f.name] = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]
    return out


def content_key(files: list[Path]) -> str:
    """Hash of :data:`LAYOUT` and the names and bytes of ``files`` (first 24 hex digits).

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "graph.nt"
    >>> _ = f.write_text("<a:s> <a:p> <a:o> .\\n")
    >>> len(content_key([f])), content_key([f]) == content_key([f])
    (24, True)
    """
    h = hashlib.sha256(LAYOUT.encode())
    for f in files:
        h.update(b"\0" + f.name.encode() + b"\0")
        with open(f, "rb") as fh:
            while chunk := fh.read(8 << 20):
                h.update(chunk)
    return h.hexdigest()[:24]


def is_complete(folder: Path) -> bool:
    """True when a store folder has its marker (it was built to the end)."""
    return (folder / MARKER).is_file() and (folder / "db").is_dir()


def find_store(graph_path) -> Path | None:
    """The complete store folder of the graph files as they are now, or ``None`` (nothing built)."""
    files = sources(graph_path)
    root = store_root(graph_path)
    current = _read_json(root / "current.json")
    if current and current.get("files") == _stats(files):
        folder = root / str(current.get("key"))
        if is_complete(folder):
            return folder
    key = content_key(files)
    folder = root / key
    if is_complete(folder):
        _remember(root, key, files)
        return folder
    return None


def ensure_store(graph_path, loader: str | None = None, notice: Notice | None = None) -> Path:
    """The complete store folder of ``graph_path`` (a build folder or an RDF file), built when missing.

    ``notice`` gets one line before a build starts (it can take a minute on a large graph).
    """
    found = find_store(graph_path)
    if found:
        return found
    files = sources(graph_path)
    root = store_root(graph_path)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PolicyKGError(f"cannot create the SPARQL store in {root}: {exc.strerror or exc}") from None
    with _locked(root):
        key = content_key(files)  # the files may have changed while we waited
        folder = root / key
        if not is_complete(folder):
            if notice:
                notice(f"building the SPARQL store of {Path(graph_path)} (once for these graph files)…")
            build_store(files, folder, loader or DEFAULT_LOADER, key)
        _remember(root, key, files)
        _remove_others(root, keep=key)
    return folder


def open_store(folder: Path):
    """The store in a complete store folder (of :func:`ensure_store`), as a read-only pyoxigraph ``Store``."""
    try:
        return ox.Store.read_only(str(folder / "db"))
    except OSError as exc:
        raise PolicyKGError(f"cannot open the SPARQL store {folder}: {exc}") from None


def build_store(files: list[Path], folder: Path, loader: str = DEFAULT_LOADER, key: str = "") -> dict:
    """Load ``files`` into a new store at ``folder`` (atomically: built aside, marked complete,
    then renamed); returns what the marker records (quads, seconds, loader)."""
    if loader not in LOADERS:
        raise PolicyKGError(f"unknown store loader {loader!r}; choose from {', '.join(LOADERS)}")
    root = folder.parent
    _remove_dead_builds(root)
    tmp = Path(tempfile.mkdtemp(prefix=f".building-{os.getpid()}-", dir=root))
    try:
        os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp makes it private; a store is read by servers too
        t = time.perf_counter()
        (_load_cli if loader == "cli" else _load_pyoxigraph)(files, tmp / "db")
        info = {"key": key, "layout": LAYOUT, "loader": loader, "files": [f.name for f in files],
                "seconds": round(time.perf_counter() - t, 3), "built": time.strftime("%Y-%m-%d %H:%M:%S")}
        write_json(tmp / MARKER, info)
        if folder.exists():  # a folder without its marker: never trusted, replaced
            shutil.rmtree(folder)
        os.replace(tmp, folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return info


def _targets(files: list[Path]) -> list[tuple[Path, str]]:
    """``(file, "union"|"dataset")``: what each file contributes."""
    return [(f, "dataset" if f.suffix in DATASET_SUFFIXES else "union") for f in files]


def _load_pyoxigraph(files: list[Path], db: Path) -> None:
    try:
        store = ox.Store(str(db))
        for f, role in _targets(files):
            store.bulk_load(path=str(f), format=ox.RdfFormat.from_extension(f.suffix.lstrip(".")))
            if role == "dataset" and len(files) == 1:  # no union file: materialize it
                store.update(UNION_UPDATE)
        store.flush()
        store.optimize()
    except (SyntaxError, ValueError, OSError) as exc:
        raise PolicyKGError(f"cannot load {', '.join(f.name for f in files)} into the SPARQL store: {exc}") from None


def oxigraph_cli() -> str:
    """The ``oxigraph`` program of the ``oxigraph`` package (beside this Python, else on PATH)."""
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.is_file() else shutil.which("oxigraph")
    if not found:
        raise PolicyKGError("the oxigraph server is not installed: pip install oxigraph (see README)")
    return found


def _load_cli(files: list[Path], db: Path) -> None:
    exe = oxigraph_cli()
    for f, role in _targets(files):
        run = subprocess.run([exe, "load", "--location", str(db), "--file", str(f)], capture_output=True, text=True)
        if run.returncode != 0:
            tail = (run.stderr.strip().splitlines() or [f"exit {run.returncode}"])[-1]
            raise PolicyKGError(f"oxigraph load {f.name} failed: {tail}")
        if role == "dataset" and len(files) == 1:
            _load_pyoxigraph_union(db)
    subprocess.run([exe, "optimize", "--location", str(db)], capture_output=True, check=False)


def _load_pyoxigraph_union(db: Path) -> None:
    store = ox.Store(str(db))
    store.update(UNION_UPDATE)
    store.flush()


def _remember(root: Path, key: str, files: list[Path]) -> None:
    with contextlib.suppress(OSError):  # a read-only folder: the key is just hashed again next time
        write_json(root / "current.json", {"key": key, "files": _stats(files)})


def _remove_others(root: Path, keep: str) -> None:
    """Remove stores of older graph files (and incomplete ones)."""
    for d in root.iterdir():
        if d.is_dir() and not d.name.startswith(".") and d.name != keep:
            shutil.rmtree(d, ignore_errors=True)


def _remove_dead_builds(root: Path) -> None:
    """Remove ``.building-<pid>-…`` folders whose process is gone (a killed build)."""
    for d in root.glob(".building-*"):
        pid = d.name.split("-")[1]
        if d.is_dir() and pid.isdigit() and (int(pid) == os.getpid() or not _alive(int(pid))):
            shutil.rmtree(d, ignore_errors=True)


@contextlib.contextmanager
def _locked(root: Path):
    """An exclusive lock on ``root/.lock`` (released when the process dies)."""
    with open(root / ".lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
