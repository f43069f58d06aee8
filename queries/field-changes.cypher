# title-zh: 同一城市的两份文件之间，布局领域有哪些新增、保留和删除？
# title-en: Between two documents of a city, which fields were added, kept or dropped?
# param: city (name) — 城市或地区名称，如 上海 | city or region name, e.g. 上海
# param: from_document (name) — 较早文件的标识或标题 | id or title of the earlier document
# param: to_document (name) — 较新文件的标识或标题 | id or title of the later document
# example: city=上海 from_document=shanghai-2022-action-plan to_document=shanghai-2025-frontier-measures
# iri-columns: field_iri
# note: change is added | kept | removed; tiers are the documents' own stage wording.
MATCH (r:Region) WHERE $city IN r.name_keys
MATCH (a:Document)-[:COVERS_REGION]->(r) WHERE $from_document IN a.name_keys
MATCH (b:Document)-[:COVERS_REGION]->(r) WHERE $to_document IN b.name_keys
CALL (a, b) {
  MATCH (a)-[:HAS_FIELD]->(f) RETURN f
  UNION
  MATCH (b)-[:HAS_FIELD]->(f) RETURN f
}
OPTIONAL MATCH (a)-[ha:HAS_FIELD]->(f)
OPTIONAL MATCH (b)-[hb:HAS_FIELD]->(f)
RETURN DISTINCT $city AS city, $from_document AS from_document, $to_document AS to_document, f.name AS field,
       CASE WHEN ha IS NOT NULL AND hb IS NOT NULL THEN 'kept' WHEN hb IS NOT NULL THEN 'added' ELSE 'removed' END
         AS change,
       ha.tier AS tier_from, hb.tier AS tier_to, f.uri AS field_iri
ORDER BY change, field
