"""policykg.pipeline.folder: the graph of a build folder, a corpus folder or the bundled corpus."""

from __future__ import annotations

import pytest

from policykg.errors import PolicyKGError
from policykg.pipeline.folder import open_build, source_graph


@pytest.fixture(scope="module")
def built(built_corpus):
    """The bundled corpus built once: ``(BuildResult, out_dir)``."""
    return built_corpus


def test_source_graph_from_output_and_corpus_folders(built, corpus_dir, tmp_path):
    result, out = built
    assert source_graph(out).counts() == result.graph.counts()
    assert source_graph(corpus_dir).counts() == result.graph.counts()
    with pytest.raises(PolicyKGError, match="neither"):
        source_graph(tmp_path)


def test_open_build_of_none_is_the_bundled_corpus(built):
    result, _ = built
    assert open_build(None).counts() == open_build().counts() == result.graph.counts()
    with pytest.raises(PolicyKGError, match="no such graph folder"):
        open_build("/nonexistent/policykg-build")
