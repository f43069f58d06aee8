"""The text of ``path-between`` for a hop limit: SPARQL and Cypher, written from one description.

``path-between.rq`` and ``path-between.cypher`` are this module's output for the default limit
(:data:`DEFAULT_HOPS`; a test holds them equal).  A larger limit (``--param hops=N``, at most
:data:`MAX_HOPS`) asks for the text of :func:`text`: the limit is a checked whole number chosen
from ``1..MAX_HOPS`` and written into the query like ``LIMIT``; no user text reaches it.  A
variable-length bound cannot be a Cypher parameter, and SPARQL 1.1 has no counted paths.

Columns: ``hops``, ``from``, ``link1``, ``via1`` … ``link<W>``, ``to`` and the ``*_iri`` of the
nodes, with ``W = max(hops, DEFAULT_HOPS)`` links, so the default answer keeps its shape.

>>> columns(3)[:6]
['hops', 'from', 'link1', 'via1', 'link2', 'via2']
>>> "*1..5]" in text(".cypher", 5), "?via4_iri" in text(".rq", 5)
(True, True)
"""

from __future__ import annotations

from policykg.model import schema

DEFAULT_HOPS = 3
MAX_HOPS = 8
#: Paths listed at most (shortest first).
MAX_ROWS = 100

_HEADER = """\
# title-zh: 两个实体之间有哪些关联路径（默认最多三步，最短优先）？
# title-en: How are two entities connected (paths of up to three links by default, shortest first)?
# param: a (name) — 第一个实体名称，如 重庆 | first entity name, e.g. 重庆
# param: b (name) — 第二个实体名称，如 先进核能 | second entity name, e.g. 先进核能
# example: a=重庆 b=先进核能
# hops: 3, at most 8
# iri-columns: from_iri, via1_iri, via2_iri, to_iri
# if-empty: no path of at most {hops} links joins them (the limit in use; --param hops=N raises it, up to 8)
# note: links read "→ label" along the link's direction and "← label" against it; at most 100 paths.
# note: --param hops=N (1 to 8, default 3) sets the longest path; above 3 the answer has more via
# note: columns (via3 …), and long limits between well-connected entities take seconds.
# note: written from queries/path_between.py (one description, both engines; a test holds the files
# note: equal to it): the link alternation is a property path, link names come from OPTIONALs
# note: (rdflib evaluates OPTIONAL with bindings, but a nested join without them).
"""


def width(hops: int) -> int:
    """Links in the columns of a limit: at least the default's, so its answer keeps its shape."""
    return max(check(hops), DEFAULT_HOPS)


def check(hops) -> int:
    """``hops`` if it is a whole number in ``1..MAX_HOPS`` (``bool`` is not), else ValueError."""
    if not isinstance(hops, int) or isinstance(hops, bool) or not 1 <= hops <= MAX_HOPS:
        raise ValueError(f"hops must be a whole number from 1 to {MAX_HOPS}, not {hops!r}")
    return hops


def columns(hops: int) -> list[str]:
    """The answer's columns, in order."""
    w = width(hops)
    names = ["hops", "from"]
    for i in range(1, w + 1):
        names += [f"link{i}"] + ([f"via{i}"] if i < w else [])
    return names + ["to", "from_iri"] + [f"via{i}_iri" for i in range(1, w)] + ["to_iri"]


def text(suffix: str, hops: int = DEFAULT_HOPS) -> str:
    """The query for paths of at most ``hops`` links: ``suffix`` ``.rq`` (SPARQL) or ``.cypher``."""
    if suffix == ".rq":
        return _HEADER + _sparql(check(hops))
    if suffix == ".cypher":
        return _HEADER + _cypher(check(hops))
    raise ValueError(f"no path-between text for {suffix!r}")


# -- SPARQL ---------------------------------------------------------------------------------------

def _alt() -> str:
    links = schema.link_alternation()
    return f"({links}|^({links}))"


