# title-zh: 某地区有哪些政策文件？
# title-en: Which documents cover a region?
# param: region (name) — 地区名称，如 上海 / 重庆市 / 全国 | region name, e.g. 上海
# example: region=上海
# iri-columns: document_iri, about_iri
MATCH (r:Region) WHERE $region IN r.name_keys
MATCH (d:Document)-[:COVERS_REGION]->(r)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(o)
OPTIONAL MATCH (d)-[:ABOUT]->(a)
RETURN $region AS region, d.name AS title, d.key AS document_id, d.doc_type AS doc_type, d.date AS date,
       d.valid_from AS valid_from, d.valid_until AS valid_until, o.name AS issuer,
       d.uri AS document_iri, a.uri AS about_iri
ORDER BY document_id
