"""The one in-memory graph model every stage shares (:mod:`policykg.model.graph`), its schema
table (:mod:`policykg.model.schema`), and what the backends name it by (:mod:`policykg.model.terms`:
ontology terms, node IRIs, name keys; imported on its own, since it loads rdflib)."""

from policykg.model import schema
from policykg.model.graph import NODE_TYPES, Edge, Evidence, Merge, Node, PolicyGraph

__all__ = ["schema", "NODE_TYPES", "Edge", "Evidence", "Merge", "Node", "PolicyGraph"]
