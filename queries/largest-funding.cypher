# title-zh: 资助额度最高的十项措施是哪些？
# title-en: Which ten measures grant the largest maximum amounts?
# example:
# iri-columns: measure_iri, document_iri
# list-columns: regions
# note: ties in amount go by document identifier, then measure IRI.
MATCH (d:Document)-[:HAS_MEASURE]->(m:Measure) WHERE m.max_funding_wan_yuan IS NOT NULL
OPTIONAL MATCH (d)-[:COVERS_REGION]->(r)
WITH m, d, collect(DISTINCT r.name) AS regions
RETURN m.name AS measure, m.max_funding_wan_yuan AS max_wan_yuan, m.cap_ratio AS cap_ratio,
       d.key AS document_id, regions, m.uri AS measure_iri, d.uri AS document_iri
ORDER BY max_wan_yuan DESC, document_id, measure_iri
LIMIT 10
