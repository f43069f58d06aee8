# title-zh: 某文件有哪些措施？各自的资助额度是多少？
# title-en: Which measures does a document have, with their funding?
# param: document (name) — 文件标识或标题，如 shanghai-2025-frontier-measures | document id or title
# example: document=shanghai-2025-frontier-measures
# iri-columns: measure_iri, document_iri
# list-columns: amounts_wan_yuan
# note: rows in document order (by the character offset of each measure).
MATCH (d:Document)-[h:HAS_MEASURE]->(m) WHERE $document IN d.name_keys
RETURN $document AS document, m.section AS section, m.name AS measure, m.max_funding_wan_yuan AS max_wan_yuan,
       m.cap_ratio AS cap_ratio,
       [a IN coalesce(m.amounts_wan_yuan, []) |
         CASE WHEN a = toInteger(a) THEN toString(toInteger(a)) ELSE toString(a) END] AS amounts_wan_yuan,
       m.uri AS measure_iri, d.uri AS document_iri
ORDER BY reduce(s = null, x IN h.ev_starts | CASE WHEN s IS NULL OR x < s THEN x ELSE s END), section
