"""The last screen of a digest: a learned judgement of each named item, from what the
annotated evaluation sets teach about the genre as a whole.

The rules propose names; many of them are right, and the wrong ones share traits
that no single rule sees: a rule that fires in news reports more than in plans, a
name that ends in 中心 but begins with a verb the segmenter tags as a noun, a field
that stands once in a long text against one that recurs. A logistic model over
such general traits (the rule, the item's kind, the first and last words and their
tags, the characters around the mention, how often the name recurs, the genre) gives
each item a probability that an annotator following ``tests/data/CONVENTIONS.md``
would list it; items below the list's threshold are dropped.

The traits are general by construction: no trait names a document, a title or a
sentence. The weights (``data/screen.json``) are trained by ``scripts/train_screen.py``
from the repository's records of what the extractor proposed on each evaluation batch
the first time it saw it (``tests/data/screen/first-sight.jsonl``: the mistakes it makes
on new documents) and from what it proposes on the annotated sets now. A list is
screened only when leaving one batch out at a time shows the screen raising that list's
F1 on first-sight proposals; the others are kept whole.

>>> item = {"name": "脑机接口", "evidence": {"rule": "field.enumeration", "start": 2, "end": 6}}
>>> ctx = context(item, "聚焦脑机接口、量子信息等领域。")
>>> ctx
{'count': 1, 'quote_len': 0, 'before': '聚焦', 'after': '、量'}
>>> [f for f in features("fields", item, {"doc_type": "行动方案"}, ctx) if f.startswith(("r:", "p2:", "n1:"))]
['r:fields:field.enumeration', 'n1:fields:D', 'p2:fields:聚焦']
"""

from __future__ import annotations

import functools
import json
import math
import re
from importlib import resources

from policykg.loaders.rules.actors import standing_body
from policykg.loaders.words.lexicon import is_generic
from policykg.loaders.words.segment import tags_of

#: the lists the screen judges (the others are judged well enough by their rules)
LISTS = ("clusters", "fields", "zones", "programmes", "organizations", "scenarios")

_HAN = re.compile(r"[\u4e00-\u9fff]")


def _char_class(ch: str) -> str:
    if not ch:
        return "^"
    if ch in "，,。；;：:！？!?":
        return "P"
    if ch in "、":
        return "D"
    if ch in "“”\"'《》「」()（）【】[]":
        return "Q"
    if ch in "\n":
        return "N"
    if ch.isdigit():
        return "9"
    if ch.isascii() and ch.isalpha():
        return "A"
    if _HAN.match(ch):
        return ch
    return "o"


@functools.lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[tuple[str, str], ...]:
    return tuple(tags_of(name)) or (("", "x"),)


def context(item: dict, text: str) -> dict:
    """What the screen reads of the document around an item: the two characters before and after
    its mention, how often its name recurs, and the length of its evidence sentence."""
    name = item.get("name") or ""
    ev = item.get("evidence") or {}
    start, end = ev.get("start"), ev.get("end")
    ctx = {"count": text.count(name) if name else 0, "quote_len": len(ev.get("quote") or "")}
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
        ctx["before"], ctx["after"] = text[max(0, start - 2):start], text[end:end + 2]
    return ctx


