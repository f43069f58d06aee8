# title-zh: 哪些地区（哪些文件）布局了某个领域？
# title-en: Which regions (and which of their documents) name a field?
# param: field (name) — 领域名称或别名，如 脑机接口 / 6G / 通用AI | field name or variant, e.g. 6G
# example: field=先进核能
# iri-columns: region_iri, field_iri
# list-columns: documents, tiers, clusters
MATCH (f:Field) WHERE $field IN f.name_keys
MATCH (d:Document)-[h:HAS_FIELD]->(f)
MATCH (d)-[:COVERS_REGION]->(r)
WITH f, r, collect(DISTINCT d.key) AS documents, collect(DISTINCT h.tier) AS tiers
RETURN $field AS field, r.name AS region, f.name AS field_name, documents, tiers,
       COLLECT { MATCH (c)-[:INCLUDES_FIELD]->(f) WHERE (c)-[:IN_REGION]->(r) RETURN DISTINCT c.name } AS clusters,
       r.uri AS region_iri, f.uri AS field_iri
ORDER BY region
