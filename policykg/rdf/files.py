"""RDF files of a graph: Turtle, N-Triples, JSON-LD and TriG, streamed and byte-stable.

:func:`write_all` writes ``graph.ttl`` and ``graph.nt`` (the union of all named
graphs: these formats hold triples only), ``graph.trig`` and ``graph.jsonld``
(one named graph per document, see :mod:`policykg.model.terms`), each atomically.

The statements of :func:`policykg.rdf.nquads.statements` are streamed once: to a
temporary N-Quads file, from which pyoxigraph writes TriG and JSON-LD, and
through an external sort that writes the union as sorted, duplicate-free
N-Triples, from which pyoxigraph writes Turtle.  Nothing holds the whole
dataset in memory, so a corpus of 10,000 documents (about 11 million quads)
is written in a few hundred MB.  The same graph gives the same bytes in every
process: the statements come in a fixed order and N-Triples lines are sorted.

:func:`to_dataset` parses a small PolicyGraph's statements into rdflib; :func:`load_dataset`
reads a file back into rdflib (for small graphs);
:func:`export` copies or converts the files of a build.
"""

from __future__ import annotations

import contextlib
import heapq
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import BNode, Dataset, Graph
from rdflib.compare import to_canonical_graph

from policykg.atomic import atomic_open, scratch_dir, scratch_open
from policykg.errors import PolicyKGError
from policykg.formats import PARSERS, RDF_FILES
from policykg.model import PolicyGraph
from policykg.model.terms import encode_key
from policykg.ontology.namespace import ID, PREFIXES
from policykg.rdf.nquads import nquads, term
from policykg.rdf.nquads import statements as graph_statements

#: Export format → file name a build writes (:data:`policykg.formats.RDF_FILES`; the file suffix →
#: rdflib parser table of :func:`load_dataset` is :data:`policykg.formats.PARSERS`).
FORMATS: dict[str, str] = RDF_FILES
#: Union lines sorted in memory at a time before they are merged from disk.
SORT_CHUNK = 500_000


