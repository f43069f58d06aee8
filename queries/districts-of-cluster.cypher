# title-zh: 某产业集群布局在哪些区？
# title-en: In which districts is an industry cluster laid out?
# param: cluster (name) — 集群名称，如 未来健康产业集群 | cluster name, e.g. 未来健康产业集群
# example: cluster=未来健康产业集群
# iri-columns: district_iri, cluster_iri
# list-columns: sources
# note: district is the full name (浦东新区); short is the short name (浦东) when known.
MATCH (c:Cluster)-[l:LOCATED_IN]->(d:District) WHERE $cluster IN c.name_keys
WITH c, l, d, [a IN d.aliases WHERE size(a) < size(d.name)] AS shorter
RETURN $cluster AS cluster, d.name AS district,
       reduce(m = null, a IN shorter | CASE WHEN m IS NULL OR a < m THEN a ELSE m END) AS short,
       c.name AS cluster_name, l.documents AS sources, d.uri AS district_iri, c.uri AS cluster_iri
ORDER BY cluster_name, district_iri, cluster_iri