def _node(i: int, k: int) -> str:
    """The variable of the ``i``-th node of a ``k``-link path."""
    return "?from_iri" if i == 0 else "?to_iri" if i == k else f"?via{i}_iri"


def _label(i: int, k: int) -> str:
    return "?from" if i == 0 else "?to" if i == k else f"?via{i}"


def _anchor(i: int, k: int) -> str:
    """What ties the OPTIONALs of link ``i`` to a named end: the walk from ``from`` to node ``i - 1``
    (links of the first half) or from ``to`` back to node ``i`` (the rest), as the branch walks them.

    Oxigraph evaluates these OPTIONALs on their own and joins them by hash (their ``FILTER EXISTS``
    keeps them from being evaluated per row), so a middle link without the walk (``?via1_iri ?f2
    ?via2_iri``) would read every statement of the store.
    """
    alt, mid = _alt(), (k + 1) // 2
    if i <= mid:
        walk = [f"{_node(j - 1, k)} {alt} {_node(j, k)} ." for j in range(1, i)]
        return "\n      ".join(["?from_iri pkg:nameKey ?a .", *walk])
    walk = [f"{_node(j + 1, k)} {alt} {_node(j, k)} ." for j in range(k - 1, i - 1, -1)]
    return "\n      ".join(["?to_iri pkg:nameKey ?b .", *walk])


def _link_names(i: int, k: int) -> str:
    """OPTIONALs naming link ``i`` (from node ``i-1`` to node ``i``): forward ``?fl<i>``, backward ``?bl<i>``."""
    u, v = _node(i - 1, k), _node(i, k)
    anchor = _anchor(i, k)
    out = []
    for var, (s, o), lab in ((f"?f{i}", (u, v), f"?fl{i}"), (f"?b{i}", (v, u), f"?bl{i}")):
        out.append(f"""    OPTIONAL {{
      {anchor}
      {s} {var} {o} .
      FILTER (EXISTS {{ {var} rdfs:subPropertyOf pkg:link }}
              && EXISTS {{ {var} rdfs:label {var}_zh FILTER (lang({var}_zh) = "zh") }})
      OPTIONAL {{ {var} rdfs:label {lab} FILTER (lang({lab}) = "zh") }}
    }}""")
    return "\n".join(out)


def _branch(k: int) -> str:
    """The paths of exactly ``k`` links: the first half walked from ``from``, the rest (a sub-select)
    from ``to``, joined on the middle node, so neither side expands through every hub."""
    alt, mid = _alt(), (k + 1) // 2
    lines = ["    ?from_iri pkg:nameKey ?a .", "    ?from_iri rdfs:label ?from .", '    FILTER (lang(?from) = "zh")']
    for i in range(1, mid + 1):
        lines.append(f"    {_node(i - 1, k)} {alt} {_node(i, k)} .")
        if i < k:
            lines.append(f"    {_node(i, k)} rdfs:label {_label(i, k)} .")
            seen = " && ".join(f"{_node(i, k)} != {_node(j, k)}" for j in range(i))
            lines.append(f'    FILTER (lang({_label(i, k)}) = "zh" && {seen})')
    back = ["        ?to_iri pkg:nameKey ?b .", "        ?to_iri rdfs:label ?to .", '        FILTER (lang(?to) = "zh")']
    for i in range(k - 1, mid - 1, -1):
        back.append(f"        {_node(i + 1, k)} {alt} {_node(i, k)} .")
        if mid < i:
            seen = " && ".join(f"{_node(i, k)} != {_node(j, k)}" for j in range(i + 1, k + 1))
            back.append(f"        FILTER ({seen})")
    if k > mid:
        keep = " ".join(["?b", "?to_iri", "?to"] + [_node(i, k) for i in range(mid, k)])
        lines += ["    {", f"      SELECT DISTINCT {keep}", "      WHERE {", *back, "      }", "    }"]
    else:
        lines += [line[4:] for line in back]
    for i in range(mid + 1, k):
        lines.append(f"    {_node(i, k)} rdfs:label {_label(i, k)} .")
        lines.append(f'    FILTER (lang({_label(i, k)}) = "zh")')
    pairs = [f"{_node(i, k)} != {_node(j, k)}" for i in range(k + 1) for j in range(i + 1, k + 1)]
    lines.append(f"    FILTER ({' && '.join(pairs)})")
    lines += [_link_names(i, k) for i in range(1, k + 1)]
    lines.append(f"    BIND ({k} AS ?hops)")
    return "\n".join(lines)


