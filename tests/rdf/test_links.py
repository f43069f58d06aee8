"""``pkg:sourceList`` (:mod:`policykg.rdf.links`): every link of the built corpus has one source list, named
from the link the way the catalogue names it, and it is the list its assertions give."""

from __future__ import annotations

import pytest

from policykg import query
from policykg.rdf.links import SPARQL_LINK, link_iri

PREFIXES = """PREFIX pkg:  <https://w3id.org/policykg/ontology#>
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

LISTED = PREFIXES + f"""SELECT ?s ?p ?o ?link ?sources WHERE {{
  ?s ?p ?o .
  ?p rdfs:subPropertyOf pkg:link .
  BIND ({SPARQL_LINK.format(s="?s", p="?p", o="?o")} AS ?link)
  OPTIONAL {{ ?link pkg:sourceList ?sources }}
}}"""

GATHERED = PREFIXES + """SELECT ?s ?p ?o (GROUP_CONCAT(DISTINCT COALESCE(?source, ""); separator="|") AS ?sources) WHERE {
  ?s ?p ?o .
  ?p rdfs:subPropertyOf pkg:link .
  OPTIONAL {
    ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?doc .
    ?doc pkg:identifier ?source .
  }
}
GROUP BY ?s ?p ?o"""


def _by_link(rows) -> dict:
    return {(r["s"], r["p"], r["o"]): sorted(x for x in (r["sources"] or "").split("|") if x) for r in rows}


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_every_link_has_the_source_list_of_its_assertions(built_corpus, engine):
    _, out = built_corpus
    eng = query.get_engine(engine)
    listed = eng.select(out, LISTED, {})
    assert listed and all(r["sources"] is not None for r in listed), "a link without pkg:sourceList"
    assert all(f"<{r['link']}>" == link_iri(r["s"], r["p"], r["o"]) for r in listed)
    got, want = _by_link(listed), _by_link(eng.select(out, GATHERED, {}))
    assert got == want
    assert sum(len(v) > 1 for v in want.values()) > 0  # links stated by several documents are among them
