"""RDF of a PolicyGraph: N-Quads statements, files and datasets, SHACL validation, stores, the SPARQL
engines and ad-hoc SPARQL (the terms and IRIs come from :mod:`policykg.model.terms`)."""