def _sparql(hops: int) -> str:
    w = width(hops)
    cols = " ".join(f"?{c}" for c in ["a", "b", *columns(hops)])
    order = " ".join(["?hops", "?from_iri", "?to_iri", *(f"?via{i}_iri" for i in range(1, w)),
                      *(f"?link{i}" for i in range(1, w + 1))])
    binds = "\n".join(f'  BIND (COALESCE(CONCAT("→ ", ?fl{i}), CONCAT("← ", ?bl{i})) AS ?link{i})'
                      for i in range(1, w + 1))
    branches = "\n  } UNION {\n".join(_branch(k) for k in range(1, hops + 1))
    return f"""PREFIX pkg:  <https://w3id.org/policykg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

SELECT DISTINCT {cols}
WHERE {{
  {{
{branches}
  }}
{binds}
}}
ORDER BY {order}
LIMIT {MAX_ROWS}
"""


# -- Cypher ---------------------------------------------------------------------------------------

def _cypher(hops: int) -> str:
    w = width(hops)
    types = "|".join(schema.EDGE_TYPES)
    links = ", ".join(f"{t.name}: '{t.label_zh}'" for t in schema.EDGE_TYPES_TABLE)
    cols = ["x.name AS `from`", "ls[0] AS link1"]
    for i in range(1, w):
        cols += [f"CASE WHEN hops > {i} THEN ns[{i}].name END AS via{i}", f"ls[{i}] AS link{i + 1}"]
    cols += ["y.name AS `to`", "x.uri AS from_iri"]
    cols += [f"CASE WHEN hops > {i} THEN ns[{i}].uri END AS via{i}_iri" for i in range(1, w)]
    cols += ["y.uri AS to_iri"]
    order = ", ".join(["hops", "from_iri", "to_iri", *(f"via{i}_iri" for i in range(1, w)),
                       *(f"link{i}" for i in range(1, w + 1))])
    returned = ",\n       ".join(", ".join(cols[i:i + 3]) for i in range(0, len(cols), 3))
    return f"""// Paths over the model's relationship types only (pkg:link), nodes all distinct, as in the SPARQL twin.
MATCH (x) WHERE $a IN x.name_keys
MATCH (y) WHERE $b IN y.name_keys AND x <> y
MATCH p = (x)-[:{types}*1..{hops}]-(y)
WITH x, y, nodes(p) AS ns, relationships(p) AS rs, length(p) AS hops
WHERE all(i IN range(0, hops) WHERE all(j IN range(i + 1, hops) WHERE ns[i] <> ns[j]))
WITH x, y, ns, hops,
     {{{links}}} AS links,
     rs
WITH x, y, ns, hops,
     [i IN range(0, hops - 1) |
       CASE WHEN startNode(rs[i]) = ns[i] THEN '→ ' ELSE '← ' END + links[type(rs[i])]] AS ls
RETURN DISTINCT $a AS a, $b AS b, hops, {returned}
ORDER BY {order}
LIMIT {MAX_ROWS}
"""


def write_files() -> list[str]:
    """Rewrite ``path-between.rq`` and ``.cypher`` beside this module (after a change of the schema table)."""
    from pathlib import Path  # only the rewrite needs the files

    from policykg.atomic import write_text

    written = []
    for suffix in (".rq", ".cypher"):
        path = Path(__file__).with_name(f"path-between{suffix}")
        written.append(str(write_text(path, text(suffix))))
    return written


if __name__ == "__main__":
    print("\n".join(write_files()))