def features(key: str, item: dict, meta: dict, ctx: dict) -> list[str]:
    """The traits of a digest item of list ``key`` in a document of metadata ``meta``, its mention
    read in ``ctx`` (:func:`context`)."""
    name = item.get("name") or ""
    rule = (item.get("evidence") or {}).get("rule") or ""
    words = _name_words(name)
    k = key
    out = [f"b:{k}", f"r:{k}:{rule}", f"rf:{k}:{rule.split('.')[0]}", f"kd:{k}:{item.get('kind')}",
           f"len:{k}:{min(len(name), 14)}", f"e1:{k}:{name[-1:]}", f"e2:{k}:{name[-2:]}",
           f"s1:{k}:{name[:1]}", f"s2:{k}:{name[:2]}",
           f"t0:{k}:{words[0][1]}", f"tl:{k}:{words[-1][1]}", f"w0:{k}:{words[0][0]}", f"wl:{k}:{words[-1][0]}",
           f"nw:{k}:{min(len(words), 7)}", f"dt:{k}:{meta.get('doc_type')}",
           f"cnt:{k}:{min(ctx.get('count', 0), 4)}", f"ql:{k}:{min(ctx.get('quote_len', 0) // 40, 6)}",
           f"gen:{k}:{is_generic(name)}", f"al:{k}:{bool(item.get('aliases'))}"]
    if re.search(r"[A-Za-z]", name):
        out.append(f"lat:{k}")
    if re.search(r"\d", name):
        out.append(f"dig:{k}")
    if len(words) > 1:
        out.append(f"t01:{k}:{words[0][1]}+{words[1][1]}")
    out += [f"w:{k}:{w}" for w, _ in words[1:-1]]
    if "before" in ctx:
        before, after = ctx["before"], ctx["after"]
        out += [f"p1:{k}:{_char_class(before[-1:])}", f"n1:{k}:{_char_class(after[:1])}",
                f"p2:{k}:{before}", f"n2:{k}:{after}"]
    return out


@functools.lru_cache(maxsize=1)
def model() -> dict:
    """The trained weights and thresholds (``data/screen.json``)."""
    path = resources.files("policykg.loaders").joinpath("data/screen.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"weights": {}, "thresholds": {}}


def probability(feats: list[str], weights: dict[str, float]) -> float:
    """The model's probability that an item with traits ``feats`` belongs in the digest."""
    z = sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _named_in_role(item: dict, text: str) -> bool:
    """A party committee or a government named by its place in a person's role (``北海市委书记蔡锦军`` →
    北海市委): the body the person serves, an actor of the text, not one of the senses of a bare 市委."""
    ev = item.get("evidence") or {}
    if not _PLACE_BODY.fullmatch(item.get("name") or ""):
        return False
    return ev.get("rule") == "org.role_body" or (ev.get("end") is not None and bool(_ROLE_AFTER.match(text, ev["end"])))


#: a role right after a body's name (书记, 副书记, 常委 …, 州长): the body is a person's
_ROLE_AFTER = re.compile(r"(?:常务)?副?(?:书记|常委|省长|市长|州长|县长|区长|主席|秘书长)")

#: a party committee or a government named by its place (北海市委, 昌吉回族自治州党委, 常州市人民政府)
_PLACE_BODY = re.compile(r"(?:中共)?[\u4e00-\u9fff]{2,12}?[省市州县区盟旗](?:委|党委|党工委|人民政府|政府)")


def screen(digest: dict, text: str, model_: dict | None = None) -> dict:
    """Drop the items of ``digest`` that the model judges below their list's threshold (in place;
    cluster field lists follow the fields). Returns the digest."""
    m = model() if model_ is None else model_
    weights, thresholds = m.get("weights") or {}, m.get("thresholds") or {}
    meta = digest.get("document") or {}
    dropped_fields = set()
    for key in LISTS:
        cut = thresholds.get(key)
        if cut is None or not digest.get(key):
            continue
        kept = []
        for item in digest[key]:
            if key == "organizations" and (standing_body(item.get("name") or "") or _named_in_role(item, text)):
                kept.append(item)  # a standing body named by its place (省工信厅): a known name, not a guess
            elif probability(features(key, item, meta, context(item, text)), weights) >= cut:
                kept.append(item)
            elif key == "fields":
                dropped_fields.add(item.get("name"))
        digest[key] = kept
    if dropped_fields:
        for c in digest.get("clusters") or []:
            if c.get("fields"):
                c["fields"] = [f for f in c["fields"] if f not in dropped_fields]
    return digest
