# title-zh: 与某领域相关（上位、下位、相关）的领域有哪些？哪些文件布局了它们？
# title-en: Which fields are broader than, narrower than or related to a field, and which documents name them?
# param: field (name) — 领域名称或别名，如 量子科技 | field name or variant, e.g. 量子科技
# example: field=量子科技
# iri-columns: other_iri, field_iri
# list-columns: documents
# note: relation is broader | narrower | related, read from the field vocabulary and the graph's links.
// Vocabulary links come from the :Concept nodes that share the Field's uri.
MATCH (f:Field) WHERE $field IN f.name_keys
OPTIONAL MATCH (fc:Concept {uri: f.uri})
CALL (f, fc) {
  MATCH (f)-[:BROADER]->(o) RETURN 'broader' AS relation, o.uri AS other_iri
  UNION
  MATCH (fc)-[:SKOS_BROADER]->(o) RETURN 'broader' AS relation, o.uri AS other_iri
  UNION
  MATCH (o)-[:BROADER]->(f) RETURN 'narrower' AS relation, o.uri AS other_iri
  UNION
  MATCH (o)-[:SKOS_BROADER]->(fc) RETURN 'narrower' AS relation, o.uri AS other_iri
  UNION
  MATCH (f)-[:RELATED]-(o) RETURN 'related' AS relation, o.uri AS other_iri
  UNION
  MATCH (fc)-[:SKOS_RELATED]-(o) RETURN 'related' AS relation, o.uri AS other_iri
}
OPTIONAL MATCH (oc:Concept {uri: other_iri})
OPTIONAL MATCH (of:Field {uri: other_iri})
// skos:prefLabel: the concept's, or a Field outside the vocabulary is its own concept
WITH f, relation, other_iri, of, CASE WHEN oc IS NOT NULL THEN oc.name ELSE of.name END AS other
WHERE other IS NOT NULL
RETURN $field AS field, f.name AS field_name, relation, other,
       COLLECT { MATCH (d:Document)-[:HAS_FIELD]->(of) RETURN DISTINCT d.key } AS documents,
       f.uri AS field_iri, other_iri
ORDER BY relation, other
