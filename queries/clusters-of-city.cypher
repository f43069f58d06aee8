# title-zh: 某城市（地区）有哪些未来产业集群？各含哪些领域？
# title-en: Which future-industry clusters does a city (region) have, and which fields does each include?
# param: city (name) — 城市或地区名称，如 上海 / 上海市 | city or region name, e.g. 上海
# example: city=上海
# iri-columns: cluster_iri, region_iri
# list-columns: fields, sources
MATCH (r:Region) WHERE $city IN r.name_keys
CALL (r) {
  MATCH (c:Cluster)-[:IN_REGION]->(r) RETURN c
  UNION
  MATCH (r)<-[:COVERS_REGION]-()-[:HAS_CLUSTER]->(c:Cluster) RETURN c
}
RETURN $city AS city, c.name AS cluster, r.name AS region,
       COLLECT { MATCH (c)-[:INCLUDES_FIELD]->(f) RETURN DISTINCT f.name } AS fields,
       COLLECT { MATCH (s:Document)-[:HAS_CLUSTER]->(c) RETURN DISTINCT s.key } AS sources,
       c.uri AS cluster_iri, r.uri AS region_iri
ORDER BY cluster
