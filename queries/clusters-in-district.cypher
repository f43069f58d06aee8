# title-zh: 某区布局了哪些产业集群？
# title-en: Which industry clusters are laid out in a district?
# param: district (name) — 区名，如 浦东 / 浦东新区 | district name, e.g. 浦东
# example: district=浦东
# iri-columns: cluster_iri, district_iri
# list-columns: sources
MATCH (d:District) WHERE $district IN d.name_keys
MATCH (c:Cluster)-[l:LOCATED_IN]->(d)
OPTIONAL MATCH (c)-[:IN_REGION]->(r)
RETURN $district AS district, c.name AS cluster, d.name AS district_name, r.name AS region,
       l.documents AS sources, c.uri AS cluster_iri, d.uri AS district_iri
ORDER BY district_name, cluster
