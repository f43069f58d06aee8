"""docs/model.md's Neo4j tables and example queries against the corpus in a real server (``-m neo4j``).

The tables of the section "Neo4j: labels, relationships and example queries" are read back and
compared with ``db.schema.nodeTypeProperties()`` / ``db.schema.relTypeProperties()``: every
property Neo4j reports is documented with its type, and every documented property occurs on the
corpus unless its row says it does not.  Every ``cypher`` block of the section runs and returns rows.
"""

from __future__ import annotations

import re

import pytest
from cli_run import assert_clean, policykg
from conftest import ROOT
from neo4j_fixture import load_corpus, settings_of

from policykg.model import NODE_TYPES
from policykg.neo4j_cypher import cypher, parse_param
from policykg.neo4j_rows import EDGE_TYPES

SECTION = "## Neo4j: labels, relationships and example queries"
ABSENT = "not in the bundled corpus"


def section() -> str:
    text = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    assert SECTION in text, "docs/model.md has lost its Neo4j section"
    return text.split(SECTION, 1)[1].split("\n## ", 1)[0]


def documented(first_column: str) -> dict[tuple[str, str], tuple[set[str], bool]]:
    """``(label or type, property) → (types, occurs on the corpus)`` from the table whose first column is
    ``first_column``."""
    everything = {"label": NODE_TYPES, "relationship": EDGE_TYPES}[first_column]
    out = {}
    lines = section().splitlines()
    start = lines.index(f"| {first_column} | property | type | meaning |")
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        owners, props, types, meaning = (c.strip() for c in line.strip("|").split("|"))
        owners = everything if owners.startswith("every model") else [o.strip() for o in owners.split(",")]
        names = re.findall(r"`([^`]+)`", props)
        kinds = [k.strip() for k in types.split(",")]
        kinds = kinds * len(names) if len(kinds) == 1 else kinds
        assert len(kinds) == len(names), line
        for owner in owners:
            for name, kind in zip(names, kinds, strict=True):
                out[(owner, name)] = ({k.strip() for k in kind.split(" or ")}, ABSENT not in meaning)
    return out


def examples() -> list[tuple[str, dict]]:
    """Every ``cypher`` block of the section with the ``-p name=value`` parameters its paragraph gives."""
    found, paragraph = [], ""
    for part in re.split(r"(```cypher\n.*?```)", section(), flags=re.S):
        if part.startswith("```cypher"):
            params = dict(parse_param(p) for p in re.findall(r"-p (\S+?=[^\s`)]+)", paragraph))
            found.append((part.removeprefix("```cypher\n").removesuffix("```").strip(), params))
        else:
            paragraph = part.strip().split("\n\n")[-1]
    return found


@pytest.fixture(scope="module")
def corpus_db(neo4j_server):
    load_corpus(neo4j_server)
    return settings_of(neo4j_server)


def schema(settings, procedure: str, owner: str) -> dict[tuple[str, str], set[str]]:
    rows = cypher(f"CALL db.schema.{procedure}() YIELD {owner}, propertyName, propertyTypes "
                  f"RETURN {owner} AS owner, propertyName AS name, propertyTypes AS types", settings=settings).rows
    out: dict[tuple[str, str], set[str]] = {}
    for row in rows:
        if row["name"] is None:  # a label or type with no properties
            continue
        owners = row["owner"] if isinstance(row["owner"], list) else [re.sub(r"^:`(.*)`$", r"\1", row["owner"])]
        for owner in owners:
            out.setdefault((owner, row["name"]), set()).update(row["types"])
    return out


def test_docs_tables_parse():
    nodes, rels = documented("label"), documented("relationship")
    assert nodes[("Field", "ev_starts")] == ({"LongArray"}, True) and nodes[("Concept", "alt_labels")][0] == {
        "StringArray"}
    assert rels[("HAS_FIELD", "tier")] == ({"String"}, True) and ("WORKS_FOR", "ev_quotes") in rels
    assert len(examples()) >= 8 and all(params for _, params in examples()[1:])


