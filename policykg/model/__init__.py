"""The one in-memory graph model every stage shares (:mod:`policykg.model.graph`) and its schema
table (:mod:`policykg.model.schema`)."""

from policykg.model import schema
from policykg.model.graph import NODE_TYPES, Edge, Evidence, Merge, Node, PolicyGraph

__all__ = ["schema", "NODE_TYPES", "Edge", "Evidence", "Merge", "Node", "PolicyGraph"]
