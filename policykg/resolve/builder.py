"""Digests → one :class:`~policykg.model.PolicyGraph`, with cross-document entity resolution.

Node keys and edge types follow ``docs/model.md``.  Every edge carries
evidence: the item's ``evidence`` span when the digest has one, else the
document id with an empty span (gold digests have none).  Each resolution
decision is recorded with :meth:`PolicyGraph.note_merge` and summarized by
:func:`build_report`:

- a document whose ``about`` names another document's title links ``ABOUT`` to
  it (titles compared without 《》, punctuation, 的政策解读 …); else to a stub;
- fields resolve through :mod:`policykg.resolve.vocabulary` (通用AI = 通用人工智能),
  broader/related concepts become ``BROADER``/``RELATED`` edges;
- districts resolve through :mod:`policykg.resolve.divisions` to adcode keys;
- clusters, zones, programmes, targets and relative organizations (市科委) are
  keyed within the document's region.

>>> g = build_graph([{"document": {"file": "a.txt", "title": "甲", "region": "上海"},
...                   "fields": [{"name": "通用AI"}], "districts": [{"name": "浦东"}]}])
>>> [n.id for n in g.nodes_of("Field")]
['Field/人工智能', 'Field/未来信息', 'Field/通用人工智能']
>>> [n.id for n in g.nodes_of("District")], g.nodes_of("District")[0].label
(['District/310115000000'], '浦东新区')
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from policykg.errors import PolicyKGError
from policykg.model import Evidence, PolicyGraph
from policykg.model.digest import LIST_NODE_TYPES, LISTS, Digest
from policykg.model.schema import document_link
from policykg.resolve import divisions, vocabulary
from policykg.resolve.vocabulary import normalize

#: Generic zone suffixes: 临港 and 临港新片区 are one zone, 金凤实验室 and 金凤科创园 are not.
ZONE_SUFFIX = re.compile(r"(?<=..)(高新技术产业开发区|经济技术开发区|新片区|科学城|科技城|高新区|开发区|示范区|自贸区|片区)$")
_PERIOD = re.compile(r"[(（]?\d{4}\s*[-—–~至]+\s*\d{4}年?[)）]?")
_TITLE_SUFFIX = re.compile(r"(的)?(政策)?(解读|图解|全文)$")
#: Evidence of the links the field vocabulary makes (no document: the derived graph).
VOCABULARY_BROADER = Evidence(doc="", start=0, end=0, quote="", rule="vocabulary.broader")
VOCABULARY_RELATED = Evidence(doc="", start=0, end=0, quote="", rule="vocabulary.related")
#: Evidence of links that a dataset or the document's metadata implies (the derived graph).
DERIVED = {rule: Evidence(doc="", start=0, end=0, quote="", rule=rule)
           for rule in ("dataset.divisions", "document.region")}
_JOB_TITLE = re.compile(r"(副?(主任|局长|厅长|部长|市长|书记|院长|主席|秘书长|处长)|总工程师|董事长|总经理|教授|院士|研究员)$")


def doc_id(digest: dict) -> str:
    """The document id of a digest: ``document.id`` or the stem of ``document.file``."""
    meta = digest.get("document") or {}
    found = meta.get("id") or (Path(meta["file"]).stem if meta.get("file") else "")
    if not found:
        raise PolicyKGError("digest has neither document.id nor document.file")
    return found


def norm_title(title: str | None, inner: bool = True) -> str:
    """A title reduced for comparison: the text inside 《》 (with ``inner``), no
    原标题 prefix, no 的政策解读/解读 suffix, no punctuation or whitespace.

    >>> norm_title("关于印发《上海打造未来产业创新高地行动方案》的通知")
    '上海打造未来产业创新高地行动方案'
    >>> norm_title("原标题：上海打造未来产业创新高地行动方案的政策解读")
    '上海打造未来产业创新高地行动方案'
    """
    t = unicodedata.normalize("NFKC", title or "")
    m = re.search(r"《(.+?)》", t) if inner else None
    t = re.sub(r"^(原标题|原题|标题)\s*[:：]?", "", m.group(1) if m else t.strip())
    t = re.sub(r"[\W_]+", "", t)
    return _TITLE_SUFFIX.sub("", t)


def _title_keys(title: str | None, inner: bool = True) -> list[str]:
    """The title with and without a (2024—2027年) period; ``inner``: a 《》 reference."""
    full = norm_title(title, inner)
    bare = norm_title(_PERIOD.sub("", unicodedata.normalize("NFKC", title or "")), inner)
    return [k for k in dict.fromkeys([full, bare]) if k]


def _items(digest: dict, key: str) -> list[dict]:
    out = []
    for item in digest.get(key) or []:
        item = {"name": item} if isinstance(item, str) else item
        if isinstance(item, dict) and (item.get("name") or key == "targets"):
            out.append(item)
    return out


@dataclasses.dataclass
class _Doc:
    """What the builder knows about the document being added."""

    id: str
    nid: str
    region: str  # "" when the text names none
    region_div: divisions.Division | None
    scope: str = ""  # what keys the document's regional names: its region, or the document itself when it has none
    about: str | None = None
    clusters: dict = dataclasses.field(default_factory=dict)


class _Builder:
    """Adds digests one by one to a graph, resolving entities across documents."""

    def __init__(self, digests: list[dict]) -> None:
        self.g = PolicyGraph()
        self.digests = {doc_id(d): d for d in digests}
        self.titles: dict[str, list[str]] = {}
        for did, d in self.digests.items():
            for k in _title_keys((d.get("document") or {}).get("title"), inner=False):
                self.titles.setdefault(k, []).append(did)
        self.zones: dict[str, tuple[dict, dict]] = {}
        self.region_docs: dict[str, set[str]] = {}

    # -- evidence -------------------------------------------------------------
    def implied(self, source: str, type_: str, target: str, rule: str) -> None:
        """Add a link that a reference table implies rather than a sentence states: PART_OF from
        the divisions dataset, IN_REGION from the document's region. It lives in the derived
        graph with its source as the rule, never a quote that does not state it; the source
        node's documents are what keeps it (Neo4j drops it with the last of them)."""
        self.g.add_edge(source, type_, target, evidence=[DERIVED[rule]])

    def in_region(self, doc: _Doc, nid: str, item: dict | None = None) -> None:
        """IN_REGION from the document's region to a name it keys (cluster, zone, relative body); none when the
        text names no region."""
        if doc.region:
            self.implied(nid, "IN_REGION", self.region(doc, doc.region, item), "document.region")

    def ev(self, doc: _Doc, item: dict | None, *fields: str) -> list[Evidence]:
        """Evidence of an item, or of the first document metadata field that has some."""
        raw = (item or {}).get("evidence")
        if fields:
            found = [raw.get(f) for f in fields if isinstance(raw, dict) and isinstance(raw.get(f), dict)]
            raw = found[0] if found else None
        if isinstance(raw, dict) and "start" in raw:
            return [Evidence.from_dict(raw, doc=doc.id)]
        return [Evidence(doc=doc.id, start=0, end=0, quote="", section=str((item or {}).get("section") or ""))]

    def link_ev(self, doc: _Doc, item: dict, key: str, name: str, items: str) -> list[Evidence] | None:
        """Evidence of a cluster's link to one of its fields or districts: the mention the
        extractor recorded for that link (``field_evidence``/``district_evidence``), else the
        document's own item of that name; ``None`` when neither has any."""
        raw = (item.get(key) or {}).get(name)
        if raw is None:
            raw = next((x.get("evidence") for x in _items(self.digests[doc.id], items)
                        if name in (x["name"], *(x.get("aliases") or []))), None)
        return [Evidence.from_dict(raw, doc=doc.id)] if isinstance(raw, dict) and "start" in raw else None

    def first_of_document(self, key: str, ev: list[Evidence]) -> list[Evidence]:
        """The first evidence item of each document for a node that reference tables reach (a
        Region): which documents need it, without one assertion per mention."""
        seen = self.region_docs.setdefault(key, set())
        first = [e for e in ev if e.doc not in seen]
        seen.update(e.doc for e in first)
        return first

    # -- documents and regions ------------------------------------------------
    def add(self, digest: dict) -> None:
        """Add one digest."""
        meta, did = digest.get("document") or {}, doc_id(digest)
        region_div = divisions.lookup_region(meta.get("region") or "")
        region = region_div.name if region_div else normalize(meta.get("region") or "")
        props = {k: meta.get(k) for k in ("doc_type", "date", "valid_from", "valid_until", "issuer",
                                          "region_level", "file", "chars", "sha256")}
        node = self.g.add_node("Document", did, label=meta.get("title") or did, props=props)
        doc = _Doc(did, node.id, region, region_div, scope=region or did)
        if region:  # a text that names no region covers none (not the nation): its names are the document's own
            self.g.add_edge(doc.nid, "COVERS_REGION", self.region(doc, meta.get("region") or region, meta),
                            evidence=self.ev(doc, meta, "region", "title"))
        for issuer in _issuers(meta.get("issuer")):  # 中共某市委员会 某市人民政府: each body that signs issues it
            org = self.org(doc, issuer, "government", self.ev(doc, meta, "issuer"))
            self.g.add_edge(doc.nid, "ISSUED_BY", org, evidence=self.ev(doc, meta, "issuer"))
        if meta.get("jurisdiction"):
            self.jurisdiction(doc, meta)
        if meta.get("about"):
            self.about(doc, meta)
        for name in LISTS:
            handler = getattr(self, "add_" + name, None)
            for item in _items(digest, name):
                handler(doc, item) if handler else self.add_mention(doc, name, item)

    def add_mention(self, doc: _Doc, kind: str, item: dict) -> None:
        """HAS_DISTRICT, MENTIONS_ORGANIZATION (the entity resolved by type), or the document's link to a
        named item of any other list without an ``add_<list>`` method (HAS_SCENARIO …): a node of the list's
        type (:data:`policykg.model.digest.LIST_NODE_TYPES`) keyed by the normalized name."""
        ev = self.ev(doc, item)
        if kind == "districts":
            edge, target = "HAS_DISTRICT", self.district(doc, item, ev)
        elif kind == "organizations":
            edge, target = "MENTIONS_ORGANIZATION", self.org(doc, item["name"], item.get("kind"), ev)
        else:
            type_ = LIST_NODE_TYPES[kind]
            edge = document_link(type_)
            target = self.g.add_node(type_, normalize(item["name"]), label=item["name"],
                                     aliases=item.get("aliases") or [], evidence=ev).id
        self.g.add_edge(doc.nid, edge, target, evidence=ev)

    def region(self, doc: _Doc, name: str, item: dict | None = None) -> str:
        """The Region node for ``name`` (a city also gets PART_OF its province)."""
        div = divisions.lookup_region(name)
        key = div.name if div else normalize(name)
        node = self.g.add_node("Region", key, label=key, label_en=div.name_en if div else "",
                               aliases=[div.short] if div and div.short != key else [],
                               props={"level": div.level if div else None, "adcode": (div.adcode or None) if div else None},
                               evidence=self.first_of_document(key, self.ev(doc, item)))
        if normalize(name) not in (key, div.short if div else key):
            self.g.note_merge("Region", node.id, name, f"administrative division {key}")
        if div and div.level == "city" and div.parent:
            self.implied(node.id, "PART_OF", self.region(doc, div.parent, item), "dataset.divisions")
        return node.id

    def about(self, doc: _Doc, meta: dict) -> None:
        """ABOUT the corpus document whose title ``meta['about']`` names, or a stub."""
        ev, about = self.ev(doc, meta, "about"), meta["about"]
        found = [d for k in _title_keys(about) for d in self.titles.get(k, []) if d != doc.id]
        found = sorted(found, key=lambda d: (bool(self.digests[d]["document"].get("about")), d))
        if found:
            cited = self.digests[found[0]].get("document") or {}
            # the cited document may sort after this one: create its node now (its own add merges into it)
            target = self.g.add_node("Document", found[0], label=cited.get("title") or found[0]).id
            reason = "about names this document's title"
            doc.about = found[0]
        else:
            key = norm_title(about)
            target = self.g.add_node("Document", key, label=re.sub(r"[《》]", "", about).strip(),
                                     props={"stub": True}).id
            reason = "no corpus document has this title: stub document"
        self.g.add_edge(doc.nid, "ABOUT", target, evidence=ev)
        self.g.note_merge("Document", target, f"{doc.id}: {about}", reason)

    # -- fields and clusters ---------------------------------------------------
    def field(self, doc: _Doc, name: str, aliases: Iterable[str], ev: list[Evidence]) -> str:
        """The Field node for a written field name (vocabulary concept or normalized name)."""
        aliases = [a for a in aliases if a]
        c = next((found for s in [name, *aliases] if (found := vocabulary.canonical_field(s))), None)
        key = c.key if c else normalize(name)
        node = self.g.add_node("Field", key, label=key, label_en=c.label_en if c else "",
                               aliases=[name, *aliases], evidence=ev)
        if normalize(name) != key:
            self.g.note_merge("Field", node.id, name, vocabulary.explain(name))
        return node.id

    def add_clusters(self, doc: _Doc, item: dict) -> None:
        """Cluster ``<region>/<direction>`` with its fields and districts."""
        name = item["name"]
        direction = vocabulary.field_key(item.get("direction") or name)
        c = vocabulary.concept(direction)
        ev = self.ev(doc, item)
        label_en = vocabulary.gloss(name) or (f"{c.label_en} industry cluster" if c else "")
        node = self.g.add_node("Cluster", f"{doc.scope}/{direction}", label=name, label_en=label_en,
                               aliases=item.get("aliases") or [], props={"direction": direction}, evidence=ev)
        if name != node.label:
            self.g.note_merge("Cluster", node.id, name, f"same region and direction ({node.key})")
        for n in [name, direction, *(item.get("aliases") or [])]:
            doc.clusters[normalize(n)] = node.id
        self.g.add_edge(doc.nid, "HAS_CLUSTER", node.id, evidence=ev)
        self.in_region(doc, node.id, item)
        for f in item.get("fields") or []:
            fev = self.link_ev(doc, item, "field_evidence", f, "fields") or ev
            self.g.add_edge(node.id, "INCLUDES_FIELD", self.field(doc, f, [], fev), evidence=fev)
        for d in item.get("districts") or []:
            dev = self.link_ev(doc, item, "district_evidence", d, "districts") or ev
            self.g.add_edge(node.id, "LOCATED_IN", self.district(doc, {"name": d}, dev), evidence=dev)

    def add_fields(self, doc: _Doc, item: dict) -> None:
        """HAS_FIELD (with the document's tier) and the field's cluster."""
        ev = self.ev(doc, item)
        fid = self.field(doc, item["name"], item.get("aliases") or [], ev)
        self.g.add_edge(doc.nid, "HAS_FIELD", fid, props={"tier": item.get("tier")}, evidence=ev)
        cluster = doc.clusters.get(normalize(item.get("cluster") or ""))
        if cluster:
            self.g.add_edge(cluster, "INCLUDES_FIELD", fid, evidence=ev)

    def link_fields(self) -> None:
        """BROADER chains and RELATED pairs among the Field nodes, from the vocabulary.

        The links come from the vocabulary, not from a sentence: each has one
        evidence item with no document and the rule (so it lives in the derived
        graph), instead of one per document naming either field, which at 10,000
        documents was 78% of what points at a field.  A broader concept brought in
        by a narrower one is supported by the documents that name the narrower.
        """
        for node in list(self.g.nodes_of("Field")):
            first: dict[str, Evidence] = {}
            for e in node.evidence:
                first.setdefault(e.doc, e)
            todo, ev = [node], [dataclasses.replace(e, rule="vocabulary.broader") for e in first.values()]
            while todo:
                n = todo.pop()
                for b in vocabulary.broader(n.key):
                    up = self.g.add_node("Field", b.key, label=b.key, label_en=b.label_en, evidence=ev)
                    self.g.add_edge(n.id, "BROADER", up.id, evidence=[VOCABULARY_BROADER])
                    todo.append(up)
        for node in self.g.nodes_of("Field"):
            for r in vocabulary.related(node.key):
                other = self.g.nodes.get(f"Field/{r.key}")
                if other is not None and node.id < other.id:
                    self.g.add_edge(node.id, "RELATED", other.id, evidence=[VOCABULARY_RELATED])

    # -- places ----------------------------------------------------------------
    def district(self, doc: _Doc, item: dict, ev: list[Evidence]) -> str:
        """The District node: adcode key when the divisions dataset resolves the name."""
        name, aliases = item["name"], item.get("aliases") or []
        code = str(item.get("adcode") or "").ljust(12, "0") if item.get("adcode") else ""
        div = divisions.divisions().get(code) or next(
            (d for s in [name, *aliases] if (d := divisions.lookup_district(s, within=doc.region))), None)
        if div is None:
            node = self.g.add_node("District", f"{doc.scope}/{normalize(name)}", label=name, aliases=aliases,
                                   evidence=ev)
            return node.id
        node = self.g.add_node("District", div.adcode, label=div.name, aliases=[div.short, name, *aliases],
                               props={"adcode": div.adcode}, evidence=ev)
        if name != div.name:
            self.g.note_merge("District", node.id, name, f"short name of {div.name} (adcode {div.adcode})")
        if div.parent:
            self.implied(node.id, "PART_OF", self.region(doc, div.parent), "dataset.divisions")
        return node.id

    def jurisdiction(self, doc: _Doc, meta: dict) -> None:
        """JURISDICTION: the district (or, when no district has the name, the zone) whose text the document is."""
        name, ev = meta["jurisdiction"], self.ev(doc, meta, "jurisdiction")
        if divisions.lookup_district(name, within=doc.region) is not None:
            target = self.district(doc, {"name": name}, ev)
        else:
            target = self.zone(doc, {"name": name}, ev)
        self.g.add_edge(doc.nid, "JURISDICTION", target, evidence=ev)

    def add_zones(self, doc: _Doc, item: dict) -> None:
        """HAS_ZONE: the document names a zone."""
        ev = self.ev(doc, item)
        self.g.add_edge(doc.nid, "HAS_ZONE", self.zone(doc, item, ev), evidence=ev)

    def zone(self, doc: _Doc, item: dict, ev: list[Evidence]) -> str:
        """Zone ``<region>/<name>``; a bare name merges with name + generic suffix (临港新片区)."""
        name, aliases = item["name"], item.get("aliases") or []
        full, base = self.zones.setdefault(doc.scope, ({}, {}))
        forms = [normalize(s) for s in [name, *aliases]]
        hit = next((full.get(f) or base.get(f) for f in forms if full.get(f) or base.get(f)), None)
        hit = hit or next((full[ZONE_SUFFIX.sub("", f)] for f in forms if ZONE_SUFFIX.sub("", f) in full), None)
        key = self.g.nodes[hit].key if hit else f"{doc.scope}/{normalize(name)}"
        node = self.g.add_node("Zone", key, label=name, label_en=vocabulary.gloss(name), aliases=aliases,
                               props={"kind": item.get("kind")}, evidence=ev)
        if hit and name != node.label:
            self.g.note_merge("Zone", node.id, name, f"same zone within {doc.scope} (name, alias or generic suffix)")
        for f in forms:
            full.setdefault(f, node.id)
            base.setdefault(ZONE_SUFFIX.sub("", f), node.id)
        self.in_region(doc, node.id, item)
        names = divisions.unique_district_prefixes(doc.region) if doc.region_div and doc.region_div.level != "nation" else ()
        prefix = next((p for f in forms for p in names if f.startswith(p) and len(f) > len(p)), None)
        if prefix:
            self.g.add_edge(node.id, "LOCATED_IN", self.district(doc, {"name": prefix}, ev), evidence=ev)
        return node.id

    # -- programmes, measures, targets -------------------------------------------
    def add_programmes(self, doc: _Doc, item: dict) -> None:
        """Programme ``<region>/<short or name>``."""
        name, ev = item["name"], self.ev(doc, item)
        short = normalize(item.get("short") or name)
        node = self.g.add_node("Programme", f"{doc.scope}/{short}", label=name, label_en=vocabulary.gloss(name),
                               props={"short": short, "kind": item.get("kind"), "referenced": item.get("referenced")},
                               evidence=ev)
        if name != node.label:
            self.g.note_merge("Programme", node.id, name, f"same region and short name ({short})")
        self.g.add_edge(doc.nid, "HAS_PROGRAMME", node.id, evidence=ev)

    def add_measures(self, doc: _Doc, item: dict) -> None:
        """Measure ``<document>/<section>`` with its funding caps."""
        ev = self.ev(doc, item)
        section = normalize(item.get("section") or "") or normalize(item["name"])
        props = {k: item.get(k) for k in ("max_funding_wan_yuan", "max_funding_text", "cap_ratio", "amounts_wan_yuan")}
        raw = item.get("funding_evidence")
        funding = [Evidence.from_dict(raw, doc=doc.id)] if isinstance(raw, dict) and "start" in raw else []
        node = self.g.add_node("Measure", f"{doc.id}/{section}", label=item["name"],
                               props={"section": item.get("section"), **props}, evidence=ev + funding)
        self.g.add_edge(doc.nid, "HAS_MEASURE", node.id, evidence=ev)

    def add_targets(self, doc: _Doc, item: dict) -> None:
        """Target ``<region>/<year>/<metric>``; a year-less target borrows the year of the
        same metric in the policy the document is about."""
        metric, ev = normalize(item.get("metric") or ""), self.ev(doc, item)
        if not metric:
            return
        year = item.get("year") or self._about_year(doc, metric)
        key = f"{doc.scope}/{year or 'undated'}/{metric}"
        old = self.g.nodes.get(f"Target/{key}")
        props = {k: item.get(k) for k in ("value", "value_min", "unit", "qualifier")}
        node = self.g.add_node("Target", key, label=item.get("metric") or metric,
                               props={"year": year, "metric": metric, **props}, evidence=ev)
        if year and not item.get("year"):
            self.g.note_merge("Target", node.id, f"{doc.id}: {metric}", f"no year written; {year} from {doc.about}")
        if old is not None and old.props.get("value") != item.get("value"):
            self.g.note_merge("Target", node.id, f"{doc.id}: {metric}={item.get('value')}",
                              f"value differs from {old.props.get('value')}; first value kept")
        self.g.add_edge(doc.nid, "SETS_TARGET", node.id, evidence=ev)

    def _about_year(self, doc: _Doc, metric: str):
        if not doc.about:
            return None
        years = {t.get("year") for t in _items(self.digests[doc.about], "targets")
                 if normalize(t.get("metric") or "") == metric and t.get("year")}
        return years.pop() if len(years) == 1 else None

    # -- organizations, people, scenarios ---------------------------------------
    def org(self, doc: _Doc, name: str, kind: str | None, ev: list[Evidence]) -> str:
        """Organization: relative names (市科委) keyed ``<region>/<name>``, others by name."""
        rel = divisions.relative_name(normalize(name), doc.region_div, government=kind == "government")
        if rel is None:
            return self.g.add_node("Organization", normalize(name), label=name, props={"kind": kind}, evidence=ev).id
        node = self.g.add_node("Organization", f"{doc.scope}/{rel[0].replace('人民政府', '政府')}", label=name,
                               aliases=[rel[1], rel[0]], props={"kind": kind}, evidence=ev)
        if name != node.label:
            self.g.note_merge("Organization", node.id, name, f"same body of {doc.scope} ({rel[0]})")
        self.in_region(doc, node.id)
        return node.id

    def add_people(self, doc: _Doc, item: dict) -> None:
        """MENTIONS_PERSON, and WORKS_FOR the organization named at the start of the role."""
        ev, role = self.ev(doc, item), normalize(item.get("role") or "")
        node = self.g.add_node("Person", normalize(item["name"]), label=item["name"], evidence=ev)
        # the role as this document writes it, kept on its mention too: a role that names no organization
        # (县委副书记、县长, 上街区领导) has no WORKS_FOR link to carry it
        self.g.add_edge(doc.nid, "MENTIONS_PERSON", node.id, props={"role": item["role"]} if item.get("role") else None,
                        evidence=ev)
        orgs = sorted((normalize(o["name"]) for o in _items(self.digests[doc.id], "organizations")), key=len,
                      reverse=True)
        m = _JOB_TITLE.search(role)
        org = next((o for o in orgs if role.startswith(o)), None) or (role[: m.start()] if m else "")
        if org:
            self.g.add_edge(node.id, "WORKS_FOR", self.org(doc, org, None, ev), props={"role": item.get("role")},
                            evidence=ev)


def _issuers(issuer: str | None) -> list[str]:
    """The bodies of a digest's ``issuer``: several are joined by a space (``中共包头市委员会 包头市人民政府``).

    >>> _issuers("中共某市委员会 某市人民政府"), _issuers("人民网-青海频道"), _issuers(None)
    (['中共某市委员会', '某市人民政府'], ['人民网-青海频道'], [])
    """
    parts = (issuer or "").split()
    if len(parts) > 1 and all(len(p) >= 2 and re.search(r"[\u4e00-\u9fff]", p) for p in parts):
        return parts
    return [issuer.strip()] if issuer and issuer.strip() else []


def build_graph(digests: Iterable[Digest]) -> PolicyGraph:
    """Build one graph from digests (order does not matter: documents are sorted by id)."""
    digests = sorted(digests, key=doc_id)
    builder = _Builder(digests)
    for digest in digests:
        builder.add(digest)
    builder.link_fields()
    return builder.g