@pytest.mark.neo4j
@pytest.mark.parametrize("kind", ["label", "relationship"])
def test_schema_matches_the_docs(corpus_db, kind):
    procedure, owner = {"label": ("nodeTypeProperties", "nodeLabels"),
                        "relationship": ("relTypeProperties", "relType")}[kind]
    seen, docs = schema(corpus_db, procedure, owner), documented(kind)
    undocumented = {k: v for k, v in seen.items() if k not in docs}
    assert not undocumented, f"properties missing from docs/model.md: {undocumented}"
    wrong = {k: (v, docs[k][0]) for k, v in seen.items() if not v <= docs[k][0]}
    assert not wrong, f"types differ from docs/model.md (seen, documented): {wrong}"
    names = {name for _, name in docs}
    unseen = sorted(name for name in names if not any(n == name for _, n in seen)
                    and all(occurs for (_, n), (_, occurs) in docs.items() if n == name))
    assert not unseen, f"documented but never on the corpus (mark them '{ABSENT}'): {unseen}"


@pytest.mark.neo4j
def test_one_type_per_property_and_no_padded_lists(corpus_db):
    seen = {**schema(corpus_db, "nodeTypeProperties", "nodeLabels"), **{
        (f"rel:{o}", n): t for (o, n), t in schema(corpus_db, "relTypeProperties", "relType").items()}}
    by_name: dict[str, set[str]] = {}
    for (_, name), types in seen.items():
        by_name.setdefault(name, set()).update(types)
    for name in ("ev_starts", "ev_ends"):
        assert by_name[name] == {"LongArray"}, by_name[name]
    for name in ("ev_docs", "ev_quotes", "ev_sections", "ev_rules", "documents", "aliases", "name_keys"):
        assert by_name[name] == {"StringArray"}, (name, by_name[name])
    padded = cypher("MATCH ()-[r]->() WHERE r.ev_docs IS NOT NULL AND (r.ev_docs = [] OR '' IN r.ev_docs) "
                    "RETURN count(r) AS n UNION ALL MATCH (n) WHERE n.ev_docs IS NOT NULL AND "
                    "(n.ev_docs = [] OR '' IN n.ev_docs) RETURN count(n) AS n", settings=corpus_db).rows
    assert [r["n"] for r in padded] == [0, 0]
    derived = cypher("MATCH ()-[r:BROADER|RELATED|PART_OF|IN_REGION {derived: true}]->() "
                     "RETURN r.ev_docs AS docs, r.derived_rules AS rules, r.documents AS documents LIMIT 5",
                     settings=corpus_db).rows
    assert derived and all(r["docs"] is None and r["rules"] and r["documents"] == [] for r in derived)


@pytest.mark.neo4j
@pytest.mark.parametrize("index", range(len(examples())))
def test_example_query_returns_rows(corpus_db, index):
    text, params = examples()[index]
    assert cypher(text, params, corpus_db).rows, f"no rows: {text}"


@pytest.mark.neo4j
def test_full_text_search_from_the_command_line(corpus_db):
    connection = ["--uri", corpus_db.uri, "--user", corpus_db.user, "--password", corpus_db.password]
    run = policykg("cypher", "CALL db.index.fulltext.queryNodes('policykg_names', $q) YIELD node, score "
                   "RETURN node.name AS name ORDER BY score DESC LIMIT 3", "-p", "q=脑机", *connection)
    assert_clean(run)
    assert run.code == 0 and "脑机接口" in run.out.splitlines()[2]  # the best hit, though only 脑机 was typed
    run = policykg("cypher", "CALL db.index.fulltext.queryRelationships('policykg_quotes', $q) YIELD relationship "
                   "RETURN count(*) AS n", "-p", "q=人工智能", "--format", "json", *connection)
    assert run.code == 0 and '"n": 0' not in run.out
