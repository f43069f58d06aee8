"""policykg: a knowledge graph of Chinese future-industry (未来产业) policy.

Pipeline: text → outline → facts with evidence (a digest) → :class:`PolicyGraph`
→ RDF / Neo4j / networkx / HTML.  The functions here are the public entry points;
each is a thin skin over one function of a subpackage, imported on first call so that
``import policykg`` (and the ``policykg`` command's start-up) stays fast.

>>> import policykg
>>> digest = policykg.extract("上海市：到2030年，建设15个左右未来产业先导区。", doc_id="demo")
>>> [(t["year"], t["value"]) for t in digest["targets"]]
[(2030, 15)]
"""

from __future__ import annotations

from pathlib import Path

from policykg.errors import PolicyKGError
from policykg.model import Edge, Evidence, Node, PolicyGraph

__all__ = ["PolicyKGError", "PolicyGraph", "Node", "Edge", "Evidence", "extract", "build_corpus", "open_build",
           "run_query", "to_rdf", "to_networkx", "load_neo4j"]
__version__ = "0.1.0"


def extract(source, doc_id: str | None = None) -> dict:
    """The digest of one document, given as a path or as text (:func:`policykg.loaders.extract`)."""
    from policykg.loaders import extract as extract_digest  # the extractor's tables: loaded on use

    return extract_digest(source, doc_id)


def build_corpus(corpus_dir=None, out_dir=None, jobs: int = 1) -> PolicyGraph:
    """The PolicyGraph of a folder of documents (default: the bundled corpus); with ``out_dir``
    the digests, RDF files and merge report are written there too, as ``policykg build`` does."""
    from policykg.pipeline import build  # extractor and writers: loaded on use

    return build.build_corpus(corpus_dir, out_dir, jobs=jobs).graph


def open_build(folder) -> PolicyGraph:
    """The PolicyGraph of an output folder of ``policykg build`` (rebuilt from its digests)."""
    from policykg.pipeline.folder import open_build as open_folder  # the builder: loaded on use

    return open_folder(folder)


def run_query(name: str, params: dict | None = None, engine: str | None = None, graph_dir=None) -> list[dict]:
    """Answer catalogue question ``name`` (``policykg query --list``) with ``params`` on ``engine``
    (``oxigraph``, ``rdflib`` or ``neo4j``) over a build folder (default: the bundled corpus)."""
    from policykg.query import run  # SPARQL stores: loaded on use

    return run(name, params or {}, graph_dir=graph_dir, engine=engine)


def to_rdf(graph: PolicyGraph, out_dir=None):
    """The RDF of ``graph``: an rdflib ``Dataset`` (one named graph per document), or with
    ``out_dir`` the files ``graph.{nt,ttl,trig,jsonld}`` written there (their paths by format)."""
    from policykg.rdf import files  # rdflib and pyoxigraph: loaded on use

    if out_dir is None:
        return files.to_dataset(graph)
    return {fmt: Path(p) for fmt, p in files.write_all(graph, out_dir).items()}


def to_networkx(graph: PolicyGraph):
    """``graph`` as a ``networkx.MultiDiGraph``; each edge keeps its evidence (document, quote,
    section, rule, span) as plain dicts."""
    return graph.to_networkx()


def load_neo4j(graph: PolicyGraph, uri: str | None = None, user: str | None = None,
               password: str | None = None, database: str | None = None, prune: bool = False):
    """Load ``graph`` into Neo4j (missing settings from ``NEO4J_*``, then the defaults of
    ``policykg neo4j serve``); returns the load's counts."""
    from policykg.neo4j.connection import Settings  # the Neo4j driver: loaded on use
    from policykg.neo4j.writer import load

    return load(graph, Settings.from_env(uri, user, password, database), prune=prune)
