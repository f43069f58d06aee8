"""The digest format: docs/digest.md, policykg.model.digest and real digests agree."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from policykg.devtools.synthetic import generate_document
from policykg.loaders import extract
from policykg.model import digest as spec

ROOT = Path(__file__).resolve().parents[2]


def _problems(d: dict) -> list[str]:
    """Keys of ``d`` that the TypedDicts do not name."""
    out = [f"top-level {k}" for k in set(d) - set(spec.Digest.__annotations__)]
    out += [f"document.{k}" for k in set(d.get("document", {})) - set(spec.DocumentMeta.__annotations__)]
    for key, cls in spec.LISTS.items():
        for item in d.get(key, []):
            if isinstance(item, dict):
                out += [f"{key}[].{k}" for k in set(item) - set(cls.__annotations__)]
                ev = item.get("evidence") or {}
                out += [f"{key}[].evidence.{k}" for k in set(ev) - set(spec.SpanEvidence.__annotations__)]
    return sorted(set(out))


def test_every_key_is_documented():
    text = (ROOT / "docs" / "digest.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`(\w+)`", text))
    for cls in (spec.SpanEvidence, spec.DocumentMeta, *spec.LISTS.values()):
        missing = set(cls.__annotations__) - documented
        assert not missing, f"{cls.__name__}: {sorted(missing)} not in docs/digest.md"
    assert set(spec.LISTS) <= documented


def test_extracted_digests_match_the_spec(corpus_dir):
    for path in sorted(corpus_dir.glob("*.txt")):
        assert _problems(extract(path)) == [], path.name


@pytest.mark.parametrize("index", range(6))
def test_synthetic_truth_matches_the_spec(index):
    _, _, truth = generate_document(index)
    assert _problems(truth) == []


def test_gold_digests_match_the_spec(gold_dir):
    for path in sorted(gold_dir.glob("*.json")):
        assert _problems(json.loads(path.read_text(encoding="utf-8"))) == [], path.name
