# title-zh: 文件中出现了哪些人物？担任什么职务？
# title-en: Which people do documents name, in which roles and organizations?
# example:
# iri-columns: person_iri, organization_iri
# list-columns: sources
# limit: 100
# note: in order of name; the first 100 unless --param limit=N (0: all).
MATCH (p:Person)
WITH p ORDER BY p.name, p.uri LIMIT $limit
OPTIONAL MATCH (p)-[w:WORKS_FOR]->(o)
// a person no organization is found for: the roles the documents write (县委副书记、县长)
WITH p, w, o, CASE WHEN w IS NULL
                   THEN COLLECT { MATCH (:Document)-[m:MENTIONS_PERSON]->(p) WHERE m.role IS NOT NULL RETURN DISTINCT m.role }
                   ELSE [w.role] END AS roles
UNWIND CASE WHEN size(roles) = 0 THEN [null] ELSE roles END AS role
RETURN p.name AS person, role, o.name AS organization,
       COLLECT { MATCH (d:Document)-[:MENTIONS_PERSON]->(p) RETURN DISTINCT d.key } AS sources,
       p.uri AS person_iri, o.uri AS organization_iri
ORDER BY person, person_iri, organization, organization_iri, role
