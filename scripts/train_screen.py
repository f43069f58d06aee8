#!/usr/bin/env python3
"""Train the digest screen (``loaders/review/screen.py``) from annotated sets.

usage:
  train_screen.py record NAME PRED_DIR GOLD_DIR TEXT_DIR... [--to tests/data/screen/first-sight.jsonl]
  train_screen.py train [--out loaders/data/screen.json] SET_DIR...

``record`` keeps what the extractor proposed on a batch it had never seen (the digests of
the batch's first measurement, in PRED_DIR), each item labelled by the scorer's own
matching against the batch's gold and stored with the traits' inputs only (name, rule,
kind, the two characters around the mention, counts), so the file needs no text to train
from. These are the mistakes the extractor makes on new documents, which the current
extractor no longer makes on the sets it was fixed on.

``train`` reads those records and, for each SET_DIR (``*.txt`` with ``gold/*.json``;
``corpus`` is read with the seed gold), the items the current extractor proposes with the
screen switched off. A logistic model is trained on all of them. Each list's threshold is
chosen out of fold, leaving one batch out at a time (its records and its set), on the
first-sight records where there are any; a list gets a threshold only when the screen
raises that list's out-of-fold F1.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

from policykg.atomic import write_text
from policykg.errors import InputError
from policykg.loaders import extract
from policykg.loaders.extract import extract_text
from policykg.loaders.reading.document import Doc
from policykg.loaders.reading.text import normalize, read_document
from policykg.loaders.review import screen as screen_mod
from policykg.loaders.review import typer as typer_mod
from policykg.pipeline.extract_files import extract_all

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / "tests" / "data" / "screen" / "first-sight.jsonl"
TYPER_RECORDS = ROOT / "tests" / "data" / "screen" / "typer-first-sight.jsonl"


def scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score_digests", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def label(sd, set_name: str, doc: str, pred: dict, gold: dict, text: str) -> list[dict]:
    """Records of one document: the gold count of each screened list, and every proposed item
    with its traits' inputs and whether it matches a gold item."""
    rows = []
    meta = {"doc_type": (pred.get("document") or {}).get("doc_type")}
    for key in screen_mod.LISTS:
        items = pred.get(key) or []
        key_fn = sd.programme_key if key == "programmes" else sd.names
        matched = {id(a) for a, _ in sd.match(items, gold.get(key) or [], key_fn)}
        rows.append({"set": set_name, "doc": doc, "list": key, "n_gold": len(gold.get(key) or [])})
        for it in items:
            ev = it.get("evidence") or {}
            slim = {"name": it.get("name"), "kind": it.get("kind"), "aliases": it.get("aliases") or [],
                    "evidence": {"rule": ev.get("rule")}}
            rows.append({"set": set_name, "doc": doc, "list": key, "item": slim, "meta": meta,
                         "ctx": screen_mod.context(it, text), "right": id(it) in matched})
    return rows


def current_rows(sd, set_dir: Path, gold_dir: Path) -> list[dict]:
    """Records of what the current extractor (screen off) proposes on an annotated set."""
    paths = sorted(set_dir.glob("*.txt"))
    digests, _ = extract_all(paths, extract)
    rows = []
    for p in paths:
        g = gold_dir / f"{p.stem}.json"
        if g.exists() and p.stem in digests:
            rows += label(sd, set_dir.name, p.stem, digests[p.stem], json.loads(g.read_text(encoding="utf-8")),
                          read_document(p))
    return rows


def train(rows: list[tuple[list[str], bool]], epochs: int = 40, lr: float = 0.08, l2: float = 2e-3,
          seed: int = 7) -> dict[str, float]:
    """Logistic regression by stochastic gradient descent (plain Python: a few thousand rows)."""
    w: dict[str, float] = {}
    order = list(range(len(rows)))
    rnd = random.Random(seed)
    for epoch in range(epochs):
        rnd.shuffle(order)
        step = lr / (1 + epoch * 0.1)
        for i in order:
            feats, y = rows[i]
            g = (1.0 if y else 0.0) - screen_mod.probability(feats, w)
            for f in feats:
                wf = w.get(f, 0.0)
                w[f] = wf + step * (g - l2 * wf)
    return {f: round(v, 4) for f, v in w.items() if abs(v) >= 1e-3}


def f1(tp: int, n_pred: int, n_gold: int) -> float:
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0


#: out-of-fold F1 differences below this are ties (the typer then takes the highest tied cut)
TIE = 0.002


def best_thresholds(scored: list[tuple[str, float, bool]], gold_counts: dict[str, int],
                    min_gain: float = 0.005) -> dict[str, float]:
    """Per list, the cut that maximizes F1 of (kept right, kept, gold), when it gains at least
    ``min_gain`` of that list's F1 out of fold; lists the model does not help are left whole."""
    out = {}
    for key in screen_mod.LISTS:
        rows = [(p, y) for k, p, y in scored if k == key]
        n_gold = gold_counts.get(key, 0)
        base = f1(sum(y for _, y in rows), len(rows), n_gold)
        best = (base, 0.0)
        for cut in [x / 100 for x in range(5, 80, 5)]:
            kept = [y for p, y in rows if p >= cut]
            best = max(best, (f1(sum(kept), len(kept), n_gold), cut))
        print(f"  {key}: out-of-fold F1 {base:.3f} -> {best[0]:.3f} (cut {best[1]})", file=sys.stderr)
        if best[0] - base >= min_gain:
            out[key] = best[1]
    return out


