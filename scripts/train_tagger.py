#!/usr/bin/env python3
"""Train the learned span tagger (``loaders/review/tagger.py``) from annotated sets.

usage:
  train_tagger.py [--out loaders/data/tagger.crfsuite] SET_DIR...
  train_tagger.py --folds 5 --pred-out DIR SET_DIR...   (out of fold: train on four fifths of
                                                          the batches, tag the fifth)

Each SET_DIR holds ``*.txt`` with ``gold/*.json``; ``corpus`` is read with the seed gold
(``tests/data/gold``); the names of the sets trained on are written beside the model
(``tagger-sets.txt``). Every mention of a gold name (name, short form, aliases) of the five
lists the tagger proposes for is labelled in its text, longer names first. Pass development
sets only: a test set of issue #12 is never trained on (``tests/data/CONVENTIONS.md``).

``--folds`` writes, per document, the spans the model of the other folds marks
(``DIR/<set>/<doc>.json``: ``[start, end, list, probability]``), batches assigned to folds in
name order; the fifteenth round compared them with the first-sight records of
``tests/data/screen/first-sight.jsonl`` to choose the threshold.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from policykg.atomic import write_text
from policykg.errors import InputError
from policykg.loaders.reading.document import Doc
from policykg.loaders.reading.text import read_document
from policykg.loaders.review import tagger

ROOT = Path(__file__).resolve().parents[1]


def gold_names(gold: dict, key: str) -> set[str]:
    out = set()
    for item in gold.get(key) or []:
        if isinstance(item, str):
            out.add(item)
            continue
        out.update(n for n in (item.get("name"), item.get("short"), *(item.get("aliases") or [])) if n)
    return {n for n in out if len(n) >= 2}


def documents(sets: list[Path]):
    """``(set name, doc stem, normalized text, gold)`` of every annotated text of ``sets``."""
    for s in sets:
        gold_dir = ROOT / "tests" / "data" / "gold" if s.name == "corpus" else s / "gold"
        for txt in sorted(s.glob("*.txt")):
            g = gold_dir / f"{txt.stem}.json"
            if g.is_file():
                yield s.name, txt.stem, read_document(txt), json.loads(g.read_text(encoding="utf-8"))


def sequences(text: str, gold: dict):
    """The tagger's training sequences of one document: ``(traits, labels)`` per sentence."""
    names = {typ: gold_names(gold, key) for typ, key in tagger.TYPES.items()}
    labels = tagger.labels(text, names)
    feats = tagger.features(text, Doc.from_text(text, "t").tokens)
    for pos, sentence in tagger.sentences(text):
        if sentence.strip():
            yield feats[pos:pos + len(sentence)], labels[pos:pos + len(sentence)]


def train(docs, out: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for _, _, text, gold in docs:
        for x, y in sequences(text, gold):
            trainer.append(x, y)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
    tmp = out.with_suffix(".part")
    trainer.train(str(tmp))
    tmp.replace(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "loaders" / "data" / tagger.MODEL)
    ap.add_argument("--folds", type=int, default=0)
    ap.add_argument("--pred-out", type=Path)
    a = ap.parse_args(argv)
    missing = [s for s in a.sets if not s.is_dir()]
    if missing:
        raise InputError(f"no such set: {missing[0]}")
    docs = list(documents(a.sets))
    if not a.folds:
        train(docs, a.out)
        write_text(a.out.with_name(a.out.stem + "-sets.txt"),
                   "".join(f"{name}\n" for name in sorted({d[0] for d in docs})))
        print(f"trained on {len(docs)} documents of {len(a.sets)} sets → {a.out}")
        return 0
    import pycrfsuite

    fold = {name: i % a.folds for i, name in enumerate(sorted({d[0] for d in docs}))}
    for k in range(a.folds):
        model = a.pred_out / f"fold{k}.crfsuite"
        model.parent.mkdir(parents=True, exist_ok=True)
        train([d for d in docs if fold[d[0]] != k], model)
        t = pycrfsuite.Tagger()
        t.open(str(model))
        for name, stem, text, _ in (d for d in docs if fold[d[0]] == k):
            found = tagger.spans(Doc.from_text(text, stem), t)
            write_text(a.pred_out / name / f"{stem}.json", json.dumps(found, ensure_ascii=False))
        print(f"fold {k} done", flush=True)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
