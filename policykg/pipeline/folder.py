"""The one reader of a build folder: its digests, and the PolicyGraph rebuilt from them.

An output folder of ``policykg build`` holds ``digests/*.json`` (a folder of digests with
``*.json`` at its top works too); :func:`open_build` rebuilds the graph with
:func:`policykg.resolve.builder.build_graph`, the function ``policykg build`` used, so the
graph is the one the build wrote.  :func:`source_graph` also takes a corpus folder (extracted
and built) or ``None`` (the bundled corpus): what ``policykg neo4j load`` and ``import`` read.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from policykg.errors import PolicyKGError
from policykg.model import PolicyGraph
from policykg.resolve.builder import build_graph


def digest_files(folder) -> list[Path]:
    """The digest files of a build folder (``digests/*.json``, else ``*.json``), sorted."""
    folder = Path(folder)
    return sorted((folder / "digests").glob("*.json")) or sorted(folder.glob("*.json"))


def read_digests(folder) -> list[dict]:
    """The digests of a build folder, in file order; a missing folder or no digest is a user error."""
    folder = Path(folder)
    if not folder.is_dir():
        raise PolicyKGError(f"no such graph folder: {folder}")
    digests = [d for d in (_read_json(p) for p in digest_files(folder)) if isinstance(d, dict) and "document" in d]
    if not digests:
        raise PolicyKGError(f"no digests in {folder} (run `policykg build -o {folder}` first)")
    return digests


def open_build(folder=None) -> PolicyGraph:
    """The PolicyGraph of a build folder, rebuilt from its digests; ``None``: the bundled corpus's
    build (:func:`policykg.pipeline.cache.default_graph_dir`, built once, then cached)."""
    if folder is None:
        from policykg.pipeline.cache import default_graph_dir  # the extractor and writers: imported on use

        folder = default_graph_dir()
    digests = read_digests(folder)
    try:
        return build_graph(digests)
    except (ValueError, KeyError, TypeError) as exc:
        raise PolicyKGError(f"cannot build a graph from the digests of {folder}: {exc}") from None


def source_graph(path=None) -> PolicyGraph:
    """The graph to load from ``path``: an output folder of ``policykg build`` (rebuilt from
    its ``digests/``), a corpus folder (extracted and built), or ``None`` for the bundled corpus."""
    # the extractor and the writers are imported on use: reading a build folder needs neither
    from policykg.pipeline.build import build_corpus, corpus_files
    from policykg.pipeline.cache import default_graph_dir

    folder = Path(default_graph_dir() if path is None else path)
    if (folder / "digests").is_dir():
        return open_build(folder)

    try:
        corpus_files(folder)
    except PolicyKGError:
        raise PolicyKGError(f"{folder} is neither an output folder of `policykg build` (with digests/) "
                            "nor a folder of .txt/.html documents") from None
    with tempfile.TemporaryDirectory(prefix="policykg-load-") as tmp:
        result = build_corpus(folder, tmp)
    if not result.digests:
        raise PolicyKGError(f"no document of {folder} could be extracted")
    return result.graph


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PolicyKGError(f"cannot read digest {path}: {exc}") from exc
