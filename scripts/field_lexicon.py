#!/usr/bin/env python3
"""Write the learned field lexicon (``loaders/data/fields-learned.txt``) from annotated sets.

usage:
  field_lexicon.py [--out loaders/data/fields-learned.txt] [--min-docs 1] SET_DIR...

A field name (or alias) that the golds of at least ``--min-docs`` documents list and that the
field vocabulary (``ontology/fields.ttl``) does not know joins the lexicon: 锂电新能源, 医药健康,
化工新材料 … The typer (``loaders/review/typer.py``) reads their mentions as it reads the
vocabulary's, where a verb of commitment stands before one or a head noun after it. The file opens
with the sets it was made from (``# sets: …``); pass development sets only, never a test set of
issue #12 (``tests/data/CONVENTIONS.md``). ``corpus`` is read with the seed gold (``tests/data/gold``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from policykg.atomic import write_text
from policykg.errors import InputError
from policykg.resolve import vocabulary

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "loaders" / "data" / "fields-learned.txt"


def lexicon(sets: list[Path], min_docs: int = 1) -> list[str]:
    """The names, sorted, that at least ``min_docs`` gold documents of ``sets`` list as fields and the vocabulary lacks."""
    counts: Counter[str] = Counter()
    for s in sets:
        gold_dir = ROOT / "tests" / "data" / "gold" if s.name == "corpus" else s / "gold"
        for g in sorted(gold_dir.glob("*.json")):
            gold = json.loads(g.read_text(encoding="utf-8"))
            names = {n for f in gold.get("fields") or [] if isinstance(f, dict)
                     for n in (f.get("name"), *(f.get("aliases") or []))
                     if n and 2 <= len(n) <= 12 and not any(c.isspace() for c in n)}
            counts.update(n for n in names if vocabulary.canonical_field(n) is None)
    return sorted(n for n, k in counts.items() if k >= min_docs)


def render(sets: list[Path], names: list[str]) -> str:
    return "# sets: " + " ".join(sorted(s.name for s in sets)) + "\n" + "".join(f"{n}\n" for n in names)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-docs", type=int, default=1)
    a = ap.parse_args(argv)
    missing = [s for s in a.sets if not s.is_dir()]
    if missing:
        raise InputError(f"no such set: {missing[0]}")
    names = lexicon(a.sets, a.min_docs)
    write_text(a.out, render(a.sets, names))
    print(f"{len(names)} fields from {len(a.sets)} sets → {a.out}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
