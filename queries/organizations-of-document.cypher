# title-zh: 某文件提到了哪些机构？谁是发布机构？
# title-en: Which organizations does a document name, and which one issued it?
# param: document (name) — 文件标识或标题 | document id or title
# example: document=shanghai-2025-frontier-measures
# iri-columns: organization_iri, document_iri
MATCH (d:Document) WHERE $document IN d.name_keys
CALL (d) {
  MATCH (d)-[:MENTIONS_ORGANIZATION]->(o) RETURN o
  UNION
  MATCH (d)-[:ISSUED_BY]->(o) RETURN o
}
RETURN DISTINCT $document AS document, o.name AS organization, o.kind AS kind,
       EXISTS { (d)-[:ISSUED_BY]->(o) } AS issuer, o.uri AS organization_iri, d.uri AS document_iri
ORDER BY issuer DESC, kind, organization
