# title-zh: 哪些解读或报道是关于某文件的？
# title-en: Which interpretations or news reports are about a document?
# param: document (name) — 被解读文件的标识或标题 | id or title of the policy document
# example: document=shanghai-2022-action-plan
# iri-columns: about_iri, document_iri
MATCH (p:Document) WHERE $document IN p.name_keys
MATCH (a:Document)-[:ABOUT]->(p)
RETURN $document AS document, a.name AS title, a.doc_type AS doc_type, a.date AS date, a.key AS about_id,
       p.name AS policy, a.uri AS about_iri, p.uri AS document_iri
ORDER BY date, about_id