def _features(r: dict) -> tuple[list[str], bool]:
    return screen_mod.features(r["list"], r["item"], r["meta"], r["ctx"]), r["right"]


def _record(a, rows_of, key: str, what: str) -> int:
    """Replace batch ``a.name``'s records in ``a.to`` with ``rows_of(sd, stem, pred, gold, text_path)`` of
    each of its documents (the digests of its first measurement in ``a.pred``)."""
    sd = scorer(a.scorer)
    rows = []
    for gf in sorted(a.gold.glob("*.json")):
        pf = a.pred / gf.name
        text_path = next((d / f"{gf.stem}.txt" for d in a.texts if (d / f"{gf.stem}.txt").exists()), None)
        if not pf.exists() or text_path is None:
            continue
        rows += rows_of(sd, gf.stem, json.loads(pf.read_text(encoding="utf-8")),
                        json.loads(gf.read_text(encoding="utf-8")), text_path)
    old = [json.loads(x) for x in a.to.read_text(encoding="utf-8").splitlines()] if a.to.exists() else []
    old = [r for r in old if r["set"] != a.name]
    a.to.parent.mkdir(parents=True, exist_ok=True)
    write_text(a.to, "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in old + rows))
    print(f"{a.name}: {sum(key in r for r in rows)} {what} recorded in {a.to}", file=sys.stderr)
    return 0


def cmd_record(a) -> int:
    return _record(a, lambda sd, stem, pred, gold, path: label(sd, a.name, stem, pred, gold, read_document(path)),
                   "item", "items")

def cmd_train(a) -> int:
    sd = scorer(a.scorer)
    screen_mod.model = lambda: {}  # propose every item: the screen is what is being trained
    records = [json.loads(x) for x in a.records.read_text(encoding="utf-8").splitlines()] if a.records.exists() else []
    current = []
    for s in a.sets:
        current += current_rows(sd, s, a.seed_gold if s.name == "corpus" else s / "gold")
    batches = sorted({r["set"] for r in records + current})
    first = {b: [r for r in records if r["set"] == b] for b in batches}
    now = {b: [r for r in current if r["set"] == b] for b in batches}
    feats = {b: [_features(r) for r in first[b] + now[b] if "item" in r] for b in batches}
    oof, gold = [], {}
    for b in batches:
        judged = first[b] or now[b]  # a batch's first sight is what new documents look like
        if not any("item" in r for r in judged):
            continue
        w = train([x for c in batches if c != b for x in feats[c]])
        oof += [(r["list"], screen_mod.probability(_features(r)[0], w), r["right"]) for r in judged if "item" in r]
        for r in judged:
            if "n_gold" in r:
                gold[r["list"]] = gold.get(r["list"], 0) + r["n_gold"]
    cuts = best_thresholds(oof, gold, a.min_gain)
    weights = train([x for b in batches for x in feats[b]])
    model = {"trained_on": {"first_sight": sorted({r["set"] for r in records}), "sets": [s.name for s in a.sets]},
             "thresholds": cuts, "weights": dict(sorted(weights.items()))}
    a.out.parent.mkdir(parents=True, exist_ok=True)
    write_text(a.out, json.dumps(model, ensure_ascii=False, indent=0) + "\n")
    print(f"{len(records)} first-sight and {len(current)} current records; thresholds {cuts}; "
          f"{len(weights)} weights -> {a.out}", file=sys.stderr)
    return 0


def typer_doc_rows(sd, set_name: str, text: str, doc_id: str, digest: dict, gold: dict) -> list[dict]:
    """The typer's records of one document whose rules' digest is ``digest``: each list's
    (right, proposed, gold) counts, and every candidate item with its traits, the lists whose
    gold holds it (``gold``) and those whose gold the digest missed it in (``right``)."""
    rows, free = [], {}
    for key in typer_mod.LISTS:
        pairs = sd.match(digest.get(key) or [], gold.get(key) or [], sd.names)
        matched = {id(b) for _, b in pairs}
        rows.append({"set": set_name, "list": key,
                     "base": [len(pairs), len(digest.get(key) or []), len(gold.get(key) or [])]})
        free[key] = {sd.norm(n) for x in gold.get(key) or [] if id(x) not in matched for n in sd.names(x)}
    golds = {key: {sd.norm(n) for x in gold.get(key) or [] for n in sd.names(x)} for key in typer_mod.LISTS}
    known = typer_mod.digest_index(digest)
    seen = set()
    for _start, name, feats, *_ in typer_mod.candidates(Doc.from_text(text, doc_id), digest):
        k = typer_mod.norm(name)
        if k in seen:
            continue
        seen.add(k)
        rows.append({"set": set_name, "name": name, "feats": feats, "new": k not in known,
                     "right": [key for key in typer_mod.LISTS if sd.norm(name) in free[key]],
                     "gold": [key for key in typer_mod.LISTS if sd.norm(name) in golds[key]]})
    return rows


def typer_current_rows(sd, set_dir: Path, gold_dir: Path) -> list[dict]:
    """The typer's records of an annotated set as the current rules (typer off) extract it."""
    rows = []
    for p in sorted(set_dir.glob("*.txt")):
        g = gold_dir / f"{p.stem}.json"
        if not g.exists():
            continue
        text = normalize(read_document(p))
        try:
            digest = extract_text(text, p.stem, normalized=True)
        except InputError:
            continue
        rows += typer_doc_rows(sd, set_dir.name, text, p.stem, digest, json.loads(g.read_text(encoding="utf-8")))
    return rows


def cmd_typer_record(a) -> int:
    return _record(a, lambda sd, stem, pred, gold, path: typer_doc_rows(sd, a.name, normalize(read_document(path)),
                                                                        stem, pred, gold), "feats", "candidates")

def _train_list(rows: list[dict], key: str) -> dict[str, float]:
    return train([(r["feats"] + ["bias"], key in r["gold"]) for r in rows if "feats" in r], epochs=20)


def cmd_typer(a) -> int:
    """Thresholds out of fold on the first-sight records (one batch left out at a time, trained on
    the other batches' records and on the current rules' candidates of sets without records);
    weights from everything."""
    sd = scorer(a.scorer)
    typer_mod.model = lambda: {}  # the rules' digests, without the typer: the typer is what is being trained
    records = [json.loads(x) for x in a.records.read_text(encoding="utf-8").splitlines()] if a.records.exists() else []
    first = sorted({r["set"] for r in records})
    current = []
    for s in a.sets:
        if s.name not in first:
            current += typer_current_rows(sd, s, a.seed_gold if s.name == "corpus" else s / "gold")
    oof = []
    for b in first:
        ws = {key: _train_list([r for r in records + current if r["set"] != b], key) for key in typer_mod.LISTS}
        for r in records:
            if r["set"] == b and r.get("new"):
                m = {"weights": ws, "thresholds": dict.fromkeys(typer_mod.LISTS, 0.0)}
                probs = {key: typer_mod.probability(r["feats"], ws[key]) for key in typer_mod.LISTS}
                oof.append((probs, r, m))
    cuts = {}
    for key in typer_mod.LISTS:
        tp, n_pred, n_gold = (sum(r["base"][i] for r in records if r.get("list") == key) for i in range(3))
        start = f1(tp, n_pred, n_gold)
        scores = []
        for cut in [x / 100 for x in range(20, 96, 5)]:
            add = [r for p, r, _m in oof if p[key] >= cut and max(p.values()) == p[key] and typer_mod.fits(r["name"], key)]
            scores.append((f1(tp + sum(key in r["right"] for r in add), n_pred + len(add), n_gold), cut))
        top = max(s for s, _c in scores)
        # of cuts within TIE of the best, the highest: at an equal estimate, fewer additions (each may be wrong)
        best = max(((s, c) for s, c in scores if s >= top - TIE), key=lambda x: x[1]) if top > start else (start, None)
        print(f"  {key}: out-of-fold F1 on first sight {start:.3f} -> {best[0]:.3f} (cut {best[1]})", file=sys.stderr)
        if best[1] is not None and best[0] - start >= a.min_gain:
            cuts[key] = best[1]
    weights = {key: {f: w for f, w in _train_list(records + current, key).items() if abs(w) >= 0.01}
               for key in cuts}  # the lists typed; weights too small to move a probability dropped
    model = {"trained_on": {"first_sight": first,
                            "sets": sorted({s.name for s in a.sets if s.name not in first})},
             "thresholds": cuts, "weights": {k: dict(sorted(v.items())) for k, v in weights.items()}}
    write_text(a.out, json.dumps(model, ensure_ascii=False, indent=0) + "\n")
    print(f"thresholds {cuts} -> {a.out}", file=sys.stderr)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scorer", type=Path, default=ROOT / "tests" / "data" / "score_digests.py")
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name, records in (("record", RECORDS), ("typer-record", TYPER_RECORDS)):
        r = sub.add_parser(name)
        r.add_argument("name")
        r.add_argument("pred", type=Path)
        r.add_argument("gold", type=Path)
        r.add_argument("texts", nargs="+", type=Path)
        r.add_argument("--to", type=Path, default=records)
    for name, records, out in (("train", RECORDS, "screen.json"), ("typer", TYPER_RECORDS, "typer.json")):
        t = sub.add_parser(name)
        t.add_argument("sets", nargs="*", type=Path)
        t.add_argument("--records", type=Path, default=records)
        t.add_argument("--seed-gold", type=Path, default=ROOT / "tests" / "data" / "gold")
        t.add_argument("--min-gain", type=float, default=0.005)
        t.add_argument("--out", type=Path, default=ROOT / "loaders" / "data" / out)
    a = ap.parse_args()
    return {"record": cmd_record, "train": cmd_train, "typer-record": cmd_typer_record, "typer": cmd_typer}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
