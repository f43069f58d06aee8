"""RDF files of a dataset: Turtle, N-Triples, JSON-LD and TriG, written byte-stably.

:func:`write_all` writes ``graph.ttl`` and ``graph.nt`` (the union of all named
graphs: these formats hold triples only), ``graph.trig`` and ``graph.jsonld``
(one named graph per document, see :mod:`policykg.rdf`), each atomically.  The
same graph gives the same bytes in every process: N-Triples lines are sorted
with canonical blank-node labels; TriG is written graph by graph in IRI order
(each graph by rdflib's sorting Turtle serializer); JSON-LD node arrays are
sorted by ``@id``.  :func:`load_dataset` reads them back.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from rdflib import BNode, Dataset, Graph
from rdflib.compare import to_canonical_graph

from policykg.atomic import write_bytes
from policykg.errors import PolicyKGError
from policykg.ontology.namespace import PREFIXES


def union_graph(ds: Dataset) -> Graph:
    """Every triple of every graph of ``ds`` in one plain graph (for Turtle/N-Triples)."""
    g = _bound(Graph())
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _bound(g):
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def _graphs(ds: Dataset) -> list[Graph]:
    return sorted((g for g in ds.graphs() if len(g)), key=lambda g: str(g.identifier))


def ntriples(g: Graph) -> bytes:
    """N-Triples of ``g`` with unique sorted lines and canonical blank-node labels:
    byte-identical for isomorphic graphs (even after a round trip through another format)."""
    if any(isinstance(t, BNode) for triple in g for t in triple):
        canonical = Graph()
        for triple in to_canonical_graph(g):
            canonical.add(triple)
        g = canonical
    lines = {ln for ln in g.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines() if ln.strip()}
    return ("\n".join(sorted(lines)) + "\n").encode("utf-8")


def turtle(ds: Dataset) -> bytes:
    """The union graph as Turtle."""
    return union_graph(ds).serialize(format="turtle", encoding="utf-8")


def trig(ds: Dataset) -> bytes:
    """TriG: the prefixes used, then each named graph (sorted by IRI) as indented Turtle."""
    prefixes, parts = set(), []
    for g in _graphs(ds):
        one = _bound(Graph())
        for triple in g:
            one.add(triple)
        body = one.serialize(format="turtle").splitlines()
        prefixes |= {ln for ln in body if ln.startswith("@prefix")}
        lines = [f"    {ln}" if ln else "" for ln in body if not ln.startswith("@prefix")]
        parts.append(f"\n<{g.identifier}> {{\n" + "\n".join(lines).strip("\n") + "\n}\n")
    return ("\n".join(sorted(prefixes)) + "\n" + "".join(parts)).encode("utf-8")


def jsonld(ds: Dataset) -> bytes:
    """JSON-LD with the prefixes as context, one ``@graph`` per named graph, arrays sorted."""
    text = ds.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=False)
    return (json.dumps(_sorted(json.loads(text)), ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def _sorted(value, in_list: bool = False):
    """JSON-LD with every unordered array sorted (``@list`` arrays keep their order)."""
    if isinstance(value, dict):
        return {k: _sorted(v, k == "@list") for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted(v) for v in value]
        return items if in_list else sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


#: Export format → (file name, serializer of a dataset to bytes).
FORMATS: dict[str, tuple[str, Callable[[Dataset], bytes]]] = {
    "ttl": ("graph.ttl", turtle),
    "nt": ("graph.nt", lambda ds: ntriples(union_graph(ds))),
    "jsonld": ("graph.jsonld", jsonld),
    "trig": ("graph.trig", trig),
}
#: File suffix → rdflib parser name, for :func:`load_dataset`.
PARSERS = {".trig": "trig", ".jsonld": "json-ld", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt"}


def serialize(ds: Dataset, fmt: str) -> bytes:
    """``ds`` in export format ``fmt`` (a key of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise PolicyKGError(f"unknown RDF format {fmt!r}; choose from {', '.join(FORMATS)}")
    return FORMATS[fmt][1](ds)


def write_all(graph, out_dir) -> dict[str, Path]:
    """Write ``graph.ttl``, ``graph.nt``, ``graph.jsonld`` and ``graph.trig`` of a PolicyGraph
    (or an rdflib Dataset) atomically into ``out_dir``; returns the paths by format."""
    from policykg.rdf import to_dataset

    ds = graph if isinstance(graph, Dataset) else to_dataset(graph)
    out = Path(out_dir)
    return {fmt: write_bytes(out / name, serialize(ds, fmt)) for fmt, (name, _) in FORMATS.items()}


def load_dataset(path) -> Dataset:
    """Read a dataset written by :func:`write_all` (a directory, or a .trig/.jsonld/.nq/.ttl/.nt file)."""
    p = Path(path)
    if p.is_dir():
        p = p / "graph.trig"
    if not p.is_file():
        raise PolicyKGError(f"no RDF graph at {path} (run `policykg build` first)")
    if p.suffix not in PARSERS:
        raise PolicyKGError(f"unknown RDF file type: {p.name}")
    ds = Dataset(default_union=True)
    try:
        ds.parse(p, format=PARSERS[p.suffix])
    except Exception as exc:  # parser errors are the user's file
        raise PolicyKGError(f"cannot parse {p}: {exc}") from exc
    return ds


def export(graph_dir, fmt: str, out) -> Path | str:
    """Write the graph of ``graph_dir`` (None: the bundled corpus) as ``fmt`` to ``out`` (``"-"``: stdout)."""
    if fmt not in FORMATS:
        raise PolicyKGError(f"unknown RDF format {fmt!r}; choose from {', '.join(FORMATS)}")
    if graph_dir is None:
        from policykg.query import default_graph_dir

        graph_dir = default_graph_dir()
    data = serialize(load_dataset(graph_dir), fmt)
    if str(out) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return "-"
    return write_bytes(out, data)
