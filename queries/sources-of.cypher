# title-zh: 两个实体之间的关联出自哪些文件的哪些句子？
# title-en: Which documents and sentences state the links between two entities?
# param: a (name) — 第一个实体名称，如 未来健康产业集群 | first entity name, e.g. 未来健康产业集群
# param: b (name) — 第二个实体名称，如 脑机接口 | second entity name, e.g. 脑机接口
# example: a=未来健康产业集群 b=脑机接口
# iri-columns: from_iri, to_iri
# note: one row per (link, document, section, quote), links in either direction; links that only
# note: reference data implies (vocabulary, divisions) have no document and are left out.
// One row per evidence item of each model link between the two (either direction); a link from a
// Document with no evidence item of its own is stated by that document (no section, no quote), as in the RDF.
MATCH (x) WHERE $a IN x.name_keys
MATCH (y) WHERE $b IN y.name_keys AND x <> y
MATCH (x)-[r]-(y)
WHERE type(r) IN ['COVERS_REGION', 'ISSUED_BY', 'ABOUT', 'HAS_CLUSTER', 'HAS_FIELD', 'HAS_DISTRICT', 'HAS_ZONE', 'HAS_PROGRAMME', 'HAS_MEASURE', 'SETS_TARGET', 'MENTIONS_ORGANIZATION', 'HAS_SCENARIO', 'MENTIONS_PERSON', 'IN_REGION', 'INCLUDES_FIELD', 'LOCATED_IN', 'PART_OF', 'RELATED', 'BROADER', 'WORKS_FOR']
WITH startNode(r) AS s, r, endNode(r) AS e,
     {COVERS_REGION: '覆盖地区', ISSUED_BY: '发布机构', JURISDICTION: '所属辖区', ABOUT: '解读或报道', HAS_CLUSTER: '提出集群', HAS_FIELD: '布局领域', HAS_DISTRICT: '涉及区县', HAS_ZONE: '涉及功能区', HAS_PROGRAMME: '部署计划', HAS_MEASURE: '包含措施', SETS_TARGET: '设定目标', MENTIONS_ORGANIZATION: '提及机构', HAS_SCENARIO: '提出场景', MENTIONS_PERSON: '提及人物', IN_REGION: '所属地区', INCLUDES_FIELD: '包含领域', LOCATED_IN: '布局区县', PART_OF: '隶属', RELATED: '相关领域', BROADER: '上位领域', WORKS_FOR: '任职于'} AS links
UNWIND CASE WHEN r.ev_docs IS NULL THEN [d IN r.documents | [d, '', '']]
            ELSE [i IN range(0, size(r.ev_docs) - 1) | [r.ev_docs[i], r.ev_sections[i], r.ev_quotes[i]]] END AS ev
WITH s, r, e, links, ev WHERE ev[0] <> ''
RETURN DISTINCT $a AS a, $b AS b, s.name AS `from`, links[type(r)] AS link, e.name AS `to`, ev[0] AS document, ev[1] AS section,
       ev[2] AS quote, s.uri AS from_iri, e.uri AS to_iri
ORDER BY link, from_iri, to_iri, document, section, quote
