"""The one in-memory graph model every stage shares (:mod:`policykg.model.graph`)."""

from policykg.model.graph import NODE_TYPES, Edge, Evidence, Merge, Node, PolicyGraph

__all__ = ["NODE_TYPES", "Edge", "Evidence", "Merge", "Node", "PolicyGraph"]
