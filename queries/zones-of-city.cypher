# title-zh: 某城市有哪些园区、先导区、实验室等功能区？
# title-en: Which zones (pilot zones, parks, science cities, labs …) does a city have?
# param: city (name) — 城市或地区名称，如 上海 | city or region name, e.g. 上海
# example: city=上海
# iri-columns: zone_iri, district_iri
# list-columns: sources
MATCH (r:Region) WHERE $city IN r.name_keys
CALL (r) {
  MATCH (z:Zone)-[:IN_REGION]->(r) RETURN z
  UNION
  MATCH (r)<-[:COVERS_REGION]-()-[:HAS_ZONE]->(z:Zone) RETURN z
}
OPTIONAL MATCH (z)-[:LOCATED_IN]->(d)
RETURN DISTINCT $city AS city, z.name AS zone, z.kind AS kind, d.name AS district,
       COLLECT { MATCH (s:Document)-[:HAS_ZONE]->(z) RETURN DISTINCT s.key } AS sources,
       z.uri AS zone_iri, d.uri AS district_iri
ORDER BY kind, zone
