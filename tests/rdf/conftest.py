"""Fixtures shared by the tests of the derived graph's lists and keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.devtools.synthetic import generate_corpus


@pytest.fixture(scope="session")
def synthetic_build(tmp_path_factory) -> Path:
    """A 40-document synthetic corpus built once (``policykg build``'s own pipeline)."""
    from policykg.pipeline.build import build_corpus  # the build pulls in every stage: imported on use

    root = tmp_path_factory.mktemp("derived")
    generate_corpus(40, root / "corpus")
    out = root / "out"
    build_corpus(root / "corpus", out)
    return out
