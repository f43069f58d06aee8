# title-zh: 某一类机构（政府 / 高校 / 科研 / 企业 / 平台 / 活动 / 基金）有哪些？
# title-en: Which organizations are of a given kind (government, university, research, enterprise, platform, event, fund)?
# param: kind (string) — 机构类别：government | university | research | enterprise | platform | event | fund
# example: kind=university
# iri-columns: organization_iri
# list-columns: sources
# limit: 100
# note: in order of name; the first 100 unless --param limit=N (0: all).
MATCH (o:Organization) WHERE o.kind = $kind
WITH o ORDER BY o.name, o.uri LIMIT $limit
OPTIONAL MATCH (o)-[:IN_REGION]->(r)
RETURN $kind AS kind, o.name AS organization, r.name AS region,
       COLLECT { MATCH (d:Document)-[:MENTIONS_ORGANIZATION|ISSUED_BY]->(o) RETURN DISTINCT d.key } AS sources,
       o.uri AS organization_iri
ORDER BY organization, organization_iri, region
