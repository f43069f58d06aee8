"""The Neo4j query engine: the catalogue's ``.cypher`` twins on a live database.

Registered in :data:`policykg.query.ENGINES` as ``"neo4j"``, so
``policykg query NAME --engine neo4j --param …`` runs ``queries/NAME.cypher``
on the database named by ``NEO4J_URI``/``NEO4J_USER``/``NEO4J_PASSWORD``/
``NEO4J_DATABASE`` (load it first with ``policykg neo4j load``).  Parameters
arrive checked and typed by :func:`policykg.query_params.bind_params` (a ``name`` is
its lookup key, matched against each node's ``name_keys``) and are sent as
Cypher parameters; decimals travel as floats.  Rows come back with the same
column names as the SPARQL twin; list values are ``|``-joined like SPARQL's
``GROUP_CONCAT`` so that :func:`policykg.query.run` treats both engines alike.

A twin carries the ``.rq`` header (``# key: value`` lines, which are not
Cypher); :func:`cypher_text` strips it before the text is sent.
:func:`ontology_labels` gives the class, property and link labels that
``entity.cypher`` and ``path-between.cypher`` spell out as map literals (a test
keeps them equal to the ontology).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from rdflib import RDFS, URIRef

from policykg.errors import PolicyKGError
from policykg.neo4j.connection import Settings, open_driver, translate_errors

#: Separator of list columns, as in :data:`policykg.query.LIST_SEPARATOR`.
LIST_SEPARATOR = "|"


def cypher_text(text: str) -> str:
    """A catalogue file without its leading ``#`` header lines.

    >>> cypher_text("# title-en: x\\n# example:\\nMATCH (n) RETURN n")
    'MATCH (n) RETURN n'
    """
    lines = text.splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return "\n".join(lines).strip()


def to_parameter(value):
    """A bound parameter as the driver sends it (``Decimal`` → ``float``)."""
    return float(value) if isinstance(value, Decimal) else value


def from_value(value):
    """A result value as :func:`policykg.query.run` expects it (lists ``|``-joined, sorted)."""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(sorted({str(v) for v in value if v is not None and v != ""}))
    return value


class CypherEngine:
    """Runs ``.cypher`` questions on the Neo4j database of :meth:`Settings.from_env`."""

    suffix = ".cypher"
    #: the answer comes from the database, not from a graph folder
    uses_graph_dir = False

    def __init__(self, settings: Settings | None = None):
        self._fixed = settings
        self._drivers: dict[Settings, object] = {}

    def settings(self) -> Settings:
        """The settings given at construction, else those of the environment now."""
        return self._fixed or Settings.from_env()

    def driver(self, settings: Settings):
        """A verified driver for ``settings`` (kept open for later questions)."""
        if settings not in self._drivers:
            driver = open_driver(settings)
            with translate_errors(settings):
                records = driver.execute_query("MATCH (d:Document) RETURN count(d) > 0 AS loaded",
                                               database_=settings.database).records
            if not records[0]["loaded"]:
                driver.close()
                raise PolicyKGError(f"the database {settings.database!r} at {settings.where} holds no policykg "
                                    "graph: run `policykg neo4j load` first")
            self._drivers[settings] = driver
        return self._drivers[settings]

    def select(self, graph_dir: Path | None, text: str, params: dict) -> list[dict]:
        """Run question text ``text`` with ``params``; ``graph_dir`` is not used."""
        settings = self.settings()
        driver = self.driver(settings)
        # the driver, imported on use: CLI start-up stays fast
        from neo4j import RoutingControl
        from neo4j.exceptions import CypherSyntaxError

        bound = {k: to_parameter(v) for k, v in params.items()}
        try:
            with translate_errors(settings):
                result = driver.execute_query(cypher_text(text), parameters_=bound, database_=settings.database,
                                              routing_=RoutingControl.READ)
        except CypherSyntaxError as exc:
            raise PolicyKGError(f"bad Cypher: {exc.message}") from None
        return [{k: from_value(record[k]) for k in result.keys} for record in result.records]

    def close(self) -> None:
        """Close every driver."""
        for driver in self._drivers.values():
            driver.close()
        self._drivers.clear()


def ontology_labels() -> dict[str, dict[str, str]]:
    """Chinese labels the Cypher catalogue spells out: ``classes`` (by local name), ``props``
    (by node property), ``links`` (by relationship type) and ``extra`` (``identifier``,
    ``maxFunding``, ``targetTime``)."""
    # imported on use: CLI start-up stays fast (rdflib, the server module)
    from policykg.model.terms import (
        CLASSES,
        DOC_CLASSES,
        EDGE_PROPERTIES,
        NODE_PROPS,
        REGION_CLASSES,
        static_graph,
    )
    from policykg.ontology.namespace import PKG

    g = static_graph()

    def zh(term: URIRef) -> str:
        found = sorted(str(x) for x in g.objects(term, RDFS.label) if getattr(x, "language", None) == "zh")
        return found[0] if found else str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]

    classes = [*CLASSES.values(), *DOC_CLASSES.values(), PKG.PolicyText, *REGION_CLASSES.values()]
    return {
        "classes": {str(c).rsplit("#", 1)[-1]: zh(c) for c in classes},
        "props": {k: zh(term) for k, (term, _) in NODE_PROPS.items()},
        "links": {k: zh(p) for k, p in EDGE_PROPERTIES.items()},
        "extra": {t: zh(PKG[t]) for t in ("identifier", "maxFunding", "targetTime")},
    }


__all__ = ["CypherEngine", "cypher_text", "ontology_labels"]
