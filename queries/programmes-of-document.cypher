# title-zh: 某文件部署了哪些计划或行动？
# title-en: Which programmes (plans, actions, projects) does a document set up or refer to?
# param: document (name) — 文件标识或标题，如 shanghai-2022-action-plan | document id or title
# example: document=shanghai-2022-action-plan
# iri-columns: programme_iri, document_iri
MATCH (d:Document)-[:HAS_PROGRAMME]->(p) WHERE $document IN d.name_keys
RETURN $document AS document, p.name AS programme, p.short AS short, p.kind AS kind,
       coalesce(p.referenced, false) AS referenced, d.name AS title, p.uri AS programme_iri, d.uri AS document_iri
ORDER BY referenced, programme
