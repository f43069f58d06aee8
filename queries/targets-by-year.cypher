# title-zh: 哪些目标以某一年为期限？
# title-en: Which quantified targets are due in a given year?
# param: year (integer) — 目标年份，如 2030 | target year, e.g. 2030
# example: year=2030
# iri-columns: target_iri
# list-columns: regions, sources
# limit: 100
# note: in order of metric; the first 100 unless --param limit=N (0: all).
MATCH (t:Target) WHERE t.year = $year AND t.metric IS NOT NULL
WITH t ORDER BY t.metric, t.uri LIMIT $limit
OPTIONAL MATCH (d:Document)-[:SETS_TARGET]->(t)
OPTIONAL MATCH (d)-[:COVERS_REGION]->(r)
WITH t, collect(DISTINCT r.name) AS regions, collect(DISTINCT d.key) AS sources
RETURN t.year AS year, t.metric AS metric, t.value AS value, t.value_min AS value_min, t.unit AS unit,
       t.qualifier AS qualifier, regions, sources, t.uri AS target_iri
ORDER BY metric, target_iri
