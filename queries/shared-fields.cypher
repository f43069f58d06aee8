# title-zh: 两个城市（地区）共同布局了哪些领域？
# title-en: Which fields do two cities (regions) both name?
# param: city_a (name) — 第一个城市或地区，如 上海 | first city or region, e.g. 上海
# param: city_b (name) — 第二个城市或地区，如 重庆 | second city or region, e.g. 重庆
# example: city_a=上海 city_b=重庆
# iri-columns: field_iri
# list-columns: sources_a, sources_b
# note: one row per field concept, so written variants (通用AI / 通用人工智能) are one row;
# note: a region's fields are those its documents name (pkg:hasField), with those documents as sources.
// A side and B side: fields of documents covering the region, or of its clusters (with their sources).
MATCH (ra:Region) WHERE $city_a IN ra.name_keys
MATCH (rb:Region) WHERE $city_b IN rb.name_keys AND ra <> rb
CALL (ra) {
  MATCH (d:Document)-[:COVERS_REGION]->(ra) MATCH (d)-[:HAS_FIELD]->(f) RETURN f, d.key AS src_a
  UNION
  MATCH (c)-[:IN_REGION]->(ra) MATCH (c)-[i:INCLUDES_FIELD]->(f) UNWIND i.documents AS src_a RETURN f, src_a
}
CALL (rb, f) {
  MATCH (d:Document)-[:COVERS_REGION]->(rb) MATCH (d)-[:HAS_FIELD]->(f) RETURN d.key AS src_b
  UNION
  MATCH (c)-[:IN_REGION]->(rb) MATCH (c)-[i:INCLUDES_FIELD]->(f) UNWIND i.documents AS src_b RETURN src_b
}
WITH f, collect(DISTINCT src_a) AS sources_a, collect(DISTINCT src_b) AS sources_b
RETURN $city_a AS city_a, $city_b AS city_b, f.name AS field, sources_a, sources_b, f.uri AS field_iri
ORDER BY field
