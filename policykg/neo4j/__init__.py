"""Neo4j: rows and Cypher of a PolicyGraph, the writer, reader, CSV export, Cypher engine and server."""