def _ox_format(fmt: str):
    import pyoxigraph as ox  # imported on use: only this format step needs it

    return {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
            "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}[fmt]


# -- PolicyGraph → rdflib Dataset ------------------------------------------------------
def to_dataset(graph: PolicyGraph) -> Dataset:
    """The RDF dataset of ``graph`` as an rdflib ``Dataset`` (union as default graph): one named
    graph per document plus the entities, derived and ontology graphs.

    The statements come from :func:`policykg.rdf.nquads.statements`; an rdflib dataset keeps
    about 2 KB per quad, so use this for small graphs (tests, SHACL) and
    :func:`write_all` (streaming) for corpora.
    """
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    ds.parse(data="".join(nquads(graph)), format="nquads", bnode_context=_SameLabels())
    return ds


class _SameLabels(dict):
    """A blank-node context for rdflib's N-Quads parser that keeps the written labels (the
    ontology's canonical ones), so the same graph gives the same dataset."""

    def get(self, key, default=None):
        return BNode(key)


def doc_graph(ds: Dataset, stem: str) -> Graph:
    """The named graph of document ``stem`` in ``ds``."""
    return ds.graph(ID[f"graph/document/{encode_key(stem)}"])


# -- statements of a graph or a dataset ------------------------------------------------
def statements(source) -> Iterator[tuple[str, list[str]]]:
    """``(graph term, lines)`` of a PolicyGraph (:func:`policykg.rdf.nquads.statements`) or of an
    rdflib Dataset (graphs sorted, blank nodes labelled canonically); ``""`` is the default graph."""
    if isinstance(source, Dataset):
        return _dataset_statements(source)
    return graph_statements(source)


def _dataset_statements(ds: Dataset) -> Iterator[tuple[str, list[str]]]:
    for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        if not len(g):
            continue
        triples: Iterable = g
        if any(t.__class__.__name__ == "BNode" for triple in g for t in triple):
            triples = to_canonical_graph(g)
        name = "" if str(g.identifier).startswith("urn:x-rdflib:") else term(g.identifier)
        yield name, sorted({f"{term(s)} {term(p)} {term(o)}" for s, p, o in triples})


class SortedLines:
    """An external sort: add lines in any order, then :meth:`write` them sorted and unique.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> s = SortedLines(d, chunk=2)
    >>> s.add(["b", "a", "c", "a"])
    >>> with open(d / "out.txt", "w") as fh:
    ...     s.write(fh)
    3
    >>> (d / "out.txt").read_text()
    'a\\nb\\nc\\n'
    """

    def __init__(self, folder: Path, chunk: int | None = None) -> None:
        self.folder, self.chunk, self.buffer, self.runs = Path(folder), chunk or SORT_CHUNK, [], []

    def add(self, lines: Iterable[str]) -> None:
        """Add lines (without newlines)."""
        self.buffer.extend(lines)
        if len(self.buffer) >= self.chunk:
            self._spill()

    def _spill(self) -> None:
        path = self.folder / f".run-{len(self.runs):04d}.tmp"
        with scratch_open(path) as fh:
            fh.writelines(f"{line}\n" for line in sorted(set(self.buffer)))
        self.runs.append(path)
        self.buffer = []

    def write(self, fh) -> int:
        """Write every line once, sorted, each with a newline; returns how many."""
        if not self.runs:
            lines = sorted(set(self.buffer))
            fh.writelines(f"{line}\n" for line in lines)
            return len(lines)
        if self.buffer:
            self._spill()
        with contextlib.ExitStack() as stack:
            files = [stack.enter_context(open(p, encoding="utf-8", newline="\n")) for p in self.runs]
            n, last = 0, None
            for line in heapq.merge(*files):
                if line != last:
                    fh.write(line)
                    n, last = n + 1, line
            return n


# -- writing -----------------------------------------------------------------------------
#: N-Quads larger than this are written out in two processes (union and Turtle | TriG and JSON-LD).
PARALLEL_BYTES = 32 << 20


def write_formats(source, out_dir, formats: Iterable[str] = tuple(FORMATS)) -> dict[str, Path]:
    """Write the files of ``formats`` (keys of :data:`FORMATS`) of a PolicyGraph or rdflib Dataset
    into ``out_dir``, atomically; returns the paths by format.

    The statements go once to a scratch N-Quads file; then the union (sorted N-Triples, and
    Turtle from it) and the datasets (TriG, JSON-LD) are written from that file, in two
    processes when it is large.
    """
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise PolicyKGError(f"unknown RDF format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    out = Path(out_dir)
    with scratch_dir(out) as tmp:
        nq = tmp / ".graph.nq.tmp"
        with scratch_open(nq) as fh:
            for name, lines in statements(source):
                fh.writelines(f"{line} {name} .\n" for line in lines)
        target = {f: out / FORMATS[f] for f in formats}
        tasks = []
        if "nt" in formats or "ttl" in formats:
            tasks.append((write_union, nq, target.get("nt") or tmp / ".graph.nt.tmp", target.get("ttl"), tmp))
        if "trig" in formats or "jsonld" in formats:
            tasks.append((write_datasets, nq, [(target[f], f) for f in ("trig", "jsonld") if f in formats]))
        _run(tasks, parallel=nq.stat().st_size > PARALLEL_BYTES)
    return target


def _run(tasks: list[tuple], parallel: bool) -> None:
    """Run ``(function, *args)`` tasks, in spawned processes when ``parallel`` (and there are cores)."""
    import os  # imported on use: only this format step needs it

    if not parallel or len(tasks) < 2 or (os.cpu_count() or 1) < 2:
        for fn, *args in tasks:
            fn(*args)
        return
    import multiprocessing  # imported on use: only this format step needs it
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=len(tasks), mp_context=multiprocessing.get_context("spawn")) as pool:
        for future in [pool.submit(fn, *args) for fn, *args in tasks]:
            future.result()


def write_union(nq: Path, nt: Path, ttl: Path | None, tmp: Path) -> None:
    """From N-Quads file ``nq``: the union of its graphs as sorted unique N-Triples ``nt``, and
    Turtle ``ttl`` from that (when given)."""
    union = SortedLines(tmp)
    with open(nq, encoding="utf-8", newline="\n") as fh:
        while True:
            batch = fh.readlines(64 << 20)
            if not batch:
                break
            union.add(line.rsplit(" ", 2)[0] + " ." for line in batch)  # drop the graph term
    with atomic_open(nt, "w") as fh:
        union.write(fh)
    if ttl is not None:
        convert(nt, "nt", ttl, "ttl")


def write_datasets(nq: Path, targets: list[tuple[Path, str]]) -> None:
    """From N-Quads file ``nq``: each ``(path, format)`` of the dataset formats (trig, jsonld)."""
    for path, fmt in targets:
        convert(nq, "nq", path, fmt)


def write_all(graph, out_dir) -> dict[str, Path]:
    """Write ``graph.ttl``, ``graph.nt``, ``graph.jsonld`` and ``graph.trig`` of a PolicyGraph
    (or an rdflib Dataset) atomically into ``out_dir``; returns the paths by format."""
    return write_formats(graph, out_dir)


def convert(src: Path, src_fmt: str, dst: Path, dst_fmt: str) -> Path:
    """Rewrite RDF file ``src`` as ``dst`` in another format with pyoxigraph (streaming, atomic)."""
    import pyoxigraph as ox  # imported on use: only this format step needs it

    # node IRIs stay whole: under a prefix their "/" and "%" would be written "\/" and "\%"
    prefixes = {k: v for k, v in PREFIXES.items() if k != "id"} if dst_fmt in ("ttl", "trig") else None
    with atomic_open(dst, "wb") as fh:
        ox.serialize(ox.parse(path=str(src), format=_ox_format(src_fmt)), fh, _ox_format(dst_fmt),
                     prefixes=prefixes)
    return Path(dst)


def serialize(source, fmt: str) -> bytes:
    """A PolicyGraph or rdflib Dataset in export format ``fmt`` (a key of :data:`FORMATS`), as bytes."""
    if fmt not in FORMATS:
        raise PolicyKGError(f"unknown RDF format {fmt!r}; choose from {', '.join(FORMATS)}")
    with tempfile.TemporaryDirectory(prefix="policykg-rdf-") as tmp:
        return write_formats(source, tmp, [fmt])[fmt].read_bytes()


# -- reading -------------------------------------------------------------------------------
def union_graph(ds: Dataset) -> Graph:
    """Every triple of every graph of ``ds`` in one plain rdflib graph."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def graph_file(path) -> Path:
    """The RDF file of ``path``: a build's ``graph.trig``, or the file itself."""
    p = Path(path)
    if p.is_dir():
        p = p / FORMATS["trig"]
    if not p.is_file():
        raise PolicyKGError(f"no RDF graph at {path} (run `policykg build` first)")
    if p.suffix not in PARSERS:
        raise PolicyKGError(f"unknown RDF file type: {p.name}")
    return p


def load_dataset(path) -> Dataset:
    """Read a dataset written by :func:`write_all` (a directory, or a .trig/.jsonld/.nq/.ttl/.nt file)
    into rdflib (about 2 KB of memory per quad: for small graphs)."""
    p = graph_file(path)
    ds = Dataset(default_union=True)
    try:
        ds.parse(p, format=PARSERS[p.suffix])
    except Exception as exc:  # parser errors are the user's file
        raise PolicyKGError(f"cannot parse {p}: {exc}") from exc
    return ds


def export(graph_dir, fmt: str, out) -> Path | str:
    """Write the graph of ``graph_dir`` (a build folder or an RDF file) as ``fmt`` to ``out`` (``"-"``: stdout).

    A build folder already holds every format, so its file is copied (streamed);
    a single RDF file is read and converted.
    """
    if fmt not in FORMATS:
        raise PolicyKGError(f"unknown RDF format {fmt!r}; choose from {', '.join(FORMATS)}")
    folder = Path(graph_dir)
    src = folder / FORMATS[fmt] if folder.is_dir() else None
    if src is None or not src.is_file():
        return _write_out(serialize(load_dataset(graph_dir), fmt), out)
    if str(out) == "-":
        with open(src, "rb") as fh:
            shutil.copyfileobj(fh, sys.stdout.buffer)
        sys.stdout.flush()
        return "-"
    with open(src, "rb") as fh, atomic_open(out, "wb") as dst:
        shutil.copyfileobj(fh, dst)
    return Path(out)


def _write_out(data: bytes, out) -> Path | str:
    if str(out) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return "-"
    with atomic_open(out, "wb") as fh:
        fh.write(data)
    return Path(out)
