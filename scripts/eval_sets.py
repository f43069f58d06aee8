#!/usr/bin/env python3
"""Score the extractor on evaluation sets, per set and pooled per list (a development tool).

usage: eval_sets.py [--private DIR] [--out DIR] [--diff LIST,...] SET_DIR...

Each SET_DIR holds ``*.txt`` with ``gold/<stem>.json`` (``corpus`` is scored with the seed
gold in ``../shared/gold``). With ``--private DIR``, ``DIR/<set name>`` is scored with its set
when it exists (journalism kept out of the repository). ``--out`` keeps the digests;
``--diff`` prints the missed (``-``) and spurious (``+``) names of the given lists, matched
the scorer's way (names and aliases).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from scoring import extract_folder, jurisdiction_counts, score_pairs, scorer  # noqa: E402

SEED_GOLD = ROOT.parent / "shared" / "gold"


def parts(set_dir: Path, private: Path | None):
    gold = SEED_GOLD if set_dir.resolve() == (ROOT / "corpus").resolve() else set_dir / "gold"
    yield set_dir, gold
    if private and (private / set_dir.name).is_dir():
        yield private / set_dir.name, private / set_dir.name / "gold"


def unmatched(pred, gold, key):
    """(missed gold names, spurious predicted names) of one list, matched as the scorer does."""
    sc = scorer()
    fn = sc.programme_key if key == "programmes" else sc.target_key if key == "targets" else sc.names
    p, g = pred.get(key) or [], gold.get(key) or []
    pairs = sc.match(p, g, fn)
    hit_p, hit_g = {id(x) for x, _ in pairs}, {id(y) for _, y in pairs}

    def label(it):
        return it if isinstance(it, str) else (it.get("name") or json.dumps(it, ensure_ascii=False))

    return ([label(x) for x in g if id(x) not in hit_g], [label(x) for x in p if id(x) not in hit_p])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--private", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--diff", default="")
    a = ap.parse_args()
    pooled = []
    for set_dir in a.sets:
        pairs = []
        for texts, gold_dir in parts(set_dir, a.private):
            for stem, pred in sorted(extract_folder(texts).items()):
                gold = json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
                pairs.append((pred, gold))
                if a.out:
                    (a.out / set_dir.name).mkdir(parents=True, exist_ok=True)
                    (a.out / set_dir.name / f"{stem}.json").write_text(
                        json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
                for key in filter(None, a.diff.split(",")):
                    missed, spurious = unmatched(pred, gold, key)
                    for n in missed:
                        print(f"{set_dir.name}/{stem} {key} - {n}")
                    for n in spurious:
                        print(f"{set_dir.name}/{stem} {key} + {n}")
        r = score_pairs(pairs)
        print(f"{set_dir.name:12} F1 {r['overall'][2]:.3f}  (P {r['overall'][0]:.3f} R {r['overall'][1]:.3f}, {len(pairs)} docs)")
        pooled += pairs
    print(score_pairs(pooled)["table"])
    right, n_pred, n_gold = jurisdiction_counts(pooled)
    p, r, f = scorer().prf(right, n_pred, n_gold)
    print(f"jurisdiction (not scored by the shared scorer) P {p:.3f} R {r:.3f} F1 {f:.3f} ({right} right, {n_pred} given, {n_gold} in the golds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
