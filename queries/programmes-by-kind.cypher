# title-zh: 某一类别（计划 / 行动 / 工程 / 专项）有哪些计划行动？
# title-en: Which programmes are of a given kind (计划, 行动, 工程, 专项)?
# param: kind (string) — 类别，如 计划 | kind, e.g. 计划
# example: kind=计划
# iri-columns: programme_iri
# list-columns: sources, regions
# limit: 100
# note: programmes named in documents first, then by name; the first 100 unless --param limit=N (0: all).
MATCH (p:Programme) WHERE p.kind = $kind
WITH p, coalesce(p.referenced, false) AS referenced ORDER BY referenced, p.name, p.uri LIMIT $limit
OPTIONAL MATCH (d:Document)-[:HAS_PROGRAMME]->(p)
OPTIONAL MATCH (d)-[:COVERS_REGION]->(r)
WITH p, referenced, collect(DISTINCT r.name) AS regions, collect(DISTINCT d.key) AS sources
RETURN $kind AS kind, p.name AS programme, p.short AS short, referenced,
       regions, sources, p.uri AS programme_iri
ORDER BY referenced, programme, programme_iri, short
