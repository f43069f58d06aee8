# title-zh: 某城市哪些区承载的产业集群最多？
# title-en: Which districts of a city host the most industry clusters?
# param: city (name) — 城市或地区名称，如 上海 | city or region name, e.g. 上海
# example: city=上海
# iri-columns: district_iri
# list-columns: cluster_names
MATCH (r:Region) WHERE $city IN r.name_keys
MATCH (d:District)-[:PART_OF]->(r)
MATCH (c:Cluster)-[:LOCATED_IN]->(d)
RETURN $city AS city, d.name AS district, count(DISTINCT c) AS clusters,
       collect(DISTINCT c.name) AS cluster_names, d.uri AS district_iri
ORDER BY clusters DESC, district_iri
