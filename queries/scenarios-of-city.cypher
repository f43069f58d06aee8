# title-zh: 某城市的文件提出了哪些应用场景？
# title-en: Which application scenarios do a city's documents name?
# param: city (name) — 城市或地区名称，如 上海 | city or region name, e.g. 上海
# example: city=上海
# iri-columns: scenario_iri
# list-columns: sources
MATCH (r:Region) WHERE $city IN r.name_keys
MATCH (d:Document)-[:COVERS_REGION]->(r)
MATCH (d)-[:HAS_SCENARIO]->(s)
RETURN $city AS city, s.name AS scenario, count(DISTINCT d) AS documents, collect(DISTINCT d.key) AS sources,
       s.uri AS scenario_iri
ORDER BY documents DESC, scenario
