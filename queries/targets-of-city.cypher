# title-zh: 某城市（地区）设定了哪些量化目标？
# title-en: Which quantified targets has a city (region) set?
# param: city (name) — 城市或地区名称，如 重庆 | city or region name, e.g. 重庆
# example: city=上海
# iri-columns: target_iri
# list-columns: sources
MATCH (r:Region) WHERE $city IN r.name_keys
MATCH (d:Document)-[:COVERS_REGION]->(r)
MATCH (d)-[:SETS_TARGET]->(t) WHERE t.metric IS NOT NULL
RETURN $city AS city, t.year AS year, t.metric AS metric, t.value AS value, t.value_min AS value_min,
       t.unit AS unit, t.qualifier AS qualifier, collect(DISTINCT d.key) AS sources, t.uri AS target_iri
ORDER BY year, metric, target_iri
