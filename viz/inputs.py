"""What ties a query's answer to the graph: node IRIs in its cells → PolicyGraph node ids.

The views themselves (:mod:`policykg.viz.html`) only take a PolicyGraph, the answer's rows
and this mapper; ``policykg viz`` reads the graph (:func:`policykg.pipeline.folder.open_build`)
and runs the question (:func:`policykg.query.run`).

>>> iri_to_node_id("https://w3id.org/policykg/id/zone/%E4%B8%8A%E6%B5%B7%E5%B8%82/%E4%B8%B4%E6%B8%AF")
'Zone/上海市/临港'
>>> iri_to_node_id("上海市") is None
True
"""

from __future__ import annotations

from policykg.model.terms import node_id


def iri_to_node_id(value: str) -> str | None:
    """The PolicyGraph node id of a node IRI (via :func:`policykg.model.terms.node_id`), else None."""
    if not isinstance(value, str):
        return None
    try:
        return node_id(value)
    except ValueError:
        return None
