"""Test house rules.

- Unit tests are fast and need nothing but the package.
- ``@pytest.mark.neo4j`` tests need a live server: ``NEO4J_URI``/``NEO4J_USER``/
  ``NEO4J_PASSWORD`` when set, else the project's own server is started once
  per session (see ``neo4j_fixture.py``).
- ``@pytest.mark.browser`` tests drive Debian's headless ``chromium``.
- Golden files are compared by meaning; run ``pytest --regen`` to rewrite them
  and review the diff before committing.  A missing golden file fails without ``--regen``.
- Everything a test reads is in this repository (``tests/data``: the seed gold digests and
  the scorer), so a clone alone runs every test; only Java and Chromium may be missing,
  and ``make test`` installs both.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest_plugins = ["neo4j_fixture"]

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"
#: The seed gold digests (a copy of the project's ``shared/gold``; format ``gold/SCHEMA.md``).
GOLD = DATA / "gold"


def pytest_addoption(parser):
    parser.addoption("--regen", action="store_true", help="rewrite golden files")


@pytest.fixture
def regen(request) -> bool:
    return request.config.getoption("--regen")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return GOLD


@pytest.fixture(scope="session")
def gold_digests(gold_dir) -> dict[str, dict]:
    """The gold digests by document stem (a stand-in for extractor output)."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))}


@pytest.fixture
def rules_only(monkeypatch):
    """Extraction by the rules alone: every proposal of the rules kept and nothing added. The learned
    screen (:mod:`policykg.loaders.review.screen`) and typer (:mod:`policykg.loaders.review.typer`)
    judge whole documents of the genre, and a one-sentence text written to test a rule is no such
    sample."""
    from policykg.loaders.review import screen, typer

    monkeypatch.setattr(screen, "model", lambda: {"weights": {}, "thresholds": {}})
    monkeypatch.setattr(typer, "model", lambda: {"weights": {}, "thresholds": {}})


@pytest.fixture(scope="session")
def built_corpus(tmp_path_factory):
    """The bundled corpus built once for the session: ``(BuildResult, out_dir)``. Read it only."""
    from policykg.pipeline.build import build_corpus  # the build pulls in every stage: imported on use

    out = tmp_path_factory.mktemp("built")
    result = build_corpus(None, out)
    assert result.digests, result.skipped
    return result, out
