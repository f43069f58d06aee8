"""A small hand-made PolicyGraph for the HTML view tests: two regions, shared
and own fields, and names and quotes that try to inject markup or script."""

from __future__ import annotations

from html.parser import HTMLParser

from policykg.model import Evidence, PolicyGraph

SCRIPT = "<script>document.documentElement.setAttribute('data-pwned','script')</script>"
IMG = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">"
QUOTE = "他说</script><script>alert(1)</script>\u2028下一行\u2029 & <!-- 注释"


def ev(doc: str, quote: str, section: str = "二、(一)") -> list[Evidence]:
    return [Evidence(doc=doc, start=0, end=len(quote), quote=quote, section=section, rule="test")]


def sample_graph() -> PolicyGraph:
    """Two regions, one cluster each, shared and own fields, and names that try to inject markup."""
    g = PolicyGraph()
    g.add_node("Document", "sh", label="上海打造未来产业创新高地行动方案", evidence=ev("sh", "上海行动方案"))
    g.add_node("Document", "cq", label="重庆市未来产业集群培育行动计划", evidence=ev("cq", "重庆行动计划"))
    g.add_node("Region", "上海市", aliases=["上海"], label_en="Shanghai")
    g.add_node("Region", "重庆市", aliases=["重庆"])
    g.add_node("Cluster", "上海市/未来健康", label="未来健康产业集群", evidence=ev("sh", "打造未来健康产业集群"))
    g.add_node("Cluster", "重庆市/生命科学", label="生命科学产业集群", evidence=ev("cq", "生命科学产业集群"))
    fields = {"脑机接口": ("brain-computer interface", "sh"), "合成生物": ("synthetic biology", "sh"),
              "6G技术": ("6G", "sh"), "卫星互联网": ("satellite internet", "cq")}
    for name, (en, doc) in fields.items():
        g.add_node("Field", name, label_en=en, evidence=ev(doc, f"发展{name}"))
    g.add_node("Field", "合成生物", evidence=ev("cq", "合成生物"))
    g.add_node("Field", "6G技术", aliases=["6G", IMG])
    g.add_node("Organization", SCRIPT, evidence=ev("cq", QUOTE))
    for doc, region in (("sh", "上海市"), ("cq", "重庆市")):
        g.add_edge(f"Document/{doc}", "COVERS_REGION", f"Region/{region}", evidence=ev(doc, region))
    links = [("Document/sh", "HAS_CLUSTER", "Cluster/上海市/未来健康"), ("Document/cq", "HAS_CLUSTER", "Cluster/重庆市/生命科学"),
             ("Cluster/上海市/未来健康", "IN_REGION", "Region/上海市"), ("Cluster/重庆市/生命科学", "IN_REGION", "Region/重庆市"),
             ("Cluster/上海市/未来健康", "INCLUDES_FIELD", "Field/脑机接口"),
             ("Cluster/上海市/未来健康", "INCLUDES_FIELD", "Field/合成生物"),
             ("Cluster/重庆市/生命科学", "INCLUDES_FIELD", "Field/合成生物"),
             ("Document/sh", "HAS_FIELD", "Field/6G技术"), ("Document/cq", "HAS_FIELD", "Field/卫星互联网"),
             ("Document/cq", "MENTIONS_ORGANIZATION", f"Organization/{SCRIPT}")]
    for s, t, o in links:
        g.add_edge(s, t, o, evidence=ev(s.split("/")[1] if s.startswith("Document") else "sh", f"{s}→{o}"))
    return g


class Tags(HTMLParser):
    """Every start tag of a page, and the text of each script element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
