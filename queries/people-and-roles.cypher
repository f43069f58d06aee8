# title-zh: 文件中出现了哪些人物？担任什么职务？
# title-en: Which people do documents name, in which roles and organizations?
# example:
# iri-columns: person_iri, organization_iri
# list-columns: sources
MATCH (p:Person)
OPTIONAL MATCH (p)-[w:WORKS_FOR]->(o)
RETURN p.name AS person, w.role AS role, o.name AS organization,
       COLLECT { MATCH (d:Document)-[:MENTIONS_PERSON]->(p) RETURN DISTINCT d.key } AS sources,
       p.uri AS person_iri, o.uri AS organization_iri
ORDER BY person, organization
