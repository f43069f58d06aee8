# title-zh: 语料中每份文件的概况（类型、地区、日期及领域、集群、措施、目标数量）
# title-en: Overview of every document: type, region, date and how many fields, clusters, measures and targets it names
# example:
# iri-columns: document_iri
# limit: 100
# note: documents in order of their identifier; the first 100 unless --param limit=N (0: all).
MATCH (d:Document)
WITH d ORDER BY d.key LIMIT $limit
OPTIONAL MATCH (d)-[:COVERS_REGION]->(r)
RETURN d.key AS document_id, d.name AS title, d.doc_type AS doc_type, r.name AS region, d.date AS date,
       COUNT { (d)-[:HAS_FIELD]->() } AS fields, COUNT { (d)-[:HAS_CLUSTER]->() } AS clusters,
       COUNT { (d)-[:HAS_MEASURE]->() } AS measures, COUNT { (d)-[:SETS_TARGET]->() } AS targets,
       d.uri AS document_iri
ORDER BY document_id, region
