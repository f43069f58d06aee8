"""The bundled corpus's graph, built once and cached.

Without a build folder, queries, exports, views and ``neo4j load`` use the bundled
corpus: :func:`default_graph_dir` builds it with :func:`policykg.pipeline.build.build_corpus`
into ``~/.cache/policykg/graph-<hash>`` (``$POLICYKG_CACHE`` or ``$XDG_CACHE_HOME`` move it);
the hash covers the package version, the corpus files and the package's code and ontology.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
import os
import shutil
import tempfile
from pathlib import Path

from policykg.errors import PolicyKGError
from policykg.pipeline.build import build_corpus, bundled_corpus, corpus_files


def cache_root() -> Path:
    """Where built graphs are cached: ``$POLICYKG_CACHE`` or ``$XDG_CACHE_HOME/policykg``."""
    if os.environ.get("POLICYKG_CACHE"):
        return Path(os.environ["POLICYKG_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "policykg"


def default_graph_dir() -> Path:
    """The bundled corpus's graph directory, built on first use and cached."""
    corpus = bundled_corpus()
    target = cache_root() / f"graph-{_fingerprint(corpus_files(corpus))}"
    if (target / "graph.trig").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=target.parent))
    try:
        result = build_corpus(corpus, tmp)
        if not result.digests:
            reasons = "; ".join(f"{n}: {r}" for n, r in result.skipped[:3])
            raise PolicyKGError(f"cannot build the bundled corpus ({reasons}); pass --graph OUT_DIR")
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def _fingerprint(corpus: list[Path]) -> str:
    """Hash of the package version, corpus files, and the package's code and ontology."""
    h = hashlib.sha256(importlib.metadata.version("policykg").encode())
    roots = [Path(__file__).resolve().parent.parent,
             Path(str(importlib.resources.files("policykg.ontology"))),
             Path(str(importlib.resources.files("policykg.loaders")))]
    files = list(corpus) + sorted(p for r in roots for p in r.rglob("*") if p.suffix in {".py", ".ttl", ".json"})
    for p in files:
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]
