"""Placeholder: replaced by the Neo4j server fixture."""
