# title-zh: 哪些措施的最高资助额不低于给定金额（万元）？
# title-en: Which measures grant at least a given maximum amount (in 10,000 yuan)?
# param: min_wan_yuan (decimal) — 最低资助额，单位万元，如 1000 | minimum amount in 万元, e.g. 1000
# example: min_wan_yuan=1000
# iri-columns: measure_iri, document_iri
# limit: 100
# note: largest amounts first, then by document and measure; the first 100 unless --param limit=N (0: all).
MATCH (d:Document)-[:HAS_MEASURE]->(m:Measure) WHERE m.max_funding_wan_yuan >= $min_wan_yuan
RETURN $min_wan_yuan AS min_wan_yuan, m.name AS measure, m.section AS section,
       m.max_funding_wan_yuan AS max_wan_yuan, m.cap_ratio AS cap_ratio, d.name AS title, d.key AS document_id,
       m.uri AS measure_iri, d.uri AS document_iri
ORDER BY max_wan_yuan DESC, document_id, measure, measure_iri
LIMIT $limit
