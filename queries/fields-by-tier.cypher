# title-zh: 哪些领域被文件列入某一梯次（如 发展壮大 / 加快培育 / 加速布局）？
# title-en: Which fields do documents place in a given tier (e.g. 发展壮大, 加快培育, 加速布局)?
# param: tier (string) — 梯次措辞，如 发展壮大 | tier wording, e.g. 发展壮大
# example: tier=发展壮大
# iri-columns: field_iri, document_iri
# limit: 100
# note: in order of document and field; the first 100 unless --param limit=N (0: all).
MATCH (d:Document)-[h:HAS_FIELD]->(f) WHERE h.tier = $tier
WITH DISTINCT d, f ORDER BY d.key, f.name, f.uri LIMIT $limit
OPTIONAL MATCH (d)-[:COVERS_REGION]->(r)
RETURN DISTINCT $tier AS tier, f.name AS field, d.key AS document_id, r.name AS region,
       f.uri AS field_iri, d.uri AS document_iri
ORDER BY document_id, field, field_iri, region
