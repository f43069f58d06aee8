"""RDF of a PolicyGraph: dataset, N-Quads statements, files, SHACL validation, stores and SPARQL."""
