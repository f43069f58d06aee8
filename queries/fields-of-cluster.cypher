# title-zh: 某产业集群包含哪些领域？
# title-en: Which fields does an industry cluster include?
# param: cluster (name) — 集群名称，如 未来健康产业集群 / 未来健康 | cluster name, e.g. 未来健康产业集群
# example: cluster=未来健康产业集群
# iri-columns: field_iri, cluster_iri
# list-columns: sources
MATCH (c:Cluster)-[i:INCLUDES_FIELD]->(f) WHERE $cluster IN c.name_keys
OPTIONAL MATCH (c)-[:IN_REGION]->(r)
RETURN $cluster AS cluster, f.name AS field, c.name AS cluster_name, r.name AS region, i.documents AS sources,
       f.uri AS field_iri, c.uri AS cluster_iri
ORDER BY region, cluster_name, field
